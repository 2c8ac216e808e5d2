//! The workshop host over loopback: devices join with the room code through real WebSockets
//! (tokio-tungstenite), play a table to the class debrief, drop and rejoin, survive a host
//! restart, and get typed refusals that change nothing; an offline result is imported; the
//! board's CSV and HTML name every table.

use crate::common::level;
use std::path::PathBuf;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use overpromise::engine::script::{parse_script, start_and_run};
use overpromise::engine::{Phase, PidItem, Seat, Session};

use overpromise::workshop::host::{self, HostConfig, HostHandle};
use overpromise::workshop::protocol::{
    ActionKey, ClientMsg, Control, ErrorCode, HostMsg, MAX_MESSAGE_BYTES, PROTOCOL, SeatChoice,
};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

const CODE: &str = "QX7K2M";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn start(stem: &str, data: Option<PathBuf>) -> HostHandle {
    let scenario = level(stem);
    host::spawn(HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: CODE.into(),
        seed: scenario.default_seed,
        scenario,
        data,
    })
    .expect("the host starts")
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The actions of a shipped script, each with the seat it belongs to, by the scenario's ids; and
/// the session the script plays in-process (what the host must compute too).
fn script_actions(stem: &str, kind: &str) -> (Vec<(Seat, ActionKey)>, Session) {
    let s = level(stem);
    let text =
        std::fs::read_to_string(root().join(format!("tests/scripts/{stem}.{kind}.ron"))).unwrap();
    let script = parse_script(&text, "x").unwrap();
    let (session, result) = start_and_run(s.clone(), s.default_seed, &script);
    result.unwrap();
    let keys = session
        .actions()
        .iter()
        .map(|a| (a.seat(), session.action_key(a)))
        .collect();
    (keys, session)
}

struct Device {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Every message received, as sent.
    seen: Vec<String>,
}

impl Device {
    async fn connect(url: &str) -> Device {
        let (ws, _) = connect_async(url).await.expect("connects");
        Device {
            ws,
            seen: Vec::new(),
        }
    }

    async fn send_text(&mut self, text: String) {
        self.ws.send(Message::Text(text.into())).await.unwrap();
    }

    async fn send(&mut self, msg: &ClientMsg) {
        self.send_text(serde_json::to_string(msg).unwrap()).await;
    }

    async fn next(&mut self) -> HostMsg {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("an answer within 10 s")
                .expect("the connection is open")
                .expect("a message");
            if let Message::Text(t) = msg {
                self.seen.push(t.to_string());
                return serde_json::from_str(t.as_str())
                    .unwrap_or_else(|e| panic!("{e}: {}", t.as_str()));
            }
        }
    }

    /// The next message that matches, skipping the others (consoles, timers, other views).
    async fn until(&mut self, f: impl Fn(&HostMsg) -> bool) -> HostMsg {
        loop {
            let m = self.next().await;
            if f(&m) {
                return m;
            }
        }
    }

    async fn hello(&mut self, table: &str, seat: SeatChoice, token: Option<String>) -> HostMsg {
        self.send(&ClientMsg::Hello {
            protocol: PROTOCOL,
            room: CODE.to_lowercase(),
            table: table.into(),
            seat,
            token,
        })
        .await;
        self.next().await
    }

    /// Joins and returns the token (panics on a refusal).
    async fn join(
        url: &str,
        table: &str,
        seat: SeatChoice,
        token: Option<String>,
    ) -> (Device, String) {
        let mut d = Device::connect(url).await;
        match d.hello(table, seat, token).await {
            HostMsg::Welcome { token, .. } => (d, token),
            other => panic!("not welcomed: {other:?}"),
        }
    }

    async fn decide(&mut self, seq: u64, action: ActionKey) {
        self.send(&ClientMsg::Decision {
            seq,
            seat: None,
            action,
        })
        .await;
    }

    /// The answer to decision `seq`: its view (`Ok(version)`) or its refusal.
    async fn answer(&mut self, seq: u64) -> Result<u64, ErrorCode> {
        match self
            .until(|m| match m {
                HostMsg::View { ack, .. } => *ack == Some(seq),
                HostMsg::Refused { seq: s, .. } => *s == Some(seq),
                HostMsg::Error { .. } => true,
                _ => false,
            })
            .await
        {
            HostMsg::View { version, .. } => Ok(version),
            HostMsg::Refused { code, .. } | HostMsg::Error { code, .. } => Err(code),
            _ => unreachable!(),
        }
    }

    async fn error(&mut self) -> ErrorCode {
        match self
            .until(|m| matches!(m, HostMsg::Error { .. } | HostMsg::Refused { .. }))
            .await
        {
            HostMsg::Error { code, .. } | HostMsg::Refused { code, .. } => code,
            _ => unreachable!(),
        }
    }

    async fn latest_view(&mut self) -> String {
        self.send(&ClientMsg::Ping { nonce: 7 }).await;
        self.until(|m| matches!(m, HostMsg::Pong { nonce: 7 }))
            .await;
        self.seen
            .iter()
            .rev()
            .find(|t| t.contains("\"type\":\"view\""))
            .cloned()
            .unwrap_or_default()
    }
}

