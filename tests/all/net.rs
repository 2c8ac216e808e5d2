//! The game's workshop client: the plugin's channel handling on a bare `App` (a fake link, no
//! socket), the link's reconnection against a bare WebSocket server, and a headless game that
//! joins a real host started in-process on 127.0.0.1:0 and plays decisions from two devices.

use crate::common::send;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use overpromise::engine::told::PromiseText;
use overpromise::engine::view::{ActionKey, PhaseView};
use overpromise::engine::{Seat, Session, TableMode, Viewer};
use overpromise::game::intent::{Decision, Intent, JoinForm, WorkshopIntent};
use overpromise::game::net::client::{
    FromHost, JoinAs, NetStatus, Workshop, poll_link, send_to_host,
};
use overpromise::game::net::link::{Backoff, Link, LinkCommand, LinkEnd, LinkEvent};
use overpromise::game::net::remote::{Remote, follow_host};
use overpromise::game::prefs::JoinRole;
use overpromise::game::shown::Shown;
use overpromise::game::views::screen::{ScreenModel, screen_model};
use overpromise::game::{GameConfig, Screen};
use overpromise::workshop::protocol::{ClientMsg, ErrorCode, HostMsg, PROTOCOL, SeatChoice};

fn join_as(seat: SeatChoice) -> JoinAs {
    JoinAs {
        room: "ABCD".into(),
        table: "Table 1".into(),
        seat,
        key: None,
    }
}

/// A bare app with the client's systems over a fake link.
fn bare(seat: SeatChoice) -> (App, LinkEnd) {
    let (link, end) = Link::pair("ws://fake/ws");
    let mut app = App::new();
    app.add_message::<FromHost>()
        .add_message::<Intent>()
        .init_resource::<Remote>()
        .add_message::<bevy::window::RequestRedraw>()
        .insert_resource(Workshop::over(link, join_as(seat)))
        .add_systems(Update, (poll_link, follow_host, send_to_host).chain());
    (app, end)
}

fn push(app: &mut App, end: &LinkEnd, events: Vec<LinkEvent>) {
    for e in events {
        end.events.send(e).unwrap();
    }
    app.update();
}

fn text(msg: &HostMsg) -> LinkEvent {
    LinkEvent::Text(serde_json::to_string(msg).unwrap())
}

fn welcome(seat: SeatChoice) -> HostMsg {
    HostMsg::Welcome {
        protocol: PROTOCOL,
        table: "Table 1".into(),
        seat,
        token: "tok-123".into(),
        scenario: "first_client".into(),
        title: "First Client".into(),
        last_seq: 0,
    }
}

fn status(app: &App) -> NetStatus {
    app.world().resource::<Workshop>().status.clone()
}

#[test]
fn the_welcome_connects_and_every_reconnection_carries_the_token() {
    let (mut app, mut end) = bare(SeatChoice::Seller);
    push(&mut app, &end, vec![LinkEvent::Connecting { attempt: 1 }]);
    assert_eq!(status(&app), NetStatus::Connecting { attempt: 1 });
    push(&mut app, &end, vec![LinkEvent::Open]);
    assert_eq!(status(&app), NetStatus::Greeting);
    push(&mut app, &end, vec![text(&welcome(SeatChoice::Seller))]);
    assert_eq!(status(&app), NetStatus::Connected);
    assert_eq!(app.world().resource::<Workshop>().title, "First Client");
    let sent = end.sent();
    let Some(LinkCommand::Greeting(g)) = sent.last() else {
        panic!("no new greeting: {sent:?}");
    };
    let hello: ClientMsg = serde_json::from_str(&g[0]).unwrap();
    assert!(
        matches!(&hello, ClientMsg::Hello { token: Some(t), protocol, .. } if t == "tok-123" && *protocol == PROTOCOL),
        "{hello:?}"
    );

    // A drop shows the reconnection, then the link's next open goes back to greeting.
    push(
        &mut app,
        &end,
        vec![LinkEvent::Dropped {
            reason: "connection reset".into(),
            retry_in: Some(Duration::from_secs(2)),
        }],
    );
    let s = status(&app);
    assert!(matches!(s, NetStatus::Reconnecting { .. }), "{s:?}");
    assert!(s.line().contains("trying again in 2 s"), "{}", s.line());
    push(
        &mut app,
        &end,
        vec![LinkEvent::Connecting { attempt: 2 }, LinkEvent::Open],
    );
    assert_eq!(status(&app), NetStatus::Greeting);
}

