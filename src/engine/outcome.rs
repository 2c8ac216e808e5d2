//! The outcome: money, schedule, scope, satisfaction against the promises made, and two scorecards.

use serde::{Deserialize, Serialize};

use super::delivery::WorkKind;
use super::{BrokenBecause, Event, State};
use crate::scenario::model::{ClaimTruth, PromiseId, PromiseKind, Scenario};

/// Satisfaction gained per promise kept to a stakeholder.
pub const KEPT_BONUS: f32 = 4.0;
/// Satisfaction lost per promise broken to a stakeholder.
pub const BROKEN_PENALTY: f32 = 10.0;
/// Extra satisfaction lost when the broken promise speaks to one of their concerns.
pub const CONCERN_PENALTY: f32 = 6.0;
/// Trust lost per defect the client finds after delivery.
pub const ESCAPED_DEFECT_TRUST: f32 = 1.5;

/// What became of a promise.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Verdict {
    /// Kept as made.
    Kept,
    /// Broken.
    Broken(BrokenBecause),
    /// Changed by agreement with the client during delivery.
    Renegotiated,
    /// The deal was lost, so nothing was delivered.
    Moot,
}

/// The seller's view: what sales is paid on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SellerCard {
    /// Deal size (price).
    pub deal_size: f32,
    /// Commission earned at signature.
    pub commission: f32,
}

/// The company's view: what the deal was worth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CompanyCard {
    /// Margin.
    pub margin: f32,
    /// Client satisfaction 0..=100.
    pub satisfaction: f32,
    /// Renewal chance × renewal value.
    pub expected_renewal: f32,
    /// Team morale at the end.
    pub morale: f32,
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The deal was signed (and delivery ran).
    pub won: bool,
    /// All the work was finished.
    pub completed: bool,
    /// Price charged at signature.
    pub price: f32,
    /// Money refunded to the client for scope dropped by agreement (the revenue is the price
    /// less this).
    #[serde(default)]
    pub refund: f32,
    /// Delivery cost (team, overtime, events).
    pub delivery_cost: f32,
    /// Presales cost (delivery people in meetings).
    pub presales_cost: f32,
    /// Late penalty.
    pub late_penalty: f32,
    /// Fixing the defects the client finds after handover (they cost more than fixing them in delivery).
    pub warranty_cost: f32,
    /// Price minus every cost.
    pub margin: f32,
    /// Margin as a share of price (0 when there is no price).
    pub margin_share: f32,
    /// Weeks first promised (or standard).
    pub promised_weeks: u32,
    /// Weeks agreed at the end (after extensions).
    pub agreed_weeks: u32,
    /// Weeks delivery took.
    pub actual_weeks: u32,
    /// Weeks past the agreed deadline.
    pub weeks_late: u32,
    /// Scope items sold.
    pub scope_sold: u32,
    /// Scope items delivered.
    pub scope_delivered: u32,
    /// Client satisfaction 0..=100, against the expectations the promises set.
    pub satisfaction: f32,
    /// Per stakeholder.
    pub stakeholder_satisfaction: Vec<f32>,
    /// Team morale at the end.
    pub morale: f32,
    /// Chance of repeat business 0..=1.
    pub renewal_chance: f32,
    /// Defects the client found after delivery.
    pub escaped_defects: f32,
    /// Overtime weeks.
    pub overtime_weeks: u32,
    /// Each promise in the ledger and what became of it, in ledger order.
    pub promises: Vec<(PromiseId, Verdict)>,
    /// The seller's scorecard.
    pub seller: SellerCard,
    /// The company's scorecard.
    pub company: CompanyCard,
    /// Overall score 0..=100 by the scenario's weights.
    pub score: f32,
    /// The seller walked away: what the deal on the table would have done (see
    /// [`super::walk_away`]).
    #[serde(default)]
    pub walked_away: Option<super::walk_away::WalkAway>,
}

