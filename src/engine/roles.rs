//! Two roles at one table: who may act ([`Seat`]), how the table is played ([`TableMode`]), the
//! delivery lead's flags in meetings and the record of them ([`FlagRecord`]).
//!
//! In [`TableMode::Solo`] one person plays both seats, as the game always did: every action is
//! taken through [`Session::apply`] and flags and the PID review do not exist. In
//! [`TableMode::TwoRoles`] the session says whose turn it is ([`Session::to_act`]) and
//! [`Session::apply_as`] refuses an action from the other seat. The rules are in `docs/rules.md`.

use serde::{Deserialize, Serialize};

use super::{Action, ActionError, Event, Phase, PidItem, Refusal, Session};
use crate::scenario::model::{
    AnswerId, ClaimId, ClaimTruth, MeetingId, PromiseId, PromiseKind, Role, ScopeId,
};

/// A player's seat at the table (not to be confused with [`Role`], who attends a meeting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Seat {
    /// Runs the meetings, makes the promises, writes the PID.
    Seller,
    /// Plays the project manager: attends meetings when invited, flags answers, reviews the
    /// document and runs delivery.
    DeliveryLead,
}

/// How many people play a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TableMode {
    /// One person plays both seats (onboarding; the original flow, unchanged).
    #[default]
    Solo,
    /// A seller and a delivery lead, each with their own view.
    TwoRoles,
}

/// What the delivery lead flags about an answer before the seller gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FlagConcern {
    /// "That is N days, not M": the answer promises a scope item priced at the seller's guess
    /// while the team's true estimate differs (seen with a project manager in the room).
    Estimate(ScopeId),
    /// "We cannot do that as said": the answer makes a claim that does not hold (seen with a
    /// senior designer in the room).
    Claim(ClaimId),
    /// "We need the standard weeks": the answer promises a date earlier than the offer's standard
    /// duration (seen with a project manager in the room); the weeks promised.
    Deadline(u32),
}

/// A flag raised, for the debrief: who flagged what, and whether it was said anyway.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagRecord {
    /// Who raised it (always the delivery lead today).
    pub by: Seat,
    /// The meeting.
    pub meeting: MeetingId,
    /// The beat in the meeting.
    pub beat: u16,
    /// The answer flagged.
    pub answer: AnswerId,
    /// What was flagged.
    pub concern: FlagConcern,
    /// What the answer says: days of the seller's guess (an estimate), weeks promised (a
    /// deadline), 0 for a claim.
    pub said: f32,
    /// What the team knows: its true estimate in days, the weeks it needs, 0 for a claim.
    pub team: f32,
    /// Whether the seller gave the flagged answer anyway (`None` while the beat is open).
    pub said_anyway: Option<bool>,
}

/// What the delivery lead did in the review of the document (two roles only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewStep {
    /// Asked about an item of the document; the answer is the team's estimate against the
    /// estimate the deal was priced on (scope promises; 0 and 0 for anything else).
    Queried {
        /// The item.
        item: PidItem,
        /// Days the price was built on.
        priced_days: f32,
        /// The team's true estimate.
        true_days: f32,
    },
    /// Asked for a re-baselining meeting about a promise.
    Rebaselined {
        /// The promise.
        promise: PromiseId,
        /// What the meeting did to it.
        result: Rebaseline,
        /// Trust it cost with each stakeholder.
        trust_cost: f32,
        /// Share of the seller's commission it cost (0 to 1).
        commission_share: f32,
    },
    /// Accepted the document: delivery starts.
    Accepted,
}

/// What a re-baselining meeting does to a promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rebaseline {
    /// A scope item priced at a guess is re-priced at the team's estimate.
    Repriced(ScopeId),
    /// The promise is taken back.
    Removed,
}

/// Everything the two-role table adds to a session's state (empty in solo).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RolesState {
    /// Flags raised, in order.
    pub flags: Vec<FlagRecord>,
    /// The review of the document, in order.
    pub review: Vec<ReviewStep>,
    /// Promises that surfaced in delivery after being left out of the document (the seller made them).
    pub surfaced: Vec<PromiseId>,
    /// Ledger entries taken back in a re-baselining meeting (no longer in the ledger).
    pub withdrawn: Vec<super::LedgerEntry>,
}

impl RolesState {
    /// The share of the seller's commission lost to re-baselining (0 to 1).
    pub fn commission_cut(&self) -> f32 {
        self.review
            .iter()
            .map(|r| match r {
                ReviewStep::Rebaselined {
                    commission_share, ..
                } => *commission_share,
                _ => 0.0,
            })
            .sum::<f32>()
            .min(1.0)
    }

    /// Whether the promise was re-baselined.
    pub fn rebaselined(&self, p: PromiseId) -> bool {
        self.review
            .iter()
            .any(|r| matches!(r, ReviewStep::Rebaselined { promise, .. } if *promise == p))
    }
}

