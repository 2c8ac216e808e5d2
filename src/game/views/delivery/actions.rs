//! The week's decisions as buttons: what each does, and, when it is not possible now, the
//! engine's reason in words.

use crate::engine::delivery::{TIME_REQUEST_WEEKS, UPDATE_CHANGE_SHARE, quality_step};
use crate::engine::{Action, DeliveryState, Session};
use crate::scenario::model::PersonId;
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
    /// The action, when it is possible now.
    pub action: Option<Action>,
    /// Why not, when it is not possible now.
    pub why_not: Option<String>,
    /// For toggles: whether it is on.
    pub on: bool,
}

/// The decisions, in a fixed order so the number keys never move.
pub(super) fn buttons(session: &Session, d: &DeliveryState, coach: bool) -> Vec<ActionButton> {
    let s = session.scenario();
    let model = &s.delivery.model;
    let mut actions = Vec::new();
    let mut push = |label: String, hint: String, action: Action, on: bool| {
        let refused = session.refusal(&action);
        actions.push(ActionButton {
            key: None,
            label,
            hint,
            action: refused.is_none().then_some(action),
            why_not: refused.map(crate::wording::refusal::refusal),
            on,
        });
    };
    push(
        words::overtime_label(d.overtime).into(),
        if d.overtime {
            words::OVERTIME_STOP_HINT.into()
        } else if coach {
            words::overtime_numbers(
                model.overtime_boost,
                model.overtime_premium,
                model.overtime_morale,
            )
        } else {
            words::OVERTIME_HINT.into()
        },
        Action::SetOvertime(!d.overtime),
        d.overtime,
    );
    let q = d.quality_share;
    let less = quality_step(q, false);
    let more = quality_step(q, true);
    push(
        words::LESS_TESTING.into(),
        words::less_testing_hint(q, less),
        Action::SetQualityShare(less),
        false,
    );
    push(
        words::MORE_TESTING.into(),
        words::more_testing_hint(q, more),
        Action::SetQualityShare(more),
        false,
    );
    for i in s.delivery.team_size..s.delivery.people.len() {
        let p = &s.delivery.people[i];
        let hired = d.members.iter().any(|m| m.person.ix() == i);
        push(
            words::hire(&p.name),
            if coach {
                words::hire_numbers(
                    &p.name,
                    &p.role,
                    p.capacity,
                    p.weekly_cost,
                    model.ramp_start,
                )
            } else {
                words::hire_hint(&p.name, &p.role)
            },
            Action::Hire(PersonId(i as u16)),
            hired,
        );
    }
    for w in TIME_REQUEST_WEEKS {
        push(
            words::ask_weeks(w),
            words::ASK_WEEKS_HINT.into(),
            Action::RequestMoreTime(w),
            false,
        );
    }
    push(
        words::CLIENT_UPDATE.into(),
        words::client_update_hint(model.update_days, UPDATE_CHANGE_SHARE),
        Action::ClientUpdate,
        d.update_planned,
    );
    push(
        words::ACCOUNT_MANAGER.into(),
        words::ACCOUNT_MANAGER_HINT.into(),
        Action::InviteAccountManager,
        d.account_manager.is_some(),
    );
    for (i, b) in actions.iter_mut().enumerate() {
        if i < 9 {
            b.key = Some(i as u8 + 1);
        }
    }
    actions
}
