//! The week's decisions as buttons: what each does, and, when it is not possible now, the
//! engine's reason in words. Built from the board pane's choice lines.

use crate::engine::Seat;
use crate::engine::view::board::ChoiceLine;
use crate::game::intent::Decision;
use crate::wording::delivery as words;

/// A decision button.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionButton {
    /// The number key that presses it (1..=9).
    pub key: Option<u8>,
    /// What it says.
    pub label: String,
    /// What it will do, in a sentence (hover text).
    pub hint: String,
    /// The decision, when it is possible now.
    pub action: Option<Decision>,
    /// Why not, when it is not possible now.
    pub why_not: Option<String>,
    /// For toggles: whether it is on.
    pub on: bool,
}

/// The decisions, in the board's fixed order so the number keys never move; `seat` takes them.
pub(super) fn buttons(choices: &[ChoiceLine], seat: Seat, coach: bool) -> Vec<ActionButton> {
    choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (label, hint) = words::choice_words(&c.kind, coach);
            ActionButton {
                key: (i < 9).then_some(i as u8 + 1),
                label,
                hint,
                action: c.action.clone().ok().map(|k| Decision::new(seat, k)),
                why_not: c
                    .action
                    .as_ref()
                    .err()
                    .map(|r| crate::wording::refusal::refusal(*r)),
                on: c.on,
            }
        })
        .collect()
}
