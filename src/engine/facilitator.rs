//! What a workshop's facilitator can push into a table's session: [`PushedEvent`], applied by
//! [`Session::push_event`]. Deterministic: the same event at the same point of a session changes
//! it the same way, so a host that logs the pushes between the actions replays them exactly.
//! The rules are in `docs/rules.md` ("Facilitator events").

use serde::{Deserialize, Serialize};

use super::{Phase, Session};

/// Trust every stakeholder loses when the client escalates (points of 100).
pub const ESCALATION_TRUST: f32 = 8.0;
/// Client patience lost when the client escalates during sales.
pub const ESCALATION_PATIENCE: i32 = 1;

/// An event a facilitator pushes to a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PushedEvent {
    /// "The client escalates": during sales every stakeholder's trust falls by
    /// [`ESCALATION_TRUST`] and the client's patience by [`ESCALATION_PATIENCE`] (never below 1: an escalation alone
    /// never ends a meeting); during delivery
    /// every stakeholder's trust in the project falls by [`ESCALATION_TRUST`].
    ClientEscalates,
}

/// Why an event cannot be pushed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PushRefusal {
    /// The session is over.
    SessionOver,
}

impl Session {
    /// Whether `event` can be pushed now (`None`: [`Session::push_event`] accepts it).
    pub fn push_refusal(&self, _event: PushedEvent) -> Option<PushRefusal> {
        (self.state.phase == Phase::Over).then_some(PushRefusal::SessionOver)
    }

    /// Applies a facilitator's event; refused (and nothing changes) when the session is over.
    pub fn push_event(&mut self, event: PushedEvent) -> Result<(), PushRefusal> {
        if let Some(r) = self.push_refusal(event) {
            return Err(r);
        }
        match event {
            PushedEvent::ClientEscalates => {
                if let Some(d) = self.state.delivery.as_mut() {
                    for t in &mut d.trust {
                        *t = (*t - ESCALATION_TRUST).max(0.0);
                    }
                } else {
                    for t in &mut self.state.sales.trust {
                        *t = (*t - ESCALATION_TRUST).max(0.0);
                    }
                    self.state.sales.patience =
                        (self.state.sales.patience - ESCALATION_PATIENCE).max(1);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    #[test]
    fn an_escalation_costs_trust_and_patience_and_replays_the_same() {
        let s = std::sync::Arc::new(bundled::LEVELS[0].load().expect("level"));
        let mut a = Session::new(s.clone(), 7);
        let before = a.state().clone();
        a.push_event(PushedEvent::ClientEscalates).unwrap();
        let after = a.state();
        for (b, t) in before.sales.trust.iter().zip(&after.sales.trust) {
            assert_eq!(*t, (b - ESCALATION_TRUST).max(0.0));
        }
        assert_eq!(
            after.sales.patience,
            (before.sales.patience - ESCALATION_PATIENCE).max(1)
        );
        let mut b = Session::new(s, 7);
        b.push_event(PushedEvent::ClientEscalates).unwrap();
        assert_eq!(a.state(), b.state());
    }
}
