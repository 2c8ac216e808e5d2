//! The facilitator's console in a browser: `/console?key=…` (the page) and `/console/ws?key=…`
//! (its WebSocket), behind the facilitator key the host makes at start ([`Workshop::key_ok`]).
//! Without the right key the page is a refusal with a form for the key, and the WebSocket is
//! refused before it opens; the key is never on a seat's page.
//!
//! Drawn like the browser seat: the host turns every console snapshot into HTML
//! ([`render`]) from the same snapshot and sentences as the game's console, and the page's few
//! lines of script ([`CONSOLE_JS`]) put it in place. Its buttons send back the very
//! [`Control`] the game's console sends, judged by the same checks
//! ([`crate::workshop::protocol::read_client_msg`]) and applied by the same
//! [`Workshop::control`].

pub mod render;

use std::sync::Arc;

use axum::extract::ws::{Message, WebSocket};
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use serde_json::json;

use super::queue::queue;
use super::tables::{Joined, Tx, Workshop, json};
use crate::wording::console as say;
use crate::wording::workshop as words;
use crate::workshop::protocol::{
    ClientMsg, ConsoleSnapshot, ErrorCode, HostMsg, MAX_TIMER_SECONDS, SeatChoice, WRITE_TIMEOUT,
    read_client_msg, stage_timer,
};

/// The console page's script (our own, no library).
pub const CONSOLE_JS: &str = include_str!("console.js");

/// The marker the reader queues when a control did what it was asked.
const DONE: &str = "{\"type\":\"done\"}";

/// What the console page sends besides the game console's own messages (a [`Control`] or a
/// ping): the timer's minutes as typed, made into the game console's timer
/// ([`stage_timer`]).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum ConsoleMsg {
    /// Start the stage timer.
    Timer {
        /// The minutes typed.
        minutes: String,
    },
}

/// What the host remembers of a browser console to draw it.
#[derive(Debug, Default)]
struct ConsoleState {
    snap: Option<ConsoleSnapshot>,
    broadcast: Option<String>,
}

impl ConsoleState {
    /// What a message from the host becomes for the page (none: nothing to show).
    fn on_host(&mut self, text: &str) -> Option<String> {
        let Ok(msg) = serde_json::from_str::<HostMsg>(text) else {
            return (text == DONE)
                .then(|| json!({ "notice": say::done(), "ok": true }).to_string());
        };
        match msg {
            HostMsg::Console(snap) => self.snap = Some(snap),
            HostMsg::Broadcast { text } => self.broadcast = Some(text),
            HostMsg::Refused { message, .. } | HostMsg::Error { message, .. } => {
                return Some(json!({ "notice": message, "ok": false }).to_string());
            }
            HostMsg::Pong { nonce } => return Some(json!({ "pong": nonce }).to_string()),
            _ => return None,
        }
        let snap = self.snap.as_ref()?;
        Some(
            json!({
                "controls": render::controls(snap, self.broadcast.as_deref()),
                "tables": render::tables(snap),
            })
            .to_string(),
        )
    }
}

/// A device's seat, in the grid's short form (see [`say::devices_key`]), on the game's console
/// and the browser's.
pub fn seat_short(seat: SeatChoice) -> String {
    match seat {
        SeatChoice::Seller => say::seller_short(),
        SeatChoice::DeliveryLead => say::lead_short(),
        SeatChoice::Both => say::both_short(),
        SeatChoice::Observer => say::observer_short(),
        SeatChoice::Facilitator => say::facilitator_short(),
    }
}

/// Judges one message from the console page and answers it.
fn handle(ws: &Workshop, tx: &Tx, text: &str) {
    let send = |m: &HostMsg| {
        let _ = tx.send(json(m));
    };
    let refuse = |code: ErrorCode, message: String| {
        send(&HostMsg::Refused {
            seq: None,
            code,
            refusal: None,
            message,
        })
    };
    let control = match serde_json::from_str::<ConsoleMsg>(text) {
        Ok(ConsoleMsg::Timer { minutes }) => match stage_timer(&minutes, say::stage()) {
            Some(c) => c,
            None => {
                return refuse(
                    ErrorCode::Malformed,
                    say::timer_range(MAX_TIMER_SECONDS / 60),
                );
            }
        },
        Err(_) => match read_client_msg(text) {
            Ok(ClientMsg::Control { control }) => control,
            Ok(ClientMsg::Ping { nonce }) => return send(&HostMsg::Pong { nonce }),
            Ok(_) => {
                return refuse(
                    ErrorCode::Malformed,
                    words::malformed("a seat's message on the console"),
                );
            }
            Err(e) => {
                let message = match e.code {
                    ErrorCode::TooLarge { limit } => words::too_large(limit, &e.detail),
                    _ => words::malformed(&e.detail),
                };
                return refuse(e.code, message);
            }
        },
    };
    match ws.control(&control) {
        Ok(()) => {
            let _ = tx.send(DONE.into());
        }
        Err(r) => refuse(r.code, r.message),
    }
}

/// Serves one browser console (its key already checked) until its connection closes.
pub(super) async fn serve(ws: Arc<Workshop>, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (tx, rx) = queue();
    let close = rx.close_handle();
    let stuck = close.clone();
    let mut out = rx.queue;
    let writer = tokio::spawn(async move {
        let mut state = ConsoleState::default();
        while let Some(text) = out.recv().await {
            let Some(page) = tokio::task::block_in_place(|| state.on_host(&text)) else {
                continue;
            };
            match tokio::time::timeout(WRITE_TIMEOUT, sink.send(Message::Text(page.into()))).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) => break,
                Err(_) => {
                    stuck.overflow();
                    break;
                }
            }
        }
        let _ = sink.close().await;
    });
    let conn = ws.next_conn();
    tokio::task::block_in_place(|| ws.join_console(conn, &tx, None));
    loop {
        let msg = tokio::select! {
            _ = close.closed() => break,
            m = stream.next() => m,
        };
        match msg {
            Some(Ok(Message::Text(text))) => {
                tokio::task::block_in_place(|| handle(&ws, &tx, text.as_str()));
            }
            Some(Ok(Message::Close(_)) | Err(_)) | None => break,
            Some(Ok(_)) => {}
        }
    }
    ws.disconnect(&Joined {
        conn,
        table: None,
        choice: SeatChoice::Facilitator,
    });
    drop(tx);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), writer).await;
}
