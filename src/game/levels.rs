//! The scenario catalogue: the shipped levels (the copies built into the binary, or the `levels/`
//! folder on disk when it wins: see [`super::disk_root`]), every `*.scenario.ron` in the `--levels`
//! folders and the data folder's `levels/`, each loaded or with its problems in plain words.
//!
//! A built-in level's path is its command-line name, `builtin:01_first_client`: it names no file,
//! so saves made with it resume in any installation of the same game.
//!
//! Hot reload: a background thread looks at the files' modification times once a second and, only
//! when something changed, bumps a counter and wakes the app; the catalogue is then rebuilt. The
//! app itself is never woken while nothing changes. A game in progress keeps its own copy of the
//! scenario, so editing (or breaking) its file never loses it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use bevy::prelude::*;

use super::notice::Notice;
use super::session::ActiveSession;
pub use super::waker::AppWaker;
use super::{AppSystems, Boot, GameConfig};
use crate::bundled;
use crate::scenario::{self, LoadError, model::Scenario};

/// Where a level folder comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelSource {
    /// Shipped with the game and built into the binary (the folder's path is ignored).
    Builtin,
    /// Shipped with the game, read from the `levels/` folder on disk (which wins over the
    /// built-in copies in the source tree, or beside the executable).
    Shipped,
    /// Named with `--levels`.
    Extra,
    /// The data folder's `levels/`.
    User,
}

impl LevelSource {
    /// A short label for the picker.
    pub fn label(self) -> String {
        match self {
            LevelSource::Builtin => crate::tr!("views-source-builtin"),
            LevelSource::Shipped => crate::tr!("views-source-shipped"),
            LevelSource::Extra => crate::tr!("views-source-extra"),
            LevelSource::User => crate::tr!("views-source-user"),
        }
    }
}

/// One scenario file.
#[derive(Debug, Clone)]
pub struct LevelEntry {
    /// The file.
    pub path: PathBuf,
    /// Its folder's origin.
    pub source: LevelSource,
    /// The loaded scenario, or what is wrong with the file, one problem per line.
    pub scenario: Result<Arc<Scenario>, Vec<String>>,
}

impl LevelEntry {
    /// The file name, for lists (a built-in level's is the file it was built from).
    pub fn file_name(&self) -> String {
        if let Some(level) = self.builtin() {
            return level.file_name();
        }
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The built-in level this entry is, if it is one.
    pub fn builtin(&self) -> Option<&'static bundled::Level> {
        if self.source != LevelSource::Builtin {
            return None;
        }
        self.path.to_str().and_then(bundled::find)
    }

    /// The file name without `.scenario.ron` (the stem scripts are named after).
    pub fn stem(&self) -> String {
        let name = self.file_name();
        name.strip_suffix(scenario::FILE_SUFFIX)
            .unwrap_or(&name)
            .to_owned()
    }
}

/// Every known scenario file, in folder order then file name order.
#[derive(Resource, Debug, Clone, Default)]
pub struct Catalogue {
    /// The folders scanned, in order.
    pub folders: Vec<(PathBuf, LevelSource)>,
    /// The files found.
    pub entries: Vec<LevelEntry>,
    /// Folders that could not be read (a missing user folder is not a problem).
    pub folder_problems: Vec<String>,
    /// The language the scenarios were loaded in (`en`, `de`): when the program's changes, the
    /// levels are loaded again in the new one.
    pub language: &'static str,
    stamps: BTreeMap<PathBuf, Stamp>,
}

type Stamp = (Option<SystemTime>, u64);

impl Catalogue {
    /// Scans `folders` now.
    pub fn scan(folders: Vec<(PathBuf, LevelSource)>) -> Self {
        let mut c = Catalogue {
            folders,
            ..default()
        };
        c.rescan();
        c
    }

