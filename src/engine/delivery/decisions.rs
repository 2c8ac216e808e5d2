//! The project manager's decisions in a delivery week: which are possible (and why not), and
//! what each does before the week runs.

use super::rules::{
    CHANGE_ACCEPT_TRUST, DESCOPE_CARED_FACTOR, DESCOPE_TRUST_PER_SHARE, MAX_QUALITY_SHARE,
    MAX_TIME_REQUESTS, QUALITY_STEP, TIME_REQUEST_WEEKS, UNPICK_SHARE, change_cost,
    quality_share_offered,
};
use super::state::{DeliveryState, Member, WorkKind};
use crate::engine::refusal::Refusal;
use crate::engine::{Action, Cause, ChangeKind, Event, MAX_ACTIONS_PER_WEEK, Session};
use crate::scenario::model::{PersonId, PromiseId, PromiseKind, ScopeId, StakeholderId};

/// What a change request would meet if asked now: who it touches, what it costs them, and
/// whether the client would agree.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOutlook {
    /// The promises the change renegotiates.
    pub affected: Vec<PromiseId>,
    /// The stakeholders it touches: whoever the affected promises were made to, else everyone.
    pub touched: Vec<StakeholderId>,
    /// Trust it costs each of them, agreed or not.
    pub trust_cost: f32,
    /// Whether the client agrees (their average trust is at least [`CHANGE_ACCEPT_TRUST`]).
    pub accepted: bool,
    /// A dropped item only: money refunded to the client when they agree (the scenario's
    /// `offer.descope_refund` share of the item's price).
    pub refund: f32,
    /// A dropped item only: trust each stakeholder loses, in stakeholder order, when they agree,
    /// for what the item meant to them ([`DESCOPE_TRUST_PER_SHARE`] × the item's share of the
    /// price, × [`DESCOPE_CARED_FACTOR`] for whoever cares about its concern or was promised it).
    /// Empty for more time.
    pub item_trust: Vec<f32>,
    /// A dropped item only: person-days of work to take out what was already built of it
    /// ([`UNPICK_SHARE`] of the days done on it).
    pub unpick_days: f32,
}

impl DeliveryState {
    /// Whether a stakeholder with this trust would refuse a change now.
    pub fn refuses_change(trust: f32) -> bool {
        trust < CHANGE_ACCEPT_TRUST
    }
}

impl Session {
    /// Why the engine would refuse `action` in delivery now (`None`: it is legal).
    pub(in crate::engine) fn delivery_refusal(
        &self,
        d: &DeliveryState,
        action: &Action,
    ) -> Option<Refusal> {
        if *action == Action::EndWeek {
            return None;
        }
        if d.actions_this_week >= MAX_ACTIONS_PER_WEEK {
            return Some(Refusal::WeekFull);
        }
        let s = &self.scenario;
        let hires = s.delivery.team_size..s.delivery.people.len();
        match *action {
            Action::SetOvertime(on) if on == d.overtime => Some(Refusal::OvertimeAlready(on)),
            Action::SetOvertime(_) => None,
            Action::SetQualityShare(q) if !quality_share_offered(q) => {
                Some(Refusal::QualityNotOffered(q))
            }
            Action::SetQualityShare(q) if q == d.quality_share => {
                Some(Refusal::QualityUnchanged(q))
            }
            Action::SetQualityShare(_) => None,
            Action::Hire(p) if !hires.contains(&p.ix()) => Some(Refusal::NotForHire(p)),
            Action::Hire(p) if d.members.iter().any(|m| m.person == p) => {
                Some(Refusal::AlreadyHired(p))
            }
            Action::Hire(_) => None,
            Action::RequestDescope(item) => {
                let mut rows = d.backlog.iter().filter(|w| w.kind == WorkKind::Scope(item));
                let first = rows.clone().next();
                if first.is_none() {
                    Some(Refusal::NotInBacklog(item))
                } else if rows.clone().all(|w| w.dropped) {
                    Some(Refusal::AlreadyDropped(item))
                } else if !rows.any(|w| !w.dropped && w.finished_week.is_none()) {
                    Some(Refusal::AlreadyFinished(item))
                } else if d.change_this_week {
                    Some(Refusal::OneChangeAWeek)
                } else {
                    None
                }
            }
            Action::RequestMoreTime(w) => {
                if !TIME_REQUEST_WEEKS.contains(&w) {
                    Some(Refusal::WeeksNotOffered(w))
                } else if d.time_requests >= MAX_TIME_REQUESTS {
                    Some(Refusal::NoTimeRequestsLeft(d.time_requests))
                } else if d.change_this_week {
                    Some(Refusal::OneChangeAWeek)
                } else {
                    None
                }
            }
            Action::ClientUpdate if d.update_planned => Some(Refusal::UpdateAlreadyPlanned),
            Action::ClientUpdate => None,
            Action::InviteAccountManager if d.account_manager.is_some() => {
                Some(Refusal::AccountManagerAlreadyIn)
            }
            Action::InviteAccountManager => None,
            _ => Some(Refusal::WrongPhase(self.state.phase)),
        }
    }