fn decisions(h: &HostHandle, table: &str) -> u32 {
    h.workshop()
        .console()
        .tables
        .iter()
        .find(|t| t.table == table)
        .map_or(0, |t| t.decisions)
}

/// Promises the delivery lead must never see now (as in `tests/all/roles.rs`).
fn hidden_keys(session: &Session) -> Vec<String> {
    let st = session.state();
    let s = session.scenario();
    let unheard =
        |e: &&overpromise::engine::LedgerEntry| st.sales.attended[e.meeting.ix()].is_empty();
    let early = matches!(
        st.phase,
        Phase::Invite(_) | Phase::Beat(..) | Phase::Handoff
    );
    st.ledger
        .iter()
        .chain(st.roles.withdrawn.iter())
        .filter(unheard)
        .filter(|e| {
            early
                || (!st.pid.contains(&PidItem::Promise(e.promise))
                    && !st.roles.surfaced.contains(&e.promise)
                    && !st.roles.rebaselined(e.promise))
        })
        .map(|e| format!("\"{}\"", s.promises[e.promise.ix()].key))
        .collect()
}

/// Plays a whole two-role script through two devices; checks every message the delivery lead
/// receives for the ledger's left-out entries and the commission. Returns the devices.
async fn play_table(url: &str, table: &str, stem: &str, kind: &str) -> (Device, Device, Session) {
    let (actions, expected) = script_actions(stem, kind);
    let (mut seller, _) = Device::join(url, table, SeatChoice::Seller, None).await;
    let (mut lead, _) = Device::join(url, table, SeatChoice::DeliveryLead, None).await;
    let mut mirror = Session::with_mode(
        expected.scenario_arc().clone(),
        expected.seed(),
        expected.mode(),
    );
    let mut flagged = 0;
    let mut guarded = 0;
    for (i, (seat, key)) in actions.iter().enumerate() {
        let seq = i as u64 + 1;
        let (me, other) = match seat {
            Seat::Seller => (&mut seller, &mut lead),
            Seat::DeliveryLead => (&mut lead, &mut seller),
        };
        me.decide(seq, key.clone()).await;
        assert_eq!(me.answer(seq).await, Ok(seq), "decision {seq} {key:?}");
        other
            .until(|m| matches!(m, HostMsg::View { version, .. } if *version == seq))
            .await;
        if matches!(key, ActionKey::Flag { .. }) {
            seller.until(|m| matches!(m, HostMsg::Flagged { .. })).await;
            flagged += 1;
        }
        mirror
            .apply_as(*seat, mirror.resolve_key(key).unwrap())
            .unwrap();
        let hidden = hidden_keys(&mirror);
        guarded += usize::from(!hidden.is_empty());
        for text in lead.seen.drain(..) {
            assert!(
                !text.contains("\"commission\""),
                "commission leaked: {text}"
            );
            for k in &hidden {
                assert!(
                    !text.contains(k.as_str()),
                    "{k} leaked at decision {seq}: {text}"
                );
            }
        }
    }
    assert!(mirror.is_over());
    if kind.contains("careful") {
        assert!(flagged > 0, "the careful script flags");
    } else {
        assert!(
            guarded > 0,
            "the overpromising script leaves promises out: something to leak"
        );
    }
    (seller, lead, expected)
}