impl Action {
    /// The seat an action belongs to.
    pub fn seat(&self) -> Seat {
        match self {
            Action::Invite(_)
            | Action::PlanGap(..)
            | Action::PlanBooking(..)
            | Action::ConfirmPlan
            | Action::Choose(_)
            | Action::WalkAway
            | Action::SetInPid(..)
            | Action::SubmitPid => Seat::Seller,
            Action::Retro(seat, _) => *seat,
            _ => Seat::DeliveryLead,
        }
    }
}

impl Session {
    /// Starts a session for a table mode at the first meeting ([`Session::new`] is solo).
    pub fn with_mode(
        scenario: std::sync::Arc<crate::scenario::model::Scenario>,
        seed: u64,
        mode: TableMode,
    ) -> Self {
        let mut s = Session::new(scenario, seed);
        s.mode = mode;
        s
    }

    /// Rebuilds a session of a table mode by replaying actions (each by the seat it belongs to).
    pub fn replay_mode(
        scenario: std::sync::Arc<crate::scenario::model::Scenario>,
        seed: u64,
        mode: TableMode,
        actions: &[Action],
    ) -> Result<Self, (usize, ActionError)> {
        let mut session = Session::with_mode(scenario, seed, mode);
        for (i, a) in actions.iter().enumerate() {
            session.apply(a.clone()).map_err(|e| (i, e))?;
        }
        Ok(session)
    }

    /// How the table is played.
    pub fn mode(&self) -> TableMode {
        self.mode
    }

    /// Who may act now, in seat order: empty when the session is over. In solo the one player
    /// holds whichever seat the phase needs. In two roles the delivery lead may also act during
    /// a beat of a meeting delivery attends (to flag), beside the seller.
    pub fn to_act(&self) -> Vec<Seat> {
        match self.state.phase {
            Phase::Over => Vec::new(),
            Phase::Plan | Phase::Invite(_) | Phase::Handoff => vec![Seat::Seller],
            Phase::Beat(..) => {
                if self.mode == TableMode::TwoRoles && !self.flags_available().is_empty() {
                    vec![Seat::Seller, Seat::DeliveryLead]
                } else {
                    vec![Seat::Seller]
                }
            }
            Phase::Review | Phase::Delivery => vec![Seat::DeliveryLead],
        }
    }

    /// What a re-baselining meeting about `promise` would do and cost, worked out on a copy of
    /// the session (the delivery lead's question at the review); `None` when it cannot be asked
    /// now.
    pub fn rebaseline_preview(&self, promise: PromiseId) -> Option<(Rebaseline, f32, f32)> {
        let mut copy = self.clone();
        copy.apply_as(Seat::DeliveryLead, Action::Rebaseline(promise))
            .ok()?;
        match copy.state.roles.review.last()? {
            ReviewStep::Rebaselined {
                result,
                trust_cost,
                commission_share,
                ..
            } => Some((*result, *trust_cost, *commission_share)),
            _ => None,
        }
    }

    /// Whether the session stands where its next step starts delivery: the delivery lead's
    /// review of the PID in two roles, the handoff solo (what a workshop's "wait for all" gate
    /// holds a table at).
    pub fn before_delivery(&self) -> bool {
        match self.mode {
            TableMode::TwoRoles => self.state.phase == Phase::Review,
            TableMode::Solo => self.state.phase == Phase::Handoff,
        }
    }

    /// Whether `action` starts delivery now (accepting the PID in two roles, handing it over
    /// solo).
    pub fn starts_delivery(&self, action: &Action) -> bool {
        self.before_delivery() && matches!(action, Action::AcceptPid | Action::SubmitPid)
    }

    /// Applies an action taken by `seat`: refused with [`Refusal::NotYourAction`] when the action
    /// belongs to the other seat; otherwise as [`Session::apply`].
    pub fn apply_as(&mut self, seat: Seat, action: Action) -> Result<Vec<Event>, ActionError> {
        if let Some(refusal) = self.seat_refusal(seat, &action) {
            return Err(ActionError::NotNow {
                action: self.named(&action),
                refusal,
            });
        }
        self.apply(action)
    }

    /// Why `seat` may not take the action now (`None`: [`Session::apply_as`] would accept it).
    pub fn seat_refusal(&self, seat: Seat, action: &Action) -> Option<Refusal> {
        let over = self.state.phase == Phase::Over && !matches!(action, Action::Retro(..));
        if !over && action.seat() != seat {
            return Some(Refusal::NotYourAction(action.seat()));
        }
        self.refusal(action)
    }

    /// The actions `seat` may take now, in a stable order.
    pub fn legal_actions_as(&self, seat: Seat) -> Vec<Action> {
        self.legal_actions()
            .into_iter()
            .filter(|a| a.seat() == seat)
            .collect()
    }

