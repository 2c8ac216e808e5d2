//! The facilitator's settings as the host holds them: pause, the "wait for all" gate, the stage
//! timer, the leaderboard and the ledgers' reveal (kept on disk by `settings_file.rs`).

use std::time::Instant;

use crate::workshop::protocol::TimerState;

/// A running stage timer: its label, when it ends, and when it starts to warn (seconds left).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Timer {
    pub label: String,
    pub ends: Instant,
    pub warn_at: u32,
}

/// The workshop's settings, changed by the facilitator.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Settings {
    pub paused: bool,
    pub gate_closed: bool,
    pub timer: Option<Timer>,
    pub leaderboard_shown: bool,
    pub ledgers_revealed: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            paused: false,
            gate_closed: false,
            timer: None,
            leaderboard_shown: true,
            ledgers_revealed: false,
        }
    }
}

/// The timer as devices see it.
pub(super) fn timer_state(s: &Settings) -> Option<TimerState> {
    s.timer.as_ref().map(|t| TimerState {
        label: t.label.clone(),
        seconds_left: t
            .ends
            .saturating_duration_since(Instant::now())
            .as_secs()
            .min(u32::MAX as u64) as u32,
        warn_at: t.warn_at,
    })
}
