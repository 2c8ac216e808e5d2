//! Practising alone, headless: the drill screen played to its result (and timing out on hard), the
//! guide's first run, skip and "show again", an assessed run recording its result and statement,
//! the progress page with a damaged file, what-if during play (practice only), and the results
//! settings form in the settings menu. The app is the game's logic with
//! `MinimalPlugins + StatesPlugin`; the views are drawn in a bare egui context.

use crate::common::{act, game_app as app, root, screen, send, session};
use bevy::prelude::*;
use bevy_egui::egui;
use overpromise::drill::Difficulty;
use overpromise::engine::{Action, WhatIfBarred};
use overpromise::game::autoplay::Autoplay;
use overpromise::game::intent::DrillIntent;
use overpromise::game::levels::Catalogue;
use overpromise::game::notice::Notice;
use overpromise::game::prefs::GuidePref;
use overpromise::game::screens::drill::{DrillRun, build_view as drill_build};
use overpromise::game::screens::guide::Guide;
use overpromise::game::screens::progress::{
    AssessedRun, ProgressPage, build_view as progress_build, results_view,
};
use overpromise::game::screens::what_if::WhatIfPanel;
use overpromise::game::session::ActiveSession;
use overpromise::game::settings::Settings;
use overpromise::game::state::RunMode;
use overpromise::game::views::drill::{DrillView, drill_view};
use overpromise::game::views::pause::settings_with_results;
use overpromise::game::views::progress::progress_view;
use overpromise::game::views::sales::{SalesView, build_view as sales_build, sales_view};
use overpromise::game::views::what_if::WhatIfView;
use overpromise::game::{Intent, Screen, theme};
use overpromise::progress::{PROGRESS_FILE, Store};
use overpromise::wording::guide::GuideTopic;
use overpromise::xapi::form::Field;
use overpromise::xapi::{STATEMENTS_DIR, json_files};

fn begin_first_level(app: &mut App, mode: RunMode) {
    send(app, Intent::NewGame);
    send(
        app,
        Intent::Pick(root().join("levels/01_first_client.scenario.ron")),
    );
    assert_eq!(screen(app), Screen::Briefing);
    send(app, Intent::SetRunMode(mode));
    assert_eq!(*app.world().resource::<RunMode>(), mode);
    send(app, Intent::Begin);
    assert_eq!(screen(app), Screen::Sales);
}

/// Draws a view in a bare egui context for two frames; returns every intent.
fn draw(mut f: impl FnMut(&mut egui::Ui) -> Option<Intent>) -> Vec<Intent> {
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let mut out = Vec::new();
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        ctx.run_ui(input, |ui| out.extend(f(ui)))
            .drop_without_applying_deltas();
    }
    out
}

#[test]
fn the_drill_screen_is_played_to_its_result_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    send(&mut app, Intent::OpenDrill);
    assert_eq!(screen(&app), Screen::Drill);
    send(
        &mut app,
        Intent::Drill(DrillIntent::Difficulty(Difficulty::Coach)),
    );
    let seed = app.world().resource::<DrillRun>().seed;
    send(&mut app, Intent::Drill(DrillIntent::Start));
    let run = app.world().resource::<DrillRun>();
    let drill = run.drill.as_ref().expect("the drill started");
    assert_eq!((drill.seed, drill.difficulty), (seed, Difficulty::Coach));
    let beats = drill.beats.len();
    assert!(beats > 0);
    // Each beat shows the room with numbers (coach), then the reactions after answering.
    for i in 0..beats {
        let DrillView::Beat(b) = drill_build(app.world().resource::<DrillRun>(), 0.0, |_, _| None)
        else {
            panic!("beat {i} is on show");
        };
        assert!(!b.answered && b.seconds_left.is_none());
        assert!(
            b.room
                .iter()
                .all(|p| p.numbers.is_some() && p.reaction.is_none())
        );
        send(&mut app, Intent::Drill(DrillIntent::Answer(0)));
        let DrillView::Beat(b) = drill_build(app.world().resource::<DrillRun>(), 0.0, |_, _| None)
        else {
            panic!("the answered beat is on show");
        };
        assert!(b.answered && b.offered[0].chosen);
        assert!(
            b.room.iter().all(|p| p.reaction.is_some()),
            "every stakeholder reacts at once"
        );
        send(&mut app, Intent::Drill(DrillIntent::Next));
    }
    let run = app.world().resource::<DrillRun>();
    assert!(run.at_result());
    let DrillView::Result(r) = drill_build(run, 0.0, |_, _| None) else {
        panic!("the result is on show");
    };
    assert_eq!(r.history.len(), 1, "the drill is kept in the history");
    assert!(r.best.is_some());
    let result = run.drill.as_ref().unwrap().result();
    assert_eq!(result.answered as usize, beats);
    assert_eq!(r.misses.len(), result.missed.len());
    // Kept in the data folder: the history and one statement file.
    let kept = Store::new(data.path()).load();
    assert_eq!(kept.drills.len(), 1);
    assert_eq!(kept.drills[0].result, result);
    assert_eq!(json_files(&data.path().join(STATEMENTS_DIR)).len(), 1);
    // The result page draws, and another drill starts from the answer with a new seed.
    let view = DrillView::Result(r);
    draw(|ui| drill_view(ui, &view));
    send(&mut app, Intent::Drill(DrillIntent::Again));
    assert!(app.world().resource::<DrillRun>().drill.is_none());
}

