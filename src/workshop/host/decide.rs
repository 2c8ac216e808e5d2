//! A device's decisions and retrospective: who may act for which seat, the pause, the turn,
//! the engine's rules and the "wait for all" gate judged before anything changes; then the
//! decision is logged, applied and every device at the table gets its view.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::log::LogLine;
use super::tables::{Joined, Refused, Table, Workshop, json, lock, r};
use crate::engine::{Action, Seat};
use crate::wording::workshop as words;
use crate::workshop::protocol::{ActionKey, ErrorCode, HostMsg, SeatChoice};

impl Workshop {
    /// Judges a device's decision and, when the host accepts it, logs it, applies it and sends
    /// every device at the table its view.
    pub fn decide(
        &self,
        joined: &Joined,
        seq: u64,
        seat: Option<Seat>,
        key: &ActionKey,
    ) -> Result<(), Refused> {
        let arc = self.table_of(joined)?;
        let mut t = lock(&arc);
        let slot = Self::slot_of(&t, joined)?;
        let last = t.slots[slot].last_seq;
        if seq <= last {
            // Applied already (a resend after a drop) or out of order: said so, nothing applied.
            return Err(r(ErrorCode::Stale { last }, words::stale(seq, last)));
        }
        self.judge_and_apply(&mut t, joined, slot, seat, key, Some(seq))
    }

    /// Records a seat's retrospective answers: the engine's retrospective action of the seat,
    /// judged (a seat the device does not hold is refused), logged and applied like any decision
    /// (two-role tables, once over). A hot-seat device names the seat.
    pub fn retrospective(
        &self,
        joined: &Joined,
        seat: Option<Seat>,
        went_wrong: &str,
        needed: &str,
    ) -> Result<(), Refused> {
        let arc = self.table_of(joined)?;
        let mut t = lock(&arc);
        let slot = Self::slot_of(&t, joined)?;
        let seat = match (seat, joined.choice.seats().as_slice()) {
            (Some(s), _) => s,
            (None, [only]) => *only,
            (None, _) => return Err(r(ErrorCode::Malformed, words::name_the_seat())),
        };
        let key = ActionKey::Retro {
            seat,
            went_wrong: went_wrong.to_owned(),
            needed: needed.to_owned(),
        };
        self.judge_and_apply(&mut t, joined, slot, Some(seat), &key, None)
    }

    /// The table of a device that holds a seat (not the facilitator, not an observer).
    fn table_of(&self, joined: &Joined) -> Result<Arc<Mutex<Table>>, Refused> {
        if joined.choice == SeatChoice::Facilitator {
            return Err(r(ErrorCode::NotFacilitator, words::not_facilitator()));
        }
        if joined.choice.seats().is_empty() {
            return Err(r(ErrorCode::Observer, words::observer()));
        }
        joined
            .table
            .as_deref()
            .and_then(|n| self.table(n))
            .ok_or_else(|| r(ErrorCode::NotJoined, words::not_joined()))
    }

    /// The seat slot of the device: only the device that holds the seat now may decide for it.
    fn slot_of(t: &Table, joined: &Joined) -> Result<usize, Refused> {
        t.slots
            .iter()
            .position(|s| {
                s.choice == joined.choice && s.conn.as_ref().is_some_and(|(c, _)| *c == joined.conn)
            })
            .ok_or_else(|| r(ErrorCode::NotJoined, words::not_joined()))
    }

    /// Checks the pause, the ids, the seat, the turn, the engine's rules and the gate, then logs
    /// the decision, applies it and sends the views (`seq`: the device's sequence number, none for
    /// a retrospective).
    fn judge_and_apply(
        &self,
        t: &mut Table,
        joined: &Joined,
        slot: usize,
        seat: Option<Seat>,
        key: &ActionKey,
        seq: Option<u64>,
    ) -> Result<(), Refused> {
        let held = joined.choice.seats();
        let (paused, gate_closed, reveal) = {
            let s = lock(&self.settings);
            (s.paused, s.gate_closed, s.ledgers_revealed)
        };
        if paused {
            return Err(r(ErrorCode::Paused, words::paused()));
        }
        let action = t.session.resolve_key(key).map_err(|e| {
            r(
                ErrorCode::UnknownId,
                words::unknown_id(&crate::wording::actions::unknown_key(&e)),
            )
        })?;
        let owner = action.seat();
        // A device acts for a seat it holds, and only with that seat's own actions.
        let acting = seat.unwrap_or(owner);
        if !held.contains(&acting) {
            return Err(r(ErrorCode::WrongSeat, words::wrong_seat(acting)));
        }
        if acting != owner {
            return Err(r(ErrorCode::WrongSeat, words::wrong_seat(owner)));
        }
        // Turns end with the session; the retrospective comes after, and the engine judges it.
        let to_act = t.session.to_act();
        if action.retro().is_none() && !to_act.contains(&acting) {
            return Err(r(ErrorCode::NotYourTurn, words::not_your_turn(&to_act)));
        }
        if let Some(refusal) = t.session.seat_refusal(acting, &action) {
            return Err(Refused {
                code: ErrorCode::Illegal,
                refusal: Some(crate::workshop::protocol::refusal_wire(
                    t.session.scenario(),
                    &refusal,
                )),
                message: words::illegal(&t.session.named(&action).to_string(), refusal),
            });
        }
        if gate_closed && !t.released && t.session.starts_delivery(&action) {
            let all = lock(&self.summaries)
                .iter()
                .filter(|(n, _)| **n != t.name)
                .all(|(_, s)| s.signed_or_lost || s.released);
            if !all {
                return Err(r(ErrorCode::GateClosed, words::gate_closed()));
            }
        }
        let line = LogLine::Action {
            seat: acting,
            action: key.clone(),
            by: seq.map(|n| (joined.choice, n)),
        };
        t.log
            .append(&line)
            .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
        t.session
            .apply_as(acting, action.clone())
            .map_err(|e| r(ErrorCode::Illegal, e.to_string()))?;
        t.version += 1;
        if let Some(n) = seq {
            t.slots[slot].last_seq = n;
        }
        t.last_decision = Instant::now();
        // The console's summary first, so no device hears of a decision the console has not.
        self.update_summary(t);
        t.send_views(seq.map(|n| (joined.conn, n)), reveal);
        if let (Action::Flag(..), ActionKey::Flag { answer, concern }) = (&action, key) {
            let msg = json(&HostMsg::Flagged {
                answer: answer.clone(),
                concern: concern.clone(),
            });
            for s in &t.slots {
                if s.choice == SeatChoice::Seller
                    && let Some((_, tx)) = &s.conn
                {
                    let _ = tx.send(msg.clone());
                }
            }
        }
        Ok(())
    }
}
