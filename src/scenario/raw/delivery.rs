//! Author-facing types of the delivery phase: the team, scenario events and the delivery model.

use serde::{Deserialize, Serialize};

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
    /// The promise was made and written into the PID.
    InPid(String),
    /// The promise was made and left out of the PID.
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
            overtime_morale: 4.0,
            ramp_weeks: 4,
            ramp_start: 0.15,
            overhead_per_link: 0.015,
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
