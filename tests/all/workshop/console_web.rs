//! The facilitator's console in a browser (`/console`, `/console/ws`): closed without the key
//! the host makes at start (over HTTP and over the WebSocket), open with it: its tables, and
//! controls that do what the game's console does (pause, broadcast, timer, import), refused in
//! words when they are wrong. No seat's page or message ever holds the key. The page in real
//! headless Chromium, with axe-core, is in `chromium.rs`.

use super::*;
use overpromise::wording::console as say;
use tokio_tungstenite::tungstenite::Error as WsError;

/// The browser console's script over `/console/ws`.
pub(super) struct Console {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// The last live controls and tables drawn.
    pub(super) controls: String,
    pub(super) tables: String,
}

impl Console {
    pub(super) async fn open(addr: std::net::SocketAddr, key: &str) -> Console {
        let (ws, _) = connect_async(format!("ws://{addr}/console/ws?key={key}"))
            .await
            .expect("the key opens the console");
        let mut c = Console {
            ws,
            controls: String::new(),
            tables: String::new(),
        };
        c.until(|v| v.get("tables").is_some()).await;
        c
    }

    async fn send(&mut self, v: serde_json::Value) {
        self.ws
            .send(Message::Text(v.to_string().into()))
            .await
            .unwrap();
    }

    async fn control(&mut self, c: &Control) {
        self.send(serde_json::json!({ "type": "control", "control": c }))
            .await;
    }

    async fn until(&mut self, f: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("an answer within 10 s")
                .expect("the connection is open")
                .expect("a message");
            let Message::Text(t) = msg else { continue };
            let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
            if let Some(h) = v["controls"].as_str() {
                self.controls = h.to_owned();
            }
            if let Some(h) = v["tables"].as_str() {
                self.tables = h.to_owned();
            }
            if f(&v) {
                return v;
            }
        }
    }

    /// The next notice: its words and whether the control was done.
    async fn notice(&mut self) -> (String, bool) {
        let v = self.until(|v| v.get("notice").is_some()).await;
        (
            v["notice"].as_str().unwrap().to_owned(),
            v["ok"].as_bool().unwrap(),
        )
    }
}

fn key_of(h: &HostHandle) -> String {
    h.workshop().facilitator_key().expect("a key").to_owned()
}

