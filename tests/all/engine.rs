//! The rules engine under test: delivery dynamics, determinism, invariants over random play, what-if.
//!
//! Dynamics tests play `tests/fixtures/dynamics.scenario.ron` twice with the same seed and the
//! same actions except one decision, and compare concrete numbers. Invariant tests play every
//! shipped level 10,000 times with a seeded random policy.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::common::level;
use overpromise::engine::outcome::Verdict;
use overpromise::engine::{
    Action, BrokenBecause, Cause, ChangeKind, Event, Outcome, PaceVerdict, Phase, PidItem,
    PromiseEdit, Session, WorkKind,
};
use overpromise::scenario::{
    self,
    model::{AnswerId, FactId, PersonId, PromiseId, Role, Scenario, ScopeId, StakeholderId},
};
use proptest::prelude::*;
use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};

// ---- helpers -------------------------------------------------------------------------------

fn load(path: &Path) -> Arc<Scenario> {
    Arc::new(scenario::load_file(path).unwrap_or_else(|e| panic!("{e}")))
}

fn dynamics() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dynamics.scenario.ron"))
    })
    .clone()
}

const ALEX: StakeholderId = StakeholderId(0);
const BEA: StakeholderId = StakeholderId(1);
const CONTRACTOR: PersonId = PersonId(3);

fn promise(key: &str) -> PromiseId {
    dynamics()
        .promise_by_key(key)
        .unwrap_or_else(|| panic!("no promise {key}"))
}

fn fact(key: &str) -> FactId {
    dynamics()
        .fact_by_key(key)
        .unwrap_or_else(|| panic!("no fact {key}"))
}

/// Plays the sales phase: `invite` joins discovery, `say` names the answers that differ from
/// each beat's neutral first answer.
fn sell(s: &Arc<Scenario>, seed: u64, invite: &[Role], say: &[&str]) -> Session {
    let mut session = Session::new(s.clone(), seed);
    loop {
        match session.phase() {
            Phase::Invite(_) => session.apply(Action::Invite(invite.to_vec())).unwrap(),
            Phase::Beat(..) => {
                let legal = session.legal_actions();
                let named = |a: &&Action| matches!(a, Action::Choose(c) if say.contains(&s.answers[c.ix()].key.as_str()));
                let pick = legal.iter().find(named).unwrap_or(&legal[0]).clone();
                session.apply(pick).unwrap()
            }
            _ => return session,
        };
    }
}

fn item_key(s: &Scenario, item: PidItem) -> &str {
    match item {
        PidItem::Promise(p) => &s.promises[p.ix()].key,
        PidItem::Fact(f) => &s.facts[f.ix()].key,
    }
}

/// Writes every candidate into the PID except those named, and hands over.
fn handoff(session: &mut Session, leave_out: &[&str]) {
    assert_eq!(session.phase(), Phase::Handoff, "the deal was not signed");
    let s = session.scenario_arc().clone();
    for item in session.pid_candidates() {
        if !leave_out.contains(&item_key(&s, item)) {
            session.apply(Action::SetInPid(item, true)).unwrap();
        }
    }
    session.apply(Action::SubmitPid).unwrap();
}

/// Runs delivery to the end; `decide(week, session)` acts before each week is run.
fn deliver(session: &mut Session, mut decide: impl FnMut(u32, &mut Session)) {
    while !session.is_over() {
        let week = session.state().delivery.as_ref().unwrap().weeks_done + 1;
        decide(week, session);
        session.apply(Action::EndWeek).unwrap();
    }
}

/// One whole playthrough of the dynamics fixture with its default seed.
fn play(
    say: &[&str],
    leave_out: &[&str],
    invite: &[Role],
    decide: impl FnMut(u32, &mut Session),
) -> Session {
    let s = dynamics();
    let mut session = sell(&s, s.default_seed, invite, say);
    handoff(&mut session, leave_out);
    deliver(&mut session, decide);
    session
}

fn nothing(_: u32, _: &mut Session) {}

fn outcome(s: &Session) -> &Outcome {
    s.outcome().expect("the session is over")
}

fn capacities(s: &Session) -> Vec<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.history.iter().map(|h| h.capacity).collect()
}

fn morales(s: &Session) -> Vec<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.history.iter().map(|h| h.morale).collect()
}

/// Each event with the delivery week it happened in (0 before delivery).
fn by_week(s: &Session) -> Vec<(u32, &Event)> {
    let mut week = 0;
    s.log()
        .iter()
        .map(|e| {
            if let Event::WeekStarted(w) = e {
                week = *w;
            }
            (week, e)
        })
        .collect()
}

/// Work added with this cause: (week, days, surprise).
fn work_added(s: &Session, cause: Cause) -> Vec<(u32, f32, bool)> {
    by_week(s)
        .into_iter()
        .filter_map(|(w, e)| match e {
            Event::WorkAdded {
                cause: c,
                days,
                surprise,
            } if *c == cause => Some((w, *days, *surprise)),
            _ => None,
        })
        .collect()
}

/// Trust moves in delivery with this cause: (week, stakeholder, delta).
fn trust_moves(s: &Session, cause: Cause) -> Vec<(u32, StakeholderId, f32)> {
    by_week(s)
        .into_iter()
        .filter_map(|(w, e)| match e {
            Event::TrustChanged {
                stakeholder,
                delta,
                cause: Some(c),
            } if *c == cause => Some((w, *stakeholder, *delta)),
            _ => None,
        })
        .collect()
}

fn planned(s: &Session, kind: WorkKind) -> Option<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.backlog
        .iter()
        .find(|w| w.kind == kind && w.added_week == 0 && !w.surprise)
        .map(|w| w.total)
}

fn defect_totals(s: &Session) -> (f32, f32) {
    s.log().iter().fold((0.0, 0.0), |(n, r), e| match e {
        Event::DefectsFound { count, rework_days } => (n + count, r + rework_days),
        _ => (n, r),
    })
}

// ---- A. delivery dynamics ------------------------------------------------------------------

#[test]
fn sustained_overtime_lowers_productivity_and_morale() {
    let base = play(&[], &[], &[], nothing);
    let ot = play(&[], &[], &[], |w, s| {
        if w == 1 {
            s.apply(Action::SetOvertime(true)).unwrap();
        }
    });
    let (cb, co) = (capacities(&base), capacities(&ot));
    let (mb, mo) = (morales(&base), morales(&ot));
    // The first overtime weeks give the full boost (a fresh team, `FRESH_OVERTIME_WEEKS`); every
    // later one gives less, because fatigue grows.
    assert!(
        co[0] > cb[0],
        "overtime boosts week 1: {} vs {}",
        co[0],
        cb[0]
    );
    let fresh = overpromise::engine::delivery::FRESH_OVERTIME_WEEKS as usize;
    assert!(co[..=fresh].iter().all(|c| *c == co[0]), "{co:?}");
    for k in fresh + 1..co.len() {
        assert!(co[k] < co[k - 1], "week {} capacity {co:?}", k + 1);
    }
    // By the fifth week in a row, overtime gives less than a normal week.
    assert!(co[4] < cb[4], "{co:?} vs {cb:?}");
    // Every overtime week after the first costs morale.
    assert_eq!(mo[0], mb[0]);
    for k in 1..mb.len().min(mo.len()) {
        assert!(mo[k] < mb[k], "week {} morale {mo:?} vs {mb:?}", k + 1);
    }
    // Left on, it ends the project later (the fresh week's gain is eaten by fatigue, and tired
    // people make defects that come back as rework), and costs more.
    assert!(
        outcome(&ot).actual_weeks > outcome(&base).actual_weeks,
        "{} vs {}",
        outcome(&ot).actual_weeks,
        outcome(&base).actual_weeks
    );
    assert!(outcome(&ot).delivery_cost > outcome(&base).delivery_cost);
    assert!(outcome(&ot).morale < outcome(&base).morale);
}

