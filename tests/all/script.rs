//! Scripts and policies: parsing with line:col, resolving ids step by step, errors that name the
//! step, and automatic players that always finish.

use std::path::PathBuf;
use std::sync::Arc;

use crate::common::level;
use overpromise::engine::policy;
use overpromise::engine::script::{
    PossibleNow, Script, Step, StepProblem, StepRefusal, parse_script, possible_now, run_script,
};
use overpromise::engine::view::KeyKind;
use overpromise::engine::{Phase, Session};
use overpromise::scenario::{self, model::Scenario};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn first_client() -> Arc<Scenario> {
    level("01_first_client")
}

/// Every meeting of `s`, in order.
fn meetings(s: &Scenario) -> impl Iterator<Item = scenario::model::MeetingId> {
    (0..s.meetings.len()).map(|i| scenario::model::MeetingId(i as u16))
}

fn script(name: &str) -> Script {
    let path = root().join("tests/scripts").join(name);
    let src = std::fs::read_to_string(&path).unwrap();
    parse_script(&src, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn steps(steps: Vec<Step>) -> Script {
    Script {
        note: String::new(),
        steps,
        ..Script::default()
    }
}

#[test]
fn shipped_scripts_play_to_the_end() {
    let mut played = 0;
    for entry in std::fs::read_dir(root().join("tests/scripts")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        // Every script names its level: `LEVEL.NAME.ron`. One that does not, or whose level is
        // missing, fails instead of being skipped.
        let (level_name, _) = name
            .split_once('.')
            .unwrap_or_else(|| panic!("{name}: a script is named LEVEL.NAME.ron"));
        let level_path = root()
            .join("levels")
            .join(format!("{level_name}.scenario.ron"));
        assert!(
            level_path.exists(),
            "{name}: there is no level {}",
            level_path.display()
        );
        let s = level(level_name);
        let script = script(&name);
        let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
        run_script(&mut session, &script).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(session.is_over(), "{name} does not finish the session");
        played += 1;
    }
    assert!(played > 0);
}

#[test]
fn a_syntax_error_has_line_and_column() {
    let src = "Script(\n  steps: [\n    Choose(\"fc_ask\"),\n    Choose(fc_ask),\n  ],\n)\n";
    let e = parse_script(src, "bad.ron").unwrap_err();
    assert_eq!((e.origin.as_str(), e.line), ("bad.ron", 4), "{e}");
    assert!(e.to_string().starts_with("bad.ron:4:"), "{e}");
}

#[test]
fn an_unknown_field_is_a_syntax_error() {
    let e = parse_script("Script(stpes: [])", "x.ron").unwrap_err();
    assert_eq!(e.line, 1);
}

#[test]
fn an_unknown_answer_names_the_step_and_the_known_ids() {
    let s = first_client();
    let mut session = Session::new(s, 7);
    let script = steps(vec![
        Step::Choose("fc_ask".into()),
        Step::Choose("as_meet".into()),
        Step::Invite(vec![]),
        Step::Choose("dk_wlak".into()),
    ]);
    let e = run_script(&mut session, &script).unwrap_err();
    assert_eq!(e.step, 4);
    assert_eq!(e.written, "Choose(\"dk_wlak\")");
    assert!(
        matches!(&e.problem, StepProblem::UnknownId { what: KeyKind::Answer, id, .. } if id == "dk_wlak")
    );
    let msg = e.to_string();
    assert!(msg.starts_with("step 4 `Choose(\"dk_wlak\")`"), "{msg}");
    assert!(msg.contains("dk_walk"), "{msg}");
}

#[test]
fn an_answer_from_another_beat_says_what_the_beat_offers() {
    let s = first_client();
    let mut session = Session::new(s, 7);
    let script = steps(vec![
        Step::Choose("fc_ask".into()),
        Step::Choose("pr_lines".into()),
    ]);
    let e = run_script(&mut session, &script).unwrap_err();
    assert_eq!(e.step, 2);
    let msg = e.to_string();
    let StepProblem::NotLegal { why, now } = &e.problem else {
        panic!("{msg}")
    };
    assert!(matches!(why, StepRefusal::Refused(_)), "{msg}");
    assert_eq!(
        now.as_ref(),
        &PossibleNow::Beat {
            beat: "ashby".into(),
            meeting: "qualified".into(),
            offered: vec!["as_meet".into(), "as_promise".into()],
        }
    );
    assert!(
        msg.contains(
            "the current beat is `ashby` (meeting `qualified`) offering: as_meet, as_promise"
        ),
        "{msg}"
    );
    // The steps before the failing one stay applied.
    assert_eq!(
        session
            .log()
            .iter()
            .filter(|e| matches!(e, overpromise::engine::Event::Chose(_)))
            .count(),
        1
    );
}

#[test]
fn ending_a_week_during_sales_is_refused_with_the_phase() {
    let mut session = Session::new(first_client(), 7);
    let e = run_script(&mut session, &steps(vec![Step::Finish])).unwrap_err();
    assert_eq!(e.step, 1);
    assert!(e.to_string().contains("first_call"), "{e}");
}

#[test]
fn invitations_are_accepted_in_any_order_and_pid_steps_are_idempotent() {
    let mut session = Session::new(first_client(), 7);
    let script = steps(vec![
        Step::Choose("fc_ask".into()),
        Step::Choose("as_meet".into()),
        Step::Invite(vec![
            overpromise::scenario::model::Role::SeniorDesigner,
            overpromise::scenario::model::Role::ProjectManager,
        ]),
        Step::Choose("dk_walk".into()),
        Step::Choose("pw_scoped".into()),
        Step::Choose("nm_reminders".into()),
        Step::Invite(vec![overpromise::scenario::model::Role::ProjectManager]),
        Step::Choose("pr_lines".into()),
        Step::Choose("tr_plan".into()),
        Step::Choose("gl_nine".into()),
        Step::Choose("rv_hold".into()),
        Step::Choose("sg_recap".into()),
        Step::IncludeAll,
        Step::Include("p_deadline_9".into()),
        Step::Exclude("p_training_plan".into()),
        Step::Exclude("p_training_plan".into()),
    ]);
    run_script(&mut session, &script).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(session.phase(), Phase::Handoff);
    let now = possible_now(&session).to_string();
    assert!(now.contains("p_deadline_9 (in)"), "{now}");
    assert!(now.contains("p_training_plan,") || now.ends_with("p_training_plan ; then SubmitPid"));
    let e = run_script(&mut session, &steps(vec![Step::Include("nope".into())])).unwrap_err();
    assert!(e.to_string().contains("no promise or hidden need"), "{e}");
    run_script(
        &mut session,
        &steps(vec![
            Step::SubmitPid,
            Step::Overtime(false),
            Step::Quality(10),
        ]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let e = run_script(&mut session, &steps(vec![Step::Hire("nobody".into())])).unwrap_err();
    assert!(e.to_string().contains("contractor"), "{e}");
    run_script(&mut session, &steps(vec![Step::EndWeeks(2), Step::Finish]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(session.is_over());
    let e = run_script(&mut session, &steps(vec![Step::EndWeeks(1)])).unwrap_err();
    assert!(e.to_string().contains("delivery has ended"), "{e}");
}

#[test]
fn every_policy_finishes_every_level_deterministically() {
    for file in scenario::scenario_files(&root().join("levels")).unwrap() {
        let s = Arc::new(scenario::load_file(&file).unwrap_or_else(|e| panic!("{e}")));
        for name in policy::NAMES {
            for seed in 0..5 {
                let play = || {
                    let mut session = Session::new(s.clone(), seed);
                    let mut p = policy::by_name(name, seed).unwrap();
                    policy::play(&mut session, p.as_mut());
                    session
                };
                let (a, b) = (play(), play());
                assert!(a.is_over(), "{name} on {}", file.display());
                assert_eq!(a.actions(), b.actions(), "{name} is not deterministic");
            }
        }
    }
}

#[test]
fn the_careful_seller_wins_and_hands_everything_over() {
    let s = first_client();
    // The rival bid takes some deals from the careful seller: play the first seeds until one signs.
    let session = (7..40)
        .map(|seed| {
            let mut session = Session::new(s.clone(), seed);
            policy::play(&mut session, &mut policy::Careful);
            session
        })
        .find(|session| session.outcome().is_some_and(|o| o.won))
        .expect("the careful seller signs on some seed");
    let d = session.debrief(false).unwrap();
    assert!(d.promises.iter().all(|p| p.in_pid));
    assert!(meetings(&s).any(|m| !session.attended(m).is_empty()));
}

#[test]
fn the_greedy_seller_goes_alone_and_leaves_non_scope_promises_out() {
    let s = first_client();
    let mut session = Session::new(s.clone(), 7);
    policy::play(&mut session, &mut policy::GreedySeller);
    assert!(meetings(&s).all(|m| session.attended(m).is_empty()));
    for item in session
        .pid_candidates()
        .iter()
        .filter(|i| session.in_pid(**i))
    {
        if let overpromise::engine::PidItem::Promise(p) = item {
            assert!(matches!(
                s.promises[p.ix()].kind,
                overpromise::scenario::model::PromiseKind::Scope(_)
            ));
        }
    }
}

#[test]
fn unknown_policy_names_are_none() {
    assert!(policy::by_name("reckless", 1).is_none());
    assert!(policy::by_name("random", 1).is_some());
}

#[test]
fn a_refused_delivery_step_says_why_in_the_games_words() {
    use overpromise::engine::Refusal;
    let mut steps_to_handoff = script("01_first_client.careful.ron").steps;
    let submit = steps_to_handoff
        .iter()
        .position(|s| *s == Step::SubmitPid)
        .expect("the careful script hands over");
    steps_to_handoff.truncate(submit + 1);
    steps_to_handoff.extend([Step::MoreTime(2), Step::MoreTime(4)]);
    let mut session = Session::new(first_client(), first_client().default_seed);
    let e = run_script(&mut session, &steps(steps_to_handoff)).unwrap_err();
    assert_eq!(e.step, submit + 3);
    let why = overpromise::wording::refusal::refusal(Refusal::OneChangeAWeek);
    assert!(e.to_string().contains(&why), "{e}");
    assert_eq!(
        session.refusal(&overpromise::engine::Action::RequestMoreTime(4)),
        Some(Refusal::OneChangeAWeek)
    );
}
