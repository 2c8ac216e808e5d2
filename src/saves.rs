//! The save store: where a game is saved, how a save is written so that a kill at any instant
//! leaves a complete save behind, and how it is read back with a fallback to the save before.
//!
//! Plain Rust (no Bevy): the game's autosave and the hidden `autosave-drill` command use the same
//! code. A save holds the scenario, the seed, how the table is played (solo or two roles, with
//! the players' names) and every action so far; resuming replays them. A save written before two
//! roles existed has no table and loads as solo.
//!
//! The write protocol ([`Store::write`]), with the files in the data folder:
//! 1. the new save goes to `autosave.ron.tmp`, flushed to disk (`fsync`);
//! 2. when `autosave.ron` is a complete save, it is hard-linked (or copied and flushed, where the
//!    file system has no hard links) to `autosave.prev.ron.tmp`, which is renamed over
//!    `autosave.prev.ron`;
//! 3. `autosave.ron.tmp` is renamed over `autosave.ron`, and the folder is flushed.
//!
//! Renames replace a file in one step, so at every instant `autosave.ron` is a whole save (the new
//! one or the one before) once a first save finished. The loader ([`Store::load`]) takes
//! `autosave.ron` and falls back to `autosave.prev.ron` whenever the latest is missing, damaged
//! or no longer replays. File operations go through [`Files`], so tests can make any step fail.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::{Action, Support, TableMode};

/// The save file name.
pub const AUTOSAVE: &str = "autosave.ron";
/// The previous save's file name.
pub const AUTOSAVE_PREV: &str = "autosave.prev.ron";
/// The save format this build writes.
pub const FORMAT: u32 = 1;

/// What a save holds: enough to replay the game exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    /// Save format version.
    pub format: u32,
    /// The scenario's id.
    pub scenario_id: String,
    /// The scenario file it was played from.
    pub scenario_path: PathBuf,
    /// The session seed.
    pub seed: u64,
    /// Every action applied, in order.
    pub actions: Vec<Action>,
    /// The level of support played at (older saves: Guided).
    #[serde(default)]
    pub support: Support,
    /// Solo or two roles (older saves: solo).
    #[serde(default)]
    pub mode: TableMode,
    /// Two roles: the players' names, the seller's first, as typed (empty: the default names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub players: Vec<String>,
    /// An assessed run under way: the seconds played so far (none: a practice run). A resumed
    /// assessed run stays assessed (no hints, no what-if) and is recorded when it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<f32>,
}

/// Parses a save's text.
pub fn parse(text: &str) -> Result<SaveFile, String> {
    let save: SaveFile = ron::from_str(text)
        .map_err(|e| format!("it is damaged (line {}: {})", e.span.start.line, e.code))?;
    if save.format > FORMAT {
        return Err("it was made by a newer version of Overpromise".into());
    }
    Ok(save)
}

/// Reads a save file from disk.
pub fn read(path: &Path) -> Result<SaveFile, String> {
    read_with(&RealFiles, path)
}

fn read_with(files: &dyn Files, path: &Path) -> Result<SaveFile, String> {
    let bytes = files.read(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            "it is missing".to_owned()
        } else {
            format!("it could not be read ({e})")
        }
    })?;
    let text = String::from_utf8(bytes).map_err(|_| "it is damaged (not text)".to_owned())?;
    parse(&text)
}

pub use crate::files::write_atomic;

/// The file operations the store uses, one call per step of the write protocol, so that a test
/// can make any of them fail (or stop half-way) and check what a reader finds afterwards.
pub trait Files {
    /// Creates `dir` and its parents.
    fn create_dir(&self, dir: &Path) -> std::io::Result<()>;
    /// Writes `bytes` to `path` (created or truncated) and flushes them to disk.
    fn write_synced(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()>;
    /// Makes `to` a hard link to `from`, or a flushed copy where hard links are not supported.
    fn link_or_copy(&self, from: &Path, to: &Path) -> std::io::Result<()>;
    /// Renames `from` over `to` in one step.
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()>;
    /// Removes `path`; a missing file is not an error.
    fn remove(&self, path: &Path) -> std::io::Result<()>;
    /// Flushes the folder's entries (the renames) to disk; a no-op where that is not possible.
    fn sync_dir(&self, dir: &Path) -> std::io::Result<()>;
    /// Reads a whole file.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
}

/// The real file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealFiles;

impl Files for RealFiles {
    fn create_dir(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)
    }

