//! What-if during play: what a decision would do, answered on a copy of the session before the
//! player makes it. In a meeting: each stakeholder's verdict, trust and readiness, the patience
//! it costs, the promises it puts in the ledger, and the deal and the seller's commission before
//! and after. In delivery: the project's end (finish week, margin, satisfaction) if nothing else
//! changes, without the decision and with it.
//!
//! A preview is the engine's own `apply` on a clone, so it is exactly what would happen: the
//! events are those `apply` returns, and a delivery projection runs the same weeks with the same
//! seed. Nothing here is a second copy of a rule. Whether a run allows what-if at all (assessed
//! runs do not) is the game's run mode, not a rule of play.

use serde::{Deserialize, Serialize};

use super::scorecards::{SellerScorecard, plan_shares};
use super::{Action, ActionError, Event, PaceVerdict, Phase, Session};
use crate::scenario::model::{ClaimId, FactId, PromiseId, StakeholderId};

/// Why a run offers no what-if: the game's run mode decides, the wording module says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WhatIfBarred {
    /// An assessed run records what the player decides, unaided: no hints, no what-if.
    Assessed,
}

/// The deal as it would stand: the chance the client signs, the price, and the seller's pay.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DealStanding {
    /// The chance the client signs (0 to 1); 1 once signed, 0 once lost.
    pub sign_chance: f32,
    /// The price on the table (or signed).
    pub price: f32,
    /// The seller's commission on that deal signed as it stands, as the seller's scorecard pays
    /// it (plan, quota and accelerator, the quarter, re-baselining so far); 0 once lost. Under a
    /// plan that pays on delivered margin, only what it pays before the margin is known.
    pub commission: f32,
    /// What that commission can count at selling time.
    pub basis: CommissionBasis,
    /// The deal would close within the quarter (always true without a quarter end): outside it,
    /// its bookings count for nothing.
    pub in_quarter: bool,
}

/// What a previewed commission counts: at selling time the delivered margin is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommissionBasis {
    /// The plan pays on bookings alone: the figure is what signing earns (re-baselining and
    /// delivery reviews can still cut it later).
    Bookings,
    /// The plan pays wholly or partly on delivered margin: the figure is what it pays before
    /// the margin is known (its bookings part); the rest comes when delivery ends.
    BeforeMargin,
}

/// How the sales phase would end with this decision, when it ends with it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum SalesEnd {
    /// The client would sign at this price.
    Signed {
        /// The price.
        price: f32,
    },
    /// The client would decide not to sign (with this chance of signing, on the session's roll).
    Declined {
        /// The chance they had.
        chance: f32,
    },
    /// The client would walk away (the stakeholder who lost faith, or patience ran out).
    WalkedAway(Option<StakeholderId>),
}

/// One stakeholder in a meeting preview.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PersonPreview {
    /// Who.
    pub stakeholder: StakeholderId,
    /// How the answer's depth would meet their readiness (absent: not paced, e.g. an invitation).
    pub verdict: Option<PaceVerdict>,
    /// Trust now and after.
    pub trust: (f32, f32),
    /// Readiness now and after.
    pub readiness: (f32, f32),
}

/// What a sales decision would do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SalesPreview {
    /// Every stakeholder whose trust, readiness or verdict the decision touches, in scenario order.
    pub people: Vec<PersonPreview>,
    /// Client patience now and after.
    pub patience: (i32, i32),
    /// Presales cost of delivery people in meetings, now and after.
    pub presales_cost: (f32, f32),
    /// The promises it would put in the ledger.
    pub promises: Vec<PromiseId>,
    /// Claims the senior designer would warn about.
    pub warned: Vec<ClaimId>,
    /// Facts it would bring out.
    pub facts: Vec<FactId>,
    /// The deal on the table now.
    pub deal_before: DealStanding,
    /// The deal after: on the table, signed, or lost.
    pub deal_after: DealStanding,
    /// How sales would end with it, when it does.
    pub ends: Option<SalesEnd>,
}

