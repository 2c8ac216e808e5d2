//! Three scorecards, as typed data: the seller's (quota, bookings counted in the quarter,
//! attainment, commission under the scenario's plan), the delivery lead's (margin, weeks late,
//! morale) and the company's (the team's result: margin, satisfaction, renewal). Plus what the
//! seller would have earned under each compensation plan.
//!
//! Under a bookings plan, delivery results never change the seller's card: the commission is
//! fixed at the close (less re-baselining and selling time spent in delivery reviews).

use serde::{Deserialize, Serialize};

use super::{Deal, Outcome, Session, State};
use crate::scenario::model::{Plan, Scenario};

/// Share on bookings of the split plan the debrief compares with, when the scenario's own plan
/// is not a split.
pub const COMPARED_SPLIT: f32 = 0.5;

/// The seller's scorecard: what sales is paid on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SellerScorecard {
    /// The quota for the quarter, in bookings (0: none).
    pub quota: f32,
    /// The deal's price (0 when there is no deal).
    pub bookings: f32,
    /// Calendar day the deal closed, counted from the first meeting.
    pub close_day: u32,
    /// Days the quarter had left at the first meeting (0: no quarter end).
    pub quarter_days: u32,
    /// The deal closed within the quarter (always true without a quarter end).
    pub in_quarter: bool,
    /// Money refunded to the client for scope dropped in delivery, after the close: the
    /// commission on bookings stood.
    #[serde(default)]
    pub refunded: f32,
    /// Hours the seller spent in delivery reviews as account manager.
    pub review_hours: f32,
    /// Bookings those hours cost the seller's quarter (selling time spent elsewhere).
    pub review_cost: f32,
    /// Bookings counted for the quarter: the price when in the quarter, less the review cost.
    pub counted_bookings: f32,
    /// Counted bookings over quota (0 without a quota).
    pub attainment: f32,
    /// The compensation plan.
    pub plan: Plan,
    /// Share of the commission lost to re-baselining (0 to 1).
    pub rebaseline_cut: f32,
    /// Commission under the plan, accelerator applied, less re-baselining.
    pub commission: f32,
    /// The seller walked away: the commission the deal on the table would have paid.
    #[serde(default)]
    pub commission_forgone: f32,
    /// The commission the seller would have earned under each plan (bookings, margin, a split),
    /// the scenario's own among them.
    pub under_plans: Vec<PlanCommission>,
}

/// The commission under one plan.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PlanCommission {
    /// The plan.
    pub plan: Plan,
    /// The seller's commission under it.
    pub commission: f32,
    /// It is the scenario's plan.
    pub actual: bool,
}

/// The delivery lead's scorecard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeliveryScorecard {
    /// The project's margin.
    pub margin: f32,
    /// Weeks past the agreed deadline.
    pub weeks_late: u32,
    /// Team morale at the end, 0..=100.
    pub morale: f32,
    /// Scope items delivered, of those sold.
    pub scope_delivered: u32,
    /// Scope items sold.
    pub scope_sold: u32,
    /// Money refunded to the client for scope dropped by agreement.
    #[serde(default)]
    pub refund: f32,
}

/// The company's scorecard: the team's result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompanyScorecard {
    /// The project's margin (a lost deal counts its presales cost).
    pub margin: f32,
    /// Money refunded to the client for scope dropped by agreement (already out of the margin).
    #[serde(default)]
    pub refund: f32,
    /// The seller walked away: the margin the deal on the table would have made (negative: the
    /// loss avoided).
    #[serde(default)]
    pub would_have_margin: Option<f32>,
    /// Client satisfaction, 0..=100.
    pub satisfaction: f32,
    /// Chance of renewal, 0..=1.
    pub renewal_chance: f32,
    /// Renewal chance × renewal value.
    pub expected_renewal: f32,
}

/// The three scorecards of a finished session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scorecards {
    /// The seller's.
    pub seller: SellerScorecard,
    /// The delivery lead's (None when there was no deal to deliver).
    pub delivery: Option<DeliveryScorecard>,
    /// The company's.
    pub company: CompanyScorecard,
}

/// The plans the debrief compares: the scenario's own, plus bookings, margin and a split.
pub fn compared_plans(own: Plan) -> Vec<Plan> {
    let mut plans = vec![Plan::Bookings, Plan::Margin, Plan::Split(COMPARED_SPLIT)];
    if let Plan::Split(s) = own
        && s != COMPARED_SPLIT
    {
        plans[2] = own;
    }
    plans
}

impl SellerScorecard {
    /// The seller's card for the state as it stands; `margin` is the delivered margin once known.
    pub(crate) fn of(s: &Scenario, state: &State, margin: Option<f32>) -> SellerScorecard {
        let signed = state.sales.deal.as_ref().filter(|d| d.signed);
        SellerScorecard::of_deal(s, state, signed, margin)
    }

