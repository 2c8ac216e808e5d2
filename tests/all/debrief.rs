//! The debrief speaks with one voice: the game's debrief screen, the Markdown and the HTML give
//! the same verdict and the same sentences for every shipped script, and a lost deal's debrief
//! explains the loss instead of describing a delivery that never happened.

use std::path::PathBuf;
use std::sync::Arc;

use overpromise::engine::Session;
use overpromise::engine::debrief::{CheckDetail, DealVerdict, Question, needs_delivery};
use overpromise::engine::script::{parse_script, run_script};
use overpromise::report;
use overpromise::scenario;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Plays one shipped script on its level, to the end.
fn play(script: &str) -> Session {
    let level = script.split('.').next().unwrap();
    let s = scenario::load_file(&root().join(format!("levels/{level}.scenario.ron")))
        .unwrap_or_else(|e| panic!("{e}"));
    let path = root().join("tests/scripts").join(script);
    let text = std::fs::read_to_string(&path).unwrap();
    let steps = parse_script(&text, &path.display().to_string()).unwrap();
    let seed = s.default_seed;
    let mut session = Session::with_mode(Arc::new(s), seed, steps.mode);
    run_script(&mut session, &steps).unwrap_or_else(|e| panic!("{script}: {e}"));
    assert!(session.is_over(), "{script}");
    session
}

/// Every shipped careful and overpromising script; fails when there are none to play.
fn shipped_scripts() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/scripts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".careful.ron") || n.ends_with(".overpromise.ron"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "shipped scripts: {names:?}");
    names
}

