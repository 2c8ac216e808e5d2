//! What surfaces during a delivery week: promises left out of the handoff (at reviews), hidden
//! needs nobody planned for, technical claims meeting reality, and the scenario's own events.

use rand::{Rng, rngs::Xoshiro256PlusPlus};

use super::handoff::covered_by_pid;
use super::rules::{
    ACCOUNT_MANAGER_LEFT_OUT_SHARE, ACCOUNT_MANAGER_REVIEW_TRUST, KNOWN_CLAIM_TRUST_SHARE,
    LEFT_OUT_TRUST,
};
use super::state::WorkKind;
use crate::engine::{Cause, Event, PidItem, Session, clamp_trust};
use crate::scenario::model::{
    ClaimTruth, DeliveryCondition, DeliveryEffect, EventId, FactId, PromiseId, PromiseKind,
    StakeholderId, Target, Trigger,
};

/// Whether `week` has a client review: every `review_every` weeks, and the week after the
/// account manager joined (`joined`).
pub fn is_review(s: &crate::scenario::model::Scenario, joined: Option<u32>, week: u32) -> bool {
    week.is_multiple_of(s.delivery.review_every) || joined.is_some_and(|j| week == j + 1)
}

impl Session {
    /// Whether this week has a client review: every `review_every` weeks, and the week after the
    /// account manager joins.
    pub(super) fn is_review(&self, week: u32) -> bool {
        let am = self.state.delivery.as_ref().and_then(|d| d.account_manager);
        is_review(&self.scenario, am, week)
    }

    /// Reviews: promises left out of the handoff surface in front of the client. One the
    /// document covers another way (the same item promised twice) is only a reminder.
    pub(super) fn review(&mut self, week: u32, events: &mut Vec<Event>) {
        if !self.is_review(week) {
            return;
        }
        let s = self.scenario.clone();
        let model = &s.delivery.model;
        events.push(Event::Review(week));
        let owned = self
            .state
            .delivery
            .as_ref()
            .is_some_and(|d| d.account_manager.is_some());
        if owned {
            for k in 0..s.stakeholders.len() {
                self.delivery_trust(
                    StakeholderId(k as u16),
                    ACCOUNT_MANAGER_REVIEW_TRUST,
                    Cause::Decision,
                    events,
                );
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
            let covered = covered_by_pid(&s, &self.state, p);
            let Some(d) = self.state.delivery.as_mut() else {
                return;
            };
            if d.left_out_surfaced[p.ix()] {
                continue;
            }
            d.left_out_surfaced[p.ix()] = true;
            if covered {
                events.push(Event::PromiseRecalled(p));
                continue;
            }
            let promise = &s.promises[p.ix()];
            let surprise_days = match &promise.kind {
                // A core item is planned whatever the document says; only its promise is news.
                PromiseKind::Scope(i) if s.offer.scope[i.ix()].core => None,
                // The same item left out twice: the first to surface brought its work.
                PromiseKind::Scope(i)
                    if d.backlog.iter().any(|w| w.kind == WorkKind::Scope(*i)) =>
                {
                    None
                }
                PromiseKind::Scope(i) => {
                    Some((WorkKind::Scope(*i), s.offer.scope[i.ix()].true_effort))
                }
                PromiseKind::Extra { effort_days, .. } => Some((WorkKind::Extra(p), *effort_days)),
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
                    LEFT_OUT_TRUST * ACCOUNT_MANAGER_LEFT_OUT_SHARE
                } else {
                    LEFT_OUT_TRUST
                };
                self.delivery_trust(promise.to, -hit, Cause::Promise(p), events);
            }
        }
    }

    /// Hidden needs nobody planned for surface at their week, as surprise work.
    pub(super) fn surface_hidden_needs(&mut self, week: u32, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        for (i, f) in s.facts.iter().enumerate() {
            let id = FactId(i as u16);
            let Some(need) = f.need else { continue };
            let Some(d) = self.state.delivery.as_mut() else {
                return;
            };
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
                need.effort_days * s.delivery.model.surprise_multiplier,
                true,
                events,
            );
            self.delivery_trust(f.owner, -need.surprise_trust, Cause::HiddenNeed(id), events);
        }
    }

    /// Technical claims meet reality at their week. A claim the document covers was planned for;
    /// one it does not is found late.
    pub(super) fn test_claims(&mut self, week: u32, events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let model = &s.delivery.model;
        for entry in self.state.ledger.clone() {
            let p = entry.promise;
            let PromiseKind::Claim(c) = s.promises[p.ix()].kind else {
                continue;
            };
            let claim = &s.offer.claims[c.ix()];
            let known = covered_by_pid(&s, &self.state, p);
            let Some(d) = self.state.delivery.as_mut() else {
                return;
            };
            if claim.surfaces_week != week || d.claims_tested[c.ix()] {
                continue;
            }
            d.claims_tested[c.ix()] = true;
            let mult = if known {
                1.0
            } else {
                model.surprise_multiplier
            };
            let held = !matches!(claim.truth, ClaimTruth::DoesNotHold { .. });
            events.push(Event::ClaimTested { claim: c, held });
            match claim.truth {
                ClaimTruth::Holds => {}
                ClaimTruth::HoldsWithWork(days) => {
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
                    self.add_work(
                        WorkKind::Claim(c),
                        Cause::Promise(p),
                        rework_days * mult,
                        true,
                        events,
                    );
                    let hit = if known {
                        trust * KNOWN_CLAIM_TRUST_SHARE
                    } else {
                        trust
                    };
                    self.delivery_trust(s.promises[p.ix()].to, -hit, Cause::Promise(p), events);
                }
            }
        }
    }

    /// The scenario's own events whose trigger fires this week.
    pub(super) fn fire_scenario_events(
        &mut self,
        week: u32,
        rng: &mut Xoshiro256PlusPlus,
        events: &mut Vec<Event>,
    ) {
        let s = self.scenario.clone();
        for (i, ev) in s.delivery.events.iter().enumerate() {
            if self.state.delivery.as_ref().is_none_or(|d| d.fired[i]) {
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
            if let Some(d) = self.state.delivery.as_mut() {
                d.fired[i] = true;
            }
            events.push(Event::ScenarioEvent(id));
            for effect in &ev.effects {
                self.apply_delivery_effect(effect, Cause::Scenario(id), events);
            }
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

    /// Moves a stakeholder's trust in delivery (clamped to 0..=100) and reports the real change.
    pub(in crate::engine) fn delivery_trust(
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
}