/// Where a project would end if the player changed nothing more: every week ended as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// The week delivery would finish.
    pub finish_week: u32,
    /// Weeks agreed with the client by then.
    pub agreed_weeks: u32,
    /// Weeks past the agreed deadline.
    pub weeks_late: u32,
    /// Margin (price less every cost).
    pub margin: f32,
    /// Client satisfaction 0 to 100.
    pub satisfaction: f32,
    /// Scope items delivered, of those sold.
    pub scope: (u32, u32),
    /// Overall score 0 to 100.
    pub score: f32,
}

/// What a delivery decision would do to the project's end.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DeliveryPreview {
    /// Every week ended as things stand, without the decision.
    pub as_is: Projection,
    /// The decision, then every week ended as things stand.
    pub with: Projection,
}

/// What one decision would do, as the engine works it out on a copy of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// The decision.
    pub action: Action,
    /// The events `apply` would return, in order.
    pub events: Vec<Event>,
    /// Where the session would stand after it.
    pub phase: Phase,
    /// In a meeting or before one: the room, the ledger and the deal.
    pub sales: Option<SalesPreview>,
    /// In delivery: the project's end without and with it.
    pub delivery: Option<DeliveryPreview>,
}

impl Session {
    /// What `action` would do now, worked out on a copy (this session is not changed). Refused,
    /// with the engine's reason, when `apply` would refuse it.
    pub fn preview(&self, action: &Action) -> Result<Preview, ActionError> {
        let as_is = match self.phase() {
            Phase::Delivery => self.clone().project_from_here(),
            _ => None,
        };
        self.preview_with(action, as_is)
    }

    /// A preview of every legal action now, in `legal_actions` order (the projection without a
    /// decision is worked out once for all).
    pub fn previews(&self) -> Vec<Preview> {
        let as_is = match self.phase() {
            Phase::Delivery => self.clone().project_from_here(),
            _ => None,
        };
        self.legal_actions()
            .iter()
            .filter_map(|a| self.preview_with(a, as_is).ok())
            .collect()
    }

    fn preview_with(
        &self,
        action: &Action,
        as_is: Option<Projection>,
    ) -> Result<Preview, ActionError> {
        let was = self.phase();
        let mut after = self.clone();
        let events = after.apply(action.clone())?;
        let sales = matches!(was, Phase::Invite(_) | Phase::Beat(..))
            .then(|| self.sales_preview(&after, &events));
        let phase = after.phase();
        let delivery = match (was, as_is) {
            (Phase::Delivery, Some(as_is)) => after
                .project_from_here()
                .map(|with| DeliveryPreview { as_is, with }),
            _ => None,
        };
        Ok(Preview {
            action: action.clone(),
            phase,
            events,
            sales,
            delivery,
        })
    }

    /// The deal on the table as a standing (before the client decides): the seller's scorecard
    /// asked what this deal, signed as it stands, would pay.
    fn standing(&self) -> DealStanding {
        let deal = self.deal_on_table();
        let card = SellerScorecard::of_deal(&self.scenario, &self.state, Some(&deal), None);
        self.standing_of(deal.sign_chance, deal.price, &card)
    }

    /// A standing from the seller's card for the deal (its commission before any margin).
    fn standing_of(&self, sign_chance: f32, price: f32, card: &SellerScorecard) -> DealStanding {
        let (_, margin_share) = plan_shares(card.plan);
        DealStanding {
            sign_chance,
            price,
            commission: card.commission,
            basis: if margin_share > 0.0 {
                CommissionBasis::BeforeMargin
            } else {
                CommissionBasis::Bookings
            },
            in_quarter: card.in_quarter,
        }
    }