    fn write_synced(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn link_or_copy(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        if std::fs::hard_link(from, to).is_ok() {
            return Ok(());
        }
        std::fs::copy(from, to)?;
        std::fs::File::open(to)?.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        std::fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn sync_dir(&self, dir: &Path) -> std::io::Result<()> {
        // Opening a folder to flush it works on Unix; elsewhere renames are flushed by the system.
        #[cfg(unix)]
        std::fs::File::open(dir)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
}

/// A save that was found and accepted, and whether it is the previous save.
#[derive(Debug, Clone)]
pub struct Found<T> {
    /// What the caller made of the save (e.g. the replayed session).
    pub value: T,
    /// True when this is `autosave.prev.ron` because the latest save could not be used.
    pub from_previous: bool,
}

/// What the store offers to continue, and what went wrong with the saves, if anything.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// The save to continue from.
    pub found: Option<Found<T>>,
    /// A problem to tell the player, in plain words.
    pub message: Option<String>,
}

/// The saves in one data folder.
pub struct Store<'f> {
    dir: PathBuf,
    files: &'f dyn Files,
}

impl Store<'static> {
    /// The store in `dir`, on the real file system.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            files: &RealFiles,
        }
    }
}

impl<'f> Store<'f> {
    /// The store in `dir`, through `files` (tests use this to inject failures).
    pub fn with_files(dir: impl Into<PathBuf>, files: &'f dyn Files) -> Self {
        Self {
            dir: dir.into(),
            files,
        }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The latest save's path.
    pub fn latest(&self) -> PathBuf {
        self.dir.join(AUTOSAVE)
    }

    /// The previous save's path.
    pub fn previous(&self) -> PathBuf {
        self.dir.join(AUTOSAVE_PREV)
    }

    /// Writes `save` as the latest save and keeps the save it replaces as the previous one when
    /// that one was complete (a damaged save never replaces a good previous one). See the module
    /// documentation for the steps; a failure at any step leaves a complete latest or previous
    /// save behind, and the error is returned.
    pub fn write(&self, save: &SaveFile) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(save, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        let latest = self.latest();
        let tmp = self.dir.join(format!("{AUTOSAVE}.tmp"));
        let prev_tmp = self.dir.join(format!("{AUTOSAVE_PREV}.tmp"));
        self.files.create_dir(&self.dir)?;
        self.files.write_synced(&tmp, text.as_bytes())?;
        if read_with(self.files, &latest).is_ok() {
            self.files.remove(&prev_tmp)?;
            self.files.link_or_copy(&latest, &prev_tmp)?;
            self.files.rename(&prev_tmp, &self.previous())?;
        }
        self.files.rename(&tmp, &latest)?;
        self.files.sync_dir(&self.dir)
    }

    /// The save to continue from: the latest if `accept` takes it, else the previous one with a
    /// message saying why. `accept` checks that a save still replays (its scenario is installed and
    /// unchanged) and turns it into what the caller needs. No save at all is not a problem.
    pub fn load<T>(&self, accept: impl Fn(&SaveFile) -> Result<T, String>) -> Loaded<T> {
        let latest = read_with(self.files, &self.latest()).and_then(|s| accept(&s));
        let problem = match latest {
            Ok(value) => {
                return Loaded {
                    found: Some(Found {
                        value,
                        from_previous: false,
                    }),
                    message: None,
                };
            }
            Err(p) => p,
        };
        let latest_missing = !self.exists(&self.latest());
        let prev_missing = !self.exists(&self.previous());
        match read_with(self.files, &self.previous()).and_then(|s| accept(&s)) {
            Ok(value) => Loaded {
                found: Some(Found {
                    value,
                    from_previous: true,
                }),
                message: Some(format!(
                    "Your last autosave could not be resumed: {problem}. \"Continue\" picks up your \
                     previous save instead."
                )),
            },
            Err(_) if latest_missing && prev_missing => Loaded {
                found: None,
                message: None,
            },
            Err(prev_problem) => {
                let (which, why) = if latest_missing {
                    ("previous", prev_problem)
                } else {
                    ("last", problem)
                };
                Loaded {
                    found: None,
                    message: Some(format!(
                        "Your {which} autosave could not be resumed: {why}. It has been left in {} \
                         for your facilitator.",
                        self.dir.display()
                    )),
                }
            }
        }
    }

    fn exists(&self, path: &Path) -> bool {
        match self.files.read(path) {
            Ok(_) => true,
            Err(e) => e.kind() != std::io::ErrorKind::NotFound,
        }
    }
}
