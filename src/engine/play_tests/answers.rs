//! E-G. What-if, what the screens ask of the engine, and a promise made twice.

use super::random::random_play;
use super::*;

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
    use crate::engine::delivery::{MAX_QUALITY_SHARE, MAX_TIME_REQUESTS};
    use crate::engine::{ActionError, MAX_ACTIONS_PER_WEEK, Refusal};
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
    use crate::engine::Refusal;
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
        let felt = (f - crate::engine::delivery::FRESH_OVERTIME_WEEKS as f32
            * crate::engine::delivery::FATIGUE_PER_WEEK)
            .max(0.0);
        let expected =
            (m.fatigue_productivity * felt).min(1.0 - crate::engine::delivery::MIN_FATIGUE_FACTOR);
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
    // The rules' constants: not the automatic players' (they play by the rules) nor these tests'.
    let not_rules = [
        root.join("src/engine/policy.rs"),
        root.join("src/engine/play_tests"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("engine sources") {
            let path = entry.expect("entry").path();
            if not_rules.contains(&path) {
                continue;
            } else if path.is_dir() {
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
