//! The sales phase: meetings, pacing, promises, and the client's decision.

use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};

use super::{
    Deal, Event, Heard, LedgerEntry, PaceRecord, PaceVerdict, Phase, Session, clamp_trust,
    outcome::Outcome,
};
use crate::scenario::model::{
    AnswerId, Approval, ClaimId, ClaimTruth, Concern, Condition, Effect, FactId, MeetingId, Pacing,
    PromiseId, PromiseKind, Role, ScopeId, StakeholderId, Target,
};

/// How an answer of `depth` lands with a stakeholder at `readiness` under the scenario's pacing
/// rule: the verdict, the trust it moves, and how far too deep it went (0 unless too deep).
/// The one place the pacing rule is written: the sales phase and the pacing drill both call it.
pub fn pace(p: &Pacing, depth: u8, readiness: f32) -> (PaceVerdict, f32, f32) {
    let depth = depth as f32;
    if depth > readiness + p.tolerance {
        let over = depth - readiness - p.tolerance;
        (PaceVerdict::TooDeep, -p.too_deep_trust * over.ceil(), over)
    } else if depth < readiness - p.shallow_gap {
        let under = readiness - p.shallow_gap - depth;
        (
            PaceVerdict::TooShallow,
            -p.too_shallow_trust * under.ceil(),
            0.0,
        )
    } else {
        (PaceVerdict::Matched, p.matched_trust, 0.0)
    }
}

impl Session {
    /// Moves to meeting `from` or the first later one whose condition holds; closes sales after the last.
    pub(super) fn enter_meeting(&mut self, from: usize, events: &mut Vec<Event>) {
        let mut m = from;
        while m < self.scenario.meetings.len() {
            let ms = &self.scenario.meetings[m];
            if self.condition(&ms.when) {
                let id = MeetingId(m as u16);
                if ms.may_invite.is_empty() {
                    self.begin_meeting(id, &[], events);
                } else {
                    self.state.phase = Phase::Invite(id);
                }
                return;
            }
            events.push(Event::MeetingSkipped(MeetingId(m as u16)));
            m += 1;
        }
        // Only reachable if the closing meeting was skipped: validation forbids a conditional close,
        // but decide anyway so a session can never hang.
        self.decide(events);
    }

    pub(super) fn invite(&mut self, roles: &[Role], events: &mut Vec<Event>) {
        if let Phase::Invite(m) = self.state.phase {
            self.begin_meeting(m, roles, events);
        }
    }

    fn begin_meeting(&mut self, m: MeetingId, roles: &[Role], events: &mut Vec<Event>) {
        let s = self.scenario.clone();
        let ms = &s.meetings[m.ix()];
        let sales = &mut self.state.sales;
        sales.attending = roles.to_vec();
        sales.attended[m.ix()] = roles.to_vec();
        let cost = s.sales.presales_cost * roles.len() as f32;
        sales.presales_cost += cost;
        self.book_meeting(m, roles, events);
        events.push(Event::MeetingStarted {
            meeting: m,
            attending: roles.to_vec(),
            presales_cost: cost,
        });
        if !roles.is_empty() && !s.is_internal(m) {
            self.change_patience(-s.sales.attendee_patience * roles.len() as i32, events);
        }
        for (i, fact) in s.facts.iter().enumerate() {
            if self.state.sales.known[i] || !ms.present.contains(&fact.owner) {
                continue;
            }
            if let Some(role) = fact.noticed_by.iter().find(|r| roles.contains(r)) {
                self.state.sales.known[i] = true;
                events.push(Event::FactNoticed {
                    fact: FactId(i as u16),
                    by: *role,
                });
            }
        }
        self.next_beat(m, 0, events);
    }