    /// The flags the delivery lead could raise in the current beat, in answer order (empty in
    /// solo, outside a beat, or when nobody from delivery attends).
    pub fn flags_available(&self) -> Vec<(AnswerId, FlagConcern)> {
        let Phase::Beat(m, b) = self.state.phase else {
            return Vec::new();
        };
        if self.mode != TableMode::TwoRoles || self.state.sales.attending.is_empty() {
            return Vec::new();
        }
        let s = &self.scenario;
        let mut out = Vec::new();
        for &c in &s.meetings[m.ix()].beats[b as usize].answers {
            if !self.condition(&s.answers[c.ix()].requires) {
                continue;
            }
            for concern in self.concerns(c) {
                let raised = self.state.roles.flags.iter().any(|f| {
                    f.meeting == m && f.beat == b && f.answer == c && f.concern == concern
                });
                if !raised {
                    out.push((c, concern));
                }
            }
        }
        out
    }

    /// What the delivery people in the room see in an answer: estimates a project manager
    /// knows to be wrong, claims a senior designer knows not to hold.
    pub fn concerns(&self, c: AnswerId) -> Vec<FlagConcern> {
        let s = &self.scenario;
        let attending = &self.state.sales.attending;
        let pm = attending.contains(&Role::ProjectManager);
        let designer = attending.contains(&Role::SeniorDesigner);
        let mut out = Vec::new();
        for p in &s.answers[c.ix()].promises {
            match s.promises[p.ix()].kind {
                PromiseKind::Scope(item)
                    if pm
                        && self.priced_days_if_promised(*p, item)
                            != s.offer.scope[item.ix()].true_effort =>
                {
                    out.push(FlagConcern::Estimate(item));
                }
                PromiseKind::Deadline(w) if pm && w < s.offer.standard_weeks => {
                    out.push(FlagConcern::Deadline(w));
                }
                PromiseKind::Claim(claim)
                    if designer
                        && !matches!(s.offer.claims[claim.ix()].truth, ClaimTruth::Holds) =>
                {
                    out.push(FlagConcern::Claim(claim));
                }
                _ => {}
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The numbers a flag on answer `c` speaks of: what the answer says and what the team knows
    /// (for an estimate, the days the item would be priced on once the answer is given, as the
    /// deal prices it, against the team's true effort; weeks of a deadline; 0 and 0 for a claim).
    pub fn flag_numbers(&self, c: AnswerId, concern: FlagConcern) -> (f32, f32) {
        match concern {
            FlagConcern::Estimate(i) => {
                let s = &self.scenario;
                let said = s.answers[c.ix()]
                    .promises
                    .iter()
                    .find(|p| s.promises[p.ix()].kind == PromiseKind::Scope(i))
                    .map_or(self.priced_days(i), |&p| self.priced_days_if_promised(p, i));
                (said, s.offer.scope[i.ix()].true_effort)
            }
            FlagConcern::Deadline(w) => (w as f32, self.scenario.offer.standard_weeks as f32),
            FlagConcern::Claim(_) => (0.0, 0.0),
        }
    }

    pub(super) fn flag_refusal(&self, c: AnswerId, concern: FlagConcern) -> Option<Refusal> {
        if self.mode != TableMode::TwoRoles {
            return Some(Refusal::TwoRolesOnly);
        }
        if !matches!(self.state.phase, Phase::Beat(..)) {
            return Some(Refusal::WrongPhase(self.state.phase));
        }
        if !self.flags_available().contains(&(c, concern)) {
            return Some(Refusal::NotFlaggable);
        }
        None
    }

    pub(super) fn raise_flag(
        &mut self,
        c: AnswerId,
        concern: FlagConcern,
        events: &mut Vec<Event>,
    ) {
        let Phase::Beat(m, b) = self.state.phase else {
            return;
        };
        let (said, team) = self.flag_numbers(c, concern);
        self.state.roles.flags.push(FlagRecord {
            by: Seat::DeliveryLead,
            meeting: m,
            beat: b,
            answer: c,
            concern,
            said,
            team,
            said_anyway: None,
        });
        events.push(Event::Flagged { answer: c, concern });
    }

    /// Closes the flags of the beat just answered: said anyway, or heeded.
    pub(super) fn settle_flags(&mut self, m: MeetingId, b: u16, chosen: AnswerId) {
        for f in &mut self.state.roles.flags {
            if f.meeting == m && f.beat == b && f.said_anyway.is_none() {
                f.said_anyway = Some(f.answer == chosen);
            }
        }
    }

    /// In two roles, names the seller beside each promise that surfaces in delivery after being
    /// left out of the document (one the document covers another way is a reminder, not news).
    pub(super) fn name_the_seller(&mut self, events: &mut Vec<Event>) {
        if self.mode != TableMode::TwoRoles {
            return;
        }
        let Some(d) = &self.state.delivery else {
            return;
        };
        let named: Vec<PromiseId> = d
            .left_out_surfaced
            .iter()
            .enumerate()
            .filter(|(_, up)| **up)
            .map(|(i, _)| PromiseId(i as u16))
            .filter(|p| !self.state.roles.surfaced.contains(p) && !self.covered_by_pid(*p))
            .collect();
        for p in named {
            self.state.roles.surfaced.push(p);
            events.push(Event::PromiseSurfaced {
                promise: p,
                promised_by: Seat::Seller,
            });
        }
    }
}
