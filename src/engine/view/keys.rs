//! Actions named by the scenario's ids ([`ActionKey`]): what a remote device sends back and
//! what a view offers; [`Session::action_key`] names an action, [`Session::resolve_key`] reads one.

use serde::{Deserialize, Serialize};

use crate::engine::roles::{FlagConcern, Seat};
use crate::engine::{PidItem, Session};
use crate::scenario::model::Role;

/// An engine [`super::Action`] named by the scenario's ids (keys) instead of positions: what a
/// remote device sends, and what [`RoleView::legal`] lists. [`Session::resolve_key`] turns it
/// back into an action; [`Session::action_key`] names an action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum ActionKey {
    /// Allow this many diary days before a meeting, in the campaign plan.
    PlanGap {
        /// The meeting's id.
        meeting: String,
        /// Days.
        days: u32,
    },
    /// Book a delivery person ahead for a meeting, or cancel the booking.
    PlanBooking {
        /// The meeting's id.
        meeting: String,
        /// Who.
        role: Role,
        /// Book or cancel.
        book: bool,
    },
    /// Confirm the campaign plan.
    ConfirmPlan,
    /// Who from delivery joins the next meeting (empty: the seller goes alone).
    Invite {
        /// The roles invited.
        roles: Vec<Role>,
    },
    /// Give this answer.
    Choose {
        /// The answer's id.
        answer: String,
    },
    /// Put a promise or hidden need into the document, or take it out.
    SetInPid {
        /// The promise's or the fact's id.
        item: String,
        /// In or out.
        include: bool,
    },
    /// Hand the document over.
    SubmitPid,
    /// Walk away from the deal.
    WalkAway,
    /// Switch overtime on or off.
    SetOvertime {
        /// On or off.
        on: bool,
    },
    /// Share of capacity on quality, percent.
    SetQualityShare {
        /// Percent.
        percent: u8,
    },
    /// Hire a person.
    Hire {
        /// The person's id.
        person: String,
    },
    /// Ask the client to drop a scope item.
    RequestDescope {
        /// The scope item's id.
        scope: String,
    },
    /// Ask the client for more weeks.
    RequestMoreTime {
        /// Weeks.
        weeks: u32,
    },
    /// An honest status update to the client.
    ClientUpdate,
    /// Bring the account manager into delivery reviews.
    InviteAccountManager,
    /// Close the week and run it.
    EndWeek,
    /// Flag an answer before the seller gives it.
    Flag {
        /// The answer's id.
        answer: String,
        /// What is flagged.
        concern: ConcernKey,
    },
    /// Ask about an item of the document.
    QueryPid {
        /// The promise's or the fact's id.
        item: String,
    },
    /// Ask for a re-baselining meeting about a promise.
    Rebaseline {
        /// The promise's id.
        promise: String,
    },
    /// Accept the document.
    AcceptPid,
    /// A seat's retrospective answers, once the session is over.
    Retro {
        /// Who answers.
        seat: Seat,
        /// "What went wrong for me."
        went_wrong: String,
        /// "What I needed from the other role."
        needed: String,
    },
}

/// What kind of id an [`ActionKey`] named that the scenario does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyKind {
    /// A promise or a fact (a PID item).
    PromiseOrFact,
    /// A promise.
    Promise,
    /// An answer.
    Answer,
    /// A scope item.
    Scope,
    /// A delivery person.
    Person,
    /// A claim.
    Claim,
    /// A meeting.
    Meeting,
}

/// An id an [`ActionKey`] named that the scenario does not have ([`Session::resolve_key`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownKey {
    /// What kind of thing it should have named.
    pub kind: KeyKind,
    /// The id as sent.
    pub id: String,
}

impl UnknownKey {
    /// An unknown id of `kind`.
    pub fn new(kind: KeyKind, id: &str) -> Self {
        UnknownKey {
            kind,
            id: id.to_owned(),
        }
    }
}

/// A [`FlagConcern`] by the scenario's ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "concern", rename_all = "snake_case", deny_unknown_fields)]
pub enum ConcernKey {
    /// An estimate that differs from the team's.
    Estimate {
        /// The scope item's id.
        scope: String,
    },
    /// A claim that does not hold.
    Claim {
        /// The claim's id.
        claim: String,
    },
    /// A date earlier than the standard duration.
    Deadline {
        /// Weeks promised.
        weeks: u32,
    },
}