#[test]
fn hard_drill_counts_down_and_times_out() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    send(&mut app, Intent::OpenDrill);
    send(
        &mut app,
        Intent::Drill(DrillIntent::Difficulty(Difficulty::Hard)),
    );
    send(&mut app, Intent::Drill(DrillIntent::Start));
    let DrillView::Beat(b) = drill_build(app.world().resource::<DrillRun>(), 0.0, |_, _| None)
    else {
        panic!("a beat is on show");
    };
    // Hard: portraits and mood only, and a countdown.
    assert!(
        b.room
            .iter()
            .all(|p| p.numbers.is_none() && p.appetite.is_none())
    );
    assert!(b.offered.iter().all(|o| o.depth.is_none()));
    assert!(b.seconds_left.is_some());
    // The beat began long ago: the time runs out.
    app.world_mut().resource_mut::<DrillRun>().beat_started = -100.0;
    app.update();
    let run = app.world().resource::<DrillRun>();
    assert!(run.answered);
    assert_eq!(run.drill.as_ref().unwrap().answers[0].answer, None);
    assert_eq!(run.drill.as_ref().unwrap().result().timed_out, 1);
}

#[test]
fn the_guide_runs_the_first_time_only_can_be_skipped_and_asked_for_again() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    begin_first_level(&mut app, RunMode::Practice);
    let guide = app.world().resource::<Guide>();
    assert!(guide.active, "the first game is guided");
    assert_eq!(guide.step(Screen::Sales), Some(GuideTopic::Cues));
    send(&mut app, Intent::GuideNext);
    assert_eq!(
        app.world().resource::<Guide>().step(Screen::Sales),
        Some(GuideTopic::Depth)
    );
    // A decision: one plain sentence on why its consequence happened.
    let mut auto =
        Autoplay::from_file(&root().join("tests/scripts/01_first_client.careful.ron")).unwrap();
    for _ in 0..3 {
        let a = auto.next(session(&app)).unwrap();
        act(&mut app, a);
    }
    assert!(app.world().resource::<Guide>().why.is_some());
    // The sentence is always about the last decision: one that explains nothing clears it.
    let (mut explained, mut silent) = (0, 0);
    for _ in 0..60 {
        if session(&app).is_over() {
            break;
        }
        let a = auto.next(session(&app)).unwrap();
        let mut probe = session(&app).clone();
        let events = probe.apply(a.clone()).unwrap();
        let expected = overpromise::wording::guide::why(probe.scenario(), &events);
        act(&mut app, a);
        if !app.world().resource::<Guide>().active {
            break;
        }
        assert_eq!(app.world().resource::<Guide>().why, expected);
        if expected.is_some() {
            explained += 1
        } else {
            silent += 1
        }
    }
    assert!(
        explained > 0 && silent > 0,
        "{explained} explained, {silent} silent"
    );
    // Skip: gone at once, and remembered.
    send(&mut app, Intent::SkipGuide);
    assert!(!app.world().resource::<Guide>().active);
    assert_eq!(app.world().resource::<Settings>().guide, GuidePref::Done);
    send(&mut app, Intent::ToTitle);
    drop(app);

    // Not after: a restart reads the settings.
    let mut app = self::app(data.path());
    begin_first_level(&mut app, RunMode::Practice);
    assert!(!app.world().resource::<Guide>().active);
    send(&mut app, Intent::ToTitle);
    // "Show the guide again" in the settings brings it back for the next game.
    let mut s = app.world().resource::<Settings>().clone();
    s.guide = GuidePref::Again;
    send(&mut app, Intent::SetSettings(s));
    begin_first_level(&mut app, RunMode::Practice);
    assert!(app.world().resource::<Guide>().active);
    send(&mut app, Intent::ToTitle);
    // Never in an assessed run.
    begin_first_level(&mut app, RunMode::Assessed);
    assert!(!app.world().resource::<Guide>().active);
}

