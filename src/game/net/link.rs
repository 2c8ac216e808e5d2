//! The WebSocket link to a workshop host: a background thread with its own tokio runtime that
//! connects, greets, passes text frames both ways through channels, and reconnects with backoff
//! after a drop. Plain Rust (no Bevy): the plugin in [`super::client`] polls [`Link::try_recv`],
//! and the thread calls the waker after every event so an idle window wakes only when something
//! arrives.

use std::sync::Arc;
use std::time::Duration;

use crate::workshop::protocol::READ_BUFFER_BYTES;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

/// The largest message the link accepts from a host (a view of a whole session fits many times).
pub const MAX_MESSAGE_BYTES: usize = 1 << 20;

/// How long the link waits before reconnecting: `first`, doubling up to `max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backoff {
    /// The first wait.
    pub first: Duration,
    /// The longest wait.
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            first: Duration::from_millis(500),
            max: Duration::from_secs(8),
        }
    }
}

impl Backoff {
    /// The wait before reconnection attempt `attempt` (1-based).
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 1u32 << attempt.saturating_sub(1).min(16);
        self.first.saturating_mul(factor).min(self.max)
    }
}

/// What the link reports, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEvent {
    /// Trying to connect (attempt 1 is the first).
    Connecting {
        /// The attempt's number.
        attempt: u32,
    },
    /// Connected; the greeting has been sent.
    Open,
    /// A text message from the host.
    Text(String),
    /// The host sent something that is not text (binary frames are not part of the protocol).
    NotText,
    /// The connection failed or dropped; the link retries after `retry_in` (None: it stopped).
    Dropped {
        /// Why, in the transport's words.
        reason: String,
        /// When the next attempt comes.
        retry_in: Option<Duration>,
    },
    /// The link stopped for good (asked to, or the address cannot work).
    Stopped,
}

/// What the game asks of the link.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkCommand {
    /// Send this text now, or as soon as the link is open again (after the greeting).
    Send(String),
    /// The messages sent first on every (re)connection (hello, join with the rejoin token).
    Greeting(Vec<String>),
    /// Close the connection and stop.
    Stop,
}

/// A running link. Dropping it stops the thread.
pub struct Link {
    commands: UnboundedSender<LinkCommand>,
    events: crossbeam_channel::Receiver<LinkEvent>,
    url: String,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Link").field("url", &self.url).finish()
    }
}

