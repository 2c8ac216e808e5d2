//! The three scorecards in words (seller, delivery lead, company), the seller's commission
//! under each compensation plan, and the headings of the debrief for two: one place for the
//! game's debrief and the reports alike.

use super::debrief::Figure;
use super::{money, plan_name, plural};
use crate::engine::{Scorecards, Seat, TableMode};

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

fn fig(label: &str, value: String, note: String) -> Figure {
    Figure {
        label: label.to_owned(),
        value,
        note,
    }
}

/// The three scorecards in words.
pub fn cards(c: &Scorecards) -> ScorecardWords {
    cards_seen(c, true)
}

/// The three scorecards in words for a reader who may (`commission_shown`) or may not know the
/// seller's commission: without it, no commission figure and no plan comparison.
pub fn cards_seen(c: &Scorecards, commission_shown: bool) -> ScorecardWords {
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
            super::percent(s.attainment),
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
    if s.refunded > 0.0 {
        seller.push(fig(
            "Refunded",
            money(s.refunded),
            "scope dropped in delivery: the client paid less than was booked".into(),
        ));
    }
    if s.commission_forgone > 0.0 {
        seller.push(fig(
            "Commission not earned",
            money(s.commission_forgone),
            "walked away from the deal on the table".into(),
        ));
    }
    let mut note = plan_name(s.plan);
    if s.rebaseline_cut > 0.0 {
        note.push_str(&format!(
            ", less {} for re-baselining",
            super::percent(s.rebaseline_cut)
        ));
    }
    if commission_shown {
        seller.push(fig("Commission", money(s.commission), note));
    }
    let delivery = c
        .delivery
        .as_ref()
        .map(|d| {
            let mut v = vec![
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
            ];
            if d.refund > 0.0 {
                v.push(refund_figure(d.refund));
            }
            v
        })
        .unwrap_or_default();
    let k = &c.company;
    let mut company = vec![
        fig("Margin", money(k.margin), "the team's result".into()),
        fig(
            "Client satisfaction",
            format!("{:.0}/100", k.satisfaction),
            "against what was promised".into(),
        ),
        fig(
            "Expected renewal",
            money(k.expected_renewal),
            format!("{} chance of more work", super::percent(k.renewal_chance)),
        ),
    ];
    if k.refund > 0.0 {
        company.push(refund_figure(k.refund));
    }
    if let Some(m) = k.would_have_margin {
        company.push(fig(
            if m < 0.0 {
                "Loss avoided"
            } else {
                "Margin given up"
            },
            money(m.abs()),
            "what the deal on the table would have made, walked away from".into(),
        ));
    }
    let plans = s
        .under_plans
        .iter()
        .filter(|_| commission_shown)
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

/// The refund for dropped scope, as the delivery lead's and the company's cards show it.
fn refund_figure(refund: f32) -> Figure {
    fig(
        "Refunded",
        money(refund),
        "dropped scope paid back to the client, out of the margin".into(),
    )
}

/// A player's name as the cards call it: `None` (the reports, or a name left at its default)
/// gives the role alone.
fn named(name: Option<&str>, role: &str) -> Option<String> {
    name.map(str::trim)
        .filter(|n| !n.is_empty() && !n.eq_ignore_ascii_case(role))
        .map(str::to_owned)
}

/// The heading over the three cards: `Ana and Ben: the scorecards`, or, without names,
/// `The seller, the delivery lead and the company: three scorecards`.
pub fn cards_heading(seller: Option<&str>, lead: Option<&str>) -> String {
    match (named(seller, "seller"), named(lead, "delivery lead")) {
        (Some(a), Some(b)) => format!("{a} and {b}: the scorecards"),
        _ => "The seller, the delivery lead and the company: three scorecards".to_owned(),
    }
}

/// A seat's card title: `Ana, seller`, or `The seller` without a name of its own.
pub fn seat_card_title(seat: Seat, name: Option<&str>) -> String {
    let role = seat_role(seat);
    match named(name, role) {
        Some(n) => format!("{n}, {role}"),
        None => format!("The {role}"),
    }
}

fn seat_role(seat: Seat) -> &'static str {
    match seat {
        Seat::Seller => "seller",
        Seat::DeliveryLead => "delivery lead",
    }
}

/// The company's card title.
pub fn company_card_title() -> &'static str {
    "The company: your team's result"
}

/// What an empty delivery card says.
pub fn no_delivery() -> &'static str {
    "No deal, nothing delivered."
}

/// Who held the two seats: in solo one trainee held both, so both cards are theirs.
pub fn who_played(mode: TableMode) -> &'static str {
    match mode {
        TableMode::Solo => {
            "Played solo: one trainee held both roles, selling the deal and delivering it, so the seller's card and the delivery lead's card are both theirs."
        }
        TableMode::TwoRoles => {
            "Played in two roles: one trainee sold the deal and wrote the PID, another reviewed it and delivered."
        }
    }
}

/// The heading over the plan comparison.
pub fn plans_heading() -> &'static str {
    "What the seller would have earned under each plan"
}

/// The note under the plan comparison.
pub fn lead_earns_no_commission() -> &'static str {
    "The delivery lead earns no commission under any plan: their card is margin, weeks late and morale."
}

/// The heading over the ledger beside the PID (the gaps marked).
pub fn ledger_heading() -> &'static str {
    "The ledger beside the PID"
}

/// The heading over the flags raised in meetings.
pub fn flags_heading() -> &'static str {
    "Who flagged what, and what was said anyway"
}

/// The heading over the delivery lead's review: `Ben's review of the PID`, or `The delivery
/// lead's review of the PID` without a name of its own.
pub fn review_heading(lead: Option<&str>) -> String {
    match named(lead, "delivery lead") {
        Some(n) => format!("{n}'s review of the PID"),
        None => "The delivery lead's review of the PID".to_owned(),
    }
}

/// The heading over the retrospective.
pub fn retro_heading() -> &'static str {
    "Retrospective"
}

/// The line under the retrospective's heading.
pub fn retro_prompt() -> &'static str {
    "React to what happened together: a few words each, then talk it through."
}

/// What an empty list of the debrief for two says (no flags, no review steps).
pub fn none_yet() -> &'static str {
    "None."
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_name_gives_the_role_alone() {
        assert_eq!(seat_card_title(Seat::Seller, Some("Seller")), "The seller");
        assert_eq!(seat_card_title(Seat::Seller, None), "The seller");
        assert_eq!(
            seat_card_title(Seat::DeliveryLead, Some(" Ben ")),
            "Ben, delivery lead"
        );
        assert_eq!(
            review_heading(Some("Delivery lead")),
            "The delivery lead's review of the PID"
        );
        assert_eq!(
            cards_heading(Some("Ana"), Some("Ben")),
            "Ana and Ben: the scorecards"
        );
        assert!(cards_heading(Some("Ana"), None).starts_with("The seller, the delivery lead"));
    }
}
