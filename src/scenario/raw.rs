//! Author-facing scenario types: exactly what an L&D author writes in a `levels/*.scenario.ron` file.
//!
//! These types are only parsed, never played. [`super::validate`] checks them once and turns
//! them into the [`super::model`] types that the engine uses. Every field is documented in
//! `levels/README.md`; defaults live here so a short file stays short.

use serde::{Deserialize, Serialize};

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

/// What a stakeholder cares about; promises and options speak to these.
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
    /// Id used by options, promises and conditions.
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
    /// Share of the buying decision (the weights of all stakeholders are normalised).
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
}

fn default_commission() -> f32 {
    0.05
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

/// The sales process: milestones, each one a meeting.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sales {
    /// Milestones in order.
    pub milestones: Vec<Milestone>,
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
    /// How far above readiness an option may go before it hurts.
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

/// A milestone of the sales process and its meeting.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Id used by conditions and rubric checks.
    pub id: String,
    /// Stage name on the milestone track (e.g. "Discovery").
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
    pub options: Vec<Choice>,
}

/// One answer the player can give.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
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
    /// The player chose this option id.
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
    /// All hold.
    All(Vec<Condition>),
    /// At least one holds.
    Any(Vec<Condition>),
    /// Does not hold.
    Not(Box<Condition>),
}

/// The delivery team and the model of how delivery goes.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    /// The team at the start.
    pub team: Vec<TeamMember>,
    /// People the project manager can add mid-project.
    #[serde(default)]
    pub hires: Vec<TeamMember>,
    /// Longest the project may run, in weeks, before it is stopped.
    pub max_weeks: u32,
    /// A client review every this many weeks (promises left out surface there).
    #[serde(default = "default_review_every")]
    pub review_every: u32,
    /// Scripted and chance events.
    #[serde(default)]
    pub events: Vec<DeliveryEvent>,
    /// Parameters of the delivery model.
    #[serde(default)]
    pub model: Model,
}

fn default_review_every() -> u32 {
    3
}

/// One person on the delivery team.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    /// Id used by hire actions and events.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Job title ("Developer", "Project manager", …).
    pub role: String,
    /// Productive person-days per week at full morale.
    pub capacity: f32,
    /// Cost per week.
    pub weekly_cost: f32,
    /// Starting morale, 0 to 100.
    #[serde(default = "default_morale")]
    pub morale: f32,
}

fn default_morale() -> f32 {
    75.0
}

/// An event during delivery.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryEvent {
    /// Id shown in the debrief.
    pub id: String,
    /// What happens, in words.
    pub text: String,
    /// When it fires (at most once).
    pub trigger: Trigger,
    /// What it does.
    pub effects: Vec<DeliveryEffect>,
}

/// When a delivery event fires.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Trigger {
    /// At the start of this week.
    AtWeek(u32),
    /// At the start of the first week in which the condition holds.
    When(DeliveryCondition),
    /// Each week from `from` to `to`, with this probability, until it fires.
    Chance {
        /// Probability per week, 0 to 1.
        per_week: f32,
        /// First week.
        from: u32,
        /// Last week.
        to: u32,
    },
}

/// A condition over the promise ledger and the project's state.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum DeliveryCondition {
    /// The promise was made.
    Promised(String),
    /// The promise was made and written into the project initiation document.
    InPid(String),
    /// The promise was made and left out of the project initiation document.
    LeftOut(String),
    /// The fact was known at handoff.
    Known(String),
    /// The week is at least this.
    WeekAtLeast(u32),
    /// Work done is behind the plan by at least this share (0.1 = 10 %).
    Behind(f32),
    /// Average morale is below this.
    MoraleBelow(f32),
    /// Overtime has run for at least this many weeks in a row.
    OvertimeStreak(u32),
    /// All hold.
    All(Vec<DeliveryCondition>),
    /// At least one holds.
    Any(Vec<DeliveryCondition>),
    /// Does not hold.
    Not(Box<DeliveryCondition>),
}

/// What a delivery event does.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum DeliveryEffect {
    /// Add work to the backlog, in person-days, with a label.
    AddWork(String, f32),
    /// Change every team member's morale.
    Morale(f32),
    /// Change a stakeholder's trust (`"*"` for all).
    Trust(String, f32),
    /// Lose (negative) or gain capacity this week, in person-days.
    Capacity(f32),
    /// A cost in money.
    Cost(f32),
}

