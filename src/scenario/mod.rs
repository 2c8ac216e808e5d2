//! Scenario files: parsing (`raw`), validation (`validate`) and the checked model (`model`).
//!
//! [`load_file`] and [`parse_str`] are the only ways in: they refuse oversized or too deeply
//! nested text before parsing, report RON errors with `line:col` and the field being read, and
//! then list every semantic problem at once (see [`validate::validate`]).

pub mod model;
pub mod raw;
pub mod strings;
pub mod validate;

mod encoding;
mod error;
mod plain;
pub use error::*;

use std::path::{Path, PathBuf};

/// Largest scenario file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

/// Deepest bracket nesting (`(`, `[`, `{`) accepted in a scenario file.
pub const MAX_NESTING: usize = 32;

/// The file name ending that marks a scenario file.
pub const FILE_SUFFIX: &str = ".scenario.ron";

/// Parses and validates a scenario from text; `origin` names it in error messages.
pub fn parse_str(src: &str, origin: &str) -> Result<model::Scenario, LoadError> {
    let raw = parse_raw(src, origin)?;
    validate::validate(&raw).map_err(|problems| LoadError::Invalid {
        origin: origin.to_owned(),
        problems,
    })
}

/// Parses a scenario from text without the semantic checks (for tools that rewrite files).
pub fn parse_raw(src: &str, origin: &str) -> Result<raw::ScenarioFile, LoadError> {
    if src.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            origin: origin.to_owned(),
            bytes: src.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let scanned = scan(src, MAX_NESTING);
    if let Some((line, col)) = scanned.too_deep {
        return Err(LoadError::TooDeep {
            origin: origin.to_owned(),
            line,
            col,
            limit: MAX_NESTING,
        });
    }
    let syntax = |e: ron::error::SpannedError, field_path: String| {
        let (line, col) = (e.span.start.line, e.span.start.col);
        let mut message = e.code.to_string();
        // RON reports a missing closing quote where the text after the string confuses it.
        if let Some((l, c)) = scanned.multiline_string
            && (l, c) < (line, col)
        {
            message.push_str(&format!(
                " (the string opened at {l}:{c} runs over several lines: is a closing `\"` missing?)"
            ));
        } else {
            let reparse = |text: &str| {
                parse_ron(text)
                    .err()
                    .map(|e| (e.0.span.start.line, e.0.span.start.col))
            };
            if let Some(p) = plain::explain(src, &e.code, line, col, &field_path, &reparse) {
                return LoadError::Syntax {
                    origin: origin.to_owned(),
                    line: p.line,
                    col: p.col,
                    field_path: p.field_path,
                    message: p.message,
                };
            }
        }
        LoadError::Syntax {
            origin: origin.to_owned(),
            line,
            col,
            field_path,
            message,
        }
    };
    parse_ron(src).map_err(|e| {
        let (e, path) = *e;
        syntax(e, path)
    })
}

/// Parses RON text into the author's types; on failure, the error and the field being read.
fn parse_ron(src: &str) -> Result<raw::ScenarioFile, Box<(ron::error::SpannedError, String)>> {
    let mut de = ron::Deserializer::from_str(src).map_err(|e| Box::new((e, String::new())))?;
    let file: raw::ScenarioFile = match serde_path_to_error::deserialize(&mut de) {
        Ok(file) => file,
        Err(e) => {
            let path = e.path().to_string();
            // serde_path_to_error writes `.` for the top level and `?` for a place it could
            // not name (e.g. inside a broken string); neither helps an author.
            let path = path.trim_end_matches(".?");
            let path = if path == "." || path == "?" { "" } else { path }.to_owned();
            return Err(Box::new((de.span_error(e.into_inner()), path)));
        }
    };
    if let Err(e) = de.end() {
        return Err(Box::new((de.span_error(e), String::new())));
    }
    Ok(file)
}

/// Reads, parses and validates a scenario file.
///
/// The size is checked from the file's metadata before it is read.
pub fn load_file(path: &Path) -> Result<model::Scenario, LoadError> {
    let text = read_text(path)?;
    parse_str(&text, &path.display().to_string())
}

