//! A. Delivery dynamics: the same sale played twice, one decision apart.

use super::*;

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
    let fresh = crate::engine::delivery::FRESH_OVERTIME_WEEKS as usize;
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
