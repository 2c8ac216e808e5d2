//! The rules engine: a deterministic [`Session`] that takes [`Action`]s and returns [`Event`]s.
//!
//! Plain Rust: no Bevy, no egui. Same scenario, seed and actions give the same event log and
//! outcome on every platform: the only randomness is a portable [`Xoshiro256PlusPlus`] seeded
//! per delivery week from the session seed, and nothing that reaches a result iterates a hash map.
//! The rules themselves are described in `docs/rules.md`.

pub mod action;
pub mod campaign;
pub mod cues;
pub mod debrief;
pub mod delivery;
pub mod event;
pub mod facilitator;
mod facts;
pub mod outcome;
pub mod policy;
pub mod preview;
pub mod refusal;
pub mod retro;
mod review;
pub mod roles;
mod sales;
pub mod scorecards;
pub mod script;
pub mod support;
pub mod told;
pub mod view;
pub mod viewer;
pub mod walk_away;

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use action::{Action, NamedAction, PidItem, UnknownRef};
pub use debrief::{Debrief, PromiseEdit, WhatIf};
pub use delivery::{
    CHANGE_ACCEPT_TRUST, ChangeOutlook, DeliveryState, Member, WeekRecord, WorkItem, WorkKind,
};
pub use event::{BrokenBecause, Cause, ChangeKind, Event, Heard, PaceVerdict};
pub use outcome::Outcome;
pub use preview::{
    CommissionBasis, DealStanding, DeliveryPreview, Preview, Projection, SalesEnd, SalesPreview,
    WhatIfBarred,
};
pub use refusal::Refusal;
pub use retro::{RETRO_MAX_CHARS, Retro, RetroAnswer};
pub use roles::{FlagConcern, FlagRecord, Rebaseline, ReviewStep, RolesState, Seat, TableMode};
pub use sales::pace;
pub use scorecards::{
    CompanyScorecard, DeliveryScorecard, PlanCommission, Scorecards, SellerScorecard,
};
pub use support::Support;
pub use view::RoleView;
pub use viewer::{ViewOptions, Viewer};

use crate::scenario::model::{
    AnswerId, FactId, MeetingId, PromiseId, Role, Scenario, ScopeId, StakeholderId,
};

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Before the first meeting, with `sales.campaign`: the seller plans the campaign.
    Plan,
    /// Before a meeting: choose who joins the seller.
    Invite(MeetingId),
    /// In a meeting: answer the beat.
    Beat(MeetingId, u16),
    /// The deal is signed: write the PID.
    Handoff,
    /// Two roles only: the delivery lead reviews the document before delivery starts.
    Review,
    /// Delivery is under way.
    Delivery,
    /// Nothing more to decide: see the outcome and the debrief.
    Over,
}

/// A promise in the ledger: what, when, by whom, to whom.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// The promise (its text, kind, speaker and stakeholder are in the scenario).
    pub promise: PromiseId,
    /// The meeting it was made in.
    pub meeting: MeetingId,
    /// The number of the answer it was made in (0-based, over the whole sales phase).
    pub answer_number: u32,
}

/// One answer's pacing, for the debrief's chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaceRecord {
    /// Meeting.
    pub meeting: MeetingId,
    /// Beat index in the meeting.
    pub beat: u16,
    /// The answer.
    pub answer: AnswerId,
    /// Its depth.
    pub depth: u8,
    /// Each stakeholder in the room: readiness before the answer, and the verdict.
    pub room: Vec<(StakeholderId, f32, PaceVerdict)>,
    /// Listeners who did not speak the answer's register: lost, or rescued (empty for plain
    /// words, and in a scenario without registers).
    #[serde(default)]
    pub heard: Vec<(StakeholderId, Heard)>,
}

impl PaceRecord {
    /// True when nobody in the room found the answer too deep or too shallow.
    pub fn matched(&self) -> bool {
        self.room.iter().all(|(_, _, v)| *v == PaceVerdict::Matched)
    }
}