#[test]
fn a_late_hire_ramps_up_slowly_and_does_not_bring_the_end_forward() {
    let base = play(&[], &[], &[], nothing);
    let weeks = outcome(&base).actual_weeks;
    // Hire with two weeks of work left.
    let hire_week = weeks - 1;
    let hired = play(&[], &[], &[], |w, s| {
        if w == hire_week {
            s.apply(Action::Hire(CONTRACTOR)).unwrap();
        }
    });
    let c = capacities(&hired);
    let k = hire_week as usize - 1;
    assert!(
        c[k] < c[k - 1],
        "the hire's first week ({}) is below the week before ({})",
        c[k],
        c[k - 1]
    );
    assert!(c[k] < capacities(&base)[k]);
    assert!(outcome(&hired).actual_weeks >= weeks);
    assert!(outcome(&hired).delivery_cost > outcome(&base).delivery_cost);
    assert!(outcome(&hired).margin < outcome(&base).margin);
}

#[test]
fn defects_found_late_cost_more_each_and_escape_more() {
    let run = |q: u8| {
        play(&["s_yes", "x_yes"], &[], &[], move |w, s| {
            if w == 1 {
                s.apply(Action::SetQualityShare(q)).unwrap();
            }
        })
    };
    let (none, some) = (run(0), run(30));
    let (n0, r0) = defect_totals(&none);
    let (n30, r30) = defect_totals(&some);
    assert!(n0 > 0.0 && n30 > 0.0);
    // With no testing, the defects that are found were hidden longer: each costs more to fix.
    assert!(
        r0 / n0 > r30 / n30 * 1.1,
        "rework per defect: {} with 0 %, {} with 30 %",
        r0 / n0,
        r30 / n30
    );
    // And many more are still hidden at the end, for the client to find.
    assert!(outcome(&none).escaped_defects > 3.0 * outcome(&some).escaped_defects);
}

#[test]
fn scoping_without_delivery_people_underestimates_and_erodes_margin() {
    let s = dynamics();
    let true_days = |say: &[&str]| -> f32 {
        s.offer
            .scope
            .iter()
            .filter(|i| i.core || (say.contains(&"s_yes") && i.key == "reports"))
            .map(|i| i.true_effort)
            .sum()
    };
    for say in [&[][..], &["s_yes"][..]] {
        let alone = play(say, &[], &[], nothing);
        let with_pm = play(say, &[], &[Role::ProjectManager], nothing);
        let deal = |x: &Session| x.state().sales.deal.clone().unwrap();
        let planned_days = |x: &Session| x.state().delivery.as_ref().unwrap().planned_days;
        assert!(deal(&alone).estimate_days < true_days(say));
        // Delivery plans from the seller's guess; the rest arrives half-way through each item.
        assert_eq!(planned_days(&alone), deal(&alone).estimate_days);
        let unseen: f32 = alone
            .log()
            .iter()
            .filter_map(|e| match e {
                Event::WorkAdded {
                    cause: Cause::Plan | Cause::Promise(_),
                    days,
                    surprise: true,
                } => Some(*days),
                _ => None,
            })
            .sum();
        assert!(
            (unseen - (true_days(say) - deal(&alone).estimate_days)).abs() < 1e-3,
            "the estimate's gap came back as surprise work: {unseen}"
        );
        assert_eq!(planned_days(&with_pm), true_days(say));
        assert_eq!(deal(&with_pm).estimate_days, true_days(say));
        assert_eq!(
            deal(&with_pm).price,
            s.offer.day_rate * true_days(say),
            "priced on delivery's estimate"
        );
        // The work found half-way never runs faster than work planned from the start.
        assert!(outcome(&alone).actual_weeks >= outcome(&with_pm).actual_weeks);
        assert!(outcome(&alone).margin < outcome(&with_pm).margin);
        assert!(outcome(&alone).margin_share < 0.0, "{:?}", outcome(&alone));
        assert!(
            outcome(&with_pm).margin_share > 0.05,
            "{:?}",
            outcome(&with_pm)
        );
    }
}

#[test]
fn a_claim_that_does_not_hold_turns_into_rework_and_trust_loss() {
    let p = promise("pr_realtime");
    let cause = Cause::Promise(p);
    let in_pid = play(&["c_yes"], &[], &[], nothing);
    let left_out = play(&["c_yes"], &["pr_realtime"], &[], nothing);
    let never = play(&[], &[], &[], nothing);

    // Rework arrives at the claim's week: as planned as it can be when the team knew.
    assert_eq!(work_added(&in_pid, cause), vec![(3, 12.0, true)]);
    assert_eq!(trust_moves(&in_pid, cause), vec![(3, BEA, -5.0)]);
    // Unknown to the team: found late, with the surprise multiplier and the full trust loss.
    assert_eq!(work_added(&left_out, cause), vec![(3, 18.0, true)]);
    assert_eq!(trust_moves(&left_out, cause), vec![(3, BEA, -10.0)]);
    // The claim was never made: nothing.
    assert!(
        never
            .log()
            .iter()
            .all(|e| !matches!(e, Event::ClaimTested { .. }))
    );
    assert!(work_added(&never, cause).is_empty());
    assert!(outcome(&in_pid).actual_weeks > outcome(&never).actual_weeks);

    for session in [&in_pid, &left_out] {
        assert!(
            outcome(session)
                .promises
                .contains(&(p, Verdict::Broken(BrokenBecause::ClaimFailed)))
        );
        let debrief = session.debrief(false).unwrap();
        let trace = debrief.promises.iter().find(|t| t.promise == p).unwrap();
        assert!(trace.surprise_days >= 12.0, "{trace:?}");
        assert!(trace.trust <= -5.0, "{trace:?}");
        assert_eq!(trace.verdict, Verdict::Broken(BrokenBecause::ClaimFailed));
        assert!(!trace.effects.is_empty());
    }
}

/// Trust a change request cost, as reported, and as actually taken from the stakeholders.
fn change_cost(s: &Session) -> (f32, f32) {
    let reported = s
        .log()
        .iter()
        .find_map(|e| match e {
            Event::ChangeRequested {
                change: ChangeKind::MoreTime(2),
                accepted: true,
                trust_cost,
            } => Some(*trust_cost),
            _ => None,
        })
        .expect("a change was requested and accepted");
    let taken: f32 = trust_moves(s, Cause::Decision)
        .iter()
        .filter(|(_, _, d)| *d < 0.0)
        .map(|(_, _, d)| -d)
        .sum();
    (reported, taken)
}

