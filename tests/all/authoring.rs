//! What an author who is not a programmer relies on: the guide's example teaches the right lesson,
//! and the shipped careful scripts, the model answers, pace the room well.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use overpromise::cli::simulate::{self, PolicySummary};
use overpromise::engine::Session;
use overpromise::engine::script::{parse_script, run_script};
use overpromise::scenario;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_guides_example_does_not_reward_overpromising() {
    let example = crate::corpus::guide_blocks()
        .into_iter()
        .find(|b| b.contains("stakeholders"))
        .expect("the guide has a whole example scenario");
    let s = Arc::new(
        scenario::parse_str(&example, "levels/README.md example").unwrap_or_else(|e| panic!("{e}")),
    );
    // The same policies and summary `simulate --policy all` uses, on fewer runs.
    let runs = 400;
    let policies: Vec<PolicySummary> = simulate::PolicyChoice::All
        .names()
        .into_iter()
        .map(|name| {
            let results = simulate::run_many(&s, name, 1, runs, 2, &AtomicUsize::new(0));
            PolicySummary::new(name, &results)
        })
        .collect();
    let warnings = simulate::warnings(&policies);
    assert!(warnings.is_empty(), "{warnings:#?}\n{policies:#?}");
    let careful = policies
        .iter()
        .find(|p| p.policy == "careful")
        .expect("careful");
    assert!(
        careful.win_rate > 0.6,
        "the careful player wins the guide's example only {:.0} % of the time",
        careful.win_rate * 100.0
    );
}

/// Each shipped level's careful script, played with the level's default seed.
fn careful_sessions() -> Vec<(String, Session)> {
    let levels = scenario::scenario_files(&root().join("levels")).expect("levels/");
    assert!(levels.len() >= 3, "found {levels:?}");
    levels
        .iter()
        .map(|level| {
            let stem = level
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".scenario.ron"))
                .expect("a scenario file name")
                .to_owned();
            let s = Arc::new(scenario::load_file(level).unwrap_or_else(|e| panic!("{e}")));
            let path = root().join(format!("tests/scripts/{stem}.careful.ron"));
            let src = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let script =
                parse_script(&src, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"));
            let mut session = Session::new(s.clone(), s.default_seed);
            run_script(&mut session, &script).unwrap_or_else(|e| panic!("{stem}: {e}"));
            (stem, session)
        })
        .collect()
}

#[test]
fn every_careful_script_matches_the_room_in_most_answers() {
    let mut failures = String::new();
    for (stem, session) in careful_sessions() {
        let pacing = &session.debrief(false).expect("over").pacing;
        assert!(!pacing.is_empty(), "{stem}: no answers");
        let matched = pacing.iter().filter(|r| r.matched()).count();
        let s = session.scenario();
        let missed: Vec<String> = pacing
            .iter()
            .filter(|r| !r.matched())
            .map(|r| {
                let room: Vec<String> = r
                    .room
                    .iter()
                    .map(|(k, ready, v)| {
                        format!("{} ready {ready:.1}: {v:?}", s.stakeholders[k.ix()].key)
                    })
                    .collect();
                format!(
                    "{} (depth {}): {}",
                    s.answers[r.answer.ix()].key,
                    r.depth,
                    room.join(", ")
                )
            })
            .collect();
        if matched * 100 < pacing.len() * 80 {
            failures.push_str(&format!(
                "{stem}: {matched} of {} answers matched the room\n  {}\n",
                pacing.len(),
                missed.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{failures}");
}

#[test]
fn the_scenario_model_imports_nothing_above_it() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(&root().join("src/scenario"), &mut files);
    assert!(files.len() >= 10, "found only {files:?}");
    let above = ["engine", "wording", "report", "cli", "game", "policy"];
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if above.iter().any(|m| {
                code.contains(&format!("crate::{m}"))
                    || code.contains(&format!("super::super::{m}"))
            }) {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
        let lines = text.lines().count();
        assert!(lines <= 800, "{} has {lines} lines", file.display());
    }
    assert!(
        offenders.is_empty(),
        "src/scenario imports from above it:\n{}",
        offenders.join("\n")
    );
}