/// The deal on the table at the close.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// Whether the client signed (false until the client has decided).
    pub signed: bool,
    /// The chance the client signs, from their score against the threshold.
    pub sign_chance: f32,
    /// Price after discount.
    pub price: f32,
    /// Discount in percent.
    pub discount_pct: f32,
    /// Weeks promised (or standard).
    pub deadline_weeks: u32,
    /// Scope sold (core plus promised), in scenario order.
    pub scope: Vec<ScopeId>,
    /// Estimated person-days the price was built on.
    pub estimate_days: f32,
    /// The client's score and the threshold.
    pub score: f32,
    /// Needed score.
    pub threshold: f32,
    /// Calendar day of the close, counted from the first meeting (see `sales.quarter`).
    #[serde(default)]
    pub close_day: u32,
}

/// Everything the sales phase tracks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SalesState {
    /// Trust per stakeholder, 0..=100.
    pub trust: Vec<f32>,
    /// Readiness per stakeholder, 1..=5.
    pub readiness: Vec<f32>,
    /// Client patience left.
    pub patience: i32,
    /// Facts known, by fact index.
    pub known: Vec<bool>,
    /// Answers chosen, by answer index.
    pub chosen: Vec<bool>,
    /// Promises made, by promise index.
    pub promised: Vec<bool>,
    /// Scope items whose estimate came from delivery people.
    pub scoped: Vec<bool>,
    /// Who attends the current meeting.
    pub attending: Vec<Role>,
    /// Who from delivery attended, per meeting (empty when skipped or alone).
    pub attended: Vec<Vec<Role>>,
    /// Money spent on delivery people's presales time.
    pub presales_cost: f32,
    /// Answers given so far.
    pub answers_given: u32,
    /// The pacing record, one per answer.
    pub pacing: Vec<PaceRecord>,
    /// The deal, once decided.
    pub deal: Option<Deal>,
    /// Calendar days the meetings held so far have taken (see `sales.quarter`).
    #[serde(default)]
    pub days: u32,
    /// The colleagues who have agreed, in the order they did.
    #[serde(default)]
    pub agreed: Vec<StakeholderId>,
    /// The campaign plan (with `sales.campaign`).
    #[serde(default)]
    pub plan: Option<campaign::CampaignPlan>,
    /// The meetings held against the plan (with `sales.campaign`).
    #[serde(default)]
    pub held: Vec<campaign::Held>,
}

/// The whole serialisable state of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct State {
    /// Where the session stands.
    pub phase: Phase,
    /// Sales.
    pub sales: SalesState,
    /// The promise ledger, in the order promises were made.
    pub ledger: Vec<LedgerEntry>,
    /// What is written in the PID.
    pub pid: BTreeSet<PidItem>,
    /// Delivery, once started.
    pub delivery: Option<DeliveryState>,
    /// The outcome, once over.
    pub outcome: Option<Outcome>,
    /// Flags, the review and what surfaced: the two-role table's record (empty in solo).
    #[serde(default)]
    pub roles: RolesState,
    /// The two-role retrospective, once the session is over (empty in solo).
    #[serde(default, skip_serializing_if = "Retro::is_empty")]
    pub retro: Retro,
}

/// Why an action was refused. The session is unchanged when `apply` returns one of these.
/// `src/wording/refusal.rs` words it (its `Display`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ActionError {
    /// The action is not possible at this point of the session.
    NotNow {
        /// The action, with the scenario's id of what it names ([`Session::named`]).
        action: NamedAction,
        /// Why not.
        refusal: Refusal,
    },
    /// The action names something the scenario does not have (the thing, by its number).
    Unknown(UnknownRef),
}

impl std::error::Error for ActionError {}

/// The most actions a delivery week accepts before only `EndWeek` is legal (keeps any policy finite).
pub const MAX_ACTIONS_PER_WEEK: u32 = 16;

/// A playthrough of one scenario with one seed.
#[derive(Debug, Clone)]
pub struct Session {
    scenario: Arc<Scenario>,
    mode: TableMode,
    seed: u64,
    state: State,
    log: Vec<Event>,
    actions: Vec<Action>,
    /// State and action count at handoff, for what-if replays.
    handoff: Option<(Box<State>, usize)>,
    /// The level of support the player chose: metadata for the reports, read by no rule.
    support: Support,
    /// A facilitator's pushed events, each with the number of actions taken before it, so that
    /// what-if replays push them at the same point.
    pushes: Vec<(usize, facilitator::PushedEvent)>,
    /// Where in the log the last decision's (or push's) events begin.
    last_from: usize,
}

