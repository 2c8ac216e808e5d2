//! What a player (or a script, or a policy) can do: the engine's input.

use serde::{Deserialize, Serialize};

use crate::scenario::model::{AnswerId, FactId, MeetingId, PersonId, PromiseId, Role, ScopeId};

/// One decision. Every change to a [`super::Session`] goes through [`super::Session::apply`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Campaign plan: allow this many diary days before the meeting (from the one before).
    PlanGap(MeetingId, u32),
    /// Campaign plan: book a delivery person for the meeting ahead (or cancel the booking).
    PlanBooking(MeetingId, Role, bool),
    /// Campaign plan: confirm it; the first meeting comes up.
    ConfirmPlan,
    /// Sales: who from delivery joins the meeting about to start (empty: the seller goes alone).
    Invite(Vec<Role>),
    /// Sales: give this answer in the current beat.
    Choose(AnswerId),
    /// Sales, before a meeting or in a beat: the seller walks away from the deal (no deal; judged
    /// against what the deal on the table would have done).
    WalkAway,
    /// Handoff: put an item into the PID, or take it out.
    SetInPid(PidItem, bool),
    /// Handoff: hand the document to delivery; delivery starts.
    SubmitPid,
    /// Delivery: run overtime this week (and on, until switched off).
    SetOvertime(bool),
    /// Delivery: share of capacity spent on testing and quality, in percent (0 to
    /// [`super::delivery::MAX_QUALITY_SHARE`] in steps of [`super::delivery::QUALITY_STEP`]).
    SetQualityShare(u8),
    /// Delivery: add this person to the team.
    Hire(PersonId),
    /// Delivery: ask the client to drop a scope item.
    RequestDescope(ScopeId),
    /// Delivery: ask the client for this many more weeks.
    RequestMoreTime(u32),
    /// Delivery: send the client an honest status update this week.
    ClientUpdate,
    /// Delivery: bring the account manager (the seller) into delivery reviews from now on.
    InviteAccountManager,
    /// Delivery: close the week and run it.
    EndWeek,
    /// Two roles, in a meeting delivery attends: the delivery lead flags an answer before the
    /// seller gives it ([`super::Session::flags_available`]).
    Flag(AnswerId, super::roles::FlagConcern),
    /// Two roles, review: the delivery lead asks about an item of the document.
    QueryPid(PidItem),
    /// Two roles, review: the delivery lead asks for a re-baselining meeting about a promise in
    /// the document (costs client trust and part of the seller's commission).
    Rebaseline(PromiseId),
    /// Two roles, review: the delivery lead accepts the document; delivery starts.
    AcceptPid,
    /// Two roles, once the session is over: a seat's retrospective ("what went wrong for me",
    /// "what I needed from the other role"); see [`super::retro`].
    Retro(super::roles::Seat, super::retro::RetroAnswer),
}

/// Something that can be written into the PID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PidItem {
    /// A promise from the ledger.
    Promise(PromiseId),
    /// A fact (hidden need) found during sales.
    Fact(FactId),
}

/// An action with the scenario's id (key) of the one thing it names, for messages: what
/// [`super::Session::named`] gives, a refusal carries, and the wording module words (the engine
/// never does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedAction {
    /// The action.
    pub action: Action,
    /// The id of the answer, promise, fact, person or scope item it names; `None` when it names
    /// none, or one the scenario does not have.
    pub key: Option<String>,
}

/// A thing an action names by a number the scenario does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownRef {
    /// An answer.
    Answer(AnswerId),
    /// A delivery person.
    Person(PersonId),
    /// A scope item.
    Scope(ScopeId),
}
