//! The workshop client plugin: the one [`Workshop`] resource (this device's link to a host, its
//! seat, its rejoin token and the connection's state), a system that drains the link's channel
//! into Bevy messages ([`FromHost`]), and one that sends what the screens ask for. The link runs
//! on its own thread and wakes the app when something arrives, so an idle window stays asleep.
//!
//! A message the host sends that this build cannot read is reported on the screen
//! ([`Workshop::problem`]), never a panic.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use super::link::{Backoff, Link, LinkEvent};
use crate::game::AppSystems;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::waker::AppWaker;
use crate::workshop::protocol::{ClientMsg, ErrorCode, HostMsg, PROTOCOL, SeatChoice};
use crate::workshop::seats;

/// One message from the host, decoded, as a Bevy message (in the order it arrived).
#[derive(Message, Debug, Clone, PartialEq)]
pub struct FromHost(pub HostMsg);

/// Where the connection stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum NetStatus {
    /// Not connected to any host.
    #[default]
    Offline,
    /// Connecting (attempt 1 is the first).
    Connecting {
        /// The attempt's number.
        attempt: u32,
    },
    /// Connected and greeted; waiting for the host's welcome.
    Greeting,
    /// In: the host welcomed this device.
    Connected,
    /// The connection dropped; the link tries again.
    Reconnecting {
        /// Why it dropped.
        reason: String,
        /// Seconds until the next attempt.
        retry_in: f32,
    },
    /// The host and this device speak different protocol versions: nothing will work until one
    /// is updated. The link has stopped.
    VersionMismatch {
        /// What to do, in words.
        message: String,
    },
    /// The host turned this device away (wrong room code, a seat taken, a bad table name) or the
    /// address cannot work. The link has stopped; the join form can try again.
    Refused {
        /// Why, in words.
        message: String,
    },
}

impl NetStatus {
    /// A short line for the status bar.
    pub fn line(&self) -> String {
        use crate::wording::remote as words;
        match self {
            NetStatus::Offline => words::not_connected(),
            NetStatus::Connecting { attempt } => words::connecting(*attempt),
            NetStatus::Greeting => words::joining_link(),
            NetStatus::Connected => words::connected(),
            NetStatus::Reconnecting { reason, retry_in } => words::reconnecting(reason, *retry_in),
            NetStatus::VersionMismatch { message } | NetStatus::Refused { message } => {
                message.clone()
            }
        }
    }

    /// True once the link has stopped for good.
    pub fn stopped(&self) -> bool {
        matches!(
            self,
            NetStatus::VersionMismatch { .. } | NetStatus::Refused { .. } | NetStatus::Offline
        )
    }
}

/// Who this device is in the workshop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinAs {
    /// The room code.
    pub room: String,
    /// The table (empty for the facilitator).
    pub table: String,
    /// The seat.
    pub seat: SeatChoice,
    /// The facilitator key, sent as the hello's token when the seat is the facilitator's.
    pub key: Option<String>,
}

/// This device's link to a workshop host (absent when not in a workshop).
#[derive(Resource, Debug)]
pub struct Workshop {
    link: Link,
    /// Who this device joined as.
    pub join: JoinAs,
    /// Where the connection stands.
    pub status: NetStatus,
    /// The token the host gave (sent again on every reconnection).
    pub token: Option<String>,
    /// The scenario's title, from the welcome.
    pub title: String,
    /// The last message from the host that could not be read, in words.
    pub problem: Option<String>,
    /// The next decision's sequence number.
    next_seq: u64,
    /// The data folder, where the seat's token is kept ([`seats`]) so that the game, restarted,
    /// takes its seat back.
    data_dir: Option<PathBuf>,
}

impl Workshop {
    /// Connects to `address` (see [`ws_url`]) and joins as `join`; `wake` wakes the app.
    /// With a data folder, a token kept there for the same host, room, table and seat is sent
    /// at once: the seat is this laptop's again after a crash or a restart of the game.
    pub fn connect(
        url: &str,
        join: JoinAs,
        wake: Arc<dyn Fn() + Send + Sync>,
        data_dir: Option<&Path>,
    ) -> std::io::Result<Workshop> {
        let token =
            data_dir.and_then(|d| seats::token_for(d, url, &join.room, &join.table, join.seat));
        let greeting = vec![hello(&join, token.clone())];
        let link = Link::start(url, greeting, Backoff::default(), wake)?;
        let mut w = Self::over(link, join);
        w.token = token;
        w.data_dir = data_dir.map(Path::to_path_buf);
        Ok(w)
    }

    /// A workshop over an existing link (tests pass a [`Link::pair`]).
    pub fn over(link: Link, join: JoinAs) -> Workshop {
        Workshop {
            link,
            join,
            status: NetStatus::Connecting { attempt: 1 },
            token: None,
            title: String::new(),
            problem: None,
            next_seq: 1,
            data_dir: None,
        }
    }

