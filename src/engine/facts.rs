//! Facts a caller outside the engine may ask for by name, as data: the raw `State` is the
//! engine's own (a layers test bars any read of it outside `src/engine`). The screens draw from
//! the views (`view/`), which decide what each viewer may know; these facts are for the tools
//! and the tests that check the views and the debrief against the record, independently of the
//! engine's rules.

use super::{DeliveryState, LedgerEntry, Session};
use crate::scenario::model::{MeetingId, PromiseId, Role};

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

    /// The project under way (the team, the backlog, the weeks so far), once delivery has started.
    pub fn delivery(&self) -> Option<&DeliveryState> {
        self.state.delivery.as_ref()
    }

    /// The seller's ledger: every promise still made, in the order it was made.
    pub fn ledger(&self) -> &[LedgerEntry] {
        &self.state.ledger
    }

    /// The promises the delivery lead's re-baselining took out of the ledger.
    pub fn withdrawn(&self) -> &[LedgerEntry] {
        &self.state.roles.withdrawn
    }

    /// Who from delivery sat in meeting `m` (empty when the seller went alone or it was skipped).
    pub fn attended(&self, m: MeetingId) -> &[Role] {
        self.state
            .sales
            .attended
            .get(m.ix())
            .map_or(&[], Vec::as_slice)
    }

    /// Whether promise `p`, left out of the PID, surfaced during delivery.
    pub fn surfaced(&self, p: PromiseId) -> bool {
        self.state.roles.surfaced.contains(&p)
    }

    /// Whether the delivery lead re-baselined promise `p` at the review.
    pub fn rebaselined(&self, p: PromiseId) -> bool {
        self.state.roles.rebaselined(p)
    }

    /// Whether `other` stands exactly where this session stands (the same state, whatever the
    /// support level recorded or the log): what "a refusal changes nothing" and "a resumed save
    /// is the same game" check.
    pub fn same_state(&self, other: &Session) -> bool {
        self.state == other.state
    }
}
