//! The settings plugin: reads the player's preferences at start and stores them whenever the
//! player changes them. The data type and its file live in [`super::prefs`].

use bevy::prelude::*;

pub use super::prefs::{Settings, UI_SCALES, load, settings_path, store};

use super::intent::Intent;
use super::notice::Notice;
use super::{AppSystems, Boot, GameConfig};

/// Writes `bytes` to `path` so that a reader sees either the old file or the whole new one (kept
/// here for older callers: the function lives in [`crate::saves`]).
pub use crate::saves::write_atomic;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Settings>();
    app.add_systems(Startup, load_settings.in_set(Boot::Settings));
    app.add_systems(Update, apply_settings.in_set(AppSystems::Persist));
}

fn load_settings(
    config: Res<GameConfig>,
    mut settings: ResMut<Settings>,
    mut notice: ResMut<Notice>,
) {
    if let Some(dir) = &config.data_dir {
        let (loaded, problem) = load(dir);
        *settings = loaded;
        // The command line's `--lang` (set by `main`) wins over the setting.
        if config.language.is_none()
            && let Some(l) = settings.language
        {
            crate::wording::i18n::set_language(l);
        }
        if let Some(p) = problem {
            notice.set(p);
        }
    }
}

fn apply_settings(
    mut intents: MessageReader<Intent>,
    config: Res<GameConfig>,
    mut settings: ResMut<Settings>,
    mut notice: ResMut<Notice>,
) {
    for intent in intents.read() {
        let Intent::SetSettings(new) = intent else {
            continue;
        };
        let new = new.clone().sanitised();
        if *settings == new {
            continue;
        }
        if new.language != settings.language && config.language.is_none() {
            crate::wording::i18n::set_language(
                new.language
                    .unwrap_or_else(crate::wording::i18n::starting_language),
            );
        }
        *settings = new;
        if let Some(dir) = &config.data_dir
            && let Err(e) = store(dir, &settings)
        {
            notice.set(crate::wording::menus::settings_not_saved(&e.to_string()));
        }
    }
}
