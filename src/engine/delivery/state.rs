//! What delivery tracks: the team, the backlog, the week's records. Plain data and the sums
//! over it; the rules that change it are in the sibling modules.

use serde::{Deserialize, Serialize};

use crate::engine::Cause;
use crate::scenario::model::{ClaimId, EventId, FactId, PersonId, PromiseId, ScopeId};

/// Someone on the delivery team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Who.
    pub person: PersonId,
    /// Weeks of delivery completed when they joined (0: from the start).
    pub joined: u32,
    /// Morale 0..=100.
    pub morale: f32,
}

/// What a piece of backlog is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkKind {
    /// A scope item.
    Scope(ScopeId),
    /// Bespoke promised work.
    Extra(PromiseId),
    /// A hidden need.
    Need(FactId),
    /// Work to make a claim hold, or to work around one that does not.
    Claim(ClaimId),
    /// Work added by a scenario event.
    Event(EventId),
    /// Fixing defects.
    Defects,
    /// Taking out what was built of a scope item dropped by agreement.
    Unpick(ScopeId),
}

/// A piece of backlog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkItem {
    /// What it is.
    pub kind: WorkKind,
    /// Why it is there.
    pub cause: Cause,
    /// Person-days in all.
    pub total: f32,
    /// Person-days left.
    pub remaining: f32,
    /// It arrived unplanned.
    pub surprise: bool,
    /// The week it was added (0: at handoff).
    pub added_week: u32,
    /// The week it was finished.
    pub finished_week: Option<u32>,
    /// Dropped by agreement with the client.
    pub dropped: bool,
    /// Effort the seller's estimate missed: it shows up when the item is half done.
    pub unseen: f32,
}

/// One finished week, for the burn-up chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeekRecord {
    /// The week.
    pub week: u32,
    /// Capacity used.
    pub capacity: f32,
    /// Work done to date.
    pub done: f32,
    /// Total scope to date (done + remaining).
    pub scope: f32,
    /// Cost to date.
    pub cost: f32,
    /// Average morale.
    pub morale: f32,
}

/// Everything delivery tracks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryState {
    /// Weeks completed (0 before the first week has run; the week being planned is one more).
    pub weeks_done: u32,
    /// Weeks agreed with the client (promised, plus extensions granted).
    pub deadline: u32,
    /// Weeks the team plans to (the standard length until a left-out deadline surfaces).
    pub team_deadline: u32,
    /// Person-days planned at handoff.
    pub planned_days: f32,
    /// The team.
    pub members: Vec<Member>,
    /// Fatigue points.
    pub fatigue: f32,
    /// Overtime on.
    pub overtime: bool,
    /// Consecutive overtime weeks.
    pub overtime_streak: u32,
    /// Overtime weeks in all.
    pub overtime_weeks: u32,
    /// Share of capacity on quality, percent.
    pub quality_share: u8,
    /// The backlog, in working order.
    pub backlog: Vec<WorkItem>,
    /// Hidden defects by the week they were made (index 0 = week 1).
    pub hidden_defects: Vec<f32>,
    /// Defects found so far.
    pub defects_found: f32,
    /// Money spent in delivery.
    pub cost: f32,
    /// Work done.
    pub done: f32,
    /// Trust per stakeholder.
    pub trust: Vec<f32>,
    /// Scenario events that fired.
    pub fired: Vec<bool>,
    /// Hidden needs that surfaced, by fact index.
    pub needs_surfaced: Vec<bool>,
    /// Claims tested, by claim index.
    pub claims_tested: Vec<bool>,
    /// Promises left out of the handoff that have surfaced, by promise index.
    pub left_out_surfaced: Vec<bool>,
    /// Week the account manager joined reviews.
    pub account_manager: Option<u32>,
    /// A client update is planned for the coming week.
    pub update_planned: bool,
    /// Time extensions asked for.
    pub time_requests: u32,
    /// A change was asked for in the coming week.
    pub change_this_week: bool,
    /// Actions taken in the coming week.
    pub actions_this_week: u32,
    /// Capacity added or lost by events this week.
    pub capacity_adjust: f32,
    /// Finished weeks.
    pub history: Vec<WeekRecord>,
    /// Promises renegotiated by agreement (dropped scope, moved deadline).
    pub renegotiated: Vec<PromiseId>,
    /// Money refunded to the client for scope dropped by agreement.
    #[serde(default)]
    pub refunded: f32,
}

impl DeliveryState {
    /// Work left, in person-days.
    pub fn remaining(&self) -> f32 {
        self.backlog
            .iter()
            .filter(|w| !w.dropped)
            .map(|w| w.remaining)
            .sum()
    }
    /// Scope items dropped by agreement with the client, in backlog order.
    pub fn descoped(&self) -> Vec<ScopeId> {
        let mut items = Vec::new();
        for w in &self.backlog {
            if let WorkKind::Scope(item) = w.kind
                && w.dropped
                && !items.contains(&item)
            {
                items.push(item);
            }
        }
        items
    }

    /// Average morale of the team.
    pub fn morale(&self) -> f32 {
        if self.members.is_empty() {
            return 0.0;
        }
        self.members.iter().map(|m| m.morale).sum::<f32>() / self.members.len() as f32
    }
    /// Share of the work behind the plan (positive: behind).
    pub fn behind(&self) -> f32 {
        let total = self.done + self.remaining();
        if total <= 0.0 {
            return 0.0;
        }
        let expected = (self.weeks_done as f32 / self.team_deadline.max(1) as f32).min(1.0);
        expected - self.done / total
    }
}
