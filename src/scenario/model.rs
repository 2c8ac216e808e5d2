//! Checked scenario types: what the engine plays.
//!
//! Built only by [`super::validate`], so every reference here is an index that is known to be
//! in range, every number is in range, and every id is unique. The engine never re-checks.

use serde::{Deserialize, Serialize};

pub use super::raw::{
    Approval, Campaign, ClaimTruth, Concern, Difficulty, Model, Pacing, Plan, Quarter, Rival, Role,
    Weights,
};

macro_rules! index_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub u16);
        impl $name {
            /// The index as `usize`, for slices.
            pub fn ix(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// Index into [`Scenario::stakeholders`].
    StakeholderId,
    /// Index into [`Scenario::facts`].
    FactId,
    /// Index into [`Offer::scope`].
    ScopeId,
    /// Index into [`Offer::claims`].
    ClaimId,
    /// Index into [`Scenario::meetings`].
    MeetingId,
    /// Index into [`Scenario::answers`] (every answer of every beat, flattened).
    AnswerId,
    /// Index into [`Scenario::promises`] (every promise of every answer, flattened).
    PromiseId,
    /// Index into the team and hires ([`Delivery::people`]).
    PersonId,
    /// Index into [`Delivery::events`].
    EventId,
    /// Index into [`Scoring::rubric`].
    CheckId,
    /// Index into [`SalesRules::registers`].
    RegisterId,
);

fn source_language() -> String {
    super::SOURCE_LANGUAGE.to_owned()
}

/// A validated scenario.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scenario {
    /// The language its texts are in (`en`, or the code of the strings file applied).
    #[serde(default = "source_language")]
    pub language: String,
    /// The title in the source language (English), whatever language the scenario is in: the
    /// name learning records carry beside the translated one.
    #[serde(default)]
    pub source_title: String,
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Pitch.
    pub summary: String,
    /// Expected minutes of play.
    pub minutes: u32,
    /// Difficulty label.
    pub difficulty: Difficulty,
    /// Lessons taught.
    pub lessons: Vec<String>,
    /// Default seed.
    pub default_seed: u64,
    /// Client organisation.
    pub client: Client,
    /// Stakeholders (2 to 5).
    pub stakeholders: Vec<Stakeholder>,
    /// Facts and hidden needs.
    pub facts: Vec<Fact>,
    /// The offer.
    pub offer: Offer,
    /// Sales meetings in order.
    pub meetings: Vec<Meeting>,
    /// All answers of all beats, flattened; beats refer to them by [`AnswerId`].
    pub answers: Vec<Answer>,
    /// All promises any answer can make, flattened.
    pub promises: Vec<Promise>,
    /// Sales parameters.
    pub sales: SalesRules,
    /// Delivery team and model.
    pub delivery: Delivery,
    /// Scoring.
    pub scoring: Scoring,
}

/// The client organisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Client {
    /// Name.
    pub name: String,
    /// Sector.
    pub sector: String,
    /// Background.
    pub background: String,
    /// Starting patience.
    pub patience: i32,
}

/// A stakeholder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stakeholder {
    /// Author's id.
    pub key: String,
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Portrait name.
    pub portrait: Option<String>,
    /// Concerns, most important first.
    pub cares: Vec<Concern>,
    /// Normalised weight in the decision (all sum to 1).
    pub weight: f32,
    /// Starting trust 0..=100.
    pub trust: f32,
    /// Starting readiness 1..=5.
    pub readiness: f32,
    /// Readiness growth per beat at full trust.
    pub readiness_growth: f32,
    /// Fluency 0..=1 in each register of [`SalesRules::registers`] (1 in those everyone follows).
    #[serde(default)]
    pub fluency: Vec<f32>,
    /// Someone in the seller's own company, and what they approve (none: the client's).
    #[serde(default)]
    pub colleague: Option<Colleague>,
}

/// A colleague, checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Colleague {
    /// What they approve.
    pub approves: Vec<Approval>,
    /// The trust at which they agree.
    pub agrees_at: f32,
}

/// A fact the client holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fact {
    /// Author's id.
    pub key: String,
    /// Text.
    pub text: String,
    /// Who holds it.
    pub owner: StakeholderId,
    /// Roles that notice it in a meeting with the owner.
    pub noticed_by: Vec<Role>,
    /// Delivery effect when it is a hidden need.
    pub need: Option<HiddenNeed>,
}

/// A hidden need's delivery effect.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct HiddenNeed {
    /// Planned effort in person-days.
    pub effort_days: f32,
    /// Week it surfaces if unknown (1-based).
    pub surfaces_week: u32,
    /// Trust lost with the owner on surfacing.
    pub surprise_trust: f32,
}