impl Session {
    /// The action `action` by the scenario's ids.
    pub fn action_key(&self, action: &crate::engine::Action) -> ActionKey {
        use crate::engine::Action as A;
        let s = &self.scenario;
        let item = |i: &PidItem| match i {
            PidItem::Promise(p) => s.promises[p.ix()].key.clone(),
            PidItem::Fact(f) => s.facts[f.ix()].key.clone(),
        };
        match action {
            A::PlanGap(m, days) => ActionKey::PlanGap {
                meeting: s.meetings[m.ix()].key.clone(),
                days: *days,
            },
            A::PlanBooking(m, role, book) => ActionKey::PlanBooking {
                meeting: s.meetings[m.ix()].key.clone(),
                role: *role,
                book: *book,
            },
            A::ConfirmPlan => ActionKey::ConfirmPlan,
            A::Invite(r) => ActionKey::Invite { roles: r.clone() },
            A::Choose(c) => ActionKey::Choose {
                answer: s.answers[c.ix()].key.clone(),
            },
            A::SetInPid(i, include) => ActionKey::SetInPid {
                item: item(i),
                include: *include,
            },
            A::SubmitPid => ActionKey::SubmitPid,
            A::WalkAway => ActionKey::WalkAway,
            A::SetOvertime(on) => ActionKey::SetOvertime { on: *on },
            A::SetQualityShare(q) => ActionKey::SetQualityShare { percent: *q },
            A::Hire(p) => ActionKey::Hire {
                person: s.delivery.people[p.ix()].key.clone(),
            },
            A::RequestDescope(i) => ActionKey::RequestDescope {
                scope: s.offer.scope[i.ix()].key.clone(),
            },
            A::RequestMoreTime(w) => ActionKey::RequestMoreTime { weeks: *w },
            A::ClientUpdate => ActionKey::ClientUpdate,
            A::InviteAccountManager => ActionKey::InviteAccountManager,
            A::EndWeek => ActionKey::EndWeek,
            A::Flag(c, concern) => ActionKey::Flag {
                answer: s.answers[c.ix()].key.clone(),
                concern: match concern {
                    FlagConcern::Estimate(i) => ConcernKey::Estimate {
                        scope: s.offer.scope[i.ix()].key.clone(),
                    },
                    FlagConcern::Claim(c) => ConcernKey::Claim {
                        claim: s.offer.claims[c.ix()].key.clone(),
                    },
                    FlagConcern::Deadline(w) => ConcernKey::Deadline { weeks: *w },
                },
            },
            A::QueryPid(i) => ActionKey::QueryPid { item: item(i) },
            A::Rebaseline(p) => ActionKey::Rebaseline {
                promise: s.promises[p.ix()].key.clone(),
            },
            A::AcceptPid => ActionKey::AcceptPid,
            A::Retro(seat, answer) => ActionKey::Retro {
                seat: *seat,
                went_wrong: answer.went_wrong.clone(),
                needed: answer.needed.clone(),
            },
        }
    }

    /// The engine action a keyed action names; `Err` names the id the scenario does not have.
    /// Whether the action is legal now is [`Session::seat_refusal`]'s question.
    pub fn resolve_key(&self, key: &ActionKey) -> Result<crate::engine::Action, UnknownKey> {
        use crate::engine::Action as A;
        let s = &self.scenario;
        let item = |id: &str| {
            s.promise_by_key(id)
                .map(PidItem::Promise)
                .or_else(|| s.fact_by_key(id).map(PidItem::Fact))
                .ok_or_else(|| UnknownKey::new(KeyKind::PromiseOrFact, id))
        };
        let answer = |id: &str| {
            s.answer_by_key(id)
                .ok_or_else(|| UnknownKey::new(KeyKind::Answer, id))
        };
        let scope = |id: &str| {
            s.scope_by_key(id)
                .ok_or_else(|| UnknownKey::new(KeyKind::Scope, id))
        };
        let meeting = |id: &str| {
            s.meetings
                .iter()
                .position(|m| m.key == id)
                .map(|i| crate::scenario::model::MeetingId(i as u16))
                .ok_or_else(|| UnknownKey::new(KeyKind::Meeting, id))
        };
        Ok(match key {
            ActionKey::PlanGap { meeting: m, days } => A::PlanGap(meeting(m)?, *days),
            ActionKey::PlanBooking {
                meeting: m,
                role,
                book,
            } => A::PlanBooking(meeting(m)?, *role, *book),
            ActionKey::ConfirmPlan => A::ConfirmPlan,
            ActionKey::Invite { roles } => A::Invite(roles.clone()),
            ActionKey::Choose { answer: a } => A::Choose(answer(a)?),
            ActionKey::SetInPid { item: i, include } => A::SetInPid(item(i)?, *include),
            ActionKey::SubmitPid => A::SubmitPid,
            ActionKey::WalkAway => A::WalkAway,
            ActionKey::SetOvertime { on } => A::SetOvertime(*on),
            ActionKey::SetQualityShare { percent } => A::SetQualityShare(*percent),
            ActionKey::Hire { person } => A::Hire(
                s.person_by_key(person)
                    .ok_or_else(|| UnknownKey::new(KeyKind::Person, person))?,
            ),
            ActionKey::RequestDescope { scope: i } => A::RequestDescope(scope(i)?),
            ActionKey::RequestMoreTime { weeks } => A::RequestMoreTime(*weeks),
            ActionKey::ClientUpdate => A::ClientUpdate,
            ActionKey::InviteAccountManager => A::InviteAccountManager,
            ActionKey::EndWeek => A::EndWeek,
            ActionKey::Flag { answer: a, concern } => A::Flag(
                answer(a)?,
                match concern {
                    ConcernKey::Estimate { scope: i } => FlagConcern::Estimate(scope(i)?),
                    ConcernKey::Claim { claim } => FlagConcern::Claim(
                        s.offer
                            .claims
                            .iter()
                            .position(|c| &c.key == claim)
                            .map(|i| crate::scenario::model::ClaimId(i as u16))
                            .ok_or_else(|| UnknownKey::new(KeyKind::Claim, claim))?,
                    ),
                    ConcernKey::Deadline { weeks } => FlagConcern::Deadline(*weeks),
                },
            ),
            ActionKey::QueryPid { item: i } => A::QueryPid(item(i)?),
            ActionKey::Rebaseline { promise } => A::Rebaseline(
                s.promise_by_key(promise)
                    .ok_or_else(|| UnknownKey::new(KeyKind::Promise, promise))?,
            ),
            ActionKey::AcceptPid => A::AcceptPid,
            ActionKey::Retro {
                seat,
                went_wrong,
                needed,
            } => A::Retro(
                *seat,
                crate::engine::retro::RetroAnswer {
                    went_wrong: went_wrong.clone(),
                    needed: needed.clone(),
                },
            ),
        })
    }
}
