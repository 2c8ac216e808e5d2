//! Consequences that teach (issue 19; unit tests, because they read the raw state): each test changes ONE decision and shows the consequence a
//! real project would bring. Dropped scope is refunded and costs trust; a change costs more the
//! later it comes; overtime every other week is not free; a promised date below the team's
//! estimate presses on the team.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::engine::script::{Step, parse_script, run_script};
use crate::engine::{Action, Cause, Event, Phase, Session};
use crate::scenario::{
    self,
    model::{Scenario, ScopeId},
};

use super::root;

fn dynamics() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dynamics.scenario.ron");
        Arc::new(scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}")))
    })
    .clone()
}

/// The fixture sold with each beat's first answer, the full PID handed over: week 1 is next.
fn at_delivery() -> Session {
    let s = dynamics();
    let mut x = Session::new(s.clone(), s.default_seed);
    while x.phase() != Phase::Delivery {
        let a = match x.phase() {
            Phase::Invite(_) => Action::Invite(vec![]),
            Phase::Handoff => x
                .legal_actions()
                .into_iter()
                .find(|a| matches!(a, Action::SetInPid(_, true)))
                .unwrap_or(Action::SubmitPid),
            _ => x.legal_actions()[0].clone(),
        };
        x.apply(a).unwrap();
    }
    x
}

fn core_app() -> ScopeId {
    let s = dynamics();
    ScopeId(
        s.offer
            .scope
            .iter()
            .position(|i| i.key == "core_app")
            .unwrap() as u16,
    )
}

fn weeks(x: &mut Session, n: u32) {
    for _ in 0..n {
        if !x.is_over() {
            x.apply(Action::EndWeek).unwrap();
        }
    }
}

fn finish(x: &mut Session) {
    while !x.is_over() {
        x.apply(Action::EndWeek).unwrap();
    }
}

/// Work the project manager's own decisions added (a dropped item taken out).
fn decision_work(events: &[Event]) -> f32 {
    events
        .iter()
        .filter_map(|e| match e {
            Event::WorkAdded {
                cause: Cause::Decision,
                days,
                ..
            } => Some(*days),
            _ => None,
        })
        .sum()
}

#[test]
fn dropping_sold_scope_refunds_its_price_and_costs_trust_for_what_it_meant() {
    let item = core_app();
    let mut kept = at_delivery();
    let mut dropped = at_delivery();
    weeks(&mut kept, 1);
    weeks(&mut dropped, 1);
    let trust_before = dropped.state().delivery.as_ref().unwrap().trust.clone();
    let events = dropped.apply(Action::RequestDescope(item)).unwrap();
    let accepted = events
        .iter()
        .any(|e| matches!(e, Event::ChangeRequested { accepted: true, .. }));
    assert!(accepted, "the client agrees to drop it: {events:?}");
    let d = dropped.state().delivery.as_ref().unwrap();
    // Every stakeholder loses more than the change request's own cost: the item meant something.
    let change_cost = events
        .iter()
        .find_map(|e| match e {
            Event::ChangeRequested { trust_cost, .. } => Some(*trust_cost),
            _ => None,
        })
        .unwrap();
    for (k, (before, after)) in trust_before.iter().zip(&d.trust).enumerate() {
        assert!(
            before - after > change_cost + 1.0,
            "stakeholder {k}: {before} -> {after} (the request alone costs {change_cost})"
        );
    }
    finish(&mut kept);
    finish(&mut dropped);
    let (k, o) = (kept.outcome().unwrap(), dropped.outcome().unwrap());
    // The refund is the item's share of the price (the fixture refunds all of it), and the margin
    // counts it.
    let s = dynamics();
    let it = &s.offer.scope[item.ix()];
    let days = if dropped.state().sales.scoped[item.ix()] {
        it.true_effort
    } else {
        it.sales_estimate
    };
    let discount = dropped.state().sales.deal.as_ref().unwrap().discount_pct;
    let expected = s.offer.day_rate * days * (1.0 - discount / 100.0) * s.offer.descope_refund;
    assert!(
        (o.refund - expected).abs() < 1e-2,
        "{} vs {expected}",
        o.refund
    );
    assert_eq!(
        o.margin,
        o.price - o.refund - o.delivery_cost - o.presales_cost - o.late_penalty - o.warranty_cost
    );
    // Dropped scope is not the easy way to a good score: the debrief's cards say what was paid
    // back, and the client is less satisfied than when it was delivered.
    let cards = dropped.scorecards().unwrap();
    assert_eq!(cards.company.refund, o.refund);
    assert_eq!(cards.delivery.unwrap().refund, o.refund);
    assert_eq!(cards.seller.refunded, o.refund);
    assert!(o.satisfaction < k.satisfaction, "{o:?} vs {k:?}");
}