    fn sales_preview(&self, after: &Session, events: &[Event]) -> SalesPreview {
        let (now, then) = (&self.state.sales, &after.state.sales);
        let verdict = |k: usize| {
            events.iter().find_map(|e| match e {
                Event::Paced {
                    stakeholder,
                    verdict,
                    ..
                } if stakeholder.ix() == k => Some(*verdict),
                _ => None,
            })
        };
        let people = (0..self.scenario.stakeholders.len())
            .filter_map(|k| {
                let p = PersonPreview {
                    stakeholder: StakeholderId(k as u16),
                    verdict: verdict(k),
                    trust: (now.trust[k], then.trust[k]),
                    readiness: (now.readiness[k], then.readiness[k]),
                };
                (p.verdict.is_some() || p.trust.0 != p.trust.1 || p.readiness.0 != p.readiness.1)
                    .then_some(p)
            })
            .collect();
        let mut ends = None;
        let mut promises = Vec::new();
        let mut warned = Vec::new();
        let mut facts = Vec::new();
        for e in events {
            match e {
                Event::PromiseMade(p) => promises.push(*p),
                Event::ClaimWarned(c) => warned.push(*c),
                Event::FactRevealed(f) | Event::FactNoticed { fact: f, .. } => facts.push(*f),
                Event::ClientWalkedAway { stakeholder } => {
                    ends = Some(SalesEnd::WalkedAway(*stakeholder))
                }
                Event::DealDecided {
                    signed: true,
                    price,
                    ..
                } => ends = Some(SalesEnd::Signed { price: *price }),
                Event::DealDecided {
                    signed: false,
                    chance,
                    ..
                } => ends = Some(SalesEnd::Declined { chance: *chance }),
                _ => {}
            }
        }
        let deal_after = match ends {
            None => after.standing(),
            // Signed on the copy: its seller's scorecard is what the seller is paid.
            Some(SalesEnd::Signed { price }) => {
                after.standing_of(1.0, price, &after.seller_scorecard())
            }
            // Lost: the card has no deal to pay on.
            Some(SalesEnd::Declined { .. } | SalesEnd::WalkedAway(_)) => {
                after.standing_of(0.0, 0.0, &after.seller_scorecard())
            }
        };
        SalesPreview {
            people,
            patience: (now.patience, then.patience),
            presales_cost: (now.presales_cost, then.presales_cost),
            promises,
            warned,
            facts,
            deal_before: self.standing(),
            deal_after,
            ends,
        }
    }