#[test]
fn a_change_asked_early_and_openly_costs_less_trust_than_one_asked_late() {
    let ask = |week: u32, update: bool| {
        play(&[], &[], &[], move |w, s| {
            if w == week {
                if update {
                    s.apply(Action::ClientUpdate).unwrap();
                }
                s.apply(Action::RequestMoreTime(2)).unwrap();
            }
        })
    };
    let (early_open, early) = (change_cost(&ask(1, true)), change_cost(&ask(1, false)));
    let (late_open, late) = (change_cost(&ask(6, true)), change_cost(&ask(6, false)));
    // change_trust 4 + 1.5 per week already run; an update the same week halves it.
    assert_eq!(early_open.0, 2.0);
    assert_eq!(early.0, 4.0);
    assert_eq!(late_open.0, 5.75);
    assert_eq!(late.0, 11.5);
    // No deadline was promised, so it touches both stakeholders.
    assert_eq!(early_open.1, 4.0);
    assert_eq!(late.1, 23.0);
    assert!(early_open.1 < early.1 && early.1 < late.1 && late_open.1 < late.1);
}

#[test]
fn a_promise_left_out_of_the_pid_comes_back_as_a_surprise_at_the_first_review() {
    let s = dynamics();
    let p = promise("pr_training");
    let mult = s.delivery.model.surprise_multiplier;
    let included = play(&["x_yes"], &[], &[], nothing);
    let left_out = play(&["x_yes"], &["pr_training"], &[], nothing);

    assert_eq!(planned(&included, WorkKind::Extra(p)), Some(8.0));
    assert!(work_added(&included, Cause::Promise(p)).is_empty());
    assert!(trust_moves(&included, Cause::Promise(p)).is_empty());

    assert_eq!(planned(&left_out, WorkKind::Extra(p)), None);
    let review = s.delivery.review_every;
    assert_eq!(
        work_added(&left_out, Cause::Promise(p)),
        vec![(review, 8.0 * mult, true)]
    );
    assert_eq!(
        trust_moves(&left_out, Cause::Promise(p)),
        vec![(review, ALEX, -6.0)]
    );
    assert!(outcome(&left_out).actual_weeks >= outcome(&included).actual_weeks);
    assert!(outcome(&left_out).satisfaction < outcome(&included).satisfaction);

    // A scope promise left out is missing from the plan the same way.
    let r = promise("pr_reports");
    let scope_out = play(&["s_yes"], &["pr_reports"], &[], nothing);
    assert_eq!(planned(&scope_out, WorkKind::Scope(ScopeId(1))), None);
    assert_eq!(
        work_added(&scope_out, Cause::Promise(r)),
        vec![(review, 20.0 * mult, true)]
    );
}

#[test]
fn an_unfound_hidden_need_surfaces_as_a_surprise_and_a_found_one_is_planned() {
    let s = dynamics();
    let f = fact("legacy_feed");
    let need = s.facts[f.ix()].need.unwrap();
    let mult = s.delivery.model.surprise_multiplier;
    let unfound = play(&[], &[], &[], nothing);
    let found = play(&["n_ask"], &[], &[], nothing);
    let found_not_written = play(&["n_ask"], &["legacy_feed"], &[], nothing);
    let noticed = play(&[], &[], &[Role::SeniorDesigner], nothing);

    let surprise = vec![(need.surfaces_week, need.effort_days * mult, true)];
    assert_eq!(work_added(&unfound, Cause::HiddenNeed(f)), surprise);
    assert_eq!(
        trust_moves(&unfound, Cause::HiddenNeed(f)),
        vec![(need.surfaces_week, BEA, -need.surprise_trust)]
    );
    // Found but never written down: delivery still meets it as a surprise.
    assert_eq!(
        work_added(&found_not_written, Cause::HiddenNeed(f)),
        surprise
    );

    for planned_run in [&found, &noticed] {
        assert!(planned_run.state().sales.known[f.ix()]);
        assert_eq!(
            planned(planned_run, WorkKind::Need(f)),
            Some(need.effort_days)
        );
        assert!(work_added(planned_run, Cause::HiddenNeed(f)).is_empty());
        assert!(trust_moves(planned_run, Cause::HiddenNeed(f)).is_empty());
    }
    assert!(outcome(&unfound).actual_weeks >= outcome(&found).actual_weeks);
    let debrief = unfound.debrief(false).unwrap();
    let trace = debrief.needs.iter().find(|n| n.fact == f).unwrap();
    assert_eq!(trace.surfaced, Some(need.surfaces_week));
    assert!(!trace.found);
}

/// The session after the first answer of discovery (the seller alone).
fn first_answer(key: &str) -> Session {
    let s = dynamics();
    let mut session = Session::new(s.clone(), 1);
    session.apply(Action::Invite(vec![])).unwrap();
    session
        .apply(Action::Choose(s.answer_by_key(key).unwrap()))
        .unwrap();
    session
}

fn verdicts(s: &Session) -> Vec<PaceVerdict> {
    s.log()
        .iter()
        .filter_map(|e| match e {
            Event::Paced { verdict, .. } => Some(*verdict),
            _ => None,
        })
        .collect()
}

#[test]
fn pacing_too_deep_and_too_shallow_cost_trust_and_a_match_gains_it() {
    let s = dynamics();
    let patience = s.client.patience;
    let growth = s.stakeholders[0].readiness_growth;
    let start = s.stakeholders[0].readiness;
    let matched = first_answer("p_match");
    let shallow = first_answer("p_shallow");
    let deep = first_answer("p_deep");

    assert_eq!(verdicts(&matched), vec![PaceVerdict::Matched; 2]);
    assert_eq!(verdicts(&shallow), vec![PaceVerdict::TooShallow; 2]);
    assert_eq!(verdicts(&deep), vec![PaceVerdict::TooDeep; 2]);
    // Readiness 3, tolerance 0.5: depth 5 is 1.5 levels over (2 counted) → −6 trust each level.
    assert_eq!(deep.state().sales.trust, vec![38.0, 38.0]);
    // Depth 1 is 0.5 under readiness − 1.5 (1 counted) → −4.
    assert_eq!(shallow.state().sales.trust, vec![46.0, 46.0]);
    assert_eq!(matched.state().sales.trust, vec![52.0, 52.0]);
    // Patience: one per beat, plus one per level too deep, once for the room.
    assert_eq!(matched.state().sales.patience, patience - 1);
    assert_eq!(shallow.state().sales.patience, patience - 1);
    assert_eq!(deep.state().sales.patience, patience - 3);
    assert!(matched.state().sales.pacing[0].matched());
    assert!(!deep.state().sales.pacing[0].matched());

    // Readiness grows with trust: more after the answer that built trust.
    let r = |x: &Session| x.state().sales.readiness[0];
    assert_eq!(r(&matched), start + growth * 0.52);
    assert_eq!(r(&shallow), start + growth * 0.46);
    assert_eq!(r(&deep), start + growth * 0.38);
    assert!(r(&matched) > r(&shallow) && r(&shallow) > r(&deep));
}