/// The offer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Offer {
    /// Price per estimated person-day.
    pub day_rate: f32,
    /// Largest discount in percent.
    pub max_discount_pct: f32,
    /// Weeks when no deadline is promised.
    pub standard_weeks: u32,
    /// Late penalty per week as a share of price.
    pub late_penalty_per_week: f32,
    /// Commission as a share of price.
    pub commission_rate: f32,
    /// Value of follow-on work.
    pub renewal_value: f32,
    /// Scope items.
    pub scope: Vec<ScopeItem>,
    /// Technical claims.
    pub claims: Vec<Claim>,
    /// Share of a dropped scope item's price refunded to the client.
    pub descope_refund: f32,
}

/// A scope item.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScopeItem {
    /// Author's id.
    pub key: String,
    /// Name.
    pub name: String,
    /// Real effort.
    pub true_effort: f32,
    /// Seller's solo guess.
    pub sales_estimate: f32,
    /// Concern it speaks to.
    pub concern: Concern,
    /// Part of every deal.
    pub core: bool,
}

/// A technical claim.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    /// Author's id.
    pub key: String,
    /// Text.
    pub text: String,
    /// Truth.
    pub truth: ClaimTruth,
    /// Week the truth comes out (1-based).
    pub surfaces_week: u32,
}

/// Sales-wide rules.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SalesRules {
    /// Decision rule.
    pub decision: Decision,
    /// Pacing rule.
    pub pacing: Pacing,
    /// Money per delivery attendee per meeting.
    pub presales_cost: f32,
    /// Patience per delivery attendee per meeting.
    pub attendee_patience: i32,
    /// Walk-away trust.
    pub walk_away_trust: f32,
    /// Two roles: trust each stakeholder loses in a re-baselining meeting.
    pub rebaseline_trust: f32,
    /// Two roles: share of the seller's commission one re-baselining meeting costs (0 to 1).
    pub rebaseline_commission_share: f32,
    /// The seller's quota, quarter, rival and compensation plan.
    #[serde(default)]
    pub incentives: Incentives,
    /// The vocabularies answers are said in (empty: only depth counts).
    #[serde(default)]
    pub registers: Vec<Register>,
    /// The campaign plan, when the seller lays one out.
    #[serde(default)]
    pub campaign: Option<Campaign>,
}

/// A vocabulary, checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Register {
    /// Author's id.
    pub key: String,
    /// The author's label.
    pub label: String,
    /// Everyone follows it.
    pub everyone: bool,
    /// Delivery roles who put it into plain words while they attend.
    pub rescued_by: Vec<Role>,
    /// Trust lost by a listener with no fluency.
    pub lost_trust: f32,
}

/// The seller's incentives, checked: see `docs/authoring.md` and [`crate::engine::scorecards`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incentives {
    /// Quota for the quarter, in bookings (0: none).
    pub quota: f32,
    /// The sales calendar.
    pub quarter: Quarter,
    /// The rival bid, if any.
    pub rival: Option<Rival>,
    /// Commission rate multiplier on bookings above quota (at least 1).
    pub accelerator: f32,
    /// The compensation plan.
    pub plan: Plan,
    /// Commission rate on delivered margin.
    pub margin_commission_rate: f32,
    /// Seller hours per delivery review joined.
    pub review_hours: f32,
    /// Bookings lost per hour of selling time spent elsewhere.
    pub bookings_per_selling_hour: f32,
}

impl Default for Incentives {
    fn default() -> Self {
        Incentives {
            quota: 0.0,
            quarter: Quarter::default(),
            rival: None,
            // The author's defaults, written once in the file format.
            accelerator: super::raw::default_accelerator(),
            plan: Plan::Bookings,
            margin_commission_rate: super::raw::default_margin_rate(),
            review_hours: super::raw::default_review_hours(),
            bookings_per_selling_hour: 0.0,
        }
    }
}

/// The client's decision rule.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Decision {
    /// Score needed to sign.
    pub threshold: f32,
    /// Score per promise that speaks to a concern.
    pub value_per_promise: f32,
    /// Score lost per 10 % over budget.
    pub price_sensitivity: f32,
    /// Budget (0: none).
    pub budget: f32,
    /// Width of score over which the chance of signing goes from 0 to 1.
    pub spread: f32,
}

/// A meeting and its meeting.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meeting {
    /// Author's id.
    pub key: String,
    /// Stage name.
    pub name: String,
    /// Setting text.
    pub setting: String,
    /// Stakeholders present.
    pub present: Vec<StakeholderId>,
    /// Roles that may be invited.
    pub may_invite: Vec<Role>,
    /// Held only when this holds.
    pub when: Condition,
    /// Beats in order.
    pub beats: Vec<Beat>,
    /// The client decides at the end of this meeting.
    pub closes: bool,
}

