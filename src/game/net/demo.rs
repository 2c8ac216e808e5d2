//! Workshop scenes for the tour's pictures, with no network: a seat whose host messages are the
//! engine's own role views of a real two-role session of the first level, fed through a fake
//! link ([`Link::pair`]) into the same systems a connected device runs; and a console whose
//! snapshot describes three real sessions at different points. `--screen remote` and
//! `--screen console` open on them too (for pictures and the idle check).

use bevy::prelude::*;

use super::client::{JoinAs, Workshop};
use super::link::{Link, LinkEvent};
use super::remote::Remote;
use crate::engine::view::PhaseView;
use crate::engine::{Action, Seat, Session, TableMode};
use crate::game::levels::Catalogue;
use crate::game::state::Screen;
use crate::workshop::protocol::{
    ConsoleSnapshot, DeviceStatus, HostMsg, PROTOCOL, SeatChoice, TableStatus, TimerState,
    seat_views,
};

/// A two-role session of the first level, played `steps` decisions in (inviting delivery to
/// the first meeting, then the first answers).
fn session(world: &World, steps: usize) -> Option<Session> {
    let (_, scenario) = world.resource::<Catalogue>().first_shipped()?;
    let mut s = Session::with_mode(scenario.clone(), 7, TableMode::TwoRoles);
    for _ in 0..steps {
        let seat = *s.to_act().first()?;
        let legal = s.legal_actions_as(seat);
        // Invite delivery when asked; otherwise the first thing open.
        let action = legal
            .iter()
            .find(|a| matches!(a, Action::Invite(r) if !r.is_empty()))
            .or_else(|| legal.first())?
            .clone();
        s.apply_as(seat, action).ok()?;
    }
    Some(s)
}

fn welcome(seat: SeatChoice, title: &str) -> HostMsg {
    HostMsg::Welcome {
        protocol: PROTOCOL,
        table: "Table 2".into(),
        seat,
        token: "tour".into(),
        scenario: String::new(),
        title: title.to_owned(),
        last_seq: 0,
    }
}

/// Feeds `messages` through a fake link into a fresh [`Workshop`] and [`Remote`], as if a host
/// had sent them, and shows `screen`.
fn feed(world: &mut World, seat: SeatChoice, messages: Vec<HostMsg>, screen: Screen) {
    let (link, end) = Link::pair("ws://192.168.1.20:7878/ws");
    let mut workshop = Workshop::over(
        link,
        JoinAs {
            room: "K7WQ3M".into(),
            table: "Table 2".into(),
            seat,
            key: None,
        },
    );
    let mut remote = Remote::default();
    let _ = end.events.send(LinkEvent::Open);
    for m in messages {
        let _ = end.events.send(LinkEvent::Text(
            serde_json::to_string(&m).unwrap_or_default(),
        ));
    }
    for msg in workshop.pump(usize::MAX) {
        remote.take(&msg);
    }
    // The pictures show the seat's screen; the briefing a seat opens on has its own scene.
    remote.briefing = false;
    world.insert_resource(workshop);
    world.insert_resource(remote);
    world.resource_mut::<NextState<Screen>>().set(screen);
}

/// The first level's careful two-role game, played until `stop` holds (or to its end).
fn careful_until(world: &World, stop: impl Fn(&Session) -> bool) -> Option<Session> {
    let played = careful_game(world)?;
    let mut s = Session::with_mode(played.scenario_arc().clone(), 7, TableMode::TwoRoles);
    for a in played.actions() {
        if stop(&s) {
            break;
        }
        s.apply_as(a.seat(), a.clone()).ok()?;
    }
    Some(s)
}

/// A seat's messages: the welcome, its view as the host builds it, and the stage timer when the
/// facilitator runs one.
fn seat_messages(s: &Session, seat: SeatChoice, timer: bool) -> Vec<HostMsg> {
    let mut out = vec![
        welcome(seat, &s.scenario().title),
        HostMsg::View {
            version: s.actions().len() as u64,
            ack: None,
            views: seat_views(s, seat, false),
            revealed_ledger: None,
        },
    ];
    if timer {
        out.push(HostMsg::Timer {
            timer: Some(TimerState {
                label: "Sales meetings".into(),
                seconds_left: 14 * 60 + 32,
                warn_at: 120,
            }),
        });
    }
    out
}

