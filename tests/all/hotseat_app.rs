//! A headless app plays a two-role hot-seat game (`MinimalPlugins` + `StatesPlugin`): the
//! briefing's table choice, a curtain at every change of seat, the delivery lead's flags in a
//! meeting, the PID review, delivery, the retrospective on the debrief, the export and the save.

use crate::common::{act, game_app, root, screen, send, session};
use bevy::prelude::*;
use overpromise::engine::script::{parse_script, run_step};
use overpromise::engine::{Action, Phase, RetroAnswer, Seat, Session, TableMode};
use overpromise::game::intent::{DebriefIntent, ExportFormat, TableChoice};
use overpromise::game::save::{self, AUTOSAVE, SaveSlot};
use overpromise::game::session::ActiveSession;
use overpromise::game::table::{AtScreen, SeatNames};
use overpromise::game::{Intent, Screen};

/// How many items the PID says (each one a candidate the seller ticked).
fn pid_len(s: &Session) -> usize {
    s.pid_candidates()
        .into_iter()
        .filter(|i| s.in_pid(*i))
        .count()
}

fn active(app: &App) -> &ActiveSession {
    app.world().resource::<ActiveSession>()
}

/// Lifts the curtain, checking it announces who the table says.
fn take_seat(app: &mut App, curtains: &mut Vec<AtScreen>) {
    assert_eq!(screen(app), Screen::Curtain);
    let next = active(app).table.curtain.expect("the curtain is up");
    curtains.push(next);
    send(app, Intent::TakeSeat);
    assert_ne!(screen(app), Screen::Curtain);
    assert_eq!(active(app).table.at_screen, next);
}