/// Parameters of the delivery model; the defaults follow common project experience.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Model {
    /// Extra capacity from a week of overtime (0.25 = 25 %).
    pub overtime_boost: f32,
    /// Overtime pay premium as a share of weekly cost.
    pub overtime_premium: f32,
    /// Productivity lost per point of fatigue (fatigue grows one point per overtime week).
    pub fatigue_productivity: f32,
    /// Morale lost per overtime week beyond the first.
    pub overtime_morale: f32,
    /// Weeks a new person needs to reach full productivity.
    pub ramp_weeks: u32,
    /// Productivity of a new person in their first week (0 to 1).
    pub ramp_start: f32,
    /// Capacity lost per extra pair of people to talk to (communication overhead).
    pub overhead_per_link: f32,
    /// Defects made per person-day of work.
    pub defect_rate: f32,
    /// Person-days to fix a defect found in the week it was made.
    pub defect_fix_days: f32,
    /// Extra share of fix cost per week a defect stays hidden.
    pub defect_age_cost: f32,
    /// Share of hidden defects found each week with no testing effort.
    pub base_detection: f32,
    /// Extra share of hidden defects found per 10 % of capacity spent on quality.
    pub detection_per_quality: f32,
    /// Effort multiplier for work that arrives as a surprise.
    pub surprise_multiplier: f32,
    /// Trust cost of a change request, before lateness.
    pub change_trust: f32,
    /// Extra trust cost per week of delay in asking (asked late costs more).
    pub change_trust_per_week: f32,
    /// Trust gained by a client update.
    pub update_trust: f32,
    /// Project-manager days a client update costs.
    pub update_days: f32,
    /// Morale below which productivity starts to drop.
    pub morale_floor: f32,
    /// Cost of fixing a defect the client finds after handover, as a multiple of fixing it in delivery.
    pub warranty_multiplier: f32,
}

impl Default for Model {
    fn default() -> Self {
        Self {
            overtime_boost: 0.25,
            overtime_premium: 0.5,
            fatigue_productivity: 0.07,
            overtime_morale: 3.0,
            ramp_weeks: 4,
            ramp_start: 0.15,
            overhead_per_link: 0.03,
            defect_rate: 0.12,
            defect_fix_days: 0.4,
            defect_age_cost: 0.5,
            base_detection: 0.15,
            detection_per_quality: 0.12,
            surprise_multiplier: 1.5,
            change_trust: 4.0,
            change_trust_per_week: 1.5,
            update_trust: 2.0,
            update_days: 0.5,
            morale_floor: 60.0,
            warranty_multiplier: 2.0,
        }
    }
}

/// Scoring weights, rubric and the facilitator's questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Weights of each outcome in the overall score.
    #[serde(default)]
    pub weights: Weights,
    /// Named yes/no checks trainees can read before and after play.
    pub rubric: Vec<Check>,
    /// Questions for the facilitator's debrief.
    pub questions: Vec<Question>,
}

/// Weights of the outcomes in the overall score (normalised).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// Margin.
    pub margin: f32,
    /// Client satisfaction.
    pub satisfaction: f32,
    /// Schedule kept.
    pub schedule: f32,
    /// Team morale.
    pub morale: f32,
    /// Chance of repeat business.
    pub renewal: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            margin: 1.0,
            satisfaction: 1.0,
            schedule: 1.0,
            morale: 1.0,
            renewal: 1.0,
        }
    }
}

/// A rubric check.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Id.
    pub id: String,
    /// What it asks, as a yes/no question or statement.
    pub label: String,
    /// Why it matters, shown in the debrief.
    pub why: String,
    /// The competency behind the check, shown on the briefing at Standard support
    /// ("Scope with the people who will deliver it"). Optional: without it the briefing shows
    /// the check's category, and `validate` warns.
    #[serde(default)]
    pub competency: Option<String>,
    /// How it is decided.
    pub test: CheckTest,
}

/// How a rubric check is decided.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum CheckTest {
    /// This role attended the named milestone's meeting.
    Attended(Role, String),
    /// The fact was found before handoff.
    Found(String),
    /// This option was never chosen.
    Avoided(String),
    /// This option was chosen.
    Chose(String),
    /// Every promise made went into the project initiation document.
    FullHandoff,
    /// No claim that does not hold was made.
    NoFalseClaims,
    /// At least this share of beats had a depth matched to the room (0 to 1).
    PacingAtLeast(f32),
    /// Margin is at least this share of the price.
    MarginAtLeast(f32),
    /// Client satisfaction is at least this (0 to 100).
    SatisfactionAtLeast(f32),
    /// Delivered no later than promised.
    OnTime,
    /// Overtime ran no more than this many weeks.
    OvertimeAtMost(u32),
    /// The deal was won.
    Won,
    /// Every check in the list passes.
    All(Vec<CheckTest>),
}

/// A facilitator question.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub text: String,
    /// Ask it only when this rubric check failed (default: always ask).
    #[serde(default)]
    pub if_failed: Option<String>,
}
