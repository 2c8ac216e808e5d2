//! The workshop host: an axum server on its own tokio runtime that runs every table's engine
//! session, talks [`crate::workshop::protocol`] to the devices over WebSocket (`/ws`), and serves
//! the class debrief board read-only (`/board`, `/board.csv`, `/board.json`).
//!
//! [`spawn`] starts it on a thread of its own and returns a [`HostHandle`]; the command line's
//! `overpromise host` and the game's "Host a workshop" both use it. No Bevy here.

mod board;
mod conn;
pub mod console;
mod control;
mod decide;
mod guard;
pub mod log;
mod page;
mod queue;
mod rows;
pub mod seat;
mod settings;
mod settings_file;
mod tables;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, State, WebSocketUpgrade};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use tokio::sync::oneshot;

pub use page::{csv, deadline_rows, html, promise_groups, table_cells};
pub use rows::{Board, BoardRow, NotPromised, PromiseRow, RetroRow};
pub use settings_file::{SETTINGS_FILE, settings_path};
pub use tables::{BACKOFF_MAX, BACKOFF_START, Joined, Refused, Workshop};

use crate::scenario::model::Scenario;
use crate::workshop::protocol::{MAX_IMPORT_MESSAGE_BYTES, MAX_MESSAGE_BYTES, READ_BUFFER_BYTES};

/// Seconds between reloads of the served board page.
pub const BOARD_REFRESH_S: u32 = 5;

/// How to run a host.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// Where to listen (`0.0.0.0:7878`; port 0 picks a free one).
    pub bind: SocketAddr,
    /// The room code devices must give (required: [`spawn`] refuses an empty one).
    pub code: String,
    /// The scenario every table plays.
    pub scenario: Arc<Scenario>,
    /// The seed every table plays with (the same for all, so that tables compare).
    pub seed: u64,
    /// Where table logs are written and read back on a restart (none: nothing is kept).
    pub data: Option<PathBuf>,
}

/// A running host. Dropping it stops the host.
#[derive(Debug)]
pub struct HostHandle {
    addr: SocketAddr,
    workshop: Arc<Workshop>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// Problems found while resuming from the table logs, each with its place.
    pub restore_problems: Vec<String>,
}

impl HostHandle {
    /// The address the host listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The browser seat's join page (`http://ADDR/`).
    pub fn join_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The facilitator's console in a browser, with its key (`http://ADDR/console?key=…`); none
    /// when the host could not make a key. Print it for the facilitator only.
    pub fn console_url(&self) -> Option<String> {
        self.workshop
            .facilitator_key()
            .map(|k| format!("http://{}/console?key={k}", self.addr))
    }

    /// The facilitator key (what a game's console sends as its hello's token); none when the
    /// host could not make one. Show it to the facilitator only.
    pub fn facilitator_key(&self) -> Option<String> {
        self.workshop.facilitator_key().map(str::to_owned)
    }

    /// The WebSocket address devices join (`ws://ADDR/ws`).
    pub fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }

    /// The room code, as devices type it.
    pub fn code(&self) -> &str {
        &self.workshop.code
    }

    /// The workshop's state (the console and the board read it).
    pub fn workshop(&self) -> &Arc<Workshop> {
        &self.workshop
    }

    /// Stops the host and waits for its thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    /// Waits until the host stops (for the command line, which runs until killed).
    pub fn wait(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }

    fn shutdown(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for HostHandle {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Why a host did not start.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    /// No room code.
    #[error("a workshop needs a room code: give one with --code (or --code auto to have one made)")]
    NoCode,
    /// The address could not be bound.
    #[error("could not listen on {0}: {1}")]
    Bind(SocketAddr, String),
    /// The runtime could not start.
    #[error("could not start the host: {0}")]
    Runtime(String),
}

/// A short room code made for `--code auto`: six letters and digits that are hard to confuse
/// (no 0/O, 1/I/L).
pub fn make_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 6];
    let _ = getrandom::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// The router: `/ws` for devices, `/board` (HTML, reloading), `/board.csv`, `/board.json`.
fn router(ws: Arc<Workshop>) -> Router {
    Router::new()
        .route("/ws", get(ws_handler))
        .route("/board", get(board_html))
        .route("/board.csv", get(board_csv))
        .route("/board.json", get(board_json))
        .route("/", get(|| async { Html(seat::join_page()) }))
        .route("/seat", get(|| async { Html(seat::seat_page()) }))
        .route("/seat/ws", get(seat_ws_handler))
        .route("/portrait/{name}", get(portrait))
        .route("/console", get(console_page))
        .route("/console/ws", get(console_ws_handler))
        .route(
            "/console.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    console::CONSOLE_JS,
                )
            }),
        )
        .route(
            "/seat.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    seat::SEAT_JS,
                )
            }),
        )
        .route(
            "/seat.css",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
                    seat::SEAT_CSS,
                )
            }),
        )
        .with_state(ws)
}