/// The steps of a solo script with the core item `item` dropped at the start of week 2.
fn dropping_in_week_2(steps: &[Step], item: &str) -> Vec<Step> {
    let mut out = Vec::new();
    let mut shorten = false;
    for step in steps {
        match step {
            Step::EndWeeks(n) if shorten => {
                shorten = false;
                if *n > 1 {
                    out.push(Step::EndWeeks(n - 1));
                }
            }
            other => out.push(other.clone()),
        }
        if *step == Step::SubmitPid {
            shorten = true;
            out.push(Step::EndWeeks(1));
            out.push(Step::Descope(item.to_owned()));
        }
    }
    assert!(out.len() > steps.len(), "no handoff in the script");
    out
}

#[test]
fn the_careful_script_that_drops_a_core_item_in_week_2_earns_less_margin() {
    for entry in std::fs::read_dir(root().join("levels")).unwrap() {
        let path = entry.unwrap().path();
        let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".scenario.ron"))
        else {
            continue;
        };
        let s = Arc::new(scenario::load_file(&path).unwrap());
        let script_path = root().join(format!("tests/scripts/{stem}.careful.ron"));
        let src = std::fs::read_to_string(&script_path).unwrap();
        let script = parse_script(&src, "careful").unwrap();
        let mut careful = Session::new(s.clone(), s.default_seed);
        run_script(&mut careful, &script).unwrap();
        let base = careful.outcome().unwrap().clone();
        for item in s.offer.scope.iter().filter(|i| i.core) {
            let mut changed = script.clone();
            changed.steps = dropping_in_week_2(&script.steps, &item.key);
            let mut x = Session::new(s.clone(), s.default_seed);
            run_script(&mut x, &changed).unwrap_or_else(|e| panic!("{stem}: {e}"));
            let o = x.outcome().unwrap();
            assert!(
                x.log().iter().any(|e| matches!(e, Event::Refunded { .. })),
                "{stem}: the client agrees to drop {}",
                item.key
            );
            assert!(
                o.margin < base.margin,
                "{stem}: dropping {} in week 2 earns {} against the careful script's {}",
                item.key,
                o.margin,
                base.margin
            );
        }
    }
}

#[test]
fn a_change_costs_more_work_the_more_of_the_item_is_built() {
    let item = core_app();
    let mut rework = Vec::new();
    for week in [2, 5] {
        let mut x = at_delivery();
        weeks(&mut x, week - 1);
        let events = x.apply(Action::RequestDescope(item)).unwrap();
        rework.push(decision_work(&events));
    }
    assert!(
        rework[1] > rework[0] && rework[1] > 1.0,
        "dropping it in week 5 costs more rework than in week 2: {rework:?}"
    );
}

#[test]
fn overtime_every_other_week_builds_fatigue() {
    let mut x = at_delivery();
    let mut ot_capacity = Vec::new();
    for week in 1..=9u32 {
        if x.is_over() {
            break;
        }
        let on = week % 2 == 1;
        if x.state().delivery.as_ref().unwrap().overtime != on {
            x.apply(Action::SetOvertime(on)).unwrap();
        }
        x.apply(Action::EndWeek).unwrap();
        let d = x.state().delivery.as_ref().unwrap();
        if on {
            ot_capacity.push(d.history.last().unwrap().capacity);
        }
    }
    let d = x.state().delivery.as_ref().unwrap();
    assert!(d.fatigue > 0.0, "fatigue {}", d.fatigue);
    assert!(
        ot_capacity.last().unwrap() < &ot_capacity[0],
        "a later overtime week gives less than the first: {ot_capacity:?}"
    );
}

/// A level sold by the `seller` policy with `seed`, then delivered with no decision but the
/// quality share `q` and the hires (`hire_at`: the week `n` people join); `None` when the deal is lost.
fn delivered(
    stem: &str,
    seller: &str,
    seed: u64,
    q: u8,
    hire_at: Option<(u32, u16)>,
) -> Option<Session> {
    let s = super::level(stem);
    let mut x = Session::new(s.clone(), seed);
    let mut p = crate::engine::policy::by_name(seller, seed).unwrap();
    while x.phase() != Phase::Delivery && !x.is_over() {
        let a = p.choose(&x);
        x.apply(a).unwrap();
    }
    if x.is_over() {
        return None;
    }
    if x.state().delivery.as_ref().unwrap().quality_share != q {
        x.apply(Action::SetQualityShare(q)).unwrap();
    }
    while !x.is_over() {
        let week = x.state().delivery.as_ref().unwrap().weeks_done + 1;
        if let Some((at, n)) = hire_at
            && at == week
        {
            for k in 0..n {
                let who = crate::scenario::model::PersonId(s.delivery.team_size as u16 + k);
                x.apply(Action::Hire(who)).unwrap();
            }
        }
        x.apply(Action::EndWeek).unwrap();
    }
    Some(x)
}

