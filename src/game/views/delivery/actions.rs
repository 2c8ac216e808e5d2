//! The week's decisions as buttons: what each does, and, when it is not possible now, the
//! engine's reason in words. Built from the board pane's choice lines.

use crate::engine::Seat;
use crate::engine::view::board::{ChoiceKind, ChoiceLine};
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

/// The label and the hover text of a choice.
fn words_of(kind: &ChoiceKind, coach: bool) -> (String, String) {
    match kind {
        ChoiceKind::Overtime {
            on,
            boost,
            premium,
            morale,
        } => (
            words::overtime_label(*on).into(),
            if *on {
                words::OVERTIME_STOP_HINT.into()
            } else if coach {
                words::overtime_numbers(*boost, *premium, *morale)
            } else {
                words::OVERTIME_HINT.into()
            },
        ),
        ChoiceKind::LessTesting(q, less) => (
            words::LESS_TESTING.into(),
            words::less_testing_hint(*q, *less),
        ),
        ChoiceKind::MoreTesting(q, more) => (
            words::MORE_TESTING.into(),
            words::more_testing_hint(*q, *more),
        ),
        ChoiceKind::Hire {
            name,
            role,
            capacity,
            weekly_cost,
            ramp_start,
        } => (
            words::hire(name),
            if coach {
                words::hire_numbers(name, role, *capacity, *weekly_cost, *ramp_start)
            } else {
                words::hire_hint(name, role)
            },
        ),
        ChoiceKind::AskWeeks(w) => (words::ask_weeks(*w), words::ASK_WEEKS_HINT.into()),
        ChoiceKind::ClientUpdate(days, share) => (
            words::CLIENT_UPDATE.into(),
            words::client_update_hint(*days, *share),
        ),
        ChoiceKind::AccountManager => (
            words::ACCOUNT_MANAGER.into(),
            words::ACCOUNT_MANAGER_HINT.into(),
        ),
    }
}

/// The decisions, in the board's fixed order so the number keys never move; `seat` takes them.
pub(super) fn buttons(choices: &[ChoiceLine], seat: Seat, coach: bool) -> Vec<ActionButton> {
    choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (label, hint) = words_of(&c.kind, coach);
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
