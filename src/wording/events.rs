//! Plain words for engine data: backlog items, causes and delivery events as a player reads them,
//! each with a [`Mark`] saying whether it is good or bad news (the game picks the colour).

use crate::engine::outcome::Verdict;
use crate::engine::told::{
    CauseText, ChangeText, ClaimNote, PromiseText, PromiseWhat, Told, Warning,
};
use crate::engine::view::board::WorkText;
use crate::engine::{Cause, Event, WorkKind};
use crate::scenario::model::{PromiseId, Scenario, StakeholderId};

use super::{capitalized, decimal, money, signed};
use crate::tr;

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
    tr!("events-who-role", name = &st.name, role = &st.role)
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
        WorkText::Claim(text) => tr!("events-work-claim", text = text),
        WorkText::Defects => tr!("events-work-defects"),
        WorkText::Unpick(name) => tr!("events-work-unpick", name = name),
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
fn trust_move(delta: f32) -> String {
    match delta {
        d if d <= -5.0 => tr!("events-trust-fell-sharply"),
        d if d < 0.0 => tr!("events-trust-slipped"),
        d if d >= 5.0 => tr!("events-trust-rose-sharply"),
        _ => tr!("events-trust-rose"),
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
        Warning::Confirmed => tr!("events-claim-confirmed", claim = &c.text),
        Warning::NeedsWork(days) => tr!(
            "events-claim-needs-work",
            claim = &c.text,
            days = decimal(days, 0)
        ),
        Warning::DoesNotHold => tr!("events-claim-does-not-hold", claim = &c.text),
    }
}

/// Why a piece of work or a change happened, in a few words: `"promise to Sam Pereira"`.
pub fn cause_words(cause: &CauseText) -> String {
    match cause {
        CauseText::Promise(p) => tr!("events-cause-promise", name = &p.to),
        CauseText::HiddenNeed { owner, .. } => tr!("events-cause-hidden-need", owner = owner),
        CauseText::Event => tr!("events-cause-event"),
        CauseText::Decision => tr!("events-cause-decision"),
        CauseText::Defects => tr!("events-cause-defects"),
        CauseText::Plan => tr!("events-cause-plan"),
    }
}