    /// Presents beat `from` of `m` or the next one whose condition holds; ends the meeting after the last.
    fn next_beat(&mut self, m: MeetingId, from: usize, events: &mut Vec<Event>) {
        if self.walked_away(events) {
            return;
        }
        let beats = &self.scenario.meetings[m.ix()].beats;
        for (b, beat) in beats.iter().enumerate().skip(from) {
            if self.condition(&beat.when) && self.any_answer(m, b) {
                self.state.phase = Phase::Beat(m, b as u16);
                events.push(Event::BeatPresented {
                    meeting: m,
                    beat: b as u16,
                });
                return;
            }
        }
        self.end_meeting(m, events);
    }

    fn any_answer(&self, m: MeetingId, b: usize) -> bool {
        self.scenario.meetings[m.ix()].beats[b]
            .answers
            .iter()
            .any(|c| self.condition(&self.scenario.answers[c.ix()].requires))
    }

    fn end_meeting(&mut self, m: MeetingId, events: &mut Vec<Event>) {
        self.state.sales.attending.clear();
        // Colleagues in the room decide whether they agree.
        let s = self.scenario.clone();
        for &k in &s.meetings[m.ix()].present {
            let Some(c) = &s.stakeholders[k.ix()].colleague else {
                continue;
            };
            if self.state.sales.agreed.contains(&k) {
                continue;
            }
            let agreed = self.state.sales.trust[k.ix()] >= c.agrees_at;
            if agreed {
                self.state.sales.agreed.push(k);
            }
            events.push(Event::Agreement {
                colleague: k,
                agreed,
            });
        }
        if self.scenario.meetings[m.ix()].closes {
            self.decide(events);
        } else {
            self.enter_meeting(m.ix() + 1, events);
        }
    }

    pub(super) fn choose(&mut self, c: AnswerId, events: &mut Vec<Event>) {
        let Phase::Beat(m, b) = self.state.phase else {
            return;
        };
        let s = self.scenario.clone();
        let answer = &s.answers[c.ix()];
        let ms = &s.meetings[m.ix()];
        events.push(Event::Chose(c));
        self.state.sales.chosen[c.ix()] = true;
        // The client's patience is spent in the client's meetings, not in internal ones.
        let internal = s.is_internal(m);
        if !internal {
            self.change_patience(-1, events);
        }

        // 1. Pacing against each stakeholder in the room.
        let p = &s.sales.pacing;
        let mut room = Vec::with_capacity(ms.present.len());
        let mut over_levels: f32 = 0.0;
        for &k in &ms.present {
            let ready = self.state.sales.readiness[k.ix()];
            let (verdict, delta, over) = pace(p, answer.depth, ready);
            over_levels = over_levels.max(over);
            events.push(Event::Paced {
                stakeholder: k,
                depth: answer.depth,
                readiness: ready,
                verdict,
            });
            self.change_trust(k, delta, events);
            room.push((k, ready, verdict));
        }
        if over_levels > 0.0 && !internal {
            self.change_patience(-p.too_deep_patience * over_levels.ceil() as i32, events);
        }
        // 1b. The words it is said in, against each listener's fluency.
        let heard = self.hear(answer, &ms.present, events);
        self.state.sales.pacing.push(PaceRecord {
            meeting: m,
            beat: b,
            answer: c,
            depth: answer.depth,
            room,
            heard: heard.clone(),
        });

        // 2. The answer's own effects, revelations and promises.
        for e in &answer.effects {
            match *e {
                Effect::Trust(t, d) => {
                    for k in self.targets(t, &ms.present) {
                        self.change_trust(k, d, events);
                    }
                }
                Effect::Readiness(t, d) => {
                    for k in self.targets(t, &ms.present) {
                        self.set_readiness(k, self.state.sales.readiness[k.ix()] + d, events);
                    }
                }
                Effect::Patience(d) => self.change_patience(d, events),
            }
        }
        for &f in &answer.reveals {
            if !self.state.sales.known[f.ix()] {
                self.state.sales.known[f.ix()] = true;
                events.push(Event::FactRevealed(f));
            }
        }
        let designer_here = self.state.sales.attending.contains(&Role::SeniorDesigner);
        let pm_involved = self.pm_involved();
        for &pid in &answer.promises {
            if self.state.sales.promised[pid.ix()] {
                continue;
            }
            self.state.sales.promised[pid.ix()] = true;
            self.state.ledger.push(LedgerEntry {
                promise: pid,
                meeting: m,
                answer_number: self.state.sales.answers_given,
            });
            events.push(Event::PromiseMade(pid));
            match s.promises[pid.ix()].kind {
                PromiseKind::Scope(item) if pm_involved => {
                    self.state.sales.scoped[item.ix()] = true
                }
                PromiseKind::Claim(claim)
                    if designer_here
                        && !matches!(s.offer.claims[claim.ix()].truth, ClaimTruth::Holds) =>
                {
                    events.push(Event::ClaimWarned(claim));
                }
                _ => {}
            }
        }
        // Core items get delivery's estimate as soon as a project manager has been involved.
        if pm_involved {
            for (i, item) in s.offer.scope.iter().enumerate() {
                if item.core {
                    self.state.sales.scoped[i] = true;
                }
            }
        }
        self.state.sales.answers_given += 1;

        // 3. Readiness grows with agreement, for those who followed.
        for &k in &ms.present {
            if heard.contains(&(k, Heard::Lost)) {
                continue;
            }
            let grow =
                s.stakeholders[k.ix()].readiness_growth * self.state.sales.trust[k.ix()] / 100.0;
            self.set_readiness(k, self.state.sales.readiness[k.ix()] + grow, events);
        }

        if answer.ends_meeting {
            if !self.walked_away(events) {
                self.end_meeting(m, events);
            }
        } else {
            self.next_beat(m, b as usize + 1, events);
        }
    }

