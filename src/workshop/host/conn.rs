//! One device's WebSocket: read each message, judge it through [`Workshop`], send the answers.
//! A writer task sends what the host queues for the device, so a slow device never holds a table.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use futures_util::{SinkExt, StreamExt};

use super::queue::{Closing, queue};
use super::seat;
use super::tables::{Joined, Tx, Workshop, json};
use crate::wording::workshop as words;
use crate::workshop::protocol::{
    ClientMsg, ErrorCode, HELLO_TIMEOUT, HostMsg, SeatChoice, WRITE_TIMEOUT, read_client_msg,
};

/// How long the host keeps writing what is queued for a device it closes.
const FLUSH_ON_CLOSE: Duration = Duration::from_secs(5);

/// WebSocket close code for a text message that is not UTF-8 (RFC 6455, 7.4.1).
const CLOSE_NOT_UTF8: u16 = 1007;

/// Whether a read error is a text message that is not UTF-8.
fn not_utf8(e: &axum::Error) -> bool {
    use tokio_tungstenite::tungstenite::Error as WsError;
    std::error::Error::source(e)
        .and_then(|s| s.downcast_ref::<WsError>())
        .is_some_and(|e| matches!(e, WsError::Utf8(_)))
}

/// Serves one device until its connection closes; `browser`: a browser seat, whose messages the
/// host turns into its page ([`super::seat`]) and whose buttons into the game seat's messages.
pub(super) async fn serve_socket(
    ws: Arc<Workshop>,
    socket: WebSocket,
    ip: IpAddr,
    browser: Option<seat::Shared>,
) {
    let (mut sink, mut stream) = socket.split();
    let (tx, rx) = queue();
    let close = rx.close_handle();
    let mut out = rx.queue;
    let stuck = close.clone();
    let page = browser.clone();
    let mut writer = tokio::spawn(async move {
        while let Some(text) = out.recv().await {
            let text = match &page {
                Some(p) => {
                    let drawn = tokio::task::block_in_place(|| {
                        p.lock().unwrap_or_else(|e| e.into_inner()).on_host(&text)
                    });
                    match drawn {
                        Some(t) => t.into(),
                        None => continue,
                    }
                }
                None => text,
            };
            match tokio::time::timeout(
                WRITE_TIMEOUT,
                sink.send(Message::Text(text.as_ref().into())),
            )
            .await
            {
                Ok(Ok(())) => {}
                Ok(Err(_)) => return None,
                Err(_) => {
                    // The device has read nothing for that long: drop it.
                    stuck.overflow();
                    return None;
                }
            }
        }
        Some(sink)
    });
    let conn = ws.next_conn();
    let mut joined: Option<Joined> = None;
    let hello_by = tokio::time::Instant::now() + HELLO_TIMEOUT;
    let mut close_code = None;
    loop {
        let next = async {
            if joined.is_some() {
                Some(stream.next().await)
            } else {
                tokio::time::timeout_at(hello_by, stream.next()).await.ok()
            }
        };
        let msg = tokio::select! {
            _ = close.closed() => break,
            m = next => m,
        };
        let Some(msg) = msg else {
            send_error(&tx, ErrorCode::TooSlow, words::hello_timeout(HELLO_TIMEOUT));
            break;
        };
        let keep = match msg {
            Some(Ok(Message::Text(text))) => tokio::task::block_in_place(|| {
                let Some(b) = &browser else {
                    return handle(&ws, ip, conn, &tx, &mut joined, text.as_str());
                };
                match (seat::read(b, text.as_str()), joined.is_some()) {
                    (seat::Read::Client(text), _) => handle(&ws, ip, conn, &tx, &mut joined, &text),
                    (seat::Read::Deny(m), _) => {
                        let _ = tx.send(json(&m));
                        true
                    }
                    (_, false) => {
                        send_error(&tx, ErrorCode::NotJoined, words::not_joined());
                        true
                    }
                    (seat::Read::Refuse(m), true) => {
                        let _ = tx.send(json(&m));
                        true
                    }
                    (seat::Read::Redraw, true) => {
                        let _ = tx.send(seat::REDRAW.into());
                        true
                    }
                }
            }),
            Some(Ok(Message::Binary(_))) => {
                send_error(
                    &tx,
                    ErrorCode::Malformed,
                    words::malformed("a binary message"),
                );
                true
            }
            Some(Err(e)) if not_utf8(&e) => {
                send_error(
                    &tx,
                    ErrorCode::Malformed,
                    words::malformed("a text message that is not UTF-8"),
                );
                close_code = Some(CLOSE_NOT_UTF8);
                false
            }
            Some(Ok(Message::Close(_)) | Err(_)) | None => false,
            Some(Ok(_)) => true,
        };
        if !keep {
            break;
        }
    }
    if let Some(j) = &joined {
        ws.disconnect(j);
        ws.send_console();
    }
    drop(tx);
    // A device that read nothing is dropped at once, its queue freed; any other gets what was
    // queued for it (the reason it is closed) first.
    if close.why() == Closing::Overflow {
        writer.abort();
        return;
    }
    let sink = match tokio::time::timeout(FLUSH_ON_CLOSE, &mut writer).await {
        Ok(Ok(sink)) => sink,
        _ => {
            writer.abort();
            None
        }
    };
    if let Some(mut sink) = sink {
        let frame = close_code.map(|code| CloseFrame {
            code,
            reason: "".into(),
        });
        let _ = tokio::time::timeout(FLUSH_ON_CLOSE, async {
            let _ = sink.send(Message::Close(frame)).await;
            let _ = sink.close().await;
        })
        .await;
    }
}