/// A file's text: its size checked from the metadata before it is read, UTF-8 only.
fn read_text(path: &Path) -> Result<String, LoadError> {
    let origin = path.display().to_string();
    let io = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let too_large = |bytes: u64| LoadError::TooLarge {
        origin: origin.clone(),
        bytes,
        limit: MAX_FILE_BYTES,
    };
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > MAX_FILE_BYTES as u64 {
        return Err(too_large(len));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    if bytes.len() > MAX_FILE_BYTES {
        // The file grew between the two looks.
        return Err(too_large(bytes.len() as u64));
    }
    encoding::decode(bytes, &origin)
}

/// The source language of every scenario file.
pub const SOURCE_LANGUAGE: &str = "en";

/// A scenario loaded with a strings file applied.
#[derive(Debug)]
pub struct Translated {
    /// The scenario: translated, or the English one when the translation made it invalid.
    pub scenario: model::Scenario,
    /// What is missing, stale, unknown or duplicated in the strings file.
    pub issues: Vec<strings::Issue>,
    /// How many texts were translated.
    pub translated: usize,
    /// The problems the translated text has (a text too long, say): then it is not used.
    pub refused: Vec<Problem>,
}

/// Parses a scenario, applies `strings` (in the language `code`) before validating it, and
/// validates it. A translation that breaks the scenario's rules is not used: the English scenario
/// comes back with the problems in [`Translated::refused`]. Errors are the English file's.
pub fn parse_str_in(
    src: &str,
    origin: &str,
    strings: &strings::Strings,
    code: &str,
) -> Result<Translated, LoadError> {
    let english = parse_raw(src, origin)?;
    let mut raw = english.clone();
    let (issues, translated) = strings::translate(&mut raw, src, strings);
    // Whose advice an answer's advice is comes from its English (`Priya (project manager): ...`):
    // the translated advice goes into the model after validation.
    let mut advice = std::collections::HashMap::new();
    fn answers(f: &mut raw::ScenarioFile) -> impl Iterator<Item = &mut raw::Answer> {
        let beats = f.sales.meetings.iter_mut().flat_map(|m| m.beats.iter_mut());
        beats.flat_map(|b| b.answers.iter_mut())
    }
    let mut english_copy = english.clone();
    for (said, was) in answers(&mut raw).zip(answers(&mut english_copy)) {
        if let (Some(text), Some(was)) = (said.advice.as_mut(), &was.advice) {
            advice.insert(said.id.clone(), std::mem::replace(text, was.clone()));
        }
    }
    match validate::validate(&raw) {
        Ok(mut scenario) => {
            for a in &mut scenario.answers {
                if let (Some(text), Some(said)) = (&mut a.advice, advice.remove(&a.key)) {
                    *text = said;
                }
            }
            if translated > 0 {
                scenario.language = code.to_owned();
            }
            scenario.source_title.clone_from(&english.title);
            Ok(Translated {
                scenario,
                issues,
                translated,
                refused: Vec::new(),
            })
        }
        Err(refused) => {
            let scenario = validate::validate(&english).map_err(|problems| LoadError::Invalid {
                origin: origin.to_owned(),
                problems,
            })?;
            Ok(Translated {
                scenario,
                issues,
                translated: 0,
                refused,
            })
        }
    }
}

/// Reads, parses and validates a scenario file in the language `code` (`de`): its strings file
/// ([`strings::strings_path`]) is applied when there is one. A missing, stale or empty
/// translation shows the English; a strings file that cannot be read or parsed is left out
/// (`validate` reports it), so a level always plays.
pub fn load_file_in(path: &Path, code: &str) -> Result<model::Scenario, LoadError> {
    let strings = strings::strings_path(path, code)
        .filter(|p| code != SOURCE_LANGUAGE && p.is_file())
        .and_then(|p| strings::load_strings(&p).ok());
    let Some(strings) = strings else {
        return load_file(path);
    };
    let text = read_text(path)?;
    parse_str_in(&text, &path.display().to_string(), &strings, code).map(|t| t.scenario)
}

/// One strings file checked against its scenario.
#[derive(Debug)]
pub struct TranslationCheck {
    /// The language code (`de`).
    pub code: String,
    /// The strings file's name.
    pub origin: String,
    /// What applying it found, or why the strings file could not be read.
    pub result: Result<Translated, LoadError>,
}

impl TranslationCheck {
    /// Checks the strings text `strings_src` against the scenario text `src`. None when the
    /// scenario itself does not load (that is reported on its own).
    pub fn of_text(
        src: &str,
        origin: &str,
        strings_src: Result<String, LoadError>,
        strings_origin: &str,
        code: &str,
    ) -> Option<TranslationCheck> {
        let result = strings_src
            .and_then(|text| strings::parse_strings(&text, strings_origin))
            .map(|strings| parse_str_in(src, origin, &strings, code));
        let result = match result {
            Ok(Ok(t)) => Ok(t),
            Ok(Err(_)) => return None,
            Err(e) => Err(e),
        };
        Some(TranslationCheck {
            code: code.to_owned(),
            origin: strings_origin.to_owned(),
            result,
        })
    }

    /// Every problem, one line each, starting with its file and line; `scenario` names the
    /// scenario file. Empty when the translation is complete and current.
    pub fn lines(&self, scenario: &str) -> Vec<String> {
        match &self.result {
            Err(e) => e.lines(),
            Ok(t) => t
                .issues
                .iter()
                .map(|i| i.describe(scenario, &self.origin))
                .chain(t.refused.iter().map(|p| {
                    format!(
                        "{}: {p} (with the translation applied; the English is shown)",
                        self.origin
                    )
                }))
                .collect(),
        }
    }
}

/// Checks every strings file beside a scenario file (none when the scenario does not load).
pub fn check_translations(path: &Path) -> Vec<TranslationCheck> {
    let Ok(src) = read_text(path) else {
        return Vec::new();
    };
    let origin = path.display().to_string();
    strings::strings_files(path)
        .into_iter()
        .filter(|(code, _)| code != SOURCE_LANGUAGE)
        .filter_map(|(code, file)| {
            let text = read_text(&file);
            TranslationCheck::of_text(&src, &origin, text, &file.display().to_string(), &code)
        })
        .collect()
}

/// The `*.scenario.ron` files directly inside `dir`, sorted by file name.
pub fn scenario_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let named = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(FILE_SUFFIX) && n.len() > FILE_SUFFIX.len());
        if named && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

