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
        self.pushes.push((self.actions.len(), event));
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

    #[test]
    fn a_what_if_replays_an_escalation_pushed_during_delivery() {
        use crate::engine::PromiseEdit;
        use crate::engine::script::{parse_script, start_and_run};
        let s = std::sync::Arc::new(bundled::LEVELS[0].load().expect("level"));
        let script = parse_script(
            include_str!("../../tests/scripts/01_first_client.careful.ron"),
            "careful",
        )
        .unwrap();
        let (played, _) = start_and_run(s.clone(), s.default_seed, &script);
        // The same decisions, with the client escalating in the second week of delivery.
        let mut session = Session::new(s.clone(), s.default_seed);
        let mut weeks = 0;
        for a in played.actions() {
            if session.phase() == Phase::Delivery && a == &crate::engine::Action::EndWeek {
                weeks += 1;
                if weeks == 2 {
                    session.push_event(PushedEvent::ClientEscalates).unwrap();
                }
            }
            session.apply(a.clone()).unwrap();
        }
        assert!(weeks >= 2 && session.is_over());
        assert_ne!(
            session.outcome().unwrap().satisfaction,
            played.outcome().unwrap().satisfaction,
            "the escalation changed the project"
        );
        // A what-if that changes nothing (a promise already in the PID kept there) must give
        // back the same project, escalation included.
        let p = *session
            .state()
            .pid
            .iter()
            .find_map(|i| match i {
                crate::engine::PidItem::Promise(p) => Some(p),
                _ => None,
            })
            .expect("a promise in the PID");
        let w = session.what_if(PromiseEdit::Handoff(p, true)).unwrap();
        assert_eq!(
            w.outcome.satisfaction,
            session.outcome().unwrap().satisfaction
        );
        assert_eq!(w.delta.margin, 0.0);
    }
}
