//! The two-role debrief in words, from the debrief model ([`crate::engine::debrief::DebriefModel`]):
//! the ledger beside the document with the gaps marked, the flags, the review and the
//! retrospective. No id reaches a reader: promises by what they commit to, answers by their text.

use super::debrief::retro_lines;
use super::what_text;
use crate::engine::debrief::{FlagWhat, ItemWhat, ReviewLine, TwoRolesModel};

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
/// document, the flags, the review and the retrospective, from the model's resolved names.
pub fn two_roles(m: &TwoRolesModel) -> TwoRolesWords {
    use crate::engine::Seat;
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
    let flags = m
        .flags
        .iter()
        .map(|f| {
            let what = match &f.concern {
                FlagWhat::Estimate(name) => {
                    format!("\"{name} is {:.0} days, not {:.0}\"", f.team, f.said)
                }
                FlagWhat::Claim(text) => format!(
                    "we cannot promise \"{}\" as said",
                    text.trim_end_matches('.')
                ),
                FlagWhat::Deadline => {
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
                f.meeting,
                seat(f.by),
                f.answer.trim_end_matches('.')
            )
        })
        .collect();
    let item_name = |item: &ItemWhat| match item {
        ItemWhat::Promise(p) => what_text(p),
        ItemWhat::Need(text) => format!("the need \"{}\"", text.trim_end_matches('.')),
    };
    let mut review: Vec<String> = m
        .review
        .iter()
        .map(|r| match r {
            ReviewLine::Queried {
                item,
                priced_days,
                true_days,
            } => format!(
                "The delivery lead queried {}: priced on {priced_days:.0} days, the team's estimate is {true_days:.0}.",
                item_name(item)
            ),
            ReviewLine::Rebaselined {
                what,
                repriced,
                trust_cost,
                commission_share,
            } => format!(
                "The delivery lead asked for a re-baselining meeting about {}: {}; it cost {trust_cost:.0} trust with each stakeholder and {:.0} % of the seller's commission.",
                what_text(what),
                match repriced {
                    Some(name) => format!("{name} was re-priced at the team's estimate"),
                    None => "the promise was taken back".into(),
                },
                commission_share * 100.0
            ),
            ReviewLine::Accepted => "The delivery lead accepted the document.".into(),
        })
        .collect();
    if m.commission_cut > 0.0 {
        review.push(format!(
            "Re-baselining cost the seller {:.0} % of the commission in all.",
            m.commission_cut * 100.0
        ));
    }
    TwoRolesWords {
        handoff,
        flags,
        review,
        retro: retro_lines(&m.retro),
    }
}
