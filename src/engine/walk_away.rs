//! Walking away: the seller declines the deal on the table ([`super::Action::WalkAway`]). It is
//! judged against what that deal would have done: the engine replays it, signed as it stands,
//! handed over in full and delivered with no decision but ending the weeks, on the same seed.
//! Walking away from a deal that would have lost money is the right call; walking away from a
//! deal that would have made money gives that margin up. The seller's card shows the commission
//! not earned either way.

use serde::{Deserialize, Serialize};

use super::{Action, Event, Phase, Session};

/// The score points walking away earns for the margin (at most: nothing made, nothing lost) and
/// for the schedule (nothing delivered, nothing late): the points of a deal that broke even, so a
/// deal delivered well always scores more than walking away, and a deal delivered at a loss less.
pub const WALK_AWAY_POINTS: f32 = 50.0;

/// What the deal on the table would have done, had the seller signed it instead of walking away.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WalkAway {
    /// The price on the table.
    pub price: f32,
    /// The margin the deal would have made, delivered (negative: the loss avoided).
    pub margin: f32,
    /// That margin as a share of the price (0 without a price).
    pub margin_share: f32,
    /// The commission the seller would have earned on it (what walking away cost them).
    pub commission: f32,
    /// Weeks its delivery would have taken.
    pub weeks: u32,
    /// Weeks late it would have been.
    pub weeks_late: u32,
}

impl WalkAway {
    /// Walking away was the right call: the deal would have lost money.
    pub fn was_right(&self) -> bool {
        self.margin < 0.0
    }

    /// The margin part of the score of walking away, 0 to [`WALK_AWAY_POINTS`]: no money made,
    /// none lost (the points of a deal that broke even), less the mirror of a delivered deal's
    /// points for the margin given up (`200 × margin share`).
    pub fn margin_points(&self) -> f32 {
        (WALK_AWAY_POINTS - self.margin_share.max(0.0) * 200.0).clamp(0.0, WALK_AWAY_POINTS)
    }
}

impl Session {
    /// The seller walks away: the deal on the table is judged by replaying it, and the sale
    /// ends with no deal.
    pub(super) fn walk_away(&mut self, events: &mut Vec<Event>) {
        let judged = self.would_have_signed();
        events.push(Event::SellerWalkedAway {
            would_margin: judged.margin,
        });
        self.lose(events);
        if let Some(o) = self.state.outcome.as_mut() {
            o.judge_walk_away(&self.scenario, judged);
        }
    }

    /// The deal on the table signed as it stands, every promise and found need in the document,
    /// delivered with no decision but ending the weeks (same seed, same events by chance).
    pub fn would_have_signed(&self) -> WalkAway {
        let mut x = self.clone();
        let mut deal = x.deal_on_table();
        deal.signed = true;
        let price = deal.price;
        x.state.sales.deal = Some(deal);
        x.state.sales.attending.clear();
        x.state.phase = Phase::Handoff;
        for item in x.pid_candidates() {
            x.state.pid.insert(item);
        }
        let mut events = Vec::new();
        x.start_delivery(&mut events);
        while !x.is_over() {
            if x.apply(Action::EndWeek).is_err() {
                break;
            }
        }
        let commission = x.seller_scorecard().commission;
        let (margin, weeks, weeks_late) = x
            .state
            .outcome
            .as_ref()
            .map_or((0.0, 0, 0), |o| (o.margin, o.actual_weeks, o.weeks_late));
        WalkAway {
            price,
            margin,
            margin_share: if price > 0.0 { margin / price } else { 0.0 },
            commission,
            weeks,
            weeks_late,
        }
    }
}
