//! The player's preferences (UI scale, high contrast, coach mode, level of support) and their file, `settings.ron`
//! in the data folder, written atomically. Plain data: it imports nothing else from the game.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::engine::Support;
use crate::saves::write_atomic;

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
    /// The level of support for the whole room: the briefing starts from it.
    pub support: Support,
    /// Whether the guide runs in the introductory scenario.
    pub guide: GuidePref,
    /// What the join form remembers from the last workshop joined.
    pub workshop: WorkshopPrefs,
    /// The language the player chose; `None` follows the system's (or OVERPROMISE_LANG).
    pub language: Option<crate::wording::i18n::Language>,
}

/// What the "Join a workshop" form remembers (never the room code: it changes every workshop).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopPrefs {
    /// The host's address as typed (`192.168.1.20:7878`).
    pub address: String,
    /// The table's name.
    pub table: String,
    /// The role this device plays.
    pub role: JoinRole,
}

/// The role a device plays in a workshop, as the join form offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum JoinRole {
    /// The seller's seat.
    #[default]
    Seller,
    /// The delivery lead's seat.
    DeliveryLead,
    /// Both seats on this device (a hot seat that reports to the host).
    Both,
    /// Watches a table without acting.
    Observer,
    /// The facilitator's console.
    Facilitator,
}

impl JoinRole {
    /// Every role, in the form's order.
    pub const ALL: [JoinRole; 5] = [
        JoinRole::Seller,
        JoinRole::DeliveryLead,
        JoinRole::Both,
        JoinRole::Observer,
        JoinRole::Facilitator,
    ];

    /// Its label on the form.
    pub fn label(self) -> String {
        use crate::wording::console as words;
        match self {
            JoinRole::Seller => words::role_seller(),
            JoinRole::DeliveryLead => words::role_delivery_lead(),
            JoinRole::Both => words::role_both(),
            JoinRole::Observer => words::role_observer(),
            JoinRole::Facilitator => words::role_facilitator(),
        }
    }

    /// Whether this role sits at a table (everyone but the facilitator).
    pub fn needs_table(self) -> bool {
        self != JoinRole::Facilitator
    }
}

/// When the guide runs in the introductory scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum GuidePref {
    /// The first time someone plays (no progress recorded yet).
    #[default]
    FirstRun,
    /// Asked for again in the settings: the next practice game of the introductory scenario.
    Again,
    /// Done or skipped: not again unless asked for.
    Done,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            ui_scale: 1.0,
            high_contrast: false,
            coach_mode: false,
            support: Support::Guided,
            guide: GuidePref::FirstRun,
            workshop: WorkshopPrefs::default(),
            language: None,
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
    pub fn sanitised(mut self) -> Self {
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
                Some(crate::tr!(
                    "views-settings-unreadable",
                    error = e.to_string()
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
