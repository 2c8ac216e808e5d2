//! No id reaches a player: every screen of every shipped level, for every viewer (a solo player,
//! the seller, the delivery lead, an observer, both at a hot seat's screen), at Guided support
//! with coach mode and at Expert without, is drawn into a real egui frame after every decision of
//! the shipped scripts, and no drawn string holds a scenario id or a Rust enum name. The delivery
//! lead's and an observer's screens draw no price and no commission either (the hot-seat leak).

use std::sync::Arc;

use bevy_egui::egui::{self, epaint::Shape};
use overpromise::engine::script::{parse_script, start_and_run};
use overpromise::engine::{Seat, Session, Support, TableMode, ViewOptions, Viewer};
use overpromise::game::intent::DebriefTab;
use overpromise::game::settings::Settings;
use overpromise::game::shown::Shown;
use overpromise::game::theme;
use overpromise::game::views::debrief::DebriefUi;
use overpromise::game::views::screen::screen_model;
use overpromise::scenario::model::Scenario;

use crate::common::{level, root};

/// Every text one frame of `draw` puts on screen.
fn drawn(ctx: &egui::Context, mut draw: impl FnMut(&mut egui::Ui)) -> Vec<String> {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 2400.0),
        )),
        ..Default::default()
    };
    let out = ctx.run_ui(input, |ui| draw(ui));
    let mut texts = Vec::new();
    fn walk(s: &Shape, texts: &mut Vec<String>) {
        match s {
            Shape::Vec(v) => v.iter().for_each(|s| walk(s, texts)),
            Shape::Text(t) => texts.push(t.galley.text().to_owned()),
            _ => {}
        }
    }
    for s in &out.shapes {
        walk(&s.shape, &mut texts);
    }
    out.drop_without_applying_deltas();
    texts
}

use crate::common::ids;

/// Rust names that would mean a debug dump reached the screen.
const ENUM_NAMES: [&str; 14] = [
    "ProjectManager",
    "SeniorDesigner",
    "DeliveryLead",
    "TooDeep",
    "TooShallow",
    "NearWalkout",
    "TwoRoles",
    "Some(",
    "Invite(",
    "Beat(",
    "Estimate(",
    "Deadline(",
    "ActionKey",
    "PidItem",
];

/// Whether `id` stands in `text` as a whole token.
fn holds_id(text: &str, id: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(id).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + id.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// The problems in one screen's drawn texts.
fn problems(texts: &[String], ids: &[String], secrets: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for t in texts {
        for id in ids {
            if holds_id(t, id) {
                out.push(format!("id {id} in {t:?}"));
            }
        }
        for e in ENUM_NAMES {
            if t.contains(e) {
                out.push(format!("{e} in {t:?}"));
            }
        }
        for s in secrets {
            if t.contains(s.as_str()) {
                out.push(format!("{s} on a delivery lead's screen: {t:?}"));
            }
        }
    }
    out
}

/// Plays a shipped script and draws every viewer's screen after every decision.
fn draw_every_screen(stem: &str, kind: &str, ctx: &egui::Context) -> usize {
    let scenario: Arc<Scenario> = level(stem);
    let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), kind).unwrap();
    let (played, done) = start_and_run(scenario.clone(), scenario.default_seed, &script);
    done.unwrap();
    let ids = ids(&scenario);
    let mut session = Session::with_mode(scenario.clone(), scenario.default_seed, script.mode);
    let mut drawn_screens = 0;
    for i in 0..=played.actions().len() {
        if i > 0 {
            let a = played.actions()[i - 1].clone();
            session.apply_as(a.seat(), a).unwrap();
        }
        let opts = if i % 2 == 0 {
            ViewOptions {
                support: Support::Guided,
                coach: true,
                ..Default::default()
            }
        } else {
            ViewOptions {
                support: Support::Expert,
                coach: false,
                ..Default::default()
            }
        };
        let viewers: Vec<Vec<Viewer>> = match session.mode() {
            TableMode::Solo => vec![vec![Viewer::Solo]],
            TableMode::TwoRoles => vec![
                vec![Viewer::Seat(Seat::Seller)],
                vec![Viewer::Seat(Seat::DeliveryLead)],
                vec![Viewer::Observer],
                vec![Viewer::Seat(Seat::Seller), Viewer::Seat(Seat::DeliveryLead)],
            ],
        };
        // What the delivery lead must never read: the deal's price while the game is played
        // (the debrief shows the company's figures) and the commission.
        let solo = session.view(Viewer::Solo, opts);
        let mut secrets = Vec::new();
        if let Some(d) = solo.deal.as_ref().filter(|_| !session.is_over()) {
            secrets.push(overpromise::wording::money(d.price));
        }
        if let Some(c) = solo.commission.filter(|c| *c > 0.0) {
            secrets.push(overpromise::wording::money(c));
        }
        for vs in viewers {
            let shown = Shown {
                views: vs.iter().map(|v| session.view(*v, opts)).collect(),
                ..Shown::default()
            };
            let revealed = session.is_over().then(|| session.ledger_told());
            // Once over, every tab of the debrief.
            let tabs: &[DebriefTab] = if session.is_over() {
                &[
                    DebriefTab::Outcome,
                    DebriefTab::Promises,
                    DebriefTab::Pacing,
                    DebriefTab::Discuss,
                    DebriefTab::TwoRoles,
                ]
            } else {
                &[DebriefTab::Outcome]
            };
            for tab in tabs {
                let ui_state = DebriefUi {
                    tab: *tab,
                    ..Default::default()
                };
                let Some(model) =
                    screen_model(&shown, revealed.as_deref(), &ui_state, None, |_| None)
                else {
                    continue;
                };
                let texts = drawn(ctx, |ui| {
                    model.draw(ui);
                });
                assert!(!texts.is_empty(), "{stem}.{kind} step {i}: nothing drawn");
                let lead_only = vs
                    .iter()
                    .all(|v| matches!(v, Viewer::Seat(Seat::DeliveryLead) | Viewer::Observer));
                let found = problems(&texts, &ids, if lead_only { &secrets } else { &[] });
                assert!(
                    found.is_empty(),
                    "{stem}.{kind} step {i}, {vs:?}, {tab:?}: {found:?}"
                );
                drawn_screens += 1;
            }
        }
    }
    drawn_screens
}

