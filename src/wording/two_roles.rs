//! The two-role debrief in words, from the debrief model ([`crate::engine::debrief::DebriefModel`]):
//! the ledger beside the document with the gaps marked, the flags, the review and the
//! retrospective. No id reaches a reader: promises by what they commit to, answers by their text.

use super::debrief::retro_lines;
use super::what_text;
use crate::engine::debrief::{FlagWhat, ItemWhat, ReviewLine, TwoRolesModel};
use crate::tr;

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
    use super::decimal;
    use crate::engine::Seat;
    let seat = |x: Seat| match x {
        Seat::Seller => tr!("two-roles-seat-seller"),
        Seat::DeliveryLead => tr!("two-roles-seat-delivery-lead"),
    };
    let handoff = m
        .handoff
        .iter()
        .map(|row| {
            let l = &row.line;
            let place = if l.rebaselined {
                tr!("two-roles-place-rebaselined")
            } else if l.in_pid {
                tr!("two-roles-place-in-pid")
            } else if l.covered {
                tr!("two-roles-place-covered")
            } else if l.delivery_heard {
                tr!("two-roles-place-heard")
            } else {
                tr!("two-roles-place-gap")
            };
            let (promise, meeting) = (what_text(&row.what), &row.meeting.name);
            if l.surfaced {
                tr!(
                    "two-roles-handoff-surfaced",
                    promise = promise,
                    meeting = meeting,
                    place = place
                )
            } else {
                tr!(
                    "two-roles-handoff",
                    promise = promise,
                    meeting = meeting,
                    place = place
                )
            }
        })
        .collect();
    let flags = m
        .flags
        .iter()
        .map(|f| {
            let (team, said) = (decimal(f.team, 0), decimal(f.said, 0));
            let what = match &f.concern {
                FlagWhat::Estimate(name) => {
                    tr!(
                        "two-roles-flag-estimate",
                        item = name,
                        team = team,
                        said = said
                    )
                }
                FlagWhat::Claim(text) => {
                    tr!("two-roles-flag-claim", claim = text.trim_end_matches('.'))
                }
                FlagWhat::Deadline => tr!("two-roles-flag-deadline", team = team, said = said),
            };
            let after = match f.said_anyway {
                Some(true) => tr!("two-roles-said-anyway"),
                Some(false) => tr!("two-roles-answered-otherwise"),
                None => tr!("two-roles-no-answer"),
            };
            tr!(
                "two-roles-flag",
                meeting = &f.meeting,
                by = seat(f.by),
                answer = f.answer.trim_end_matches('.'),
                what = what,
                after = after
            )
        })
        .collect();
    let item_name = |item: &ItemWhat| match item {
        ItemWhat::Promise(p) => what_text(p),
        ItemWhat::Need(text) => tr!("two-roles-need", need = text.trim_end_matches('.')),
    };
    let mut review: Vec<String> = m
        .review
        .iter()
        .map(|r| match r {
            ReviewLine::Queried {
                item,
                priced_days,
                true_days,
            } => tr!(
                "two-roles-queried",
                item = item_name(item),
                priced = decimal(*priced_days, 0),
                team = decimal(*true_days, 0)
            ),
            ReviewLine::Rebaselined {
                what,
                repriced,
                trust_cost,
                commission_share,
            } => tr!(
                "two-roles-rebaselined",
                promise = what_text(what),
                outcome = match repriced {
                    Some(name) => tr!("two-roles-repriced", item = name),
                    None => tr!("two-roles-taken-back"),
                },
                trust = decimal(*trust_cost, 0),
                share = decimal(*commission_share * 100.0, 0)
            ),
            ReviewLine::Accepted => tr!("two-roles-accepted"),
        })
        .collect();
    if m.commission_cut > 0.0 {
        review.push(tr!(
            "two-roles-commission-cut",
            share = decimal(m.commission_cut * 100.0, 0)
        ));
    }
    TwoRolesWords {
        handoff,
        flags,
        review,
        retro: retro_lines(&m.retro),
    }
}

/// A seat's name when the player typed none: `Seller`, `Delivery lead`.
pub fn default_name(seat: crate::engine::Seat) -> String {
    match seat {
        crate::engine::Seat::Seller => tr!("two-roles-default-seller"),
        crate::engine::Seat::DeliveryLead => tr!("two-roles-default-delivery-lead"),
    }
}