#[test]
fn two_devices_play_a_table_to_the_class_debrief_and_the_lead_never_sees_what_was_left_out() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let board_url = format!("http://{}/board.csv", h.addr());
    rt().block_on(async {
        let (_s, _l, expected) =
            play_table(&url, "North", "01_first_client", "two.overpromise").await;
        let (_s2, _l2, _) = play_table(&url, "South", "01_first_client", "two.careful").await;
        let board = h.workshop().board();
        let north = board.rows.iter().find(|r| r.table == "North").unwrap();
        let o = expected.outcome().unwrap();
        assert!(north.finished);
        assert_eq!(
            north.commission, o.seller.commission,
            "the host computes the result"
        );
        assert_eq!(north.margin, o.margin);
        assert_eq!(north.promises_made as usize, expected.state().ledger.len());
        let csv = host::csv(&board);
        assert!(csv.starts_with("Rank,Table,Deal,Commission"));
        assert!(csv.contains("North") && csv.contains("South"));
        let page = host::html(&board, None);
        assert!(page.contains("<table id=\"tables\">") && page.contains("North"));
        assert!(board.promises.iter().any(|p| p.table == "North"));
        // The same board is served read-only.
        let served = fetch(&board_url).await;
        assert!(
            served.contains("North") && served.contains("South"),
            "{served}"
        );
    });
}

/// A plain HTTP GET over loopback (the board is read-only and needs no client library).
async fn fetch(url: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").unwrap();
    let (addr, path) = rest.split_once('/').unwrap();
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET /{path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

#[test]
fn wrong_room_codes_are_refused_and_slowed_down_and_versions_are_checked() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    rt().block_on(async {
        let mut d = Device::connect(&url).await;
        let hello = |room: &str, protocol: u32| ClientMsg::Hello {
            protocol,
            room: room.into(),
            table: "East".into(),
            seat: SeatChoice::Seller,
            token: None,
        };
        d.send(&hello("WRONG1", PROTOCOL)).await;
        assert_eq!(d.error().await, ErrorCode::WrongRoom);
        // Right away, even the right code waits.
        d.send(&hello(CODE, PROTOCOL)).await;
        let wait = match d.error().await {
            ErrorCode::SlowDown { retry_after_ms } => retry_after_ms,
            other => panic!("{other:?}"),
        };
        assert!(wait <= host::BACKOFF_START.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(wait + 20)).await;
        d.send(&hello(CODE, PROTOCOL)).await;
        assert!(matches!(d.next().await, HostMsg::Welcome { .. }));

        let mut new = Device::connect(&url).await;
        new.send(&hello(CODE, PROTOCOL + 1)).await;
        assert_eq!(
            new.error().await,
            ErrorCode::ProtocolTooNew { host: PROTOCOL }
        );
        let mut old = Device::connect(&url).await;
        old.send(&hello(CODE, 0)).await;
        assert_eq!(
            old.error().await,
            ErrorCode::ProtocolTooOld { host: PROTOCOL }
        );
    });
    assert_eq!(h.workshop().console().tables.len(), 1);
}

#[test]
fn bad_messages_get_an_error_and_change_nothing() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    rt().block_on(async {
        let (mut seller, seller_token) = Device::join(&url, "West", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "West", SeatChoice::DeliveryLead, None).await;
        let (mut other, _) = Device::join(&url, "Elsewhere", SeatChoice::Seller, None).await;
        // Before a hello: nothing but a hello.
        let mut fresh = Device::connect(&url).await;
        fresh.decide(1, actions[0].1.clone()).await;
        assert_eq!(fresh.error().await, ErrorCode::NotJoined);

        // Malformed, unknown fields, oversized.
        seller.send_text("{not json".into()).await;
        assert_eq!(seller.error().await, ErrorCode::Malformed);
        seller
            .send_text(
                r#"{"type":"decision","seq":1,"action":{"do":"choose","answer":"x"},"extra":1}"#
                    .into(),
            )
            .await;
        assert_eq!(seller.error().await, ErrorCode::Malformed);
        seller
            .send_text(format!(
                r#"{{"type":"ping","nonce":1,"pad":"{}"}}"#,
                "x".repeat(MAX_MESSAGE_BYTES)
            ))
            .await;
        assert!(matches!(seller.error().await, ErrorCode::TooLarge { .. }));
        // An id the scenario does not have.
        seller
            .decide(
                1,
                ActionKey::Choose {
                    answer: "no_such".into(),
                },
            )
            .await;
        assert_eq!(seller.answer(1).await, Err(ErrorCode::UnknownId));
        // The seller's first decision taken by the delivery lead: another seat's.
        assert_eq!(actions[0].0, Seat::Seller);
        lead.decide(1, actions[0].1.clone()).await;
        assert_eq!(lead.answer(1).await, Err(ErrorCode::WrongSeat));
        // A delivery decision during sales: out of turn.
        lead.decide(2, ActionKey::EndWeek).await;
        assert_eq!(lead.answer(2).await, Err(ErrorCode::NotYourTurn));
        // A legal seat, an illegal action.
        seller.decide(2, ActionKey::SubmitPid).await;
        assert_eq!(seller.answer(2).await, Err(ErrorCode::Illegal));
        // Controls are the facilitator's.
        seller
            .send(&ClientMsg::Control {
                control: Control::Pause,
            })
            .await;
        assert_eq!(seller.error().await, ErrorCode::NotFacilitator);
        // Another table's seat cannot be taken with this table's token.
        let mut thief = Device::connect(&url).await;
        let reply = thief
            .hello("Elsewhere", SeatChoice::Seller, Some(seller_token.clone()))
            .await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::BadToken,
                ..
            }
        ));
        // Nor taken without a token.
        let mut second = Device::connect(&url).await;
        let reply = second.hello("West", SeatChoice::Seller, None).await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::SeatTaken,
                ..
            }
        ));
        assert_eq!(decisions(&h, "West"), 0, "nothing changed");
        assert_eq!(decisions(&h, "Elsewhere"), 0);

        // A decision at one table changes only that table.
        other.decide(1, actions[0].1.clone()).await;
        assert_eq!(other.answer(1).await, Ok(1));
        assert_eq!(decisions(&h, "West"), 0);
        assert_eq!(decisions(&h, "Elsewhere"), 1);
    });
}

