//! What the engine reports: the event log, and the causes that tie consequences to promises.

use serde::{Deserialize, Serialize};

use super::action::PidItem;
use crate::scenario::model::{
    AnswerId, ClaimId, EventId, FactId, MeetingId, PersonId, PromiseId, RegisterId, Role, ScopeId,
    StakeholderId,
};

/// Why something happened in delivery: the thread the debrief pulls to show which promise caused what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cause {
    /// A promise from the ledger.
    Promise(PromiseId),
    /// A hidden need nobody found during sales.
    HiddenNeed(FactId),
    /// A scenario event.
    Scenario(EventId),
    /// The project manager's own decision (overtime, hiring, a change request).
    Decision,
    /// Defects made during the work.
    Defects,
    /// The plan as handed over.
    Plan,
}

/// How a listener took an answer said in a register they do not fully speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Heard {
    /// They lost the thread: trust lost, no readiness gained from it.
    Lost,
    /// A delivery person in the room put it into plain words for them.
    Rescued(Role),
}

/// How the depth of an answer met one stakeholder's readiness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaceVerdict {
    /// Deeper than they were ready for.
    TooDeep,
    /// Shallower than they wanted.
    TooShallow,
    /// About right.
    Matched,
}

/// The change asked of the client during delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKind {
    /// Drop a scope item.
    Descope(ScopeId),
    /// More weeks.
    MoreTime(u32),
}

/// Why a promise was broken.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum BrokenBecause {
    /// The scope item was not delivered (dropped, or unfinished when delivery stopped).
    NotDelivered,
    /// Delivered this many weeks after the date the promise named (its own weeks, not the agreed date).
    Late(u32),
    /// The discount never reached the invoice before the client noticed.
    DiscountMissed,
    /// The technical claim did not hold.
    ClaimFailed,
}

