//! Plain words for engine data: backlog items, causes and delivery events as a player reads them,
//! each with a [`Mark`] saying whether it is good or bad news (the game picks the colour).

use crate::engine::outcome::Verdict;
use crate::engine::{Cause, ChangeKind, Event, WorkKind};
use crate::scenario::model::{DeliveryEffect, PromiseId, Scenario, StakeholderId};

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
    capitalized(&super::promise_what(s, p))
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
    match kind {
        WorkKind::Scope(i) => s.offer.scope[i.ix()].name.clone(),
        WorkKind::Extra(p) => promise_what(s, p),
        WorkKind::Need(f) => s.facts[f.ix()].text.clone(),
        WorkKind::Claim(c) => format!("Make good: {}", s.offer.claims[c.ix()].text),
        WorkKind::Event(e) => s.delivery.events[e.ix()].text.clone(),
        WorkKind::Defects => "Fixing defects found in testing".to_string(),
        WorkKind::Unpick(i) => format!("Taking out: {}", s.offer.scope[i.ix()].name),
    }
}

/// Why a piece of work or a change happened, in a few words: `"promise to Sam Pereira"`.
pub fn cause_text(s: &Scenario, cause: Cause) -> String {
    match cause {
        Cause::Promise(p) => format!("promise to {}", who(s, s.promises[p.ix()].to)),
        Cause::HiddenNeed(f) => format!("hidden need ({})", who(s, s.facts[f.ix()].owner)),
        Cause::Scenario(_) => "event".to_string(),
        Cause::Decision => "your decision".to_string(),
        Cause::Defects => "defects".to_string(),
        Cause::Plan => "the deal".to_string(),
    }
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
    let n = |x: f32, text: String| {
        if coach {
            format!("{text} ({})", signed(x, 1))
        } else {
            text
        }
    };
    Some(match ev {
        Event::Review(w) => (
            Mark::Neutral,
            format!("Week {w}: client review with {}.", s.client.name),
        ),
        Event::PromiseRecalled(p) => {
            let promise = &s.promises[p.ix()];
            (
                Mark::Neutral,
                format!(
                    "{} recalls a promise left out of the handoff ({}): the plan already covers it.",
                    s.stakeholders[promise.to.ix()].name,
                    promise_what(s, *p)
                ),
            )
        }
        Event::ScenarioEvent(e) => {
            let ev = &s.delivery.events[e.ix()];
            let bad = ev.effects.iter().any(|f| match f {
                DeliveryEffect::AddWork(..) | DeliveryEffect::Cost(_) => true,
                DeliveryEffect::Morale(d) | DeliveryEffect::Capacity(d) => *d < 0.0,
                DeliveryEffect::Trust(_, d) => *d < 0.0,
            });
            (if bad { Mark::Warn } else { Mark::Good }, ev.text.clone())
        }
        Event::WorkAdded {
            cause,
            days,
            surprise,
        } => {
            let what = match cause {
                Cause::Promise(p) => {
                    let to = who(s, s.promises[p.ix()].to);
                    format!(
                        "\"{}\", promised to {to}, reached the team",
                        promise_what(s, *p)
                    )
                }
                Cause::HiddenNeed(f) => {
                    format!("Hidden need surfaced: \"{}\"", s.facts[f.ix()].text)
                }
                Cause::Scenario(_) => "The event added work".to_string(),
                Cause::Defects => return None,
                Cause::Decision | Cause::Plan => "Work was added".to_string(),
            };
            (
                if *surprise { Mark::Bad } else { Mark::Warn },
                format!(
                    "{what}: +{days:.0} person-days{}.",
                    if *surprise { " nobody planned for" } else { "" }
                ),
            )
        }
        Event::DefectsFound { rework_days, .. } => (
            Mark::Warn,
            format!("Testing found defects: {rework_days:.1} person-days of rework."),
        ),
        Event::TrustChanged {
            stakeholder,
            delta,
            cause,
        } => {
            let why = match cause {
                Some(Cause::Promise(p)) => format!(" over \"{}\"", promise_what(s, *p)),
                Some(Cause::HiddenNeed(_)) => " over the surprise".to_string(),
                Some(Cause::Decision) => " after your decision".to_string(),
                _ => String::new(),
            };
            (
                if *delta < 0.0 { Mark::Bad } else { Mark::Good },
                n(
                    *delta,
                    format!(
                        "{}'s trust {}{why}",
                        who(s, *stakeholder),
                        trust_move(*delta)
                    ),
                ) + ".",
            )
        }
        Event::MoraleChanged { delta, cause } => {
            let why = match cause {
                Cause::Decision => " (overtime and pressure)",
                Cause::Scenario(_) => " with it",
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
        Event::CostIncurred { amount, cause } => (
            Mark::Warn,
            if coach {
                format!(
                    "Extra cost: {} ({}).",
                    money(*amount),
                    cause_text(s, *cause)
                )
            } else {
                format!("An unplanned cost ({}).", cause_text(s, *cause))
            },
        ),
        Event::ClaimTested { claim, held } => {
            let text = &s.offer.claims[claim.ix()].text;
            if *held {
                (Mark::Good, format!("\"{text}\" held up in practice."))
            } else {
                (Mark::Bad, format!("\"{text}\" did not hold: rework."))
            }
        }
        Event::ChangeRequested {
            change, accepted, ..
        } => {
            let what = match change {
                ChangeKind::Descope(i) => format!("to drop \"{}\"", s.offer.scope[i.ix()].name),
                ChangeKind::MoreTime(w) => format!("for {w} more weeks"),
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
        Event::SellerWalkedAway { would_margin } => (
            if *would_margin < 0.0 {
                Mark::Good
            } else {
                Mark::Warn
            },
            "You walked away from the deal.".to_string(),
        ),
        Event::Refunded { item, amount } => (
            Mark::Bad,
            format!(
                "\"{}\" is dropped: {} of the price goes back to the client.",
                s.offer.scope[item.ix()].name,
                money(*amount)
            ),
        ),
        Event::OvertimeSet(on) => (
            if *on { Mark::Warn } else { Mark::Neutral },
            format!("Overtime {}.", if *on { "on" } else { "off" }),
        ),
        Event::QualitySet(q) => (
            Mark::Neutral,
            format!("{q}\u{a0}% of the team's time goes to testing."),
        ),
        Event::Hired(p) => {
            let person = &s.delivery.people[p.ix()];
            (
                Mark::Neutral,
                format!("{} ({}) joins the team.", person.name, person.role),
            )
        }
        Event::ClientUpdated => (
            Mark::Good,
            "An honest status update goes to the client this week.".to_string(),
        ),
        Event::AccountManagerJoined => (
            Mark::Good,
            "The account manager joins the client reviews.".to_string(),
        ),
        Event::WeekEnded {
            week,
            capacity,
            remaining,
            ..
        } => (
            Mark::Neutral,
            format!(
                "Week {week} closed: the team got through {capacity:.1} person-days; {remaining:.0} left."
            ),
        ),
        Event::PromiseSurfaced {
            promise,
            promised_by,
        } => (
            Mark::Bad,
            format!(
                "Not in the PID: {} ({} promised it in a meeting).",
                promise_what(s, *promise),
                match promised_by {
                    crate::engine::Seat::Seller => "the seller",
                    crate::engine::Seat::DeliveryLead => "the delivery lead",
                }
            ),
        ),
        _ => return None,
    })
}
