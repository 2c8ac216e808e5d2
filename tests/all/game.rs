//! The game without a window: the logic plugins driven by intents from title to the debrief,
//! autosave and resume, damaged saves, hot reload, one system on a bare `App`, and the pure views
//! in a bare egui context.

use crate::common::{act, screen, send, session};
use overpromise::game::shown::Shown;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy_egui::egui;
use overpromise::engine::{Action, Event, Phase};
use overpromise::game::autoplay::Autoplay;
use overpromise::game::levels::{Catalogue, RescanLevels};
use overpromise::game::save::{self, AUTOSAVE, AUTOSAVE_PREV, SaveSlot};
use overpromise::game::screens::ChosenScenario;
use overpromise::game::session::{ActiveSession, EngineEvent};
use overpromise::game::session::{Notice, apply_decisions};
use overpromise::game::settings::Settings;
use overpromise::game::{GameConfig, Intent, Menu, Screen};
use overpromise::scenario;

const LEVEL: &str = "01_first_client.scenario.ron";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn levels() -> PathBuf {
    root().join("levels")
}

fn careful() -> Autoplay {
    Autoplay::from_file(&root().join("tests/scripts/01_first_client.careful.ron"))
        .expect("the careful script for level 01")
}

/// Counts engine events as they arrive, the way a screen would hear them.
#[derive(Resource, Default)]
struct Heard(Vec<EngineEvent>);

fn listen(mut events: MessageReader<EngineEvent>, mut heard: ResMut<Heard>) {
    heard.0.extend(events.read().cloned());
}

/// The game's logic, headless: no window, no renderer, no egui.
fn app_with(config: GameConfig) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(config);
    app.add_plugins(overpromise::game::logic_plugin);
    app.init_resource::<Heard>();
    app.add_systems(Last, listen);
    app.update(); // startup: settings, levels, saves
    app
}

fn app(data: &Path) -> App {
    app_with(GameConfig::new(levels(), Some(data.to_path_buf())))
}

/// Plays the careful script through intents until `stop` holds.
fn play_until(app: &mut App, auto: &mut Autoplay, stop: impl Fn(Phase) -> bool) {
    for _ in 0..200 {
        if stop(session(app).phase()) {
            return;
        }
        let action = auto
            .next(session(app))
            .expect("the script has more to play");
        act(app, action);
    }
    panic!("did not reach the phase");
}

fn start_first_level(app: &mut App) {
    send(app, Intent::NewGame);
    assert_eq!(screen(app), Screen::Picker);
    send(app, Intent::Pick(levels().join(LEVEL)));
    assert_eq!(screen(app), Screen::Briefing);
    send(app, Intent::Begin);
    assert_eq!(screen(app), Screen::Sales);
}

#[test]
fn intents_take_a_game_from_title_to_handoff() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    assert_eq!(screen(&app), Screen::Title);

    send(&mut app, Intent::NewGame);
    assert_eq!(screen(&app), Screen::Picker);
    send(&mut app, Intent::Back);
    assert_eq!(screen(&app), Screen::Title);
    send(&mut app, Intent::NewGame);
    send(&mut app, Intent::Pick(levels().join(LEVEL)));
    assert_eq!(screen(&app), Screen::Briefing);
    let chosen = app.world().resource::<ChosenScenario>();
    assert_eq!(chosen.scenario.id, "first_client");

    send(&mut app, Intent::Begin);
    assert_eq!(screen(&app), Screen::Sales);
    assert!(matches!(session(&app).phase(), Phase::Beat(..)));
    assert!(
        data.path().join(AUTOSAVE).exists(),
        "a new game is saved at once"
    );

    // A decision reaches the engine and its events come back as messages.
    let before = app.world().resource::<Heard>().0.len();
    let first = session(&app).legal_actions()[0].clone();
    act(&mut app, first.clone());
    assert_eq!(session(&app).actions(), &[first]);
    assert!(app.world().resource::<Heard>().0.len() > before);

    let mut auto = careful();
    // Replay the script from the start on a fresh game to stay on its path.
    send(&mut app, Intent::ToTitle);
    app.world_mut().remove_resource::<ActiveSession>();
    start_first_level(&mut app);
    play_until(&mut app, &mut auto, |p| p == Phase::Handoff);
    assert_eq!(screen(&app), Screen::Handoff);
    let s = session(&app);
    assert!(
        s.log()
            .iter()
            .any(|e| matches!(e, Event::DealDecided { signed: true, .. }))
    );
    assert!(s.promises_made() > 0, "the careful script makes promises");

    // Ticking an item is an engine decision too.
    let item = s.pid_candidates()[0];
    act(&mut app, Action::SetInPid(item, true));
    assert!(session(&app).in_pid(item));
}