#[test]
fn the_client_walks_away_below_the_trust_floor_and_signs_by_the_threshold() {
    let s = dynamics();
    let floor = s.sales.walk_away_trust;
    let at_floor = sell(&s, 1, &[], &["m_ten"]);
    let below = {
        let mut x = Session::new(s.clone(), 1);
        x.apply(Action::Invite(vec![])).unwrap();
        x.apply(Action::Choose(s.answer_by_key("p_match").unwrap()))
            .unwrap();
        x.apply(Action::Choose(s.answer_by_key("m_nine").unwrap()))
            .unwrap();
        x
    };
    assert_eq!(below.state().sales.trust[ALEX.ix()], floor - 1.0);
    assert!(below.is_over());
    assert!(below.log().contains(&Event::ClientWalkedAway {
        stakeholder: Some(ALEX)
    }));
    assert!(!outcome(&below).won);
    assert!(outcome(&below).promises.is_empty());
    // Exactly at the floor the client stays and the sale goes on to the decision.
    assert!(
        at_floor
            .log()
            .iter()
            .all(|e| !matches!(e, Event::ClientWalkedAway { .. }))
    );
    assert!(at_floor.state().sales.deal.is_some());

    // The decision: Σ weight × (trust/100 + value) against the threshold.
    let signed = sell(&s, 1, &[], &[]);
    let cold = sell(&s, 1, &[], &["g_cold"]);
    for (x, expect) in [(&signed, true), (&cold, false)] {
        let deal = x.state().sales.deal.clone().unwrap();
        let trust = &x.state().sales.trust;
        let score: f32 = s
            .stakeholders
            .iter()
            .zip(trust)
            .map(|(k, t)| k.weight * t / 100.0)
            .sum();
        assert!((deal.score - score).abs() < 1e-6, "{deal:?} vs {score}");
        assert_eq!(deal.threshold, s.sales.decision.threshold);
        assert_eq!(deal.signed, expect, "{deal:?}");
        assert_eq!(deal.signed, deal.score >= deal.threshold);
        assert!(trust.iter().all(|t| *t >= floor), "no walk-away: {trust:?}");
    }
    assert_eq!(signed.phase(), Phase::Handoff);
    assert!(cold.is_over() && !outcome(&cold).won);
    // A promise that speaks to a concern adds value_per_promise for everyone who cares, plus the
    // same again for the one it was made to.
    let promised = sell(&s, 1, &[], &["g_cold", "d_six"]);
    let with = promised.state().sales.deal.clone().unwrap();
    let v = s.sales.decision.value_per_promise;
    let trust_part: f32 = s
        .stakeholders
        .iter()
        .zip(&promised.state().sales.trust)
        .map(|(k, t)| k.weight * t / 100.0)
        .sum();
    assert!((with.score - (trust_part + s.stakeholders[0].weight * 2.0 * v)).abs() < 1e-6);
}

// ---- B. determinism -------------------------------------------------------------------------

/// Plays to the end picking `legal_actions()[rng % len]` each step.
fn random_play(s: &Arc<Scenario>, seed: u64, policy: u64) -> Session {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(policy);
    let mut session = Session::new(s.clone(), seed);
    let mut steps = 0;
    while !session.is_over() {
        // Walking away ends the sale at once; random play, like the random policy, plays on.
        let mut legal = session.legal_actions();
        legal.retain(|a| *a != Action::WalkAway);
        let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
        session.apply(pick).unwrap();
        steps += 1;
        assert!(steps < MAX_STEPS, "seed {seed} policy {policy}: no end");
    }
    session
}

/// As [`random_play`], keeping the state before each action and at the end (`states[k]` is the
/// state after `k` actions).
fn random_play_recording(
    s: &Arc<Scenario>,
    seed: u64,
    policy: u64,
) -> (Session, Vec<overpromise::engine::State>) {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(policy);
    let mut session = Session::new(s.clone(), seed);
    let mut states = vec![session.state().clone()];
    while !session.is_over() {
        let legal = session.legal_actions();
        let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
        session.apply(pick).unwrap();
        states.push(session.state().clone());
        assert!(
            states.len() < MAX_STEPS,
            "seed {seed} policy {policy}: no end"
        );
    }
    (session, states)
}

/// More actions than any playthrough can need: meetings are finite, a week takes at most
/// MAX_ACTIONS_PER_WEEK + 1 and the handoff ends with probability 1 long before this.
const MAX_STEPS: usize = 100_000;

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

#[test]
fn same_seed_and_actions_give_the_same_log_and_outcome() {
    for s in [dynamics(), level("01_first_client")] {
        for i in 0..150u64 {
            let (first, states) = random_play_recording(&s, i % 7, i);
            let again = Session::replay(s.clone(), i % 7, first.actions()).unwrap();
            assert_eq!(json(&first.log()), json(&again.log()), "seed {i}");
            assert_eq!(
                json(first.outcome().unwrap()),
                json(again.outcome().unwrap())
            );
            assert_eq!(first.state(), again.state());
            assert_eq!(json(first.state()), json(again.state()));
            // Replaying part of it gives the state the original session had at that point.
            let half = first.actions().len() / 2;
            let part = Session::replay(s.clone(), i % 7, &first.actions()[..half]).unwrap();
            assert_eq!(
                part.state(),
                &states[half],
                "seed {i}, after {half} actions"
            );
            assert_eq!(part.log(), &first.log()[..part.log().len()], "seed {i}");
        }
    }
}

#[test]
fn a_different_seed_changes_only_chance() {
    // The server event fires by chance; with enough seeds both outcomes occur.
    // Runs that saw the same chance events end identically; the seed reaches nothing else.
    let s = dynamics();
    let mut by_events: BTreeMap<Vec<String>, (u32, i64)> = BTreeMap::new();
    for seed in 0..40 {
        let mut x = sell(&s, seed, &[], &[]);
        handoff(&mut x, &[]);
        deliver(&mut x, nothing);
        let fired: Vec<String> = x
            .log()
            .iter()
            .filter(|e| matches!(e, Event::ScenarioEvent(_)))
            .map(|e| format!("{e:?}"))
            .collect();
        let o = outcome(&x);
        let result = (o.actual_weeks, (o.delivery_cost * 100.0) as i64);
        let seen = by_events.entry(fired).or_insert(result);
        assert_eq!(*seen, result, "seed {seed}");
    }
    assert!(
        by_events.len() > 1,
        "the chance event never changed anything"
    );
}

/// Regression guard. These numbers were recorded once from a run of the fixture with this seed
/// and these actions. They must never change unless the rules or the fixture change on purpose:
/// the engine draws chance only from a portable Xoshiro256++ stream seeded per week, and nothing
/// that reaches a result iterates a hash map, so the same inputs give bit-identical floats on
/// every platform and every run. If a deliberate rule change moves them, re-record them and say
/// so in the commit.
#[test]
fn golden_outcome_for_a_fixed_seed_and_actions() {
    let s = dynamics();
    let mut x = sell(
        &s,
        2024,
        &[Role::SeniorDesigner],
        &["s_yes", "c_yes", "x_yes", "d_six"],
    );
    handoff(&mut x, &["pr_training"]);
    deliver(&mut x, |w, x| match w {
        1 => {
            x.apply(Action::SetQualityShare(20)).unwrap();
        }
        3 => {
            x.apply(Action::SetOvertime(true)).unwrap();
        }
        5 => {
            x.apply(Action::SetOvertime(false)).unwrap();
            x.apply(Action::ClientUpdate).unwrap();
            x.apply(Action::RequestMoreTime(2)).unwrap();
        }
        6 => {
            x.apply(Action::Hire(CONTRACTOR)).unwrap();
        }
        _ => {}
    });
    let o = outcome(&x);
    let got = (
        o.actual_weeks,
        o.agreed_weeks,
        o.weeks_late,
        o.price,
        o.delivery_cost,
        o.margin,
        o.satisfaction,
        o.morale,
        o.renewal_chance,
        o.escaped_defects,
        o.score,
    );
    assert_eq!(got, GOLDEN);
}