/// One event as told, in plain words for the delivery board, or `None` for what the board shows
/// elsewhere. With `coach`, the engine's numbers are added.
pub fn told_line(t: &Told, coach: bool) -> Option<(Mark, String)> {
    let n = |x: f32, text: String| {
        if coach {
            tr!("events-coach-number", text = text, number = signed(x, 1))
        } else {
            text
        }
    };
    Some(match t {
        Told::Review { week, client } => (
            Mark::Neutral,
            tr!("events-review", week = *week, client = client),
        ),
        Told::PromiseRecalled(p) => (
            Mark::Neutral,
            tr!(
                "events-promise-recalled",
                name = &p.to,
                promise = promise_title(p)
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
                CauseText::Promise(p) => tr!(
                    "events-work-reached-team",
                    promise = promise_title(p),
                    name = &p.to
                ),
                CauseText::HiddenNeed { text, .. } => {
                    tr!("events-hidden-need-surfaced", need = text)
                }
                CauseText::Event => tr!("events-event-added-work"),
                CauseText::Defects => return None,
                CauseText::Decision | CauseText::Plan => tr!("events-work-was-added"),
            };
            let days = decimal(*days, 0);
            (
                if *surprise { Mark::Bad } else { Mark::Warn },
                if *surprise {
                    tr!("events-work-added-surprise", what = what, days = days)
                } else {
                    tr!("events-work-added", what = what, days = days)
                },
            )
        }
        Told::DefectsFound { rework_days } => (
            Mark::Warn,
            tr!("events-defects-found", days = decimal(*rework_days, 1)),
        ),
        Told::TrustChanged { who, delta, cause } => {
            let change = trust_move(*delta);
            let text = match cause {
                Some(CauseText::Promise(p)) => tr!(
                    "events-trust-changed-over-promise",
                    name = who,
                    change = change,
                    promise = promise_title(p)
                ),
                Some(CauseText::HiddenNeed { .. }) => {
                    tr!(
                        "events-trust-changed-over-surprise",
                        name = who,
                        change = change
                    )
                }
                Some(CauseText::Decision) => {
                    tr!(
                        "events-trust-changed-after-decision",
                        name = who,
                        change = change
                    )
                }
                _ => tr!("events-trust-changed", name = who, change = change),
            };
            (
                if *delta < 0.0 { Mark::Bad } else { Mark::Good },
                n(*delta, text) + ".",
            )
        }
        Told::MoraleChanged { delta, cause } => {
            let fell = *delta < 0.0;
            let text = match (cause, fell) {
                (CauseText::Decision, true) => tr!("events-morale-fell-decision"),
                (CauseText::Decision, false) => tr!("events-morale-rose-decision"),
                (CauseText::Event, true) => tr!("events-morale-fell-event"),
                (CauseText::Event, false) => tr!("events-morale-rose-event"),
                (_, true) => tr!("events-morale-fell"),
                (_, false) => tr!("events-morale-rose"),
            };
            (
                if fell { Mark::Bad } else { Mark::Good },
                n(*delta, text) + ".",
            )
        }
        Told::CostIncurred { amount, cause } => (
            Mark::Warn,
            if coach {
                tr!(
                    "events-extra-cost",
                    amount = money(*amount),
                    cause = cause_words(cause)
                )
            } else {
                tr!("events-unplanned-cost", cause = cause_words(cause))
            },
        ),
        Told::ClaimTested { text, held } => {
            if *held {
                (Mark::Good, tr!("events-claim-held", claim = text))
            } else {
                (Mark::Bad, tr!("events-claim-failed", claim = text))
            }
        }
        Told::ChangeRequested { change, accepted } => match (change, *accepted) {
            (ChangeText::Descope(name), true) => {
                (Mark::Good, tr!("events-asked-drop", name = name))
            }
            (ChangeText::Descope(name), false) => {
                (Mark::Bad, tr!("events-asked-drop-refused", name = name))
            }
            (ChangeText::MoreTime(w), true) => (Mark::Good, tr!("events-asked-time", weeks = *w)),
            (ChangeText::MoreTime(w), false) => {
                (Mark::Bad, tr!("events-asked-time-refused", weeks = *w))
            }
        },
        Told::SellerWalkedAway { would_margin } => (
            if *would_margin < 0.0 {
                Mark::Good
            } else {
                Mark::Warn
            },
            tr!("events-seller-walked-away"),
        ),
        Told::Refunded { item, amount } => (
            Mark::Bad,
            tr!("events-refunded", item = item, amount = money(*amount)),
        ),
        Told::OvertimeSet(on) => (
            if *on { Mark::Warn } else { Mark::Neutral },
            if *on {
                tr!("events-overtime-on")
            } else {
                tr!("events-overtime-off")
            },
        ),
        Told::QualitySet(q) => (Mark::Neutral, tr!("events-quality-set", share = *q)),
        Told::Hired { name, role } => {
            (Mark::Neutral, tr!("events-hired", name = name, role = role))
        }
        Told::ClientUpdated => (Mark::Good, tr!("events-client-updated")),
        Told::AccountManagerJoined => (Mark::Good, tr!("events-account-manager-joined")),
        Told::WeekEnded {
            week,
            capacity,
            remaining,
        } => (
            Mark::Neutral,
            tr!(
                "events-week-ended",
                week = *week,
                capacity = decimal(*capacity, 1),
                remaining = decimal(*remaining, 0)
            ),
        ),
        Told::PromiseSurfaced {
            promise,
            promised_by,
        } => (
            Mark::Bad,
            match promised_by {
                crate::engine::Seat::Seller => {
                    tr!(
                        "events-surfaced-by-seller",
                        promise = promise_title(promise)
                    )
                }
                crate::engine::Seat::DeliveryLead => tr!(
                    "events-surfaced-by-delivery-lead",
                    promise = promise_title(promise)
                ),
            },
        ),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn board_lines_in_english_and_german() {
        let note = ClaimNote {
            text: "It scales".into(),
            warning: Warning::NeedsWork(3.4),
        };
        assert_eq!(
            claim_note(&note),
            "the senior designer warned that \"It scales\" holds only after about 3 more \
             person-days of work."
        );
        let t = Told::DefectsFound { rework_days: 2.5 };
        assert_eq!(
            told_line(&t, false),
            Some((
                Mark::Warn,
                "Testing found defects: 2.5 person-days of rework.".into()
            ))
        );
        with_language(Language::German, || {
            assert_eq!(
                told_line(&t, false),
                Some((
                    Mark::Warn,
                    "Beim Testen wurden Fehler gefunden: 2,5 Personentage Nacharbeit.".into()
                ))
            );
            assert_eq!(
                claim_note(&note),
                "der Senior Designer warnte, dass „It scales“ erst nach etwa 3 weiteren \
                 Personentagen Arbeit zutrifft."
            );
        });
    }
}