    /// Sends a message; a decision gets this device's next sequence number.
    pub fn send(&mut self, mut msg: ClientMsg) {
        if let ClientMsg::Decision { seq, .. } = &mut msg {
            *seq = self.next_seq;
            self.next_seq += 1;
        }
        match serde_json::to_string(&msg) {
            Ok(text) => self.link.send(text),
            Err(e) => {
                self.problem = Some(crate::tr!("views-link-not-written", error = e.to_string()))
            }
        }
    }

    /// The host's address.
    pub fn url(&self) -> &str {
        self.link.url()
    }

    /// Takes one link event into the state; returns a decoded host message, if it was one.
    pub fn take(&mut self, event: LinkEvent) -> Option<HostMsg> {
        match event {
            LinkEvent::Connecting { attempt } => {
                if !matches!(self.status, NetStatus::Reconnecting { .. }) || attempt == 1 {
                    self.status = NetStatus::Connecting { attempt };
                }
                None
            }
            LinkEvent::Open => {
                self.status = NetStatus::Greeting;
                None
            }
            LinkEvent::Dropped { reason, retry_in } => {
                self.status = match retry_in {
                    Some(d) if !self.status.stopped() => NetStatus::Reconnecting {
                        reason,
                        retry_in: d.as_secs_f32(),
                    },
                    Some(_) => self.status.clone(),
                    None => NetStatus::Refused {
                        message: crate::tr!("views-link-unreachable", reason = reason.to_string()),
                    },
                };
                None
            }
            LinkEvent::Stopped => {
                if !self.status.stopped() {
                    self.status = NetStatus::Offline;
                }
                None
            }
            LinkEvent::NotText => {
                self.problem = Some(crate::tr!("views-link-binary"));
                None
            }
            LinkEvent::Text(text) => match serde_json::from_str::<HostMsg>(&text) {
                Ok(msg) => {
                    self.on_message(&msg);
                    Some(msg)
                }
                Err(e) => {
                    self.problem = Some(format!(
                        "The host sent a message this game cannot read ({e}); it was ignored. \
                         The host may run another version."
                    ));
                    None
                }
            },
        }
    }

    fn on_message(&mut self, msg: &HostMsg) {
        match msg {
            HostMsg::Welcome {
                token,
                title,
                table,
                seat,
                last_seq,
                ..
            } => {
                self.token = Some(token.clone());
                // Decisions carry on above the last one the host applied from the seat (this
                // device may have restarted since).
                self.next_seq = self.next_seq.max(last_seq.saturating_add(1));
                if let Some(dir) = &self.data_dir
                    && !seat.seats().is_empty()
                    && let Err(e) =
                        seats::remember(dir, self.link.url(), &self.join.room, table, *seat, token)
                {
                    self.problem = Some(crate::wording::remote::token_not_kept(&e.to_string()));
                }
                self.title = title.clone();
                self.join.table = table.clone();
                self.join.seat = *seat;
                self.status = NetStatus::Connected;
                // From now on every reconnection takes the same seat back.
                self.link
                    .set_greeting(vec![hello(&self.join, self.token.clone())]);
            }
            HostMsg::Error {
                code: ErrorCode::BadToken,
                ..
            } if self.status != NetStatus::Connected && self.token.is_some() => {
                // A token kept from an earlier workshop this host does not know: forget it and
                // ask for the seat afresh.
                if let Some(dir) = &self.data_dir {
                    let _ = seats::forget(
                        dir,
                        self.link.url(),
                        &self.join.room,
                        &self.join.table,
                        self.join.seat,
                    );
                }
                self.token = None;
                let fresh = hello(&self.join, None);
                self.link.set_greeting(vec![fresh.clone()]);
                self.link.send(fresh);
            }
            HostMsg::Error { code, message } => {
                let stop = match code {
                    // Another connection holds the seat now (this laptop's token used elsewhere,
                    // or the facilitator freed it): stop, never take it back in turn.
                    ErrorCode::SeatTakenBack => {
                        self.status = NetStatus::Refused {
                            message: message.clone(),
                        };
                        true
                    }
                    ErrorCode::ProtocolTooOld { host } | ErrorCode::ProtocolTooNew { host } => {
                        self.status = NetStatus::VersionMismatch {
                            message: crate::wording::remote::version_mismatch(*host, PROTOCOL),
                        };
                        true
                    }
                    ErrorCode::WrongRoom
                    | ErrorCode::SlowDown { .. }
                    | ErrorCode::SeatTaken
                    | ErrorCode::BadToken
                    | ErrorCode::WrongMode
                    | ErrorCode::NoSuchTable
                    | ErrorCode::NotJoined
                        if self.status != NetStatus::Connected =>
                    {
                        self.status = NetStatus::Refused {
                            message: message.clone(),
                        };
                        true
                    }
                    _ => {
                        self.problem = Some(message.clone());
                        false
                    }
                };
                if stop {
                    self.link.stop();
                }
            }
            _ => {}
        }
    }

