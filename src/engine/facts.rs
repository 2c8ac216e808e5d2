//! Facts a caller outside the engine may ask for by name, as data: the raw [`State`] is the
//! engine's own, and the screens draw from the views (`view/`).
//!
//! [`State`]: super::State

use super::Session;

impl Session {
    /// Trust per stakeholder (0..=100), in the scenario's order.
    pub fn trust(&self) -> &[f32] {
        &self.state.sales.trust
    }

    /// Readiness per stakeholder (1..=5), in the scenario's order.
    pub fn readiness(&self) -> &[f32] {
        &self.state.sales.readiness
    }

    /// Delivery weeks done, once delivery has started.
    pub fn weeks_done(&self) -> Option<u32> {
        self.state.delivery.as_ref().map(|d| d.weeks_done)
    }
}
