//! From the PID to the first backlog: what the team plans, and which promises the
//! document covers.

use super::rules::START_QUALITY_SHARE;
use super::state::{DeliveryState, Member, WorkItem, WorkKind};
use crate::engine::{Cause, Event, Phase, PidItem, Session, State};
use crate::scenario::model::{ClaimTruth, FactId, PersonId, PromiseId, PromiseKind, Scenario};

/// Whether the PID covers promise `p`: the promise is in it, or another promise in
/// it commits the team to the same thing (the same scope item or claim, a deadline at least as
/// early, a discount at least as large). A covered promise left out of the document surfaces as
/// a reminder, not as news: the team already plans for it.
pub(crate) fn covered_by_pid(s: &Scenario, state: &State, p: PromiseId) -> bool {
    if state.pid.contains(&PidItem::Promise(p)) {
        return true;
    }
    let kind = &s.promises[p.ix()].kind;
    state.ledger.iter().map(|e| e.promise).any(|q| {
        q != p
            && state.pid.contains(&PidItem::Promise(q))
            && match (kind, &s.promises[q.ix()].kind) {
                (PromiseKind::Scope(a), PromiseKind::Scope(b)) => a == b,
                (PromiseKind::Claim(a), PromiseKind::Claim(b)) => a == b,
                (PromiseKind::Deadline(a), PromiseKind::Deadline(b)) => b <= a,
                (PromiseKind::Discount(a), PromiseKind::Discount(b)) => b >= a,
                _ => false,
            }
    })
}

fn planned(kind: WorkKind, cause: Cause, days: f32) -> WorkItem {
    WorkItem {
        kind,
        cause,
        total: days,
        remaining: days,
        surprise: false,
        added_week: 0,
        finished_week: None,
        dropped: false,
        unseen: 0.0,
    }
}

impl Session {
    /// Whether the PID says `item`.
    pub fn in_pid(&self, item: PidItem) -> bool {
        self.state.pid.contains(&item)
    }

    /// Whether the PID covers promise `p` (see [`covered_by_pid`]).
    pub(crate) fn covered_by_pid(&self, p: PromiseId) -> bool {
        covered_by_pid(&self.scenario, &self.state, p)
    }

    /// The backlog the PID describes: core and covered scope, extras and claim work
    /// in the document, found hidden needs in it.
    fn planned_backlog(&self) -> Vec<WorkItem> {
        let s = &self.scenario;
        let Some(deal) = &self.state.sales.deal else {
            return Vec::new();
        };
        let mut backlog = Vec::new();
        for &item in &deal.scope {
            let of_item: Vec<PromiseId> = self
                .state
                .ledger
                .iter()
                .map(|e| e.promise)
                .filter(|p| matches!(s.promises[p.ix()].kind, PromiseKind::Scope(i) if i == item))
                .collect();
            // The promise the plan follows: the first one in the document, else the first made.
            let promise = of_item
                .iter()
                .copied()
                .find(|p| self.in_pid(PidItem::Promise(*p)))
                .or(of_item.first().copied());
            let core = s.offer.scope[item.ix()].core;
            let cause = promise.map_or(Cause::Plan, Cause::Promise);
            if core || promise.is_some_and(|p| self.in_pid(PidItem::Promise(p))) {
                // Delivery plans from the estimate the deal was priced on; what a seller's
                // guess missed shows up when the work is half done.
                let scope_item = &s.offer.scope[item.ix()];
                let truth = scope_item.true_effort;
                let estimate = self.priced_days(item).min(truth);
                let mut work = planned(WorkKind::Scope(item), cause, estimate);
                work.unseen = truth - estimate;
                backlog.push(work);
            }
        }
        for entry in &self.state.ledger {
            let p = entry.promise;
            if !self.in_pid(PidItem::Promise(p)) {
                continue;
            }
            match &s.promises[p.ix()].kind {
                PromiseKind::Extra { effort_days, .. } => {
                    backlog.push(planned(WorkKind::Extra(p), Cause::Promise(p), *effort_days));
                }
                PromiseKind::Claim(c) => {
                    // A claim promised twice is one piece of work.
                    let already = backlog.iter().any(|w| w.kind == WorkKind::Claim(*c));
                    if let ClaimTruth::HoldsWithWork(days) = s.offer.claims[c.ix()].truth
                        && !already
                    {
                        backlog.push(planned(WorkKind::Claim(*c), Cause::Promise(p), days));
                    }
                }
                _ => {}
            }
        }
        for (i, f) in s.facts.iter().enumerate() {
            let id = FactId(i as u16);
            if let Some(need) = f.need
                && self.in_pid(PidItem::Fact(id))
            {
                backlog.push(planned(WorkKind::Need(id), Cause::Plan, need.effort_days));
            }
        }
        backlog
    }

    /// The deadline the team plans to: the agreed one when every deadline promise is covered by
    /// the document, else the earliest deadline in the document, else the standard length.
    fn team_deadline(&self, agreed: u32) -> u32 {
        let s = &self.scenario;
        let deadlines =
            self.state
                .ledger
                .iter()
                .filter_map(|e| match s.promises[e.promise.ix()].kind {
                    PromiseKind::Deadline(w) => Some((e.promise, w)),
                    _ => None,
                });
        let mut known = true;
        let mut earliest_in_pid: Option<u32> = None;
        for (p, w) in deadlines {
            if !self.covered_by_pid(p) {
                known = false;
            }
            if self.in_pid(PidItem::Promise(p)) {
                earliest_in_pid = Some(earliest_in_pid.map_or(w, |e| e.min(w)));
            }
        }
        if known {
            agreed
        } else {
            earliest_in_pid.unwrap_or(s.offer.standard_weeks)
        }
    }

    pub(in crate::engine) fn start_delivery(&mut self, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let Some(deal) = self.state.sales.deal.clone() else {
            return;
        };
        let backlog = self.planned_backlog();
        let planned_days = backlog.iter().map(|w| w.total).sum();
        let members = s.delivery.people[..s.delivery.team_size]
            .iter()
            .enumerate()
            .map(|(i, p)| Member {
                person: PersonId(i as u16),
                joined: 0,
                morale: p.morale,
            })
            .collect();
        let left_out: Vec<PromiseId> = self
            .state
            .ledger
            .iter()
            .map(|e| e.promise)
            .filter(|p| !self.in_pid(PidItem::Promise(*p)))
            .collect();
        self.state.delivery = Some(DeliveryState {
            weeks_done: 0,
            deadline: deal.deadline_weeks,
            team_deadline: self.team_deadline(deal.deadline_weeks),
            planned_days,
            members,
            fatigue: 0.0,
            overtime: false,
            overtime_streak: 0,
            overtime_weeks: 0,
            quality_share: START_QUALITY_SHARE,
            backlog,
            hidden_defects: Vec::new(),
            defects_found: 0.0,
            cost: 0.0,
            done: 0.0,
            trust: self.state.sales.trust.clone(),
            fired: vec![false; s.delivery.events.len()],
            needs_surfaced: vec![false; s.facts.len()],
            claims_tested: vec![false; s.offer.claims.len()],
            left_out_surfaced: vec![false; s.promises.len()],
            account_manager: None,
            update_planned: false,
            time_requests: 0,
            change_this_week: false,
            actions_this_week: 0,
            capacity_adjust: 0.0,
            history: Vec::new(),
            renegotiated: Vec::new(),
            refunded: 0.0,
        });
        events.push(Event::HandedOff {
            left_out,
            planned_days,
        });
        self.state.phase = Phase::Delivery;
    }
}