#[test]
fn a_two_role_hot_seat_game_plays_through_curtains_flags_and_the_review_to_the_debrief() {
    let data = tempfile::tempdir().unwrap();
    let mut app = game_app(data.path());
    send(&mut app, Intent::NewGame);
    send(
        &mut app,
        Intent::Pick(root().join("levels/01_first_client.scenario.ron")),
    );
    assert_eq!(screen(&app), Screen::Briefing);
    let names = SeatNames {
        seller: "Ana".into(),
        delivery_lead: "Ben".into(),
    };
    send(
        &mut app,
        Intent::SetTable(TableChoice {
            two_roles: true,
            names: names.clone(),
        }),
    );
    send(&mut app, Intent::Begin);
    assert_eq!(session(&app).mode(), TableMode::TwoRoles);
    let mut curtains = Vec::new();
    take_seat(&mut app, &mut curtains);
    assert_eq!(curtains, [AtScreen::Seat(Seat::Seller)]);
    assert_eq!(screen(&app), Screen::Sales);

    // The shipped two-role careful script, step by step: each step's actions are worked out on
    // a copy of the game's session and sent as the player's intents.
    let path = root().join("tests/scripts/01_first_client.two.careful.ron");
    let script = parse_script(&std::fs::read_to_string(path).unwrap(), "x").unwrap();
    let (mut flags, mut reviewed) = (0, false);
    for step in &script.steps {
        let mut shadow = session(&app).clone();
        let before = shadow.actions().len();
        run_step(&mut shadow, step).unwrap();
        for action in shadow.actions()[before..].iter().cloned() {
            if screen(&app) == Screen::Curtain {
                take_seat(&mut app, &mut curtains);
            }
            let seat = active(&app).table.at_screen;
            assert!(seat.shows(action.seat()), "{action:?} at {seat:?}");
            if matches!(action, Action::Flag(..)) {
                assert_eq!(
                    seat,
                    AtScreen::Both,
                    "a flag is raised with both at the screen"
                );
                flags += 1;
            }
            if session(&app).phase() == Phase::Review && !reviewed {
                reviewed = true;
                assert_eq!(screen(&app), Screen::Handoff);
                let shown = app.world().resource::<overpromise::game::shown::Shown>();
                let view = overpromise::game::views::review::build_view(&shown.views, &shown.names)
                    .expect("the delivery lead reviews the document");
                assert_eq!(view.lines.len(), pid_len(session(&app)));
                assert!(view.accept.is_some());
                assert!(view.lines.iter().all(|l| l.query.is_some()));
            }
            let n = session(&app).actions().len();
            act(&mut app, action.clone());
            assert_eq!(session(&app).actions().len(), n + 1, "{action:?} applied");
        }
    }
    assert!(flags >= 1 && reviewed);
    assert!(session(&app).is_over());
    // Seller → both (discovery) → seller → both (proposal) → seller → delivery lead → both.
    assert!(curtains.contains(&AtScreen::Seat(Seat::DeliveryLead)));
    assert!(curtains.iter().filter(|c| **c == AtScreen::Both).count() >= 2);
    take_seat(&mut app, &mut curtains);
    assert_eq!(curtains.last(), Some(&AtScreen::Both));
    assert_eq!(screen(&app), Screen::Debrief);

    // The retrospective: each seat's answers, through the engine.
    for (seat, a, b) in [
        (
            Seat::Seller,
            "I hurried the close",
            "the real portal estimate earlier",
        ),
        (
            Seat::DeliveryLead,
            "week 3 was tight",
            "the date before it was said",
        ),
    ] {
        act(&mut app, Action::Retro(seat, RetroAnswer::new(a, b)));
    }
    assert!(session(&app).retro_open().is_empty());
    assert_eq!(screen(&app), Screen::Debrief, "no curtain in the debrief");
    send(
        &mut app,
        Intent::Debrief(DebriefIntent::Export(ExportFormat::Markdown)),
    );
    let exported: Vec<_> = std::fs::read_dir(data.path().join("exports"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    let md = exported
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .unwrap_or_else(|| panic!("no Markdown export among {exported:?}"));
    assert!(md.contains("I hurried the close") && md.contains("the date before it was said"));

    // The save records the table; resuming it brings the names back.
    let file = save::read(&data.path().join(AUTOSAVE)).unwrap();
    assert_eq!(file.mode, TableMode::TwoRoles);
    assert_eq!(file.players, ["Ana", "Ben"]);
    let mut again = game_app(data.path());
    let slot = again.world().resource::<SaveSlot>();
    let r = slot.resumable.as_ref().expect("the save resumes");
    assert_eq!(r.session.mode(), TableMode::TwoRoles);
    assert_eq!(r.names, names);
    assert_eq!(r.session.retro(), session(&app).retro());
    // Continue opens on the curtain at once, never a frame of the phase's screen before it.
    again.world_mut().write_message(Intent::Continue);
    again.update();
    assert!(matches!(
        again.world().resource::<NextState<Screen>>(),
        NextState::Pending(Screen::Curtain)
    ));
    again.update();
    assert_eq!(screen(&again), Screen::Curtain);
    send(&mut again, Intent::TakeSeat);
    assert_eq!(screen(&again), Screen::Debrief);
}

#[test]
fn a_solo_game_never_shows_the_curtain_and_old_saves_load_as_solo() {
    let data = tempfile::tempdir().unwrap();
    let mut app = game_app(data.path());
    send(&mut app, Intent::NewGame);
    send(
        &mut app,
        Intent::Pick(root().join("levels/01_first_client.scenario.ron")),
    );
    send(&mut app, Intent::Begin);
    assert_eq!(screen(&app), Screen::Sales);
    assert!(active(&app).table.curtain.is_none());
    let a = overpromise::engine::Action::Choose(match session(&app).legal_actions().first() {
        Some(Action::Choose(c)) => *c,
        other => panic!("{other:?}"),
    });
    act(&mut app, a);
    assert_eq!(screen(&app), Screen::Sales);
    // A save from before two roles: no mode, no players.
    let text = std::fs::read_to_string(data.path().join(AUTOSAVE)).unwrap();
    let old: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("mode:") && !l.contains("players"))
        .collect::<Vec<_>>()
        .join("\n");
    let parsed = overpromise::saves::parse(&old).unwrap();
    assert_eq!(parsed.mode, TableMode::Solo);
    // A damaged save is reported, never a panic.
    assert!(overpromise::saves::parse("SaveFile(format: 1, mode: Three").is_err());
}
