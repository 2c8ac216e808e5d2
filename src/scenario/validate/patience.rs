//! Whether the client's patience lasts the shortest way through the sales meetings.
//!
//! Each answer costs one patience; an answer's `Patience(n)` effect gives some back. The client
//! walks away when patience reaches 0 before the decision, so the close needs more patience than
//! the cheapest way through costs. The cheapest way counts what no player can avoid: every beat
//! that is always played in a meeting that is always held, up to an answer that ends the meeting.
//! Beats and meetings that may be skipped count only when playing them gives patience back.

use super::*;

impl<'a> Validator<'a> {
    /// Reports a client patience too small for any player to reach the close.
    pub(super) fn check_patience(&mut self) {
        let raw = self.raw;
        let needed: i64 = raw
            .sales
            .meetings
            .iter()
            .map(|m| {
                let cost = meeting_cost(m);
                if matches!(m.when, raw::Condition::Always) {
                    cost
                } else {
                    cost.min(0)
                }
            })
            .sum();
        let patience = i64::from(raw.client.patience);
        if patience <= needed {
            self.push(
                "client.patience",
                format!(
                    "no player can reach the close: the shortest way through the sales meetings \
                     costs {needed} patience (one per answer), and the client walks away at 0; \
                     set patience to at least {}",
                    needed + 1
                ),
            );
        }
    }
}

/// The least patience one meeting can cost, from its last beat back to its first.
fn meeting_cost(m: &raw::Meeting) -> i64 {
    let mut after = 0i64;
    for beat in m.beats.iter().rev() {
        let played = beat
            .answers
            .iter()
            .map(|o| {
                let gain: i64 = o
                    .effects
                    .iter()
                    .map(|e| match e {
                        raw::Effect::Patience(n) => i64::from(*n),
                        _ => 0,
                    })
                    .sum();
                1 - gain + if o.ends_meeting { 0 } else { after }
            })
            .min();
        let always = matches!(beat.when, raw::Condition::Always)
            && beat
                .answers
                .iter()
                .any(|o| matches!(o.requires, raw::Condition::Always));
        after = match played {
            Some(cost) if always => cost,
            Some(cost) => cost.min(after),
            None => after,
        };
    }
    after
}
