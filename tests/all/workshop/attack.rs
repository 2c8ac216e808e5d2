//! The host under attack (issue 18): the public board keeps the ledgers secret until they are
//! revealed, a device that reads nothing is dropped, a torn log line loses nothing acknowledged,
//! silent connections time out, parsing is strict, a seat is taken back or freed, and an offline
//! table is imported from the report the debrief exports. New protocol messages are written as
//! raw JSON here, as a client written from `docs/protocol.md` would send them.

use super::*;
use crate::common::level;
use tokio::io::AsyncReadExt;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::{Frame, FrameHeader};

async fn facilitator(url: &str, key: Option<String>) -> Device {
    let (d, _) = Device::join(url, "", SeatChoice::Facilitator, key).await;
    d
}

/// The console's controls need the facilitator key: a hello with the room code alone, or with
/// another key, is refused in words, and the device gets no console.
#[test]
fn the_room_code_alone_never_opens_the_console() {
    let h = start("01_first_client", None);
    let key = h.facilitator_key().expect("a key");
    let mut wrong = key.clone();
    wrong.replace_range(0..1, if key.starts_with('0') { "1" } else { "0" });
    rt().block_on(async {
        for token in [
            None,
            Some(String::new()),
            Some(wrong),
            Some(key[..key.len() - 1].into()),
        ] {
            let mut d = Device::connect(&h.ws_url()).await;
            match d.hello("", SeatChoice::Facilitator, token.clone()).await {
                HostMsg::Error { code, message } => {
                    assert_eq!(code, ErrorCode::BadToken, "{token:?}");
                    assert_eq!(
                        message,
                        overpromise::wording::workshop::facilitator_key_needed()
                    );
                }
                other => panic!("the console opened with {token:?}: {other:?}"),
            }
        }
        facilitator(&h.ws_url(), Some(key)).await;
    });
}

async fn control(d: &mut Device, json: &str) {
    d.send_text(format!(r#"{{"type":"control","control":{json}}}"#))
        .await;
}

/// The next message as raw JSON, skipping consoles, timers and other seats' views (20 s at most:
/// longer than the hello's limit).
async fn next_raw(d: &mut Device, f: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(20), d.ws.next())
            .await
            .expect("an answer within 20 s")
            .expect("the connection is open")
            .expect("a message");
        if let Message::Text(t) = msg {
            let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
            if f(&v) {
                return v;
            }
        }
    }
}

fn is(kind: &'static str) -> impl Fn(&serde_json::Value) -> bool {
    move |v| v["type"] == kind
}

/// Reads until the host closes the connection; returns the close code, if any (panics after
/// `secs` seconds).
async fn closed_with(d: &mut Device, secs: u64) -> Option<u16> {
    loop {
        match tokio::time::timeout(Duration::from_secs(secs), d.ws.next())
            .await
            .expect("the host closes the connection in time")
        {
            Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return None,
        }
    }
}

fn board_json(h: &HostHandle) -> serde_json::Value {
    let text = rt().block_on(fetch(&format!("http://{}/board.json", h.addr())));
    let body = text.split_once("\r\n\r\n").unwrap().1;
    serde_json::from_str(body).unwrap()
}