impl Session {
    /// Starts a session at the first meeting.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Self {
        let s = &scenario;
        let sales = SalesState {
            trust: s.stakeholders.iter().map(|k| k.trust).collect(),
            readiness: s.stakeholders.iter().map(|k| k.readiness).collect(),
            patience: s.client.patience,
            known: vec![false; s.facts.len()],
            chosen: vec![false; s.answers.len()],
            promised: vec![false; s.promises.len()],
            scoped: vec![false; s.offer.scope.len()],
            attending: Vec::new(),
            attended: vec![Vec::new(); s.meetings.len()],
            presales_cost: 0.0,
            answers_given: 0,
            pacing: Vec::new(),
            deal: None,
            days: 0,
            agreed: Vec::new(),
            plan: None,
            held: Vec::new(),
        };
        let state = State {
            phase: Phase::Over,
            sales,
            ledger: Vec::new(),
            pid: BTreeSet::new(),
            delivery: None,
            outcome: None,
            roles: RolesState::default(),
            retro: Retro::default(),
        };
        let mut session = Session {
            scenario,
            mode: TableMode::Solo,
            seed,
            state,
            log: Vec::new(),
            actions: Vec::new(),
            handoff: None,
            support: Support::default(),
            pushes: Vec::new(),
            last_from: 0,
        };
        let mut events = Vec::new();
        session.state.sales.plan = session.default_plan();
        if session.state.sales.plan.is_some() {
            session.state.phase = Phase::Plan;
        } else {
            session.enter_meeting(0, &mut events);
        }
        session.log.extend(events);
        session
    }

    /// Rebuilds a session by replaying actions (how saves resume). Fails on the first illegal action.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        actions: &[Action],
    ) -> Result<Self, (usize, ActionError)> {
        let mut session = Session::new(scenario, seed);
        for (i, a) in actions.iter().enumerate() {
            session.apply(a.clone()).map_err(|e| (i, e))?;
        }
        Ok(session)
    }

    /// Applies one action. On error nothing changes.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, ActionError> {
        let mut events = Vec::new();
        self.check(&action)?;
        match &action {
            Action::Invite(roles) => self.invite(roles, &mut events),
            Action::PlanGap(..) | Action::PlanBooking(..) | Action::ConfirmPlan => {
                self.plan(&action, &mut events)
            }
            Action::Choose(c) => {
                if let Phase::Beat(m, b) = self.state.phase {
                    self.settle_flags(m, b, *c);
                }
                self.choose(*c, &mut events)
            }
            Action::Flag(c, concern) => self.raise_flag(*c, *concern, &mut events),
            Action::WalkAway => self.walk_away(&mut events),
            Action::Retro(seat, answer) => self.record_retro(*seat, answer),
            Action::SubmitPid if self.mode == TableMode::TwoRoles => {
                self.state.phase = Phase::Review;
                events.push(Event::PidSubmitted);
            }
            Action::QueryPid(item) => self.query(*item, &mut events),
            Action::Rebaseline(p) => self.rebaseline(*p, &mut events),
            Action::AcceptPid => {
                self.accept_pid(&mut events);
                self.handoff = Some((Box::new(self.state.clone()), self.actions.len() + 1));
                self.start_delivery(&mut events);
            }
            Action::SetInPid(item, included) => {
                if *included {
                    self.state.pid.insert(*item);
                } else {
                    self.state.pid.remove(item);
                }
                events.push(Event::PidChanged {
                    item: *item,
                    included: *included,
                });
            }
            Action::SubmitPid => {
                self.handoff = Some((Box::new(self.state.clone()), self.actions.len() + 1));
                self.start_delivery(&mut events);
            }
            _ => {
                if self.delivery_action(&action, &mut events) {
                    self.finish_delivery(&mut events);
                }
            }
        }
        self.name_the_seller(&mut events);
        self.actions.push(action);
        self.last_from = self.log.len();
        self.log.extend(events.iter().cloned());
        Ok(events)
    }

    /// Every action that `apply` would accept now, in a stable order (but for the free-text
    /// retrospective of the Over phase: see [`Session::retro_open`]).
    pub fn legal_actions(&self) -> Vec<Action> {
        let mut out = Vec::with_capacity(16);
        match self.state.phase {
            Phase::Plan => {
                self.legal_plan_actions(&mut out);
                out.push(Action::WalkAway);
            }
            Phase::Invite(m) => {
                let may = &self.scenario.meetings[m.ix()].may_invite;
                for mask in 0..(1u32 << may.len()) {
                    let roles = may
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, r)| *r)
                        .collect();
                    out.push(Action::Invite(roles));
                }
                out.push(Action::WalkAway);
            }
            Phase::Beat(m, b) => {
                for &c in &self.scenario.meetings[m.ix()].beats[b as usize].answers {
                    if self.condition(&self.scenario.answers[c.ix()].requires) {
                        out.push(Action::Choose(c));
                    }
                }
                for (c, concern) in self.flags_available() {
                    out.push(Action::Flag(c, concern));
                }
                out.push(Action::WalkAway);
            }
            Phase::Review => self.legal_review_actions(&mut out),
            Phase::Handoff => {
                for item in self.pid_candidates() {
                    out.push(Action::SetInPid(item, !self.state.pid.contains(&item)));
                }
                out.push(Action::SubmitPid);
            }
            Phase::Delivery => self.legal_delivery_actions(&mut out),
            Phase::Over => {}
        }
        out
    }

    /// Whether `apply` would accept the action now: the same answer as
    /// `legal_actions().contains(action)` (a test holds them together), without building the list,
    /// because it runs on every action of every Monte Carlo playthrough.
    pub fn is_legal(&self, action: &Action) -> bool {
        self.refusal(action).is_none()
    }

    /// Why `apply` would refuse the action now, as data (`None`: it would accept it). The one
    /// judge behind [`Self::is_legal`] and [`Self::legal_actions`]'s refusals; a screen asks it
    /// before offering an action.
    pub fn refusal(&self, action: &Action) -> Option<Refusal> {
        let s = &self.scenario;
        let phase = self.state.phase;
        match (phase, action) {
            (_, Action::Retro(_, answer)) => self.retro_refusal(answer),
            (Phase::Over, _) => Some(Refusal::SessionOver),
            (_, Action::Flag(c, concern)) => self.flag_refusal(*c, *concern),
            (Phase::Review, a) => self.review_refusal(a),
            (Phase::Plan, Action::WalkAway) => None,
            (Phase::Plan, a) => self.plan_refusal(a),
            (Phase::Invite(m), Action::Invite(roles)) => {
                let may = &s.meetings[m.ix()].may_invite;
                let ok = roles
                    .iter()
                    .enumerate()
                    .all(|(i, r)| may.contains(r) && !roles[..i].contains(r));
                (!ok).then_some(Refusal::NotInvitable)
            }
            (Phase::Beat(m, b), Action::Choose(c)) => {
                if !s.meetings[m.ix()].beats[b as usize].answers.contains(c) {
                    Some(Refusal::NotOffered)
                } else if !self.condition(&s.answers[c.ix()].requires) {
                    Some(Refusal::Locked)
                } else {
                    None
                }
            }
            (Phase::Handoff, Action::SetInPid(item, included)) => {
                let candidate = match item {
                    PidItem::Promise(p) => self.state.ledger.iter().any(|e| e.promise == *p),
                    PidItem::Fact(f) => s
                        .facts
                        .get(f.ix())
                        .is_some_and(|fact| fact.need.is_some() && self.state.sales.known[f.ix()]),
                };
                if !candidate {
                    Some(Refusal::NotACandidate)
                } else if self.state.pid.contains(item) == *included {
                    Some(Refusal::AlreadyInPid(*included))
                } else {
                    None
                }
            }
            (Phase::Handoff, Action::SubmitPid) => None,
            (Phase::Invite(_) | Phase::Beat(..), Action::WalkAway) => None,
            (Phase::Delivery, a) => match &self.state.delivery {
                Some(d) => self.delivery_refusal(d, a),
                None => Some(Refusal::WrongPhase(phase)),
            },
            _ => Some(Refusal::WrongPhase(phase)),
        }
    }

    /// Everything that can go into the PID: the ledger, then found hidden needs.
    pub fn pid_candidates(&self) -> Vec<PidItem> {
        let mut items: Vec<PidItem> = self
            .state
            .ledger
            .iter()
            .map(|e| PidItem::Promise(e.promise))
            .collect();
        for (i, f) in self.scenario.facts.iter().enumerate() {
            if f.need.is_some() && self.state.sales.known[i] {
                items.push(PidItem::Fact(FactId(i as u16)));
            }
        }
        items
    }

    fn check(&self, action: &Action) -> Result<(), ActionError> {
        match action {
            Action::Choose(c) | Action::Flag(c, _) if c.ix() >= self.scenario.answers.len() => {
                return Err(ActionError::Unknown(UnknownRef::Answer(*c)));
            }
            Action::Hire(p) if p.ix() >= self.scenario.delivery.people.len() => {
                return Err(ActionError::Unknown(UnknownRef::Person(*p)));
            }
            Action::RequestDescope(s) if s.ix() >= self.scenario.offer.scope.len() => {
                return Err(ActionError::Unknown(UnknownRef::Scope(*s)));
            }
            _ => {}
        }
        match self.refusal(action) {
            None => Ok(()),
            Some(refusal) => Err(ActionError::NotNow {
                action: self.named(action),
                refusal,
            }),
        }
    }

    /// Delivery is over: the outcome judges it and the session ends.
    fn finish_delivery(&mut self, events: &mut Vec<Event>) {
        let (s, state) = (&self.scenario, &self.state);
        let outcome = Outcome::delivered(s, state, events, |margin| {
            scorecards::SellerScorecard::of(s, state, Some(margin)).commission
        });
        let won = outcome.won;
        self.state.outcome = Some(outcome);
        self.state.phase = Phase::Over;
        events.push(Event::SessionOver { won });
    }

    /// The action with the scenario's id of the one thing it names (an answer, a promise or a
    /// fact, a person, a scope item), for messages: `src/wording/actions.rs` words it.
    pub fn named(&self, action: &Action) -> NamedAction {
        let s = &self.scenario;
        let key = match action {
            Action::Choose(c) | Action::Flag(c, _) => s.answers.get(c.ix()).map(|a| &a.key),
            Action::SetInPid(item, _) | Action::QueryPid(item) => match item {
                PidItem::Promise(p) => s.promises.get(p.ix()).map(|p| &p.key),
                PidItem::Fact(f) => s.facts.get(f.ix()).map(|f| &f.key),
            },
            Action::Rebaseline(p) => s.promises.get(p.ix()).map(|p| &p.key),
            Action::Hire(p) => s.delivery.people.get(p.ix()).map(|p| &p.key),
            Action::RequestDescope(i) => s.offer.scope.get(i.ix()).map(|i| &i.key),
            Action::PlanGap(m, _) | Action::PlanBooking(m, ..) => {
                s.meetings.get(m.ix()).map(|m| &m.key)
            }
            _ => None,
        };
        NamedAction {
            action: action.clone(),
            key: key.cloned(),
        }
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }
    /// A shared handle to the scenario.
    pub fn scenario_arc(&self) -> &Arc<Scenario> {
        &self.scenario
    }
    /// The level of support recorded for this session.
    pub fn support(&self) -> Support {
        self.support
    }

    /// Records the level of support the player plays at (metadata only: no rule reads it).
    pub fn set_support(&mut self, support: Support) {
        self.support = support;
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// The current state: the engine's own (nothing outside `src/engine` reads it).
    pub(crate) fn state(&self) -> &State {
        &self.state
    }
    /// Where the session stands.
    pub fn phase(&self) -> Phase {
        self.state.phase
    }
    /// The events of the last decision (the first events, before any): what a screen shows as
    /// "what just happened".
    pub fn last_events(&self) -> &[Event] {
        &self.log[self.last_from..]
    }

    /// Every event so far, in order.
    pub fn log(&self) -> &[Event] {
        &self.log
    }
    /// Every action applied so far (a save is the seed plus these).
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }
    /// The outcome, once the session is over.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.state.outcome.as_ref()
    }
    /// True when the session is over.
    pub fn is_over(&self) -> bool {
        self.state.phase == Phase::Over
    }
}