    /// How the listeners in the room take `answer`'s register: who does not fully speak it is
    /// rescued by a delivery person in the room who puts it into plain words (not the one
    /// speaking), or loses the thread and `(1 - fluency)` of the register's `lost_trust`.
    fn hear(
        &mut self,
        answer: &crate::scenario::model::Answer,
        present: &[StakeholderId],
        events: &mut Vec<Event>,
    ) -> Vec<(StakeholderId, Heard)> {
        let Some(r) = answer.register else {
            return Vec::new();
        };
        let s = self.scenario.clone();
        let reg = &s.sales.registers[r.ix()];
        let rescuer = reg
            .rescued_by
            .iter()
            .find(|role| **role != answer.by && self.state.sales.attending.contains(role))
            .copied();
        let mut out = Vec::new();
        for &k in present {
            let fluency = s.stakeholders[k.ix()]
                .fluency
                .get(r.ix())
                .copied()
                .unwrap_or(0.0);
            if reg.everyone || fluency >= 1.0 {
                continue;
            }
            let heard = match rescuer {
                Some(role) => Heard::Rescued(role),
                None => Heard::Lost,
            };
            events.push(Event::Heard {
                stakeholder: k,
                register: r,
                heard,
            });
            if heard == Heard::Lost {
                self.change_trust(k, -reg.lost_trust * (1.0 - fluency), events);
            }
            out.push((k, heard));
        }
        out
    }

    fn targets(&self, t: Target, present: &[StakeholderId]) -> Vec<StakeholderId> {
        match t {
            Target::One(k) => vec![k],
            Target::All => present.to_vec(),
        }
    }

    pub(super) fn change_trust(&mut self, k: StakeholderId, delta: f32, events: &mut Vec<Event>) {
        let trust = &mut self.state.sales.trust[k.ix()];
        let new = clamp_trust(*trust + delta);
        let real = new - *trust;
        *trust = new;
        if real != 0.0 {
            events.push(Event::TrustChanged {
                stakeholder: k,
                delta: real,
                cause: None,
            });
        }
    }

    fn set_readiness(&mut self, k: StakeholderId, value: f32, events: &mut Vec<Event>) {
        let value = value.clamp(1.0, 5.0);
        let r = &mut self.state.sales.readiness[k.ix()];
        if *r != value {
            *r = value;
            events.push(Event::ReadinessChanged {
                stakeholder: k,
                readiness: value,
            });
        }
    }

