//! Writing the game's files: one way to replace a file so that a crash leaves the old one or the
//! whole new one, and one way to name a report saved into the data folder's `exports/`.
//!
//! Plain Rust (no Bevy): saves, progress, settings, the host's settings and seats, and every export
//! go through here.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The folder under the data folder that reports and class debriefs are saved into.
pub const EXPORTS: &str = "exports";

/// Writes `bytes` to `path` so that a reader sees either the old file or the whole new one: a
/// temporary file in the same folder, flushed, renamed over `path`, then the folder flushed so the
/// rename itself survives a crash (where the platform allows opening a folder).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A title made safe for a file name on every platform: ASCII letters and digits in lower case,
/// every run of anything else one `-`, none at either end ("Big Co: phase 2" → "big-co-phase-2").
pub fn file_stem(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "report".to_owned()
    } else {
        out.to_owned()
    }
}

/// How an export is named when a file of that name is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// `<stem>.<ext>`, replacing an earlier save of the same thing.
    Replace,
    /// `<stem>-<n>.<ext>` with the first `n` not taken, so every save is kept.
    Keep,
}

/// Where `stem.ext` goes in the data folder's `exports/`.
pub fn export_path(data_dir: &Path, stem: &str, ext: &str, naming: Naming) -> PathBuf {
    let dir = data_dir.join(EXPORTS);
    match naming {
        Naming::Replace => dir.join(format!("{stem}.{ext}")),
        Naming::Keep => (1..)
            .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}.{ext}"))),
    }
}

/// Saves `text` as `stem.ext` into the data folder's `exports/` and returns where; the error says
/// what went wrong and where, ready to show. `None` (no data folder) is refused with `no_folder`,
/// the caller's own words: this module words nothing.
pub fn save_export(
    data_dir: Option<&Path>,
    no_folder: &str,
    stem: &str,
    ext: &str,
    naming: Naming,
    text: &str,
) -> Result<PathBuf, String> {
    let dir = data_dir.ok_or_else(|| no_folder.to_owned())?;
    let path = export_path(dir, stem, ext, naming);
    write_atomic(&path, text.as_bytes()).map_err(|e| format!("{e} ({})", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_becomes_a_safe_file_stem() {
        assert_eq!(file_stem("Big Co: phase 2"), "big-co-phase-2");
        assert_eq!(file_stem("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(file_stem("Ünïcode — only"), "n-code-only");
        assert_eq!(file_stem("???"), "report");
    }

    #[test]
    fn a_kept_export_never_replaces_an_earlier_one_and_a_replaced_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let first =
            save_export(Some(dir.path()), "none", "board", "csv", Naming::Keep, "a").unwrap();
        let second =
            save_export(Some(dir.path()), "none", "board", "csv", Naming::Keep, "b").unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read_to_string(&first).unwrap(), "a");
        let r1 = save_export(
            Some(dir.path()),
            "none",
            "report",
            "md",
            Naming::Replace,
            "1",
        )
        .unwrap();
        let r2 = save_export(
            Some(dir.path()),
            "none",
            "report",
            "md",
            Naming::Replace,
            "2",
        )
        .unwrap();
        assert_eq!(r1, r2);
        assert_eq!(fs::read_to_string(&r2).unwrap(), "2");
        assert_eq!(
            save_export(None, "no folder", "x", "md", Naming::Replace, ""),
            Err("no folder".into())
        );
    }
}