#[test]
fn an_assessed_run_allows_no_hints_and_records_its_result_and_statement() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    let mut s = app.world().resource::<Settings>().clone();
    s.coach_mode = true;
    send(&mut app, Intent::SetSettings(s));
    begin_first_level(&mut app, RunMode::Assessed);
    assert!(!app.world().resource::<Settings>().coach_mode, "no hints");
    assert!(!app.world().resource::<Guide>().active, "no guide");
    let mut auto =
        Autoplay::from_file(&root().join("tests/scripts/01_first_client.careful.ron")).unwrap();
    for _ in 0..300 {
        if session(&app).is_over() {
            break;
        }
        let a = auto.next(session(&app)).unwrap();
        act(&mut app, a);
        if !session(&app).is_over() {
            assert!(!app.world().resource::<Settings>().coach_mode);
        }
    }
    assert_eq!(screen(&app), Screen::Debrief, "the debrief only at the end");
    let run = app.world().resource::<AssessedRun>();
    let statement = run.recorded.clone().expect("recorded").expect("kept");
    assert!(statement.exists());
    assert_eq!(
        json_files(&data.path().join(STATEMENTS_DIR)),
        vec![statement]
    );
    let loaded = Store::new(data.path()).load();
    assert_eq!(loaded.progress.played.len(), 1);
    assert_eq!(loaded.progress.played[0].scenario_id, "first_client");
    assert!(
        app.world().resource::<Settings>().coach_mode,
        "coach mode given back"
    );
    // A practice run records nothing.
    send(&mut app, Intent::ToTitle);
    begin_first_level(&mut app, RunMode::Practice);
    assert_eq!(app.world().resource::<AssessedRun>().started, None);
}

#[test]
fn the_progress_page_reports_a_damaged_file_and_carries_on() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join(PROGRESS_FILE), "{ not json").unwrap();
    let mut app = app(data.path());
    send(&mut app, Intent::OpenProgress);
    assert_eq!(screen(&app), Screen::Progress);
    let page = app.world().resource::<ProgressPage>();
    assert_eq!(page.loaded.damage.len(), 1);
    assert!(page.loaded.progress.played.is_empty());
    assert!(app.world().resource::<Notice>().text.is_some());
    assert!(!data.path().join(PROGRESS_FILE).exists(), "set aside");
    let view = progress_build(page, app.world().resource::<Catalogue>(), 0);
    assert_eq!(view.damage.len(), 1);
    assert!(view.damage[0].contains("set aside"));
    draw(|ui| progress_view(ui, &view));
    // The results settings are edited, then saved.
    let mut form = view.results.form.clone();
    assert!(form.account.starts_with("player-"));
    form.account = "trainee-42".into();
    send(&mut app, Intent::SetResults(form));
    send(&mut app, Intent::SaveResults);
    let (saved, _) = overpromise::xapi::XapiSettings::load_or_create(data.path());
    assert_eq!(saved.account_name, "trainee-42");
    send(&mut app, Intent::ToTitle);
    assert_eq!(screen(&app), Screen::Title);
}

