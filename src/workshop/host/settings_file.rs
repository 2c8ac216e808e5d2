//! The facilitator's settings (pause, the "wait for all" gate and the tables released through it,
//! the stage timer, the leaderboard, the ledgers' reveal) written to `workshop.json` in the data
//! folder after every control, so that a host restarted after a crash resumes with the same
//! controls as well as the same tables.
//!
//! The file is replaced whole (written beside, flushed, renamed, the folder flushed), so a crash
//! leaves either the old settings or the new ones, never half of each. The timer is kept as the
//! wall-clock time it ends: the minutes the host was down count as the stage's time.
//! A damaged or unreadable file is reported with its place and the controls start from their
//! defaults; nothing else is lost.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::settings::{Settings, Timer};
use super::tables::{Workshop, lock};

/// The name of the settings file in the data folder.
pub const SETTINGS_FILE: &str = "workshop.json";

/// The version of the settings file this build writes and reads.
const SETTINGS_VERSION: u32 = 1;

/// The settings file's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    version: u32,
    paused: bool,
    gate_closed: bool,
    /// The tables released through the closed gate, by name.
    #[serde(default)]
    released: Vec<String>,
    #[serde(default)]
    timer: Option<TimerFile>,
    leaderboard_shown: bool,
    ledgers_revealed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TimerFile {
    label: String,
    /// When it ends, in milliseconds since 1970 (UTC).
    ends_unix_ms: u64,
    warn_at: u32,
}

fn unix_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis()
        .min(u64::MAX as u128) as u64
}

impl SettingsFile {
    fn of(s: &Settings, released: Vec<String>) -> Self {
        let now = Instant::now();
        SettingsFile {
            version: SETTINGS_VERSION,
            paused: s.paused,
            gate_closed: s.gate_closed,
            released,
            timer: s.timer.as_ref().map(|t| TimerFile {
                label: t.label.clone(),
                ends_unix_ms: unix_ms(SystemTime::now() + t.ends.saturating_duration_since(now)),
                warn_at: t.warn_at,
            }),
            leaderboard_shown: s.leaderboard_shown,
            ledgers_revealed: s.ledgers_revealed,
        }
    }

    fn settings(&self) -> Settings {
        let now_ms = unix_ms(SystemTime::now());
        Settings {
            paused: self.paused,
            gate_closed: self.gate_closed,
            timer: self.timer.as_ref().map(|t| Timer {
                label: t.label.clone(),
                ends: Instant::now() + Duration::from_millis(t.ends_unix_ms.saturating_sub(now_ms)),
                warn_at: t.warn_at,
            }),
            leaderboard_shown: self.leaderboard_shown,
            ledgers_revealed: self.ledgers_revealed,
        }
    }
}

/// The settings file of a data folder.
pub fn settings_path(data: &Path) -> PathBuf {
    data.join(SETTINGS_FILE)
}

/// Replaces `path` with `text` (see `files::write_atomic`).
fn replace_file(path: &Path, text: &str) -> std::io::Result<()> {
    crate::files::write_atomic(path, text.as_bytes())
}

impl Workshop {
    /// Writes the settings (and the tables released through the gate) to the data folder; does
    /// nothing for a host without one.
    pub(super) fn save_settings(&self) -> std::io::Result<()> {
        let Some(data) = &self.data else {
            return Ok(());
        };
        // Tables first, then the settings: the lock order of the whole host.
        let released: Vec<String> = self
            .all_tables()
            .iter()
            .filter_map(|arc| {
                let t = lock(arc);
                t.released.then(|| t.name.clone())
            })
            .collect();
        let file = SettingsFile::of(&lock(&self.settings), released);
        let text = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?;
        replace_file(&settings_path(data), &text)
    }

    /// Reads the settings back after the tables were restored: the controls as they were, and
    /// the released tables released again. A missing file is a new workshop; a damaged one is
    /// reported with its place and the controls start from their defaults.
    pub(super) fn restore_settings(&self, data: &Path) -> Option<String> {
        let path = settings_path(data);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => {
                return Some(format!(
                    "{}: {e}; the controls start afresh",
                    path.display()
                ));
            }
        };
        let file: SettingsFile = match serde_json::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                return Some(format!(
                    "{}:{}:{}: not a settings file ({e}); the controls start afresh",
                    path.display(),
                    e.line(),
                    e.column()
                ));
            }
        };
        if file.version != SETTINGS_VERSION {
            return Some(format!(
                "{}: settings version {} (this host reads {SETTINGS_VERSION}); the controls \
                 start afresh",
                path.display(),
                file.version
            ));
        }
        *lock(&self.settings) = file.settings();
        for name in &file.released {
            if let Some(arc) = self.table(name) {
                lock(&arc).released = true;
            }
        }
        for arc in self.all_tables() {
            self.update_summary(&lock(&arc));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::host::settings::timer_state;

    #[test]
    fn a_timer_keeps_its_end_through_the_file() {
        let s = Settings {
            paused: true,
            gate_closed: true,
            timer: Some(Timer {
                label: "Sales".into(),
                ends: Instant::now() + Duration::from_secs(600),
                warn_at: 60,
            }),
            leaderboard_shown: false,
            ledgers_revealed: true,
        };
        let file = SettingsFile::of(&s, vec!["A".into()]);
        let text = serde_json::to_string(&file).unwrap();
        let back: SettingsFile = serde_json::from_str(&text).unwrap();
        assert_eq!(back.released, vec!["A".to_string()]);
        let restored = back.settings();
        let left = timer_state(&restored).unwrap().seconds_left;
        assert!((598..=600).contains(&left), "{left} seconds left");
        assert_eq!(
            (
                restored.paused,
                restored.gate_closed,
                restored.leaderboard_shown
            ),
            (true, true, false)
        );
        assert!(restored.ledgers_revealed);
    }

    #[test]
    fn a_timer_that_ended_while_the_host_was_down_shows_zero() {
        let file = SettingsFile {
            version: SETTINGS_VERSION,
            paused: false,
            gate_closed: false,
            released: Vec::new(),
            timer: Some(TimerFile {
                label: "Delivery".into(),
                ends_unix_ms: 1_000,
                warn_at: 30,
            }),
            leaderboard_shown: true,
            ledgers_revealed: false,
        };
        assert_eq!(timer_state(&file.settings()).unwrap().seconds_left, 0);
    }
}