/// One thing that happened. The log of these is the whole story of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A meeting was skipped because its condition did not hold.
    MeetingSkipped(MeetingId),
    /// A meeting began, with these delivery people beside the seller.
    MeetingStarted {
        /// The meeting.
        meeting: MeetingId,
        /// Who came from delivery.
        attending: Vec<Role>,
        /// Money spent on their time.
        presales_cost: f32,
    },
    /// A delivery person noticed a fact just by being in the room.
    FactNoticed {
        /// The fact.
        fact: FactId,
        /// Who noticed it.
        by: Role,
    },
    /// A beat is waiting for an answer.
    BeatPresented {
        /// The meeting.
        meeting: MeetingId,
        /// Index of the beat in its meeting.
        beat: u16,
    },
    /// The player answered.
    Chose(AnswerId),
    /// How the answer's depth met one stakeholder's readiness.
    Paced {
        /// Who.
        stakeholder: StakeholderId,
        /// Depth chosen.
        depth: u8,
        /// Their readiness before the answer.
        readiness: f32,
        /// The verdict.
        verdict: PaceVerdict,
    },
    /// How a listener took an answer said in a register they do not fully speak.
    Heard {
        /// Who.
        stakeholder: StakeholderId,
        /// The answer's register.
        register: RegisterId,
        /// Lost, or rescued by whom.
        heard: Heard,
    },
    /// The seller confirmed the campaign plan.
    PlanConfirmed {
        /// The day the plan puts the close on.
        close_day: u32,
    },
    /// A meeting needed more days than the plan allowed for it.
    MeetingSlipped {
        /// The meeting.
        meeting: MeetingId,
        /// Days past the plan.
        days: u32,
    },
    /// A colleague decided, at the end of a meeting they attended, whether they agree to what
    /// they approve.
    Agreement {
        /// The colleague.
        colleague: StakeholderId,
        /// They agreed (their trust reached `agrees_at`).
        agreed: bool,
    },
    /// Trust moved.
    TrustChanged {
        /// Whose.
        stakeholder: StakeholderId,
        /// By how much.
        delta: f32,
        /// Why (None during sales: the answer itself).
        cause: Option<Cause>,
    },
    /// Readiness for detail moved.
    ReadinessChanged {
        /// Whose.
        stakeholder: StakeholderId,
        /// New value.
        readiness: f32,
    },
    /// The client's patience moved.
    PatienceChanged {
        /// By how much.
        delta: i32,
        /// What is left.
        left: i32,
    },
    /// A fact came out in conversation.
    FactRevealed(FactId),
    /// A promise entered the ledger.
    PromiseMade(PromiseId),
    /// The senior designer warned that a claim does not hold as said.
    ClaimWarned(ClaimId),
    /// The seller walked away from the deal on the table.
    SellerWalkedAway {
        /// The margin the deal would have made, signed as it stood and delivered.
        would_margin: f32,
    },
    /// The client walked away.
    ClientWalkedAway {
        /// The stakeholder who lost faith, or None when patience ran out.
        stakeholder: Option<StakeholderId>,
    },
    /// The client decided.
    DealDecided {
        /// Signed or not.
        signed: bool,
        /// The chance they would sign.
        chance: f32,
        /// The client's score.
        score: f32,
        /// What was needed.
        threshold: f32,
        /// The price on the table.
        price: f32,
    },
    /// An item was put into or taken out of the PID.
    PidChanged {
        /// The item.
        item: PidItem,
        /// In or out.
        included: bool,
    },
    /// The document went to delivery.
    HandedOff {
        /// Promises left out.
        left_out: Vec<PromiseId>,
        /// Work planned at the start, in person-days.
        planned_days: f32,
    },
    /// A delivery week began.
    WeekStarted(u32),
    /// A scenario event fired.
    ScenarioEvent(EventId),
    /// Work arrived in the backlog.
    WorkAdded {
        /// What caused it.
        cause: Cause,
        /// Person-days.
        days: f32,
        /// Unplanned: it came as a surprise.
        surprise: bool,
    },
    /// Morale moved for the whole team.
    MoraleChanged {
        /// By how much.
        delta: f32,
        /// Why.
        cause: Cause,
    },
    /// Money was spent outside the weekly run rate.
    CostIncurred {
        /// How much.
        amount: f32,
        /// Why.
        cause: Cause,
    },
    /// A technical claim met reality.
    ClaimTested {
        /// The claim.
        claim: ClaimId,
        /// Whether it held as said.
        held: bool,
    },
    /// Overtime switched.
    OvertimeSet(bool),
    /// Quality share set.
    QualitySet(u8),
    /// Someone joined the team.
    Hired(PersonId),
    /// A change was asked of the client.
    ChangeRequested {
        /// What.
        change: ChangeKind,
        /// Whether the client agreed.
        accepted: bool,
        /// Trust it cost with each stakeholder it touched.
        trust_cost: f32,
    },
    /// A scope item dropped by agreement was refunded to the client.
    Refunded {
        /// The item.
        item: ScopeId,
        /// Money refunded.
        amount: f32,
    },
    /// An honest status update went to the client.
    ClientUpdated,
    /// The account manager joined delivery reviews.
    AccountManagerJoined,
    /// A client review took place.
    Review(u32),
    /// At a review, the client mentions a promise left out of the PID that the
    /// document covers another way (the same item promised twice): a reminder, not new work.
    PromiseRecalled(PromiseId),
    /// Defects were found.
    DefectsFound {
        /// How many.
        count: f32,
        /// Rework they cost, in person-days.
        rework_days: f32,
    },
    /// A delivery week ended.
    WeekEnded {
        /// The week.
        week: u32,
        /// Capacity used, in person-days.
        capacity: f32,
        /// Work done to date.
        done: f32,
        /// Work left.
        remaining: f32,
        /// Cost to date.
        cost: f32,
        /// Average morale.
        morale: f32,
    },
    /// A promise was judged at the end.
    PromiseKept(PromiseId),
    /// A promise was judged broken.
    PromiseBroken {
        /// Which.
        promise: PromiseId,
        /// Why.
        because: BrokenBecause,
    },
    /// Two roles: the delivery lead flagged an answer before the seller gave it.
    Flagged {
        /// The answer.
        answer: AnswerId,
        /// What was flagged.
        concern: super::roles::FlagConcern,
    },
    /// Two roles: the document went to the delivery lead for review.
    PidSubmitted,
    /// Two roles: the delivery lead asked about an item of the document.
    PidQueried {
        /// The item.
        item: PidItem,
        /// Days the price was built on.
        priced_days: f32,
        /// The team's estimate.
        true_days: f32,
    },
    /// Two roles: a re-baselining meeting with the client changed a promise.
    Rebaselined {
        /// The promise.
        promise: PromiseId,
        /// Re-priced or taken back.
        result: super::roles::Rebaseline,
        /// The deal's new price.
        price: f32,
    },
    /// Two roles: the delivery lead accepted the document.
    PidAccepted,
    /// Two roles: a promise left out of the document surfaced in delivery; who made it.
    PromiseSurfaced {
        /// The promise.
        promise: PromiseId,
        /// Who made it.
        promised_by: super::roles::Seat,
    },
    /// The session is over.
    SessionOver {
        /// Whether the deal was won (and delivered).
        won: bool,
    },
}