    /// Reads every folder again. Returns the files that changed, appeared or went away.
    pub fn rescan(&mut self) -> Vec<PathBuf> {
        let language = crate::wording::i18n::language().code();
        self.language = language;
        let mut entries = Vec::new();
        let mut problems = Vec::new();
        let mut stamps = BTreeMap::new();
        for (dir, source) in &self.folders {
            if *source == LevelSource::Builtin {
                entries.extend(bundled::LEVELS.iter().map(|level| LevelEntry {
                    path: PathBuf::from(level.name()),
                    source: LevelSource::Builtin,
                    scenario: level.load().map(Arc::new).map_err(|e| plain_problems(&e)),
                }));
                continue;
            }
            match scenario::scenario_files(dir) {
                Ok(files) => {
                    for path in files {
                        stamps.insert(path.clone(), stamp(&path));
                        let scenario = scenario::load_file_in(&path, language)
                            .map(Arc::new)
                            .map_err(|e| plain_problems(&e));
                        // A translation that cannot be read is left out (the level plays in
                        // English): the list says so, once per file.
                        let strings = scenario::strings::strings_path(&path, language)
                            .filter(|p| language != scenario::SOURCE_LANGUAGE && p.is_file());
                        if let Some(Err(e)) = strings.map(|p| scenario::strings::load_strings(&p)) {
                            problems.push(format!(
                                "{e}. This translation is not used: the level plays in English."
                            ));
                        }
                        entries.push(LevelEntry {
                            path,
                            source: *source,
                            scenario,
                        });
                    }
                }
                Err(e)
                    if *source == LevelSource::User && e.kind() == std::io::ErrorKind::NotFound => {
                }
                Err(e) => problems.push(crate::tr!(
                    "views-level-folder-unreadable",
                    folder = dir.display().to_string(),
                    error = e.to_string()
                )),
            }
        }
        let mut changed: Vec<PathBuf> = stamps
            .iter()
            .filter(|(p, s)| self.stamps.get(*p) != Some(s))
            .map(|(p, _)| p.clone())
            .collect();
        changed.extend(
            self.stamps
                .keys()
                .filter(|p| !stamps.contains_key(*p))
                .cloned(),
        );
        self.entries = entries;
        self.folder_problems = problems;
        self.stamps = stamps;
        changed
    }

    /// The scenarios that loaded.
    pub fn playable(&self) -> impl Iterator<Item = (&LevelEntry, &Arc<Scenario>)> {
        self.entries
            .iter()
            .filter_map(|e| e.scenario.as_ref().ok().map(|s| (e, s)))
    }

    /// The files that did not load.
    pub fn broken(&self) -> impl Iterator<Item = (&LevelEntry, &Vec<String>)> {
        self.entries
            .iter()
            .filter_map(|e| e.scenario.as_ref().err().map(|p| (e, p)))
    }

    /// The entry for this file.
    pub fn by_path(&self, path: &Path) -> Option<&LevelEntry> {
        self.entries.iter().find(|e| same_file(&e.path, path))
    }

    /// The first loaded scenario with this id.
    pub fn by_id(&self, id: &str) -> Option<(&LevelEntry, &Arc<Scenario>)> {
        self.playable().find(|(_, s)| s.id == id)
    }

    /// The first shipped scenario that loads, built in or on disk (the tour and the screen jump
    /// play it).
    pub fn first_shipped(&self) -> Option<(&LevelEntry, &Arc<Scenario>)> {
        self.playable()
            .find(|(e, _)| matches!(e.source, LevelSource::Shipped | LevelSource::Builtin))
            .or_else(|| self.playable().next())
    }

    fn fingerprint(folders: &[(PathBuf, LevelSource)]) -> Vec<(PathBuf, Stamp)> {
        let mut out = Vec::new();
        for (dir, source) in folders {
            if *source == LevelSource::Builtin {
                continue;
            }
            if let Ok(files) = scenario::scenario_files(dir) {
                // A level's strings files too: a translation edited is played at once.
                let with_strings = files.into_iter().flat_map(|p| {
                    let strings = scenario::strings::strings_files(&p);
                    std::iter::once(p).chain(strings.into_iter().map(|(_, s)| s))
                });
                out.extend(with_strings.map(|p| {
                    let s = stamp(&p);
                    (p, s)
                }));
            }
        }
        out
    }
}

fn stamp(path: &Path) -> Stamp {
    match std::fs::metadata(path) {
        Ok(m) => (m.modified().ok(), m.len()),
        Err(_) => (None, 0),
    }
}