fn send_error(tx: &Tx, code: ErrorCode, message: String) {
    let _ = tx.send(json(&HostMsg::Error { code, message }));
}

/// Judges one text message; `false` closes the connection (a protocol version the host does not
/// speak).
pub fn handle(
    ws: &Workshop,
    ip: IpAddr,
    conn: u64,
    tx: &Tx,
    joined: &mut Option<Joined>,
    text: &str,
) -> bool {
    let send = |m: &HostMsg| {
        let _ = tx.send(json(m));
    };
    let msg = match read_client_msg(text) {
        Ok(m) => m,
        Err(e) => {
            let message = match e.code {
                ErrorCode::TooLarge { limit } => words::too_large(limit, &e.detail),
                _ => words::malformed(&e.detail),
            };
            let seq = match e.code {
                ErrorCode::TooLarge { .. } => None,
                _ => serde_json::from_str::<serde_json::Value>(text)
                    .ok()
                    .and_then(|v| v.get("seq").and_then(|s| s.as_u64())),
            };
            if joined.is_some() && seq.is_some() {
                send(&HostMsg::Refused {
                    seq,
                    code: e.code,
                    refusal: None,
                    message,
                });
            } else {
                send_error(tx, e.code, message);
            }
            return true;
        }
    };
    match (msg, joined.as_ref()) {
        (ClientMsg::Ping { nonce }, _) => send(&HostMsg::Pong { nonce }),
        (ClientMsg::Hello { .. }, Some(_)) => {
            send_error(tx, ErrorCode::AlreadyJoined, words::already_joined())
        }
        (
            ClientMsg::Hello {
                protocol,
                room,
                table,
                seat,
                token,
            },
            None,
        ) => match ws.hello(
            ip,
            (protocol, &room, &table, seat, token.as_deref()),
            conn,
            tx,
        ) {
            Ok(j) => {
                *joined = Some(j);
                ws.send_console();
            }
            Err(r) => {
                let close = matches!(
                    r.code,
                    ErrorCode::ProtocolTooOld { .. } | ErrorCode::ProtocolTooNew { .. }
                );
                send_error(tx, r.code, r.message);
                return !close;
            }
        },
        (_, None) => send_error(tx, ErrorCode::NotJoined, words::not_joined()),
        (ClientMsg::Decision { seq, seat, action }, Some(j)) => {
            if let Err(r) = ws.decide(j, seq, seat, &action) {
                send(&HostMsg::Refused {
                    seq: Some(seq),
                    code: r.code,
                    refusal: r.refusal,
                    message: r.message,
                });
            }
        }
        (
            ClientMsg::Retrospective {
                seat,
                went_wrong,
                needed,
            },
            Some(j),
        ) => {
            if let Err(r) = ws.retrospective(j, seat, &went_wrong, &needed) {
                send(&HostMsg::Refused {
                    seq: None,
                    code: r.code,
                    refusal: r.refusal,
                    message: r.message,
                });
            }
        }
        (ClientMsg::Control { control }, Some(j)) => {
            let result = if j.choice == SeatChoice::Facilitator {
                ws.control(&control)
            } else {
                Err(super::tables::r(
                    ErrorCode::NotFacilitator,
                    words::not_facilitator(),
                ))
            };
            if let Err(r) = result {
                send(&HostMsg::Refused {
                    seq: None,
                    code: r.code,
                    refusal: r.refusal,
                    message: r.message,
                });
            }
        }
    }
    true
}
