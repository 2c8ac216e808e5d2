//! What-if replays: delivery replayed from the handoff with one promise changed, same seed and
//! the same weekly decisions, and what that would have changed for the client and the seller.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

use super::super::{Action, Outcome, PidItem, Session};
use crate::scenario::model::{PromiseId, PromiseKind};
use crate::scenario::validate::MAX_WEEKS;

/// The weeks a what-if may name for a deadline promise: the same limit the validator puts on
/// a scenario's delivery.
pub const WHAT_IF_WEEKS: RangeInclusive<u32> = 1..=MAX_WEEKS;

/// How an outcome would have differed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    /// Weeks (alternative minus actual; negative: it would have been shorter).
    pub weeks: i32,
    /// Margin.
    pub margin: f32,
    /// Satisfaction.
    pub satisfaction: f32,
    /// Team morale.
    pub morale: f32,
}

impl Delta {
    /// The same difference seen from the other side (`base − alt`): what a promise did, when
    /// `self` is what dropping it would have changed.
    pub fn reversed(self) -> Delta {
        Delta {
            weeks: -self.weeks,
            margin: -self.margin,
            satisfaction: -self.satisfaction,
            morale: -self.morale,
        }
    }

    /// `alt − base`.
    pub fn between(base: &Outcome, alt: &Outcome) -> Delta {
        Delta {
            weeks: alt.actual_weeks as i32 - base.actual_weeks as i32,
            margin: alt.margin - base.margin,
            satisfaction: alt.satisfaction - base.satisfaction,
            morale: alt.morale - base.morale,
        }
    }
}

/// A change to one promise for a what-if replay.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum PromiseEdit {
    /// As if the promise had never been made.
    Drop(PromiseId),
    /// As if it had been written into the PID (or left out: `false`).
    Handoff(PromiseId, bool),
    /// As if a deadline promise had named this many weeks (within [`WHAT_IF_WEEKS`]).
    Deadline(PromiseId, u32),
}

/// The result of a what-if replay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIf {
    /// The change.
    pub edit: PromiseEdit,
    /// Whether the client would still have signed (the same roll as the real decision).
    pub would_sign: bool,
    /// The chance they would have signed.
    pub chance: f32,
    /// The client's score with the change, and what was needed.
    pub score: f32,
    /// Needed score.
    pub threshold: f32,
    /// What the seller would have been paid: the commission on the changed deal, or nothing
    /// when the client would not have signed (no signature, no commission).
    pub commission: f32,
    /// The outcome of the replayed delivery (as if they had signed).
    pub outcome: Outcome,
    /// Replayed minus actual.
    pub delta: Delta,
}

impl Session {
    /// Replays delivery from the handoff with one promise changed: same seed, same decisions
    /// (those no longer possible are skipped), then weeks run until the project ends. `None`
    /// before the handoff, or for a deadline outside [`WHAT_IF_WEEKS`].
    pub fn what_if(&self, edit: PromiseEdit) -> Option<WhatIf> {
        let base = self.outcome()?.clone();
        let (snapshot, first_action) = self.handoff.as_ref()?;
        let mut scenario = (*self.scenario).clone();
        let mut alt = Session {
            scenario: self.scenario.clone(),
            mode: self.mode,
            seed: self.seed,
            state: (**snapshot).clone(),
            log: Vec::new(),
            actions: Vec::new(),
            handoff: None,
            support: self.support,
            pushes: Vec::new(),
            last_from: 0,
        };
        match edit {
            PromiseEdit::Drop(p) => {
                alt.state.ledger.retain(|e| e.promise != p);
                alt.state.sales.promised[p.ix()] = false;
                alt.state.pid.remove(&PidItem::Promise(p));
            }
            PromiseEdit::Handoff(p, included) => {
                if included {
                    alt.state.pid.insert(PidItem::Promise(p));
                } else {
                    alt.state.pid.remove(&PidItem::Promise(p));
                }
            }
            PromiseEdit::Deadline(p, weeks) => {
                if !WHAT_IF_WEEKS.contains(&weeks) {
                    return None;
                }
                if let Some(promise) = scenario.promises.get_mut(p.ix())
                    && matches!(promise.kind, PromiseKind::Deadline(_))
                {
                    promise.kind = PromiseKind::Deadline(weeks);
                }
                alt.scenario = std::sync::Arc::new(scenario);
            }
        }
        let mut deal = alt.deal_on_table();
        deal.signed = self.decision_roll() < deal.sign_chance;
        let (would_sign, chance) = (deal.signed, deal.sign_chance);
        let (score, threshold) = (deal.score, deal.threshold);
        alt.state.sales.deal = Some(deal);
        let mut events = Vec::new();
        alt.start_delivery(&mut events);
        // The facilitator's events pushed during delivery come back at the same points.
        let push_at = |alt: &mut Session, at: usize| {
            for (_, e) in self.pushes.iter().filter(|(i, _)| *i == at) {
                let _ = alt.push_event(*e);
            }
        };
        for (i, action) in self.actions.iter().enumerate().skip(*first_action) {
            push_at(&mut alt, i);
            if alt.is_over() {
                break;
            }
            if alt.legal_actions().contains(action) {
                let _ = alt.apply(action.clone());
            }
        }
        push_at(&mut alt, self.actions.len());
        while !alt.is_over() {
            alt.apply(Action::EndWeek).ok()?;
        }
        let outcome = alt.state.outcome.clone()?;
        Some(WhatIf {
            edit,
            would_sign,
            chance,
            score,
            threshold,
            commission: if would_sign {
                outcome.seller.commission
            } else {
                0.0
            },
            delta: Delta::between(&base, &outcome),
            outcome,
        })
    }
}