    /// The seller's card had `deal` been signed as it stands (`None`: no deal), for the state as
    /// it stands otherwise: what the what-if preview asks of a deal still on the table. `margin`
    /// is the delivered margin once known.
    pub(crate) fn of_deal(
        s: &Scenario,
        state: &State,
        deal: Option<&Deal>,
        margin: Option<f32>,
    ) -> SellerScorecard {
        let inc = &s.sales.incentives;
        let bookings = deal.map_or(0.0, |d| d.price);
        let close_day = deal.map_or(state.sales.days, |d| d.close_day);
        let quarter_days = inc.quarter.days_left;
        let in_quarter = quarter_days == 0 || close_day <= quarter_days;
        let review_hours = reviews_joined(s, state) as f32 * inc.review_hours;
        let review_cost = review_hours * inc.bookings_per_selling_hour;
        let counted = if deal.is_some() && in_quarter {
            bookings
        } else {
            0.0
        };
        let counted_bookings = (counted - review_cost).max(0.0);
        let attainment = if inc.quota > 0.0 {
            counted_bookings / inc.quota
        } else {
            0.0
        };
        let rebaseline_cut = state.roles.commission_cut();
        let refunded = match (deal, &state.delivery) {
            (Some(_), Some(d)) => d.refunded,
            _ => 0.0,
        };
        let mut card = SellerScorecard {
            quota: inc.quota,
            bookings,
            refunded,
            close_day,
            quarter_days,
            in_quarter,
            review_hours,
            review_cost,
            counted_bookings,
            attainment,
            plan: inc.plan,
            rebaseline_cut,
            commission: 0.0,
            commission_forgone: 0.0,
            under_plans: Vec::new(),
        };
        let margin = if deal.is_some() { margin } else { None };
        card.commission = card.commission_under(s, inc.plan, margin);
        card.under_plans = compared_plans(inc.plan)
            .into_iter()
            .map(|plan| PlanCommission {
                plan,
                commission: card.commission_under(s, plan, margin),
                actual: plan == inc.plan,
            })
            .collect();
        card
    }

    /// What this card would pay under `plan`, given the delivered margin (None before delivery
    /// ends: the margin part is 0), accelerator applied, less re-baselining.
    pub fn commission_under(&self, s: &Scenario, plan: Plan, margin: Option<f32>) -> f32 {
        let inc = &s.sales.incentives;
        let rate = s.offer.commission_rate;
        let b = self.counted_bookings;
        let on_bookings = if inc.quota > 0.0 && b > inc.quota {
            rate * (inc.quota + inc.accelerator * (b - inc.quota))
        } else {
            rate * b
        };
        let on_margin = inc.margin_commission_rate * margin.unwrap_or(0.0).max(0.0);
        let (bookings_share, margin_share) = plan_shares(plan);
        let gross = bookings_share * on_bookings + margin_share * on_margin;
        gross * (1.0 - self.rebaseline_cut)
    }
}

/// How a plan weighs the commission on bookings and the commission on delivered margin: the
/// share of each (they add up to 1). A plan with a margin share pays part of its commission only
/// once delivery ends.
pub fn plan_shares(plan: Plan) -> (f32, f32) {
    match plan {
        Plan::Bookings => (1.0, 0.0),
        Plan::Margin => (0.0, 1.0),
        Plan::Split(share) => (share, 1.0 - share),
    }
}

/// Delivery reviews the seller joined as account manager.
pub(crate) fn reviews_joined(s: &Scenario, state: &State) -> u32 {
    let Some(d) = &state.delivery else {
        return 0;
    };
    let Some(joined) = d.account_manager else {
        return 0;
    };
    ((joined + 1)..=d.weeks_done)
        .filter(|w| super::delivery::is_review(s, Some(joined), *w))
        .count() as u32
}

impl Scorecards {
    /// The three cards of a finished session.
    pub(crate) fn of(s: &Scenario, state: &State, o: &Outcome) -> Scorecards {
        let mut seller = SellerScorecard::of(s, state, o.won.then_some(o.margin));
        seller.commission_forgone = o.walked_away.map_or(0.0, |w| w.commission);
        Scorecards {
            seller,
            delivery: o.won.then_some(DeliveryScorecard {
                margin: o.margin,
                weeks_late: o.weeks_late,
                morale: o.morale,
                scope_delivered: o.scope_delivered,
                scope_sold: o.scope_sold,
                refund: o.refund,
            }),
            company: CompanyScorecard {
                margin: o.company.margin,
                refund: o.refund,
                would_have_margin: o.walked_away.map(|w| w.margin),
                satisfaction: o.company.satisfaction,
                renewal_chance: o.renewal_chance,
                expected_renewal: o.company.expected_renewal,
            },
        }
    }
}

impl Session {
    /// The three scorecards, once the session is over.
    pub fn scorecards(&self) -> Option<Scorecards> {
        let o = self.state.outcome.as_ref()?;
        Some(Scorecards::of(&self.scenario, &self.state, o))
    }

    /// The seller's scorecard as it stands (during play: commission on bookings so far, no margin
    /// part until delivery ends).
    pub fn seller_scorecard(&self) -> SellerScorecard {
        let margin = self.state.outcome.as_ref().map(|o| o.margin);
        SellerScorecard::of(&self.scenario, &self.state, margin)
    }
}