#[test]
fn decisions_are_ignored_behind_the_pause_menu() {
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path());
    start_first_level(&mut app);
    send(&mut app, Intent::Pause);
    assert_eq!(*app.world().resource::<State<Menu>>().get(), Menu::Pause);
    let a = session(&app).legal_actions()[0].clone();
    act(&mut app, a);
    assert!(session(&app).actions().is_empty());
    send(&mut app, Intent::Resume);
    assert_eq!(*app.world().resource::<State<Menu>>().get(), Menu::None);
    send(&mut app, Intent::ToTitle);
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn autosave_resumes_the_same_game() {
    let data = tempfile::tempdir().unwrap();
    let state = {
        let mut app = app(data.path());
        start_first_level(&mut app);
        let mut auto = careful();
        play_until(&mut app, &mut auto, |p| matches!(p, Phase::Invite(_)));
        assert!(
            data.path().join(AUTOSAVE_PREV).exists(),
            "the previous save is kept"
        );
        session(&app).clone()
    };

    let mut app = app(data.path());
    let slot = app.world().resource::<SaveSlot>();
    assert!(slot.message.is_none());
    assert!(slot.resumable.is_some());
    send(&mut app, Intent::Continue);
    assert_eq!(screen(&app), Screen::Sales);
    assert!(session(&app).same_state(&state));
}

#[test]
fn a_damaged_save_is_reported_and_the_previous_one_is_kept() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut app = app(data.path());
        start_first_level(&mut app);
        let a = session(&app).legal_actions()[0].clone();
        act(&mut app, a);
    }
    let prev = std::fs::read_to_string(data.path().join(AUTOSAVE_PREV)).unwrap();
    std::fs::write(
        data.path().join(AUTOSAVE),
        "SaveFile(format: 1, scenario_id: ",
    )
    .unwrap();

    let mut app = app(data.path());
    let slot = app.world().resource::<SaveSlot>();
    let message = slot
        .message
        .clone()
        .expect("a message for the title screen");
    assert!(message.contains("damaged"), "{message}");
    assert!(slot.resumable.as_ref().is_some_and(|r| r.from_previous));
    assert_eq!(
        std::fs::read_to_string(data.path().join(AUTOSAVE)).unwrap(),
        "SaveFile(format: 1, scenario_id: ",
        "the damaged file is left for the facilitator until a new save replaces it"
    );

    // Continuing resumes the previous save and makes it the latest; the good previous save is
    // never replaced by the damaged one.
    send(&mut app, Intent::Continue);
    assert_eq!(screen(&app), Screen::Sales);
    assert_eq!(
        std::fs::read_to_string(data.path().join(AUTOSAVE_PREV)).unwrap(),
        prev
    );
    assert!(save::read(&data.path().join(AUTOSAVE)).is_ok());
}

#[test]
fn a_save_for_a_missing_scenario_is_reported() {
    let data = tempfile::tempdir().unwrap();
    let file = save::SaveFile {
        format: save::FORMAT,
        scenario_id: "gone".into(),
        scenario_path: data.path().join("gone.scenario.ron"),
        seed: 1,
        actions: vec![],
        support: Default::default(),
        mode: Default::default(),
        players: Vec::new(),
        assessed: None,
    };
    save::write(data.path(), &file).unwrap();
    let app = app(data.path());
    let slot = app.world().resource::<SaveSlot>();
    assert!(slot.resumable.is_none());
    assert!(
        slot.message
            .as_deref()
            .is_some_and(|m| m.contains("not installed")),
        "{:?}",
        slot.message
    );
}