/// What a quick look at the text finds, as 1-based `(line, col)` with columns in characters.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    /// The first opening bracket that goes deeper than the limit; the scan stops there.
    too_deep: Option<(usize, usize)>,
    /// The first `"` string (not raw string) that runs over a line end.
    multiline_string: Option<(usize, usize)>,
}

/// The first opening bracket that goes deeper than `limit` (see [`scan`]).
#[cfg(test)]
fn too_deep(src: &str, limit: usize) -> Option<(usize, usize)> {
    scan(src, limit).too_deep
}

/// Scans brackets, skipping strings, character literals and comments as RON does.
///
/// Runs in one pass with no recursion, so any input is answered quickly.
fn scan(src: &str, limit: usize) -> Scan {
    let mut found = Scan::default();
    let chars: Vec<char> = src.chars().collect();
    let (mut i, mut line, mut col) = (0usize, 1usize, 1usize);
    let mut depth = 0usize;
    // Advances over one char, keeping line and column.
    let step = |i: &mut usize, line: &mut usize, col: &mut usize| {
        if chars.get(*i) == Some(&'\n') {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    };
    let at = |j: usize| chars.get(j).copied();
    while let Some(c) = at(i) {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > limit {
                    found.too_deep = Some((line, col));
                    return found;
                }
                step(&mut i, &mut line, &mut col);
            }
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                step(&mut i, &mut line, &mut col);
            }
            '"' => {
                let start = (line, col);
                step(&mut i, &mut line, &mut col);
                while let Some(d) = at(i) {
                    step(&mut i, &mut line, &mut col);
                    match d {
                        '\\' => step(&mut i, &mut line, &mut col),
                        '"' => break,
                        _ => {}
                    }
                }
                if line != start.0 && found.multiline_string.is_none() {
                    found.multiline_string = Some(start);
                }
            }
            'r' if !at(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || p == '_')
                && matches!(at(i + 1), Some('#' | '"')) =>
            {
                // Raw string r#"..."#: count the hashes, then find `"` followed by as many.
                let mut j = i + 1;
                while at(j) == Some('#') {
                    j += 1;
                }
                if at(j) != Some('"') {
                    step(&mut i, &mut line, &mut col);
                    continue;
                }
                let hashes = j - i - 1;
                while i <= j {
                    step(&mut i, &mut line, &mut col);
                }
                loop {
                    match at(i) {
                        None => break,
                        Some('"') if (1..=hashes).all(|k| at(i + k) == Some('#')) => {
                            for _ in 0..=hashes {
                                step(&mut i, &mut line, &mut col);
                            }
                            break;
                        }
                        Some(_) => step(&mut i, &mut line, &mut col),
                    }
                }
            }
            '\'' => {
                // A char literal such as '(' or '\''; a lone quote is left to the parser.
                let len = match (at(i + 1), at(i + 2), at(i + 3)) {
                    (Some('\\'), Some(_), _) => {
                        let mut k = i + 3;
                        while at(k).is_some_and(|c| c != '\'' && c != '\n') && k < i + 12 {
                            k += 1;
                        }
                        k + 1 - i
                    }
                    (Some(_), Some('\''), _) => 3,
                    _ => 1,
                };
                for _ in 0..len {
                    step(&mut i, &mut line, &mut col);
                }
            }
            '/' if at(i + 1) == Some('/') => {
                while at(i).is_some_and(|c| c != '\n') {
                    step(&mut i, &mut line, &mut col);
                }
            }
            '/' if at(i + 1) == Some('*') => {
                let mut level = 0usize;
                loop {
                    match (at(i), at(i + 1)) {
                        (None, _) => break,
                        (Some('/'), Some('*')) => {
                            level += 1;
                            step(&mut i, &mut line, &mut col);
                            step(&mut i, &mut line, &mut col);
                        }
                        (Some('*'), Some('/')) => {
                            level = level.saturating_sub(1);
                            step(&mut i, &mut line, &mut col);
                            step(&mut i, &mut line, &mut col);
                            if level == 0 {
                                break;
                            }
                        }
                        _ => step(&mut i, &mut line, &mut col),
                    }
                }
            }
            _ => step(&mut i, &mut line, &mut col),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_brackets_and_reports_the_one_too_deep() {
        assert_eq!(too_deep("((()))", 3), None);
        assert_eq!(too_deep("((()))", 2), Some((1, 3)));
        assert_eq!(too_deep("(\n [\n  {x}])", 2), Some((3, 3)));
    }

    #[test]
    fn depth_ignores_brackets_in_strings_chars_and_comments() {
        let src = r##"( "((((\"((" , '(', '\'', r#"(("#"((("#, // (((((
            /* ((( /* nested ((( */ ((( */ [x] )"##;
        assert_eq!(too_deep(src, 2), None);
        assert_eq!(too_deep(src, 1), Some((2, 44)));
    }

    #[test]
    fn depth_counts_columns_in_chars() {
        assert_eq!(too_deep("(\"é\"(", 1), Some((1, 5)));
    }

    #[test]
    fn a_hundred_thousand_brackets_are_refused_quickly() {
        let src = "[".repeat(100_000);
        let e = parse_raw(&src, "deep.ron").err();
        assert!(
            matches!(
                e,
                Some(LoadError::TooDeep {
                    line: 1,
                    col: 33,
                    limit: 32,
                    ..
                })
            ),
            "{e:?}"
        );
    }

    #[test]
    fn unterminated_string_and_comment_do_not_loop() {
        assert_eq!(too_deep("\"abc\\", 1), None);
        assert_eq!(too_deep("r##\"abc\"#", 1), None);
        assert_eq!(too_deep("/* /* */", 1), None);
        assert_eq!(too_deep("'", 1), None);
        assert_eq!(too_deep("r", 1), None);
    }

    #[test]
    fn a_string_over_several_lines_is_noticed() {
        let s = scan("(a: \"x\", b: \"y,\n c: \"z\")", 9);
        assert_eq!(s.multiline_string, Some((1, 13)));
        assert_eq!(s.too_deep, None);
    }

    #[test]
    fn oversized_text_is_refused_before_parsing() {
        let src = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(
            parse_raw(&src, "big.ron"),
            Err(LoadError::TooLarge { bytes, .. }) if bytes == MAX_FILE_BYTES as u64 + 1
        ));
    }

    #[test]
    fn empty_text_is_a_syntax_error_at_1_1() {
        let e = parse_raw("", "empty.ron").err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref().map(|s| s.starts_with("empty.ron:1:1: ")),
            Some(true)
        );
    }
}
