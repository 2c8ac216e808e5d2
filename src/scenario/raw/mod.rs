//! Author-facing scenario types: exactly what an L&D author writes in a `levels/*.scenario.ron` file.
//!
//! These types are only parsed, never played. [`super::validate`] checks them once and turns
//! them into the [`super::model`] types that the engine uses. Every field is documented in
//! `levels/README.md`; defaults live here so a short file stays short.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod delivery;
mod incentives;
mod scoring;

pub use delivery::*;
pub use incentives::*;
pub use scoring::*;

/// A whole scenario file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Stable id, used by saves and scripts (lowercase, digits, `_`).
    pub id: String,
    /// Title shown in the picker.
    pub title: String,
    /// One-paragraph pitch shown in the picker and briefing.
    pub summary: String,
    /// Expected play time in minutes.
    pub minutes: u32,
    /// How hard the scenario is.
    pub difficulty: Difficulty,
    /// The lessons the scenario teaches, in plain words.
    pub lessons: Vec<String>,
    /// Seed used when the player does not choose one.
    #[serde(default)]
    pub default_seed: u64,
    /// The client organisation.
    pub client: Client,
    /// The people on the client side (2 to 5).
    pub stakeholders: Vec<Stakeholder>,
    /// What the client knows but does not volunteer.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// The offer: scope, price, claims.
    pub offer: Offer,
    /// The sales process.
    pub sales: Sales,
    /// The delivery team and model.
    pub delivery: Delivery,
    /// Scoring weights, rubric and facilitator questions.
    pub scoring: Scoring,
}

/// Difficulty label for the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Difficulty {
    /// Short and forgiving.
    Introductory,
    /// Needs some care.
    Intermediate,
    /// Punishes shortcuts.
    Advanced,
}

/// The client organisation.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// Organisation name.
    pub name: String,
    /// Sector, shown in the briefing.
    pub sector: String,
    /// Background for the briefing.
    pub background: String,
    /// Units of patience: each beat costs one, pacing mistakes and extra guests cost more.
    #[serde(default = "default_patience")]
    pub patience: i32,
}

fn default_patience() -> i32 {
    30
}

/// What a stakeholder cares about; promises and answers speak to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Concern {
    /// Price and budget.
    Cost,
    /// Dates.
    Schedule,
    /// Things going wrong.
    Risk,
    /// Things working well.
    Quality,
    /// Doing something new.
    Innovation,
}

/// One person on the client side.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    /// Id used by answers, promises and conditions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Portrait image name under `assets/portraits/` (without `.png`).
    #[serde(default)]
    pub portrait: Option<String>,
    /// What they care about, most important first.
    pub cares: Vec<Concern>,
    /// Share of the buying decision (the weights of all stakeholders are normalised). Leave it out
    /// for a colleague: they have no share of the client's decision.
    #[serde(default)]
    pub weight: f32,
    /// Starting trust, 0 to 100.
    #[serde(default = "default_trust")]
    pub trust: f32,
    /// Starting readiness for detail, 1.0 (vision) to 5.0 (plan detail).
    #[serde(default = "default_readiness")]
    pub readiness: f32,
    /// How fast readiness grows as agreement builds (readiness gained per beat at full trust).
    #[serde(default = "default_readiness_growth")]
    pub readiness_growth: f32,
    /// How well they follow each register of `sales.registers`, 0 (not at all) to 1 (fluent),
    /// by the register's id. A register not listed: 0, unless it is one `everyone` follows.
    #[serde(default)]
    pub fluency: BTreeMap<String, f32>,
    /// Set for someone in the seller's own company (finance, the delivery head, legal): a
    /// colleague whose agreement some promises need. None: one of the client's people.
    #[serde(default)]
    pub colleague: Option<Colleague>,
}

/// A colleague inside the seller's company (seed 001: internal conversations are customer
/// conversations). They sit in meetings of their own, with the same trust, readiness and pacing.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Colleague {
    /// What the seller needs their agreement for before promising it to the client.
    pub approves: Vec<Approval>,
    /// The trust at which they agree, reached by the end of a meeting they attend.
    #[serde(default = "default_agrees_at")]
    pub agrees_at: f32,
}

fn default_agrees_at() -> f32 {
    55.0
}

/// A kind of promise that needs a colleague's agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Approval {
    /// Any discount (finance).
    Discount,
    /// A delivery date sooner than `offer.standard_weeks` (the head of delivery).
    EarlyDate,
    /// Bespoke work or a special term (`Extra` promises: legal, or the practice head).
    SpecialTerm,
}