    pub(super) fn change_patience(&mut self, delta: i32, events: &mut Vec<Event>) {
        if delta == 0 {
            return;
        }
        let p = &mut self.state.sales.patience;
        *p = (*p + delta).max(0);
        events.push(Event::PatienceChanged { delta, left: *p });
    }

    /// Ends the sales phase as lost if someone lost faith or patience ran out.
    fn walked_away(&mut self, events: &mut Vec<Event>) -> bool {
        let floor = self.scenario.sales.walk_away_trust;
        // Colleagues do not walk away: only the client's people can end the deal.
        let who = self
            .state
            .sales
            .trust
            .iter()
            .enumerate()
            .position(|(k, &t)| t < floor && !self.scenario.is_colleague(StakeholderId(k as u16)))
            .map(|i| StakeholderId(i as u16));
        if who.is_none() && self.state.sales.patience > 0 {
            return false;
        }
        events.push(Event::ClientWalkedAway { stakeholder: who });
        self.lose(events);
        true
    }

    pub(super) fn lose(&mut self, events: &mut Vec<Event>) {
        self.state.phase = Phase::Over;
        self.state.sales.attending.clear();
        self.state.outcome = Some(Outcome::lost(&self.scenario, &self.state));
        events.push(Event::SessionOver { won: false });
    }

    /// The claims an answer would promise that a senior designer in the room sees through: empty
    /// unless one attends this meeting. Shown beside the answer before the player chooses.
    pub fn designer_warnings(&self, answer: AnswerId) -> Vec<ClaimId> {
        let s = &self.scenario;
        if !self.state.sales.attending.contains(&Role::SeniorDesigner) {
            return Vec::new();
        }
        let Some(c) = s.answers.get(answer.ix()) else {
            return Vec::new();
        };
        c.promises
            .iter()
            .filter_map(|p| match s.promises[p.ix()].kind {
                PromiseKind::Claim(claim)
                    if !matches!(s.offer.claims[claim.ix()].truth, ClaimTruth::Holds) =>
                {
                    Some(claim)
                }
                _ => None,
            })
            .collect()
    }

    /// The colleague whose agreement promise `p` needs: a discount, a date sooner than the
    /// standard delivery, or a special term, when a colleague approves that kind.
    pub fn approver(&self, p: PromiseId) -> Option<StakeholderId> {
        let s = &self.scenario;
        let kind = match s.promises[p.ix()].kind {
            PromiseKind::Discount(pct) if pct > 0.0 => Approval::Discount,
            PromiseKind::Deadline(w) if w < s.offer.standard_weeks => Approval::EarlyDate,
            PromiseKind::Extra { .. } => Approval::SpecialTerm,
            _ => return None,
        };
        s.stakeholders
            .iter()
            .position(|k| {
                k.colleague
                    .as_ref()
                    .is_some_and(|c| c.approves.contains(&kind))
            })
            .map(|i| StakeholderId(i as u16))
    }

    /// The colleague who never agreed to promise `p`, though it needed them: a gap the
    /// delivery lead sees in the document.
    pub fn unagreed(&self, p: PromiseId) -> Option<StakeholderId> {
        self.approver(p)
            .filter(|k| !self.state.sales.agreed.contains(k))
    }

    /// The deepest answer stakeholder `k` takes as well paced now: readiness plus the pacing
    /// tolerance, in whole levels (1 to 5). A deeper answer is judged too deep.
    pub fn deepest_paced_depth(&self, k: StakeholderId) -> u8 {
        let limit = self.state.sales.readiness[k.ix()] + self.scenario.sales.pacing.tolerance;
        limit.floor().clamp(1.0, 5.0) as u8
    }

    /// Whether a project manager has attended a meeting so far: a scope item promised from now
    /// on is scoped with delivery (`docs/rules.md` section 1).
    pub(super) fn pm_involved(&self) -> bool {
        self.state
            .sales
            .attended
            .iter()
            .flatten()
            .any(|r| *r == Role::ProjectManager)
    }

