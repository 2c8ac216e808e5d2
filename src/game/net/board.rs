//! The class debrief on the console: the host's board (`/board.json`, the same data as the web
//! board), fetched over HTTP on a background thread when the facilitator asks, and kept for the
//! console to draw side by side. The app is woken when it arrives.

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use super::client::{Workshop, waker_of};
use crate::files::{self, Naming};
use crate::game::AppSystems;
use crate::game::GameConfig;
use crate::game::intent::{BoardFile, Intent, WorkshopIntent};
use crate::game::waker::AppWaker;
use crate::workshop::host::Board;

/// The class debrief as last fetched from the host.
#[derive(Resource, Default)]
pub struct ClassBoard {
    /// The board, once fetched.
    pub board: Option<Board>,
    /// Why the last fetch failed, in words.
    pub problem: Option<String>,
    /// Shown instead of the tables.
    pub shown: bool,
    /// Where the board was last saved, or why it could not be.
    pub saved: Option<Result<PathBuf, String>>,
    waiting: Option<crossbeam_channel::Receiver<Result<Board, String>>>,
}

impl ClassBoard {
    /// True while a fetch is under way.
    pub fn fetching(&self) -> bool {
        self.waiting.is_some()
    }
}

/// The board's address for a device's WebSocket address: `ws://h:p/ws` → `http://h:p/board.json`
/// (`wss` → `https`, a path prefix kept for a reverse proxy).
pub fn board_url(ws: &str) -> String {
    let (scheme, rest) = match ws.strip_prefix("wss://") {
        Some(r) => ("https", r),
        None => ("http", ws.strip_prefix("ws://").unwrap_or(ws)),
    };
    let base = rest.strip_suffix("/ws").unwrap_or(rest);
    format!("{scheme}://{base}/board.json")
}

fn fetch(url: &str) -> Result<Board, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(10)))
        .build()
        .into();
    let mut answer = agent.get(url).call().map_err(|e| {
        crate::tr!(
            "views-board-not-fetched-from",
            url = url,
            error = e.to_string()
        )
    })?;
    let text = answer
        .body_mut()
        .read_to_string()
        .map_err(|e| crate::tr!("views-board-not-read", error = e.to_string()))?;
    serde_json::from_str(&text)
        .map_err(|e| crate::tr!("views-board-unknown", error = e.to_string()))
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ClassBoard>();
    app.add_systems(
        Update,
        (
            ask.in_set(AppSystems::Navigate),
            receive.before(AppSystems::Navigate),
        ),
    );
}

/// The file the class debrief is saved to: `<data>/exports/<title>-<n>.<ext>`,
/// `n` the first number not taken (a workshop saved twice keeps both).
pub fn board_path(data_dir: &Path, board: &Board, file: BoardFile) -> PathBuf {
    files::export_path(data_dir, &board_stem(board), board_ext(file), Naming::Keep)
}

fn board_stem(board: &Board) -> String {
    files::file_stem(&board.title)
}

fn board_ext(file: BoardFile) -> &'static str {
    match file {
        BoardFile::Csv => "csv",
        BoardFile::Html => "html",
    }
}

/// Writes the board as `file` into the data folder and returns where.
pub fn save_board(
    data_dir: Option<&Path>,
    board: &Board,
    file: BoardFile,
) -> Result<PathBuf, String> {
    let text = match file {
        BoardFile::Csv => crate::workshop::host::csv(board),
        BoardFile::Html => crate::workshop::host::html(board, None),
    };
    files::save_export(
        data_dir,
        &crate::wording::console::no_data_folder(),
        &board_stem(board),
        board_ext(file),
        Naming::Keep,
        &text,
    )
}

fn ask(
    mut intents: MessageReader<Intent>,
    mut board: ResMut<ClassBoard>,
    workshop: Option<Res<Workshop>>,
    waker: Option<Res<AppWaker>>,
    config: Option<Res<GameConfig>>,
) {
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::SaveBoard(file)) => {
                if let Some(b) = &board.board {
                    let dir = config.as_ref().and_then(|c| c.data_dir.clone());
                    board.saved = Some(save_board(dir.as_deref(), b, *file));
                }
            }
            Intent::Workshop(WorkshopIntent::ShowBoard(false)) => board.shown = false,
            Intent::Workshop(WorkshopIntent::ShowBoard(true)) => {
                board.shown = true;
                let Some(w) = &workshop else { continue };
                if board.waiting.is_some() {
                    continue;
                }
                let url = board_url(w.url());
                let wake = waker_of(waker.as_deref());
                let (tx, rx) = crossbeam_channel::bounded(1);
                board.waiting = Some(rx);
                std::thread::spawn(move || {
                    let _ = tx.send(fetch(&url));
                    wake();
                });
            }
            _ => {}
        }
    }
}

fn receive(mut board: ResMut<ClassBoard>) {
    let Some(rx) = &board.waiting else { return };
    let got = match rx.try_recv() {
        Ok(r) => r,
        Err(crossbeam_channel::TryRecvError::Empty) => return,
        Err(crossbeam_channel::TryRecvError::Disconnected) => {
            Err(crate::tr!("views-board-not-fetched"))
        }
    };
    board.waiting = None;
    match got {
        Ok(b) => {
            board.board = Some(b);
            board.problem = None;
        }
        Err(e) => board.problem = Some(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_board_is_beside_the_websocket() {
        assert_eq!(
            board_url("ws://10.0.0.2:7878/ws"),
            "http://10.0.0.2:7878/board.json"
        );
        assert_eq!(
            board_url("wss://example.org/ovp/ws"),
            "https://example.org/ovp/board.json"
        );
    }
}