const GOLDEN: (u32, u32, u32, f32, f32, f32, f32, f32, f32, f32, f32) = (
    13, 8, 5, 62000.0, 100900.0, -46846.027, 46.060173, 73.75, 0.17658556, 1.9398271, 32.493748,
);

// ---- C. invariants over random play of every shipped level ---------------------------------

fn approx(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1.0)
}

/// Delivery cost rebuilt from the log: each week's run rate (with the overtime premium in
/// overtime weeks), plus every cost incurred outside it (scenario events, the account manager).
fn delivery_cost_from_log(s: &Scenario, log: &[Event]) -> f64 {
    let people = &s.delivery.people;
    let premium = s.delivery.model.overtime_premium as f64;
    let mut rate: f64 = people[..s.delivery.team_size]
        .iter()
        .map(|p| p.weekly_cost as f64)
        .sum();
    let (mut overtime, mut total) = (false, 0.0);
    for e in log {
        match e {
            Event::Hired(p) => rate += people[p.ix()].weekly_cost as f64,
            Event::OvertimeSet(on) => overtime = *on,
            Event::WeekEnded { .. } => total += rate * if overtime { 1.0 + premium } else { 1.0 },
            Event::CostIncurred { amount, .. } => total += *amount as f64,
            _ => {}
        }
    }
    total
}

/// Every invariant a finished session must keep; the error says which one broke.
fn check_finished(s: &Scenario, session: &Session) -> Result<(), String> {
    let state = session.state();
    let o = session.outcome().ok_or("over without an outcome")?;
    let in_range = |what: &str, v: f32, lo: f32, hi: f32| {
        if (lo..=hi).contains(&v) {
            Ok(())
        } else {
            Err(format!("{what} {v} outside {lo}..={hi}"))
        }
    };
    for &t in &state.sales.trust {
        in_range("sales trust", t, 0.0, 100.0)?;
    }
    for &r in &state.sales.readiness {
        in_range("readiness", r, 1.0, 5.0)?;
    }
    in_range("satisfaction", o.satisfaction, 0.0, 100.0)?;
    for &x in &o.stakeholder_satisfaction {
        in_range("stakeholder satisfaction", x, 0.0, 100.0)?;
    }
    in_range("renewal", o.renewal_chance, 0.0, 1.0)?;
    in_range("morale", o.morale, 0.0, 100.0)?;
    if state.sales.patience < 0 {
        return Err(format!("patience {}", state.sales.patience));
    }
    let presales: f64 = session
        .log()
        .iter()
        .map(|e| match e {
            Event::MeetingStarted { presales_cost, .. } => *presales_cost as f64,
            _ => 0.0,
        })
        .sum();
    if !approx(o.presales_cost as f64, presales, 1e-4) {
        return Err(format!("presales {} vs {presales}", o.presales_cost));
    }
    // Dropped scope is refunded: the outcome's refund is what the log says was paid back.
    let refunded: f64 = session
        .log()
        .iter()
        .map(|e| match e {
            Event::Refunded { amount, .. } => *amount as f64,
            _ => 0.0,
        })
        .sum();
    if !approx(o.refund as f64, refunded, 1e-4) {
        return Err(format!("refund {} vs {refunded}", o.refund));
    }
    let margin = o.price as f64
        - o.refund as f64
        - o.delivery_cost as f64
        - o.presales_cost as f64
        - o.late_penalty as f64
        - o.warranty_cost as f64;
    if !approx(o.margin as f64, margin, 1e-2) {
        return Err(format!("margin {} vs {margin}", o.margin));
    }
    if o.scope_delivered > o.scope_sold {
        return Err(format!(
            "delivered {} of {} items",
            o.scope_delivered, o.scope_sold
        ));
    }
    // Every promise in the ledger has exactly one verdict, and the log agrees with it.
    if o.promises.len() != state.ledger.len() {
        return Err(format!(
            "{} verdicts for {} promises",
            o.promises.len(),
            state.ledger.len()
        ));
    }
    let mut judged: BTreeMap<PromiseId, usize> = BTreeMap::new();
    for e in session.log() {
        if let Event::PromiseKept(p) | Event::PromiseBroken { promise: p, .. } = e {
            *judged.entry(*p).or_default() += 1;
        }
    }
    for entry in &state.ledger {
        let p = entry.promise;
        let n = o.promises.iter().filter(|(q, _)| *q == p).count();
        if n != 1 {
            return Err(format!("promise {p:?} has {n} verdicts"));
        }
        let verdict = o.promises.iter().find(|(q, _)| *q == p).unwrap().1;
        let events = judged.get(&p).copied().unwrap_or(0);
        let expected = usize::from(matches!(verdict, Verdict::Kept | Verdict::Broken(_)));
        if events != expected {
            return Err(format!(
                "promise {p:?}: {verdict:?} but {events} verdict events"
            ));
        }
        if !o.won && verdict != Verdict::Moot {
            return Err(format!("lost deal, promise {p:?} judged {verdict:?}"));
        }
    }
    let Some(d) = &state.delivery else {
        return if o.won {
            Err("won without delivery".into())
        } else {
            Ok(())
        };
    };
    for &t in &d.trust {
        in_range("delivery trust", t, 0.0, 100.0)?;
    }
    for m in &d.members {
        in_range("member morale", m.morale, 0.0, 100.0)?;
    }
    if d.weeks_done > s.delivery.max_weeks || d.history.len() != d.weeks_done as usize {
        return Err(format!(
            "week {} of {}, {} records",
            d.weeks_done,
            s.delivery.max_weeks,
            d.history.len()
        ));
    }
    let rebuilt = delivery_cost_from_log(s, session.log());
    if !approx(o.delivery_cost as f64, rebuilt, 1e-4) {
        return Err(format!(
            "delivery cost {} vs {rebuilt} from the log",
            o.delivery_cost
        ));
    }
    if d.history.last().map(|h| h.cost) != Some(o.delivery_cost) {
        return Err("the last week's cost is not the delivery cost".into());
    }
    if o.completed != (d.remaining() <= 1e-3) || o.actual_weeks != d.weeks_done {
        return Err("completion or weeks disagree with the delivery state".into());
    }
    Ok(())
}

/// Actions to try where they are not legal: each must be refused and leave the session as it was.
fn illegal_probes(session: &Session) -> Vec<Action> {
    let quality = session
        .state()
        .delivery
        .as_ref()
        .map_or(10, |d| d.quality_share);
    let legal = session.legal_actions();
    [
        Action::Choose(AnswerId(u16::MAX)),
        Action::Hire(PersonId(u16::MAX)),
        Action::RequestDescope(ScopeId(u16::MAX)),
        Action::SetInPid(PidItem::Fact(FactId(u16::MAX)), true),
        Action::Choose(AnswerId(0)),
        Action::Invite(vec![Role::Seller, Role::Seller]),
        Action::SubmitPid,
        Action::EndWeek,
        Action::SetQualityShare(55),
        Action::SetQualityShare(quality),
        Action::RequestMoreTime(3),
        Action::Hire(PersonId(0)),
    ]
    .into_iter()
    .filter(|a| !legal.contains(a))
    .collect()
}