/// The delivery lead's seat in Discovery, the meeting with three of the client's people, at its
/// first answer (`--screen remote`: nothing moves until a message or a key).
pub fn remote_meeting(world: &mut World) {
    lead_in_discovery(world, false);
}

/// A seller's seat as it joins: the briefing of the table's game, read before going to the table.
pub fn remote_briefing(world: &mut World) {
    let Some(s) = careful_until(world, |_| true) else {
        return;
    };
    feed(
        world,
        SeatChoice::Seller,
        seat_messages(&s, SeatChoice::Seller, false),
        Screen::Remote,
    );
    world.resource_mut::<Remote>().briefing = true;
}

/// The same seat while the facilitator's stage timer runs (the tour's picture).
pub fn remote_meeting_timed(world: &mut World) {
    lead_in_discovery(world, true);
}

fn lead_in_discovery(world: &mut World, timer: bool) {
    // The first level's second meeting, Discovery, where the careful seller brings delivery.
    let Some(s) = careful_until(
        world,
        |s| matches!(s.phase(), crate::engine::Phase::Beat(m, _) if m.ix() == 1),
    ) else {
        return;
    };
    feed(
        world,
        SeatChoice::DeliveryLead,
        seat_messages(&s, SeatChoice::DeliveryLead, timer),
        Screen::Remote,
    );
}

/// The seller's seat at the handoff: the ledger beside the PID being written.
pub fn remote_pid(world: &mut World) {
    let Some(mut s) = careful_until(world, |s| s.phase() == crate::engine::Phase::Handoff) else {
        return;
    };
    // Two promises written in, the rest still to decide.
    for item in s.pid_candidates().into_iter().take(2) {
        let _ = s.apply_as(Seat::Seller, Action::SetInPid(item, true));
    }
    feed(
        world,
        SeatChoice::Seller,
        seat_messages(&s, SeatChoice::Seller, false),
        Screen::Remote,
    );
}

/// The delivery lead's seat three weeks into delivery.
pub fn remote_delivery(world: &mut World) {
    let Some(s) = careful_until(world, |s| {
        s.view(crate::engine::Viewer::Solo, s.options())
            .delivery
            .is_some_and(|d| d.weeks_done >= 3)
    }) else {
        return;
    };
    feed(
        world,
        SeatChoice::DeliveryLead,
        seat_messages(&s, SeatChoice::DeliveryLead, false),
        Screen::Remote,
    );
}

/// The first level played to the end in two roles by the shipped careful script.
fn careful_game(world: &World) -> Option<Session> {
    let (_, scenario) = world.resource::<Catalogue>().first_shipped()?;
    let text = include_str!("../../../tests/scripts/01_first_client.two.careful.ron");
    let script = crate::engine::script::parse_script(text, "tour").ok()?;
    Some(crate::engine::script::start_and_run(scenario.clone(), 7, &script).0)
}

/// The delivery lead's seat at the end of a careful two-role game of the first level: the result,
/// the seller's ledger revealed beside the PID, and the retrospective form.
pub fn remote_retro(world: &mut World) {
    let Some(s) = careful_game(world) else {
        return;
    };
    let title = s.scenario().title.clone();
    let msgs = vec![
        welcome(SeatChoice::DeliveryLead, &title),
        HostMsg::View {
            version: s.actions().len() as u64,
            ack: None,
            views: seat_views(&s, SeatChoice::DeliveryLead, true),
            revealed_ledger: Some(s.ledger_told()),
        },
    ];
    feed(world, SeatChoice::DeliveryLead, msgs, Screen::Remote);
}

/// A hot-seat laptop (both seats of one table) when the seller hands the PID over: the curtain
/// asks for the screen to pass to the delivery lead.
pub fn remote_hot_seat(world: &mut World) {
    let Some(played) = careful_game(world) else {
        return;
    };
    let mut s = Session::with_mode(played.scenario_arc().clone(), 7, TableMode::TwoRoles);
    for a in played.actions() {
        if s.phase() == crate::engine::Phase::Review {
            break;
        }
        if s.apply_as(a.seat(), a.clone()).is_err() {
            return;
        }
    }
    let title = s.scenario().title.clone();
    let msgs = vec![
        welcome(SeatChoice::Both, &title),
        HostMsg::View {
            version: s.actions().len() as u64,
            ack: None,
            views: seat_views(&s, SeatChoice::Both, false),
            revealed_ledger: None,
        },
    ];
    feed(world, SeatChoice::Both, msgs, Screen::Remote);
    // The seller had the screen for the handoff.
    world.resource_mut::<Remote>().seated = Some(crate::game::table::AtScreen::Seat(Seat::Seller));
}

