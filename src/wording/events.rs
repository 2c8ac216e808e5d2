//! Plain words for engine data: backlog items, causes and delivery events as a player reads them,
//! each with a [`Mark`] saying whether it is good or bad news (the game picks the colour).

use crate::engine::outcome::Verdict;
use crate::engine::told::{
    CauseText, ChangeText, ClaimNote, PromiseText, PromiseWhat, Told, Warning,
};
use crate::engine::view::board::WorkText;
use crate::engine::{Cause, Event, WorkKind};
use crate::scenario::model::{PromiseId, Scenario, StakeholderId};

use super::{capitalized, money, signed};

/// Whether a line is good or bad news; the views turn it into a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Good news.
    Good,
    /// Plain information.
    Neutral,
    /// Something to watch.
    Warn,
    /// Bad news.
    Bad,
    /// New information (a fact, a promise).
    Info,
}

/// What a promise is about, as a title: the engine's words with a capital letter.
pub fn promise_what(s: &Scenario, p: PromiseId) -> String {
    capitalized(&super::what_text(&PromiseWhat::of(s, p)))
}

/// A stakeholder as `"Dr Ruth Okafor"`.
pub fn who(s: &Scenario, k: StakeholderId) -> &str {
    &s.stakeholders[k.ix()].name
}

/// A stakeholder as `"Dr Ruth Okafor, Founder and clinical director"`.
pub fn who_role(s: &Scenario, k: StakeholderId) -> String {
    let st = &s.stakeholders[k.ix()];
    format!("{}, {}", st.name, st.role)
}

/// The name of a piece of backlog.
pub fn work_name(s: &Scenario, kind: WorkKind) -> String {
    work_words(&WorkText::of(s, kind))
}

/// The name of a piece of backlog, as a view tells it.
pub fn work_words(w: &WorkText) -> String {
    match w {
        WorkText::Scope(name) | WorkText::Need(name) | WorkText::Event(name) => name.clone(),
        WorkText::Extra(p) => promise_title(p),
        WorkText::Claim(text) => format!("Make good: {text}"),
        WorkText::Defects => "Fixing defects found in testing".to_string(),
        WorkText::Unpick(name) => format!("Taking out: {name}"),
    }
}

/// Why a piece of work or a change happened, in a few words: `"promise to Sam Pereira"`.
pub fn cause_text(s: &Scenario, cause: Cause) -> String {
    cause_words(&CauseText::of(s, cause))
}

/// A verdict in the shared words, with its tone.
pub fn verdict_text(v: Verdict) -> (Mark, String) {
    let tone = match v {
        Verdict::Kept => Mark::Good,
        Verdict::Renegotiated => Mark::Warn,
        Verdict::Moot => Mark::Neutral,
        Verdict::Broken(_) => Mark::Bad,
    };
    (tone, capitalized(&super::verdict(v)))
}

/// How a trust change feels in words.
fn trust_move(delta: f32) -> &'static str {
    match delta {
        d if d <= -5.0 => "fell sharply",
        d if d < 0.0 => "slipped",
        d if d >= 5.0 => "rose sharply",
        _ => "rose",
    }
}

/// One engine event in plain words for the delivery board, or `None` for bookkeeping events the
/// board shows elsewhere (week boundaries, verdicts). With `coach`, the engine's numbers are added.
pub fn event_line(s: &Scenario, ev: &Event, coach: bool) -> Option<(Mark, String)> {
    told_line(&Told::of(s, ev)?, coach)
}

/// What a promise is about, as a title.
pub fn promise_title(p: &PromiseText) -> String {
    capitalized(&super::what_text(&p.what))
}

/// A promise in plain words with who it was made to: `a 10 % discount (to Dana, CFO)`.
pub fn promise_with_whom(p: &PromiseText) -> String {
    super::describe(&p.what, &p.to, &p.to_role)
}

/// What the senior designer says about a claim, in plain words.
pub fn claim_note(c: &ClaimNote) -> String {
    match c.warning {
        Warning::Confirmed => format!("the senior designer confirmed \"{}\".", c.text),
        Warning::NeedsWork(days) => format!(
            "the senior designer warned that \"{}\" holds only after about {days:.0} more person-days of work.",
            c.text
        ),
        Warning::DoesNotHold => format!(
            "the senior designer warned that \"{}\" does not hold as said.",
            c.text
        ),
    }
}

/// Why a piece of work or a change happened, in a few words: `"promise to Sam Pereira"`.
pub fn cause_words(cause: &CauseText) -> String {
    match cause {
        CauseText::Promise(p) => format!("promise to {}", p.to),
        CauseText::HiddenNeed { owner, .. } => format!("hidden need ({owner})"),
        CauseText::Event => "event".to_string(),
        CauseText::Decision => "your decision".to_string(),
        CauseText::Defects => "defects".to_string(),
        CauseText::Plan => "the deal".to_string(),
    }
}

