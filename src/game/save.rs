//! The autosave, as a thin Bevy adapter over the plain save store [`crate::saves`]: after every
//! decision the session is written through [`Store::write`]; at start the title screen is offered
//! what [`Store::load`] finds, the latest save or the one before it.
//!
//! A save that cannot be read or no longer replays (the scenario is gone or was changed) is
//! reported on the title screen and left on disk untouched; the previous good save is offered
//! instead.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use super::levels::Catalogue;
use super::notice::Notice;
use super::session::{ActiveSession, SessionChanged};
use super::{AppSystems, Boot, GameConfig};
use crate::engine::Session;
use crate::saves::Store;
use crate::scenario;

pub use crate::saves::{AUTOSAVE, AUTOSAVE_PREV, FORMAT, SaveFile, read};

/// The save for a session.
pub fn save_of(active: &ActiveSession, assessed: Option<f32>) -> SaveFile {
    SaveFile {
        format: FORMAT,
        scenario_id: active.scenario().id.clone(),
        scenario_path: active.scenario_path.clone(),
        seed: active.session.seed(),
        actions: active.session.actions().to_vec(),
        support: active.session.support(),
        mode: active.session.mode(),
        players: if active.table.two_roles() {
            vec![
                active.table.names.seller.clone(),
                active.table.names.delivery_lead.clone(),
            ]
        } else {
            Vec::new()
        },
        assessed,
    }
}

/// The assessed run under way, as the save keeps it: the seconds played so far (kept up to date
/// by the progress screens' systems; none in a practice run).
#[derive(Resource, Debug, Clone, Copy, Default, PartialEq)]
pub struct AssessedSoFar(pub Option<f32>);

/// A save that replays.
#[derive(Debug, Clone)]
pub struct Resumable {
    /// The replayed session.
    pub session: Session,
    /// The scenario file.
    pub path: PathBuf,
    /// True when this is `autosave.prev.ron` because the latest save could not be used.
    pub from_previous: bool,
    /// Two roles: the players' names.
    pub names: super::table::SeatNames,
    /// An assessed run: the seconds played before it was interrupted.
    pub assessed: Option<f32>,
}

/// What the title screen can offer to continue, and what went wrong with the saves, if anything.
#[derive(Resource, Debug, Clone, Default)]
pub struct SaveSlot {
    /// The game "Continue" resumes.
    pub resumable: Option<Resumable>,
    /// A problem to show on the title screen.
    pub message: Option<String>,
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
            scenario::load_file_in(&save.scenario_path, crate::wording::i18n::language().code())
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
    let session =
        Session::replay_mode(scenario, save.seed, save.mode, &save.actions).map_err(|(i, e)| {
            format!(
                "\"{title}\" has changed since it was saved (decision {} no longer fits: {e})",
                i + 1
            )
        })?;
    let mut session = session;
    session.set_support(save.support);
    let names = super::table::SeatNames {
        seller: save.players.first().cloned().unwrap_or_default(),
        delivery_lead: save.players.get(1).cloned().unwrap_or_default(),
    };
    Ok(Resumable {
        session,
        path,
        from_previous: false,
        names,
        assessed: save.assessed,
    })
}

/// Looks at the saves in `dir`: the latest if it replays, else the previous one with a message.
pub fn check(dir: &Path, catalogue: &Catalogue) -> SaveSlot {
    let loaded = Store::new(dir).load(|s| resume(s, catalogue));
    SaveSlot {
        resumable: loaded.found.map(|f| Resumable {
            from_previous: f.from_previous,
            ..f.value
        }),
        message: loaded.message,
    }
}

/// Writes a save through the store (see [`Store::write`]).
pub fn write(dir: &Path, save: &SaveFile) -> std::io::Result<()> {
    Store::new(dir).write(save)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SaveSlot>()
        .init_resource::<AssessedSoFar>();
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
    assessed: Option<Res<AssessedSoFar>>,
    mut slot: ResMut<SaveSlot>,
    mut notice: ResMut<Notice>,
) {
    if changed.read().count() == 0 || !config.autosave {
        return;
    }
    let (Some(dir), Some(session)) = (&config.data_dir, session) else {
        return;
    };
    match write(dir, &save_of(&session, assessed.and_then(|a| a.0))) {
        Ok(()) => {
            slot.message = None;
            slot.resumable = None; // the game in memory is now the one to continue
        }
        Err(e) => notice.set(crate::tr!("views-not-saved", error = e.to_string())),
    }
}