#[test]
fn no_drawn_string_holds_an_id_or_a_debug_name_for_any_viewer() {
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let mut screens = 0;
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
        "04_deal_desk",
        "05_plain_words",
        "06_campaign_plan",
    ] {
        for kind in ["careful", "overpromise", "two.careful", "two.overpromise"] {
            screens += draw_every_screen(stem, kind, &ctx);
        }
    }
    assert!(screens > 400, "{screens}");
}

#[test]
fn the_id_check_finds_a_planted_id() {
    let s = level("01_first_client");
    let ids = ids(&s);
    assert!(ids.iter().any(|i| i == "p_six_weeks"));
    let planted = vec!["including promise \"p_six_weeks\"".to_owned()];
    assert_eq!(problems(&planted, &ids, &[]).len(), 1);
    assert!(problems(&["Flag the estimate for portal".into()], &ids, &[]).is_empty());
    // As an export writes one: escaped in Markdown, quoted in HTML.
    for written in [
        "(p\\_six\\_weeks, made by the seller)",
        "flagged answer &quot;p_six_weeks&quot;",
    ] {
        assert_eq!(
            problems(&[unescape(written)], &ids, &[]).len(),
            1,
            "{written}"
        );
    }
    assert_eq!(
        problems(&["inviting [ProjectManager]".into()], &ids, &[]).len(),
        1
    );
    assert_eq!(
        problems(&["spent 1,000 of 48,000".into()], &ids, &["48,000".into()]).len(),
        1
    );
}

/// Markdown with its escapes removed and HTML with its entities decoded, so an id written out
/// (`p\_six\_weeks`, `&quot;pw_yes&quot;`) is found as it would be read.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| "\\*_[]<>#|`".contains(*n)) {
            continue;
        }
        out.push(c);
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn no_export_of_a_two_role_game_holds_an_id_or_a_debug_name() {
    use overpromise::engine::{Action, RetroAnswer};
    use overpromise::report;
    let mut checked = 0;
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
        "04_deal_desk",
        "05_plain_words",
        "06_campaign_plan",
    ] {
        let scenario = level(stem);
        let ids = ids(&scenario);
        for kind in ["two.careful", "two.overpromise"] {
            let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
            let script = parse_script(&std::fs::read_to_string(&path).unwrap(), kind).unwrap();
            let (mut session, done) =
                start_and_run(scenario.clone(), scenario.default_seed, &script);
            done.unwrap();
            assert!(session.is_over(), "{stem}.{kind}");
            let flags = session
                .actions()
                .iter()
                .filter(|a| matches!(a, Action::Flag(..)))
                .count();
            for seat in [Seat::Seller, Seat::DeliveryLead] {
                let a = Action::Retro(seat, RetroAnswer::new("the close", "the date"));
                session.apply_as(seat, a).unwrap();
            }
            for counterfactuals in [false, true] {
                let d = session.debrief(counterfactuals).unwrap();
                for (format, text) in [
                    ("Markdown", report::markdown(&session, &d)),
                    ("HTML", report::html(&session, &d)),
                ] {
                    assert!(
                        text.contains("the close"),
                        "{stem}.{kind} {format}: no retro"
                    );
                    let lines: Vec<String> = unescape(&text).lines().map(str::to_owned).collect();
                    let found = problems(&lines, &ids, &[]);
                    assert!(found.is_empty(), "{stem}.{kind} {format}: {found:?}");
                    checked += 1;
                }
            }
            if kind == "two.careful" && stem == "01_first_client" {
                assert!(flags >= 1, "the export of a game with a flag is checked");
            }
        }
    }
    // 6 levels x 2 scripts x 2 debriefs x 2 formats.
    assert_eq!(checked, 48);
}