fn probe_illegal(session: &mut Session) -> Result<(), String> {
    for bad in illegal_probes(session) {
        let before = session.state().clone();
        let (log, actions) = (session.log().len(), session.actions().len());
        if session.apply(bad.clone()).is_ok() {
            return Err(format!("{bad:?} accepted in {:?}", session.phase()));
        }
        if session.state() != &before
            || session.log().len() != log
            || session.actions().len() != actions
        {
            return Err(format!("refused {bad:?} changed the session"));
        }
    }
    Ok(())
}

fn every_legal_action_is_accepted(session: &Session) -> Result<(), String> {
    for a in session.legal_actions() {
        let mut copy = session.clone();
        copy.apply(a.clone())
            .map_err(|e| format!("legal {a:?} refused: {e}"))?;
    }
    Ok(())
}

/// How thoroughly one random playthrough is checked at each step.
#[derive(Clone, Copy)]
struct Depth {
    /// Try every legal action on a copy at every step.
    all_legal: bool,
    /// Try the illegal probes at every step (else only at phase changes).
    illegal_every_step: bool,
}

/// One random playthrough with the invariants checked along the way and at the end.
fn checked_play(
    s: &Arc<Scenario>,
    seed: u64,
    picks: impl FnMut(&[Action]) -> usize,
    depth: Depth,
) -> Result<Session, String> {
    let mut picks = picks;
    let mut session = Session::new(s.clone(), seed);
    let mut steps = 0;
    let mut phase = None;
    while !session.is_over() {
        let legal = session.legal_actions();
        if legal.is_empty() {
            return Err(format!("stuck in {:?} with nothing legal", session.phase()));
        }
        let changed = phase != Some(std::mem::discriminant(&session.phase()));
        if depth.illegal_every_step || changed {
            probe_illegal(&mut session)?;
        }
        if depth.all_legal || changed {
            every_legal_action_is_accepted(&session)?;
        }
        phase = Some(std::mem::discriminant(&session.phase()));
        let pick = legal[picks(&legal) % legal.len()].clone();
        session
            .apply(pick.clone())
            .map_err(|e| format!("legal {pick:?} refused: {e}"))?;
        for &t in &session.state().sales.trust {
            if !(0.0..=100.0).contains(&t) {
                return Err(format!("trust {t} after {pick:?}"));
            }
        }
        steps += 1;
        if steps >= MAX_STEPS {
            return Err("no end".into());
        }
    }
    probe_illegal(&mut session)?;
    check_finished(s, &session)?;
    Ok(session)
}

const RUNS_PER_LEVEL: u64 = 10_000;

/// One checked random playthrough of the invariant test: its outcome's (won, weeks), or why not.
fn invariant_run(s: &Arc<Scenario>, run: u64) -> Result<(bool, u32), String> {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(run ^ 0x5EED);
    // Every run is checked at each phase change; some at every step, a few exhaustively.
    let depth = Depth {
        all_legal: run.is_multiple_of(200),
        illegal_every_step: run.is_multiple_of(50),
    };
    let seed = run % 97;
    let picks = move |_: &[Action]| rng.next_u64() as usize;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        checked_play(s, seed, picks, depth)
    }));
    match result {
        Ok(Ok(session)) => {
            let o = session.outcome().unwrap();
            Ok((o.won, o.actual_weeks))
        }
        Ok(Err(why)) => Err(format!("run {run} (seed {seed}): {why}")),
        Err(_) => Err(format!("run {run} (seed {seed}) panicked")),
    }
}