/// Draws a view for two frames with the W key pressed on the first; returns every intent.
fn draw_pressing_w(mut f: impl FnMut(&mut egui::Ui) -> Option<Intent>) -> Vec<Intent> {
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let mut out = Vec::new();
    for frame in 0..2 {
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        if frame == 0 {
            input.events.push(egui::Event::Key {
                key: egui::Key::W,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: egui::Modifiers::NONE,
            });
        }
        ctx.run_ui(input, |ui| out.extend(f(ui)))
            .drop_without_applying_deltas();
    }
    out
}

/// The sales view as the screen builds it, with the what-if part for the app's run mode.
fn sales_view_now(app: &App) -> SalesView {
    let active = app.world().resource::<ActiveSession>();
    let panel = app.world().resource::<WhatIfPanel>();
    let mode = *app.world().resource::<RunMode>();
    let shown = overpromise::game::shown::Shown::local(active, false);
    let mut view = sales_build(&shown.views, &shown.names, None, |_| None).unwrap();
    view.what_if = WhatIfView::build(mode, panel.open, &active.session, &panel.previews);
    view
}

#[test]
fn a_practice_run_asks_what_if_and_the_engine_answers_what_then_happens() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    begin_first_level(&mut app, RunMode::Practice);
    let asked = draw_pressing_w(|ui| sales_view(ui, &sales_view_now(&app)));
    assert!(asked.contains(&Intent::WhatIf(true)), "{asked:?}");
    send(&mut app, Intent::WhatIf(true));
    let panel = app.world().resource::<WhatIfPanel>().clone();
    assert!(panel.open);
    let legal = session(&app).legal_actions();
    assert_eq!(panel.previews.len(), legal.len());
    // Each answer on offer carries its effects in words, under it.
    let view = sales_view_now(&app);
    assert!(view.what_if.is_open());
    for a in view.actions() {
        let a = a.expect("the solo player decides");
        let lines = view.what_if.lines_for(&a).expect("a row per answer");
        assert!(lines.iter().any(|l| l.contains("commission")), "{lines:?}");
    }
    draw(|ui| sales_view(ui, &view));
    // Choosing an answer does what its preview said, and the next decision gets fresh previews.
    let pick = panel
        .previews
        .iter()
        .rev()
        .find(|p| matches!(p.action, Action::Choose(_)))
        .unwrap()
        .clone();
    act(&mut app, pick.action.clone());
    let active = app.world().resource::<ActiveSession>();
    assert_eq!(active.last_events, pick.events);
    assert_eq!(active.session.phase(), pick.phase);
    let panel = app.world().resource::<WhatIfPanel>();
    assert_eq!(panel.at, Some(session(&app).actions().len()));
    assert_eq!(panel.previews.len(), session(&app).legal_actions().len());
    send(&mut app, Intent::WhatIf(false));
    assert!(!app.world().resource::<WhatIfPanel>().open);
}

#[test]
fn an_assessed_run_offers_no_what_if_and_says_why() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    begin_first_level(&mut app, RunMode::Assessed);
    // The view has no button, only the reason; W asks nothing.
    let view = sales_view_now(&app);
    let why = overpromise::wording::what_if::barred(WhatIfBarred::Assessed);
    assert_eq!(view.what_if, WhatIfView::Barred(why.clone()));
    assert!(
        view.actions()
            .iter()
            .flatten()
            .all(|a| view.what_if.lines_for(a).is_none())
    );
    let asked = draw_pressing_w(|ui| sales_view(ui, &view));
    assert!(
        !asked.iter().any(|i| matches!(i, Intent::WhatIf(_))),
        "{asked:?}"
    );
    // Asked anyway: refused with the reason, nothing worked out.
    send(&mut app, Intent::WhatIf(true));
    let panel = app.world().resource::<WhatIfPanel>();
    assert!(!panel.open);
    assert!(panel.previews.is_empty());
    assert_eq!(
        app.world().resource::<Notice>().text.as_deref(),
        Some(why.as_str())
    );
    assert_eq!(RunMode::Assessed.what_if(), Err(WhatIfBarred::Assessed));
}