/// Mean weeks and margin over the first 12 seeds the seller wins.
fn mean_run(stem: &str, seller: &str, q: u8, hire_at: Option<(u32, u16)>) -> (f32, f32) {
    let (mut n, mut weeks, mut margin) = (0.0, 0.0, 0.0);
    for seed in 1..=120 {
        if let Some(x) = delivered(stem, seller, seed, q, hire_at) {
            let o = x.outcome().unwrap();
            n += 1.0;
            weeks += o.actual_weeks as f32;
            margin += o.margin;
            if n >= 12.0 {
                break;
            }
        }
    }
    assert!(n >= 12.0, "{stem}: the {seller} seller wins too rarely");
    (weeks / n, margin / n)
}

#[test]
fn testing_pays_in_time_and_margin_where_late_defects_are_costly_and_not_where_cheap() {
    // The greedy seller's deals run long: the defects made early have time to age.
    let pays = |stem: &str| {
        let none = mean_run(stem, "greedy", 0, None);
        [10u8, 20]
            .into_iter()
            .map(|q| (q, mean_run(stem, "greedy", q, None)))
            .filter(|(_, (weeks, margin))| *weeks <= none.0 && *margin >= none.1)
            .map(|(q, _)| q)
            .collect::<Vec<_>>()
    };
    // Level 02: a wrong mapping found late has reached 1,400 restaurants.
    assert!(
        !pays("02_integration_claim").is_empty(),
        "costly defects: some testing ends no later and earns at least the margin of none"
    );
    // Level 01: the default, cheap defects.
    assert_eq!(pays("01_first_client"), Vec::<u8>::new(), "cheap defects");
}

#[test]
fn cutting_testing_makes_defects_that_surface_before_the_end() {
    let found = |q: u8| -> f32 {
        let x = delivered("01_first_client", "careful", 1, q, None).expect("won");
        x.log()
            .iter()
            .map(|e| match e {
                Event::DefectsFound { count, .. } => *count,
                _ => 0.0,
            })
            .sum()
    };
    let (none, some) = (found(0), found(10));
    assert!(
        none > some,
        "no testing: {none} defects surface in delivery, against {some} with 10 %"
    );
}

#[test]
fn a_hire_in_the_last_third_of_a_late_project_ends_no_sooner_and_one_with_runway_helps() {
    // Level 03 sold greedily runs late: about twenty weeks against fourteen agreed.
    let stem = "03_committee_pacing";
    let none = mean_run(stem, "greedy", 10, None);
    let last_third = (none.0 * 2.0 / 3.0).ceil() as u32;
    let late = mean_run(stem, "greedy", 10, Some((last_third, 2)));
    assert!(
        late.0 >= none.0 && late.1 < none.1,
        "two hires in week {last_third}: {late:?} vs none {none:?}"
    );
    let early = mean_run(stem, "greedy", 10, Some((2, 2)));
    assert!(
        early.0 < none.0,
        "two hires in week 2: {early:?} vs none {none:?}"
    );
}

/// `seller` sells `stem` with `seed`; at the closing meeting, walks away when `walk` (else plays on).
fn walked(stem: &str, seller: &str, seed: u64, walk: bool) -> Session {
    let s = super::level(stem);
    let mut x = Session::new(s.clone(), seed);
    let mut p = crate::engine::policy::by_name(seller, seed).unwrap();
    while !x.is_over() {
        if walk
            && let Phase::Invite(m) | Phase::Beat(m, _) = x.phase()
            && s.meetings[m.ix()].closes
        {
            x.apply(Action::WalkAway).unwrap();
            continue;
        }
        let a = p.choose(&x);
        x.apply(a).unwrap();
    }
    x
}