#[test]
fn a_dropped_device_rejoins_its_seat_and_a_restarted_host_resumes_from_its_logs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let h = start("01_first_client", Some(data.clone()));
    let url = h.ws_url();
    let (seller_token, lead_token, before) = rt().block_on(async {
        let (mut seller, seller_token) = Device::join(&url, "Blue", SeatChoice::Seller, None).await;
        let (lead, lead_token) = Device::join(&url, "Blue", SeatChoice::DeliveryLead, None).await;
        for (i, (seat, key)) in actions.iter().take(3).enumerate() {
            assert_eq!(*seat, Seat::Seller);
            seller.decide(i as u64 + 1, key.clone()).await;
            assert_eq!(seller.answer(i as u64 + 1).await, Ok(i as u64 + 1));
        }
        let before = seller.latest_view().await;
        drop(seller);
        drop(lead);
        // The seller's device comes back with its token and finds the same state.
        let (mut back, _) =
            Device::join(&url, "Blue", SeatChoice::Seller, Some(seller_token.clone())).await;
        let view = back.until(|m| matches!(m, HostMsg::View { .. })).await;
        let after = serde_json::to_string(&view).unwrap();
        assert_eq!(strip_ack(&after), strip_ack(&before));
        // A decision sent again after the drop is not applied twice.
        back.decide(3, actions[2].1.clone()).await;
        assert_eq!(back.answer(3).await, Ok(3));
        assert_eq!(decisions(&h, "Blue"), 3);
        (seller_token, lead_token, before)
    });
    drop(h);
    // A torn line at the end of the log, as a crash mid-write leaves it.
    let log = host::log::log_path(&data, "Blue");
    let mut text = std::fs::read_to_string(&log).unwrap();
    text.push_str("{\"line\":\"action\",\"seat\":\"Sel");
    std::fs::write(&log, text).unwrap();

    let h2 = start("01_first_client", Some(data.clone()));
    assert_eq!(h2.restore_problems.len(), 1, "{:?}", h2.restore_problems);
    assert!(
        h2.restore_problems[0].contains(":7:"),
        "{:?}",
        h2.restore_problems
    );
    assert_eq!(decisions(&h2, "Blue"), 3);
    let url2 = h2.ws_url();
    rt().block_on(async {
        let (mut seller, _) =
            Device::join(&url2, "Blue", SeatChoice::Seller, Some(seller_token)).await;
        let view = seller.until(|m| matches!(m, HostMsg::View { .. })).await;
        assert_eq!(
            strip_ack(&serde_json::to_string(&view).unwrap()),
            strip_ack(&before)
        );
        let (_lead, _) =
            Device::join(&url2, "Blue", SeatChoice::DeliveryLead, Some(lead_token)).await;
        // Play goes on where it stopped; an old sequence number is not applied again.
        seller.decide(3, actions[2].1.clone()).await;
        assert_eq!(seller.answer(3).await, Ok(3));
        seller.decide(4, actions[3].1.clone()).await;
        assert_eq!(seller.answer(4).await, Ok(4));
    });
    assert_eq!(decisions(&h2, "Blue"), 4);
}