#[test]
fn the_settings_menu_edits_the_same_results_form_and_refuses_a_bad_one() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    send(&mut app, Intent::OpenSettings);
    assert_eq!(
        *app.world()
            .resource::<State<overpromise::game::state::Menu>>()
            .get(),
        overpromise::game::state::Menu::Settings
    );
    let page = app.world().resource::<ProgressPage>();
    let form = results_view(page, 0);
    assert!(
        form.form.account.starts_with("player-"),
        "loaded on opening"
    );
    // A bad endpoint and half the credentials: said under each field, and not saved.
    let mut bad = form.form.clone();
    bad.endpoint = "lrs.example.com/xapi".into();
    bad.username = "key".into();
    send(&mut app, Intent::SetResults(bad.clone()));
    let view = results_view(app.world().resource::<ProgressPage>(), 0);
    assert!(view.blocked());
    let fields: Vec<Field> = view.problems.iter().map(|p| p.0).collect();
    assert_eq!(fields, vec![Field::Endpoint, Field::Password]);
    assert!(view.problems[0].1.contains("https://"));
    draw(|ui| settings_with_results(ui, &Settings::default(), Some(&view)));
    send(&mut app, Intent::SaveResults);
    let (saved, _) = overpromise::xapi::XapiSettings::load_or_create(data.path());
    assert_eq!(saved.endpoint, None, "not saved");
    let status = app
        .world()
        .resource::<ProgressPage>()
        .status
        .clone()
        .unwrap();
    assert!(status.starts_with("Not saved"), "{status}");
    // Fixed: saved, and the progress page shows the same.
    bad.endpoint = "https://lrs.example.com/xapi".into();
    bad.password = "secret".into();
    send(&mut app, Intent::SetResults(bad));
    send(&mut app, Intent::SaveResults);
    let (saved, _) = overpromise::xapi::XapiSettings::load_or_create(data.path());
    assert_eq!(
        saved.endpoint.as_deref(),
        Some("https://lrs.example.com/xapi")
    );
    assert_eq!(saved.username, "key");
    send(&mut app, Intent::CloseSettings);
    send(&mut app, Intent::OpenProgress);
    let page = app.world().resource::<ProgressPage>();
    assert_eq!(page.form.endpoint, "https://lrs.example.com/xapi");
}

#[test]
fn an_assessed_run_interrupted_by_a_crash_resumes_assessed_and_is_recorded() {
    let data = tempfile::tempdir().unwrap();
    let mut first = app(data.path());
    begin_first_level(&mut first, RunMode::Assessed);
    let mut auto =
        Autoplay::from_file(&root().join("tests/scripts/01_first_client.careful.ron")).unwrap();
    for _ in 0..3 {
        let a = auto.next(session(&first)).unwrap();
        act(&mut first, a);
    }
    // The game is killed: nothing is recorded, and a new game process starts on the same folder.
    drop(first);
    assert!(json_files(&data.path().join(STATEMENTS_DIR)).is_empty());
    let mut app = app(data.path());
    assert_eq!(*app.world().resource::<RunMode>(), RunMode::Practice);
    send(&mut app, Intent::Continue);
    assert_eq!(screen(&app), Screen::Sales);
    assert_eq!(
        *app.world().resource::<RunMode>(),
        RunMode::Assessed,
        "it carries on assessed"
    );
    assert_eq!(
        app.world().resource::<RunMode>().what_if(),
        Err(WhatIfBarred::Assessed),
        "no what-if in it"
    );
    assert!(app.world().resource::<AssessedRun>().started.is_some());
    for _ in 0..300 {
        if session(&app).is_over() {
            break;
        }
        let a = auto.next(session(&app)).unwrap();
        act(&mut app, a);
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let run = app.world().resource::<AssessedRun>();
    let statement = run.recorded.clone().expect("recorded").expect("kept");
    assert_eq!(
        json_files(&data.path().join(STATEMENTS_DIR)),
        vec![statement]
    );
    assert_eq!(Store::new(data.path()).load().progress.played.len(), 1);
}
