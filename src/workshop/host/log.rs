//! Each table's decision log on disk: one JSON line per accepted decision (and per seat token,
//! pushed event and retrospective), appended and flushed (`fsync`) before the decision is
//! applied, so a host killed at any instant loses nothing it acknowledged. A restarted host
//! replays the logs ([`read_log`]); a damaged line (a torn last line after a crash, an edit by
//! hand) is reported with its place and skipped, and the lines after it are kept.
//!
//! The file of a table is `tables/table-HEX.jsonl` in the data folder, HEX being the table's name
//! in hexadecimal UTF-8: a device's text never becomes a path of its own.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::facilitator::PushedEvent;
use crate::engine::{Seat, TableMode};
use crate::workshop::protocol::{ActionKey, SeatChoice};

/// One line of a table's log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "line", rename_all = "snake_case")]
pub enum LogLine {
    /// The first line: the table.
    Table {
        /// The table's name.
        table: String,
        /// How it is played.
        mode: TableMode,
        /// The scenario's id.
        scenario: String,
        /// The session seed.
        seed: u64,
        /// Imported from an offline result file.
        #[serde(default)]
        imported: bool,
    },
    /// A seat was given a token.
    Token {
        /// The seat.
        seat: SeatChoice,
        /// The token.
        token: String,
    },
    /// The facilitator freed a seat: its token no longer works.
    Freed {
        /// The seat.
        seat: SeatChoice,
    },
    /// An accepted decision.
    Action {
        /// The seat that took it.
        seat: Seat,
        /// The action, by the scenario's ids.
        action: ActionKey,
        /// The device's seat slot and its sequence number (none for an import).
        #[serde(default)]
        by: Option<(SeatChoice, u64)>,
    },
    /// A facilitator's pushed event.
    Push {
        /// The event.
        event: PushedEvent,
    },
    /// A seat's retrospective answers.
    Retro {
        /// The seat slot.
        seat: SeatChoice,
        /// What went wrong for them.
        went_wrong: String,
        /// What they needed from the other role.
        needed: String,
    },
}

/// The file of a table's log in the data folder.
pub fn log_path(data: &Path, table: &str) -> PathBuf {
    let hex: String = table.bytes().map(|b| format!("{b:02x}")).collect();
    data.join("tables").join(format!("table-{hex}.jsonl"))
}

/// An open log, appended to.
#[derive(Debug)]
pub struct TableLog {
    file: Option<File>,
}

impl TableLog {
    /// A log that writes nothing (a host without a data folder).
    pub fn none() -> Self {
        TableLog { file: None }
    }

    /// Opens (creating) the log of `table` for appending.
    pub fn open(data: &Path, table: &str) -> std::io::Result<Self> {
        let path = log_path(data, table);
        let dir = path.parent().unwrap_or(data);
        std::fs::create_dir_all(dir)?;
        let created = !path.exists();
        if !created {
            repair_torn_tail(&path)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        if created {
            // The new file's entry in the folder must survive a crash too.
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(TableLog { file: Some(file) })
    }

    /// Appends one line and flushes it to disk.
    pub fn append(&mut self, line: &LogLine) -> std::io::Result<()> {
        let Some(file) = self.file.as_mut() else {
            return Ok(());
        };
        let mut text = serde_json::to_string(line).map_err(std::io::Error::other)?;
        text.push('\n');
        file.write_all(text.as_bytes())?;
        file.sync_data()
    }
}

/// Cuts a torn last line (a host killed while writing it: no newline at the end) off the log,
/// so that the next line appended starts a line of its own instead of joining the torn one
/// (where a restart would skip both). A torn line was never acknowledged and does not replay;
/// [`read_log`] reports it before it is cut. A last line whole but for its newline is ended.
fn repair_torn_tail(path: &Path) -> std::io::Result<()> {
    let bytes = std::fs::read(path)?;
    if bytes.is_empty() || bytes.ends_with(b"\n") {
        return Ok(());
    }
    let keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut file = OpenOptions::new().write(true).open(path)?;
    if serde_json::from_slice::<LogLine>(&bytes[keep..]).is_ok() {
        // Whole but for its newline: it was replayed, so it stays, ended.
        use std::io::Seek;
        file.seek(std::io::SeekFrom::End(0))?;
        file.write_all(b"\n")?;
    } else {
        file.set_len(keep as u64)?;
    }
    file.sync_all()
}

/// A problem found while reading a log: the file, the line (1-based) and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogProblem {
    /// The file.
    pub file: PathBuf,
    /// The line, 1-based.
    pub line: usize,
    /// What was wrong.
    pub problem: String,
}

impl std::fmt::Display for LogProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {} (line skipped, the rest kept)",
            self.file.display(),
            self.line,
            self.problem
        )
    }
}

/// A log read back: its lines with their numbers (1-based), and the damaged lines.
pub type ReadLog = (Vec<(usize, LogLine)>, Vec<LogProblem>);

/// Reads a log's lines, reporting each damaged one with its place and keeping the others.
pub fn read_log(path: &Path) -> std::io::Result<ReadLog> {
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<LogLine>(raw) {
            Ok(l) => lines.push((i + 1, l)),
            Err(e) => problems.push(LogProblem {
                file: path.to_owned(),
                line: i + 1,
                problem: format!("not a log line ({e})"),
            }),
        }
    }
    Ok((lines, problems))
}

/// Every table log in the data folder, in name order.
pub fn log_files(data: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(data.join("tables"))
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("table-") && n.ends_with(".jsonl"))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}
