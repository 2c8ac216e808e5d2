//! The three scorecards in words (seller, delivery lead, company), the seller's commission
//! under each compensation plan, and the headings of the debrief for two: one place for the
//! game's debrief and the reports alike.

use super::debrief::Figure;
use super::{decimal, money, plan_name};
use crate::engine::{Scorecards, Seat, TableMode};
use crate::tr;

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

fn fig(label: String, value: String, note: String) -> Figure {
    Figure { label, value, note }
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
        tr!("scorecards-bookings"),
        money(s.bookings),
        if s.bookings <= 0.0 {
            tr!("scorecards-no-deal")
        } else if s.quarter_days == 0 {
            tr!("scorecards-closed-on-day", day = s.close_day)
        } else if s.in_quarter {
            tr!(
                "scorecards-closed-in-quarter",
                day = s.close_day,
                quarter_days = s.quarter_days
            )
        } else {
            tr!(
                "scorecards-closed-after-quarter",
                day = s.close_day,
                quarter_days = s.quarter_days
            )
        },
    )];
    if s.quota > 0.0 {
        seller.push(fig(
            tr!("scorecards-quota-attainment"),
            super::percent(s.attainment),
            tr!(
                "scorecards-counted-of-quota",
                counted = money(s.counted_bookings),
                quota = money(s.quota)
            ),
        ));
    }
    if s.review_hours > 0.0 {
        seller.push(fig(
            tr!("scorecards-review-hours"),
            decimal(s.review_hours, 0),
            tr!("scorecards-of-selling-time", cost = money(s.review_cost)),
        ));
    }
    if s.refunded > 0.0 {
        seller.push(fig(
            tr!("scorecards-refunded"),
            money(s.refunded),
            tr!("scorecards-refunded-seller-note"),
        ));
    }
    if s.commission_forgone > 0.0 {
        seller.push(fig(
            tr!("scorecards-commission-not-earned"),
            money(s.commission_forgone),
            tr!("scorecards-walked-away-note"),
        ));
    }
    let mut note = plan_name(s.plan);
    if s.rebaseline_cut > 0.0 {
        note = tr!(
            "scorecards-less-for-rebaselining",
            plan = note,
            cut = super::percent(s.rebaseline_cut)
        );
    }
    if commission_shown {
        seller.push(fig(tr!("scorecards-commission"), money(s.commission), note));
    }
    let delivery = c
        .delivery
        .as_ref()
        .map(|d| {
            let mut v = vec![
                fig(
                    tr!("scorecards-margin"),
                    money(d.margin),
                    tr!("scorecards-margin-note"),
                ),
                fig(
                    tr!("scorecards-weeks-late"),
                    d.weeks_late.to_string(),
                    tr!("scorecards-weeks-late-note"),
                ),
                fig(
                    tr!("scorecards-team-morale"),
                    tr!("scorecards-out-of-100", value = decimal(d.morale, 0)),
                    tr!(
                        "scorecards-scope-delivered",
                        delivered = d.scope_delivered,
                        sold = d.scope_sold
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
        fig(
            tr!("scorecards-margin"),
            money(k.margin),
            tr!("scorecards-company-margin-note"),
        ),
        fig(
            tr!("scorecards-client-satisfaction"),
            tr!("scorecards-out-of-100", value = decimal(k.satisfaction, 0)),
            tr!("scorecards-satisfaction-note"),
        ),
        fig(
            tr!("scorecards-expected-renewal"),
            money(k.expected_renewal),
            tr!(
                "scorecards-renewal-note",
                chance = super::percent(k.renewal_chance)
            ),
        ),
    ];
    if k.refund > 0.0 {
        company.push(refund_figure(k.refund));
    }
    if let Some(m) = k.would_have_margin {
        company.push(fig(
            if m < 0.0 {
                tr!("scorecards-loss-avoided")
            } else {
                tr!("scorecards-margin-given-up")
            },
            money(m.abs()),
            tr!("scorecards-walked-away-company-note"),
        ));
    }
    let plans = s
        .under_plans
        .iter()
        .filter(|_| commission_shown)
        .map(|p| {
            let (plan, commission) = (plan_name(p.plan), money(p.commission));
            if p.actual {
                tr!(
                    "scorecards-under-plan-actual",
                    plan = plan,
                    commission = commission
                )
            } else {
                tr!(
                    "scorecards-under-plan",
                    plan = plan,
                    commission = commission
                )
            }
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
        tr!("scorecards-refunded"),
        money(refund),
        tr!("scorecards-refund-note"),
    )
}

/// A player's name as the cards call it: `None` (the reports, or a name left at its default:
/// the role's English name or its name in the language in use) gives the role alone.
fn named(name: Option<&str>, seat: Seat) -> Option<String> {
    let (english, role) = match seat {
        Seat::Seller => ("seller", tr!("scorecards-role-seller")),
        Seat::DeliveryLead => ("delivery lead", tr!("scorecards-role-delivery-lead")),
    };
    name.map(str::trim)
        .filter(|n| {
            !n.is_empty()
                && !n.eq_ignore_ascii_case(english)
                && n.to_lowercase() != role.to_lowercase()
        })
        .map(str::to_owned)
}

/// The heading over the three cards: `Ana and Ben: the scorecards`, or, without names,
/// `The seller, the delivery lead and the company: three scorecards`.
pub fn cards_heading(seller: Option<&str>, lead: Option<&str>) -> String {
    match (named(seller, Seat::Seller), named(lead, Seat::DeliveryLead)) {
        (Some(a), Some(b)) => tr!("scorecards-cards-heading-named", seller = a, lead = b),
        _ => tr!("scorecards-cards-heading"),
    }
}

/// A seat's card title: `Ana, seller`, or `The seller` without a name of its own.
pub fn seat_card_title(seat: Seat, name: Option<&str>) -> String {
    match (seat, named(name, seat)) {
        (Seat::Seller, Some(n)) => tr!("scorecards-seller-named", name = n),
        (Seat::Seller, None) => tr!("scorecards-seller"),
        (Seat::DeliveryLead, Some(n)) => tr!("scorecards-delivery-lead-named", name = n),
        (Seat::DeliveryLead, None) => tr!("scorecards-delivery-lead"),
    }
}

/// The company's card title.
pub fn company_card_title() -> String {
    tr!("scorecards-company-card-title")
}

/// What an empty delivery card says.
pub fn no_delivery() -> String {
    tr!("scorecards-no-delivery")
}

/// Who held the two seats: in solo one trainee held both, so both cards are theirs.
pub fn who_played(mode: TableMode) -> String {
    match mode {
        TableMode::Solo => tr!("scorecards-played-solo"),
        TableMode::TwoRoles => tr!("scorecards-played-two-roles"),
    }
}

/// The heading over the plan comparison.
pub fn plans_heading() -> String {
    tr!("scorecards-plans-heading")
}

/// The note under the plan comparison.
pub fn lead_earns_no_commission() -> String {
    tr!("scorecards-lead-earns-no-commission")
}

/// The heading over the ledger beside the PID (the gaps marked).
pub fn ledger_heading() -> String {
    tr!("scorecards-ledger-heading")
}

/// The heading over the flags raised in meetings.
pub fn flags_heading() -> String {
    tr!("scorecards-flags-heading")
}

/// The heading over the delivery lead's review: `Ben's review of the PID`, or `The delivery
/// lead's review of the PID` without a name of its own.
pub fn review_heading(lead: Option<&str>) -> String {
    match named(lead, Seat::DeliveryLead) {
        Some(n) => tr!("scorecards-review-heading-named", name = n),
        None => tr!("scorecards-review-heading"),
    }
}

/// The heading over the retrospective.
pub fn retro_heading() -> String {
    tr!("scorecards-retro-heading")
}

/// The line under the retrospective's heading.
pub fn retro_prompt() -> String {
    tr!("scorecards-retro-prompt")
}

/// What an empty list of the debrief for two says (no flags, no review steps).
pub fn none_yet() -> String {
    tr!("scorecards-none-yet")
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

    #[test]
    fn the_cards_speak_german() {
        use crate::wording::i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(
                seat_card_title(Seat::DeliveryLead, None),
                "Die Projektleitung"
            );
            assert_eq!(
                seat_card_title(Seat::Seller, Some("Vertrieb")),
                "Der Vertrieb"
            );
            assert_eq!(review_heading(Some("Ben")), "Die Prüfung der PID durch Ben");
        });
    }
}
