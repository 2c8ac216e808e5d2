//! The three scorecards in words (seller, delivery lead, company) and the seller's commission
//! under each compensation plan: one place for the game's debrief and the reports alike.

use super::debrief::Figure;
use super::{money, plural};
use crate::engine::Scorecards;
use crate::scenario::model::Plan;

/// The three cards and the plan comparison, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardWords {
    /// The seller's card.
    pub seller: Vec<Figure>,
    /// The delivery lead's card (empty when nothing was delivered).
    pub delivery: Vec<Figure>,
    /// The company's card: the team's result.
    pub company: Vec<Figure>,
    /// One line per compensation plan: what the seller would have earned under it.
    pub plans: Vec<String>,
}

/// A plan's name: `commission on bookings`, `commission on delivered margin`, `a 50/50 split`.
pub fn plan_name(plan: Plan) -> String {
    match plan {
        Plan::Bookings => "commission on bookings".into(),
        Plan::Margin => "commission on delivered margin".into(),
        Plan::Split(share) => format!(
            "a split ({:.0}\u{a0}% on bookings, {:.0}\u{a0}% on margin)",
            share * 100.0,
            (1.0 - share) * 100.0
        ),
    }
}

fn fig(label: &str, value: String, note: String) -> Figure {
    Figure {
        label: label.to_owned(),
        value,
        note,
    }
}

/// The three scorecards in words.
pub fn cards(c: &Scorecards) -> ScorecardWords {
    let s = &c.seller;
    let mut seller = vec![fig(
        "Bookings",
        money(s.bookings),
        if s.bookings <= 0.0 {
            "no deal".into()
        } else if s.quarter_days == 0 {
            format!("closed on day {}", s.close_day)
        } else if s.in_quarter {
            format!(
                "closed on day {} of the quarter's {}",
                s.close_day, s.quarter_days
            )
        } else {
            format!(
                "closed on day {}, after the quarter's {}: it does not count",
                s.close_day, s.quarter_days
            )
        },
    )];
    if s.quota > 0.0 {
        seller.push(fig(
            "Quota attainment",
            format!("{:.0}\u{a0}%", s.attainment * 100.0),
            format!(
                "{} counted of a {} quota",
                money(s.counted_bookings),
                money(s.quota)
            ),
        ));
    }
    if s.review_hours > 0.0 {
        seller.push(fig(
            "Hours in delivery reviews",
            format!("{:.0}", s.review_hours),
            format!("{} of selling time", money(s.review_cost)),
        ));
    }
    let mut note = plan_name(s.plan);
    if s.rebaseline_cut > 0.0 {
        note.push_str(&format!(
            ", less {:.0}\u{a0}% for re-baselining",
            s.rebaseline_cut * 100.0
        ));
    }
    seller.push(fig("Commission", money(s.commission), note));
    let delivery = c
        .delivery
        .as_ref()
        .map(|d| {
            vec![
                fig("Margin", money(d.margin), "what the project made".into()),
                fig(
                    "Weeks late",
                    d.weeks_late.to_string(),
                    "past the agreed deadline".into(),
                ),
                fig(
                    "Team morale",
                    format!("{:.0}/100", d.morale),
                    format!(
                        "{} of {} delivered",
                        d.scope_delivered,
                        plural(d.scope_sold, "scope item")
                    ),
                ),
            ]
        })
        .unwrap_or_default();
    let k = &c.company;
    let company = vec![
        fig("Margin", money(k.margin), "the team's result".into()),
        fig(
            "Client satisfaction",
            format!("{:.0}/100", k.satisfaction),
            "against what was promised".into(),
        ),
        fig(
            "Expected renewal",
            money(k.expected_renewal),
            format!("{:.0}\u{a0}% chance of more work", k.renewal_chance * 100.0),
        ),
    ];
    let plans = s
        .under_plans
        .iter()
        .map(|p| {
            format!(
                "Under {}: {}{}",
                plan_name(p.plan),
                money(p.commission),
                if p.actual {
                    " (this scenario's plan)"
                } else {
                    ""
                }
            )
        })
        .collect();
    ScorecardWords {
        seller,
        delivery,
        company,
        plans,
    }
}
