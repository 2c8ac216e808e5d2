//! Why the engine refuses an action now, as data: [`Refusal`]. `src/wording/refusal.rs` words it.
//!
//! [`super::Session::refusal`] is the one judge: [`super::Session::is_legal`] is "no refusal", and
//! a test holds both equal to [`super::Session::legal_actions`].

use serde::{Deserialize, Serialize};

use super::Phase;
use crate::scenario::model::{PersonId, ScopeId};

/// Why an action cannot be taken at this point of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Refusal {
    /// Nothing more can be decided: the session is over.
    SessionOver,
    /// The action belongs to another phase than the one the session is in (the phase it is in).
    WrongPhase(Phase),
    /// Before a meeting: a role this meeting may not invite, or one named twice.
    NotInvitable,
    /// The campaign plan: a number of days not among the choices, a meeting the scenario does
    /// not have, or a role that meeting may not invite.
    NotInPlan,
    /// The campaign plan already says so.
    AlreadyPlanned,
    /// In a meeting: the answer is not one the current beat offers.
    NotOffered,
    /// In a meeting: the beat offers the answer, but what it requires does not hold.
    Locked,
    /// At the handoff: the item is neither a promise in the ledger nor a hidden need found.
    NotACandidate,
    /// At the handoff: the item is already in the document (`true`) or already out of it (`false`).
    AlreadyInPid(bool),
    /// In delivery: the week has had as many decisions as it takes
    /// ([`super::MAX_ACTIONS_PER_WEEK`]); only ending the week is possible.
    WeekFull,
    /// In delivery: overtime is already on (`true`) or off (`false`).
    OvertimeAlready(bool),
    /// In delivery: the quality share is already this.
    QualityUnchanged(u8),
    /// In delivery: a quality share outside 0 to [`super::delivery::MAX_QUALITY_SHARE`] or off
    /// the [`super::delivery::QUALITY_STEP`] steps.
    QualityNotOffered(u8),
    /// In delivery: the person is not one of the scenario's possible hires.
    NotForHire(PersonId),
    /// In delivery: the person is already on the team.
    AlreadyHired(PersonId),
    /// In delivery: a change (descope or more time) was already asked for this week.
    OneChangeAWeek,
    /// In delivery: the client was already asked for more time this many times, the most there is
    /// ([`super::delivery::MAX_TIME_REQUESTS`]).
    NoTimeRequestsLeft(u32),
    /// In delivery: more time can be asked only in the steps of
    /// [`super::delivery::TIME_REQUEST_WEEKS`].
    WeeksNotOffered(u32),
    /// In delivery: the scope item is not in the backlog (it was never planned or has not surfaced).
    NotInBacklog(ScopeId),
    /// In delivery: the scope item was already dropped.
    AlreadyDropped(ScopeId),
    /// In delivery: the scope item is already finished.
    AlreadyFinished(ScopeId),
    /// In delivery: a client update is already planned this week.
    UpdateAlreadyPlanned,
    /// In delivery: the account manager already joins the reviews.
    AccountManagerAlreadyIn,
    /// Two roles: the action belongs to the other seat (the seat it belongs to).
    NotYourAction(super::roles::Seat),
    /// The action exists only when two people play (flags).
    TwoRolesOnly,
    /// In a meeting: nobody from delivery in the room sees this concern in that answer, or it
    /// was already flagged.
    NotFlaggable,
    /// In the review: the item is not in the document.
    NotInPid,
    /// In the review: that was already asked (queried, or re-baselined).
    AlreadyAsked,
    /// In the retrospective: an answer this many characters long, over
    /// [`super::retro::RETRO_MAX_CHARS`].
    RetroTooLong(u32),
    /// In the retrospective: both answers are empty.
    RetroEmpty,
}