/// A beat.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Beat {
    /// Author's id.
    pub key: String,
    /// Who speaks.
    pub speaker: StakeholderId,
    /// What they say.
    pub line: String,
    /// Played only when this holds.
    pub when: Condition,
    /// Answers, as indices into [`Scenario::answers`].
    pub answers: Vec<AnswerId>,
}

/// An answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Answer {
    /// Author's id.
    pub key: String,
    /// Text.
    pub text: String,
    /// Depth 1..=5.
    pub depth: u8,
    /// Speaker.
    pub by: Role,
    /// Offered only when this holds.
    pub requires: Condition,
    /// Effects.
    pub effects: Vec<Effect>,
    /// Facts revealed.
    pub reveals: Vec<FactId>,
    /// Promises made, as indices into [`Scenario::promises`].
    pub promises: Vec<PromiseId>,
    /// Advice from a delivery person, shown only while they attend.
    pub advice: Option<String>,
    /// Who gives the advice: the role named in its text, as in `Priya (project manager): …`.
    pub advice_by: Option<Role>,
    /// Ends the meeting.
    pub ends_meeting: bool,
    /// The meeting it belongs to.
    pub meeting: MeetingId,
    /// The register it is said in, if the scenario has registers.
    #[serde(default)]
    pub register: Option<RegisterId>,
}

/// Who an effect targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// One stakeholder.
    One(StakeholderId),
    /// Everyone in the room (in sales) or everyone (in delivery).
    All,
}

/// A direct effect.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub enum Effect {
    /// Trust change.
    Trust(Target, f32),
    /// Readiness change.
    Readiness(Target, f32),
    /// Patience change.
    Patience(i32),
}

/// A promise.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Promise {
    /// Author's id.
    pub key: String,
    /// What.
    pub kind: PromiseKind,
    /// To whom.
    pub to: StakeholderId,
    /// Said by.
    pub by: Role,
    /// The answer that makes it.
    pub answer: AnswerId,
}

/// What a promise commits to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PromiseKind {
    /// A scope item.
    Scope(ScopeId),
    /// A deadline in weeks.
    Deadline(u32),
    /// A discount in percent.
    Discount(f32),
    /// A claim.
    Claim(ClaimId),
    /// Bespoke work.
    Extra {
        /// Text.
        text: String,
        /// Effort.
        effort_days: f32,
        /// Concern.
        concern: Concern,
    },
}

/// A sales condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// Always.
    Always,
    /// Answer chosen.
    Chose(AnswerId),
    /// Fact known.
    Knows(FactId),
    /// Promise made.
    Promised(PromiseId),
    /// Role attends the current meeting.
    Attending(Role),
    /// Role attended any meeting.
    Involved(Role),
    /// Trust at least.
    TrustAtLeast(StakeholderId, f32),
    /// Readiness at least.
    ReadinessAtLeast(StakeholderId, f32),
    /// A colleague agreed.
    Agreed(StakeholderId),
    /// All.
    All(Vec<Condition>),
    /// Any.
    Any(Vec<Condition>),
    /// Not.
    Not(Box<Condition>),
}

/// Delivery team, hires, events and model.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delivery {
    /// Everyone: the starting team first, then the possible hires.
    pub people: Vec<Person>,
    /// How many of [`Delivery::people`] start on the team.
    pub team_size: usize,
    /// Maximum weeks.
    pub max_weeks: u32,
    /// Review cadence in weeks.
    pub review_every: u32,
    /// Events.
    pub events: Vec<DeliveryEvent>,
    /// Model parameters.
    pub model: Model,
}

/// A team member or possible hire.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Person {
    /// Author's id.
    pub key: String,
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Person-days per week.
    pub capacity: f32,
    /// Cost per week.
    pub weekly_cost: f32,
    /// Starting morale.
    pub morale: f32,
}

/// A delivery event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeliveryEvent {
    /// Author's id.
    pub key: String,
    /// Text.
    pub text: String,
    /// Trigger.
    pub trigger: Trigger,
    /// Effects.
    pub effects: Vec<DeliveryEffect>,
}

/// When a delivery event fires.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Trigger {
    /// At a week.
    AtWeek(u32),
    /// When a condition first holds.
    When(DeliveryCondition),
    /// By chance.
    Chance {
        /// Probability per week.
        per_week: f32,
        /// First week.
        from: u32,
        /// Last week.
        to: u32,
    },
}

