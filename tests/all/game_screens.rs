//! The briefing, handoff and menu views: built from a scenario or a played session, drawn in a
//! bare egui context (no window, no GPU), and checked for what they carry and the intents they
//! return for each key.
#![cfg(feature = "gui")]

use std::path::PathBuf;
use std::sync::Arc;

use bevy_egui::egui;
use overpromise::engine::script::{Step, parse_script, run_step};
use overpromise::engine::{Action, Phase, Session};
use overpromise::game::session::ActiveSession;
use overpromise::game::settings::Settings;
use overpromise::game::views::{briefing, handoff, pause};
use overpromise::game::{Intent, Menu, theme};
use overpromise::scenario::{self, model::Scenario};

use crate::ui_input::key;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn level_01() -> Arc<Scenario> {
    let path = root().join("levels/01_first_client.scenario.ron");
    Arc::new(scenario::load_file(&path).unwrap())
}

fn input(events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        events,
        ..Default::default()
    }
}

/// Draws `draw` for two idle frames, then one frame with `keys` pressed; returns the idle frames'
/// intents and the last frame's.
fn drive(
    mut draw: impl FnMut(&mut egui::Ui) -> Option<Intent>,
    keys: &[egui::Key],
) -> (Vec<Intent>, Option<Intent>) {
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let mut idle = Vec::new();
    for _ in 0..2 {
        ctx.run_ui(input(Vec::new()), |ui| idle.extend(draw(ui)))
            .drop_without_applying_deltas();
    }
    let mut last = None;
    let events = keys.iter().map(|k| key(*k)).collect();
    ctx.run_ui(input(events), |ui| last = draw(ui))
        .drop_without_applying_deltas();
    (idle, last)
}

#[test]
fn the_briefing_lists_the_people_and_answers_enter_and_escape() {
    let s = level_01();
    let view = briefing::build_view(&s, false, Default::default(), |_| None);
    assert_eq!(view.title, s.title);
    assert_eq!(view.people.len(), s.stakeholders.len());
    let (idle, enter) = drive(|ui| briefing::briefing_view(ui, &view), &[egui::Key::Enter]);
    assert!(
        idle.is_empty(),
        "the view sends nothing by itself: {idle:?}"
    );
    assert_eq!(enter, Some(Intent::Begin));
    let (_, back) = drive(
        |ui| briefing::briefing_view(ui, &view),
        &[egui::Key::Escape],
    );
    assert_eq!(back, Some(Intent::Back));
}

/// Level 01 played carefully up to the handoff.
fn at_handoff() -> ActiveSession {
    let path = root().join("tests/scripts/01_first_client.careful.ron");
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "careful").unwrap();
    let s = level_01();
    let seed = s.default_seed;
    let mut session = Session::new(s, seed);
    for step in &script.steps {
        if matches!(step, Step::IncludeAll) {
            break;
        }
        run_step(&mut session, step).unwrap();
    }
    assert_eq!(session.phase(), Phase::Handoff);
    ActiveSession::resume(session, path)
}

#[test]
fn the_handoff_toggles_lines_with_number_keys_and_submits_with_enter() {
    let active = at_handoff();
    let shown = overpromise::game::shown::Shown::local(&active, false);
    let view = handoff::build_view(&shown.views).unwrap();
    let made = active.session.promises_made();
    assert!(!view.lines.is_empty());
    assert_eq!(view.promises_in.1, made, "every promise made is listed");
    let (idle, one) = drive(|ui| handoff::handoff_view(ui, &view), &[egui::Key::Num1]);
    assert!(idle.is_empty(), "{idle:?}");
    let toggle = view.lines[0].toggle.clone().unwrap();
    assert_eq!(one, Some(Intent::Act(toggle.clone())));
    let (_, enter) = drive(|ui| handoff::handoff_view(ui, &view), &[egui::Key::Enter]);
    let submit = active.decision(&Action::SubmitPid);
    assert_eq!(enter, Some(Intent::Act(submit)));
    // What the view offers is what the engine takes.
    let mut session = active.session.clone();
    session
        .apply(session.resolve_key(&toggle.key).unwrap())
        .unwrap();
}

fn overlay(menu: Menu, notice: Option<&str>) -> pause::OverlayView {
    pause::OverlayView {
        menu,
        in_game: true,
        settings: Settings::default(),
        notice: notice.map(str::to_owned),
    }
}

#[test]
fn menus_pause_resume_and_change_settings_by_key() {
    let view = overlay(Menu::None, None);
    let (idle, esc) = drive(|ui| pause::overlay_view(ui, &view), &[egui::Key::Escape]);
    assert!(idle.is_empty());
    assert_eq!(esc, Some(Intent::Pause));
    let outside = pause::OverlayView {
        in_game: false,
        ..view.clone()
    };
    let (_, esc) = drive(|ui| pause::overlay_view(ui, &outside), &[egui::Key::Escape]);
    assert_eq!(esc, None, "Esc pauses only a game");

    let paused = overlay(Menu::Pause, None);
    let (_, two) = drive(|ui| pause::overlay_view(ui, &paused), &[egui::Key::Num2]);
    assert_eq!(two, Some(Intent::OpenSettings));
    let (_, three) = drive(|ui| pause::overlay_view(ui, &paused), &[egui::Key::Num3]);
    assert_eq!(three, Some(Intent::ToTitle));
    let (_, esc) = drive(|ui| pause::overlay_view(ui, &paused), &[egui::Key::Escape]);
    assert_eq!(esc, Some(Intent::Resume));

    let settings = overlay(Menu::Settings, None);
    let (_, larger) = drive(|ui| pause::overlay_view(ui, &settings), &[egui::Key::Num2]);
    let Some(Intent::SetSettings(s)) = larger else {
        panic!("expected new settings, got {larger:?}");
    };
    assert!(s.ui_scale > Settings::default().ui_scale);
    let (_, contrast) = drive(|ui| pause::overlay_view(ui, &settings), &[egui::Key::Num3]);
    assert!(matches!(contrast, Some(Intent::SetSettings(s)) if s.high_contrast));
    let (_, done) = drive(|ui| pause::overlay_view(ui, &settings), &[egui::Key::Enter]);
    assert_eq!(done, Some(Intent::CloseSettings));
}