fn default_trust() -> f32 {
    50.0
}
fn default_readiness() -> f32 {
    1.5
}
fn default_readiness_growth() -> f32 {
    0.4
}

/// Who from the selling company can speak or attend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Role {
    /// The salesperson (the player in sales).
    Seller,
    /// The project manager who will run delivery.
    ProjectManager,
    /// The senior designer / technical lead.
    SeniorDesigner,
}

/// Something the client knows; a hidden need when it carries delivery effort.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Id used by `reveals`, conditions and rubric checks.
    pub id: String,
    /// What the fact is, in the client's words.
    pub text: String,
    /// The stakeholder who holds it.
    pub owner: String,
    /// Roles that notice it just by being in a meeting with the owner.
    #[serde(default)]
    pub noticed_by: Vec<Role>,
    /// If set, the fact is a hidden need that costs delivery effort.
    #[serde(default)]
    pub need: Option<HiddenNeed>,
}

/// The delivery side of a hidden need.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HiddenNeed {
    /// Effort in person-days when planned from the start.
    pub effort_days: f32,
    /// Delivery week in which it surfaces if nobody found it.
    pub surfaces_week: u32,
    /// Trust lost with the owner when it surfaces as a surprise.
    #[serde(default = "default_surprise_trust")]
    pub surprise_trust: f32,
}

fn default_surprise_trust() -> f32 {
    8.0
}

/// The commercial offer.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Price charged per estimated person-day.
    pub day_rate: f32,
    /// Largest discount the seller may give, in percent.
    pub max_discount_pct: f32,
    /// Delivery length in weeks if no deadline is promised.
    pub standard_weeks: u32,
    /// Penalty per week late, as a share of the price (0.02 = 2 %).
    #[serde(default)]
    pub late_penalty_per_week: f32,
    /// Commission paid to the seller, as a share of the price.
    #[serde(default = "default_commission")]
    pub commission_rate: f32,
    /// Value of the follow-on work if the client renews.
    #[serde(default)]
    pub renewal_value: f32,
    /// Scope items that can be sold.
    pub scope: Vec<ScopeItem>,
    /// Technical claims a seller may make.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Share of a dropped scope item's price refunded to the client when they agree to drop it
    /// in delivery (1 = all of it, 0 = none).
    #[serde(default = "default_descope_refund")]
    pub descope_refund: f32,
}

fn default_commission() -> f32 {
    0.05
}

fn default_descope_refund() -> f32 {
    1.0
}

/// A piece of scope.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeItem {
    /// Id used by promises.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The effort it really takes, in person-days.
    pub true_effort: f32,
    /// The effort a seller guesses alone, in person-days.
    pub sales_estimate: f32,
    /// The concern it speaks to.
    pub concern: Concern,
    /// Always part of the deal, promised or not.
    #[serde(default)]
    pub core: bool,
}

/// A technical claim and whether it is true.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Id used by promises.
    pub id: String,
    /// What the seller would say.
    pub text: String,
    /// Whether it holds.
    pub truth: ClaimTruth,
    /// Delivery week in which the truth comes out.
    pub surfaces_week: u32,
}

/// The truth behind a claim.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
pub enum ClaimTruth {
    /// True as said.
    Holds,
    /// True, but only after this many extra person-days.
    HoldsWithWork(f32),
    /// False: the client must accept a workaround (trust) or pay for a rebuild (days).
    DoesNotHold {
        /// Effort of the workaround, in person-days.
        rework_days: f32,
        /// Trust lost with the stakeholder it was promised to.
        trust: f32,
    },
}