#[test]
fn the_public_board_shows_no_ledger_until_the_facilitator_reveals_it_for_a_finished_table() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, expected) = script_actions("01_first_client", "two.overpromise");
    rt().block_on(async {
        // A table still in sales, with promises the delivery lead never heard.
        let (mut seller, _) = Device::join(&url, "Mid", SeatChoice::Seller, None).await;
        let (_lead, _) = Device::join(&url, "Mid", SeatChoice::DeliveryLead, None).await;
        let mut seq = 0;
        for (seat, key) in actions.iter().take_while(|(s, _)| *s == Seat::Seller) {
            assert_eq!(*seat, Seat::Seller);
            seq += 1;
            seller.decide(seq, key.clone()).await;
            assert_eq!(seller.answer(seq).await, Ok(seq));
        }
        play_table(&url, "Over", "01_first_client", "two.overpromise").await;
    });
    assert!(!expected.ledger().is_empty(), "promises to keep secret");
    let promised: Vec<String> = expected
        .ledger()
        .iter()
        .map(|e| expected.scenario().promises[e.promise.ix()].key.clone())
        .collect();
    let secret = |b: &serde_json::Value, text: &str| {
        assert!(b["promises"].as_array().unwrap().is_empty(), "{b}");
        for r in b["rows"].as_array().unwrap() {
            assert_eq!(r["promises_made"], 0, "{r}");
        }
        for p in &promised {
            assert!(
                !text.contains(&format!(">{p}<")) && !text.contains(p.as_str()),
                "{p}"
            );
        }
    };
    let b = board_json(&h);
    secret(&b, &b.to_string());
    let csv = rt().block_on(fetch(&format!("http://{}/board.csv", h.addr())));
    let html = rt().block_on(fetch(&format!("http://{}/board", h.addr())));
    for p in &promised {
        let words = overpromise::wording::describe_promise(
            expected.scenario(),
            expected
                .ledger()
                .iter()
                .find(|e| &expected.scenario().promises[e.promise.ix()].key == p)
                .unwrap()
                .promise,
        );
        assert!(!csv.contains(&words), "{words} in the CSV");
        assert!(
            !html.contains(&overpromise::report::html_escape(&words)),
            "{words}"
        );
    }
    h.workshop()
        .control(&Control::RevealLedgers { reveal: true })
        .unwrap();
    let b = board_json(&h);
    let tables: Vec<&str> = b["promises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["table"].as_str().unwrap())
        .collect();
    assert!(
        !tables.is_empty() && tables.iter().all(|t| *t == "Over"),
        "{tables:?}"
    );
    let over = b["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["table"] == "Over")
        .unwrap();
    assert_eq!(over["promises_made"], promised.len());
}

#[test]
fn a_device_that_reads_nothing_is_dropped_before_it_can_grow_the_host() {
    let h = start("01_first_client", None);
    let addr = h.addr();
    rt().block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.set_recv_buffer_size(4096).unwrap();
        let tcp = socket.connect(addr).await.unwrap();
        let (mut ws, _) =
            tokio_tungstenite::client_async(format!("ws://{addr}/ws"), MaybeTlsStream::Plain(tcp))
                .await
                .unwrap();
        let hello = serde_json::to_string(&ClientMsg::Hello {
            protocol: PROTOCOL,
            room: CODE.into(),
            table: String::new(),
            seat: SeatChoice::Facilitator,
            token: h.facilitator_key(),
        })
        .unwrap();
        ws.send(Message::Text(hello.into())).await.unwrap();
        // Each binary message gets an error back (about 100 bytes); none is read.
        const SENT: usize = 100_000;
        let mut sent = 0;
        // A host that stops reading (its writer stuck behind this device) would block the
        // sending forever: that is a failure too.
        tokio::time::timeout(Duration::from_secs(60), async {
            for _ in 0..SENT {
                if ws.feed(Message::Binary(vec![0u8].into())).await.is_err() {
                    break;
                }
                sent += 1;
                if sent % 1000 == 0 && ws.flush().await.is_err() {
                    break;
                }
            }
            let _ = ws.flush().await;
        })
        .await
        .expect("the host keeps reading, or drops the device");
        let mut answers = 0;
        let mut d = Device {
            ws,
            seen: Vec::new(),
        };
        loop {
            match tokio::time::timeout(Duration::from_secs(20), d.ws.next())
                .await
                .expect("the host drops the device")
            {
                Some(Ok(Message::Text(t))) if t.contains("\"error\"") => answers += 1,
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
        assert!(
            answers < SENT - 1000,
            "{answers} answers of {sent} messages sent: the host kept them all queued"
        );
    });
    // The host still serves others.
    rt().block_on(async {
        facilitator(&h.ws_url(), h.facilitator_key()).await;
    });
}

#[test]
fn a_torn_log_line_loses_no_decision_acknowledged_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let seller_actions: Vec<ActionKey> = actions
        .iter()
        .take_while(|(s, _)| *s == Seat::Seller)
        .map(|(_, k)| k.clone())
        .collect();
    assert!(seller_actions.len() >= 5);
    let h = start("01_first_client", Some(data.clone()));
    let url = h.ws_url();
    let token = rt().block_on(async {
        let (mut seller, token) = Device::join(&url, "Torn", SeatChoice::Seller, None).await;
        for (i, key) in seller_actions.iter().take(2).enumerate() {
            let seq = i as u64 + 1;
            seller.decide(seq, key.clone()).await;
            assert_eq!(seller.answer(seq).await, Ok(seq));
        }
        token
    });
    drop(h);
    let log = host::log::log_path(&data, "Torn");
    let mut text = std::fs::read_to_string(&log).unwrap();
    text.push_str("{\"line\":\"action\",\"seat\":\"Sel");
    std::fs::write(&log, text).unwrap();
    let h2 = start("01_first_client", Some(data.clone()));
    assert_eq!(decisions(&h2, "Torn"), 2);
    let url2 = h2.ws_url();
    let token = rt().block_on(async {
        let (mut seller, _) =
            Device::join(&url2, "Torn", SeatChoice::Seller, Some(token.clone())).await;
        for (i, key) in seller_actions.iter().enumerate().skip(2).take(3) {
            let seq = i as u64 + 1;
            seller.decide(seq, key.clone()).await;
            assert_eq!(seller.answer(seq).await, Ok(seq), "acknowledged");
        }
        token
    });
    drop(h2);
    let h3 = start("01_first_client", Some(data));
    assert_eq!(
        decisions(&h3, "Torn"),
        5,
        "every acknowledged decision is back: {:?}",
        h3.restore_problems
    );
    assert!(h3.restore_problems.is_empty(), "{:?}", h3.restore_problems);
    rt().block_on(async {
        let mut d = Device::connect(&h3.ws_url()).await;
        d.send(&ClientMsg::Hello {
            protocol: PROTOCOL,
            room: CODE.into(),
            table: "Torn".into(),
            seat: SeatChoice::Seller,
            token: Some(token),
        })
        .await;
        let welcome = next_raw(&mut d, is("welcome")).await;
        assert_eq!(welcome["last_seq"], 5, "{welcome}");
    });
}