#[test]
fn walking_away_from_a_deal_that_would_lose_money_is_judged_the_right_call() {
    // Level 02 sold greedily: the deal on the table cannot be delivered at a profit.
    let (stem, seed) = ("02_integration_claim", 1);
    let signed = walked(stem, "greedy", seed, false);
    let away = walked(stem, "greedy", seed, true);
    let (o, a) = (signed.outcome().unwrap(), away.outcome().unwrap());
    assert!(o.won && o.margin < 0.0, "{o:?}");
    let judged = a.walked_away.expect("judged");
    assert!(judged.was_right() && judged.margin < 0.0, "{judged:?}");
    // Walking away scores more than signing and delivering the loss, and the cards say why.
    assert!(
        a.score > o.score,
        "walked away {} vs signed {}",
        a.score,
        o.score
    );
    let cards = away.scorecards().unwrap();
    assert_eq!(cards.company.would_have_margin, Some(judged.margin));
    assert!(cards.seller.commission_forgone > 0.0);
    assert_eq!(cards.seller.commission, 0.0);
    let d = away.debrief(false).unwrap();
    assert!(matches!(
        d.verdict,
        crate::engine::debrief::DealVerdict::WalkedAway(_)
    ));
    assert!(d.verdict.is_good());
}

#[test]
fn walking_away_from_a_deal_worth_having_gives_its_margin_up() {
    // Level 03 sold carefully: the deal makes money.
    let (stem, seed) = ("03_committee_pacing", 1);
    let signed = walked(stem, "careful", seed, false);
    let away = walked(stem, "careful", seed, true);
    let (o, a) = (signed.outcome().unwrap(), away.outcome().unwrap());
    assert!(o.won && o.margin > 0.0, "{o:?}");
    let judged = a.walked_away.expect("judged");
    assert!(!judged.was_right() && judged.margin > 0.0, "{judged:?}");
    assert!(
        a.score < o.score,
        "walked away {} vs signed {}",
        a.score,
        o.score
    );
    assert!(!away.debrief(false).unwrap().verdict.is_good());
}

#[test]
fn dropping_a_mispriced_item_early_is_still_cheaper_than_ploughing_on() {
    // Level 01 oversold: the patient portal was priced at the seller's guess of its size.
    let stem = "01_first_client";
    let s = super::level(stem);
    let path = root().join(format!("tests/scripts/{stem}.overpromise.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "over").unwrap();
    let mut on = Session::new(s.clone(), s.default_seed);
    run_script(&mut on, &script).unwrap();
    let mut changed = script.clone();
    changed.steps = dropping_in_week_2(&script.steps, "portal");
    let mut dropped = Session::new(s.clone(), s.default_seed);
    run_script(&mut dropped, &changed).unwrap();
    let (o, d) = (on.outcome().unwrap(), dropped.outcome().unwrap());
    assert!(d.refund > 0.0, "{d:?}");
    assert!(
        d.margin > o.margin,
        "dropped early {} against ploughing on {}",
        d.margin,
        o.margin
    );
    // Never free: the client who lost it is less satisfied.
    assert!(d.satisfaction < o.satisfaction);
}

/// The delivery board's totals add up at every week of random delivery after each shipped
/// sale (descoping, defect fixes and surprises included): planned + surprises + rework − dropped
/// = done + left.
#[test]
fn the_boards_totals_add_up() {
    use crate::engine::{ViewOptions, Viewer};
    use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};
    let (mut boards, mut rework_seen, mut dropped_seen) = (0, false, false);
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
        "05_plain_words",
    ] {
        let s = Arc::new(
            scenario::load_file(&root().join(format!("levels/{stem}.scenario.ron"))).unwrap(),
        );
        for kind in ["careful", "overpromise"] {
            let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
            let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
            let mut played = Session::new(s.clone(), s.default_seed);
            run_script(&mut played, &script).unwrap();
            for seed in 0..6u64 {
                let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
                let mut session = Session::new(s.clone(), s.default_seed);
                for a in played.actions() {
                    if session.phase() == Phase::Delivery {
                        break;
                    }
                    session.apply(a.clone()).unwrap();
                }
                while !session.is_over() {
                    if let Some(b) = session.view(Viewer::Solo, ViewOptions::default()).board {
                        boards += 1;
                        let added =
                            b.planned_days + b.surprise_days + b.rework_days - b.dropped_days;
                        let worked = b.done_days + b.remaining_days;
                        assert!(
                            (added - worked).abs() < 0.5,
                            "{stem}.{kind} seed {seed} week {}: {b:?}",
                            b.weeks_done
                        );
                        rework_seen |= b.rework_days > 0.0;
                        dropped_seen |= b.dropped_days > 0.0;
                    }
                    let legal = session.legal_actions();
                    let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
                    session.apply(pick).unwrap();
                }
            }
        }
    }
    assert!(
        boards > 100 && rework_seen && dropped_seen,
        "{boards} {rework_seen} {dropped_seen}"
    );
}