/// Markdown with its escapes removed, for finding sentences in it.
fn unmarkdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| "\\*_[]<>#|".contains(*n)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// HTML text with its entities decoded.
fn unhtml(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn a_lost_deal_explains_the_loss_and_leaves_delivery_out() {
    let session = play("03_committee_pacing.overpromise.ron");
    let s = session.scenario();
    let d = session.debrief(true).unwrap();
    assert!(!d.outcome.won, "this script loses the deal");
    assert!(matches!(d.verdict, DealVerdict::NoDeal { .. }));
    // The rubric leaves out what only delivery can pass; the questions are about the sale.
    assert!(!d.rubric.is_empty());
    for r in &d.rubric {
        assert!(
            !needs_delivery(&s.scoring.rubric[r.check.ix()].test),
            "{r:?}"
        );
        assert!(!matches!(r.detail, CheckDetail::FullHandoff { .. }));
    }
    assert!(!d.questions.is_empty());
    for q in &d.questions {
        if let Question::Authored(i) = q {
            let c = s.scoring.questions[*i as usize]
                .if_failed
                .expect("tied to a check");
            assert!(!needs_delivery(&s.scoring.rubric[c.ix()].test), "{q:?}");
        }
    }
    // The loss, with the client's score against the threshold and the price against the budget.
    let loss = d.loss.as_ref().expect("a lost deal says why");
    assert!(loss.threshold > 0.0 && loss.price > 0.0, "{loss:?}");
    let md = unmarkdown(&report::markdown(&session, &d));
    let html = unhtml(&report::html(&session, &d));
    for text in [&md, &html] {
        assert!(text.contains("The deal was lost"), "{text}");
        assert!(
            text.contains(&format!(
                "The client's score was {:.2} against {:.2} needed",
                loss.score, loss.threshold
            )),
            "{text}"
        );
        assert!(text.contains("The price on the table was"), "{text}");
        assert!(!text.contains("left out of the PID"), "{text}");
        assert!(!text.contains("Where did that sentence go"), "{text}");
        assert!(!text.contains("54/100"), "{text}");
        assert!(!text.contains("Team morale | 0/100"), "{text}");
    }
    // Satisfaction and morale are not measured on a delivery that never happened.
    let (_, company) =
        overpromise::wording::debrief::scorecards(&d.outcome, Some(d.outcome.seller.commission));
    for f in &company[1..] {
        assert!(!f.value.contains("/100"), "{f:?}");
    }
}

#[test]
fn the_verdict_comes_from_the_rubric() {
    for name in shipped_scripts() {
        let session = play(&name);
        let d = session.debrief(false).unwrap();
        let failed = d.rubric.iter().filter(|r| !r.passed).count();
        match &d.verdict {
            DealVerdict::NoDeal { .. } | DealVerdict::WalkedAway(_) => {
                assert!(!d.outcome.won, "{name}")
            }
            DealVerdict::WorthWinning => assert!(d.outcome.won && failed == 0, "{name}"),
            DealVerdict::Descoped { refund, .. } => {
                assert!(d.outcome.won && failed == 0 && *refund > 0.0, "{name}")
            }
            DealVerdict::Disagree { failed: f, of, .. } => {
                assert!(d.outcome.won, "{name}");
                assert_eq!((f.len(), *of as usize), (failed, d.rubric.len()), "{name}");
            }
        }
    }
}

#[cfg(feature = "gui")]
#[test]
fn the_game_and_the_exports_give_the_same_verdict_and_sentences() {
    use overpromise::game::screens::debrief::DebriefState;
    use overpromise::game::views::Tone;
    let mut verdicts = Vec::new();
    for name in shipped_scripts() {
        let session = play(&name);
        let state = DebriefState::new(&session).unwrap();
        let view = state.view(&session);
        let md = unmarkdown(&report::markdown(&session, &state.debrief));
        let html = unhtml(&report::html(&session, &state.debrief));
        let mut lines: Vec<String> = vec![view.headline.clone(), view.verdict.1.clone()];
        lines.extend(view.loss.iter().cloned());
        lines.extend(view.rubric.iter().map(|r| r.detail.clone()));
        for p in &view.promises {
            lines.push(p.made.clone());
            lines.push(p.handoff.clone());
            lines.extend(
                p.effects
                    .iter()
                    .map(|(when, _, text)| format!("{when}: {text}")),
            );
            lines.extend(p.without.iter().cloned());
        }
        lines.extend(view.needs.iter().map(|n| n.status.clone()));
        lines.extend(view.moments.iter().cloned());
        lines.extend(view.questions.iter().cloned());
        lines.push(view.pacing.summary.clone());
        for m in view.seller.iter().chain(&view.company) {
            lines.push(m.value.clone());
        }
        assert!(lines.len() > 10, "{name}: {lines:?}");
        for line in &lines {
            assert!(
                md.contains(line.as_str()),
                "{name}: Markdown lacks {line:?}\n{md}"
            );
            assert!(html.contains(line.as_str()), "{name}: HTML lacks {line:?}");
        }
        for p in &view.promises {
            let v = p.verdict.to_lowercase();
            assert!(
                md.to_lowercase().contains(&format!("verdict: {v}")),
                "{name}: {v}"
            );
        }
        // The same verdict, and the same colour for it.
        let good = view.verdict.0 == Tone::Good;
        assert_eq!(good, state.debrief.verdict.is_good(), "{name}");
        assert!(
            html.contains(if good { "verdict ok" } else { "verdict bad" }),
            "{name}"
        );
        verdicts.push(view.verdict.1.clone());
    }
    // Careful and overpromising plays of the same level do not get the same verdict.
    assert!(
        verdicts
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len()
            > 1,
        "{verdicts:?}"
    );
}

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

#[test]
fn the_engine_returns_data_and_never_imports_the_wording_reports_cli_or_game() {
    let mut files = Vec::new();
    rust_files(&root().join("src/engine"), &mut files);
    assert!(files.len() >= 8, "{files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for layer in ["wording", "report", "cli", "game"] {
                if code.contains(&format!("crate::{layer}")) {
                    offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn a_lost_first_client_asks_nothing_about_a_handoff_that_never_happened() {
    use overpromise::engine::{Action, Phase};
    let s =
        Arc::new(scenario::load_file(&root().join("levels/01_first_client.scenario.ron")).unwrap());
    // Lose on purpose: everyone to every meeting, always the deepest answer.
    let mut session = Session::new(s.clone(), 1);
    for _ in 0..1000 {
        let legal = session.legal_actions();
        let next = match session.phase() {
            Phase::Invite(_) => legal
                .iter()
                .rev()
                .find(|a| matches!(a, Action::Invite(_)))
                .cloned(),
            Phase::Beat(..) => legal
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
    assert!(session.is_over() && !session.outcome().unwrap().won);
    let d = session.debrief(false).unwrap();
    assert!(!d.promises.is_empty() || !d.needs.is_empty(), "{d:?}");
    let md = unmarkdown(&report::markdown(&session, &d));
    assert!(md.contains("The deal was lost"), "{md}");
    assert!(!md.contains("Where did that sentence go"), "{md}");
    assert!(!md.contains("left out of the PID"), "{md}");
    assert!(
        !md.contains("FullHandoff") && !md.contains("as agreed"),
        "{md}"
    );
}