    /// Ends every week from here (on this copy) and reads the outcome. Delivery always ends: a
    /// scenario's `max_weeks` stops it.
    fn project_from_here(mut self) -> Option<Projection> {
        while !self.is_over() {
            if self.phase() != Phase::Delivery {
                return None;
            }
            self.apply(Action::EndWeek).ok()?;
        }
        let o = self.outcome()?;
        Some(Projection {
            finish_week: o.actual_weeks,
            agreed_weeks: o.agreed_weeks,
            weeks_late: o.weeks_late,
            margin: o.margin,
            satisfaction: o.satisfaction,
            scope: (o.scope_delivered, o.scope_sold),
            score: o.score,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use rand::{RngExt, SeedableRng, rngs::Xoshiro256PlusPlus};

    use super::*;
    use crate::engine::script::{parse_script, run_step};
    use crate::scenario::model::Scenario;

    static LEVELS: [(&str, &str); 4] = [
        (
            include_str!("../../levels/01_first_client.scenario.ron"),
            include_str!("../../tests/scripts/01_first_client.careful.ron"),
        ),
        (
            include_str!("../../levels/02_integration_claim.scenario.ron"),
            include_str!("../../tests/scripts/02_integration_claim.careful.ron"),
        ),
        (
            include_str!("../../levels/03_committee_pacing.scenario.ron"),
            include_str!("../../tests/scripts/03_committee_pacing.careful.ron"),
        ),
        (
            include_str!("../../levels/05_plain_words.scenario.ron"),
            include_str!("../../tests/scripts/05_plain_words.careful.ron"),
        ),
    ];

    fn level(i: usize) -> Arc<Scenario> {
        Arc::new(crate::scenario::parse_str(LEVELS[i].0, "level").expect("shipped level loads"))
    }

    /// The figures a sales preview reports, read from a session after the decision was made.
    fn check_sales(p: &SalesPreview, real: &Session, events: &[Event]) {
        let sales = &real.state().sales;
        for person in &p.people {
            let k = person.stakeholder.ix();
            assert_eq!(person.trust.1, sales.trust[k]);
            assert_eq!(person.readiness.1, sales.readiness[k]);
        }
        assert_eq!(p.patience.1, sales.patience);
        assert_eq!(p.presales_cost.1, sales.presales_cost);
        let made: Vec<PromiseId> = events
            .iter()
            .filter_map(|e| match e {
                Event::PromiseMade(x) => Some(*x),
                _ => None,
            })
            .collect();
        assert_eq!(p.promises, made);
        match p.ends {
            None => assert_eq!(p.deal_after, real.standing()),
            Some(SalesEnd::Signed { price }) => {
                let deal = sales.deal.as_ref().expect("signed deal");
                assert!(deal.signed);
                assert_eq!(price, deal.price);
                let card = real.seller_scorecard();
                assert_eq!(p.deal_after.commission, card.commission);
                assert_eq!(p.deal_after.in_quarter, card.in_quarter);
            }
            Some(_) => {
                assert!(!sales.deal.as_ref().is_some_and(|d| d.signed));
                assert_eq!(p.deal_after.commission, 0.0);
            }
        }
    }

    #[test]
    fn a_meeting_preview_is_what_choosing_that_answer_then_does() {
        for i in 0..LEVELS.len() {
            let sc = level(i);
            for seed in 1..=4u64 {
                let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed * 31 + i as u64);
                let mut s = Session::new(sc.clone(), seed);
                let mut steps = 0;
                while matches!(s.phase(), Phase::Invite(_) | Phase::Beat(..)) {
                    let legal = s.legal_actions();
                    let previews = s.previews();
                    assert_eq!(previews.len(), legal.len(), "every answer has a preview");
                    let before = s.state().clone();
                    // Walking away ends the sale at once: pick among the answers and invitations.
                    let pick = loop {
                        let i = rng.random_range(0..legal.len());
                        if legal[i] != Action::WalkAway {
                            break i;
                        }
                    };
                    let p = &previews[pick];
                    assert_eq!(p.action, legal[pick]);
                    assert_eq!(s.state(), &before, "a preview changes nothing");
                    let events = s.apply(p.action.clone()).expect("legal");
                    assert_eq!(p.events, events, "{}: the events", sc.id);
                    assert_eq!(p.phase, s.phase());
                    check_sales(p.sales.as_ref().expect("a sales preview"), &s, &events);
                    steps += 1;
                }
                assert!(steps > 3);
            }
        }
    }

    #[test]
    fn a_delivery_preview_is_the_end_that_decision_then_plain_weeks_reach() {
        let end = |mut s: Session| {
            while !s.is_over() {
                s.apply(Action::EndWeek).unwrap();
            }
            s.outcome().cloned().unwrap()
        };
        for (i, (_, careful)) in LEVELS.iter().enumerate() {
            let sc = level(i);
            let script = parse_script(careful, "careful").unwrap();
            let mut s = Session::new(sc.clone(), sc.default_seed);
            for step in &script.steps {
                if s.phase() == Phase::Delivery {
                    break;
                }
                run_step(&mut s, step).unwrap();
            }
            assert_eq!(
                s.phase(),
                Phase::Delivery,
                "{}: the careful seller signs",
                sc.id
            );
            // The first week, and the week after one ends.
            for week in 0..2 {
                let previews = s.previews();
                assert_eq!(previews.len(), s.legal_actions().len());
                for p in &previews {
                    let d = p.delivery.expect("a delivery preview");
                    let as_is = end(s.clone());
                    assert_eq!(d.as_is.finish_week, as_is.actual_weeks);
                    assert_eq!(d.as_is.margin, as_is.margin);
                    let mut real = s.clone();
                    let events = real.apply(p.action.clone()).unwrap();
                    assert_eq!(p.events, events);
                    let o = end(real);
                    assert_eq!(d.with.finish_week, o.actual_weeks, "{:?}", p.action);
                    assert_eq!(d.with.margin, o.margin);
                    assert_eq!(d.with.satisfaction, o.satisfaction);
                    assert_eq!(d.with.weeks_late, o.weeks_late);
                    assert_eq!(d.with.score, o.score);
                    assert!(p.sales.is_none());
                }
                assert!(
                    week > 0 || previews.len() > 3,
                    "several decisions to compare"
                );
                s.apply(Action::EndWeek).unwrap();
            }
        }
    }

    /// The commission a preview shows at signing is what the seller's scorecard pays for that
    /// deal, under a plan on margin, a split, or a quarter the deal misses; the margin part is
    /// all that delivery adds (the careful scripts of levels 1 and 3 join no delivery review).
    #[test]
    fn the_previewed_commission_is_what_the_sellers_scorecard_pays() {
        use crate::engine::script::step_actions;
        use crate::scenario::model::Plan;
        for i in [0, 2] {
            for (plan, quarter_days) in [
                (Plan::Margin, None),
                (Plan::Split(0.3), None),
                (Plan::Bookings, Some(1)),
            ] {
                let mut sc = (*level(i)).clone();
                sc.sales.incentives.plan = plan;
                if let Some(days) = quarter_days {
                    sc.sales.incentives.quarter.days_left = days;
                }
                let sc = Arc::new(sc);
                let script = parse_script(LEVELS[i].1, "careful").unwrap();
                let mut s = Session::new(sc.clone(), sc.default_seed);
                let mut at_signing = None;
                for step in &script.steps {
                    if !matches!(s.phase(), Phase::Invite(_) | Phase::Beat(..)) {
                        run_step(&mut s, step).unwrap();
                        continue;
                    }
                    for a in step_actions(&s, step).unwrap() {
                        let p = s.preview(&a).unwrap();
                        let sales = p.sales.expect("a sales preview");
                        let before = s.seller_scorecard();
                        assert_eq!(before.commission, 0.0, "nothing signed yet");
                        s.apply(a).unwrap();
                        if let Some(SalesEnd::Signed { .. }) = sales.ends {
                            let card = s.seller_scorecard();
                            assert_eq!(sales.deal_after.commission, card.commission);
                            at_signing = Some(sales.deal_after);
                        }
                    }
                }
                let at = at_signing.unwrap_or_else(|| panic!("{}: signed", sc.id));
                let o = s.outcome().expect("over").clone();
                let card = s.scorecards().unwrap().seller;
                assert_eq!(card.review_hours, 0.0);
                assert_eq!(o.seller.commission, card.commission);
                // What delivery adds is the plan's part on the delivered margin, nothing else.
                assert_eq!(at.commission, card.commission_under(&sc, plan, None));
                match (plan, quarter_days) {
                    (Plan::Margin, _) => {
                        assert_eq!(at.basis, CommissionBasis::BeforeMargin);
                        assert_eq!(at.commission, 0.0, "nothing before the margin");
                        assert!(o.margin > 0.0 && card.commission > 0.0, "{}", sc.id);
                    }
                    (Plan::Split(_), _) => {
                        assert_eq!(at.basis, CommissionBasis::BeforeMargin);
                        assert!(card.commission > at.commission, "{}", sc.id);
                        // The committee signs a day after the quarter: no bookings part.
                        assert_eq!(at.commission > 0.0, at.in_quarter, "{}: {at:?}", sc.id);
                    }
                    (Plan::Bookings, _) => {
                        assert_eq!(at.basis, CommissionBasis::Bookings);
                        assert!(!at.in_quarter, "the quarter ended on day 1");
                        assert_eq!(at.commission, 0.0);
                        assert_eq!(card.commission, 0.0);
                    }
                }
            }
        }
    }

    #[test]
    fn a_refused_action_gets_the_engines_reason_and_no_preview() {
        let s = Session::new(level(0), 1);
        assert!(matches!(
            s.preview(&Action::EndWeek),
            Err(ActionError::NotNow { .. })
        ));
    }
}