#[test]
fn a_scenario_broken_by_an_edit_shows_its_errors_and_the_game_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let extra = tempfile::tempdir().unwrap();
    let file = extra.path().join("mine.scenario.ron");
    let text = std::fs::read_to_string(levels().join(LEVEL))
        .unwrap()
        .replace("id: \"first_client\"", "id: \"my_copy\"");
    std::fs::write(&file, &text).unwrap();
    let mut config = GameConfig::new(levels(), Some(data.path().to_path_buf()));
    config.extra_levels = vec![extra.path().to_path_buf()];
    let mut app = app_with(config);

    send(&mut app, Intent::NewGame);
    send(&mut app, Intent::Pick(file.clone()));
    send(&mut app, Intent::Begin);
    assert_eq!(session(&app).scenario().id, "my_copy");
    let a = session(&app).legal_actions()[0].clone();
    act(&mut app, a);

    std::fs::write(&file, text.replace("minutes: 15,", "minutes: \"soon\",")).unwrap();
    app.world_mut().write_message(RescanLevels);
    app.update();

    let entry = app
        .world()
        .resource::<Catalogue>()
        .by_path(&file)
        .cloned()
        .unwrap();
    let problems = entry.scenario.expect_err("the edited file is broken");
    assert!(problems[0].starts_with("Line "), "{problems:?}");
    let active = app.world().resource::<ActiveSession>();
    assert!(active.stale);
    assert_eq!(
        active.session.actions().len(),
        1,
        "the game in progress is kept"
    );
    assert!(app.world().resource::<Notice>().text.is_some());
}

#[test]
fn settings_are_saved_and_read_back() {
    let data = tempfile::tempdir().unwrap();
    let wanted = Settings {
        ui_scale: 1.3,
        high_contrast: true,
        coach_mode: true,
        support: overpromise::engine::Support::Expert,
        ..Settings::default()
    };
    {
        let mut app = app(data.path());
        send(&mut app, Intent::SetSettings(wanted.clone()));
        assert_eq!(app.world().resource::<Settings>(), &wanted);
    }
    let app = app(data.path());
    assert_eq!(app.world().resource::<Settings>(), &wanted);
}

/// A system on a bare `App`: intents in, engine events out, refusals as a notice.
#[test]
fn apply_decisions_on_a_bare_app() {
    let scenario = Arc::new(scenario::load_file(&levels().join(LEVEL)).unwrap());
    let mut app = App::new();
    app.add_message::<Intent>()
        .add_message::<EngineEvent>()
        .add_message::<overpromise::game::session::SessionChanged>()
        .init_resource::<Notice>()
        .insert_resource(State::new(Screen::Sales))
        .insert_resource(State::new(Menu::None))
        .insert_resource(ActiveSession::start(scenario, levels().join(LEVEL), 7))
        .init_resource::<overpromise::game::net::remote::Remote>()
        .add_systems(Update, apply_decisions);

    let legal = session(&app).legal_actions()[0].clone();
    let d = app.world().resource::<ActiveSession>().decision(&legal);
    app.world_mut().write_message(Intent::Act(d));
    app.update();
    assert_eq!(session(&app).actions().len(), 1);
    let events = app.world().resource::<Messages<EngineEvent>>();
    assert!(events.iter_current_update_messages().len() > 0);

    let d = app
        .world()
        .resource::<ActiveSession>()
        .decision(&Action::SubmitPid);
    app.world_mut().write_message(Intent::Act(d));
    app.update();
    assert_eq!(
        session(&app).actions().len(),
        1,
        "a refused action changes nothing"
    );
    assert!(app.world().resource::<Notice>().text.is_some());
}

use crate::ui_input::key;

