//! The delivery phase: weekly turns over a backlog built from what the handoff document says.

use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};
use serde::{Deserialize, Serialize};

use super::{
    Action, Cause, ChangeKind, Event, MAX_ACTIONS_PER_WEEK, Phase, PidItem, Session, clamp_trust,
    outcome::Outcome,
};
use crate::scenario::model::{
    ClaimId, ClaimTruth, DeliveryCondition, DeliveryEffect, EventId, FactId, PersonId, PromiseId,
    PromiseKind, ScopeId, StakeholderId, Target, Trigger,
};

/// Trust lost when a promise left out of the handoff surfaces at a review.
pub const LEFT_OUT_TRUST: f32 = 6.0;
/// Trust a stakeholder needs before they agree to a change.
pub const CHANGE_ACCEPT_TRUST: f32 = 40.0;
/// Fatigue stops growing here: a team worn out by months of overtime still works, at about
/// half pace once morale losses are counted, rather than grinding to nothing.
pub const MAX_FATIGUE: f32 = 6.0;
/// The most times the client can be asked for more weeks.
pub const MAX_TIME_REQUESTS: u32 = 2;

/// Someone on the delivery team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Who.
    pub person: PersonId,
    /// Weeks of delivery completed when they joined (0: from the start).
    pub joined: u32,
    /// Morale 0..=100.
    pub morale: f32,
}

/// What a piece of backlog is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkKind {
    /// A scope item.
    Scope(ScopeId),
    /// Bespoke promised work.
    Extra(PromiseId),
    /// A hidden need.
    Need(FactId),
    /// Work to make a claim hold, or to work around one that does not.
    Claim(ClaimId),
    /// Work added by a scenario event.
    Event(EventId),
    /// Fixing defects.
    Defects,
}

/// A piece of backlog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkItem {
    /// What it is.
    pub kind: WorkKind,
    /// Why it is there.
    pub cause: Cause,
    /// Person-days in all.
    pub total: f32,
    /// Person-days left.
    pub remaining: f32,
    /// It arrived unplanned.
    pub surprise: bool,
    /// The week it was added (0: at handoff).
    pub added_week: u32,
    /// The week it was finished.
    pub finished_week: Option<u32>,
    /// Dropped by agreement with the client.
    pub dropped: bool,
    /// Effort the seller's estimate missed: it shows up when the item is half done.
    pub unseen: f32,
}

/// One finished week, for the burn-up chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeekRecord {
    /// The week.
    pub week: u32,
    /// Capacity used.
    pub capacity: f32,
    /// Work done to date.
    pub done: f32,
    /// Total scope to date (done + remaining).
    pub scope: f32,
    /// Cost to date.
    pub cost: f32,
    /// Average morale.
    pub morale: f32,
}

/// Everything delivery tracks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryState {
    /// Weeks completed.
    pub week: u32,
    /// Weeks agreed with the client (promised, plus extensions granted).
    pub deadline: u32,
    /// Weeks the team plans to (the standard length until a left-out deadline surfaces).
    pub team_deadline: u32,
    /// Person-days planned at handoff.
    pub planned_days: f32,
    /// The team.
    pub members: Vec<Member>,
    /// Fatigue points.
    pub fatigue: f32,
    /// Overtime on.
    pub overtime: bool,
    /// Consecutive overtime weeks.
    pub overtime_streak: u32,
    /// Overtime weeks in all.
    pub overtime_weeks: u32,
    /// Share of capacity on quality, percent.
    pub quality_share: u8,
    /// The backlog, in working order.
    pub backlog: Vec<WorkItem>,
    /// Hidden defects by the week they were made (index 0 = week 1).
    pub hidden_defects: Vec<f32>,
    /// Defects found so far.
    pub defects_found: f32,
    /// Money spent in delivery.
    pub cost: f32,
    /// Work done.
    pub done: f32,
    /// Trust per stakeholder.
    pub trust: Vec<f32>,
    /// Scenario events that fired.
    pub fired: Vec<bool>,
    /// Hidden needs that surfaced, by fact index.
    pub needs_surfaced: Vec<bool>,
    /// Claims tested, by claim index.
    pub claims_tested: Vec<bool>,
    /// Promises left out of the handoff that have surfaced, by promise index.
    pub left_out_surfaced: Vec<bool>,
    /// Week the account manager joined reviews.
    pub account_manager: Option<u32>,
    /// A client update is planned for the coming week.
    pub update_planned: bool,
    /// Time extensions asked for.
    pub time_requests: u32,
    /// A change was asked for in the coming week.
    pub change_this_week: bool,
    /// Actions taken in the coming week.
    pub actions_this_week: u32,
    /// Capacity added or lost by events this week.
    pub capacity_adjust: f32,
    /// Finished weeks.
    pub history: Vec<WeekRecord>,
    /// Promises renegotiated by agreement (dropped scope, moved deadline).
    pub renegotiated: Vec<PromiseId>,
}

