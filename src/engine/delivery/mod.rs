//! The delivery phase: weekly turns over a backlog built from what the PID says.
//!
//! - [`state`]: what delivery tracks (team, backlog, records);
//! - [`rules`]: the fixed tuning numbers and the formulas the week and the screens share;
//! - [`handoff`]: the first backlog, and which promises the document covers;
//! - [`decisions`]: the week's decisions, why one is refused, what a change request would meet;
//! - [`surprises`]: what surfaces in a week (left-out promises, hidden needs, claims, events);
//! - [`week`]: one week as named steps.
//!
//! This module never decides the outcome: when a week ends delivery, the session asks
//! `outcome` to judge it.

pub mod decisions;
pub mod handoff;
pub mod rules;
pub mod state;
mod surprises;
mod week;

#[cfg(test)]
mod tests;

pub use decisions::ChangeOutlook;
pub(crate) use handoff::covered_by_pid;
pub use rules::*;
pub use state::{DeliveryState, Member, WeekRecord, WorkItem, WorkKind};
pub use surprises::is_review;

use crate::engine::Session;
use crate::scenario::model::PersonId;

impl Session {
    /// How fast a team member works in the coming week as a share of full speed while they learn
    /// the project (1 for the starting team and anyone fully ramped up). `None` outside delivery
    /// or for someone not on the team.
    pub fn ramp(&self, person: PersonId) -> Option<f32> {
        let d = self.state.delivery.as_ref()?;
        let m = d.members.iter().find(|m| m.person == person)?;
        Some(rules::ramp(&self.scenario, m, d.weeks_done + 1))
    }

    /// A team member's productivity in the coming week, as a share of their full capacity:
    /// ramp × morale (before the team-wide overhead, fatigue and teaching). `None` as for
    /// [`Self::ramp`].
    pub fn productivity(&self, person: PersonId) -> Option<f32> {
        let d = self.state.delivery.as_ref()?;
        let m = d.members.iter().find(|m| m.person == person)?;
        let ramp = rules::ramp(&self.scenario, m, d.weeks_done + 1);
        Some(ramp * rules::morale_factor(&self.scenario.delivery.model, m.morale))
    }

    /// The share of speed the team's fatigue takes away now (0 when fresh; at most
    /// 1 − [`MIN_FATIGUE_FACTOR`]). `None` outside delivery.
    pub fn fatigue_slowdown(&self) -> Option<f32> {
        let d = self.state.delivery.as_ref()?;
        Some(1.0 - rules::fatigue_factor(&self.scenario.delivery.model, d.fatigue))
    }

    /// The team's capacity in the coming week before overtime, a client update and events, in
    /// person-days. `None` outside delivery.
    pub fn base_capacity(&self) -> Option<f32> {
        let d = self.state.delivery.as_ref()?;
        Some(rules::base_capacity(&self.scenario, d, d.weeks_done + 1))
    }
}