/// A view message without its acknowledgement (which depends on who asked).
fn strip_ack(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v.as_object_mut().unwrap().remove("ack");
    v.to_string()
}

#[test]
fn the_console_imports_an_offline_table_and_controls_the_workshop() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let script =
        std::fs::read_to_string(root().join("tests/scripts/01_first_client.two.overpromise.ron"))
            .unwrap();
    let (_, expected) = script_actions("01_first_client", "two.overpromise");
    // A save file naming a path the host must never open.
    let s = level("01_first_client");
    let (solo, _) = start_and_run(
        s.clone(),
        s.default_seed,
        &parse_script(
            &std::fs::read_to_string(root().join("tests/scripts/01_first_client.careful.ron"))
                .unwrap(),
            "x",
        )
        .unwrap(),
    );
    let save = overpromise::saves::SaveFile {
        format: overpromise::saves::FORMAT,
        scenario_id: s.id.clone(),
        scenario_path: PathBuf::from("/nonexistent/secret.scenario.ron"),
        seed: s.default_seed,
        actions: solo.actions().to_vec(),
        support: Default::default(),
        mode: Default::default(),
        players: Vec::new(),
    };
    let save_text = ron::to_string(&save).unwrap();
    rt().block_on(async {
        let (mut console, _) = Device::join(&url, "", SeatChoice::Facilitator, None).await;
        console.until(|m| matches!(m, HostMsg::Console(_))).await;
        for (table, content) in [("Offline", script.clone()), ("Laptop", save_text.clone())] {
            console
                .send(&ClientMsg::Control {
                    control: Control::Import {
                        table: table.into(),
                        content,
                    },
                })
                .await;
            let snap = console
                .until(|m| matches!(m, HostMsg::Console(c) if c.tables.iter().any(|t| t.table == table)))
                .await;
            let HostMsg::Console(c) = snap else { unreachable!() };
            assert!(c.tables.iter().find(|t| t.table == table).unwrap().imported);
        }
        // A damaged file is refused with its place.
        console
            .send(&ClientMsg::Control {
                control: Control::Import {
                    table: "Broken".into(),
                    content: "Script(steps: [Seller(Choose(\"nope\"))])".into(),
                },
            })
            .await;
        assert_eq!(console.error().await, ErrorCode::ImportFailed);

        // Pause: a table's decisions are refused until resumed.
        let (mut seller, _) = Device::join(&url, "Live", SeatChoice::Seller, None).await;
        console.send(&ClientMsg::Control { control: Control::Pause }).await;
        seller.until(|m| matches!(m, HostMsg::Paused { paused: true })).await;
        let (first, _) = script_actions("01_first_client", "two.careful");
        seller.decide(1, first[0].0.eq(&Seat::Seller).then(|| first[0].1.clone()).unwrap()).await;
        assert_eq!(seller.answer(1).await, Err(ErrorCode::Paused));
        console.send(&ClientMsg::Control { control: Control::Resume }).await;
        seller.until(|m| matches!(m, HostMsg::Paused { paused: false })).await;
        seller.decide(2, first[0].1.clone()).await;
        assert_eq!(seller.answer(2).await, Ok(1));
        console
            .send(&ClientMsg::Control {
                control: Control::Broadcast { text: "Ten minutes left".into() },
            })
            .await;
        seller
            .until(|m| matches!(m, HostMsg::Broadcast { text } if text == "Ten minutes left"))
            .await;
        console
            .send(&ClientMsg::Control { control: Control::Leaderboard { show: false } })
            .await;
        console.until(|m| matches!(m, HostMsg::Console(c) if !c.leaderboard_shown)).await;
    });
    let board = h.workshop().board();
    let offline = board.rows.iter().find(|r| r.table == "Offline").unwrap();
    assert!(offline.imported && offline.finished);
    assert_eq!(
        offline.commission,
        expected.outcome().unwrap().seller.commission
    );
    let laptop = board.rows.iter().find(|r| r.table == "Laptop").unwrap();
    assert_eq!(laptop.margin, solo.outcome().unwrap().margin);
    assert!(!board.ranks_shown && board.rows.iter().all(|r| r.rank.is_none()));
    assert!(host::html(&board, None).contains("Ranks are hidden"));
}

