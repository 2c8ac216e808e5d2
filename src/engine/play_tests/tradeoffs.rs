//! Every delivery decision is a real trade-off (issue 8): each test changes ONE decision in two
//! situations and shows the sign of its effect flip.
//!
//! - testing pays when late defects are costly (level 02, where a wrong Kestrel mapping reaches
//!   1,400 restaurants) and costs margin when they are cheap (level 01);
//! - a hire with runway delivers sooner; a late one does not, and only costs money (Brooks);
//! - a short burst of overtime delivers sooner; a long one delivers later.
//!
//! Sales are played by the careful policy (so the deal is the same for every delivery plan); delivery
//! follows a fixed plan that changes only the decision under test (no client updates, no change
//! requests). Each figure is a mean over the same seeds, so chance events are shared.

use super::level;
use std::sync::Arc;

use crate::engine::policy;
use crate::engine::{Action, Outcome, Phase, Session};
use crate::scenario::{model::PersonId, model::Scenario};

/// Seeds each situation is averaged over.
const SEEDS: u64 = 12;

/// A fixed delivery plan: one decision varies, everything else stays as the plan says.
#[derive(Clone, Copy, Debug)]
struct Plan {
    /// Quality share for the whole project.
    quality: u8,
    /// Hire the first person of `delivery.hires` before this week runs.
    hire_at: Option<u32>,
    /// Overtime from this week, for this many weeks.
    overtime: Option<(u32, u32)>,
}

const STEADY: Plan = Plan {
    quality: 20,
    hire_at: None,
    overtime: None,
};

/// The careful seller's sale for `seed`, stopped at the start of delivery; `None` when the deal
/// is lost (a rival bid or the quarter can beat even a careful seller).
fn sold(s: &Arc<Scenario>, seed: u64) -> Option<Session> {
    let mut x = Session::new(s.clone(), seed);
    let mut seller = policy::by_name("careful", seed).expect("careful policy");
    while x.phase() != Phase::Delivery && !x.is_over() {
        let a = seller.choose(&x);
        x.apply(a).unwrap();
    }
    (!x.is_over()).then_some(x)
}

/// The first [`SEEDS`] seeds whose sale the careful seller wins: the same deals for every plan,
/// since the delivery plan cannot change the sale.
fn won_seeds(s: &Arc<Scenario>) -> Vec<u64> {
    let seeds: Vec<u64> = (1..=SEEDS * 10)
        .filter(|&seed| sold(s, seed).is_some())
        .take(SEEDS as usize)
        .collect();
    assert_eq!(
        seeds.len(),
        SEEDS as usize,
        "the careful seller wins {} too rarely",
        s.id
    );
    seeds
}

fn play(s: &Arc<Scenario>, seed: u64, plan: Plan) -> Session {
    let mut x = sold(s, seed).expect("a won seed");
    while !x.is_over() {
        let d = x.state().delivery.as_ref().unwrap();
        let week = d.weeks_done + 1;
        let mut acts = Vec::new();
        if d.quality_share != plan.quality {
            acts.push(Action::SetQualityShare(plan.quality));
        }
        if plan.hire_at == Some(week) {
            acts.push(Action::Hire(PersonId(s.delivery.team_size as u16)));
        }
        let ot = plan
            .overtime
            .is_some_and(|(from, n)| week >= from && week < from + n);
        if d.overtime != ot {
            acts.push(Action::SetOvertime(ot));
        }
        for a in acts {
            x.apply(a).unwrap();
        }
        x.apply(Action::EndWeek).unwrap();
    }
    x
}

/// Mean outcome figures over [`SEEDS`] seeds.
#[derive(Debug, Clone, Copy)]
struct Mean {
    margin: f32,
    weeks: f32,
    weeks_late: f32,
    warranty: f32,
}

fn mean(s: &Arc<Scenario>, plan: Plan) -> Mean {
    let mut m = Mean {
        margin: 0.0,
        weeks: 0.0,
        weeks_late: 0.0,
        warranty: 0.0,
    };
    for seed in won_seeds(s) {
        let x = play(s, seed, plan);
        let o: &Outcome = x.outcome().unwrap();
        m.margin += o.margin;
        m.weeks += o.actual_weeks as f32;
        m.weeks_late += o.weeks_late as f32;
        m.warranty += o.warranty_cost;
    }
    let n = SEEDS as f32;
    Mean {
        margin: m.margin / n,
        weeks: m.weeks / n,
        weeks_late: m.weeks_late / n,
        warranty: m.warranty / n,
    }
}

#[test]
fn testing_pays_when_late_defects_are_costly_and_costs_margin_when_they_are_cheap() {
    let without = Plan {
        quality: 0,
        ..STEADY
    };
    let with = Plan {
        quality: 20,
        ..STEADY
    };
    // Level 02: a wrong Kestrel mapping found late has already reached the restaurants.
    let costly = level("02_integration_claim");
    let (a, b) = (mean(&costly, without), mean(&costly, with));
    assert!(
        b.margin > a.margin,
        "costly defects: testing 20 % should pay: {b:?} vs none {a:?}"
    );
    assert!(b.warranty < a.warranty, "{b:?} vs {a:?}");
    // Level 01: the default, cheap defects: the testing time costs more than the fixes it saves.
    let cheap = level("01_first_client");
    assert!(cheap.delivery.model.warranty_multiplier < costly.delivery.model.warranty_multiplier);
    let (a, b) = (mean(&cheap, without), mean(&cheap, with));
    assert!(
        b.margin < a.margin,
        "cheap defects: testing 20 % should cost margin: {b:?} vs none {a:?}"
    );
}

#[test]
fn a_hire_with_runway_delivers_sooner_and_a_late_one_only_costs_money() {
    let s = level("01_first_client");
    let none = mean(&s, STEADY);
    // With runway: hired in week 2 of a project that runs about ten weeks.
    let early = mean(
        &s,
        Plan {
            hire_at: Some(2),
            ..STEADY
        },
    );
    assert!(
        early.weeks < none.weeks && early.weeks_late < none.weeks_late,
        "an early hire delivers sooner: {early:?} vs none {none:?}"
    );
    // Too late: hired with three weeks to go, the newcomer's ramp-up, the teaching and the
    // extra pairs to talk to (Brooks's law) eat what they add.
    let late_week = (none.weeks - 3.0).round() as u32;
    let late = mean(
        &s,
        Plan {
            hire_at: Some(late_week),
            ..STEADY
        },
    );
    assert!(
        late.weeks >= none.weeks,
        "a late hire (week {late_week}) does not deliver sooner: {late:?} vs none {none:?}"
    );
    assert!(late.margin < none.margin, "{late:?} vs none {none:?}");
}

#[test]
fn a_short_burst_of_overtime_delivers_sooner_and_a_long_one_later() {
    let s = level("01_first_client");
    let none = mean(&s, STEADY);
    let burst = mean(
        &s,
        Plan {
            overtime: Some((1, 2)),
            ..STEADY
        },
    );
    assert!(
        burst.weeks < none.weeks && burst.weeks_late < none.weeks_late,
        "two weeks of overtime deliver sooner: {burst:?} vs none {none:?}"
    );
    let long = mean(
        &s,
        Plan {
            overtime: Some((1, 8)),
            ..STEADY
        },
    );
    assert!(
        long.weeks > none.weeks && long.weeks_late > none.weeks_late,
        "eight weeks of overtime deliver later: {long:?} vs none {none:?}"
    );
    assert!(long.margin < burst.margin && long.margin < none.margin);
}