#[test]
fn ten_thousand_random_playthroughs_per_level_keep_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
    let files = scenario::scenario_files(&dir).expect("levels/ is readable");
    assert!(!files.is_empty(), "no levels in {}", dir.display());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    for path in files {
        // A shipped level that does not load fails here too: a run over zero levels proves nothing.
        let s = Arc::new(
            scenario::load_file(&path)
                .unwrap_or_else(|e| panic!("{} does not load: {e}", path.display())),
        );
        let started = Instant::now();
        let results: Vec<Result<(u64, u64), String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|w| {
                    let s = &s;
                    scope.spawn(move || {
                        let (mut won, mut weeks) = (0, 0);
                        for run in (w..RUNS_PER_LEVEL).step_by(workers as usize) {
                            let (w, k) = invariant_run(s, run)?;
                            won += u64::from(w);
                            weeks += u64::from(k);
                        }
                        Ok((won, weeks))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let (mut won, mut weeks) = (0, 0);
        for r in results {
            let (w, k) = r.unwrap_or_else(|why| panic!("{}: {why}", path.display()));
            won += w;
            weeks += k;
        }
        eprintln!(
            "{}: {RUNS_PER_LEVEL} random playthroughs in {:.1?} on {workers} threads, {won} won, \
             {:.1} delivery weeks on average",
            path.display(),
            started.elapsed(),
            weeks as f64 / won.max(1) as f64
        );
    }
}

// ---- D. property test on the dynamics fixture ----------------------------------------------

/// The fixture's answers that end the sale on purpose (walk-away and refusal tests).
const LOSING: [&str; 3] = ["m_ten", "m_nine", "g_cold"];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_action_indices_never_panic_and_keep_the_invariants(
        seed in any::<u64>(),
        may_lose in proptest::bool::weighted(0.15),
        picks in proptest::collection::vec(any::<u16>(), 0..300),
    ) {
        let s = dynamics();
        let mut i = 0;
        let next = move |legal: &[Action]| {
            // Mostly steer clear of the answers that end the sale, so delivery gets played.
            let open: Vec<usize> = (0..legal.len())
                .filter(|&k| {
                    may_lose
                        || !matches!(&legal[k], Action::Choose(c) if LOSING.contains(&s.answers[c.ix()].key.as_str()))
                })
                .collect();
            i += 1;
            match picks.get(i - 1) {
                Some(p) => open[*p as usize % open.len()],
                // When the list runs out, move on: hand over, end the week, else the first answer.
                None => legal
                    .iter()
                    .position(|a| matches!(a, Action::SubmitPid | Action::EndWeek))
                    .unwrap_or(0),
            }
        };
        let depth = Depth { all_legal: true, illegal_every_step: true };
        let result = checked_play(&dynamics(), seed, next, depth);
        prop_assert!(result.is_ok(), "{}", result.err().unwrap_or_default());
    }
}

// ---- E. what-if ----------------------------------------------------------------------------

#[test]
fn what_if_of_a_no_op_edit_equals_the_actual_outcome() {
    for s in [dynamics(), level("01_first_client")] {
        let mut checked = 0;
        for i in 0..200u64 {
            let x = random_play(&s, i, i + 1000);
            if !outcome(&x).won {
                continue;
            }
            for entry in &x.state().ledger {
                let p = entry.promise;
                let current = x.state().pid.contains(&PidItem::Promise(p));
                let w = x.what_if(PromiseEdit::Handoff(p, current)).unwrap();
                assert_eq!(&w.outcome, outcome(&x), "run {i}, {p:?}");
                assert_eq!(w.delta.weeks, 0);
                assert_eq!(w.delta.margin, 0.0);
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} promises checked in {}", s.id);
    }
}

#[test]
fn dropping_a_promise_that_caused_surprise_work_never_makes_delivery_longer() {
    let x = play(&["x_yes"], &["pr_training"], &[], nothing);
    let p = promise("pr_training");
    let w = x.what_if(PromiseEdit::Drop(p)).unwrap();
    assert!(w.delta.weeks <= 0, "{:?}", w.delta);
    assert!(w.delta.satisfaction > 0.0, "{:?}", w.delta);
    // Writing it into the PID instead turns the surprise back into planned work.
    let h = x.what_if(PromiseEdit::Handoff(p, true)).unwrap();
    assert!(h.delta.weeks <= 0 && h.delta.margin >= 0.0, "{:?}", h.delta);

    // The same over random play: any promise that brought surprise work.
    for s in [dynamics(), level("01_first_client")] {
        let mut checked = 0;
        for i in 0..200u64 {
            let x = random_play(&s, i, i + 5000);
            if !outcome(&x).won {
                continue;
            }
            for entry in &x.state().ledger {
                let p = entry.promise;
                if work_added(&x, Cause::Promise(p))
                    .iter()
                    .any(|(_, _, surprise)| *surprise)
                {
                    let w = x.what_if(PromiseEdit::Drop(p)).unwrap();
                    assert!(w.delta.weeks <= 0, "run {i}, {p:?}: {:?}", w.delta);
                    checked += 1;
                }
            }
        }
        assert!(checked > 20, "only {checked} promises checked in {}", s.id);
    }
}

// ---- F. the engine answers what the screens ask ------------------------------------------

/// A session of the fixture at the start of delivery, everything in the document.
fn delivering() -> Session {
    let s = dynamics();
    let mut x = sell(&s, s.default_seed, &[], &["s_yes"]);
    handoff(&mut x, &[]);
    x
}

#[test]
fn a_refused_action_says_why_as_data_and_apply_gives_the_same_reason() {
    use overpromise::engine::delivery::{MAX_QUALITY_SHARE, MAX_TIME_REQUESTS};
    use overpromise::engine::{ActionError, MAX_ACTIONS_PER_WEEK, Refusal};
    let mut x = delivering();
    let refused = |x: &mut Session, a: Action| -> Refusal {
        let why = x.refusal(&a).unwrap_or_else(|| panic!("{a:?} is legal"));
        assert!(!x.is_legal(&a));
        let before = x.state().clone();
        match x.apply(a) {
            Err(ActionError::NotNow { refusal, .. }) => assert_eq!(refusal, why),
            other => panic!("{other:?}"),
        }
        assert_eq!(x.state(), &before, "a refused action changed the session");
        why
    };
    assert_eq!(
        refused(&mut x, Action::SubmitPid),
        Refusal::WrongPhase(Phase::Delivery)
    );
    assert_eq!(
        refused(&mut x, Action::SetOvertime(false)),
        Refusal::OvertimeAlready(false)
    );
    assert_eq!(
        refused(&mut x, Action::SetQualityShare(15)),
        Refusal::QualityNotOffered(15)
    );
    x.apply(Action::SetQualityShare(MAX_QUALITY_SHARE)).unwrap();
    assert_eq!(
        refused(&mut x, Action::SetQualityShare(MAX_QUALITY_SHARE)),
        Refusal::QualityUnchanged(MAX_QUALITY_SHARE)
    );
    assert_eq!(
        refused(&mut x, Action::Hire(PersonId(0))),
        Refusal::NotForHire(PersonId(0))
    );
    x.apply(Action::Hire(CONTRACTOR)).unwrap();
    assert_eq!(
        refused(&mut x, Action::Hire(CONTRACTOR)),
        Refusal::AlreadyHired(CONTRACTOR)
    );
    assert_eq!(
        refused(&mut x, Action::RequestMoreTime(3)),
        Refusal::WeeksNotOffered(3)
    );
    x.apply(Action::RequestMoreTime(2)).unwrap();
    assert_eq!(
        refused(&mut x, Action::RequestMoreTime(2)),
        Refusal::OneChangeAWeek
    );
    assert_eq!(
        refused(&mut x, Action::RequestDescope(ScopeId(1))),
        Refusal::OneChangeAWeek
    );
    x.apply(Action::ClientUpdate).unwrap();
    assert_eq!(
        refused(&mut x, Action::ClientUpdate),
        Refusal::UpdateAlreadyPlanned
    );
    x.apply(Action::InviteAccountManager).unwrap();
    assert_eq!(
        refused(&mut x, Action::InviteAccountManager),
        Refusal::AccountManagerAlreadyIn
    );
    x.apply(Action::EndWeek).unwrap();
    for _ in 1..MAX_TIME_REQUESTS {
        x.apply(Action::RequestMoreTime(2)).unwrap();
        x.apply(Action::EndWeek).unwrap();
    }
    assert_eq!(
        refused(&mut x, Action::RequestMoreTime(4)),
        Refusal::NoTimeRequestsLeft(MAX_TIME_REQUESTS)
    );
    // A week takes so many decisions, then only ending it.
    let mut on = true;
    while x.state().delivery.as_ref().unwrap().actions_this_week < MAX_ACTIONS_PER_WEEK {
        x.apply(Action::SetOvertime(on)).unwrap();
        on = !on;
    }
    assert_eq!(refused(&mut x, Action::SetOvertime(on)), Refusal::WeekFull);
    assert_eq!(x.refusal(&Action::EndWeek), None);
    // The core item cannot be dropped once it is done; one never planned is not in the backlog.
    while !x.is_over() {
        x.apply(Action::EndWeek).unwrap();
    }
    assert_eq!(refused(&mut x, Action::EndWeek), Refusal::SessionOver);
}

#[test]
fn descoping_is_refused_for_an_item_not_planned_dropped_or_done() {
    use overpromise::engine::Refusal;
    let s = dynamics();
    // Reports not sold: not in the backlog.
    let mut x = sell(&s, s.default_seed, &[], &[]);
    handoff(&mut x, &[]);
    assert_eq!(
        x.refusal(&Action::RequestDescope(ScopeId(1))),
        Some(Refusal::NotInBacklog(ScopeId(1)))
    );
    // Sold and planned, then dropped by agreement (trust is high enough at the start).
    let mut x = delivering();
    assert_eq!(x.refusal(&Action::RequestDescope(ScopeId(1))), None);
    x.apply(Action::RequestDescope(ScopeId(1))).unwrap();
    x.apply(Action::EndWeek).unwrap();
    assert_eq!(
        x.refusal(&Action::RequestDescope(ScopeId(1))),
        Some(Refusal::AlreadyDropped(ScopeId(1)))
    );
    // The core item, once done.
    while !x.is_over()
        && x.state()
            .delivery
            .as_ref()
            .unwrap()
            .backlog
            .iter()
            .any(|w| w.kind == WorkKind::Scope(ScopeId(0)) && w.finished_week.is_none())
    {
        x.apply(Action::EndWeek).unwrap();
    }
    if !x.is_over() {
        assert_eq!(
            x.refusal(&Action::RequestDescope(ScopeId(0))),
            Some(Refusal::AlreadyFinished(ScopeId(0)))
        );
    }
}

#[test]
fn the_engine_predicts_a_weeks_capacity_and_each_newcomers_ramp() {
    let s = dynamics();
    let m = &s.delivery.model;
    let mut x = delivering();
    assert_eq!(x.ramp(PersonId(0)), Some(1.0));
    assert_eq!(x.ramp(CONTRACTOR), None, "not on the team");
    x.apply(Action::Hire(CONTRACTOR)).unwrap();
    for k in 0..6 {
        let expected =
            (m.ramp_start + (1.0 - m.ramp_start) * k as f32 / m.ramp_weeks as f32).min(1.0);
        let ramp = x.ramp(CONTRACTOR).unwrap();
        assert!((ramp - expected).abs() < 1e-6, "week {}: {ramp}", k + 1);
        assert!(x.productivity(CONTRACTOR).unwrap() <= ramp);
        // No overtime, no update, no capacity events in the fixture: the prediction is the week.
        let predicted = x.base_capacity().unwrap();
        x.apply(Action::EndWeek).unwrap();
        let ran = *capacities(&x).last().unwrap();
        assert_eq!(predicted, ran, "week {}", k + 1);
    }
    // Fatigue: the slowdown the engine reports is the one it applies, capped.
    let mut x = delivering();
    x.apply(Action::SetOvertime(true)).unwrap();
    for _ in 0..8 {
        x.apply(Action::EndWeek).unwrap();
        if x.is_over() {
            break;
        }
        let f = x.state().delivery.as_ref().unwrap().fatigue;
        let slow = x.fatigue_slowdown().unwrap();
        // A rested team carries one overtime week's fatigue without slowing down.
        let felt = (f - overpromise::engine::delivery::FRESH_OVERTIME_WEEKS as f32
            * overpromise::engine::delivery::FATIGUE_PER_WEEK)
            .max(0.0);
        let expected = (m.fatigue_productivity * felt)
            .min(1.0 - overpromise::engine::delivery::MIN_FATIGUE_FACTOR);
        assert!((slow - expected).abs() < 1e-6, "fatigue {f}: {slow}");
    }
}

#[test]
fn a_change_outlook_is_what_the_change_request_then_does() {
    let mut x = delivering();
    let ask = ChangeKind::Descope(ScopeId(1));
    let outlook = x.change_outlook(ask).unwrap();
    assert_eq!(outlook.affected, vec![promise("pr_reports")]);
    assert_eq!(outlook.touched, vec![BEA]);
    let events = x.apply(Action::RequestDescope(ScopeId(1))).unwrap();
    assert!(events.contains(&Event::ChangeRequested {
        change: ask,
        accepted: outlook.accepted,
        trust_cost: outlook.trust_cost,
    }));
}

#[test]
fn every_engine_constant_is_named_in_the_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = std::fs::read_to_string(root.join("docs/rules.md")).expect("docs/rules.md");
    let mut files = Vec::new();
    let mut dirs = vec![root.join("src/engine")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("engine sources") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut names = Vec::new();
    let mut missing = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("").trim_start();
            let code = code
                .strip_prefix("pub(crate) ")
                .or_else(|| code.strip_prefix("pub(super) "))
                .or_else(|| code.strip_prefix("pub "))
                .unwrap_or(code);
            let Some(rest) = code.strip_prefix("const ") else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !rules.contains(&format!("`{name}`")) {
                missing.push(format!("{}: {name}", file.display()));
            }
            names.push(name);
        }
    }
    assert!(names.len() >= 20, "found only {names:?}");
    assert!(
        missing.is_empty(),
        "engine constants not named in docs/rules.md:\n{}",
        missing.join("\n")
    );
}