/// Runs a view for one frame with these key presses.
fn run_view<V>(view: impl Fn(&mut egui::Ui) -> V, keys: &[egui::Key]) -> Option<V> {
    let ctx = egui::Context::default();
    overpromise::game::theme::install(&ctx, &Settings::default());
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let input = egui::RawInput {
        events: keys.iter().map(|k| key(*k)).collect(),
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut out = None;
    ctx.run_ui(input, |ui| out = Some(view(ui)))
        .textures_delta
        .clear();
    out
}

#[test]
fn sales_view_picks_with_number_keys_and_confirms_with_enter() {
    use overpromise::game::views::sales::{build_view, sales_view};
    let scenario = Arc::new(scenario::load_file(&levels().join(LEVEL)).unwrap());
    let active = ActiveSession::start(scenario, levels().join(LEVEL), 7);
    let shown = Shown::local(&active, false);
    let view = build_view(&shown.views, &shown.names, None, |_| None).unwrap();
    let offered = view.actions();
    assert!(offered.len() >= 2);

    let got = run_view(|ui| sales_view(ui, &view), &[egui::Key::Num2]).flatten();
    assert_eq!(got, Some(Intent::Highlight(1)));
    let nothing = run_view(|ui| sales_view(ui, &view), &[egui::Key::Enter]).flatten();
    assert_eq!(nothing, None, "Enter needs a highlighted answer");

    let highlighted = build_view(&shown.views, &shown.names, Some(1), |_| None).unwrap();
    let got = run_view(|ui| sales_view(ui, &highlighted), &[egui::Key::Enter]).flatten();
    assert_eq!(got, offered[1].clone().map(Intent::Act));
    assert!(got.is_some());
}

/// Plays level 02 choosing the first answer each time, inviting the senior designer or nobody,
/// and counts the answers that promise a claim that is not simply true: (with a warning, without).
fn claim_warnings_on_cards(with_designer: bool) -> (usize, usize) {
    use overpromise::engine::Phase;
    use overpromise::game::views::sales::{Stage, build_view};
    use overpromise::scenario::model::{ClaimTruth, PromiseKind, Role};
    let level = "02_integration_claim.scenario.ron";
    let scenario = Arc::new(scenario::load_file(&levels().join(level)).unwrap());
    let mut active = ActiveSession::start(scenario.clone(), levels().join(level), 7);
    let (mut warned, mut silent) = (0, 0);
    for _ in 0..200 {
        let legal = active.session.legal_actions();
        let action = match active.session.phase() {
            Phase::Invite(_) => {
                let want = if with_designer {
                    vec![Role::SeniorDesigner]
                } else {
                    vec![]
                };
                legal
                    .iter()
                    .find(|a| matches!(a, Action::Invite(r) if *r == want))
                    .or_else(|| {
                        legal
                            .iter()
                            .find(|a| matches!(a, Action::Invite(r) if r.is_empty()))
                    })
                    .cloned()
            }
            Phase::Beat(..) => {
                let shown = Shown::local(&active, false);
                let view = build_view(&shown.views, &shown.names, None, |_| None).unwrap();
                let Stage::Beat { offered, .. } = &view.stage else {
                    panic!("a beat shows answers");
                };
                for o in offered {
                    let Some(d) = &o.action else {
                        continue;
                    };
                    let Ok(Action::Choose(c)) = active.session.resolve_key(&d.key) else {
                        continue;
                    };
                    let false_claim = scenario.answers[c.ix()].promises.iter().any(|p| {
                        matches!(scenario.promises[p.ix()].kind,
                            PromiseKind::Claim(k) if !matches!(scenario.offer.claims[k.ix()].truth, ClaimTruth::Holds))
                    });
                    if false_claim && !o.warnings.is_empty() {
                        assert!(
                            o.warnings[0].contains("senior designer"),
                            "{:?}",
                            o.warnings
                        );
                        warned += 1;
                    } else if false_claim {
                        silent += 1;
                    } else {
                        assert!(o.warnings.is_empty(), "{:?}", o.warnings);
                    }
                }
                legal.first().cloned()
            }
            _ => None,
        };
        let Some(a) = action else { break };
        if active.apply(a).is_err() {
            break;
        }
    }
    (warned, silent)
}

#[test]
fn sales_cards_carry_the_designer_warning_only_when_the_designer_attends() {
    let (warned, silent) = claim_warnings_on_cards(true);
    assert!(warned > 0, "the designer warns on some card");
    assert_eq!(silent, 0, "the designer warns on every false claim");
    let (warned, silent) = claim_warnings_on_cards(false);
    assert_eq!(warned, 0, "no warning without the designer");
    assert!(silent > 0, "level 02 offers a claim that does not hold");
}

#[test]
fn title_and_picker_views_answer_keys() {
    use overpromise::game::views::picker::{build_view as picker, picker_view};
    use overpromise::game::views::title::{TitleView, title_view};
    let view = TitleView {
        continue_label: Some("First Client (3 decisions in)".into()),
        save_message: None,
        playable: 3,
        broken: 0,
    };
    let got = run_view(|ui| title_view(ui, &view), &[egui::Key::Num2]).flatten();
    assert_eq!(got, Some(Intent::NewGame));
    let got = run_view(|ui| title_view(ui, &view), &[egui::Key::Enter]).flatten();
    assert_eq!(got, Some(Intent::Continue));

    let catalogue = Catalogue::scan(vec![(
        levels(),
        overpromise::game::levels::LevelSource::Shipped,
    )]);
    let view = picker(&catalogue, Some(0));
    let got = run_view(|ui| picker_view(ui, &view), &[egui::Key::Enter]).flatten();
    assert_eq!(got, Some(Intent::Pick(view.levels[0].path.clone())));
    let got = run_view(|ui| picker_view(ui, &view), &[egui::Key::ArrowDown]).flatten();
    assert_eq!(got, Some(Intent::Highlight(1)));
}

#[test]
fn broken_files_are_listed_in_plain_words() {
    let catalogue = Catalogue::scan(vec![(
        root().join("tests/broken"),
        overpromise::game::levels::LevelSource::Extra,
    )]);
    let broken: Vec<_> = catalogue.broken().collect();
    assert!(!broken.is_empty());
    for (entry, problems) in broken {
        assert!(!problems.is_empty(), "{}", entry.path.display());
        for p in problems {
            assert!(
                !p.contains(&*entry.path.to_string_lossy()),
                "the list names the file once, not in every line: {p}"
            );
        }
    }
}

#[test]
fn a_whole_game_reaches_the_debrief_where_what_if_replays_and_exports_work() {
    use overpromise::engine::PromiseEdit;
    use overpromise::game::screens::debrief::DebriefState;
    use overpromise::game::views::debrief::{DebriefIntent, ExportFormat};

    let data = tempfile::tempdir().unwrap();
    let mut game = app(data.path());
    start_first_level(&mut game);
    let mut auto = careful();
    let mut screens = vec![screen(&game)];
    for _ in 0..300 {
        if session(&game).is_over() {
            break;
        }
        let action = auto
            .next(session(&game))
            .expect("the script has more to play");
        act(&mut game, action);
        if screens.last() != Some(&screen(&game)) {
            screens.push(screen(&game));
        }
    }
    // The screens follow the engine's phases, in order, and end on the debrief.
    assert_eq!(
        screens,
        vec![
            Screen::Sales,
            Screen::Handoff,
            Screen::Delivery,
            Screen::Debrief
        ]
    );

    // The engine's outcome is what the debrief shows.
    let outcome = session(&game).outcome().cloned().expect("the game is over");
    assert!(outcome.won);
    let state = game.world().resource::<DebriefState>();
    assert_eq!(state.debrief.outcome, outcome);
    assert_eq!(state.debrief, session(&game).debrief(true).unwrap());

    // What if the deadline promise had never been made? The screen asks the engine, same seed.
    let p = session(&game)
        .scenario()
        .promise_by_key("p_deadline_9")
        .unwrap();
    send(
        &mut game,
        Intent::Debrief(DebriefIntent::Run(PromiseEdit::Drop(p))),
    );
    let shown = game.world().resource::<DebriefState>().what_if.clone();
    assert_eq!(shown, session(&game).what_if(PromiseEdit::Drop(p)));
    assert!(shown.is_some_and(|w| w.outcome.won));

    // Both exports are written into the data folder.
    for format in [ExportFormat::Markdown, ExportFormat::Html] {
        send(&mut game, Intent::Debrief(DebriefIntent::Export(format)));
    }
    let exports: Vec<_> = std::fs::read_dir(data.path().join("exports"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(exports.iter().any(|n| n.ends_with(".md")), "{exports:?}");
    assert!(exports.iter().any(|n| n.ends_with(".html")), "{exports:?}");
    let md = std::fs::read_to_string(
        std::fs::read_dir(data.path().join("exports"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|x| x == "md"))
            .unwrap(),
    )
    .unwrap();
    assert!(md.contains("First Client"), "{md}");

    // A finished game resumes on its debrief.
    let saved = session(&game).actions().to_vec();
    let mut again = app(data.path());
    send(&mut again, Intent::Continue);
    assert_eq!(screen(&again), Screen::Debrief);
    assert_eq!(session(&again).actions(), saved.as_slice());
}
