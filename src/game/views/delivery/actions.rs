//! The week's decisions as buttons: what each does, and, when it is not possible now, the
//! engine's reason in words.

use super::super::money;
use crate::engine::delivery::{TIME_REQUEST_WEEKS, UPDATE_CHANGE_SHARE, quality_step};
use crate::engine::{Action, DeliveryState, Session};
use crate::scenario::model::PersonId;

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

/// A share in words: `half`, `a quarter`, `30 %`.
fn share_words(x: f32) -> String {
    match (x * 100.0).round() as i32 {
        50 => "half".into(),
        25 => "a quarter".into(),
        p => format!("{p}\u{a0}%"),
    }
}

/// Person-days in words: `half a day`, `a day`, `1.5 days`.
fn days_words(x: f32) -> String {
    match (x * 10.0).round() as i32 {
        5 => "half a day".into(),
        10 => "a day".into(),
        _ => format!("{x:.1} days"),
    }
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
        if d.overtime {
            "Stop overtime".into()
        } else {
            "Start overtime".into()
        },
        if d.overtime {
            "Back to normal hours: fatigue wears off a point a week.".into()
        } else if coach {
            format!(
                "+{:.0}\u{a0}% capacity, +{:.0}\u{a0}% pay; every week after the first, a fatigue point and −{:.0} morale.",
                model.overtime_boost * 100.0,
                model.overtime_premium * 100.0,
                model.overtime_morale
            )
        } else {
            "More done this week, at a premium; tired people slow down and make more defects."
                .into()
        },
        Action::SetOvertime(!d.overtime),
        d.overtime,
    );
    let q = d.quality_share;
    let less = quality_step(q, false);
    let more = quality_step(q, true);
    push(
        "Less testing".into(),
        format!(
            "Testing from {q}\u{a0}% to {less}\u{a0}% of the team's time: more features now, defects found later cost more."
        ),
        Action::SetQualityShare(less),
        false,
    );
    push(
        "More testing".into(),
        format!(
            "Testing from {q}\u{a0}% to {more}\u{a0}% of the team's time: defects are found while they are cheap."
        ),
        Action::SetQualityShare(more),
        false,
    );
    for i in s.delivery.team_size..s.delivery.people.len() {
        let p = &s.delivery.people[i];
        let hired = d.members.iter().any(|m| m.person.ix() == i);
        push(
            format!("Hire {}", p.name),
            if coach {
                format!(
                    "{} ({}), {:.0} days a week at full speed, {} a week. Starts at {:.0}\u{a0}% and needs teaching.",
                    p.name,
                    p.role,
                    p.capacity,
                    money(p.weekly_cost),
                    model.ramp_start * 100.0
                )
            } else {
                format!(
                    "{} ({}): slow for the first weeks, and the team spends time teaching them.",
                    p.name, p.role
                )
            },
            Action::Hire(PersonId(i as u16)),
            hired,
        );
    }
    for w in TIME_REQUEST_WEEKS {
        push(
            format!("Ask +{w} weeks"),
            "A change request: costs trust with whoever was promised the date, more the later you ask; the client refuses when trust is low.".into(),
            Action::RequestMoreTime(w),
            false,
        );
    }
    push(
        "Client update".into(),
        format!(
            "An honest status update: a little trust, {} of the project manager, and any change asked this week costs {}.",
            days_words(model.update_days),
            share_words(UPDATE_CHANGE_SHARE)
        ),
        Action::ClientUpdate,
        d.update_planned,
    );
    push(
        "Account manager".into(),
        "The seller joins client reviews from now on: promises left out surface sooner, with less damage.".into(),
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