/// The facilitator's console over three tables at different points of the first level.
pub fn console(world: &mut World) {
    let mut tables = Vec::new();
    for (name, steps, idle, lead_connected) in [
        ("Table 1", 2usize, 12u64, true),
        ("Table 2", 5, 95, true),
        ("Table 3", 9, 260, false),
    ] {
        let Some(s) = session(world, steps) else {
            return;
        };
        let v = s.seat_view(Seat::Seller);
        let (meeting, week) = match &v.phase {
            PhaseView::Invite(_) | PhaseView::Beat(..) => (s.meeting_name(), None),
            PhaseView::Delivery => (None, v.delivery.as_ref().map(|d| d.weeks_done)),
            _ => (None, None),
        };
        tables.push(TableStatus {
            table: name.into(),
            mode: TableMode::TwoRoles,
            phase: v.phase.clone(),
            meeting,
            week,
            promises: v.ledger.len() as u32,
            decisions: s.actions().len() as u32,
            idle_seconds: idle,
            devices: vec![
                DeviceStatus {
                    seat: SeatChoice::Seller,
                    connected: true,
                },
                DeviceStatus {
                    seat: SeatChoice::DeliveryLead,
                    connected: lead_connected,
                },
            ],
            waiting_at_gate: false,
            released: false,
            imported: false,
        });
    }
    let snapshot = ConsoleSnapshot {
        tables,
        paused: false,
        gate_closed: true,
        timer: None,
        leaderboard_shown: false,
        ledgers_revealed: false,
    };
    feed(
        world,
        SeatChoice::Facilitator,
        vec![
            welcome(SeatChoice::Facilitator, "Workshop"),
            HostMsg::Console(snapshot),
        ],
        Screen::Console,
    );
}

/// The console's class-debrief tab: the board a host computes for two tables of the first level
/// that played the shipped two-role scripts (imported, as an offline table's file is), with no
/// network.
pub fn class_board(world: &mut World) {
    let Some(scenario) = crate::bundled::by_stem("01_first_client").and_then(|l| l.load().ok())
    else {
        return;
    };
    let scenario = std::sync::Arc::new(scenario);
    let seed = scenario.default_seed;
    let ws = crate::workshop::host::Workshop::new("TOUR", scenario.clone(), seed, None);
    let red = include_str!("../../../tests/scripts/01_first_client.two.overpromise.ron");
    let green = include_str!("../../../tests/scripts/01_first_client.two.careful.ron");
    // Green's hot seat answered the retrospective before saving: imported as its save file.
    let green_save = crate::engine::script::parse_script(green, "tour")
        .ok()
        .map(|script| {
            let (mut s, _) = crate::engine::script::start_and_run(scenario.clone(), seed, &script);
            for (seat, went_wrong, needed) in [
                (
                    Seat::Seller,
                    "I nearly promised six weeks to close",
                    "the team's estimate before the meeting",
                ),
                (
                    Seat::DeliveryLead,
                    "Nothing, this time",
                    "to be in the room when dates come up",
                ),
            ] {
                let _ = s.apply_as(
                    seat,
                    Action::Retro(seat, crate::engine::RetroAnswer::new(went_wrong, needed)),
                );
            }
            ron::to_string(&crate::saves::SaveFile {
                format: crate::saves::FORMAT,
                scenario_id: scenario.id.clone(),
                scenario_path: Default::default(),
                seed,
                actions: s.actions().to_vec(),
                support: Default::default(),
                mode: TableMode::TwoRoles,
                players: Vec::new(),
                assessed: None,
            })
            .unwrap_or_default()
        });
    for (table, content) in [
        ("Red", red.to_owned()),
        ("Green", green_save.unwrap_or_default()),
    ] {
        if let Err(e) = ws.import(table, &content) {
            warn!("tour: the class debrief could not import {table}: {e:?}");
        }
    }
    let mut board = world.resource_mut::<super::board::ClassBoard>();
    board.board = Some(ws.board());
    board.shown = true;
}
