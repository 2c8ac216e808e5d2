//! The guide's sentences: what each thing a trainee must learn to read is for, and one plain
//! sentence on why a consequence happened, from the engine's events.

use super::{describe_promise, money, plural, role_name};
use crate::engine::{BrokenBecause, Event, Heard, PaceVerdict};
use crate::scenario::model::{Scenario, StakeholderId};

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
pub fn topic(t: GuideTopic) -> (&'static str, &'static str) {
    match t {
        GuideTopic::Cues => (
            "Read the room",
            "Each card at the top of the meeting is one of the client's people. The ring and the \
             face show their mood; the line under the name says how much detail they are ready \
             for. Readiness grows as the conversation goes well.",
        ),
        GuideTopic::Depth => (
            "The depth of each answer",
            "Each answer is labelled Vision, Benefits, Approach, Plan or Plan detail. Match it to \
             the room: too deep loses someone who wants the big picture, too shallow loses \
             someone who wants specifics.",
        ),
        GuideTopic::Attendees => (
            "Who comes with you, and what it costs",
            "Before a meeting you choose who from delivery attends. They notice what the client \
             does not say and can advise you, but their time is charged to the sale.",
        ),
        GuideTopic::Ledger => (
            "The promise ledger",
            "Every promise an answer makes is written in the ledger beside the meeting. Delivery \
             will have to keep each one, whether or not the team hears of it.",
        ),
        GuideTopic::Pid => (
            "The PID",
            "This is what delivery is told. A promise left out still binds the firm, but the team \
             will not plan for it: it arrives later as a surprise.",
        ),
        GuideTopic::BurnUp => (
            "The burn-up chart",
            "The upper line is all the work, the lower line the work done. Where they meet is \
             when the project finishes; the marker is the date that was promised.",
        ),
        GuideTopic::Scorecards => (
            "Two scorecards",
            "The client judges the project by what they were promised; the firm by margin, \
             morale and reputation. A sale can win one and lose the other.",
        ),
    }
}

fn who(s: &Scenario, k: StakeholderId) -> String {
    s.stakeholders
        .get(k.ix())
        .map_or_else(|| "someone".to_owned(), |p| p.name.clone())
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
                    Some(k) => format!(
                        "{} walked out: their trust fell below the line where they give up on you.",
                        who(s, *k)
                    ),
                    None => {
                        "The client walked away: their patience ran out before the deal was made."
                            .into()
                    }
                },
            ),
            Event::DealDecided { signed, .. } => (
                1,
                if *signed {
                    "The client signed: what they heard scored above what they needed to say yes."
                        .into()
                } else {
                    "The client did not sign: what they heard scored below what they needed.".into()
                },
            ),
            Event::PromiseBroken { promise, because } => (
                2,
                format!(
                    "A promise was broken, {}: {}.",
                    describe_promise(s, *promise),
                    match because {
                        BrokenBecause::NotDelivered => "it was not delivered".to_owned(),
                        BrokenBecause::Late(w) => format!("it came {} late", plural(*w, "week")),
                        BrokenBecause::DiscountMissed =>
                            "the discount never reached the invoice".to_owned(),
                        BrokenBecause::ClaimFailed => "the claim did not hold".to_owned(),
                    }
                ),
            ),
            Event::ClaimTested { held: false, .. } => (
                3,
                "A technical claim made in the sale did not hold when the team tried it, and the \
                 work to cover it arrived now."
                    .into(),
            ),
            Event::WorkAdded {
                surprise: true,
                days,
                ..
            } => (
                4,
                format!(
                    "{days:.0} days of unplanned work arrived: something promised or needed was \
                     not in the plan the team was given."
                ),
            ),
            Event::Paced {
                stakeholder,
                depth,
                verdict: PaceVerdict::TooDeep,
                ..
            } => (
                5,
                format!(
                    "{} lost interest: an answer at depth {depth} was more detail than they were \
                     ready for.",
                    who(s, *stakeholder)
                ),
            ),
            Event::Paced {
                stakeholder,
                depth,
                verdict: PaceVerdict::TooShallow,
                ..
            } => (
                5,
                format!(
                    "{} wanted more: an answer at depth {depth} was shallower than they were \
                     ready for.",
                    who(s, *stakeholder)
                ),
            ),
            Event::Heard {
                stakeholder,
                register,
                heard: Heard::Lost,
            } => (
                5,
                format!(
                    "{} lost the thread: the answer was in {}, words they do not use. Plain words \
                     and an example reach everyone; a delivery person in the room can translate.",
                    who(s, *stakeholder),
                    super::in_sentence(&s.sales.registers[register.ix()].label)
                ),
            ),
            Event::PromiseMade(p) => (
                6,
                format!(
                    "That answer made a promise, {}: it is now in the ledger.",
                    describe_promise(s, *p)
                ),
            ),
            Event::FactNoticed { by, .. } => (
                7,
                format!(
                    "The {} noticed something the client had not said, just by being in the room.",
                    role_name(*by)
                ),
            ),
            Event::MeetingStarted {
                attending,
                presales_cost,
                ..
            } if !attending.is_empty() => (
                8,
                format!(
                    "Bringing people from delivery cost {} of their time.",
                    money(*presales_cost)
                ),
            ),
            Event::Paced {
                stakeholder,
                verdict: PaceVerdict::Matched,
                ..
            } => (
                9,
                format!(
                    "{} was with you: the depth of the answer suited them, so their trust grew.",
                    who(s, *stakeholder)
                ),
            ),
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
    format!("Guide · {count}")
}

/// Why the last consequence happened, in the guide box.
pub fn why_line(why: &str) -> String {
    format!("Why: {why}")
}

/// Go on to the next step.
pub const GOT_IT: &str = "Got it";

/// End the guide.
pub const SKIP: &str = "Skip the guide";