#[test]
fn the_host_refuses_to_start_without_a_room_code() {
    let s = level("01_first_client");
    let err = host::spawn(HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: "  ".into(),
        seed: 1,
        scenario: s,
        data: None,
    })
    .unwrap_err();
    assert_eq!(err, host::StartError::NoCode);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = overpromise::cli::run(["overpromise", "host", "--headless"], &mut out, &mut err);
    assert_eq!(code, overpromise::cli::EXIT_INVALID);
    assert!(String::from_utf8_lossy(&err).contains("room code"));
}

/// The browser the board is tested in (Debian's `chromium`, installed by
/// `scripts/install-deps.sh`).
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    })
}

#[test]
fn the_served_board_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        // CI installs it (scripts/install-deps.sh) and sets this, so there the test cannot skip.
        assert!(
            std::env::var_os("OVERPROMISE_REQUIRE_CHROMIUM").is_none(),
            "no chromium on PATH: run scripts/install-deps.sh"
        );
        eprintln!("SKIPPED: no chromium on PATH (scripts/install-deps.sh installs it)");
        return;
    };
    let h = start("01_first_client", None);
    for (table, kind) in [("Red", "two.overpromise"), ("Green", "two.careful")] {
        let text = std::fs::read_to_string(
            root().join(format!("tests/scripts/01_first_client.{kind}.ron")),
        )
        .unwrap();
        h.workshop().import(table, &text).unwrap();
    }
    let url = format!("http://{}/board", h.addr());
    let dir = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("profile").display()
            ))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let dom = run(&["--dump-dom"]);
    assert!(dom.contains("<table id=\"tables\">"), "{dom}");
    assert!(dom.contains("Red") && dom.contains("Green"), "{dom}");
    assert!(
        dom.contains("http-equiv=\"refresh\""),
        "the served board reloads itself"
    );
    let shot = dir.path().join("board.png");
    run(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1280,800",
        "--hide-scrollbars",
    ]);
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 5_000,
        "{} bytes",
        png.len()
    );
    if let Some(keep) = std::env::var_os("OVERPROMISE_BOARD_SHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}

#[test]
fn every_complete_example_in_the_protocol_document_parses() {
    let doc = std::fs::read_to_string(root().join("docs/protocol.md")).unwrap();
    let mut in_json = false;
    let mut checked = 0;
    for (n, line) in doc.lines().enumerate() {
        if line.starts_with("```") {
            in_json = line == "```json";
            continue;
        }
        if !in_json || line.contains('…') || line.contains("...") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let client = ["hello", "decision", "retrospective", "control", "ping"]
            .contains(&v["type"].as_str().unwrap_or(""));
        let ok = if client {
            overpromise::workshop::protocol::read_client_msg(line)
                .map(|_| ())
                .map_err(|e| e.detail)
        } else {
            serde_json::from_str::<HostMsg>(line)
                .map(|_| ())
                .map_err(|e| e.to_string())
        };
        assert!(ok.is_ok(), "docs/protocol.md line {}: {ok:?}", n + 1);
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} examples");
}

#[test]
fn the_gate_holds_delivery_until_every_table_signed_and_a_pushed_event_reaches_the_table() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let accept = actions
        .iter()
        .position(|(_, k)| *k == ActionKey::AcceptPid)
        .expect("the careful script accepts the document");
    rt().block_on(async {
        let (mut console, _) = Device::join(&url, "", SeatChoice::Facilitator, None).await;
        let (mut seller, _) = Device::join(&url, "Ahead", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "Ahead", SeatChoice::DeliveryLead, None).await;
        // A second table that has not signed yet.
        let (_slow, _) = Device::join(&url, "Behind", SeatChoice::Seller, None).await;
        console.send(&ClientMsg::Control { control: Control::CloseGate }).await;
        lead.until(|m| matches!(m, HostMsg::Gate { closed: true, .. })).await;
        for (i, (seat, key)) in actions.iter().enumerate().take(accept + 1) {
            let seq = i as u64 + 1;
            let dev = if *seat == Seat::Seller { &mut seller } else { &mut lead };
            dev.decide(seq, key.clone()).await;
            let answer = dev.answer(seq).await;
            if i < accept {
                assert_eq!(answer, Ok(seq), "{key:?}");
            } else {
                assert_eq!(answer, Err(ErrorCode::GateClosed));
            }
        }
        let snapshot = console
            .until(|m| matches!(m, HostMsg::Console(c) if c.tables.iter().any(|t| t.table == "Ahead" && t.waiting_at_gate)))
            .await;
        assert!(matches!(snapshot, HostMsg::Console(_)));
        console
            .send(&ClientMsg::Control { control: Control::Release { table: "Ahead".into() } })
            .await;
        lead.until(|m| matches!(m, HostMsg::Gate { closed: true, released: true })).await;
        let seq = accept as u64 + 2;
        lead.decide(seq, ActionKey::AcceptPid).await;
        assert_eq!(lead.answer(seq).await, Ok(accept as u64 + 1));

        // "The client escalates", pushed to one table: logged as a change of its state.
        console
            .send(&ClientMsg::Control {
                control: Control::PushEvent {
                    table: Some("Ahead".into()),
                    event: overpromise::engine::facilitator::PushedEvent::ClientEscalates,
                },
            })
            .await;
        lead.until(|m| matches!(m, HostMsg::Pushed { .. })).await;
        let v = lead.until(|m| matches!(m, HostMsg::View { .. })).await;
        assert!(matches!(v, HostMsg::View { version, .. } if version == accept as u64 + 2));
    });
}