/// One event as told, in plain words for the delivery board, or `None` for what the board shows
/// elsewhere. With `coach`, the engine's numbers are added.
pub fn told_line(t: &Told, coach: bool) -> Option<(Mark, String)> {
    let n = |x: f32, text: String| {
        if coach {
            format!("{text} ({})", signed(x, 1))
        } else {
            text
        }
    };
    Some(match t {
        Told::Review { week, client } => (
            Mark::Neutral,
            format!("Week {week}: client review with {client}."),
        ),
        Told::PromiseRecalled(p) => (
            Mark::Neutral,
            format!(
                "{} recalls a promise left out of the handoff ({}): the plan already covers it.",
                p.to,
                promise_title(p)
            ),
        ),
        Told::ScenarioEvent { text, bad } => {
            (if *bad { Mark::Warn } else { Mark::Good }, text.clone())
        }
        Told::WorkAdded {
            cause,
            days,
            surprise,
        } => {
            let what = match cause {
                CauseText::Promise(p) => format!(
                    "\"{}\", promised to {}, reached the team",
                    promise_title(p),
                    p.to
                ),
                CauseText::HiddenNeed { text, .. } => format!("Hidden need surfaced: \"{text}\""),
                CauseText::Event => "The event added work".to_string(),
                CauseText::Defects => return None,
                CauseText::Decision | CauseText::Plan => "Work was added".to_string(),
            };
            (
                if *surprise { Mark::Bad } else { Mark::Warn },
                format!(
                    "{what}: +{days:.0} person-days{}.",
                    if *surprise { " nobody planned for" } else { "" }
                ),
            )
        }
        Told::DefectsFound { rework_days } => (
            Mark::Warn,
            format!("Testing found defects: {rework_days:.1} person-days of rework."),
        ),
        Told::TrustChanged { who, delta, cause } => {
            let why = match cause {
                Some(CauseText::Promise(p)) => format!(" over \"{}\"", promise_title(p)),
                Some(CauseText::HiddenNeed { .. }) => " over the surprise".to_string(),
                Some(CauseText::Decision) => " after your decision".to_string(),
                _ => String::new(),
            };
            (
                if *delta < 0.0 { Mark::Bad } else { Mark::Good },
                n(*delta, format!("{who}'s trust {}{why}", trust_move(*delta))) + ".",
            )
        }
        Told::MoraleChanged { delta, cause } => {
            let why = match cause {
                CauseText::Decision => " (overtime and pressure)",
                CauseText::Event => " with it",
                _ => "",
            };
            (
                if *delta < 0.0 { Mark::Bad } else { Mark::Good },
                n(
                    *delta,
                    format!(
                        "Team morale {}{why}",
                        if *delta < 0.0 { "fell" } else { "rose" }
                    ),
                ) + ".",
            )
        }
        Told::CostIncurred { amount, cause } => (
            Mark::Warn,
            if coach {
                format!("Extra cost: {} ({}).", money(*amount), cause_words(cause))
            } else {
                format!("An unplanned cost ({}).", cause_words(cause))
            },
        ),
        Told::ClaimTested { text, held } => {
            if *held {
                (Mark::Good, format!("\"{text}\" held up in practice."))
            } else {
                (Mark::Bad, format!("\"{text}\" did not hold: rework."))
            }
        }
        Told::ChangeRequested { change, accepted } => {
            let what = match change {
                ChangeText::Descope(name) => format!("to drop \"{name}\""),
                ChangeText::MoreTime(w) => format!("for {w} more weeks"),
            };
            if *accepted {
                (Mark::Good, format!("You asked {what}: the client agreed."))
            } else {
                (
                    Mark::Bad,
                    format!("You asked {what}: the client refused (trust too low)."),
                )
            }
        }
        Told::SellerWalkedAway { would_margin } => (
            if *would_margin < 0.0 {
                Mark::Good
            } else {
                Mark::Warn
            },
            "You walked away from the deal.".to_string(),
        ),
        Told::Refunded { item, amount } => (
            Mark::Bad,
            format!(
                "\"{item}\" is dropped: {} of the price goes back to the client.",
                money(*amount)
            ),
        ),
        Told::OvertimeSet(on) => (
            if *on { Mark::Warn } else { Mark::Neutral },
            format!("Overtime {}.", if *on { "on" } else { "off" }),
        ),
        Told::QualitySet(q) => (
            Mark::Neutral,
            format!("{q}\u{a0}% of the team's time goes to testing."),
        ),
        Told::Hired { name, role } => (Mark::Neutral, format!("{name} ({role}) joins the team.")),
        Told::ClientUpdated => (
            Mark::Good,
            "An honest status update goes to the client this week.".to_string(),
        ),
        Told::AccountManagerJoined => (
            Mark::Good,
            "The account manager joins the client reviews.".to_string(),
        ),
        Told::WeekEnded {
            week,
            capacity,
            remaining,
        } => (
            Mark::Neutral,
            format!(
                "Week {week} closed: the team got through {capacity:.1} person-days; {remaining:.0} left."
            ),
        ),
        Told::PromiseSurfaced {
            promise,
            promised_by,
        } => (
            Mark::Bad,
            format!(
                "Not in the PID: {} ({} promised it in a meeting).",
                promise_title(promise),
                match promised_by {
                    crate::engine::Seat::Seller => "the seller",
                    crate::engine::Seat::DeliveryLead => "the delivery lead",
                }
            ),
        ),
        _ => return None,
    })
}
