//! `overpromise list [--export DIR]`: the levels built into this binary, and a way to copy them
//! (with their scripts) to a folder to read, play with `play --script`, or start a new level from.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK};
use crate::bundled;

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also write each built-in level and its careful and overpromising scripts into this folder
    /// (`<name>.scenario.ron`, `<name>.careful.ron`, `<name>.overpromise.ron`); existing files
    /// are left alone.
    #[arg(long, value_name = "DIR")]
    pub export: Option<PathBuf>,
}

/// Prints one line per built-in level: its `builtin:` name, title, difficulty and length.
/// Returns [`EXIT_INVALID`] when a built-in level does not load or an export fails.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = EXIT_OK;
    for level in bundled::LEVELS {
        match level.load() {
            Ok(s) => {
                let _ = writeln!(
                    out,
                    "{}\t\"{}\" ({:?}, about {} min, {} meetings)",
                    level.name(),
                    s.title,
                    s.difficulty,
                    s.minutes,
                    s.meetings.len()
                );
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                code = EXIT_INVALID;
            }
        }
    }
    if let Some(dir) = &args.export {
        if let Err(e) = std::fs::create_dir_all(dir) {
            let _ = writeln!(
                err,
                "error: {}: cannot create the folder: {e}",
                dir.display()
            );
            return EXIT_INVALID;
        }
        let mut written = 0usize;
        for level in bundled::LEVELS {
            let files = [
                (level.file_name(), level.source),
                (format!("{}.careful.ron", level.stem), level.careful),
                (format!("{}.overpromise.ron", level.stem), level.overpromise),
            ];
            for (name, text) in files {
                let path = dir.join(&name);
                if path.exists() {
                    let _ = writeln!(err, "skipped: {} (already there)", path.display());
                    continue;
                }
                match std::fs::write(&path, text) {
                    Ok(()) => written += 1,
                    Err(e) => {
                        let _ = writeln!(err, "error: {}: cannot write: {e}", path.display());
                        code = EXIT_INVALID;
                    }
                }
            }
        }
        let _ = writeln!(out, "{written} file(s) written to {}", dir.display());
    }
    code
}