/// True when both paths name the same file (compared canonically when possible).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A load error in plain words, one problem per line, without the file name (the list shows it).
pub fn plain_problems(e: &LoadError) -> Vec<String> {
    match e {
        LoadError::Io { source, .. } => {
            vec![crate::tr!(
                "views-level-unreadable",
                error = source.to_string()
            )]
        }
        LoadError::TooLarge { bytes, limit, .. } => vec![crate::tr!(
            "views-level-too-large",
            size = (bytes / 1024).to_string(),
            limit = (limit / 1024).to_string()
        )],
        LoadError::TooDeep {
            line, col, limit, ..
        } => vec![crate::tr!(
            "views-level-too-deep",
            line = line.to_string(),
            column = col.to_string(),
            limit = limit.to_string()
        )],
        LoadError::NotUtf8 {
            line, col, cause, ..
        } => vec![crate::tr!(
            "views-level-not-utf8",
            line = line.to_string(),
            column = col.to_string(),
            cause = cause.to_string()
        )],
        LoadError::Syntax {
            line,
            col,
            field_path,
            message,
            ..
        } => {
            let (line, column) = (line.to_string(), col.to_string());
            vec![if field_path.is_empty() {
                crate::tr!(
                    "views-level-syntax",
                    line = line,
                    column = column,
                    message = message.to_string()
                )
            } else {
                crate::tr!(
                    "views-level-syntax-in",
                    line = line,
                    column = column,
                    message = message.to_string(),
                    field = field_path.to_string()
                )
            }]
        }
        LoadError::Invalid { problems, .. } if !problems.is_empty() => problems
            .iter()
            .map(|p| {
                if p.path.is_empty() {
                    p.message.clone()
                } else {
                    format!("{}: {}", p.path, p.message)
                }
            })
            .collect(),
        other => other.lines(),
    }
}

/// Ask for a rescan now (tests, or a "reload" button).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct RescanLevels;

/// The watcher thread's change counter.
#[derive(Resource)]
struct LevelWatch {
    generation: Arc<AtomicU64>,
    seen: u64,
    stop: Arc<AtomicBool>,
}

impl Drop for LevelWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Catalogue>()
        .add_message::<RescanLevels>();
    app.add_systems(
        Startup,
        (scan_levels, start_watcher).chain().in_set(Boot::Levels),
    );
    app.add_systems(Update, rescan_levels.before(AppSystems::Navigate));
}

/// The folders to scan, in order: shipped (on disk, or the built-in copies), extra, the user's.
pub fn folders(config: &GameConfig) -> Vec<(PathBuf, LevelSource)> {
    let mut folders = vec![match &config.shipped_levels {
        Some(dir) => (dir.clone(), LevelSource::Shipped),
        None => (PathBuf::from(bundled::PREFIX), LevelSource::Builtin),
    }];
    folders.extend(
        config
            .extra_levels
            .iter()
            .map(|d| (d.clone(), LevelSource::Extra)),
    );
    if let Some(data) = &config.data_dir {
        folders.push((data.join("levels"), LevelSource::User));
    }
    folders
}

fn scan_levels(config: Res<GameConfig>, mut catalogue: ResMut<Catalogue>) {
    *catalogue = Catalogue::scan(folders(&config));
}

fn start_watcher(mut commands: Commands, config: Res<GameConfig>, waker: Option<Res<AppWaker>>) {
    if !config.watch_levels {
        return;
    }
    let generation = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let folders = folders(&config);
    let waker = waker.map(|w| w.0.clone());
    let (g, s) = (generation.clone(), stop.clone());
    let spawned = std::thread::Builder::new()
        .name("level-watch".into())
        .spawn(move || {
            let mut last = Catalogue::fingerprint(&folders);
            while !s.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_secs(1));
                let now = Catalogue::fingerprint(&folders);
                if now != last {
                    last = now;
                    g.fetch_add(1, Ordering::Relaxed);
                    if let Some(wake) = &waker {
                        wake();
                    }
                }
            }
        });
    if spawned.is_ok() {
        commands.insert_resource(LevelWatch {
            generation,
            seen: 0,
            stop,
        });
    }
}

fn rescan_levels(
    mut asked: MessageReader<RescanLevels>,
    watch: Option<ResMut<LevelWatch>>,
    mut catalogue: ResMut<Catalogue>,
    session: Option<ResMut<ActiveSession>>,
    mut notice: ResMut<Notice>,
) {
    let mut due = asked.read().count() > 0;
    // The program's language changed: the levels are read again in it.
    due |= catalogue.language != crate::wording::i18n::language().code();
    if let Some(mut watch) = watch {
        let g = watch.generation.load(Ordering::Relaxed);
        if g != watch.seen {
            watch.seen = g;
            due = true;
        }
    }
    if !due {
        return;
    }
    let changed = catalogue.rescan();
    let Some(mut session) = session else {
        return;
    };
    if !session.stale && changed.iter().any(|p| same_file(p, &session.scenario_path)) {
        session.stale = true;
        let broken = catalogue
            .by_path(&session.scenario_path)
            .is_none_or(|e| e.scenario.is_err());
        notice.set(if broken {
            "The scenario file of this game changed and now has problems (see the scenario list). \
             Your game carries on with the version you started."
        } else {
            "The scenario file of this game changed on disk. Your game carries on with the version \
             you started; start a new game to play the new version."
        });
    }
}
