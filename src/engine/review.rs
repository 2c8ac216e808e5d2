//! The delivery lead's review of the PID (two roles only): query an
//! item, ask for a re-baselining meeting about a promise, or accept the document and start
//! delivery. In solo the phase does not exist. The rules are in `docs/rules.md`.

use super::roles::{Rebaseline, ReviewStep};
use super::{Event, Phase, PidItem, Refusal, Session};
use crate::scenario::model::{PromiseId, PromiseKind, StakeholderId};

impl Session {
    pub(super) fn review_refusal(&self, action: &super::Action) -> Option<Refusal> {
        use super::Action;
        let roles = &self.state.roles;
        match action {
            Action::AcceptPid => None,
            Action::QueryPid(item) => {
                if !self.state.pid.contains(item) {
                    Some(Refusal::NotInPid)
                } else if roles
                    .review
                    .iter()
                    .any(|r| matches!(r, ReviewStep::Queried { item: i, .. } if i == item))
                {
                    Some(Refusal::AlreadyAsked)
                } else {
                    None
                }
            }
            Action::Rebaseline(p) => {
                if !self.state.pid.contains(&PidItem::Promise(*p)) {
                    Some(Refusal::NotInPid)
                } else if roles.rebaselined(*p) {
                    Some(Refusal::AlreadyAsked)
                } else {
                    None
                }
            }
            _ => Some(Refusal::WrongPhase(Phase::Review)),
        }
    }

    /// The review's legal actions, in a stable order: accept, queries, re-baselinings.
    pub(super) fn legal_review_actions(&self, out: &mut Vec<super::Action>) {
        use super::Action;
        out.push(Action::AcceptPid);
        for item in &self.state.pid {
            let a = Action::QueryPid(*item);
            if self.review_refusal(&a).is_none() {
                out.push(a);
            }
        }
        for item in &self.state.pid {
            if let PidItem::Promise(p) = item {
                let a = Action::Rebaseline(*p);
                if self.review_refusal(&a).is_none() {
                    out.push(a);
                }
            }
        }
    }

    /// The days the price was built on for an item of the document, and the team's estimate
    /// (scope promises and hidden needs; 0 and 0 for anything else).
    pub fn item_days(&self, item: PidItem) -> (f32, f32) {
        let s = &self.scenario;
        match item {
            PidItem::Promise(p) => match s.promises[p.ix()].kind {
                PromiseKind::Scope(i) => (self.priced_days(i), s.offer.scope[i.ix()].true_effort),
                _ => (0.0, 0.0),
            },
            PidItem::Fact(f) => s.facts[f.ix()]
                .need
                .map_or((0.0, 0.0), |n| (n.effort_days, n.effort_days)),
        }
    }

    pub(super) fn query(&mut self, item: PidItem, events: &mut Vec<Event>) {
        let (priced_days, true_days) = self.item_days(item);
        self.state.roles.review.push(ReviewStep::Queried {
            item,
            priced_days,
            true_days,
        });
        events.push(Event::PidQueried {
            item,
            priced_days,
            true_days,
        });
    }

    /// What a re-baselining meeting would do to a promise: re-price a scope item sold at a
    /// guess, else take the promise back.
    pub fn rebaseline_result(&self, p: PromiseId) -> Rebaseline {
        let s = &self.scenario;
        match s.promises[p.ix()].kind {
            PromiseKind::Scope(i)
                if !self.state.sales.scoped[i.ix()]
                    && s.offer.scope[i.ix()].sales_estimate
                        != s.offer.scope[i.ix()].true_effort =>
            {
                Rebaseline::Repriced(i)
            }
            _ => Rebaseline::Removed,
        }
    }

    pub(super) fn rebaseline(&mut self, p: PromiseId, events: &mut Vec<Event>) {
        let result = self.rebaseline_result(p);
        match result {
            Rebaseline::Repriced(i) => self.state.sales.scoped[i.ix()] = true,
            Rebaseline::Removed => {
                let gone = self.state.ledger.iter().filter(|e| e.promise == p);
                self.state
                    .roles
                    .withdrawn
                    .extend(gone.copied().collect::<Vec<_>>());
                self.state.ledger.retain(|e| e.promise != p);
                self.state.sales.promised[p.ix()] = false;
                self.state.pid.remove(&PidItem::Promise(p));
            }
        }
        let (trust_cost, commission_share) = (
            self.scenario.sales.rebaseline_trust,
            self.scenario.sales.rebaseline_commission_share,
        );
        for k in 0..self.scenario.stakeholders.len() {
            self.change_trust(StakeholderId(k as u16), -trust_cost, events);
        }
        let mut deal = self.deal_on_table();
        deal.signed = true;
        events.push(Event::Rebaselined {
            promise: p,
            result,
            price: deal.price,
        });
        self.state.sales.deal = Some(deal);
        self.state.roles.review.push(ReviewStep::Rebaselined {
            promise: p,
            result,
            trust_cost,
            commission_share,
        });
    }

    pub(super) fn accept_pid(&mut self, events: &mut Vec<Event>) {
        self.state.roles.review.push(ReviewStep::Accepted);
        events.push(Event::PidAccepted);
    }
}
