//! Author types for the seller's incentives: quota, quarter, rival bid, accelerator and the
//! compensation plan (all under `sales:`; every field has a default, so older files still load).

use serde::{Deserialize, Serialize};

/// What the seller's commission is paid on.
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize, Serialize)]
pub enum Plan {
    /// On bookings: the price of a deal that closes within the quarter (the default, as in most
    /// real plans: what happens in delivery does not change it).
    #[default]
    Bookings,
    /// On the margin the project delivered (nothing when it lost money).
    Margin,
    /// This share (0 to 1) on bookings, the rest on delivered margin.
    Split(f32),
}

/// The sales calendar: how many days the quarter has left and how long meetings take.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Quarter {
    /// Days left in the quarter when the first meeting starts (0: no quarter end).
    pub days_left: u32,
    /// Calendar days each meeting takes, from the one before.
    pub meeting_days: u32,
    /// Extra days per delivery person invited to a meeting (finding a slot in their calendar).
    pub invite_days: u32,
    /// Up to this many more days per meeting, drawn per seed (the client's diary).
    pub slip_days: u32,
}

impl Default for Quarter {
    fn default() -> Self {
        Quarter {
            days_left: 0,
            meeting_days: 7,
            invite_days: 3,
            slip_days: 0,
        }
    }
}

/// The rival bid the client weighs the deal against at the close.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rival {
    /// The rival's price.
    pub price: f32,
    /// The rival's delivery date, in weeks.
    pub weeks: u32,
    /// Client score per 100 % the deal is dearer (or later) than the rival; being cheaper or
    /// sooner earns the same, each side capped at 100 %.
    #[serde(default = "default_rival_weight")]
    pub weight: f32,
}

fn default_rival_weight() -> f32 {
    0.3
}

pub(crate) fn default_accelerator() -> f32 {
    1.0
}

pub(crate) fn default_margin_rate() -> f32 {
    0.1
}

pub(crate) fn default_review_hours() -> f32 {
    4.0
}

/// The campaign plan (seed 002: the sales process is a project). With it, before the first
/// meeting the seller plans the campaign: how many diary days to allow before each meeting and
/// who from delivery to book for it. A meeting whose days run out slips; a loose plan closes late.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// The client's decision date: days from the start of the campaign by which they want to
    /// decide.
    pub decision_day: u32,
    /// The diary days the seller may allow before a meeting, smallest first.
    #[serde(default = "default_gap_choices")]
    pub gap_choices: Vec<u32>,
    /// Days a slipped meeting loses on top, finding a new slot in everyone's diary (no buffer:
    /// the delay cascades).
    #[serde(default = "default_rebook_days")]
    pub rebook_days: u32,
    /// The client patience a slipped meeting costs (rebooking their diary).
    #[serde(default = "default_slip_patience")]
    pub slip_patience: i32,
    /// The trust each person in the room of a slipped meeting loses.
    #[serde(default = "default_slip_trust")]
    pub slip_trust: f32,
    /// The client score lost per week (or part of one) the close comes after `decision_day`.
    #[serde(default = "default_late_score")]
    pub late_score: f32,
}

fn default_gap_choices() -> Vec<u32> {
    vec![5, 7, 10, 14, 21]
}
fn default_rebook_days() -> u32 {
    7
}
fn default_slip_patience() -> i32 {
    1
}
fn default_slip_trust() -> f32 {
    3.0
}
fn default_late_score() -> f32 {
    0.05
}
