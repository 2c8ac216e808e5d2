//! `overpromise validate FILE|DIR...`: check scenario files and list every problem and warning.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK};
use crate::{bundled, scenario};

/// One thing to check: a file on disk or a built-in level.
enum Target {
    File(PathBuf),
    Builtin(&'static bundled::Level),
}

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Scenario files, or directories whose *.scenario.ron files are all checked; `builtin:NAME`
    /// checks a level built into this binary, `builtin:` all of them (see `list`).
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
    /// Instead of checking, print the strings file for this language (`de`) a translator works
    /// on next, for the one scenario file named: its translations kept where the English is
    /// unchanged, new and changed texts with an empty `text` (redirect it to
    /// `<level>.<lang>.ron`; see levels/README.md, "Translations").
    #[arg(long, value_name = "LANG")]
    pub strings: Option<String>,
}

/// `validate --strings LANG FILE`: prints the strings file to work on next.
fn print_strings(args: &Args, code: &str, out: &mut dyn Write) -> u8 {
    let [path] = args.paths.as_slice() else {
        let _ = writeln!(out, "error: --strings takes exactly one scenario file");
        return EXIT_INVALID;
    };
    if !scenario::strings::is_language_code(code) {
        let _ = writeln!(
            out,
            "error: {code:?} is not a language code such as `de` or `pt-BR`"
        );
        return EXIT_INVALID;
    }
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the file: {e}", path.display()))
        .and_then(|src| {
            scenario::parse_raw(&src, &path.display().to_string()).map_err(|e| e.to_string())
        });
    let raw = match raw {
        Ok(raw) => raw,
        Err(e) => {
            let _ = writeln!(out, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let existing = match scenario::strings::strings_path(path, code).filter(|p| p.is_file()) {
        None => scenario::strings::Strings::default(),
        Some(file) => match scenario::strings::load_strings(&file) {
            Ok(s) => s,
            Err(e) => {
                let _ = writeln!(out, "error: {e}");
                return EXIT_INVALID;
            }
        },
    };
    let _ = write!(out, "{}", scenario::strings::updated(&raw, &existing));
    EXIT_OK
}

/// Checks every file named or found, prints `ok` and its warnings or every problem for each, then
/// a summary line. Returns [`EXIT_OK`] when every file is valid (warnings alone do not fail),
/// [`EXIT_INVALID`] otherwise.
pub fn run(args: &Args, out: &mut dyn Write, _err: &mut dyn Write) -> u8 {
    if let Some(code) = &args.strings {
        return print_strings(args, code, out);
    }
    let mut files = Vec::new();
    let mut problems = 0usize;
    for path in &args.paths {
        if let Some(name) = path.to_str().filter(|n| bundled::is_builtin_name(n)) {
            if name == bundled::PREFIX {
                files.extend(bundled::LEVELS.iter().map(Target::Builtin));
            } else if let Some(level) = bundled::find(name) {
                files.push(Target::Builtin(level));
            } else {
                let _ = writeln!(out, "error: {}", bundled::unknown(name));
                problems += 1;
            }
        } else if path.is_dir() {
            match scenario::scenario_files(path) {
                Ok(found) if found.is_empty() => {
                    let _ = writeln!(
                        out,
                        "error: {}: no *{} files in this directory",
                        path.display(),
                        scenario::FILE_SUFFIX
                    );
                    problems += 1;
                }
                Ok(found) => files.extend(found.into_iter().map(Target::File)),
                Err(e) => {
                    let _ = writeln!(
                        out,
                        "error: {}: cannot read the directory: {e}",
                        path.display()
                    );
                    problems += 1;
                }
            }
        } else if path.exists() {
            files.push(Target::File(path.clone()));
        } else {
            let _ = writeln!(out, "error: {}: no such file or directory", path.display());
            problems += 1;
        }
    }
    let (mut valid, mut invalid, mut warnings) = (0usize, 0usize, 0usize);
    let mut broken_strings = 0usize;
    for target in &files {
        let (name, loaded) = match target {
            Target::File(file) => (file.display().to_string(), scenario::load_file(file)),
            Target::Builtin(level) => (level.name(), level.load_in(scenario::SOURCE_LANGUAGE)),
        };
        match loaded {
            Ok(s) => {
                valid += 1;
                let _ = writeln!(
                    out,
                    "ok: {}: \"{}\" ({} meetings, {} beats, {} answers, {} promises)",
                    name,
                    s.title,
                    s.meetings.len(),
                    s.beat_count(),
                    s.answers.len(),
                    s.promises.len()
                );
                for w in scenario::validate::warnings(&s) {
                    warnings += 1;
                    let _ = writeln!(out, "warning: {name}: {w}");
                }
                let checks = match target {
                    Target::File(file) => scenario::check_translations(file),
                    Target::Builtin(level) => level.check_translations(),
                };
                for check in &checks {
                    let counted = report_translation(out, &name, check);
                    warnings += counted.warnings;
                    broken_strings += counted.broken;
                }
            }
            Err(e) => {
                invalid += 1;
                for line in e.lines() {
                    let _ = writeln!(out, "error: {line}");
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{} checked: {valid} valid, {invalid} invalid{}{}{}",
        if files.len() == 1 {
            "1 file".to_string()
        } else {
            format!("{} files", files.len())
        },
        if warnings > 0 {
            format!(", {warnings} warning(s)")
        } else {
            String::new()
        },
        if problems > 0 {
            format!(", {problems} path(s) not usable")
        } else {
            String::new()
        },
        if broken_strings > 0 {
            format!(", {broken_strings} strings file(s) unreadable")
        } else {
            String::new()
        }
    );
    if invalid == 0 && problems == 0 && broken_strings == 0 {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

/// What one strings file's check added to the counts.
struct Counted {
    warnings: usize,
    broken: usize,
}

/// Prints a strings file's check: one summary line, then a warning per missing, stale, unknown
/// or duplicate text (the level still plays: those show the English), or the errors of a strings
/// file that cannot be read (it is not used at all).
fn report_translation(
    out: &mut dyn Write,
    scenario_name: &str,
    check: &scenario::TranslationCheck,
) -> Counted {
    let language = crate::wording::i18n::Language::from_code(&check.code)
        .map_or_else(|| check.code.clone(), |l| l.endonym().to_owned());
    let lines = check.lines(scenario_name);
    match &check.result {
        Err(_) => {
            for line in &lines {
                let _ = writeln!(out, "error: {line}");
            }
            let _ = writeln!(
                out,
                "error: {}: this strings file ({language}) is not used: the level plays in English",
                check.origin
            );
            Counted {
                warnings: 0,
                broken: 1,
            }
        }
        Ok(t) => {
            let _ = writeln!(
                out,
                "{}: {} ({language}): {} text(s) translated, {} to look at",
                if lines.is_empty() {
                    "ok"
                } else {
                    "translation"
                },
                check.origin,
                t.translated,
                lines.len()
            );
            for line in &lines {
                let _ = writeln!(out, "warning: {line}");
            }
            Counted {
                warnings: lines.len(),
                broken: 0,
            }
        }
    }
}