#[test]
fn bad_messages_from_the_host_are_reported_and_change_nothing() {
    let (mut app, end) = bare(SeatChoice::Seller);
    push(
        &mut app,
        &end,
        vec![
            LinkEvent::Open,
            text(&welcome(SeatChoice::Seller)),
            LinkEvent::Text("{\"type\":\"view\",\"views\":42}".into()),
            LinkEvent::Text("not json at all".into()),
            LinkEvent::NotText,
        ],
    );
    let w = app.world().resource::<Workshop>();
    assert_eq!(w.status, NetStatus::Connected);
    assert!(w.problem.as_deref().unwrap().contains("binary"));
    let remote = app.world().resource::<Remote>();
    assert!(remote.views.is_empty());
    // The garbled view was reported before the binary frame replaced the problem.
    push(
        &mut app,
        &end,
        vec![LinkEvent::Text("{\"type\":\"nonsense\"}".into())],
    );
    let w = app.world().resource::<Workshop>();
    assert!(w.problem.as_deref().unwrap().contains("cannot read"));
    assert_eq!(w.status, NetStatus::Connected);
}

#[test]
fn a_version_mismatch_stops_the_link_with_a_clear_message() {
    let (mut app, mut end) = bare(SeatChoice::DeliveryLead);
    push(
        &mut app,
        &end,
        vec![
            LinkEvent::Open,
            text(&HostMsg::Error {
                code: ErrorCode::ProtocolTooNew { host: PROTOCOL },
                message: "too new".into(),
            }),
        ],
    );
    let s = status(&app);
    assert!(matches!(s, NetStatus::VersionMismatch { .. }), "{s:?}");
    assert!(s.line().contains("protocol"), "{}", s.line());
    assert!(end.sent().contains(&LinkCommand::Stop));
    // The link's own report of the stop keeps the message.
    push(&mut app, &end, vec![LinkEvent::Stopped]);
    assert!(matches!(status(&app), NetStatus::VersionMismatch { .. }));
}

#[test]
fn a_wrong_room_code_is_refused_and_stops() {
    let (mut app, mut end) = bare(SeatChoice::Seller);
    push(
        &mut app,
        &end,
        vec![
            LinkEvent::Open,
            text(&HostMsg::Error {
                code: ErrorCode::WrongRoom,
                message: "That room code is not this workshop's.".into(),
            }),
        ],
    );
    assert_eq!(
        status(&app),
        NetStatus::Refused {
            message: "That room code is not this workshop's.".into()
        }
    );
    assert!(end.sent().contains(&LinkCommand::Stop));
}