#[test]
fn a_hot_seat_device_plays_both_roles_and_an_observer_watches_without_deciding() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let s = level("01_first_client");
    let text =
        std::fs::read_to_string(root().join("tests/scripts/01_first_client.careful.ron")).unwrap();
    let (solo, result) = start_and_run(
        s.clone(),
        s.default_seed,
        &parse_script(&text, "x").unwrap(),
    );
    result.unwrap();
    rt().block_on(async {
        let (mut both, _) = Device::join(&url, "Solo", SeatChoice::Both, None).await;
        let (mut watcher, _) = Device::join(&url, "Solo", SeatChoice::Observer, None).await;
        // A two-role seat at a hot-seat table is refused.
        let mut seller = Device::connect(&url).await;
        let reply = seller.hello("Solo", SeatChoice::Seller, None).await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::WrongMode,
                ..
            }
        ));
        watcher.decide(1, ActionKey::EndWeek).await;
        assert_eq!(watcher.answer(1).await, Err(ErrorCode::Observer));
        for (i, a) in solo.actions().iter().enumerate() {
            let seq = i as u64 + 1;
            both.send(&ClientMsg::Decision {
                seq,
                seat: Some(a.seat()),
                action: solo.action_key(a),
            })
            .await;
            assert_eq!(both.answer(seq).await, Ok(seq));
        }
        let last = both.latest_view().await;
        assert!(
            last.contains("\"DeliveryLead\"") && last.contains("\"Seller\""),
            "two views"
        );
        both.send(&ClientMsg::Retrospective {
            went_wrong: "nothing much".into(),
            needed: "time".into(),
        })
        .await;
        both.send(&ClientMsg::Ping { nonce: 9 }).await;
        assert!(matches!(
            both.until(|m| matches!(m, HostMsg::Pong { .. } | HostMsg::Refused { .. }))
                .await,
            HostMsg::Pong { nonce: 9 }
        ));
        let seen = watcher.latest_view().await;
        assert!(
            !seen.contains("\"commission\""),
            "an observer sees the delivery lead's view"
        );
    });
    let board = h.workshop().board();
    assert_eq!(board.rows[0].margin, solo.outcome().unwrap().margin);
}
