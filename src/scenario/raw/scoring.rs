//! Author-facing types of scoring: weights, rubric checks and the facilitator's questions.

use serde::{Deserialize, Serialize};

use super::*;

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
    /// This role attended the named meeting's meeting.
    Attended(Role, String),
    /// The fact was found before handoff.
    Found(String),
    /// This answer was never chosen.
    Avoided(String),
    /// This answer was chosen.
    Chose(String),
    /// Every promise made went into the PID.
    FullHandoff,
    /// No claim that does not hold was made.
    NoFalseClaims,
    /// Every promise that needed a colleague's agreement (a discount, an early date, a special
    /// term) had it.
    Agreed,
    /// No listener lost the thread: every answer said in a register (`sales.registers`) was
    /// followed by everyone in the room, or put into plain words by a delivery person there.
    NoneLost,
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