// ---- G. a promise made twice ----------------------------------------------------------------

/// The fixture with each of a scope item, a deadline and a discount promised twice: reports by
/// `s_yes` and again by `x_yes`; six weeks and a 5 % discount by `d_six` and again by `g_sign`.
fn promised_twice() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dynamics.scenario.ron");
        let src = std::fs::read_to_string(path).expect("fixture");
        let mut edits = 0;
        let mut edit = |src: String, from: &str, to: &str| {
            assert!(src.contains(from), "{from}");
            edits += 1;
            src.replacen(from, to, 1)
        };
        let src = edit(
            src,
            r#"kind: Extra(text: "Train the staff", effort_days: 8.0, concern: Quality),
                                    to: "alex",
                                )],"#,
            r#"kind: Extra(text: "Train the staff", effort_days: 8.0, concern: Quality),
                                    to: "alex",
                                ), (id: "pr_reports_again", kind: Scope("reports"), to: "alex")],"#,
        );
        let src = edit(
            src,
            r#"promises: [(id: "pr_six_weeks", kind: Deadline(6), to: "alex")],"#,
            r#"promises: [(id: "pr_six_weeks", kind: Deadline(6), to: "alex"), (id: "pr_discount", kind: Discount(5.0), to: "alex")],"#,
        );
        let src = edit(
            src,
            r#"(id: "g_sign", text: "Let us sign.", depth: 3),"#,
            r#"(id: "g_sign", text: "Let us sign.", depth: 3, promises: [(id: "pr_six_again", kind: Deadline(6), to: "bea"), (id: "pr_discount_again", kind: Discount(5.0), to: "bea")]),"#,
        );
        assert_eq!(edits, 3);
        Arc::new(scenario::parse_str(&src, "promised_twice").unwrap_or_else(|e| panic!("{e}")))
    })
    .clone()
}

#[test]
fn a_promise_made_twice_and_written_down_once_is_planned_and_charged_once() {
    let s = promised_twice();
    let again = ["pr_reports_again", "pr_six_again", "pr_discount_again"];
    let play_twice = |leave_out: &[&str]| {
        let mut x = sell(&s, s.default_seed, &[], &["s_yes", "x_yes", "d_six"]);
        handoff(&mut x, leave_out);
        let d = x.state().delivery.as_ref().unwrap();
        assert_eq!(
            d.team_deadline, 6,
            "the team plans to the date in the document"
        );
        deliver(&mut x, nothing);
        x
    };
    let all_in = play_twice(&[]);
    let once = play_twice(&again);
    for key in again {
        let p = s.promise_by_key(key).unwrap();
        assert!(once.covered_by_pid(p), "{key}");
        // A reminder: no surprise work, no trust lost, and kept like the one in the document.
        assert!(work_added(&once, Cause::Promise(p)).is_empty(), "{key}");
        assert!(trust_moves(&once, Cause::Promise(p)).is_empty(), "{key}");
        assert!(once.log().contains(&Event::PromiseRecalled(p)), "{key}");
        let judged = |x: &Session| -> Vec<Event> {
            x.log()
                .iter()
                .filter(|e| {
                    matches!(e, Event::PromiseKept(q) | Event::PromiseBroken { promise: q, .. } if *q == p)
                })
                .cloned()
                .collect()
        };
        assert_eq!(judged(&once), judged(&all_in), "{key}");
        assert_eq!(judged(&once).len(), 1, "{key}");
    }
    let (a, b) = (outcome(&all_in), outcome(&once));
    assert_eq!(a.actual_weeks, b.actual_weeks);
    assert_eq!(a.margin, b.margin);
    assert_eq!(a.satisfaction, b.satisfaction);

    // Leaving out both promises of the item still brings it back as surprise work.
    let mut x = sell(&s, s.default_seed, &[], &["s_yes", "x_yes"]);
    handoff(&mut x, &["pr_reports", "pr_reports_again"]);
    deliver(&mut x, nothing);
    let surprise: f32 = [
        promise_in(&s, "pr_reports"),
        promise_in(&s, "pr_reports_again"),
    ]
    .iter()
    .flat_map(|p| work_added(&x, Cause::Promise(*p)))
    .map(|(_, days, _)| days)
    .sum();
    assert_eq!(surprise, 20.0 * s.delivery.model.surprise_multiplier);
}

fn promise_in(s: &Scenario, key: &str) -> PromiseId {
    s.promise_by_key(key)
        .unwrap_or_else(|| panic!("no promise {key}"))
}
