//! The guide's sentences: what each thing a trainee must learn to read is for, and one plain
//! sentence on why a consequence happened, from the engine's events.

use super::{decimal, describe_promise, money, role_name};
use crate::engine::{BrokenBecause, Event, Heard, PaceVerdict};
use crate::scenario::model::{Scenario, StakeholderId};
use crate::tr;

/// The things the guide points at, once each, in the order a first game meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GuideTopic {
    /// Readiness and mood on each stakeholder's card.
    Cues,
    /// The depth label on each answer.
    Depth,
    /// Who from delivery attends, and what their time costs.
    Attendees,
    /// The promise ledger.
    Ledger,
    /// The PID.
    Pid,
    /// The burn-up chart.
    BurnUp,
    /// The client's and the firm's scorecards.
    Scorecards,
}

impl GuideTopic {
    /// Every topic, in order.
    pub const ALL: [GuideTopic; 7] = [
        GuideTopic::Cues,
        GuideTopic::Depth,
        GuideTopic::Attendees,
        GuideTopic::Ledger,
        GuideTopic::Pid,
        GuideTopic::BurnUp,
        GuideTopic::Scorecards,
    ];
}

/// A topic's title and what to look at, in two or three sentences.
pub fn topic(t: GuideTopic) -> (String, String) {
    match t {
        GuideTopic::Cues => (tr!("guide-cues-title"), tr!("guide-cues-text")),
        GuideTopic::Depth => (tr!("guide-depth-title"), tr!("guide-depth-text")),
        GuideTopic::Attendees => (tr!("guide-attendees-title"), tr!("guide-attendees-text")),
        GuideTopic::Ledger => (tr!("guide-ledger-title"), tr!("guide-ledger-text")),
        GuideTopic::Pid => (tr!("guide-pid-title"), tr!("guide-pid-text")),
        GuideTopic::BurnUp => (tr!("guide-burn-up-title"), tr!("guide-burn-up-text")),
        GuideTopic::Scorecards => (tr!("guide-scorecards-title"), tr!("guide-scorecards-text")),
    }
}

/// Where a topic is in the guide: `3 of 7`.
pub fn step_of(step: usize, steps: usize) -> String {
    tr!("guide-step-of", step = step, steps = steps)
}

fn who(s: &Scenario, k: StakeholderId) -> String {
    s.stakeholders
        .get(k.ix())
        .map_or_else(|| tr!("guide-someone"), |p| p.name.clone())
}

/// One plain sentence on why the most telling consequence among `events` (those of one decision)
/// happened, or `None` when nothing in them needs explaining.
pub fn why(s: &Scenario, events: &[Event]) -> Option<String> {
    // The most telling first: the end of the sale, broken promises, surprises, then pacing.
    let rank = |e: &Event| -> Option<(u8, String)> {
        Some(match e {
            Event::ClientWalkedAway { stakeholder } => (
                0,
                match stakeholder {
                    Some(k) => tr!("guide-walked-out", name = who(s, *k)),
                    None => tr!("guide-client-walked-away"),
                },
            ),
            Event::DealDecided { signed, .. } => (
                1,
                if *signed {
                    tr!("guide-signed")
                } else {
                    tr!("guide-not-signed")
                },
            ),
            Event::PromiseBroken { promise, because } => (
                2,
                tr!(
                    "guide-promise-broken",
                    promise = describe_promise(s, *promise),
                    because = match because {
                        BrokenBecause::NotDelivered => tr!("guide-because-not-delivered"),
                        BrokenBecause::Late(w) => tr!("guide-because-late", weeks = *w),
                        BrokenBecause::DiscountMissed => tr!("guide-because-discount-missed"),
                        BrokenBecause::ClaimFailed => tr!("guide-because-claim-failed"),
                    }
                ),
            ),
            Event::ClaimTested { held: false, .. } => (3, tr!("guide-claim-failed")),
            Event::WorkAdded {
                surprise: true,
                days,
                ..
            } => (4, tr!("guide-work-added", days = decimal(*days, 0))),
            Event::Paced {
                stakeholder,
                depth,
                verdict: PaceVerdict::TooDeep,
                ..
            } => (
                5,
                tr!(
                    "guide-too-deep",
                    name = who(s, *stakeholder),
                    depth = depth.to_string()
                ),
            ),
            Event::Paced {
                stakeholder,
                depth,
                verdict: PaceVerdict::TooShallow,
                ..
            } => (
                5,
                tr!(
                    "guide-too-shallow",
                    name = who(s, *stakeholder),
                    depth = depth.to_string()
                ),
            ),
            Event::Heard {
                stakeholder,
                register,
                heard: Heard::Lost,
            } => (
                5,
                tr!(
                    "guide-lost-thread",
                    name = who(s, *stakeholder),
                    register = super::in_sentence(&s.sales.registers[register.ix()].label)
                ),
            ),
            Event::PromiseMade(p) => (
                6,
                tr!("guide-promise-made", promise = describe_promise(s, *p)),
            ),
            Event::FactNoticed { by, .. } => (7, tr!("guide-fact-noticed", role = role_name(*by))),
            Event::MeetingStarted {
                attending,
                presales_cost,
                ..
            } if !attending.is_empty() => {
                (8, tr!("guide-meeting-cost", cost = money(*presales_cost)))
            }
            Event::Paced {
                stakeholder,
                verdict: PaceVerdict::Matched,
                ..
            } => (9, tr!("guide-matched", name = who(s, *stakeholder))),
            _ => return None,
        })
    };
    events
        .iter()
        .filter_map(rank)
        .min_by_key(|(r, _)| *r)
        .map(|(_, text)| text)
}

/// The guide box's overline: `Guide · 3 of 7`.
pub fn step_count(count: &str) -> String {
    tr!("guide-step-count", count = count)
}

/// Why the last consequence happened, in the guide box.
pub fn why_line(why: &str) -> String {
    tr!("guide-why-line", why = why)
}

/// Go on to the next step.
pub fn got_it() -> String {
    tr!("guide-got-it")
}

/// End the guide.
pub fn skip() -> String {
    tr!("guide-skip")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_guide_speaks_english_and_german() {
        assert_eq!(step_count(&step_of(3, 7)), "Guide · 3 of 7");
        assert_eq!(topic(GuideTopic::Pid).0, "The PID");
        with_language(Language::German, || {
            assert_eq!(step_count(&step_of(3, 7)), "Anleitung · 3 von 7");
            assert_eq!(topic(GuideTopic::BurnUp).0, "Das Burn-up-Diagramm");
            assert_eq!(skip(), "Anleitung überspringen");
        });
    }
}