    pub(in crate::engine) fn legal_delivery_actions(&self, out: &mut Vec<Action>) {
        let Some(d) = &self.state.delivery else {
            return;
        };
        out.push(Action::EndWeek);
        if d.actions_this_week >= MAX_ACTIONS_PER_WEEK {
            return;
        }
        out.push(Action::SetOvertime(!d.overtime));
        for q in (0..=MAX_QUALITY_SHARE).step_by(QUALITY_STEP as usize) {
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
                out.extend(TIME_REQUEST_WEEKS.map(Action::RequestMoreTime));
            }
        }
        if !d.update_planned {
            out.push(Action::ClientUpdate);
        }
        if d.account_manager.is_none() {
            out.push(Action::InviteAccountManager);
        }
    }

    /// What asking for `change` would meet now (`None` outside delivery). The same judgement the
    /// engine applies when the change is asked.
    pub fn change_outlook(&self, change: ChangeKind) -> Option<ChangeOutlook> {
        let s = &self.scenario;
        let d = self.state.delivery.as_ref()?;
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
        let (mut refund, mut item_trust, mut unpick_days) = (0.0, Vec::new(), 0.0);
        if let ChangeKind::Descope(item) = change {
            let item_price = self.item_price(item);
            refund = item_price * s.offer.descope_refund;
            let price = self
                .state
                .sales
                .deal
                .as_ref()
                .map_or(0.0, |deal| deal.price);
            let share = if price > 0.0 { item_price / price } else { 0.0 };
            let concern = s.offer.scope[item.ix()].concern;
            item_trust = s
                .stakeholders
                .iter()
                .enumerate()
                .map(|(k, st)| {
                    let promised = affected.iter().any(|p| s.promises[p.ix()].to.ix() == k);
                    let meant = if promised || st.cares.contains(&concern) {
                        DESCOPE_CARED_FACTOR
                    } else {
                        1.0
                    };
                    DESCOPE_TRUST_PER_SHARE * share * meant
                })
                .collect();
            unpick_days = d
                .backlog
                .iter()
                .filter(|w| w.kind == WorkKind::Scope(item) && !w.dropped)
                .map(|w| (w.total - w.remaining).max(0.0))
                .sum::<f32>()
                * UNPICK_SHARE;
        }
        Some(ChangeOutlook {
            affected,
            touched,
            trust_cost: change_cost(&s.delivery.model, d.weeks_done, d.update_planned),
            accepted: trust_before >= CHANGE_ACCEPT_TRUST,
            refund,
            item_trust,
            unpick_days,
        })
    }

    /// What a sold scope item added to the deal's price: the day rate × the days it was priced on
    /// (the team's estimate when scoped with delivery or re-priced, else the seller's guess), less
    /// the discount. 0 when there is no deal.
    pub fn item_price(&self, item: ScopeId) -> f32 {
        let s = &self.scenario;
        let Some(deal) = &self.state.sales.deal else {
            return 0.0;
        };
        let days = self.priced_days(item);
        s.offer.day_rate * days * (1.0 - deal.discount_pct / 100.0)
    }

    /// Applies a delivery decision; returns true when it ended the week and delivery with it.
    pub(in crate::engine) fn delivery_action(
        &mut self,
        action: &Action,
        events: &mut Vec<Event>,
    ) -> bool {
        if *action == Action::EndWeek {
            return self.run_week(events);
        }
        let s = self.scenario.clone();
        let Some(d) = self.state.delivery.as_mut() else {
            return false;
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
                    joined: d.weeks_done,
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
                d.account_manager = Some(d.weeks_done);
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
        false
    }

    fn request_change(&mut self, change: ChangeKind, events: &mut Vec<Event>) {
        let Some(outlook) = self.change_outlook(change) else {
            return;
        };
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        d.change_this_week = true;
        if let ChangeKind::MoreTime(_) = change {
            d.time_requests += 1;
        }
        if outlook.accepted {
            match change {
                ChangeKind::Descope(item) => {
                    drop_item(d, item);
                    d.refunded += outlook.refund;
                }
                ChangeKind::MoreTime(w) => {
                    d.deadline += w;
                    d.team_deadline += w;
                }
            }
            for p in &outlook.affected {
                if !d.renegotiated.contains(p) {
                    d.renegotiated.push(*p);
                }
            }
        }
        events.push(Event::ChangeRequested {
            change,
            accepted: outlook.accepted,
            trust_cost: outlook.trust_cost,
        });
        for k in outlook.touched {
            self.delivery_trust(k, -outlook.trust_cost, Cause::Decision, events);
        }
        if let (true, ChangeKind::Descope(item)) = (outlook.accepted, change) {
            if outlook.refund > 0.0 {
                events.push(Event::Refunded {
                    item,
                    amount: outlook.refund,
                });
            }
            for (k, loss) in outlook.item_trust.iter().enumerate() {
                if *loss > 0.0 {
                    self.delivery_trust(StakeholderId(k as u16), -loss, Cause::Decision, events);
                }
            }
            self.add_work(
                WorkKind::Unpick(item),
                Cause::Decision,
                outlook.unpick_days,
                false,
                events,
            );
        }
    }
}

fn drop_item(d: &mut DeliveryState, item: ScopeId) {
    for w in d.backlog.iter_mut() {
        if w.kind == WorkKind::Scope(item) {
            w.dropped = true;
        }
    }
}