#[test]
fn a_silent_connection_is_closed_before_and_after_the_handshake() {
    let h = start("01_first_client", None);
    let addr = h.addr();
    let url = h.ws_url();
    rt().block_on(async {
        let silent_tcp = async {
            let mut tcp = TcpStream::connect(addr).await.unwrap();
            let mut buf = [0u8; 64];
            let read = tokio::time::timeout(Duration::from_secs(20), tcp.read(&mut buf))
                .await
                .expect("the host closes a connection that sends no request");
            assert!(matches!(read, Ok(0) | Err(_)), "{read:?}");
        };
        let silent_ws = async {
            let mut d = Device::connect(&url).await;
            let error = next_raw(&mut d, is("error")).await;
            assert_eq!(error["code"]["code"], "too_slow", "{error}");
            closed_with(&mut d, 10).await;
        };
        tokio::join!(silent_tcp, silent_ws);
    });
}

#[test]
fn parsing_is_strict_and_an_old_seq_is_answered_as_stale() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    rt().block_on(async {
        let (mut seller, token) = Device::join(&url, "Strict", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "Strict", SeatChoice::DeliveryLead, None).await;
        // An unknown field on a message whose action has no fields.
        lead.send_text(
            r#"{"type":"decision","seq":1,"action":{"do":"end_week","typo":true}}"#.into(),
        )
        .await;
        let r = next_raw(&mut lead, |v| {
            v["type"] == "refused" || v["type"] == "error"
        })
        .await;
        assert_eq!(r["code"]["code"], "malformed", "{r}");
        seller
            .send_text(r#"{"type":"ping","nonce":1,"typo":true}"#.into())
            .await;
        let r = next_raw(&mut seller, is("error")).await;
        assert_eq!(r["code"]["code"], "malformed", "{r}");
        // A number for a name.
        let mut console = facilitator(&url, h.facilitator_key()).await;
        control(&mut console, r#"{"kind":9,"reveal":true}"#).await;
        let r = next_raw(&mut console, |v| {
            v["type"] == "refused" || v["type"] == "error"
        })
        .await;
        assert_eq!(r["code"]["code"], "malformed", "{r}");
        assert!(!h.workshop().console().ledgers_revealed);
        // The highest seq is refused as malformed and wedges nothing.
        seller
            .send_text(format!(
                r#"{{"type":"decision","seq":{},"action":{}}}"#,
                u64::MAX,
                serde_json::to_string(&actions[0].1).unwrap()
            ))
            .await;
        let r = next_raw(&mut seller, |v| {
            v["type"] == "refused" || v["type"] == "error"
        })
        .await;
        assert_eq!(r["code"]["code"], "malformed", "{r}");
        seller.decide(1, actions[0].1.clone()).await;
        assert_eq!(seller.answer(1).await, Ok(1));
        // The same seq again: stale, said so, nothing applied.
        seller.decide(1, actions[1].1.clone()).await;
        let r = next_raw(&mut seller, is("refused")).await;
        assert_eq!(r["code"]["code"], "stale", "{r}");
        assert_eq!(r["code"]["last"], 1, "{r}");
        assert_eq!(r["seq"], 1, "{r}");
        assert_eq!(decisions(&h, "Strict"), 1);
        // The seat taken back with its token: the welcome says the last seq, and the old
        // connection is told and closed.
        let mut back = Device::connect(&url).await;
        back.send(&ClientMsg::Hello {
            protocol: PROTOCOL,
            room: CODE.into(),
            table: "Strict".into(),
            seat: SeatChoice::Seller,
            token: Some(token),
        })
        .await;
        let welcome = next_raw(&mut back, is("welcome")).await;
        assert_eq!(welcome["last_seq"], 1, "{welcome}");
        let told = next_raw(&mut seller, is("error")).await;
        assert_eq!(told["code"]["code"], "seat_taken_back", "{told}");
        closed_with(&mut seller, 10).await;
        // A text frame that is not UTF-8: an error, then close code 1007.
        let frame = Frame::from_payload(
            FrameHeader {
                opcode: OpCode::Data(Data::Text),
                ..FrameHeader::default()
            },
            vec![0xff, 0xfe, b'{'].into(),
        );
        back.ws.send(Message::Frame(frame)).await.unwrap();
        let r = next_raw(&mut back, |v| v["type"] == "error").await;
        assert_eq!(r["code"]["code"], "malformed", "{r}");
        assert_eq!(closed_with(&mut back, 10).await, Some(1007));
    });
}

#[test]
fn the_console_frees_a_seat_and_a_new_device_takes_it() {
    let dir = tempfile::tempdir().unwrap();
    let h = start("01_first_client", Some(dir.path().to_path_buf()));
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let new_token = rt().block_on(async {
        let (mut seller, old_token) = Device::join(&url, "Gone", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "Gone", SeatChoice::DeliveryLead, None).await;
        seller.decide(1, actions[0].1.clone()).await;
        assert_eq!(seller.answer(1).await, Ok(1));
        // Without the token, the seat is taken.
        let mut other = Device::connect(&url).await;
        assert!(matches!(
            other.hello("Gone", SeatChoice::Seller, None).await,
            HostMsg::Error {
                code: ErrorCode::SeatTaken,
                ..
            }
        ));
        let mut console = facilitator(&url, h.facilitator_key()).await;
        control(
            &mut console,
            r#"{"kind":"free_seat","table":"Gone","seat":"seller"}"#,
        )
        .await;
        let told = next_raw(&mut seller, is("error")).await;
        assert_eq!(told["code"]["code"], "seat_taken_back", "{told}");
        let notice = next_raw(&mut lead, is("seat_freed")).await;
        assert_eq!(notice["seat"], "seller", "{notice}");
        // A new device takes the seat; the old token no longer works.
        let (mut new, new_token) = Device::join(&url, "Gone", SeatChoice::Seller, None).await;
        assert_ne!(new_token, old_token);
        new.decide(2, actions[1].1.clone()).await;
        assert_eq!(new.answer(2).await, Ok(2));
        let mut stale = Device::connect(&url).await;
        assert!(matches!(
            stale
                .hello("Gone", SeatChoice::Seller, Some(old_token))
                .await,
            HostMsg::Error {
                code: ErrorCode::BadToken,
                ..
            }
        ));
        new_token
    });
    drop(h);
    // Freed, after a restart too: the new device's token holds the seat.
    let h2 = start("01_first_client", Some(dir.path().to_path_buf()));
    assert_eq!(decisions(&h2, "Gone"), 2);
    rt().block_on(async {
        Device::join(&h2.ws_url(), "Gone", SeatChoice::Seller, Some(new_token)).await;
    });
}

#[test]
fn the_report_the_debrief_exports_imports_into_the_class_debrief() {
    let h = start("01_first_client", None);
    let (_, played) = script_actions("01_first_client", "careful");
    let debrief = played.debrief(true).expect("the session is over");
    let markdown = overpromise::report::markdown(&played, &debrief);
    let html = overpromise::report::html(&played, &debrief);
    for (table, content) in [("From md", &markdown), ("From html", &html)] {
        h.workshop()
            .control(&Control::Import {
                table: table.into(),
                content: content.clone(),
            })
            .unwrap_or_else(|e| panic!("{table}: {}", e.message));
    }
    h.workshop()
        .control(&Control::RevealLedgers { reveal: true })
        .unwrap();
    let board = h.workshop().board();
    let score = played.outcome().unwrap().score;
    for table in ["From md", "From html"] {
        let row = board.rows.iter().find(|r| r.table == table).unwrap();
        assert!(row.finished && row.imported);
        assert_eq!(row.score, score, "{table}");
    }
    // A damaged record is refused with its reason, nothing imported.
    let cut = markdown.replace("-->", "");
    let refused = h
        .workshop()
        .control(&Control::Import {
            table: "Cut".into(),
            content: cut,
        })
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::ImportFailed);
    assert!(
        refused.message.contains("replay record"),
        "{}",
        refused.message
    );
}

#[test]
fn a_refusal_names_people_and_scope_by_their_ids_never_their_positions() {
    use overpromise::engine::Refusal;
    use overpromise::scenario::model::{PersonId, ScopeId};
    use overpromise::workshop::protocol::refusal_wire;
    let s = level("01_first_client");
    let person = &s.delivery.people[0].key;
    let scope = &s.offer.scope[0].key;
    assert_eq!(
        refusal_wire(&s, &Refusal::AlreadyHired(PersonId(0))),
        serde_json::json!({ "AlreadyHired": person })
    );
    assert_eq!(
        refusal_wire(&s, &Refusal::NotInBacklog(ScopeId(0))),
        serde_json::json!({ "NotInBacklog": scope })
    );
    assert_eq!(
        refusal_wire(&s, &Refusal::WeekFull),
        serde_json::json!("WeekFull")
    );
}