    /// The days scope item `i` is priced on now: the team's true effort once scoped with
    /// delivery (or re-priced), else the seller's guess. The one formula behind the price, the
    /// delivery lead's notes and the PID review's queries.
    pub fn priced_days(&self, i: ScopeId) -> f32 {
        let item = &self.scenario.offer.scope[i.ix()];
        if self.state.sales.scoped[i.ix()] {
            item.true_effort
        } else {
            item.sales_estimate
        }
    }

    /// The days scope item `i` would be priced on once promise `p` (of that item) is made now:
    /// a new promise made after a project manager attended is scoped with delivery.
    pub fn priced_days_if_promised(&self, p: PromiseId, i: ScopeId) -> f32 {
        if !self.state.sales.promised[p.ix()] && self.pm_involved() {
            self.scenario.offer.scope[i.ix()].true_effort
        } else {
            self.priced_days(i)
        }
    }

    /// The deal as it stands: what would be priced and promised if the client signed now.
    pub fn deal_on_table(&self) -> Deal {
        let s = &self.scenario;
        let sales = &self.state.sales;
        let mut scope: Vec<ScopeId> = Vec::new();
        let mut discount: f32 = 0.0;
        let mut deadline: Option<u32> = None;
        for (i, item) in s.offer.scope.iter().enumerate() {
            if item.core {
                scope.push(ScopeId(i as u16));
            }
        }
        for entry in &self.state.ledger {
            match s.promises[entry.promise.ix()].kind {
                PromiseKind::Scope(item) if !scope.contains(&item) => scope.push(item),
                PromiseKind::Discount(pct) => discount = discount.max(pct),
                PromiseKind::Deadline(w) => deadline = Some(deadline.map_or(w, |d: u32| d.min(w))),
                _ => {}
            }
        }
        scope.sort();
        // Hidden needs found during sales are scoped and priced like any other work.
        let needs_days: f32 = s
            .facts
            .iter()
            .zip(&sales.known)
            .filter_map(|(f, known)| f.need.filter(|_| *known).map(|n| n.effort_days))
            .sum();
        let estimate_days: f32 =
            needs_days + scope.iter().map(|&i| self.priced_days(i)).sum::<f32>();
        let price = s.offer.day_rate * estimate_days * (1.0 - discount / 100.0);
        let deadline_weeks = deadline.unwrap_or(s.offer.standard_weeks);
        let score = self.client_score(price, deadline_weeks);
        let d = &s.sales.decision;
        let sign_chance = (0.5 + (score - d.threshold) / d.spread).clamp(0.0, 1.0);
        Deal {
            signed: false,
            sign_chance,
            price,
            discount_pct: discount,
            deadline_weeks,
            scope,
            estimate_days,
            score,
            threshold: s.sales.decision.threshold,
            close_day: sales.days,
        }
    }

    /// Extra days meeting `m` slips in the client's diary: 0 to `most`, one draw per seed and meeting.
    pub(super) fn slip_days(seed: u64, m: MeetingId, most: u32) -> u32 {
        if most == 0 {
            return 0;
        }
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(
            seed ^ 0x9E37_79B9_7F4A_7C15 ^ (m.ix() as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9),
        );
        (rng.next_u64() % (most as u64 + 1)) as u32
    }

    /// What the rival bid does to the client's score for a price and a date: the relative
    /// difference of each (capped at 100 % either way) times the rival's weight; positive when the
    /// deal is cheaper and sooner than the rival's, negative when dearer and later.
    pub fn rival_pull(s: &crate::scenario::model::Scenario, price: f32, weeks: u32) -> f32 {
        let Some(r) = &s.sales.incentives.rival else {
            return 0.0;
        };
        let price_gap = ((r.price - price) / r.price).clamp(-1.0, 1.0);
        let date_gap = ((r.weeks as f32 - weeks as f32) / r.weeks as f32).clamp(-1.0, 1.0);
        r.weight * (price_gap + date_gap)
    }

