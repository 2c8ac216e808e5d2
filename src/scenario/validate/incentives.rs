//! The seller's incentives: quota, quarter, rival bid, accelerator and compensation plan, checked
//! once, with warnings where the numbers make no sense together.

use super::*;

impl Validator<'_> {
    /// `sales.campaign`, checked.
    pub(super) fn campaign(&mut self) -> Option<model::Campaign> {
        let c = self.raw.sales.campaign.as_ref()?;
        let p = "sales.campaign";
        if c.decision_day == 0 || c.decision_day > 730 {
            self.push(
                format!("{p}.decision_day"),
                format!("must be from 1 to 730 days, not {}", c.decision_day),
            );
        }
        if c.gap_choices.is_empty() || c.gap_choices.len() > 8 {
            self.push(
                format!("{p}.gap_choices"),
                format!("list 1 to 8 choices of days, found {}", c.gap_choices.len()),
            );
        }
        if c.gap_choices.windows(2).any(|w| w[0] >= w[1]) || c.gap_choices.contains(&0) {
            self.push(
                format!("{p}.gap_choices"),
                "list days above 0, smallest first, each once",
            );
        }
        if c.gap_choices.iter().any(|g| *g > 120) {
            self.push(
                format!("{p}.gap_choices"),
                "at most 120 days between meetings",
            );
        }
        self.range_int(format!("{p}.rebook_days"), c.rebook_days.into(), 0, 60);
        self.range_int(format!("{p}.slip_patience"), c.slip_patience.into(), 0, 100);
        self.range(format!("{p}.slip_trust"), c.slip_trust, 0.0, 100.0);
        self.range(format!("{p}.late_score"), c.late_score, 0.0, 1.0);
        Some(c.clone())
    }
}

impl<'a> Validator<'a> {
    pub(super) fn incentives(&mut self) -> model::Incentives {
        let s = &self.raw.sales;
        self.non_negative("sales.quota", s.quota);
        let q = &s.quarter;
        self.range_int("sales.quarter.days_left", q.days_left.into(), 0, 366);
        self.range_int("sales.quarter.meeting_days", q.meeting_days.into(), 0, 90);
        self.range_int("sales.quarter.invite_days", q.invite_days.into(), 0, 90);
        self.range_int("sales.quarter.slip_days", q.slip_days.into(), 0, 90);
        if let Some(r) = &s.rival {
            self.positive("sales.rival.price", r.price);
            self.at_least("sales.rival.weeks", r.weeks.into(), 1);
            self.range("sales.rival.weight", r.weight, 0.0, 5.0);
        }
        self.range("sales.accelerator", s.accelerator, 1.0, 10.0);
        if let raw::Plan::Split(share) = s.plan {
            self.share("sales.plan", share);
        }
        self.share("sales.margin_commission_rate", s.margin_commission_rate);
        self.range("sales.review_hours", s.review_hours, 0.0, 80.0);
        self.non_negative(
            "sales.bookings_per_selling_hour",
            s.bookings_per_selling_hour,
        );
        model::Incentives {
            quota: s.quota,
            quarter: q.clone(),
            rival: s.rival.clone(),
            accelerator: s.accelerator,
            plan: s.plan,
            margin_commission_rate: s.margin_commission_rate,
            review_hours: s.review_hours,
            bookings_per_selling_hour: s.bookings_per_selling_hour,
        }
    }
}

/// Incentives that load but make no sense together: an accelerator without a quota, a quarter
/// too short for the meetings alone, a rival dearer than the client's budget.
pub(super) fn warnings(s: &model::Scenario) -> Vec<Problem> {
    let i = &s.sales.incentives;
    let mut out = Vec::new();
    if i.accelerator > 1.0 && i.quota <= 0.0 {
        out.push(Problem::new(
            "sales.accelerator",
            format!(
                "an accelerator of {} has no effect without a quota (`sales.quota`)",
                i.accelerator
            ),
        ));
    }
    let q = &i.quarter;
    let fastest = q.meeting_days.saturating_mul(s.meetings.len() as u32);
    if q.days_left > 0 && fastest > q.days_left {
        out.push(Problem::new(
            "sales.quarter.days_left",
            format!(
                "no deal can close within the quarter: {} meetings of {} days take {fastest} days, \
                 more than the {} left",
                s.meetings.len(),
                q.meeting_days,
                q.days_left
            ),
        ));
    }
    if let Some(r) = &i.rival {
        let budget = s.sales.decision.budget;
        if budget > 0.0 && r.price > budget * 1.5 {
            out.push(Problem::new(
                "sales.rival.price",
                format!(
                    "the rival's price {} is far over the client's budget {budget}: it will never \
                     tempt the client",
                    r.price
                ),
            ));
        }
    }
    if matches!(i.plan, Plan::Margin) && s.offer.commission_rate > 0.0 && i.quota > 0.0 {
        out.push(Problem::new(
            "sales.quota",
            "a quota counts bookings, but the plan pays on margin only: the quota only shows attainment",
        ));
    }
    out
}

use model::Plan;
