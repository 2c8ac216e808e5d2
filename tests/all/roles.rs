//! Two roles at one table, as the reports and the command line tell it. The rules of a two-role
//! table (seats, flags, the review, leak-free views) are the engine's unit tests
//! (`src/engine/play_tests/roles/`), because their checks read the raw state.

use std::path::PathBuf;

use crate::common::level;
use overpromise::cli;
use overpromise::engine::Session;
use overpromise::engine::script::{parse_script, run_step};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const LEVELS: [&str; 4] = [
    "01_first_client",
    "02_integration_claim",
    "03_committee_pacing",
    "05_plain_words",
];

/// Plays `tests/scripts/<stem>.<kind>.ron` on its level with the default seed.
fn play(stem: &str, kind: &str) -> Session {
    let s = level(stem);
    let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    for (i, step) in script.steps.iter().enumerate() {
        run_step(&mut session, step)
            .unwrap_or_else(|e| panic!("{stem}.{kind} step {}: {e}", i + 1));
    }
    assert!(session.is_over(), "{stem}.{kind}");
    session
}

#[test]
fn the_two_role_debrief_marks_the_gaps_and_the_reports_show_it() {
    let session = play("01_first_client", "two.overpromise");
    let d = session.debrief(false).unwrap();
    let two = d.two_roles.as_ref().unwrap();
    let s = session.scenario();
    let gaps: Vec<&str> = two
        .handoff
        .iter()
        .filter(|l| l.gap())
        .map(|l| s.promises[l.promise.ix()].key.as_str())
        .collect();
    assert_eq!(gaps, vec!["p_training", "p_monthly_calls"]);
    assert!(two.handoff.iter().any(|l| l.rebaselined));
    assert_eq!(two.commission_cut, s.sales.rebaseline_commission_share);
    // The text report wraps its lines: read it with its whitespace flattened.
    let text = overpromise::report::text(&session, &d)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("GAP: left out of the document"), "{text}");
    // The six weeks were promised alone: nothing could be flagged. Level 03's overpromising play
    // says its flagged answers anyway.
    let flagged = play("03_committee_pacing", "two.overpromise");
    let fd = flagged.debrief(false).unwrap();
    let flagged_text = overpromise::report::text(&flagged, &fd)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flagged_text.contains("the seller said it anyway"),
        "{flagged_text}"
    );
    let md = overpromise::report::markdown(&session, &d);
    assert!(md.contains("## The delivery lead's review of the PID"));
    let html = overpromise::report::html(&flagged, &fd);
    assert!(html.contains("<h2>Who flagged what, and what was said anyway</h2>"));
}

#[test]
fn play_prints_the_flags_and_the_review_of_every_two_role_script() {
    for stem in LEVELS {
        for kind in ["two.careful", "two.overpromise"] {
            let level = root().join(format!("levels/{stem}.scenario.ron"));
            let script = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let code = cli::run(
                [
                    "overpromise",
                    "play",
                    level.to_str().unwrap(),
                    "--script",
                    script.to_str().unwrap(),
                    "--no-what-if",
                ],
                &mut out,
                &mut err,
            );
            let out = String::from_utf8(out).unwrap();
            assert_eq!(code, 0, "{stem}.{kind}: {}", String::from_utf8_lossy(&err));
            // A script flags where delivery in the room saw something to flag.
            if std::fs::read_to_string(&script).unwrap().contains("Flag(") {
                assert!(
                    out.contains("WHO FLAGGED WHAT, AND WHAT WAS SAID ANYWAY"),
                    "{stem}.{kind}"
                );
                assert!(out.contains("the delivery lead flagged"), "{stem}.{kind}");
            }
            assert!(out.contains("THE DELIVERY LEAD'S REVIEW"), "{stem}.{kind}");
            assert!(out.contains("The delivery lead accepted the document."));
        }
    }
}