#[test]
fn decisions_go_out_numbered_and_flags_arrive_live() {
    let (mut app, mut end) = bare(SeatChoice::Seller);
    push(
        &mut app,
        &end,
        vec![LinkEvent::Open, text(&welcome(SeatChoice::Seller))],
    );
    end.sent();
    for _ in 0..2 {
        app.world_mut()
            .write_message(Intent::Workshop(WorkshopIntent::Send(
                ClientMsg::Decision {
                    seq: 0,
                    seat: None,
                    action: ActionKey::EndWeek,
                },
            )));
    }
    app.update();
    let seqs: Vec<u64> = end
        .sent()
        .into_iter()
        .filter_map(|c| match c {
            LinkCommand::Send(t) => match serde_json::from_str::<ClientMsg>(&t).unwrap() {
                ClientMsg::Decision { seq, .. } => Some(seq),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(seqs, vec![1, 2]);

    push(
        &mut app,
        &end,
        vec![text(&HostMsg::Flagged {
            answer: "promise_june".into(),
            concern: overpromise::engine::view::ConcernKey::Deadline { weeks: 8 },
        })],
    );
    let remote = app.world().resource::<Remote>();
    assert_eq!(remote.live_flags.len(), 1);
    assert_eq!(remote.live_flags[0].0, "promise_june");
}

/// A WebSocket server that accepts connections, records each first message, and closes the
/// first connection at once (a dropped Wi-Fi), keeping the second open.
#[test]
fn the_link_reconnects_and_greets_again_after_a_drop() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message;

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let (seen_tx, seen_rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        rt.block_on(async move {
            for n in 0..2 {
                let (tcp, _) = listener.accept().await.unwrap();
                let mut ws = tokio_tungstenite::accept_async(tcp).await.unwrap();
                if let Some(Ok(Message::Text(t))) = ws.next().await {
                    seen_tx.send(t.as_str().to_owned()).unwrap();
                }
                if n == 0 {
                    drop(ws);
                } else {
                    ws.send(Message::text("{\"type\":\"pong\",\"nonce\":7}"))
                        .await
                        .unwrap();
                    // Keep it open until the link stops.
                    while let Some(Ok(_)) = ws.next().await {}
                }
            }
        });
    });
    let backoff = Backoff {
        first: Duration::from_millis(20),
        max: Duration::from_millis(50),
    };
    let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let w = woken.clone();
    let link = Link::start(
        &format!("ws://{addr}/ws"),
        vec!["hello".into()],
        backoff,
        Arc::new(move || {
            w.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }),
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut events = Vec::new();
    while Instant::now() < deadline {
        match link.try_recv() {
            Some(e) => {
                let done = matches!(&e, LinkEvent::Text(t) if t.contains("pong"));
                events.push(e);
                if done {
                    break;
                }
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    assert_eq!(
        seen_rx.recv_timeout(Duration::from_secs(1)).unwrap(),
        "hello"
    );
    assert_eq!(
        seen_rx.recv_timeout(Duration::from_secs(1)).unwrap(),
        "hello"
    );
    assert!(
        events.iter().any(|e| matches!(
            e,
            LinkEvent::Dropped {
                retry_in: Some(_),
                ..
            }
        )),
        "{events:?}"
    );
    assert_eq!(events.iter().filter(|e| **e == LinkEvent::Open).count(), 2);
    assert!(woken.load(std::sync::atomic::Ordering::SeqCst) >= events.len());
    link.stop();
}

#[test]
fn an_address_that_cannot_work_stops_at_once() {
    let link = Link::start("ws://", Vec::new(), Backoff::default(), Arc::new(|| {})).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut events = Vec::new();
    while Instant::now() < deadline && !events.contains(&LinkEvent::Stopped) {
        match link.try_recv() {
            Some(e) => events.push(e),
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    assert!(
        events
            .iter()
            .any(|e| matches!(e, LinkEvent::Dropped { retry_in: None, .. })),
        "{events:?}"
    );
}

// ---- A headless game against a real host ----

fn game(data: &std::path::Path) -> App {
    crate::common::headless(GameConfig::builtin(Some(data.to_path_buf())))
}

/// Runs the app until `done` holds (the link lives on its own thread), or fails after 10 s.
fn until(app: &mut App, what: &str, done: impl Fn(&World) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(app.world()) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
        app.update();
    }
}

fn join(app: &mut App, port: u16, code: &str, role: JoinRole) {
    send(app, Intent::Workshop(WorkshopIntent::OpenJoin));
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Join);
    send(
        app,
        Intent::Workshop(WorkshopIntent::EditJoin(JoinForm {
            address: format!("127.0.0.1:{port}"),
            code: code.into(),
            table: "Table 1".into(),
            role,
            key: String::new(),
        })),
    );
    send(app, Intent::Workshop(WorkshopIntent::Join));
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Remote
    );
}

fn phase(app: &App) -> Option<PhaseView> {
    app.world()
        .resource::<Remote>()
        .views
        .first()
        .map(|v| v.phase.clone())
}

fn legal(app: &App) -> Vec<ActionKey> {
    app.world()
        .resource::<Remote>()
        .views
        .iter()
        .filter(|v| v.your_turn)
        .flat_map(|v| v.legal.clone())
        .collect()
}

fn decide(app: &mut App, key: ActionKey) {
    send(
        app,
        Intent::Workshop(WorkshopIntent::Send(ClientMsg::Decision {
            seq: 0,
            seat: None,
            action: key,
        })),
    );
}

#[test]
fn two_devices_join_a_real_host_and_each_sees_the_other_decide() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = std::sync::Arc::new(
        overpromise::scenario::load_file(
            &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("levels/01_first_client.scenario.ron"),
        )
        .unwrap_or_else(|e| panic!("{e}")),
    );
    let host = overpromise::workshop::host::spawn(overpromise::workshop::host::HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: "TESTROOM".into(),
        seed: scenario.default_seed,
        scenario,
        data: Some(dir.path().join("host")),
    })
    .expect("the host starts");
    let port = host.addr().port();

    let mut seller = game(&dir.path().join("seller"));
    let mut lead = game(&dir.path().join("lead"));
    join(&mut seller, port, "testroom", JoinRole::Seller);
    join(&mut lead, port, "test-room", JoinRole::DeliveryLead);
    for (app, who) in [(&mut seller, "seller"), (&mut lead, "lead")] {
        until(app, &format!("the {who}'s first view"), |w| {
            w.resource::<Workshop>().status == NetStatus::Connected
                && !w.resource::<Remote>().views.is_empty()
        });
    }
    // The join form was remembered.
    let prefs = seller
        .world()
        .resource::<overpromise::game::settings::Settings>()
        .workshop
        .clone();
    assert_eq!(prefs.role, JoinRole::Seller);
    assert_eq!(prefs.address, format!("127.0.0.1:{port}"));

    // The first call is the seller's alone: answer it until a meeting delivery can join.
    for _ in 0..20 {
        if matches!(phase(&seller), Some(PhaseView::Invite(_))) {
            break;
        }
        assert!(legal(&lead).is_empty(), "the lead is not in the first call");
        let version = seller.world().resource::<Remote>().version;
        let choose = legal(&seller)
            .into_iter()
            .find(|k| matches!(k, ActionKey::Choose { .. }))
            .expect("the seller answers the first call");
        decide(&mut seller, choose);
        until(&mut seller, "the seller's next view", |w| {
            w.resource::<Remote>().version > version
        });
    }
    // The seller invites delivery to the next meeting; the lead's view follows.
    assert!(
        matches!(phase(&seller), Some(PhaseView::Invite(_))),
        "{:?}",
        phase(&seller)
    );
    assert!(
        legal(&lead).is_empty(),
        "not the lead's turn: {:?}",
        legal(&lead)
    );
    let invite = legal(&seller)
        .into_iter()
        .find(|k| matches!(k, ActionKey::Invite { roles } if !roles.is_empty()))
        .expect("the seller can invite delivery");
    decide(&mut seller, invite);
    until(&mut seller, "the seller to see the meeting start", |w| {
        w.resource::<Remote>()
            .views
            .first()
            .is_some_and(|v| matches!(v.phase, PhaseView::Beat(..)))
    });
    until(&mut lead, "the lead to see the meeting start", |w| {
        w.resource::<Remote>()
            .views
            .first()
            .is_some_and(|v| matches!(v.phase, PhaseView::Beat(..)) && v.beat.is_some())
    });

    // The lead flags an answer; the seller hears it live, then answers.
    if let Some(flag) = legal(&lead)
        .into_iter()
        .find(|k| matches!(k, ActionKey::Flag { .. }))
    {
        let ActionKey::Flag { answer, .. } = &flag else {
            unreachable!()
        };
        let answer = answer.clone();
        decide(&mut lead, flag);
        until(&mut seller, "the flag to reach the seller", |w| {
            let r = w.resource::<Remote>();
            r.live_flags.iter().any(|(a, _)| *a == answer)
                || r.views
                    .iter()
                    .any(|v| v.flags.iter().any(|f| f.answer == answer))
        });
    }
    let version = seller.world().resource::<Remote>().version;
    let choose = legal(&seller)
        .into_iter()
        .find(|k| matches!(k, ActionKey::Choose { .. }))
        .expect("the seller answers");
    decide(&mut seller, choose);
    until(&mut lead, "the lead's view after the answer", |w| {
        w.resource::<Remote>().version > version
    });

    // A decision out of turn is refused by the host, and shown as a notice.
    decide(&mut lead, ActionKey::AcceptPid);
    until(&mut lead, "the refusal", |w| {
        w.resource::<Remote>().refusal.is_some()
    });

    // Leaving goes back to the title and forgets the workshop.
    send(&mut lead, Intent::Workshop(WorkshopIntent::Leave));
    assert_eq!(
        *lead.world().resource::<State<Screen>>().get(),
        Screen::Title
    );
    assert!(lead.world().get_resource::<Workshop>().is_none());
    drop(host);
}

#[test]
fn a_hot_seat_device_plays_a_two_role_table_with_the_curtain_between_its_seats() {
    use overpromise::engine::Seat;
    use overpromise::game::table::AtScreen;
    let dir = tempfile::tempdir().unwrap();
    let scenario = crate::common::level("01_first_client");
    let script = overpromise::engine::script::parse_script(
        &std::fs::read_to_string(
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/scripts/01_first_client.two.careful.ron"),
        )
        .unwrap(),
        "two.careful",
    )
    .unwrap();
    let (played, result) = overpromise::engine::script::start_and_run(
        scenario.clone(),
        scenario.default_seed,
        &script,
    );
    result.unwrap();
    let host = overpromise::workshop::host::spawn(overpromise::workshop::host::HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: "HOTSEAT".into(),
        seed: scenario.default_seed,
        scenario: scenario.clone(),
        data: None,
    })
    .expect("the host starts");
    let mut app = game(&dir.path().join("laptop"));
    join(&mut app, host.addr().port(), "hotseat", JoinRole::Both);
    until(&mut app, "both seats' views", |w| {
        w.resource::<Remote>().views.len() == 2
    });
    let curtain = |app: &App| app.world().resource::<Remote>().curtain();
    // The seller opens; the curtain is up until they take the screen.
    assert_eq!(curtain(&app), Some(AtScreen::Seat(Seat::Seller)));
    send(&mut app, Intent::TakeSeat);
    assert_eq!(curtain(&app), None);
    let mut handed = Vec::new();
    let mut replay = overpromise::engine::Session::with_mode(
        scenario.clone(),
        scenario.default_seed,
        played.mode(),
    );
    for a in played.actions() {
        let version = app.world().resource::<Remote>().version;
        send(
            &mut app,
            Intent::Workshop(WorkshopIntent::Send(ClientMsg::Decision {
                seq: 0,
                seat: Some(a.seat()),
                action: replay.action_key(a),
            })),
        );
        replay.apply_as(a.seat(), a.clone()).unwrap();
        until(&mut app, "the view after a decision", |w| {
            w.resource::<Remote>().version > version
        });
        if let Some(to) = curtain(&app) {
            handed.push(to);
            send(&mut app, Intent::TakeSeat);
            assert_eq!(curtain(&app), None);
        }
    }
    // The screen passed to the delivery lead for the review and came back to both at the end.
    assert!(
        handed.contains(&AtScreen::Seat(Seat::DeliveryLead)),
        "{handed:?}"
    );
    assert_eq!(handed.last(), Some(&AtScreen::Both));
    assert_eq!(phase(&app), Some(PhaseView::Over));
    // Both seats answer the retrospective from the one laptop.
    for seat in [Seat::Seller, Seat::DeliveryLead] {
        let version = app.world().resource::<Remote>().version;
        send(
            &mut app,
            Intent::Workshop(WorkshopIntent::Send(ClientMsg::Decision {
                seq: 0,
                seat: Some(seat),
                action: ActionKey::Retro {
                    seat,
                    went_wrong: format!("{seat:?}: little"),
                    needed: "more of the same".into(),
                },
            })),
        );
        until(&mut app, "the retrospective's view", |w| {
            w.resource::<Remote>().version > version
        });
    }
    let remote = app.world().resource::<Remote>();
    assert!(remote.views.iter().all(|v| v.retro.is_some()));
    assert_eq!(host.workshop().board().retros.len(), 2);
}

#[test]
fn the_console_saves_the_class_debrief_as_csv_and_as_a_page_without_overwriting() {
    use overpromise::game::intent::BoardFile;
    use overpromise::game::net::board::ClassBoard;
    let dir = tempfile::tempdir().unwrap();
    let scenario = crate::common::level("01_first_client");
    let ws = overpromise::workshop::host::Workshop::new("X", scenario.clone(), 7, None);
    let script = std::fs::read_to_string(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/scripts/01_first_client.two.careful.ron"),
    )
    .unwrap();
    ws.import("Green", &script).unwrap();
    let board = ws.board();
    let mut app = game(&dir.path().join("console"));
    app.world_mut().resource_mut::<ClassBoard>().board = Some(board.clone());
    let mut saved = Vec::new();
    for file in [BoardFile::Csv, BoardFile::Csv, BoardFile::Html] {
        send(&mut app, Intent::Workshop(WorkshopIntent::SaveBoard(file)));
        let result = app.world().resource::<ClassBoard>().saved.clone();
        saved.push(result.expect("saved").expect("written"));
    }
    assert_ne!(saved[0], saved[1], "a second save keeps the first");
    assert!(
        saved
            .iter()
            .all(|p| p.starts_with(dir.path().join("console").join("exports")))
    );
    assert_eq!(
        std::fs::read_to_string(&saved[0]).unwrap(),
        overpromise::workshop::host::csv(&board)
    );
    assert_eq!(
        std::fs::read_to_string(&saved[2]).unwrap(),
        overpromise::workshop::host::html(&board, None)
    );
}

// ---- A workshop seat is the hot seat's screen ----

/// The screen model a shown set of views gives (no portraits: no window).
fn model(shown: &Shown, revealed: Option<&[PromiseText]>) -> Option<ScreenModel> {
    screen_model(shown, revealed, &Default::default(), None, |_| None)
}

/// What the hot seat draws for `seat` when that seat sits at the screen: the same builders, from
/// the local session's view of the seat.
fn hot_seat(local: &Session, seat: Seat) -> Shown {
    Shown {
        views: vec![local.view(Viewer::Seat(seat), local.options())],
        ..Shown::default()
    }
}

/// Plays `script` (two roles) at a real host from a seller's and a delivery lead's device, each
/// decision sent by the device whose seat takes it through the screens' own intent; after every
/// decision, each device's screen model must equal the hot seat's for the same seat.
fn a_table_plays_as_the_hot_seat(level: &str, script: &str) {
    use overpromise::engine::script::{parse_script, start_and_run};
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scenario = Arc::new(
        overpromise::scenario::load_file(&root.join("levels").join(level))
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let text = std::fs::read_to_string(root.join("tests/scripts").join(script)).unwrap();
    let script = parse_script(&text, script).unwrap();
    let seed = scenario.default_seed;
    let (played, done) = start_and_run(scenario.clone(), seed, &script);
    done.unwrap_or_else(|e| panic!("{level}: {e:?}"));

    let dir = tempfile::tempdir().unwrap();
    let host = overpromise::workshop::host::spawn(overpromise::workshop::host::HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: "SAMEROOM".into(),
        seed,
        scenario: scenario.clone(),
        data: Some(dir.path().join("host")),
    })
    .expect("the host starts");
    let port = host.addr().port();
    let mut seller = game(&dir.path().join("seller"));
    let mut lead = game(&dir.path().join("lead"));
    join(&mut seller, port, "sameroom", JoinRole::Seller);
    join(&mut lead, port, "sameroom", JoinRole::DeliveryLead);

    let mut local = Session::with_mode(scenario.clone(), seed, TableMode::TwoRoles);
    let mut compared = 0;
    for (i, action) in std::iter::once(None)
        .chain(played.actions().iter().map(Some))
        .enumerate()
    {
        if let Some(a) = action {
            let seat = a.seat();
            local.apply_as(seat, a.clone()).unwrap();
            let device = if seat == Seat::Seller {
                &mut seller
            } else {
                &mut lead
            };
            let d = Decision::new(seat, local.action_key(a));
            device.world_mut().write_message(Intent::Act(d));
            device.update();
        }
        for (app, seat) in [(&mut seller, Seat::Seller), (&mut lead, Seat::DeliveryLead)] {
            until(app, &format!("{level}: view {i} at the {seat:?}"), |w| {
                w.resource::<Remote>().version >= i as u64
                    && !w.resource::<Remote>().views.is_empty()
            });
            app.update();
            if i == 0 {
                // A seat opens on its game's briefing, as the local game does; the trainee
                // goes on to the table.
                let first = model(app.world().resource::<Shown>(), None);
                assert!(
                    matches!(first, Some(ScreenModel::Briefing(_))),
                    "{level}: a seat starts with the briefing"
                );
                send(app, Intent::Workshop(WorkshopIntent::ShowBriefing(false)));
            }
            let shown = app.world().resource::<Shown>();
            assert!(shown.remote);
            let remote = model(shown, None);
            let here = model(&hot_seat(&local, seat), None);
            assert!(remote.is_some(), "{level}: step {i}: nothing drawn");
            assert_eq!(remote, here, "{level}: step {i}, {seat:?}");
            assert_eq!(
                *app.world().resource::<State<Screen>>().get(),
                overpromise::game::shown::screen_for_view(&local.phase_view()),
                "{level}: step {i}: the seat shows the phase's screen"
            );
            compared += 1;
        }
    }
    assert!(local.is_over(), "{level}: the script plays to the end");
    assert!(compared > 20, "{compared}");
}

#[test]
fn every_shipped_level_plays_at_a_workshop_table_as_at_the_hot_seat() {
    for (level, script) in [
        (
            "01_first_client.scenario.ron",
            "01_first_client.two.careful.ron",
        ),
        (
            "02_integration_claim.scenario.ron",
            "02_integration_claim.two.overpromise.ron",
        ),
        (
            "03_committee_pacing.scenario.ron",
            "03_committee_pacing.two.careful.ron",
        ),
    ] {
        a_table_plays_as_the_hot_seat(level, script);
    }
}