/// A shipped portrait for browser seats (`/portrait/person03.png`); any other name is not found.
async fn portrait(Path(name): Path<String>) -> Response {
    match name
        .strip_suffix(".png")
        .and_then(crate::bundled::portraits::portrait)
    {
        Some(png) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
            ],
            png,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn ws_handler(
    upgrade: WebSocketUpgrade,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    State(ws): State<Arc<Workshop>>,
) -> impl IntoResponse {
    // Frames up to twice the largest message are read, so that an oversized message gets its
    // error back; anything larger closes the connection.
    upgrade
        .max_message_size(2 * MAX_IMPORT_MESSAGE_BYTES)
        .max_frame_size(2 * MAX_IMPORT_MESSAGE_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| conn::serve_socket(ws, socket, peer.ip(), None))
}

/// A browser seat's WebSocket: the same hello and checks as `/ws`, its page drawn on the host.
async fn seat_ws_handler(
    upgrade: WebSocketUpgrade,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    State(ws): State<Arc<Workshop>>,
) -> impl IntoResponse {
    upgrade
        .max_message_size(2 * MAX_MESSAGE_BYTES)
        .max_frame_size(2 * MAX_MESSAGE_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| {
            conn::serve_socket(ws, socket, peer.ip(), Some(Default::default()))
        })
}

/// The facilitator key, as a browser gives it.
#[derive(Debug, serde::Deserialize)]
struct KeyQuery {
    key: Option<String>,
}

/// The refusal page (never the console's data) unless the key given opens the console.
fn refusal(ws: &Workshop, q: &KeyQuery) -> Option<Response> {
    let problem = match q.key.as_deref() {
        _ if ws.facilitator_key().is_none() => crate::wording::console::no_key(),
        Some(k) if ws.key_ok(k) => return None,
        Some(k) if !k.trim().is_empty() => crate::wording::console::key_wrong(),
        _ => crate::wording::console::key_needed(),
    };
    let status = if q.key.as_deref().is_some_and(|k| !k.trim().is_empty()) {
        StatusCode::FORBIDDEN
    } else {
        StatusCode::UNAUTHORIZED
    };
    Some(
        (
            status,
            no_store(),
            Html(console::render::key_page(&problem)),
        )
            .into_response(),
    )
}

/// The console's pages are never cached and never say where they came from.
fn no_store() -> [(header::HeaderName, &'static str); 2] {
    [
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
    ]
}

/// The browser console's page: the refusal without the right key.
async fn console_page(Query(q): Query<KeyQuery>, State(ws): State<Arc<Workshop>>) -> Response {
    if let Some(refused) = refusal(&ws, &q) {
        return refused;
    }
    let page =
        tokio::task::block_in_place(|| console::render::console_page(&ws.code, &ws.console()));
    (no_store(), Html(page)).into_response()
}

/// The browser console's WebSocket: refused before it opens without the right key.
async fn console_ws_handler(
    upgrade: WebSocketUpgrade,
    Query(q): Query<KeyQuery>,
    State(ws): State<Arc<Workshop>>,
) -> Response {
    if let Some(refused) = refusal(&ws, &q) {
        return refused;
    }
    upgrade
        .max_message_size(2 * MAX_IMPORT_MESSAGE_BYTES)
        .max_frame_size(2 * MAX_IMPORT_MESSAGE_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| console::serve(ws, socket))
        .into_response()
}

async fn board_html(State(ws): State<Arc<Workshop>>) -> impl IntoResponse {
    Html(tokio::task::block_in_place(|| {
        html(&ws.board(), Some(BOARD_REFRESH_S))
    }))
}

async fn board_csv(State(ws): State<Arc<Workshop>>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        tokio::task::block_in_place(|| csv(&ws.board())),
    )
}

async fn board_json(State(ws): State<Arc<Workshop>>) -> impl IntoResponse {
    axum::Json(tokio::task::block_in_place(|| ws.board()))
}

/// Starts a host on a thread of its own (with its own tokio runtime) and returns once it listens.
/// With a data folder it first resumes every table from its log.
pub fn spawn(config: HostConfig) -> Result<HostHandle, StartError> {
    if crate::workshop::protocol::normalise_code(&config.code).is_empty() {
        return Err(StartError::NoCode);
    }
    let workshop = Arc::new(Workshop::new(
        &config.code,
        config.scenario.clone(),
        config.seed,
        config.data.clone(),
    ));
    let restore_problems = workshop.restore();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<SocketAddr, StartError>>();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let ws = workshop.clone();
    let bind = config.bind;
    // The workshop speaks the language of the thread that starts it, on every thread it runs.
    let language = crate::wording::i18n::language();
    let thread = std::thread::Builder::new()
        .name("workshop-host".into())
        .spawn(move || {
            crate::wording::i18n::set_thread_language(language);
            let rt = match tokio::runtime::Builder::new_multi_thread()
                .on_thread_start(move || crate::wording::i18n::set_thread_language(language))
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(StartError::Runtime(e.to_string())));
                    return;
                }
            };
            rt.block_on(async move {
                let listener = match tokio::net::TcpListener::bind(bind).await {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = ready_tx.send(Err(StartError::Bind(bind, e.to_string())));
                        return;
                    }
                };
                let addr = listener.local_addr().unwrap_or(bind);
                let _ = ready_tx.send(Ok(addr));
                let ticker = ws.clone();
                let tick = tokio::spawn(async move {
                    let mut every = tokio::time::interval(Duration::from_secs(1));
                    loop {
                        every.tick().await;
                        let w = ticker.clone();
                        let _ = tokio::task::spawn_blocking(move || w.tick()).await;
                    }
                });
                // Views go out at once: with Nagle's algorithm a second message to a device waits
                // for the first one's acknowledgement, which the device may delay by 40 ms.
                let listener = guard::Guarded(listener).tap_io(|io| {
                    let _ = io.tcp().set_nodelay(true);
                });
                let app = router(ws).into_make_service_with_connect_info::<SocketAddr>();
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stop_rx.await;
                    })
                    .await;
                tick.abort();
            });
            rt.shutdown_timeout(Duration::from_secs(1));
        })
        .map_err(|e| StartError::Runtime(e.to_string()))?;
    let addr = ready_rx
        .recv()
        .map_err(|_| StartError::Runtime("the host thread stopped".into()))??;
    Ok(HostHandle {
        addr,
        workshop,
        stop: Some(stop_tx),
        thread: Some(thread),
        restore_problems,
    })
}