impl Link {
    /// Starts a link to `url` (`ws://host:port/path`) that greets with `greeting` on every
    /// connection. `wake` is called after every event (the app's waker; a no-op in tests).
    pub fn start(
        url: &str,
        greeting: Vec<String>,
        backoff: Backoff,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> std::io::Result<Link> {
        let (cmd_tx, cmd_rx) = unbounded_channel();
        let (ev_tx, ev_rx) = crossbeam_channel::unbounded();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let target = url.to_owned();
        std::thread::Builder::new()
            .name("workshop-link".into())
            .spawn(move || {
                let out = Out { tx: ev_tx, wake };
                runtime.block_on(run(target, greeting, backoff, cmd_rx, &out));
                out.send(LinkEvent::Stopped);
            })?;
        Ok(Link {
            commands: cmd_tx,
            events: ev_rx,
            url: url.to_owned(),
        })
    }

    /// A link with no thread and no socket, and its other end: for tests of what the game does
    /// with the link's events and what it sends.
    pub fn pair(url: &str) -> (Link, LinkEnd) {
        let (cmd_tx, cmd_rx) = unbounded_channel();
        let (ev_tx, ev_rx) = crossbeam_channel::unbounded();
        (
            Link {
                commands: cmd_tx,
                events: ev_rx,
                url: url.to_owned(),
            },
            LinkEnd {
                events: ev_tx,
                commands: cmd_rx,
            },
        )
    }

    /// Queues a text message for the host.
    pub fn send(&self, text: String) {
        let _ = self.commands.send(LinkCommand::Send(text));
    }

    /// Replaces the greeting sent on every reconnection.
    pub fn set_greeting(&self, greeting: Vec<String>) {
        let _ = self.commands.send(LinkCommand::Greeting(greeting));
    }

    /// Stops the link (it reports [`LinkEvent::Stopped`]).
    pub fn stop(&self) {
        let _ = self.commands.send(LinkCommand::Stop);
    }

    /// The next event, if one is waiting.
    pub fn try_recv(&self) -> Option<LinkEvent> {
        self.events.try_recv().ok()
    }

    /// The address it connects to.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The far end of a [`Link::pair`]: push events in, read what the game sent.
#[derive(Debug)]
pub struct LinkEnd {
    /// Events as the link thread would report them.
    pub events: crossbeam_channel::Sender<LinkEvent>,
    /// What the game asked the link to do.
    pub commands: UnboundedReceiver<LinkCommand>,
}

impl LinkEnd {
    /// Everything the game asked so far.
    pub fn sent(&mut self) -> Vec<LinkCommand> {
        let mut out = Vec::new();
        while let Ok(c) = self.commands.try_recv() {
            out.push(c);
        }
        out
    }
}

struct Out {
    tx: crossbeam_channel::Sender<LinkEvent>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Out {
    fn send(&self, event: LinkEvent) {
        let _ = self.tx.send(event);
        (self.wake)();
    }
}

/// What ended one connection.
enum End {
    Dropped(String),
    Stop,
}

async fn run(
    url: String,
    mut greeting: Vec<String>,
    backoff: Backoff,
    mut commands: UnboundedReceiver<LinkCommand>,
    out: &Out,
) {
    let mut outbox: Vec<String> = Vec::new();
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        out.send(LinkEvent::Connecting { attempt });
        let config = WebSocketConfig::default()
            .max_message_size(Some(MAX_MESSAGE_BYTES))
            .max_frame_size(Some(MAX_MESSAGE_BYTES))
            .read_buffer_size(READ_BUFFER_BYTES);
        let connect = tokio_tungstenite::connect_async_with_config(&url, Some(config), true);
        tokio::pin!(connect);
        // Commands keep arriving while connecting: a stop must not wait for a slow connection.
        let connected = loop {
            tokio::select! {
                r = &mut connect => break r,
                stop = drain_until_stop(&mut commands, &mut outbox, &mut greeting) => {
                    if stop { return; }
                }
            }
        };
        let reason = match connected {
            Err(tokio_tungstenite::tungstenite::Error::Url(e)) => {
                out.send(LinkEvent::Dropped {
                    reason: format!("the address does not work: {e}"),
                    retry_in: None,
                });
                return;
            }
            // An address the request cannot even be built from (no host): retrying cannot help.
            Err(tokio_tungstenite::tungstenite::Error::HttpFormat(e)) => {
                out.send(LinkEvent::Dropped {
                    reason: format!("the address does not work: {e}"),
                    retry_in: None,
                });
                return;
            }
            Err(e) => e.to_string(),
            Ok((ws, _)) => {
                attempt = 0;
                match session(ws, &mut greeting, &mut outbox, &mut commands, out).await {
                    End::Stop => return,
                    End::Dropped(reason) => reason,
                }
            }
        };
        let delay = backoff.delay(attempt.max(1));
        out.send(LinkEvent::Dropped {
            reason,
            retry_in: Some(delay),
        });
        let sleep = tokio::time::sleep(delay);
        tokio::pin!(sleep);
        loop {
            tokio::select! {
                _ = &mut sleep => break,
                stop = drain_until_stop(&mut commands, &mut outbox, &mut greeting) => {
                    if stop { return; }
                }
            }
        }
    }
}

/// Takes commands while not connected: sends are kept for later. True on a stop (or when the
/// game dropped its end).
async fn drain_until_stop(
    commands: &mut UnboundedReceiver<LinkCommand>,
    outbox: &mut Vec<String>,
    greeting: &mut Vec<String>,
) -> bool {
    match commands.recv().await {
        None | Some(LinkCommand::Stop) => true,
        Some(LinkCommand::Send(t)) => {
            outbox.push(t);
            false
        }
        Some(LinkCommand::Greeting(g)) => {
            *greeting = g;
            false
        }
    }
}

async fn session<S>(
    ws: tokio_tungstenite::WebSocketStream<S>,
    greeting: &mut Vec<String>,
    outbox: &mut Vec<String>,
    commands: &mut UnboundedReceiver<LinkCommand>,
    out: &Out,
) -> End
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let (mut sink, mut stream) = ws.split();
    for text in greeting.iter() {
        if let Err(e) = sink.send(Message::text(text.clone())).await {
            return End::Dropped(e.to_string());
        }
    }
    out.send(LinkEvent::Open);
    while !outbox.is_empty() {
        let text = outbox.remove(0);
        if let Err(e) = sink.send(Message::text(text.clone())).await {
            outbox.insert(0, text);
            return End::Dropped(e.to_string());
        }
    }
    loop {
        tokio::select! {
            msg = stream.next() => match msg {
                None => return End::Dropped("the host closed the connection".into()),
                Some(Err(e)) => return End::Dropped(e.to_string()),
                Some(Ok(Message::Text(t))) => out.send(LinkEvent::Text(t.as_str().to_owned())),
                Some(Ok(Message::Close(frame))) => {
                    let why = frame
                        .map(|f| f.reason.as_str().to_owned())
                        .filter(|r| !r.is_empty())
                        .unwrap_or_else(|| "the host closed the connection".into());
                    return End::Dropped(why);
                }
                Some(Ok(Message::Binary(_))) => out.send(LinkEvent::NotText),
                // Pings are answered by tungstenite itself.
                Some(Ok(_)) => {}
            },
            cmd = commands.recv() => match cmd {
                None | Some(LinkCommand::Stop) => {
                    let _ = sink.send(Message::Close(None)).await;
                    return End::Stop;
                }
                Some(LinkCommand::Greeting(g)) => *greeting = g,
                Some(LinkCommand::Send(text)) => {
                    if let Err(e) = sink.send(Message::text(text.clone())).await {
                        outbox.push(text);
                        return End::Dropped(e.to_string());
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_limit() {
        let b = Backoff::default();
        assert_eq!(b.delay(1), Duration::from_millis(500));
        assert_eq!(b.delay(2), Duration::from_millis(1000));
        assert_eq!(b.delay(4), Duration::from_millis(4000));
        assert_eq!(b.delay(9), Duration::from_secs(8));
        assert_eq!(b.delay(500), Duration::from_secs(8));
    }
}
