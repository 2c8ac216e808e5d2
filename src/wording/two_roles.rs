//! The two-role debrief in words, from the debrief model ([`crate::engine::debrief::DebriefModel`]):
//! the ledger beside the document with the gaps marked, the flags, the review and the
//! retrospective. No id reaches a reader: promises by what they commit to, answers by their text.

use super::debrief::retro_lines;
use super::{promise_what, what_text};
use crate::engine::debrief::TwoRolesModel;
use crate::scenario::model::Scenario;

/// The two-role debrief in words: the ledger beside the document, the flags, the review.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TwoRolesWords {
    /// One line per promise: the promise, where it was made, and its place in the document,
    /// with the gaps marked.
    pub handoff: Vec<String>,
    /// One line per flag: who flagged what, and whether it was said anyway.
    pub flags: Vec<String>,
    /// One line per step of the delivery lead's review.
    pub review: Vec<String>,
    /// The retrospective: each seat's two answers ([`retro_lines`]).
    pub retro: Vec<String>,
}

/// Words the two-role debrief of a debrief model ([`TwoRolesModel`]): the ledger beside the
/// document from the model's resolved rows; flags and review with the scenario's names.
pub fn two_roles(s: &Scenario, m: &TwoRolesModel) -> TwoRolesWords {
    let d = &m.debrief;
    use crate::engine::{FlagConcern, Rebaseline, ReviewStep, Seat};
    let seat = |x: Seat| match x {
        Seat::Seller => "the seller",
        Seat::DeliveryLead => "the delivery lead",
    };
    let handoff = m
        .handoff
        .iter()
        .map(|row| {
            let l = &row.line;
            let place = if l.rebaselined {
                "re-baselined with the client"
            } else if l.in_pid {
                "in the document"
            } else if l.covered {
                "covered by the document under another promise"
            } else if l.delivery_heard {
                "left out of the document (delivery heard it in the meeting)"
            } else {
                "GAP: left out of the document, and delivery was not in the room"
            };
            format!(
                "{} (made by the seller in {}): {place}{}",
                what_text(&row.what),
                row.meeting.name,
                if l.surfaced {
                    "; it surfaced in delivery as a surprise"
                } else {
                    ""
                }
            )
        })
        .collect();
    let flags = d
        .flags
        .iter()
        .map(|f| {
            let what = match f.concern {
                FlagConcern::Estimate(i) => format!(
                    "\"{} is {:.0} days, not {:.0}\"",
                    s.offer.scope[i.ix()].name,
                    f.team,
                    f.said
                ),
                FlagConcern::Claim(c) => format!(
                    "we cannot promise \"{}\" as said",
                    s.offer.claims[c.ix()].text.trim_end_matches('.')
                ),
                FlagConcern::Deadline(_) => {
                    format!("\"we need {:.0} weeks, not {:.0}\"", f.team, f.said)
                }
            };
            let after = match f.said_anyway {
                Some(true) => "the seller said it anyway",
                Some(false) => "the seller answered otherwise",
                None => "the meeting ended before an answer",
            };
            format!(
                "In {}, {} flagged the answer \"{}\": {what}; {after}.",
                s.meetings[f.meeting.ix()].name,
                seat(f.by),
                s.answers[f.answer.ix()].text.trim_end_matches('.')
            )
        })
        .collect();
    let item_name = |item: &crate::engine::PidItem| match item {
        crate::engine::PidItem::Promise(p) => promise_what(s, *p),
        crate::engine::PidItem::Fact(f) => format!(
            "the need \"{}\"",
            s.facts[f.ix()].text.trim_end_matches('.')
        ),
    };
    let mut review: Vec<String> = d
        .review
        .iter()
        .map(|r| match r {
            ReviewStep::Queried {
                item,
                priced_days,
                true_days,
            } => format!(
                "The delivery lead queried {}: priced on {priced_days:.0} days, the team's estimate is {true_days:.0}.",
                item_name(item)
            ),
            ReviewStep::Rebaselined {
                promise,
                result,
                trust_cost,
                commission_share,
            } => format!(
                "The delivery lead asked for a re-baselining meeting about {}: {}; it cost {trust_cost:.0} trust with each stakeholder and {:.0} % of the seller's commission.",
                promise_what(s, *promise),
                match result {
                    Rebaseline::Repriced(i) => format!(
                        "{} was re-priced at the team's estimate",
                        s.offer.scope[i.ix()].name
                    ),
                    Rebaseline::Removed => "the promise was taken back".into(),
                },
                commission_share * 100.0
            ),
            ReviewStep::Accepted => "The delivery lead accepted the document.".into(),
        })
        .collect();
    if d.commission_cut > 0.0 {
        review.push(format!(
            "Re-baselining cost the seller {:.0} % of the commission in all.",
            d.commission_cut * 100.0
        ));
    }
    TwoRolesWords {
        handoff,
        flags,
        review,
        retro: retro_lines(&d.retro),
    }
}