/// The sales process: its meetings, in order.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sales {
    /// Meetings in order.
    #[serde(alias = "milestones")]
    pub meetings: Vec<Meeting>,
    /// How the client decides at the close.
    #[serde(default)]
    pub decision: Decision,
    /// How pacing is judged.
    #[serde(default)]
    pub pacing: Pacing,
    /// Money spent per delivery person per meeting they attend.
    #[serde(default = "default_presales_cost")]
    pub presales_cost: f32,
    /// Patience spent per delivery person per meeting they attend.
    #[serde(default = "default_attendee_patience")]
    pub attendee_patience: i32,
    /// A stakeholder whose trust falls below this walks away and the deal is lost.
    #[serde(default = "default_walk_away")]
    pub walk_away_trust: f32,
    /// Two roles: trust every stakeholder loses in a re-baselining meeting.
    #[serde(default = "default_rebaseline_trust")]
    pub rebaseline_trust: f32,
    /// Two roles: share of the seller's commission one re-baselining meeting costs (0 to 1).
    #[serde(default = "default_rebaseline_commission_share")]
    pub rebaseline_commission_share: f32,
    /// The seller's quota for the quarter, in bookings (0: no quota).
    #[serde(default)]
    pub quota: f32,
    /// The sales calendar: a deal only counts for the quarter if it closes within it.
    #[serde(default)]
    pub quarter: Quarter,
    /// The rival bid the client weighs price and date against at the close (none by default).
    #[serde(default)]
    pub rival: Option<Rival>,
    /// Commission rate multiplier on bookings above quota (1: no accelerator).
    #[serde(default = "incentives::default_accelerator")]
    pub accelerator: f32,
    /// What the seller's commission is paid on.
    #[serde(default)]
    pub plan: Plan,
    /// Commission on delivered margin, as a share of the margin (margin and split plans).
    #[serde(default = "incentives::default_margin_rate")]
    pub margin_commission_rate: f32,
    /// Hours of the seller's time each delivery review they join takes.
    #[serde(default = "incentives::default_review_hours")]
    pub review_hours: f32,
    /// Bookings the seller would have made per hour of selling time (what a review hour costs
    /// their quota; 0: reviews are free to the seller).
    #[serde(default)]
    pub bookings_per_selling_hour: f32,
    /// The vocabularies answers are said in (plain words, sales talk, technical jargon: the
    /// scenario's own labels). None by default: then only depth counts.
    #[serde(default)]
    pub registers: Vec<Register>,
    /// The campaign plan the seller lays out before the first meeting (none by default: the
    /// meetings simply follow one another).
    #[serde(default)]
    pub campaign: Option<Campaign>,
}

/// A vocabulary an answer can be said in, and what it costs a listener who does not speak it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// Id used by answers and stakeholders' `fluency`.
    pub id: String,
    /// What the player reads beside an answer at Guided support ("Plain words", "IT jargon").
    pub label: String,
    /// Everyone follows it (plain words): nobody's fluency is asked.
    #[serde(default)]
    pub everyone: bool,
    /// Delivery people who, sitting in the room, put it into plain words for a listener who
    /// does not speak it (never for their own answer).
    #[serde(default)]
    pub rescued_by: Vec<Role>,
    /// Trust a listener with no fluency loses when an answer is said in it; a listener with
    /// fluency f loses (1 - f) of it. A listener who lost the thread gains no readiness from it.
    #[serde(default = "default_lost_trust")]
    pub lost_trust: f32,
}

fn default_lost_trust() -> f32 {
    6.0
}

fn default_presales_cost() -> f32 {
    800.0
}
fn default_attendee_patience() -> i32 {
    1
}
fn default_walk_away() -> f32 {
    10.0
}
fn default_rebaseline_trust() -> f32 {
    6.0
}
fn default_rebaseline_commission_share() -> f32 {
    0.15
}

/// The client's decision rule at the close.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Decision {
    /// Weighted score needed to sign (0 to 1 scale of trust, plus value).
    pub threshold: f32,
    /// Score added per promise that speaks to a stakeholder's concern.
    pub value_per_promise: f32,
    /// Score lost per 10 % of price above the client's budget.
    pub price_sensitivity: f32,
    /// The client's budget; 0 means no budget pressure.
    pub budget: f32,
    /// How uncertain the decision is: the chance of signing runs from 0 to 1 over this width of
    /// score, centred on the threshold (a rival bid, a bad week, a good lunch).
    pub spread: f32,
}

impl Default for Decision {
    fn default() -> Self {
        Self {
            threshold: 0.6,
            value_per_promise: 0.04,
            price_sensitivity: 0.1,
            budget: 0.0,
            spread: 0.2,
        }
    }
}

/// How the room reacts to the depth of detail.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pacing {
    /// How far above readiness an answer may go before it hurts.
    pub tolerance: f32,
    /// Trust lost per level too deep.
    pub too_deep_trust: f32,
    /// Patience lost per level too deep.
    pub too_deep_patience: i32,
    /// How far below readiness counts as too shallow.
    pub shallow_gap: f32,
    /// Trust lost per level too shallow.
    pub too_shallow_trust: f32,
    /// Trust gained when the depth matches.
    pub matched_trust: f32,
}