fn status(response: &str) -> u16 {
    response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

#[test]
fn the_browser_console_is_closed_without_the_facilitator_key() {
    let h = start("01_first_client", None);
    let key = key_of(&h);
    // 192 random bits in hexadecimal: nothing to do with the room code, another host another key.
    assert_eq!(key.len(), 48);
    assert!(key.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(!key.to_uppercase().contains(CODE));
    let other = start("01_first_client", None);
    assert_ne!(key, key_of(&other));
    assert_eq!(
        h.console_url().unwrap(),
        format!("http://{}/console?key={key}", h.addr())
    );
    let addr = h.addr();
    // The key changed in its last character, in its case, cut short, with another host's key.
    let mut near = key.clone();
    let last = near.pop().unwrap();
    near.push(if last == '0' { '1' } else { '0' });
    let wrong = [
        near,
        key.to_uppercase(),
        key[..40].to_owned(),
        key_of(&other),
        CODE.into(),
    ];
    rt().block_on(async {
        let closed = |page: &str| {
            assert!(page.contains("name=\"key\""), "no form for the key: {page}");
            for data in ["live-tables", "data-control", "console.js", CODE] {
                assert!(!page.contains(data), "{data} on a refusal: {page}");
            }
        };
        for path in ["console", "console?key=", "console?key=%20"] {
            let page = fetch(&format!("http://{addr}/{path}")).await;
            assert_eq!(status(&page), 401, "{path}: {page}");
            assert!(page.contains("facilitator key that the host printed"));
            assert!(page.contains("no-store"), "{page}");
            closed(&page);
        }
        for k in &wrong {
            let page = fetch(&format!("http://{addr}/console?key={k}")).await;
            assert_eq!(status(&page), 403, "{k}: {page}");
            assert!(page.contains("the console stays closed"));
            closed(&page);
        }
        // The WebSocket is refused before it opens.
        for (q, code) in [
            ("", 401),
            ("?key=", 401),
            (&*format!("?key={}", wrong[0]), 403),
        ] {
            match connect_async(format!("ws://{addr}/console/ws{q}")).await {
                Err(WsError::Http(r)) => assert_eq!(r.status().as_u16(), code, "{q}"),
                Err(e) => panic!("{q}: refused otherwise: {e}"),
                Ok(_) => panic!("{q}: the console's WebSocket opened without the key"),
            }
        }
        // Nothing joined as a facilitator: a seat's decisions go on while nobody paused.
        assert!(!h.workshop().console().paused);
    });
}

#[test]
fn a_facilitator_with_the_key_sees_the_tables_and_runs_the_workshop() {
    let h = start("01_first_client", None);
    let key = key_of(&h);
    let addr = h.addr();
    let url = h.ws_url();
    rt().block_on(async {
        let (mut seller, _) = Device::join(&url, "Table 3", SeatChoice::Seller, None).await;
        let page = fetch(&format!("http://{addr}/console?key={key}")).await;
        assert_eq!(status(&page), 200, "{page}");
        for part in [
            "<th scope=\"row\">Table 3</th>",
            &say::pause_button(false),
            "<label for=\"minutes\">",
            "<label for=\"broadcast\">",
            "<label for=\"import-file\">",
            "href=\"/board\"",
        ] {
            assert!(page.contains(part), "{part} not on the console: {page}");
        }
        let mut c = Console::open(addr, &key).await;
        assert!(c.tables.contains("Table 3"), "{}", c.tables);
        // Who sits: the seller's device, connected.
        assert!(c.tables.contains("S connected"), "{}", c.tables);

        // Pause: every device hears it, the console shows "Resume all".
        c.control(&Control::Pause).await;
        assert_eq!(c.notice().await, (say::done().to_owned(), true));
        seller
            .until(|m| matches!(m, HostMsg::Paused { paused: true }))
            .await;
        assert!(h.workshop().console().paused);
        c.until(|v| {
            v["controls"]
                .as_str()
                .is_some_and(|h| h.contains(&say::pause_button(true)))
        })
        .await;
        assert!(c.controls.contains("&quot;kind&quot;:&quot;resume&quot;"));
        c.control(&Control::Resume).await;
        assert!(c.notice().await.1);
        seller
            .until(|m| matches!(m, HostMsg::Paused { paused: false }))
            .await;

        // Broadcast: the seller's device gets the words as typed.
        c.control(&Control::Broadcast {
            text: "Ten minutes left for the PID".into(),
        })
        .await;
        assert!(c.notice().await.1);
        match seller
            .until(|m| matches!(m, HostMsg::Broadcast { .. }))
            .await
        {
            HostMsg::Broadcast { text } => assert_eq!(text, "Ten minutes left for the PID"),
            _ => unreachable!(),
        }

        // The timer, from the minutes typed, as the game's console starts it.
        c.send(serde_json::json!({ "type": "timer", "minutes": "5" }))
            .await;
        assert!(c.notice().await.1);
        let t = h.workshop().console().timer.expect("a timer runs");
        assert_eq!((t.label.as_str(), t.warn_at), (say::stage().as_str(), 60));
        assert!((295..=300).contains(&t.seconds_left));
        for minutes in ["0", "121", "five", ""] {
            c.send(serde_json::json!({ "type": "timer", "minutes": minutes }))
                .await;
            assert_eq!(c.notice().await, (say::timer_range(120), false));
        }

        // Refusals in words, nothing changed: a table that is not there, a control the protocol
        // refuses, a seat's message.
        c.control(&Control::Release {
            table: "Table 9".into(),
        })
        .await;
        let (words, ok) = c.notice().await;
        assert!(!ok && words.contains("Table 9"), "{words}");
        c.send(serde_json::json!({ "type": "control", "control": { "kind": "pause", "x": 1 } }))
            .await;
        assert!(!c.notice().await.1);
        c.send(serde_json::json!({ "type": "decision", "seq": 1, "action": "x" }))
            .await;
        assert!(!c.notice().await.1);
        assert!(!h.workshop().console().paused);

        // Import an offline table: it joins the tables.
        let script =
            std::fs::read_to_string(root().join("tests/scripts/01_first_client.careful.ron"))
                .unwrap();
        c.control(&Control::Import {
            table: "Offline".into(),
            content: script,
        })
        .await;
        assert_eq!(c.notice().await, (say::done().to_owned(), true));
        c.until(|v| {
            v["tables"]
                .as_str()
                .is_some_and(|h| h.contains("Offline (imported)"))
        })
        .await;

        // The ledgers and the ranks, as the game's console toggles them.
        c.control(&Control::RevealLedgers { reveal: true }).await;
        assert!(c.notice().await.1);
        c.control(&Control::Leaderboard { show: true }).await;
        assert!(c.notice().await.1);
        let snap = h.workshop().console();
        assert!(snap.ledgers_revealed && snap.leaderboard_shown);
    });
}

#[test]
fn no_seat_ever_gets_the_facilitator_key() {
    let h = start("01_first_client", None);
    let key = key_of(&h);
    let addr = h.addr();
    rt().block_on(async {
        for path in [
            "",
            "seat",
            "seat.js",
            "seat.css",
            "board",
            "board.json",
            "console.js",
        ] {
            let page = fetch(&format!("http://{addr}/{path}")).await;
            assert_eq!(status(&page), 200, "{path}");
            assert!(!page.contains(&key), "the key is on /{path}");
        }
        // A browser seat and a game seat at a table, each with its first view.
        let (mut b, _) = super::browser::Browser::join(addr, "T1", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&h.ws_url(), "T1", SeatChoice::DeliveryLead, None).await;
        b.send(serde_json::json!({ "type": "ping", "nonce": 3 }))
            .await;
        while b.next().await.get("pong").is_none() {}
        lead.latest_view().await;
        // A facilitator in the room moves nothing the seats could read the key from.
        let mut c = Console::open(addr, &key).await;
        c.control(&Control::Broadcast {
            text: "Break".into(),
        })
        .await;
        c.notice().await;
        lead.until(|m| matches!(m, HostMsg::Broadcast { .. })).await;
        for seen in b.seen.iter().chain(&lead.seen) {
            assert!(!seen.contains(&key), "the key reached a seat: {seen}");
        }
        // A browser seat cannot make itself the facilitator: the console is behind the key.
        let (mut fake, first) =
            super::browser::Browser::join(addr, "", SeatChoice::Facilitator, None).await;
        assert_eq!(
            first["error"].as_str(),
            Some(overpromise::wording::workshop::not_facilitator().as_str())
        );
        fake.send(serde_json::json!({ "type": "control", "control": { "kind": "pause" } }))
            .await;
        let answer = fake.next().await;
        assert!(answer["error"].is_string(), "{answer}");
        assert!(!h.workshop().console().paused);
    });
}