impl DeliveryState {
    /// Work left, in person-days.
    pub fn remaining(&self) -> f32 {
        self.backlog
            .iter()
            .filter(|w| !w.dropped)
            .map(|w| w.remaining)
            .sum()
    }
    /// Scope items dropped by agreement with the client, in backlog order.
    pub fn descoped(&self) -> Vec<ScopeId> {
        let mut items = Vec::new();
        for w in &self.backlog {
            if let WorkKind::Scope(item) = w.kind
                && w.dropped
                && !items.contains(&item)
            {
                items.push(item);
            }
        }
        items
    }

    /// Average morale of the team.
    pub fn morale(&self) -> f32 {
        if self.members.is_empty() {
            return 0.0;
        }
        self.members.iter().map(|m| m.morale).sum::<f32>() / self.members.len() as f32
    }
    /// Share of the work behind the plan (positive: behind).
    pub fn behind(&self) -> f32 {
        let total = self.done + self.remaining();
        if total <= 0.0 {
            return 0.0;
        }
        let expected = (self.week as f32 / self.team_deadline.max(1) as f32).min(1.0);
        expected - self.done / total
    }
}

impl Session {
    fn in_pid(&self, item: PidItem) -> bool {
        self.state.pid.contains(&item)
    }

    pub(super) fn start_delivery(&mut self, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let Some(deal) = self.state.sales.deal.clone() else {
            return;
        };
        let mut backlog = Vec::new();
        let plan = |kind, cause, days: f32| WorkItem {
            kind,
            cause,
            total: days,
            remaining: days,
            surprise: false,
            added_week: 0,
            finished_week: None,
            dropped: false,
            unseen: 0.0,
        };
        let mut deadline_known = true;
        for &item in &deal.scope {
            let promise =
                self.state.ledger.iter().map(|e| e.promise).find(
                    |p| matches!(s.promises[p.ix()].kind, PromiseKind::Scope(i) if i == item),
                );
            let core = s.offer.scope[item.ix()].core;
            let cause = match promise {
                Some(p) => Cause::Promise(p),
                None => Cause::Plan,
            };
            if core || promise.is_some_and(|p| self.in_pid(PidItem::Promise(p))) {
                // Delivery plans from the estimate the deal was priced on; what a seller's
                // guess missed shows up when the work is half done.
                let scope_item = &s.offer.scope[item.ix()];
                let truth = scope_item.true_effort;
                let estimate = if self.state.sales.scoped[item.ix()] {
                    truth
                } else {
                    scope_item.sales_estimate.min(truth)
                };
                let mut work = plan(WorkKind::Scope(item), cause, estimate);
                work.unseen = truth - estimate;
                backlog.push(work);
            }
        }
        for entry in &self.state.ledger {
            let p = entry.promise;
            let included = self.in_pid(PidItem::Promise(p));
            match &s.promises[p.ix()].kind {
                PromiseKind::Extra { effort_days, .. } if included => {
                    backlog.push(plan(WorkKind::Extra(p), Cause::Promise(p), *effort_days));
                }
                PromiseKind::Claim(c) if included => {
                    if let ClaimTruth::HoldsWithWork(days) = s.offer.claims[c.ix()].truth {
                        backlog.push(plan(WorkKind::Claim(*c), Cause::Promise(p), days));
                    }
                }
                PromiseKind::Deadline(_) if !included => deadline_known = false,
                _ => {}
            }
        }
        for (i, f) in s.facts.iter().enumerate() {
            let id = FactId(i as u16);
            if let Some(need) = f.need
                && self.in_pid(PidItem::Fact(id))
            {
                backlog.push(plan(WorkKind::Need(id), Cause::Plan, need.effort_days));
            }
        }
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
            week: 0,
            deadline: deal.deadline_weeks,
            team_deadline: if deadline_known {
                deal.deadline_weeks
            } else {
                s.offer.standard_weeks
            },
            planned_days,
            members,
            fatigue: 0.0,
            overtime: false,
            overtime_streak: 0,
            overtime_weeks: 0,
            quality_share: 10,
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
        });
        events.push(Event::HandedOff {
            left_out,
            planned_days,
        });
        self.state.phase = Phase::Delivery;
    }

    pub(super) fn legal_delivery_actions(&self, out: &mut Vec<Action>) {
        let Some(d) = &self.state.delivery else {
            return;
        };
        out.push(Action::EndWeek);
        if d.actions_this_week >= MAX_ACTIONS_PER_WEEK {
            return;
        }
        out.push(Action::SetOvertime(!d.overtime));
        for q in (0..=50).step_by(10) {
            if q != d.quality_share {
                out.push(Action::SetQualityShare(q));
            }
        }
        let s = &self.scenario;
        for i in s.delivery.team_size..s.delivery.people.len() {
            let p = PersonId(i as u16);
            if !d.members.iter().any(|m| m.person == p) {
                out.push(Action::Hire(p));
            }
        }
        if !d.change_this_week {
            for w in &d.backlog {
                if let WorkKind::Scope(item) = w.kind
                    && !w.dropped
                    && w.finished_week.is_none()
                    && !out.contains(&Action::RequestDescope(item))
                {
                    out.push(Action::RequestDescope(item));
                }
            }
            if d.time_requests < MAX_TIME_REQUESTS {
                out.push(Action::RequestMoreTime(2));
                out.push(Action::RequestMoreTime(4));
            }
        }
        if !d.update_planned {
            out.push(Action::ClientUpdate);
        }
        if d.account_manager.is_none() {
            out.push(Action::InviteAccountManager);
        }
    }

    pub(super) fn is_legal_in_delivery(&self, action: &Action) -> bool {
        let Some(d) = &self.state.delivery else {
            return false;
        };
        if *action == Action::EndWeek {
            return true;
        }
        if d.actions_this_week >= MAX_ACTIONS_PER_WEEK {
            return false;
        }
        let s = &self.scenario;
        match *action {
            Action::SetOvertime(on) => on != d.overtime,
            Action::SetQualityShare(q) => q <= 50 && q % 10 == 0 && q != d.quality_share,
            Action::Hire(p) => {
                (s.delivery.team_size..s.delivery.people.len()).contains(&p.ix())
                    && !d.members.iter().any(|m| m.person == p)
            }
            Action::RequestDescope(item) => {
                !d.change_this_week
                    && d.backlog.iter().any(|w| {
                        w.kind == WorkKind::Scope(item) && !w.dropped && w.finished_week.is_none()
                    })
            }
            Action::RequestMoreTime(w) => {
                !d.change_this_week && d.time_requests < MAX_TIME_REQUESTS && (w == 2 || w == 4)
            }
            Action::ClientUpdate => !d.update_planned,
            Action::InviteAccountManager => d.account_manager.is_none(),
            _ => false,
        }
    }

    pub(super) fn delivery_action(&mut self, action: &Action, events: &mut Vec<Event>) {
        if *action == Action::EndWeek {
            self.run_week(events);
            return;
        }
        let s = self.scenario.clone();
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        d.actions_this_week += 1;
        match *action {
            Action::SetOvertime(on) => {
                d.overtime = on;
                events.push(Event::OvertimeSet(on));
            }
            Action::SetQualityShare(q) => {
                d.quality_share = q;
                events.push(Event::QualitySet(q));
            }
            Action::Hire(p) => {
                d.members.push(Member {
                    person: p,
                    joined: d.week,
                    morale: s.delivery.people[p.ix()].morale,
                });
                events.push(Event::Hired(p));
            }
            Action::ClientUpdate => {
                d.update_planned = true;
                events.push(Event::ClientUpdated);
                let gain = s.delivery.model.update_trust;
                for k in 0..d.trust.len() {
                    self.delivery_trust(StakeholderId(k as u16), gain, Cause::Decision, events);
                }
            }
            Action::InviteAccountManager => {
                d.account_manager = Some(d.week);
                d.cost += s.sales.presales_cost;
                events.push(Event::AccountManagerJoined);
                events.push(Event::CostIncurred {
                    amount: s.sales.presales_cost,
                    cause: Cause::Decision,
                });
            }
            Action::RequestDescope(item) => self.request_change(ChangeKind::Descope(item), events),
            Action::RequestMoreTime(w) => self.request_change(ChangeKind::MoreTime(w), events),
            _ => {}
        }
    }

    fn request_change(&mut self, change: ChangeKind, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let m = &s.delivery.model;
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        d.change_this_week = true;
        let mut cost = m.change_trust + m.change_trust_per_week * d.week as f32;
        if d.update_planned {
            cost *= 0.5;
        }
        // Who the change touches: whoever the affected promises were made to, else everyone.
        let affected: Vec<PromiseId> = self
            .state
            .ledger
            .iter()
            .map(|e| e.promise)
            .filter(|p| match (&s.promises[p.ix()].kind, change) {
                (PromiseKind::Scope(i), ChangeKind::Descope(item)) => *i == item,
                (PromiseKind::Deadline(_), ChangeKind::MoreTime(_)) => true,
                _ => false,
            })
            .collect();
        let mut touched: Vec<StakeholderId> =
            affected.iter().map(|p| s.promises[p.ix()].to).collect();
        touched.sort();
        touched.dedup();
        if touched.is_empty() {
            touched = (0..s.stakeholders.len())
                .map(|k| StakeholderId(k as u16))
                .collect();
        }
        let trust_before: f32 =
            touched.iter().map(|k| d.trust[k.ix()]).sum::<f32>() / touched.len() as f32;
        let accepted = trust_before >= CHANGE_ACCEPT_TRUST;
        match change {
            ChangeKind::MoreTime(_) => d.time_requests += 1,
            ChangeKind::Descope(_) => {}
        }
        if accepted {
            match change {
                ChangeKind::Descope(item) => {
                    for w in d.backlog.iter_mut() {
                        if w.kind == WorkKind::Scope(item) {
                            w.dropped = true;
                        }
                    }
                }
                ChangeKind::MoreTime(w) => {
                    d.deadline += w;
                    d.team_deadline += w;
                }
            }
            for p in &affected {
                if !d.renegotiated.contains(p) {
                    d.renegotiated.push(*p);
                }
            }
        }
        events.push(Event::ChangeRequested {
            change,
            accepted,
            trust_cost: cost,
        });
        for k in touched {
            self.delivery_trust(k, -cost, Cause::Decision, events);
        }
    }

    pub(super) fn delivery_trust(
        &mut self,
        k: StakeholderId,
        delta: f32,
        cause: Cause,
        events: &mut Vec<Event>,
    ) {
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        let t = &mut d.trust[k.ix()];
        let new = clamp_trust(*t + delta);
        let real = new - *t;
        *t = new;
        if real != 0.0 {
            events.push(Event::TrustChanged {
                stakeholder: k,
                delta: real,
                cause: Some(cause),
            });
        }
    }

    fn add_work(
        &mut self,
        kind: WorkKind,
        cause: Cause,
        days: f32,
        surprise: bool,
        events: &mut Vec<Event>,
    ) {
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        if days <= 0.0 {
            return;
        }
        d.backlog.push(WorkItem {
            kind,
            cause,
            total: days,
            remaining: days,
            surprise,
            added_week: d.week + 1,
            finished_week: None,
            dropped: false,
            unseen: 0.0,
        });
        events.push(Event::WorkAdded {
            cause,
            days,
            surprise,
        });
    }

    fn week_rng(&self, week: u32) -> Xoshiro256PlusPlus {
        // One stream per week, so a what-if that changes one week's randomness leaves the others alone.
        let mix = self.seed ^ (week as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        Xoshiro256PlusPlus::seed_from_u64(mix)
    }

    fn run_week(&mut self, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let model = &s.delivery.model;
        let Some(week) = self.state.delivery.as_ref().map(|d| d.week + 1) else {
            return;
        };
        let mut rng = self.week_rng(week);
        events.push(Event::WeekStarted(week));

        // 1. Reviews: promises left out of the handoff surface in front of the client.
        let d = self
            .state
            .delivery
            .as_ref()
            .expect("delivery state exists in delivery");
        let am = d.account_manager;
        let review = week % s.delivery.review_every == 0 || am.is_some_and(|j| week == j + 1);
        if review {
            events.push(Event::Review(week));
            let owned = am.is_some();
            if owned {
                for k in 0..s.stakeholders.len() {
                    self.delivery_trust(StakeholderId(k as u16), 1.0, Cause::Decision, events);
                }
            }
            let left: Vec<PromiseId> = self
                .state
                .ledger
                .iter()
                .map(|e| e.promise)
                .filter(|p| !self.in_pid(PidItem::Promise(*p)))
                .collect();
            for p in left {
                let d = self.state.delivery.as_mut().expect("delivery");
                if d.left_out_surfaced[p.ix()] {
                    continue;
                }
                d.left_out_surfaced[p.ix()] = true;
                let promise = &s.promises[p.ix()];
                let surprise_days = match &promise.kind {
                    // A core item is planned whatever the document says; only its promise is news.
                    PromiseKind::Scope(i) if s.offer.scope[i.ix()].core => None,
                    PromiseKind::Scope(i) => {
                        Some((WorkKind::Scope(*i), s.offer.scope[i.ix()].true_effort))
                    }
                    PromiseKind::Extra { effort_days, .. } => {
                        Some((WorkKind::Extra(p), *effort_days))
                    }
                    PromiseKind::Deadline(_) => {
                        d.team_deadline = d.deadline;
                        None
                    }
                    PromiseKind::Discount(_) | PromiseKind::Claim(_) => None,
                };
                if let Some((kind, days)) = surprise_days {
                    self.add_work(
                        kind,
                        Cause::Promise(p),
                        days * model.surprise_multiplier,
                        true,
                        events,
                    );
                }
                if !matches!(promise.kind, PromiseKind::Claim(_)) {
                    let hit = if owned {
                        LEFT_OUT_TRUST * 0.5
                    } else {
                        LEFT_OUT_TRUST
                    };
                    self.delivery_trust(promise.to, -hit, Cause::Promise(p), events);
                }
            }
        }

        // 2. Hidden needs nobody planned for surface at their week.
        for (i, f) in s.facts.iter().enumerate() {
            let id = FactId(i as u16);
            let Some(need) = f.need else { continue };
            let d = self.state.delivery.as_mut().expect("delivery");
            if need.surfaces_week != week
                || d.needs_surfaced[i]
                || self.state.pid.contains(&PidItem::Fact(id))
            {
                continue;
            }
            d.needs_surfaced[i] = true;
            self.add_work(
                WorkKind::Need(id),
                Cause::HiddenNeed(id),
                need.effort_days * model.surprise_multiplier,
                true,
                events,
            );
            self.delivery_trust(f.owner, -need.surprise_trust, Cause::HiddenNeed(id), events);
        }

        // 3. Technical claims meet reality.
        for entry in self.state.ledger.clone() {
            let p = entry.promise;
            let PromiseKind::Claim(c) = s.promises[p.ix()].kind else {
                continue;
            };
            let claim = &s.offer.claims[c.ix()];
            let d = self.state.delivery.as_mut().expect("delivery");
            if claim.surfaces_week != week || d.claims_tested[c.ix()] {
                continue;
            }
            d.claims_tested[c.ix()] = true;
            let known = self.state.pid.contains(&PidItem::Promise(p));
            let mult = if known {
                1.0
            } else {
                model.surprise_multiplier
            };
            match claim.truth {
                ClaimTruth::Holds => events.push(Event::ClaimTested {
                    claim: c,
                    held: true,
                }),
                ClaimTruth::HoldsWithWork(days) => {
                    events.push(Event::ClaimTested {
                        claim: c,
                        held: true,
                    });
                    if !known {
                        self.add_work(
                            WorkKind::Claim(c),
                            Cause::Promise(p),
                            days * mult,
                            true,
                            events,
                        );
                    }
                }
                ClaimTruth::DoesNotHold { rework_days, trust } => {
                    events.push(Event::ClaimTested {
                        claim: c,
                        held: false,
                    });
                    self.add_work(
                        WorkKind::Claim(c),
                        Cause::Promise(p),
                        rework_days * mult,
                        true,
                        events,
                    );
                    let hit = if known { trust * 0.5 } else { trust };
                    self.delivery_trust(s.promises[p.ix()].to, -hit, Cause::Promise(p), events);
                }
            }
        }

        // 4. Scenario events.
        for (i, ev) in s.delivery.events.iter().enumerate() {
            let d = self.state.delivery.as_ref().expect("delivery");
            if d.fired[i] {
                continue;
            }
            let fire = match &ev.trigger {
                Trigger::AtWeek(w) => *w == week,
                Trigger::When(c) => self.delivery_condition(c, week),
                Trigger::Chance { per_week, from, to } => {
                    // Draw every week in range so the stream does not depend on earlier events.
                    let roll = (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32;
                    (*from..=*to).contains(&week) && roll < *per_week
                }
            };
            if !fire {
                continue;
            }
            let id = EventId(i as u16);
            self.state.delivery.as_mut().expect("delivery").fired[i] = true;
            events.push(Event::ScenarioEvent(id));
            for effect in &ev.effects {
                self.apply_delivery_effect(effect, Cause::Scenario(id), events);
            }
        }

        // 5. Capacity.
        let d = self.state.delivery.as_mut().expect("delivery");
        let n0 = s.delivery.team_size as f32;
        let n = d.members.len() as f32;
        let extra_links = (n * (n - 1.0) / 2.0 - n0 * (n0 - 1.0) / 2.0).max(0.0);
        let overhead = (1.0 - model.overhead_per_link * extra_links).max(0.5);
        let fatigue_factor = (1.0 - model.fatigue_productivity * d.fatigue).max(0.3);
        let mut capacity = 0.0;
        let mut mentoring = 0.0;
        for m in &d.members {
            let p = &s.delivery.people[m.person.ix()];
            let ramp = if m.joined == 0 && m.person.ix() < s.delivery.team_size {
                1.0
            } else {
                let weeks_in = (week - m.joined - 1) as f32;
                (model.ramp_start
                    + (1.0 - model.ramp_start) * weeks_in / model.ramp_weeks.max(1) as f32)
                    .min(1.0)
            };
            // A newcomer takes time from the people who teach them.
            mentoring += (1.0 - ramp) * p.capacity;
            let morale_factor = if m.morale < model.morale_floor {
                (m.morale / model.morale_floor).max(0.3)
            } else {
                1.0
            };
            capacity += p.capacity * ramp * morale_factor;
        }
        capacity = (capacity - mentoring).max(0.0) * overhead * fatigue_factor;
        let mut morale_delta = 0.0;
        if d.overtime {
            capacity *= 1.0 + model.overtime_boost;
            d.fatigue = (d.fatigue + 1.0).min(MAX_FATIGUE);
            d.overtime_streak += 1;
            d.overtime_weeks += 1;
            if d.overtime_streak > 1 {
                morale_delta -= model.overtime_morale;
            }
        } else {
            d.fatigue = (d.fatigue - 1.0).max(0.0);
            d.overtime_streak = 0;
            morale_delta += 1.0;
        }
        if d.update_planned {
            capacity -= model.update_days;
        }
        capacity = (capacity + d.capacity_adjust).max(0.0);

        // 6. Quality work finds hidden defects; the older they are, the more they cost.
        let detection = (model.base_detection
            + model.detection_per_quality * d.quality_share as f32 / 10.0)
            .min(0.9);
        let mut found = 0.0;
        let mut rework = 0.0;
        for (i, cohort) in d.hidden_defects.iter_mut().enumerate() {
            let age = week.saturating_sub(i as u32 + 1) as f32;
            let f = *cohort * detection;
            *cohort -= f;
            found += f;
            rework += f * model.defect_fix_days * (1.0 + model.defect_age_cost * age);
        }
        d.defects_found += found;
        if found > 0.01 {
            events.push(Event::DefectsFound {
                count: found,
                rework_days: rework,
            });
        }
        if rework > 0.01 {
            self.add_work(WorkKind::Defects, Cause::Defects, rework, false, events);
        }

        // 7. Work burns the backlog in order; tired people make more defects.
        let d = self.state.delivery.as_mut().expect("delivery");
        let mut budget = capacity * (1.0 - d.quality_share as f32 / 100.0);
        let mut worked = 0.0;
        for w in d.backlog.iter_mut() {
            if budget <= 0.0 {
                break;
            }
            if w.dropped || w.remaining <= 0.0 {
                continue;
            }
            let step = w.remaining.min(budget);
            w.remaining -= step;
            budget -= step;
            worked += step;
            if w.remaining <= 1e-3 {
                w.remaining = 0.0;
                w.finished_week = Some(week);
            }
        }
        d.done += worked;
        let made = worked * model.defect_rate * (1.0 + 0.15 * d.fatigue);
        let mut revealed = Vec::new();
        for w in d.backlog.iter_mut() {
            if w.unseen > 0.0 && !w.dropped && w.remaining <= w.total * 0.5 {
                revealed.push((w.kind, w.cause, w.unseen));
                w.unseen = 0.0;
            }
        }
        d.hidden_defects.push(made);

        // 8. Money and morale.
        let mut run_rate = 0.0;
        for m in &d.members {
            let p = &s.delivery.people[m.person.ix()];
            run_rate += p.weekly_cost
                * if d.overtime {
                    1.0 + model.overtime_premium
                } else {
                    1.0
                };
        }
        d.cost += run_rate;
        if d.behind() > 0.2 {
            morale_delta -= 1.0;
        }
        for m in d.members.iter_mut() {
            let start = s.delivery.people[m.person.ix()].morale;
            let target = if morale_delta > 0.0 {
                (m.morale + morale_delta).min(start.max(m.morale))
            } else {
                m.morale + morale_delta
            };
            m.morale = target.clamp(0.0, 100.0);
        }
        if morale_delta < 0.0 {
            events.push(Event::MoraleChanged {
                delta: morale_delta,
                cause: Cause::Decision,
            });
        }

        d.week = week;
        d.update_planned = false;
        d.change_this_week = false;
        d.actions_this_week = 0;
        d.capacity_adjust = 0.0;
        // Work the estimate missed joins the backlog before the week is recorded, so the
        // burn-up's scope and the backlog always agree.
        for (kind, cause, days) in revealed {
            self.add_work(kind, cause, days, true, events);
        }
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        let remaining = d.remaining();
        let record = super::delivery::WeekRecord {
            week,
            capacity,
            done: d.done,
            scope: d.done + remaining,
            cost: d.cost,
            morale: d.morale(),
        };
        d.history.push(record);
        events.push(Event::WeekEnded {
            week,
            capacity,
            done: d.done,
            remaining,
            cost: d.cost,
            morale: record.morale,
        });
        if remaining <= 1e-3 || week >= s.delivery.max_weeks {
            self.finish(events);
        }
    }

    fn apply_delivery_effect(
        &mut self,
        effect: &DeliveryEffect,
        cause: Cause,
        events: &mut Vec<Event>,
    ) {
        let n = self.scenario.stakeholders.len();
        let kind = match cause {
            Cause::Scenario(e) => WorkKind::Event(e),
            _ => WorkKind::Defects,
        };
        match effect {
            DeliveryEffect::AddWork(_, days) => self.add_work(kind, cause, *days, true, events),
            DeliveryEffect::Morale(delta) => {
                if let Some(d) = self.state.delivery.as_mut() {
                    for m in d.members.iter_mut() {
                        m.morale = (m.morale + delta).clamp(0.0, 100.0);
                    }
                    events.push(Event::MoraleChanged {
                        delta: *delta,
                        cause,
                    });
                }
            }
            DeliveryEffect::Trust(target, delta) => {
                let who: Vec<StakeholderId> = match target {
                    Target::One(k) => vec![*k],
                    Target::All => (0..n).map(|k| StakeholderId(k as u16)).collect(),
                };
                for k in who {
                    self.delivery_trust(k, *delta, cause, events);
                }
            }
            DeliveryEffect::Capacity(days) => {
                if let Some(d) = self.state.delivery.as_mut() {
                    d.capacity_adjust += days;
                }
            }
            DeliveryEffect::Cost(amount) => {
                if let Some(d) = self.state.delivery.as_mut() {
                    d.cost += amount;
                    events.push(Event::CostIncurred {
                        amount: *amount,
                        cause,
                    });
                }
            }
        }
    }

    fn delivery_condition(&self, c: &DeliveryCondition, week: u32) -> bool {
        let Some(d) = &self.state.delivery else {
            return false;
        };
        let promised = |p: &PromiseId| self.state.sales.promised[p.ix()];
        match c {
            DeliveryCondition::Promised(p) => promised(p),
            DeliveryCondition::InPid(p) => promised(p) && self.in_pid(PidItem::Promise(*p)),
            DeliveryCondition::LeftOut(p) => promised(p) && !self.in_pid(PidItem::Promise(*p)),
            DeliveryCondition::Known(f) => self.state.sales.known[f.ix()],
            DeliveryCondition::WeekAtLeast(w) => week >= *w,
            DeliveryCondition::Behind(share) => d.behind() >= *share,
            DeliveryCondition::MoraleBelow(m) => d.morale() < *m,
            DeliveryCondition::OvertimeStreak(n) => d.overtime_streak >= *n,
            DeliveryCondition::All(cs) => cs.iter().all(|c| self.delivery_condition(c, week)),
            DeliveryCondition::Any(cs) => cs.iter().any(|c| self.delivery_condition(c, week)),
            DeliveryCondition::Not(c) => !self.delivery_condition(c, week),
        }
    }

    fn finish(&mut self, events: &mut Vec<Event>) {
        let outcome = Outcome::delivered(&self.scenario, &self.state, events);
        let won = outcome.won;
        self.state.outcome = Some(outcome);
        self.state.phase = Phase::Over;
        events.push(Event::SessionOver { won });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::scenario::model::Scenario;

    fn fixture() -> Arc<Scenario> {
        let src = include_str!("../../tests/fixtures/dynamics.scenario.ron");
        Arc::new(crate::scenario::parse_str(src, "dynamics").expect("fixture loads"))
    }

    /// The fixture played with every beat's first option and an empty PID, at week 0 of delivery.
    fn at_handoff() -> Session {
        let mut s = Session::new(fixture(), 3);
        while s.phase() != Phase::Delivery {
            let a = match s.phase() {
                Phase::Invite(_) => Action::Invite(vec![]),
                Phase::Handoff => Action::SubmitPid,
                _ => s.legal_actions()[0].clone(),
            };
            s.apply(a).unwrap();
        }
        s
    }

    fn week(s: &mut Session) -> Vec<Event> {
        s.apply(Action::EndWeek).unwrap()
    }

    #[test]
    fn a_defect_costs_more_to_fix_the_longer_it_stayed_hidden() {
        let m = fixture().delivery.model.clone();
        let mut per_defect = Vec::new();
        for age in 1..=6u32 {
            let mut s = at_handoff();
            let d = s.state.delivery.as_mut().unwrap();
            // Week 7 is about to run; one defect made in week 7 − age.
            d.week = 6;
            d.hidden_defects = vec![0.0; 6];
            d.hidden_defects[(6 - age) as usize] = 1.0;
            let found = week(&mut s)
                .into_iter()
                .find_map(|e| match e {
                    Event::DefectsFound { count, rework_days } => Some((count, rework_days)),
                    _ => None,
                })
                .expect("some of the defect is found");
            let detection = m.base_detection + m.detection_per_quality; // quality share 10 %
            assert!((found.0 - detection).abs() < 1e-6, "{found:?}");
            let cost = found.1 / found.0;
            let expected = m.defect_fix_days * (1.0 + m.defect_age_cost * age as f32);
            assert!(
                (cost - expected).abs() < 1e-5,
                "age {age}: {cost} vs {expected}"
            );
            per_defect.push(cost);
        }
        assert!(per_defect.windows(2).all(|w| w[1] > w[0]), "{per_defect:?}");
        // Six weeks hidden: about three times the fix cost of one week.
        assert!(per_defect[5] > 2.0 * per_defect[0]);
    }

    #[test]
    fn overtime_boosts_the_first_week_and_fatigue_eats_the_rest() {
        let m = fixture().delivery.model.clone();
        let mut s = at_handoff();
        s.apply(Action::SetOvertime(true)).unwrap();
        for k in 0..4 {
            week(&mut s);
            let d = s.state.delivery.as_ref().unwrap();
            let cap = d.history.last().unwrap().capacity;
            let expected =
                11.0 * (1.0 - m.fatigue_productivity * k as f32) * (1.0 + m.overtime_boost);
            assert!(
                (cap - expected).abs() < 1e-4,
                "week {}: {cap} vs {expected}",
                k + 1
            );
            assert_eq!(d.fatigue, (k + 1) as f32);
            let morale = 75.0 - m.overtime_morale * k as f32;
            assert!(
                d.members.iter().all(|x| x.morale == morale),
                "{:?}",
                d.members
            );
        }
        // Switched off, fatigue drains one point a week.
        s.apply(Action::SetOvertime(false)).unwrap();
        week(&mut s);
        assert_eq!(s.state.delivery.as_ref().unwrap().fatigue, 3.0);
    }

    #[test]
    fn a_newcomer_costs_mentoring_and_overhead_before_they_help() {
        let m = fixture().delivery.model.clone();
        let mut s = at_handoff();
        s.apply(Action::Hire(PersonId(3))).unwrap();
        let mut caps = Vec::new();
        for _ in 0..5 {
            week(&mut s);
            caps.push(
                s.state
                    .delivery
                    .as_ref()
                    .unwrap()
                    .history
                    .last()
                    .unwrap()
                    .capacity,
            );
        }
        // Three pairs of people more than the starting team of three.
        let overhead = 1.0 - 3.0 * m.overhead_per_link;
        for (k, cap) in caps.iter().enumerate() {
            let ramp =
                (m.ramp_start + (1.0 - m.ramp_start) * k as f32 / m.ramp_weeks as f32).min(1.0);
            // The newcomer adds what they can and takes as much teaching time as they lack.
            let expected = (11.0 + 4.0 * ramp - (1.0 - ramp) * 4.0) * overhead;
            assert!(
                (cap - expected).abs() < 1e-4,
                "week {}: {cap} vs {expected}",
                k + 1
            );
        }
        assert!(caps[0] < 11.0 && caps[1] < 11.0, "{caps:?}");
        assert!(caps.windows(2).all(|w| w[1] >= w[0]), "{caps:?}");
    }

    #[test]
    fn a_change_request_is_refused_below_the_trust_it_needs_and_still_costs_trust() {
        let mut s = at_handoff();
        let d = s.state.delivery.as_mut().unwrap();
        d.trust = vec![CHANGE_ACCEPT_TRUST - 1.0; 2];
        let events = s.apply(Action::RequestMoreTime(2)).unwrap();
        assert!(events.contains(&Event::ChangeRequested {
            change: ChangeKind::MoreTime(2),
            accepted: false,
            trust_cost: 4.0,
        }));
        let d = s.state.delivery.as_ref().unwrap();
        assert_eq!(d.deadline, 8);
        assert_eq!(d.trust, vec![CHANGE_ACCEPT_TRUST - 5.0; 2]);
        // One change a week.
        assert!(!s.legal_actions().contains(&Action::RequestMoreTime(2)));
    }
}