#[cfg(test)]
mod play_tests;

/// Clamps trust to 0..=100.
fn clamp_trust(t: f32) -> f32 {
    t.clamp(0.0, 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::{AnswerId, PersonId, ScopeId};
    use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};

    fn shipped() -> Vec<Arc<Scenario>> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/levels");
        crate::scenario::scenario_files(std::path::Path::new(dir))
            .expect("levels folder")
            .iter()
            .map(|p| Arc::new(crate::scenario::load_file(p).expect("shipped level loads")))
            .collect()
    }

    /// Every action worth asking about in the current phase, legal or not.
    fn universe(session: &Session) -> Vec<Action> {
        let s = session.scenario();
        let mut out = vec![
            Action::SubmitPid,
            Action::EndWeek,
            Action::ClientUpdate,
            Action::InviteAccountManager,
            Action::WalkAway,
        ];
        for roles in [
            vec![],
            vec![Role::ProjectManager],
            vec![Role::SeniorDesigner],
            vec![Role::ProjectManager, Role::SeniorDesigner],
            vec![Role::ProjectManager, Role::ProjectManager],
            vec![Role::Seller],
        ] {
            out.push(Action::Invite(roles));
        }
        out.extend((0..s.answers.len()).map(|c| Action::Choose(AnswerId(c as u16))));
        for item in session.pid_candidates() {
            out.push(Action::SetInPid(item, true));
            out.push(Action::SetInPid(item, false));
        }
        out.extend([true, false].map(Action::SetOvertime));
        out.extend([0, 5, 10, 20, 50, 60].map(Action::SetQualityShare));
        out.extend((0..s.delivery.people.len()).map(|p| Action::Hire(PersonId(p as u16))));
        out.extend((0..s.offer.scope.len()).map(|i| Action::RequestDescope(ScopeId(i as u16))));
        out.extend([1, 2, 3, 4].map(Action::RequestMoreTime));
        out.push(Action::AcceptPid);
        for item in session.pid_candidates() {
            out.push(Action::QueryPid(item));
            if let PidItem::Promise(p) = item {
                out.push(Action::Rebaseline(p));
            }
        }
        // Flags: every answer of the beat under way, and the first answer of the scenario.
        let mut flaggable = vec![AnswerId(0)];
        if let Phase::Beat(m, b) = session.phase() {
            flaggable.extend(&s.meetings[m.ix()].beats[b as usize].answers);
        }
        for c in flaggable {
            for concern in [
                roles::FlagConcern::Deadline(6),
                roles::FlagConcern::Deadline(8),
            ]
            .into_iter()
            .chain(
                (0..s.offer.scope.len()).map(|i| roles::FlagConcern::Estimate(ScopeId(i as u16))),
            )
            .chain(
                (0..s.offer.claims.len())
                    .map(|i| roles::FlagConcern::Claim(crate::scenario::model::ClaimId(i as u16))),
            ) {
                out.push(Action::Flag(c, concern));
            }
        }
        out
    }

    /// Equal, counting an invitation as the same whatever order it names the roles in.
    fn same_action(a: &Action, b: &Action) -> bool {
        match (a, b) {
            (Action::Invite(x), Action::Invite(y)) => {
                x.len() == y.len() && x.iter().all(|r| y.contains(r))
            }
            _ => a == b,
        }
    }

    #[test]
    fn is_legal_agrees_with_legal_actions_on_every_shipped_level() {
        for (scenario, mode, seed) in shipped().into_iter().flat_map(|s| {
            (0..40u64).flat_map(move |seed| {
                [
                    (s.clone(), TableMode::Solo, seed),
                    (s.clone(), TableMode::TwoRoles, seed),
                ]
            })
        }) {
            {
                let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
                let mut session = Session::with_mode(scenario.clone(), seed, mode);
                let mut steps = 0;
                while !session.is_over() {
                    let legal = session.legal_actions();
                    let mut unique = legal.clone();
                    unique.dedup();
                    assert_eq!(unique.len(), legal.len(), "legal actions repeat");
                    for a in universe(&session) {
                        assert_eq!(
                            session.is_legal(&a),
                            legal.iter().any(|l| same_action(l, &a)),
                            "{}: {a:?} in {:?}",
                            scenario.id,
                            session.phase()
                        );
                        for seat in [Seat::Seller, Seat::DeliveryLead] {
                            assert_eq!(
                                session.seat_refusal(seat, &a).is_none(),
                                session
                                    .legal_actions_as(seat)
                                    .iter()
                                    .any(|l| same_action(l, &a)),
                                "{}: {seat:?} {a:?} in {:?}",
                                scenario.id,
                                session.phase()
                            );
                        }
                    }
                    let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
                    session.apply(pick).expect("a legal action applies");
                    steps += 1;
                    assert!(steps < 5_000, "playthrough does not end");
                }
            }
        }
    }
}
