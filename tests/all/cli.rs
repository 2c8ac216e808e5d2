//! The command line, run in-process: exit codes, error messages, and reproducible output.

use std::path::PathBuf;

use overpromise::cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn path(rel: &str) -> String {
    root().join(rel).display().to_string()
}

/// Runs the CLI; returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (u8, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["overpromise"];
    all.extend_from_slice(args);
    let code = cli::run(all, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

const LEVEL: &str = "levels/01_first_client.scenario.ron";
const SCRIPT: &str = "tests/scripts/01_first_client.overpromise.ron";

#[test]
fn validate_accepts_the_shipped_levels_and_fixtures() {
    let (code, out, _) = run(&["validate", &path("levels"), &path("tests/fixtures")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok: "), "{out}");
    assert!(out.contains("0 invalid"), "{out}");
}

#[test]
fn validate_lists_every_bad_file_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(root().join(LEVEL)).unwrap();
    std::fs::write(dir.path().join("a_good.scenario.ron"), &good).unwrap();
    std::fs::write(dir.path().join("b_bad.scenario.ron"), "(id: \"x\",").unwrap();
    std::fs::write(
        dir.path().join("c_bad.scenario.ron"),
        good.replace("weight: 0.45", "weight: -1.0"),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a scenario").unwrap();
    let (code, out, _) = run(&["validate", &dir.path().display().to_string()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("a_good.scenario.ron"), "{out}");
    assert!(out.contains("b_bad.scenario.ron:1:"), "{out}");
    assert!(out.contains("c_bad.scenario.ron"), "{out}");
    assert!(!out.contains("notes.txt"), "{out}");
    assert!(out.contains("3 files checked: 1 valid, 2 invalid"), "{out}");
}

#[test]
fn validate_fails_on_the_broken_corpus() {
    let dir = root().join("tests/broken");
    assert!(scenario_count(&dir) >= 30, "the broken corpus is missing");
    let (code, out, _) = run(&["validate", &dir.display().to_string()]);
    assert_eq!(code, 1);
    assert!(out.contains(" 0 valid"), "{out}");
}

fn scenario_count(dir: &std::path::Path) -> usize {
    overpromise::scenario::scenario_files(dir).map_or(0, |f| f.len())
}

#[test]
fn validate_reports_a_missing_path_without_panicking() {
    let (code, out, _) = run(&["validate", &path(LEVEL), "no/such/file.scenario.ron"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("no/such/file.scenario.ron: no such file or directory"),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["validate"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(
        run(&["simulate", &path(LEVEL), "--policy", "reckless"]).0,
        2
    );
    assert_eq!(run(&["simulate", &path(LEVEL), "--runs", "0"]).0, 2);
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("simulate"), "{out}");
}

#[test]
fn play_is_reproducible_and_prints_the_debrief() {
    let args = [
        "play",
        &path(LEVEL),
        "--seed",
        "11",
        "--script",
        &path(SCRIPT),
    ];
    let (code, first, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let (_, second, _) = run(&args);
    assert_eq!(first, second);
    for section in [
        "OUTCOME",
        "SCORECARDS",
        "PROMISES",
        "PACING",
        "RUBRIC",
        "KEY MOMENTS",
    ] {
        assert!(first.contains(section), "missing {section}:\n{first}");
    }
    assert!(first.contains("Without this promise"), "{first}");
    let (_, quick, _) = run(&[
        "play",
        &path(LEVEL),
        "--seed",
        "11",
        "--script",
        &path(SCRIPT),
        "--no-what-if",
    ]);
    assert!(!quick.contains("Without it"), "{quick}");
}

#[test]
fn play_json_has_outcome_and_debrief() {
    let (code, out, err) = run(&[
        "play",
        &path(LEVEL),
        "--script",
        &path(SCRIPT),
        "--json",
        "--no-what-if",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["outcome"]["won"].is_boolean());
    assert!(v["debrief"]["promises"].is_array());
}

/// Every value under these field names, anywhere in a JSON tree.
fn fields<'a>(
    v: &'a serde_json::Value,
    names: &[&str],
    out: &mut Vec<(String, &'a serde_json::Value)>,
) {
    match v {
        serde_json::Value::Array(items) => items.iter().for_each(|x| fields(x, names, out)),
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                if names.contains(&k.as_str()) {
                    out.push((k.clone(), x));
                }
                fields(x, names, out);
            }
        }
        _ => {}
    }
}

#[test]
fn play_json_names_promises_answers_and_checks_by_the_scenarios_ids() {
    let s = overpromise::scenario::load_file(&root().join(LEVEL)).unwrap();
    let (code, out, err) = run(&["play", &path(LEVEL), "--script", &path(SCRIPT), "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids = |name: &str| -> Vec<String> {
        match name {
            "promise" => s.promises.iter().map(|x| x.key.clone()).collect(),
            "answer" => s.answers.iter().map(|x| x.key.clone()).collect(),
            "fact" => s.facts.iter().map(|x| x.key.clone()).collect(),
            "check" => s.scoring.rubric.iter().map(|x| x.key.clone()).collect(),
            "meeting" => s.meetings.iter().map(|x| x.key.clone()).collect(),
            "stakeholder" => s.stakeholders.iter().map(|x| x.key.clone()).collect(),
            "beat" => s
                .meetings
                .iter()
                .flat_map(|m| m.beats.iter().map(|b| b.key.clone()))
                .collect(),
            _ => unreachable!(),
        }
    };
    let names = [
        "promise",
        "answer",
        "fact",
        "check",
        "meeting",
        "stakeholder",
        "beat",
    ];
    let mut found = Vec::new();
    fields(&v, &names, &mut found);
    for name in ["promise", "answer", "fact", "check", "meeting", "beat"] {
        assert!(
            found.iter().any(|(k, _)| k == name),
            "no `{name}` field in the JSON"
        );
    }
    for (k, x) in &found {
        let id = x
            .as_str()
            .unwrap_or_else(|| panic!("`{k}` is {x}, not an id"));
        assert!(
            ids(k).iter().any(|i| i == id),
            "`{k}`: {id} is not in the scenario"
        );
    }
    // The outcome's verdicts and the pacing room are tuples: their first element is named too.
    for pair in v["outcome"]["promises"].as_array().unwrap() {
        let id = pair[0].as_str().expect("a promise id");
        assert!(ids("promise").iter().any(|i| i == id), "{id}");
    }
    let room = &v["debrief"]["pacing"][0]["room"][0][0];
    assert!(
        ids("stakeholder")
            .iter()
            .any(|i| Some(i.as_str()) == room.as_str()),
        "{room}"
    );
    let sat = v["outcome"]["stakeholder_satisfaction"]
        .as_object()
        .unwrap();
    assert_eq!(sat.len(), s.stakeholders.len());
}

#[test]
fn play_writes_html_and_markdown_reports() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("debrief.html");
    let md = dir.path().join("debrief.md");
    let (code, _, err) = run(&[
        "play",
        &path(LEVEL),
        "--script",
        &path("tests/scripts/01_first_client.careful.ron"),
        "--no-what-if",
        "--html",
        &html.display().to_string(),
        "--markdown",
        &md.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<svg").count(), 2, "pacing and burn-up charts");
    assert!(
        !html.contains("<script") && !html.contains("<link"),
        "self-contained"
    );
    assert_eq!(
        html.matches("http").count(),
        html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
        "no external resources"
    );
    let md = std::fs::read_to_string(md).unwrap();
    assert!(md.starts_with("# First Client"), "{md}");
}

#[test]
fn reports_are_deterministic_and_cover_a_lost_deal() {
    use overpromise::engine::{Action, Session};
    use overpromise::report;
    let s = std::sync::Arc::new(overpromise::scenario::load_file(&root().join(LEVEL)).unwrap());
    let finish = |seed| {
        let mut session = Session::new(s.clone(), seed);
        overpromise::engine::policy::play(&mut session, &mut overpromise::engine::policy::Careful);
        let d = session.debrief(false).unwrap();
        (
            report::html(&session, &d),
            report::markdown(&session, &d),
            report::text(&session, &d),
        )
    };
    assert_eq!(finish(5), finish(5));
    // Lose on purpose: bring everyone to every meeting and always answer as deep as possible.
    let mut session = Session::new(s.clone(), 1);
    for _ in 0..1000 {
        let legal = session.legal_actions();
        let next = match session.phase() {
            overpromise::engine::Phase::Invite(_) => legal.last().cloned(),
            overpromise::engine::Phase::Beat(..) => legal
                .iter()
                .filter_map(|a| match a {
                    Action::Choose(c) => Some((s.answers[c.ix()].depth, a.clone())),
                    _ => None,
                })
                .max_by_key(|(d, _)| *d)
                .map(|(_, a)| a),
            _ => None,
        };
        let Some(a) = next else { break };
        session.apply(a).unwrap();
    }
    assert!(session.is_over(), "{:?}", session.phase());
    assert!(!session.outcome().unwrap().won);
    let d = session.debrief(true).unwrap();
    let html = report::html(&session, &d);
    assert_eq!(
        html.matches("<svg").count(),
        1,
        "no burn-up without delivery"
    );
    let text = report::text(&session, &d);
    assert!(text.contains("OUTCOME"), "{text}");
}

#[test]
fn a_script_with_an_unknown_answer_fails_naming_the_step() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("bad.ron");
    std::fs::write(
        &script,
        "Script(steps: [\n  Choose(\"fc_ask\"),\n  Choose(\"as_meet\"),\n  Invite([]),\n  Choose(\"dk_nope\"),\n])\n",
    )
    .unwrap();
    let (code, out, err) = run(&[
        "play",
        &path(LEVEL),
        "--script",
        &script.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("step 4"), "{err}");
    assert!(err.contains("dk_nope"), "{err}");
}

#[test]
fn a_script_syntax_error_and_an_unfinished_script_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("syntax.ron");
    std::fs::write(&bad, "Script(steps: [\n  Choose(fc_ask),\n])\n").unwrap();
    let (code, _, err) = run(&["play", &path(LEVEL), "--script", &bad.display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("syntax.ron:2:"), "{err}");
    let short = dir.path().join("short.ron");
    std::fs::write(&short, "Script(steps: [Choose(\"fc_ask\")])").unwrap();
    let (code, _, err) = run(&[
        "play",
        &path(LEVEL),
        "--script",
        &short.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("ended before the session was over"), "{err}");
    let (code, _, err) = run(&[
        "play",
        "missing.scenario.ron",
        "--script",
        &short.display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("missing.scenario.ron"), "{err}");
}

#[test]
fn simulate_is_reproducible_and_independent_of_threads() {
    let base = [
        "simulate",
        &path(LEVEL),
        "--runs",
        "40",
        "--seed",
        "3",
        "--policy",
        "all",
    ];
    let with = |threads: &str| {
        let mut args = base.to_vec();
        args.extend(["--threads", threads]);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let one = with("1");
    assert_eq!(one, with("1"));
    assert_eq!(one, with("3"));
    assert_eq!(one, with("7"));
    for name in ["RANDOM", "GREEDY", "CAREFUL", "win rate", "p90"] {
        assert!(one.contains(name), "missing {name}:\n{one}");
    }
}

#[test]
fn simulate_json_is_a_summary_per_policy() {
    let (code, out, err) = run(&[
        "simulate",
        &path(LEVEL),
        "--runs",
        "20",
        "--policy",
        "greedy",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let policies = v["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 1);
    assert_eq!(policies[0]["policy"], "greedy");
    assert_eq!(policies[0]["runs"], 20);
}

#[test]
fn the_wrong_lesson_warning_fires_when_greedy_wins() {
    use overpromise::cli::simulate::{PolicySummary, RunResult, WRONG_LESSON, warnings};
    let run = |margin: f32, satisfaction: f32, score: f32| RunResult {
        won: true,
        margin,
        satisfaction,
        deal_size: 100.0,
        commission: 5.0,
        expected_renewal: 0.0,
        weeks_late: 0,
        score,
        ..Default::default()
    };
    // The greedy seller earns more commission in each case here: the dilemma holds.
    let greedy_run = |margin: f32, satisfaction: f32, score: f32| RunResult {
        commission: 9.0,
        ..run(margin, satisfaction, score)
    };
    let greedy = PolicySummary::new("greedy", &[greedy_run(10.0, 80.0, 50.0)]);
    let careful = PolicySummary::new("careful", &[run(5.0, 70.0, 60.0)]);
    let w = warnings(&[greedy.clone(), careful.clone()]);
    assert_eq!(w.len(), 1);
    assert!(w[0].starts_with(WRONG_LESSON));
    let fair = PolicySummary::new("careful", &[run(20.0, 90.0, 70.0)]);
    assert!(warnings(&[greedy.clone(), fair]).is_empty());
    let top = PolicySummary::new("greedy", &[greedy_run(1.0, 10.0, 99.0)]);
    assert_eq!(warnings(&[top, careful]).len(), 1);
}

#[test]
fn the_host_takes_the_data_folder_as_the_game_does_and_the_older_flag_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    // A scenario that cannot load stops the host before it listens: the flags were read.
    let bad = [
        "--code",
        "ROOM1",
        "--scenario",
        "/nonexistent/x.scenario.ron",
    ];
    for flag in ["--data-dir", "--data"] {
        let mut args = vec!["host", flag, d];
        args.extend(bad);
        let (code, _, err) = run(&args);
        assert_eq!(code, 1, "{flag}: {err}");
        assert!(!err.contains("unexpected argument"), "{flag}: {err}");
        assert!(err.contains("/nonexistent/x.scenario.ron"), "{flag}: {err}");
    }
    let mut both = vec!["host", "--data-dir", d, "--data", d];
    both.extend(bad);
    let (code, _, err) = run(&both);
    assert_ne!(code, 0);
    assert!(err.contains("cannot be used with"), "{err}");
}
