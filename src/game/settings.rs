//! The player's preferences (UI scale, high contrast, coach mode), kept as `settings.ron` in the
//! data folder and written atomically whenever they change.

use std::io::Write;
use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::session::{Intent, Notice};
use super::{AppSystems, Boot, GameConfig};

/// The UI scales the settings offer, smallest first.
pub const UI_SCALES: [f32; 6] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5];

/// Preferences. Unknown or missing fields fall back to the defaults.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Multiplies every size in the UI (1.0 is designed for 1280x800 and a projector).
    pub ui_scale: f32,
    /// White on black with yellow highlights and heavier outlines.
    pub high_contrast: bool,
    /// Show the engine's numbers (trust, readiness, patience) beside the cues.
    pub coach_mode: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            ui_scale: 1.0,
            high_contrast: false,
            coach_mode: false,
        }
    }
}

impl Settings {
    /// The next larger (`+1`) or smaller (`-1`) scale from [`UI_SCALES`].
    pub fn step_scale(&self, dir: i32) -> f32 {
        let i = UI_SCALES
            .iter()
            .position(|s| (s - self.ui_scale).abs() < 0.01)
            .unwrap_or(2) as i32;
        let j = (i + dir).clamp(0, UI_SCALES.len() as i32 - 1);
        UI_SCALES[j as usize]
    }

    /// Keeps the scale inside the offered range.
    fn sanitised(mut self) -> Self {
        if !self.ui_scale.is_finite() {
            self.ui_scale = 1.0;
        }
        self.ui_scale = self
            .ui_scale
            .clamp(UI_SCALES[0], UI_SCALES[UI_SCALES.len() - 1]);
        self
    }
}

/// The settings file in a data folder.
pub fn settings_path(data_dir: &Path) -> PathBuf {
    data_dir.join("settings.ron")
}

/// Reads settings; a missing file gives the defaults, a broken one gives the defaults and a reason.
pub fn load(data_dir: &Path) -> (Settings, Option<String>) {
    let path = settings_path(data_dir);
    match std::fs::read_to_string(&path) {
        Ok(text) => match ron::from_str::<Settings>(&text) {
            Ok(s) => (s.sanitised(), None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "Your settings file could not be read ({e}); the defaults are in use."
                )),
            ),
        },
        Err(_) => (Settings::default(), None),
    }
}

/// Writes settings atomically (a temporary file in the same folder, then a rename).
pub fn store(data_dir: &Path, settings: &Settings) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    write_atomic(&settings_path(data_dir), text.as_bytes())
}

/// Writes `bytes` to `path` so that a reader sees either the old file or the whole new one.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

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
        *settings = new;
        if let Some(dir) = &config.data_dir
            && let Err(e) = store(dir, &settings)
        {
            notice.set(format!("Your settings could not be saved: {e}."));
        }
    }
}