    /// The client's decision score for a price and a date: weighted trust plus the value of
    /// promises, less price pressure, against the rival bid.
    fn client_score(&self, price: f32, weeks: u32) -> f32 {
        let s = &self.scenario;
        let d = &s.sales.decision;
        let mut score = 0.0;
        for (k, st) in s.stakeholders.iter().enumerate() {
            let mut value = 0.0;
            for entry in &self.state.ledger {
                let p = &s.promises[entry.promise.ix()];
                if st.cares.contains(&self.promise_concern(entry.promise)) {
                    value += d.value_per_promise;
                }
                if p.to.ix() == k {
                    value += d.value_per_promise;
                }
            }
            score += st.weight * (self.state.sales.trust[k] / 100.0 + value);
        }
        if d.budget > 0.0 && price > d.budget {
            score -= d.price_sensitivity * ((price / d.budget - 1.0) * 10.0);
        }
        score + Self::rival_pull(s, price, weeks) - self.late_close_score(self.state.sales.days)
    }

    /// The concern a promise speaks to.
    pub fn promise_concern(&self, p: crate::scenario::model::PromiseId) -> Concern {
        Self::concern_of(&self.scenario, p)
    }

    /// The concern a promise speaks to, from the scenario alone.
    pub fn concern_of(
        s: &crate::scenario::model::Scenario,
        p: crate::scenario::model::PromiseId,
    ) -> Concern {
        match &s.promises[p.ix()].kind {
            PromiseKind::Scope(i) => s.offer.scope[i.ix()].concern,
            PromiseKind::Deadline(_) => Concern::Schedule,
            PromiseKind::Discount(_) => Concern::Cost,
            PromiseKind::Claim(_) => Concern::Innovation,
            PromiseKind::Extra { concern, .. } => *concern,
        }
    }