/// Renewal chance from satisfaction: a smooth step from 30 (no chance) to 90 (certain).
/// Polynomial, not `exp`, so it is bit-for-bit the same on every platform.
pub fn renewal_chance(satisfaction: f32) -> f32 {
    let x = ((satisfaction - 30.0) / 60.0).clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

impl Outcome {
    /// The outcome of a deal that was never signed.
    pub(crate) fn lost(scenario: &Scenario, state: &State) -> Outcome {
        let presales = state.sales.presales_cost;
        let sat: Vec<f32> = state.sales.trust.clone();
        let satisfaction = weighted(scenario, &sat);
        Outcome {
            won: false,
            completed: false,
            price: 0.0,
            refund: 0.0,
            delivery_cost: 0.0,
            presales_cost: presales,
            late_penalty: 0.0,
            warranty_cost: 0.0,
            margin: -presales,
            margin_share: 0.0,
            promised_weeks: 0,
            agreed_weeks: 0,
            actual_weeks: 0,
            weeks_late: 0,
            scope_sold: 0,
            scope_delivered: 0,
            satisfaction,
            stakeholder_satisfaction: sat,
            morale: 0.0,
            renewal_chance: 0.0,
            escaped_defects: 0.0,
            overtime_weeks: 0,
            promises: state
                .ledger
                .iter()
                .map(|e| (e.promise, Verdict::Moot))
                .collect(),
            seller: SellerCard {
                deal_size: 0.0,
                commission: 0.0,
            },
            company: CompanyCard {
                margin: -presales,
                satisfaction,
                expected_renewal: 0.0,
                morale: 0.0,
            },
            score: 0.0,
            walked_away: None,
        }
    }

    /// Judges a sale the seller walked away from: the margin counts as broken even, less what the
    /// deal would have made (see [`super::walk_away::WalkAway::margin_points`]); the schedule as
    /// broken even too; the team keeps its morale; nothing is renewed.
    pub fn judge_walk_away(&mut self, scenario: &Scenario, judged: super::walk_away::WalkAway) {
        let people = &scenario.delivery.people[..scenario.delivery.team_size];
        let morale = if people.is_empty() {
            0.0
        } else {
            people.iter().map(|p| p.morale).sum::<f32>() / people.len() as f32
        };
        let w = &scenario.scoring.weights;
        let parts = [
            (w.margin, judged.margin_points()),
            (w.satisfaction, self.satisfaction),
            (w.schedule, super::walk_away::WALK_AWAY_POINTS),
            (w.morale, morale),
            (w.renewal, 0.0),
        ];
        self.score = weighted_parts(&parts);
        self.walked_away = Some(judged);
    }

    /// The outcome of a delivered (or stopped) project; pushes a verdict event for each promise.
    /// `commission` gives the seller's commission on the delivered margin: the session passes the
    /// seller's scorecard (`scorecards::SellerScorecard`), the one place the plan is applied.
    pub(crate) fn delivered(
        scenario: &Scenario,
        state: &State,
        events: &mut Vec<Event>,
        commission: impl FnOnce(f32) -> f32,
    ) -> Outcome {
        let s = scenario;
        let (Some(deal), Some(d)) = (&state.sales.deal, &state.delivery) else {
            return Outcome::lost(s, state);
        };
        let remaining = d.remaining();
        let completed = remaining <= 1e-3;
        let weeks_late = d.weeks_done.saturating_sub(d.deadline);
        let late_penalty = s.offer.late_penalty_per_week * deal.price * weeks_late as f32;
        let delivery_cost = d.cost;
        let presales_cost = state.sales.presales_cost;
        // Defects still hidden at handover are found by the client and fixed under warranty.
        let model = &s.delivery.model;
        let warranty_days: f32 = d
            .hidden_defects
            .iter()
            .enumerate()
            .map(|(i, n)| {
                super::delivery::rework_days(model, *n, d.weeks_done.saturating_sub(i as u32 + 1))
            })
            .sum::<f32>()
            * model.warranty_multiplier;
        let day_cost = if d.members.is_empty() {
            0.0
        } else {
            d.members
                .iter()
                .map(|m| s.delivery.people[m.person.ix()].weekly_cost)
                .sum::<f32>()
                / d.members.len() as f32
                / 5.0
        };
        let warranty_cost = warranty_days * day_cost;
        let refund = d.refunded;
        let margin =
            deal.price - refund - delivery_cost - presales_cost - late_penalty - warranty_cost;
        let item_done = |kind: WorkKind| {
            let mut any = false;
            for w in d.backlog.iter().filter(|w| w.kind == kind) {
                any = true;
                if w.dropped || w.finished_week.is_none() {
                    return false;
                }
            }
            any
        };
        let scope_delivered = deal
            .scope
            .iter()
            .filter(|i| item_done(WorkKind::Scope(**i)))
            .count() as u32;

        // Judge every promise. A date promised is late by the weeks past the date it named (the
        // date a sentence about it names), judged against the agreed date once renegotiated.
        let late_for = |w: u32| d.weeks_done.saturating_sub(w);
        let mut verdicts = Vec::with_capacity(state.ledger.len());
        for entry in &state.ledger {
            let p = entry.promise;
            // A promise the document covers another way (a larger discount in it) counts as in it.
            let in_pid = super::delivery::covered_by_pid(s, state, p);
            let verdict = if d.renegotiated.contains(&p) {
                match s.promises[p.ix()].kind {
                    PromiseKind::Deadline(w) if weeks_late > 0 => {
                        Verdict::Broken(BrokenBecause::Late(late_for(w)))
                    }
                    _ => Verdict::Renegotiated,
                }
            } else {
                match &s.promises[p.ix()].kind {
                    PromiseKind::Scope(i) => {
                        if item_done(WorkKind::Scope(*i)) {
                            Verdict::Kept
                        } else {
                            Verdict::Broken(BrokenBecause::NotDelivered)
                        }
                    }
                    PromiseKind::Deadline(w) => {
                        if late_for(*w) > 0 {
                            Verdict::Broken(BrokenBecause::Late(late_for(*w)))
                        } else {
                            Verdict::Kept
                        }
                    }
                    PromiseKind::Discount(_) => {
                        if in_pid {
                            Verdict::Kept
                        } else {
                            Verdict::Broken(BrokenBecause::DiscountMissed)
                        }
                    }
                    PromiseKind::Claim(c) => match s.offer.claims[c.ix()].truth {
                        ClaimTruth::DoesNotHold { .. } => {
                            Verdict::Broken(BrokenBecause::ClaimFailed)
                        }
                        ClaimTruth::Holds => Verdict::Kept,
                        ClaimTruth::HoldsWithWork(_) => {
                            if d.claims_tested[c.ix()]
                                && !item_done(WorkKind::Claim(*c))
                                && d.backlog.iter().any(|w| w.kind == WorkKind::Claim(*c))
                            {
                                Verdict::Broken(BrokenBecause::NotDelivered)
                            } else {
                                Verdict::Kept
                            }
                        }
                    },
                    PromiseKind::Extra { .. } => {
                        if item_done(WorkKind::Extra(p)) {
                            Verdict::Kept
                        } else {
                            Verdict::Broken(BrokenBecause::NotDelivered)
                        }
                    }
                }
            };
            match verdict {
                Verdict::Kept => events.push(Event::PromiseKept(p)),
                Verdict::Broken(because) => events.push(Event::PromiseBroken {
                    promise: p,
                    because,
                }),
                _ => {}
            }
            verdicts.push((p, verdict));
        }

        // Satisfaction: trust at the end, moved by each promise kept or broken to that person.
        let escaped: f32 = d.hidden_defects.iter().sum();
        let mut sat = d.trust.clone();
        for (k, value) in sat.iter_mut().enumerate() {
            let st = &s.stakeholders[k];
            for (p, verdict) in &verdicts {
                let promise = &s.promises[p.ix()];
                if promise.to.ix() != k {
                    continue;
                }
                match verdict {
                    Verdict::Kept => *value += KEPT_BONUS,
                    Verdict::Broken(_) => {
                        *value -= BROKEN_PENALTY;
                        let concern = super::Session::concern_of(s, *p);
                        if st.cares.contains(&concern) {
                            *value -= CONCERN_PENALTY;
                        }
                    }
                    _ => {}
                }
            }
            let quality = st.cares.contains(&crate::scenario::model::Concern::Quality);
            *value -= escaped
                * if quality {
                    ESCAPED_DEFECT_TRUST
                } else {
                    ESCAPED_DEFECT_TRUST / 3.0
                };
            *value = value.clamp(0.0, 100.0);
        }
        let satisfaction = weighted(s, &sat);
        let renewal = renewal_chance(satisfaction);
        let morale = d.morale();
        let margin_share = if deal.price > 0.0 {
            margin / deal.price
        } else {
            0.0
        };
        let score = weighted_score(
            &s.scoring.weights,
            (50.0 + margin_share * 200.0).clamp(0.0, 100.0),
            satisfaction,
            weeks_late,
            morale,
            renewal,
        );
        Outcome {
            won: true,
            completed,
            price: deal.price,
            refund,
            delivery_cost,
            presales_cost,
            late_penalty,
            warranty_cost,
            margin,
            margin_share,
            promised_weeks: deal.deadline_weeks,
            agreed_weeks: d.deadline,
            actual_weeks: d.weeks_done,
            weeks_late,
            scope_sold: deal.scope.len() as u32,
            scope_delivered,
            satisfaction,
            stakeholder_satisfaction: sat,
            morale,
            renewal_chance: renewal,
            escaped_defects: escaped,
            overtime_weeks: d.overtime_weeks,
            promises: verdicts,
            seller: SellerCard {
                deal_size: deal.price,
                commission: commission(margin),
            },
            company: CompanyCard {
                margin,
                satisfaction,
                expected_renewal: renewal * s.offer.renewal_value,
                morale,
            },
            score,
            walked_away: None,
        }
    }
}

/// The overall score, 0..=100, by the scenario's weights: margin points (0..=100), satisfaction,
/// 15 points off the schedule per week late, morale, renewal chance.
fn weighted_score(
    w: &crate::scenario::model::Weights,
    margin_points: f32,
    satisfaction: f32,
    weeks_late: u32,
    morale: f32,
    renewal: f32,
) -> f32 {
    let parts = [
        (w.margin, margin_points),
        (w.satisfaction, satisfaction),
        (
            w.schedule,
            (100.0 - 15.0 * weeks_late as f32).clamp(0.0, 100.0),
        ),
        (w.morale, morale),
        (w.renewal, renewal * 100.0),
    ];
    weighted_parts(&parts)
}

/// The weighted mean of (weight, points) parts (0 when no weight is set).
fn weighted_parts(parts: &[(f32, f32)]) -> f32 {
    let total_w: f32 = parts.iter().map(|(w, _)| w).sum();
    if total_w > 0.0 {
        parts.iter().map(|(w, v)| w * v).sum::<f32>() / total_w
    } else {
        0.0
    }
}

fn weighted(s: &Scenario, values: &[f32]) -> f32 {
    s.stakeholders
        .iter()
        .zip(values)
        .map(|(st, v)| st.weight * v)
        .sum::<f32>()
        .clamp(0.0, 100.0)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::{Action, Phase, Session};
    use super::*;
    use crate::scenario::model::Concern;

    fn fixture() -> Arc<Scenario> {
        let src = include_str!("../../tests/fixtures/dynamics.scenario.ron");
        Arc::new(crate::scenario::parse_str(src, "dynamics").expect("fixture loads"))
    }

    /// Plays the fixture choosing the named answers (else each beat's first), full PID.
    fn finished(say: &[&str]) -> Session {
        finished_in(fixture(), say)
    }

    /// Plays `sc` choosing the named answers (else each beat's first), full PID.
    fn finished_in(sc: Arc<Scenario>, say: &[&str]) -> Session {
        let mut s = Session::new(sc.clone(), 5);
        while !s.is_over() {
            let legal = s.legal_actions();
            let a = match s.phase() {
                Phase::Invite(_) => Action::Invite(vec![]),
                Phase::Beat(..) => legal
                    .iter()
                    .find(|a| matches!(a, Action::Choose(c) if say.contains(&sc.answers[c.ix()].key.as_str())))
                    .unwrap_or(&legal[0])
                    .clone(),
                Phase::Handoff => legal
                    .iter()
                    .find(|a| matches!(a, Action::SetInPid(_, true)))
                    .unwrap_or(&Action::SubmitPid)
                    .clone(),
                _ => Action::EndWeek,
            };
            s.apply(a).unwrap();
        }
        s
    }

    #[test]
    fn renewal_is_a_smooth_step_from_30_to_90() {
        assert_eq!(renewal_chance(-10.0), 0.0);
        assert_eq!(renewal_chance(30.0), 0.0);
        assert_eq!(renewal_chance(60.0), 0.5);
        assert_eq!(renewal_chance(90.0), 1.0);
        assert_eq!(renewal_chance(150.0), 1.0);
        let mut last = 0.0;
        for x in 30..=90 {
            let r = renewal_chance(x as f32);
            assert!(r >= last && (0.0..=1.0).contains(&r), "{x}: {r}");
            last = r;
        }
    }

    #[test]
    fn satisfaction_is_end_trust_moved_by_each_promise_kept_or_broken() {
        let s = finished(&["c_yes", "x_yes"]);
        let sc = fixture();
        let o = s.outcome().unwrap();
        let d = s.state.delivery.as_ref().unwrap();
        let escaped: f32 = d.hidden_defects.iter().sum();
        assert!((o.escaped_defects - escaped).abs() < 1e-6);
        // Alex: the training was kept (+4); Alex does not care about quality (escaped ÷ 3).
        let alex = d.trust[0] + KEPT_BONUS - escaped * ESCAPED_DEFECT_TRUST / 3.0;
        // Bea: the false claim broke (−10, −6 more: Bea cares about innovation).
        assert!(sc.stakeholders[1].cares.contains(&Concern::Innovation));
        let bea = d.trust[1] - BROKEN_PENALTY - CONCERN_PENALTY - escaped * ESCAPED_DEFECT_TRUST;
        assert!((o.stakeholder_satisfaction[0] - alex).abs() < 1e-4, "{o:?}");
        assert!((o.stakeholder_satisfaction[1] - bea).abs() < 1e-4, "{o:?}");
        let mean = 0.5 * alex + 0.5 * bea;
        assert!((o.satisfaction - mean).abs() < 1e-4);
        assert_eq!(o.renewal_chance, renewal_chance(o.satisfaction));
    }

    #[test]
    fn margin_is_price_less_delivery_presales_late_penalty_and_warranty() {
        let s = finished(&["d_six", "s_yes"]);
        let o = s.outcome().unwrap();
        assert!(o.weeks_late > 0, "{o:?}");
        assert_eq!(o.agreed_weeks, 6);
        let penalty = 0.02 * o.price * o.weeks_late as f32;
        assert!((o.late_penalty - penalty).abs() < 1e-3);
        // Defects still hidden at handover are fixed under warranty, at the team's average day rate.
        let d = s.state.delivery.as_ref().unwrap();
        let m = &fixture().delivery.model;
        let days: f32 = d
            .hidden_defects
            .iter()
            .enumerate()
            .map(|(i, n)| {
                n * m.defect_fix_days
                    * (1.0 + m.defect_age_cost * (d.weeks_done - i as u32 - 1) as f32)
            })
            .sum::<f32>()
            * m.warranty_multiplier;
        let people = &fixture().delivery.people;
        let day_cost = d
            .members
            .iter()
            .map(|x| people[x.person.ix()].weekly_cost)
            .sum::<f32>()
            / d.members.len() as f32
            / 5.0;
        assert!(o.warranty_cost > 0.0);
        assert!((o.warranty_cost - days * day_cost).abs() < 1e-2, "{o:?}");
        assert_eq!(
            o.margin,
            o.price - o.delivery_cost - o.presales_cost - o.late_penalty - o.warranty_cost
        );
        // The seller's pay is the seller's scorecard's; the fixture pays 5 % on bookings, no quota.
        assert_eq!(
            o.seller.commission,
            s.scorecards().unwrap().seller.commission
        );
        assert_eq!(o.seller.commission, o.price * 0.05);
        assert!(
            o.promises
                .iter()
                .any(|(_, v)| *v == Verdict::Broken(BrokenBecause::Late(o.weeks_late)))
        );
    }

    /// The outcome's commission is the seller's scorecard's, plan applied: with a split, part
    /// of it is on the delivered margin.
    #[test]
    fn the_outcome_pays_the_seller_what_the_plan_pays() {
        let mut sc = (*fixture()).clone();
        sc.sales.incentives.plan = crate::scenario::model::Plan::Split(0.25);
        sc.sales.incentives.margin_commission_rate = 0.2;
        // Priced three times higher, the fixture's project makes money.
        sc.offer.day_rate *= 3.0;
        let s = finished_in(Arc::new(sc), &["c_yes"]);
        let o = s.outcome().unwrap();
        assert!(o.won && o.margin > 0.0, "{o:?}");
        let on_bookings = 0.25 * o.price * 0.05;
        let on_margin = 0.75 * 0.2 * o.margin;
        assert!(
            (o.seller.commission - (on_bookings + on_margin)).abs() < 1e-2,
            "{o:?}"
        );
        assert_eq!(
            o.seller.commission,
            s.scorecards().unwrap().seller.commission
        );
    }

    #[test]
    fn a_lost_deal_judges_every_promise_moot() {
        let s = finished(&["x_yes", "g_cold"]);
        let o = s.outcome().unwrap();
        assert!(!o.won);
        assert_eq!(o.promises.len(), 1);
        assert_eq!(o.promises[0].1, Verdict::Moot);
        assert_eq!(o.margin, -o.presales_cost);
    }
}