    /// Takes up to `max` waiting link events into the state; returns the host messages among
    /// them, decoded, in order.
    pub fn pump(&mut self, max: usize) -> Vec<HostMsg> {
        let mut out = Vec::new();
        for _ in 0..max {
            let Some(event) = self.link.try_recv() else {
                break;
            };
            out.extend(self.take(event));
        }
        out
    }

    /// Leaves the workshop (closes the link).
    pub fn leave(&self) {
        self.link.stop();
    }
}

/// The hello this device sends on every connection.
pub fn hello(join: &JoinAs, token: Option<String>) -> String {
    // The console's token is the facilitator key, on every connection.
    let token = match join.seat {
        SeatChoice::Facilitator => join.key.clone(),
        _ => token,
    };
    serde_json::to_string(&ClientMsg::Hello {
        protocol: PROTOCOL,
        room: join.room.clone(),
        table: join.table.clone(),
        seat: join.seat,
        token,
    })
    .unwrap_or_default()
}

/// The WebSocket address for what someone typed: `host:port`, `ws://…` or `wss://…` (a path
/// is kept; without one the host's `/ws` is used). `Err` says what is wrong.
pub fn ws_url(typed: &str) -> Result<String, String> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(crate::tr!("views-address-empty"));
    }
    if t.chars().any(char::is_whitespace) {
        return Err(crate::tr!("views-address-spaces"));
    }
    let (scheme, rest) = if let Some(r) = t.strip_prefix("ws://") {
        ("ws", r)
    } else if let Some(r) = t.strip_prefix("wss://") {
        ("wss", r)
    } else if let Some(r) = t.strip_prefix("http://") {
        ("ws", r)
    } else if let Some(r) = t.strip_prefix("https://") {
        ("wss", r)
    } else if t.contains("://") {
        return Err(crate::tr!("views-address-scheme"));
    } else {
        ("ws", t)
    };
    let (authority, path) = match rest.find('/') {
        Some(i) if i + 1 < rest.len() => (&rest[..i], &rest[i..]),
        Some(i) => (&rest[..i], "/ws"),
        None => (rest, "/ws"),
    };
    if authority.is_empty() {
        return Err(crate::tr!("views-address-no-host"));
    }
    if let Some((_, port)) = authority.rsplit_once(':')
        && !authority.ends_with(']')
        && port.parse::<u16>().is_err()
    {
        return Err(crate::tr!("views-address-port", port = port));
    }
    Ok(format!("{scheme}://{authority}{path}"))
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<FromHost>();
    app.add_systems(
        Update,
        (
            poll_link.before(AppSystems::Navigate),
            send_to_host.in_set(AppSystems::Play),
        ),
    );
}

/// Drains the link: the state follows, every host message becomes a [`FromHost`].
pub fn poll_link(workshop: Option<ResMut<Workshop>>, mut out: MessageWriter<FromHost>) {
    let Some(mut workshop) = workshop else {
        return;
    };
    // Bounded, so a flood cannot hold a frame forever; the rest comes next frame.
    out.write_batch(workshop.pump(256).into_iter().map(FromHost));
}

/// Sends what the screens ask the host for.
pub fn send_to_host(mut intents: MessageReader<Intent>, workshop: Option<ResMut<Workshop>>) {
    let Some(mut workshop) = workshop else {
        intents.clear();
        return;
    };
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::Send(msg)) => workshop.send(msg.clone()),
            Intent::Act(d) => {
                let msg = decision_msg(&workshop.join, d);
                workshop.send(msg);
            }
            _ => {}
        }
    }
}

/// The message that sends a screen's decision to the host: a hot seat names the seat it decides
/// for; a one-seat device decides for its own.
pub fn decision_msg(join: &JoinAs, d: &crate::game::intent::Decision) -> ClientMsg {
    ClientMsg::Decision {
        seq: 0,
        seat: (join.seat == SeatChoice::Both).then_some(d.seat),
        action: d.key.clone(),
    }
}

/// The app's waker as the link wants it (a no-op when headless).
pub fn waker_of(waker: Option<&AppWaker>) -> Arc<dyn Fn() + Send + Sync> {
    match waker {
        Some(w) => w.0.clone(),
        None => Arc::new(|| {}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_websocket_urls() {
        assert_eq!(ws_url("10.0.0.5:7878").unwrap(), "ws://10.0.0.5:7878/ws");
        assert_eq!(ws_url(" ws://h:1/ws ").unwrap(), "ws://h:1/ws");
        assert_eq!(
            ws_url("https://example.org/overpromise/ws").unwrap(),
            "wss://example.org/overpromise/ws"
        );
        assert!(ws_url("").is_err());
        assert!(ws_url("h:port").unwrap_err().contains("port"));
        assert!(ws_url("ftp://h").is_err());
        assert!(ws_url("a b").is_err());
    }

    #[test]
    fn version_messages_say_who_updates() {
        use crate::wording::remote::version_mismatch;
        assert!(version_mismatch(PROTOCOL + 1, PROTOCOL).contains("update this game"));
        assert!(version_mismatch(0, PROTOCOL).contains("older"));
    }
}