    /// The client's roll at the close: one number per seed, so a what-if faces the same luck.
    pub(super) fn decision_roll(&self) -> f32 {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(self.seed ^ 0xD1B5_4A32_D192_ED03);
        (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    fn decide(&mut self, events: &mut Vec<Event>) {
        let mut deal = self.deal_on_table();
        deal.signed = self.decision_roll() < deal.sign_chance;
        events.push(Event::DealDecided {
            signed: deal.signed,
            chance: deal.sign_chance,
            score: deal.score,
            threshold: deal.threshold,
            price: deal.price,
        });
        let signed = deal.signed;
        self.state.sales.deal = Some(deal);
        if signed {
            self.state.phase = Phase::Handoff;
        } else {
            self.lose(events);
        }
    }

    /// Whether a sales condition holds now.
    pub fn condition(&self, c: &Condition) -> bool {
        let sales = &self.state.sales;
        match c {
            Condition::Always => true,
            Condition::Chose(x) => sales.chosen[x.ix()],
            Condition::Knows(f) => sales.known[f.ix()],
            Condition::Promised(p) => sales.promised[p.ix()],
            Condition::Attending(r) => *r == Role::Seller || sales.attending.contains(r),
            Condition::Involved(r) => {
                *r == Role::Seller || sales.attended.iter().flatten().any(|a| a == r)
            }
            Condition::TrustAtLeast(k, t) => sales.trust[k.ix()] >= *t,
            Condition::ReadinessAtLeast(k, r) => sales.readiness[k.ix()] >= *r,
            Condition::Agreed(k) => sales.agreed.contains(k),
            Condition::All(cs) => cs.iter().all(|c| self.condition(c)),
            Condition::Any(cs) => cs.iter().any(|c| self.condition(c)),
            Condition::Not(c) => !self.condition(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::Action;
    use super::*;
    use crate::scenario::model::Scenario;

    fn fixture() -> Scenario {
        let src = include_str!("../../tests/fixtures/dynamics.scenario.ron");
        crate::scenario::parse_str(src, "dynamics").expect("fixture loads")
    }

    fn choose(s: &mut Session, key: &str) {
        let c = s.scenario.answer_by_key(key).unwrap();
        s.apply(Action::Choose(c)).unwrap();
    }

    #[test]
    fn a_designer_in_the_room_flags_a_false_claim_before_it_is_made() {
        let sc = Arc::new(fixture());
        let c_yes = sc.answer_by_key("c_yes").unwrap();
        let c_no = sc.answer_by_key("c_no").unwrap();
        let claim = sc
            .offer
            .claims
            .iter()
            .position(|c| c.key == "realtime")
            .unwrap();
        for (roles, warned) in [
            (vec![], false),
            (vec![Role::ProjectManager], false),
            (vec![Role::SeniorDesigner], true),
        ] {
            let mut s = Session::new(sc.clone(), 1);
            s.apply(Action::Invite(roles.clone())).unwrap();
            let expected = if warned {
                vec![ClaimId(claim as u16)]
            } else {
                vec![]
            };
            assert_eq!(s.designer_warnings(c_yes), expected, "{roles:?}");
            assert!(s.designer_warnings(c_no).is_empty());
        }
    }

    #[test]
    fn too_deep_counts_whole_levels_over_readiness_plus_tolerance() {
        for (readiness, trust, patience) in [(4.6, 52.0, 19), (4.4, 44.0, 18), (3.4, 38.0, 17)] {
            let mut sc = fixture();
            sc.stakeholders[0].readiness = readiness;
            sc.stakeholders[1].readiness = readiness;
            let mut s = Session::new(Arc::new(sc), 1);
            s.apply(Action::Invite(vec![])).unwrap();
            choose(&mut s, "p_deep");
            // Depth 5: over by 5 − readiness − 0.5, rounded up, × 6 trust, × 1 patience.
            assert_eq!(s.state.sales.trust, vec![trust; 2], "readiness {readiness}");
            assert_eq!(s.state.sales.patience, patience, "readiness {readiness}");
        }
    }

    #[test]
    fn the_price_uses_delivery_estimates_once_a_project_manager_is_involved() {
        let sc = Arc::new(fixture());
        let mut alone = Session::new(sc.clone(), 1);
        alone.apply(Action::Invite(vec![])).unwrap();
        let mut pm = Session::new(sc.clone(), 1);
        pm.apply(Action::Invite(vec![Role::ProjectManager]))
            .unwrap();
        for s in [&mut alone, &mut pm] {
            for key in ["p_match", "m_ok", "n_skip", "s_yes"] {
                choose(s, key);
            }
        }
        assert_eq!(alone.deal_on_table().estimate_days, 40.0 + 12.0);
        assert_eq!(pm.deal_on_table().estimate_days, 60.0 + 20.0);
        assert_eq!(pm.deal_on_table().price, 80_000.0);
        assert_eq!(pm.state.sales.presales_cost, sc.sales.presales_cost);
        assert_eq!(pm.state.sales.patience, alone.state.sales.patience - 1);
    }

    #[test]
    fn a_price_over_budget_costs_score_per_ten_percent_over() {
        let mut sc = fixture();
        sc.sales.decision.budget = 32_000.0;
        let over = Session::new(Arc::new(sc), 1);
        let free = Session::new(Arc::new(fixture()), 1);
        // Core only, seller's guess: 40 days × 1000 = 40,000, 25 % over budget.
        let (a, b) = (over.deal_on_table(), free.deal_on_table());
        assert_eq!(a.price, 40_000.0);
        let lost = b.score - a.score;
        assert!((lost - 0.1 * 2.5).abs() < 1e-5, "{lost}");
    }

    #[test]
    fn a_promised_deadline_sets_the_deal_and_core_scope_is_always_sold() {
        let sc = fixture();
        let mut s = Session::new(Arc::new(sc), 1);
        s.state.ledger.push(LedgerEntry {
            promise: s.scenario.promise_by_key("pr_six_weeks").unwrap(),
            meeting: MeetingId(1),
            answer_number: 0,
        });
        let deal = s.deal_on_table();
        assert_eq!(deal.deadline_weeks, 6);
        assert_eq!(deal.discount_pct, 0.0);
        assert_eq!(deal.scope, vec![ScopeId(0)]);
    }
}