/// A delivery condition.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum DeliveryCondition {
    /// Promise made.
    Promised(PromiseId),
    /// Promise in the PID.
    InPid(PromiseId),
    /// Promise left out of the PID.
    LeftOut(PromiseId),
    /// Fact known at handoff.
    Known(FactId),
    /// Week at least.
    WeekAtLeast(u32),
    /// Behind plan by at least this share.
    Behind(f32),
    /// Average morale below.
    MoraleBelow(f32),
    /// Overtime streak at least.
    OvertimeStreak(u32),
    /// All.
    All(Vec<DeliveryCondition>),
    /// Any.
    Any(Vec<DeliveryCondition>),
    /// Not.
    Not(Box<DeliveryCondition>),
}

/// A delivery event's effect.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum DeliveryEffect {
    /// Add work.
    AddWork(String, f32),
    /// Morale change for everyone.
    Morale(f32),
    /// Trust change.
    Trust(Target, f32),
    /// Capacity change this week.
    Capacity(f32),
    /// Money.
    Cost(f32),
}

/// Scoring.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scoring {
    /// Weights (normalised to sum 1).
    pub weights: Weights,
    /// Rubric.
    pub rubric: Vec<Check>,
    /// Questions.
    pub questions: Vec<Question>,
}

/// A rubric check.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Check {
    /// Author's id.
    pub key: String,
    /// Label.
    pub label: String,
    /// Why it matters.
    pub why: String,
    /// The competency behind it, when the author wrote one.
    #[serde(default)]
    pub competency: Option<String>,
    /// Test.
    pub test: CheckTest,
}

/// How a check is decided.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum CheckTest {
    /// Role attended meeting.
    Attended(Role, MeetingId),
    /// Fact found before handoff.
    Found(FactId),
    /// Answer never chosen.
    Avoided(AnswerId),
    /// Answer chosen.
    Chose(AnswerId),
    /// Every promise in the PID.
    FullHandoff,
    /// No false claim made.
    NoFalseClaims,
    /// Every promise that needed a colleague's agreement had it.
    Agreed,
    /// No listener lost the thread (registers).
    NoneLost,
    /// Pacing share at least.
    PacingAtLeast(f32),
    /// Margin share at least.
    MarginAtLeast(f32),
    /// Satisfaction at least.
    SatisfactionAtLeast(f32),
    /// On time.
    OnTime,
    /// Overtime weeks at most.
    OvertimeAtMost(u32),
    /// Deal won.
    Won,
    /// All pass.
    All(Vec<CheckTest>),
}

/// A facilitator question.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    /// Text.
    pub text: String,
    /// Ask only when this check failed.
    pub if_failed: Option<CheckId>,
}

impl Scenario {
    /// The answer with this author id, if any.
    pub fn answer_by_key(&self, key: &str) -> Option<AnswerId> {
        self.answers
            .iter()
            .position(|c| c.key == key)
            .map(|i| AnswerId(i as u16))
    }
    /// The promise with this author id, if any.
    pub fn promise_by_key(&self, key: &str) -> Option<PromiseId> {
        self.promises
            .iter()
            .position(|p| p.key == key)
            .map(|i| PromiseId(i as u16))
    }
    /// The fact with this author id, if any.
    pub fn fact_by_key(&self, key: &str) -> Option<FactId> {
        self.facts
            .iter()
            .position(|f| f.key == key)
            .map(|i| FactId(i as u16))
    }
    /// The person (team member or hire) with this author id, if any.
    pub fn person_by_key(&self, key: &str) -> Option<PersonId> {
        self.delivery
            .people
            .iter()
            .position(|p| p.key == key)
            .map(|i| PersonId(i as u16))
    }
    /// The scope item with this author id, if any.
    pub fn scope_by_key(&self, key: &str) -> Option<ScopeId> {
        self.offer
            .scope
            .iter()
            .position(|s| s.key == key)
            .map(|i| ScopeId(i as u16))
    }
    /// Whether stakeholder `k` is a colleague in the seller's own company.
    pub fn is_colleague(&self, k: StakeholderId) -> bool {
        self.stakeholders[k.ix()].colleague.is_some()
    }
    /// Whether meeting `m` is internal: only colleagues in the room.
    pub fn is_internal(&self, m: MeetingId) -> bool {
        let present = &self.meetings[m.ix()].present;
        !present.is_empty() && present.iter().all(|k| self.is_colleague(*k))
    }
    /// The largest number of beats any playthrough can see (for sizing buffers).
    pub fn beat_count(&self) -> usize {
        self.meetings.iter().map(|m| m.beats.len()).sum()
    }
}
