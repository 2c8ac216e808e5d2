//! The workshop host over loopback: devices join with the room code through real WebSockets
//! (tokio-tungstenite), play a table to the class debrief, drop and rejoin, survive a host
//! restart, and get typed refusals that change nothing; an offline result is imported; the
//! board's CSV and HTML name every table. This file holds the scripted device and the helpers;
//! the tests are in the files beside it, by theme.

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

mod attack;
mod bad_input;
mod board;
mod browser;
mod chromium;
mod console_web;
mod play;
mod restart;

pub(super) const CODE: &str = "QX7K2M";

pub(super) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(super) fn start(stem: &str, data: Option<PathBuf>) -> HostHandle {
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

pub(super) fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The actions of a shipped script, each with the seat it belongs to, by the scenario's ids; and
/// the session the script plays in-process (what the host must compute too).
pub(super) fn script_actions(stem: &str, kind: &str) -> (Vec<(Seat, ActionKey)>, Session) {
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

pub(super) struct Device {
    pub(super) ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Every message received, as sent.
    pub(super) seen: Vec<String>,
}

impl Device {
    pub(super) async fn connect(url: &str) -> Device {
        let (ws, _) = connect_async(url).await.expect("connects");
        Device {
            ws,
            seen: Vec::new(),
        }
    }

    pub(super) async fn send_text(&mut self, text: String) {
        self.ws.send(Message::Text(text.into())).await.unwrap();
    }

    pub(super) async fn send(&mut self, msg: &ClientMsg) {
        self.send_text(serde_json::to_string(msg).unwrap()).await;
    }

    pub(super) async fn next(&mut self) -> HostMsg {
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
    pub(super) async fn until(&mut self, f: impl Fn(&HostMsg) -> bool) -> HostMsg {
        loop {
            let m = self.next().await;
            if f(&m) {
                return m;
            }
        }
    }

    pub(super) async fn hello(
        &mut self,
        table: &str,
        seat: SeatChoice,
        token: Option<String>,
    ) -> HostMsg {
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
    pub(super) async fn join(
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

    pub(super) async fn decide(&mut self, seq: u64, action: ActionKey) {
        self.send(&ClientMsg::Decision {
            seq,
            seat: None,
            action,
        })
        .await;
    }

    /// The answer to decision `seq`: its view (`Ok(version)`) or its refusal.
    pub(super) async fn answer(&mut self, seq: u64) -> Result<u64, ErrorCode> {
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

    pub(super) async fn error(&mut self) -> ErrorCode {
        match self
            .until(|m| matches!(m, HostMsg::Error { .. } | HostMsg::Refused { .. }))
            .await
        {
            HostMsg::Error { code, .. } | HostMsg::Refused { code, .. } => code,
            _ => unreachable!(),
        }
    }

    pub(super) async fn latest_view(&mut self) -> String {
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

pub(super) fn decisions(h: &HostHandle, table: &str) -> u32 {
    h.workshop()
        .console()
        .tables
        .iter()
        .find(|t| t.table == table)
        .map_or(0, |t| t.decisions)
}

/// Every `commission` figure a message holds.
pub(super) fn commission_figures(text: &str) -> Vec<f64> {
    fn walk(v: &serde_json::Value, out: &mut Vec<f64>) {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(c) = map.get("commission").and_then(serde_json::Value::as_f64) {
                    out.push(c);
                }
                map.values().for_each(|x| walk(x, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        walk(&v, &mut out);
    }
    out
}

/// Promises the delivery lead must never see now (as in `src/engine/play_tests/roles/views.rs`).
pub(super) fn hidden_keys(session: &Session) -> Vec<String> {
    let x = session;
    let s = session.scenario();
    let unheard = |e: &&overpromise::engine::LedgerEntry| x.attended(e.meeting).is_empty();
    let early = matches!(
        x.phase(),
        Phase::Invite(_) | Phase::Beat(..) | Phase::Handoff
    );
    x.ledger()
        .iter()
        .chain(x.withdrawn())
        .filter(unheard)
        .filter(|e| {
            early
                || (!x.in_pid(PidItem::Promise(e.promise))
                    && !x.surfaced(e.promise)
                    && !x.rebaselined(e.promise))
        })
        .map(|e| format!("\"{}\"", s.promises[e.promise.ix()].key))
        .collect()
}

/// Plays a whole two-role script through two devices; checks every message the delivery lead
/// receives for the ledger's left-out entries and the commission. Returns the devices.
pub(super) async fn play_table(
    url: &str,
    table: &str,
    stem: &str,
    kind: &str,
) -> (Device, Device, Session) {
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
            // No commission figure (the debrief's scorecards name the field, zeroed).
            let commission = commission_figures(&text);
            assert!(
                commission.iter().all(|c| *c == 0.0),
                "commission leaked: {commission:?} in {text}"
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

/// A view message without its acknowledgement (which depends on who asked).
pub(super) fn strip_ack(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v.as_object_mut().unwrap().remove("ack");
    v.to_string()
}

/// A plain HTTP GET over loopback (the board is read-only and needs no client library).
pub(super) async fn fetch(url: &str) -> String {
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
