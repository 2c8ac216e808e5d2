//! The autosave: after every decision, `autosave.ron` in the data folder holds the scenario, the
//! seed and every action so far; resuming replays them through the engine.
//!
//! Writes are atomic (a temporary file, then a rename), and the save being replaced is kept as
//! `autosave.prev.ron` when it was readable. A save that cannot be read or no longer replays (the
//! scenario is gone or was changed) is reported on the title screen and left on disk untouched;
//! the previous good save is offered instead.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::levels::Catalogue;
use super::session::{ActiveSession, SessionChanged};
use super::settings::write_atomic;
use super::{AppSystems, Boot, GameConfig};
use crate::engine::{Action, Session};
use crate::scenario;

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
}

impl SaveFile {
    /// The save for a session.
    pub fn of(active: &ActiveSession) -> Self {
        Self {
            format: FORMAT,
            scenario_id: active.scenario().id.clone(),
            scenario_path: active.scenario_path.clone(),
            seed: active.session.seed(),
            actions: active.session.actions().to_vec(),
        }
    }
}

/// A save that replays.
#[derive(Debug, Clone)]
pub struct Resumable {
    /// The replayed session.
    pub session: Session,
    /// The scenario file.
    pub path: PathBuf,
    /// True when this is `autosave.prev.ron` because the latest save could not be used.
    pub from_previous: bool,
}

/// What the title screen can offer to continue, and what went wrong with the saves, if anything.
#[derive(Resource, Debug, Clone, Default)]
pub struct SaveSlot {
    /// The game "Continue" resumes.
    pub resumable: Option<Resumable>,
    /// A problem to show on the title screen.
    pub message: Option<String>,
}

/// Reads a save file.
pub fn read(path: &Path) -> Result<SaveFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("it could not be read ({e})"))?;
    let save: SaveFile = ron::from_str(&text)
        .map_err(|e| format!("it is damaged (line {}: {})", e.span.start.line, e.code))?;
    if save.format > FORMAT {
        return Err("it was made by a newer version of Overpromise".into());
    }
    Ok(save)
}

/// Replays a save against the scenarios available now.
pub fn resume(save: &SaveFile, catalogue: &Catalogue) -> Result<Resumable, String> {
    // The file it was played from, if it still holds the same scenario; else any file with the id.
    let from_path = catalogue
        .by_path(&save.scenario_path)
        .and_then(|e| {
            e.scenario
                .as_ref()
                .ok()
                .map(|s| (e.path.clone(), s.clone()))
        })
        .or_else(|| {
            scenario::load_file(&save.scenario_path)
                .ok()
                .map(|s| (save.scenario_path.clone(), std::sync::Arc::new(s)))
        })
        .filter(|(_, s)| s.id == save.scenario_id);
    let (path, scenario) = match from_path {
        Some(found) => found,
        None => match catalogue.by_id(&save.scenario_id) {
            Some((e, s)) => (e.path.clone(), s.clone()),
            None => {
                return Err(format!(
                    "its scenario \"{}\" is not installed any more",
                    save.scenario_id
                ));
            }
        },
    };
    let title = scenario.title.clone();
    let session = Session::replay(scenario, save.seed, &save.actions).map_err(|(i, e)| {
        format!(
            "\"{title}\" has changed since it was saved (decision {} no longer fits: {e})",
            i + 1
        )
    })?;
    Ok(Resumable {
        session,
        path,
        from_previous: false,
    })
}

/// Looks at the saves in `dir`: the latest if it replays, else the previous one with a message.
pub fn check(dir: &Path, catalogue: &Catalogue) -> SaveSlot {
    let latest = dir.join(AUTOSAVE);
    if !latest.exists() {
        return SaveSlot::default();
    }
    let problem = match read(&latest).and_then(|s| resume(&s, catalogue)) {
        Ok(r) => {
            return SaveSlot {
                resumable: Some(r),
                message: None,
            };
        }
        Err(p) => p,
    };
    let prev = dir.join(AUTOSAVE_PREV);
    match read(&prev).and_then(|s| resume(&s, catalogue)) {
        Ok(mut r) if prev.exists() => {
            r.from_previous = true;
            SaveSlot {
                resumable: Some(r),
                message: Some(format!(
                    "Your last autosave could not be resumed: {problem}. \"Continue\" picks up your \
                     previous save instead."
                )),
            }
        }
        _ => SaveSlot {
            resumable: None,
            message: Some(format!(
                "Your last autosave could not be resumed: {problem}. It has been left in {} \
                 for your facilitator.",
                dir.display()
            )),
        },
    }
}

/// Writes a save atomically, keeping the save it replaces as `autosave.prev.ron` when that one
/// was readable (a damaged save never replaces a good previous one).
pub fn write(dir: &Path, save: &SaveFile) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(save, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    std::fs::create_dir_all(dir)?;
    let latest = dir.join(AUTOSAVE);
    if read(&latest).is_ok() {
        std::fs::rename(&latest, dir.join(AUTOSAVE_PREV))?;
    }
    write_atomic(&latest, text.as_bytes())
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SaveSlot>();
    app.add_systems(Startup, check_saves.in_set(Boot::Save));
    app.add_systems(Update, autosave.in_set(AppSystems::Persist));
}

fn check_saves(config: Res<GameConfig>, catalogue: Res<Catalogue>, mut slot: ResMut<SaveSlot>) {
    if let Some(dir) = &config.data_dir {
        *slot = check(dir, &catalogue);
    }
}

fn autosave(
    mut changed: MessageReader<SessionChanged>,
    config: Res<GameConfig>,
    session: Option<Res<ActiveSession>>,
    mut slot: ResMut<SaveSlot>,
    mut notice: ResMut<super::session::Notice>,
) {
    if changed.read().count() == 0 || !config.autosave {
        return;
    }
    let (Some(dir), Some(session)) = (&config.data_dir, session) else {
        return;
    };
    match write(dir, &SaveFile::of(&session)) {
        Ok(()) => {
            slot.message = None;
            slot.resumable = None; // the game in memory is now the one to continue
        }
        Err(e) => notice.set(format!(
            "Your game could not be saved ({e}). You can keep playing, but it will not resume later."
        )),
    }
}