impl Default for Pacing {
    fn default() -> Self {
        Self {
            tolerance: 0.5,
            too_deep_trust: 6.0,
            too_deep_patience: 1,
            shallow_gap: 1.5,
            too_shallow_trust: 4.0,
            matched_trust: 2.0,
        }
    }
}

/// A meeting of the sales process.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Id used by conditions and rubric checks.
    pub id: String,
    /// Stage name on the meeting track (e.g. "Discovery").
    pub name: String,
    /// Where and why the meeting happens.
    pub setting: String,
    /// Stakeholders in the room.
    pub present: Vec<String>,
    /// Delivery people who may be invited to this meeting.
    #[serde(default)]
    pub may_invite: Vec<Role>,
    /// Held only when this holds (default: always).
    #[serde(default)]
    pub when: Condition,
    /// The conversation, in order; beats whose `when` fails are skipped.
    pub beats: Vec<Beat>,
    /// True for the meeting at which the client decides.
    #[serde(default)]
    pub closes: bool,
}

/// One exchange: the client speaks, the player answers.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Beat {
    /// Id used by conditions and scripts.
    pub id: String,
    /// The stakeholder speaking.
    pub speaker: String,
    /// What they say.
    pub line: String,
    /// Played only when this holds (default: always).
    #[serde(default)]
    pub when: Condition,
    /// The player's answers.
    #[serde(alias = "options")]
    pub answers: Vec<Answer>,
}

/// One answer the player can give.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Id used by conditions, scripts and rubric checks.
    pub id: String,
    /// What is said.
    pub text: String,
    /// Depth of detail: 1 vision and shared goals … 5 technical and plan detail.
    pub depth: u8,
    /// Who says it (default: the seller).
    #[serde(default = "default_speaker")]
    pub by: Role,
    /// Offered only when this holds (default: always).
    #[serde(default)]
    pub requires: Condition,
    /// Direct effects on stakeholders.
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Facts it brings into the open.
    #[serde(default)]
    pub reveals: Vec<String>,
    /// Promises it makes.
    #[serde(default)]
    pub promises: Vec<Promise>,
    /// What the project manager or designer says about it when present.
    #[serde(default)]
    pub advice: Option<String>,
    /// Ends the meeting after this answer.
    #[serde(default)]
    pub ends_meeting: bool,
    /// The words it is said in: the id of one of `sales.registers` (default: none, as in a
    /// scenario without registers, where vocabulary costs nothing).
    #[serde(default)]
    pub register: Option<String>,
}

fn default_speaker() -> Role {
    Role::Seller
}

/// A direct effect of an answer on one stakeholder (or everyone in the room with `"*"`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Effect {
    /// Change trust.
    Trust(String, f32),
    /// Change readiness for detail.
    Readiness(String, f32),
    /// Change the client's patience.
    Patience(i32),
}

/// A commitment made to the client.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    /// Id used by the ledger, the handoff, scripts and what-if (unique in the file).
    pub id: String,
    /// What is promised.
    pub kind: PromiseKind,
    /// The stakeholder it is made to.
    pub to: String,
}

/// What a promise commits to.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum PromiseKind {
    /// Deliver a scope item.
    Scope(String),
    /// Finish within this many weeks.
    Deadline(u32),
    /// Take this many percent off the price.
    Discount(f32),
    /// Stand behind a technical claim.
    Claim(String),
    /// Something bespoke ("a dedicated PM", "weekly reports") that costs effort.
    Extra {
        /// What it is.
        text: String,
        /// Effort in person-days.
        effort_days: f32,
        /// The concern it speaks to.
        concern: Concern,
    },
}

/// A condition over what has happened so far.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub enum Condition {
    /// Always true.
    #[default]
    Always,
    /// The player chose this answer id.
    Chose(String),
    /// This fact is known.
    Knows(String),
    /// This promise was made.
    Promised(String),
    /// This role attends the current meeting.
    Attending(Role),
    /// This role attended any meeting so far.
    Involved(Role),
    /// The stakeholder's trust is at least this.
    TrustAtLeast(String, f32),
    /// The stakeholder's readiness is at least this.
    ReadinessAtLeast(String, f32),
    /// This colleague has agreed (at the end of a meeting they attended).
    Agreed(String),
    /// All hold.
    All(Vec<Condition>),
    /// At least one holds.
    Any(Vec<Condition>),
    /// Does not hold.
    Not(Box<Condition>),
}
