//! The class debrief board's data: one row per table, one per promise of a table, the tables
//! that did without a promise, and the retrospectives (computed in `board.rs`, laid out in
//! `page.rs`, sent as `/board.json`).

use serde::{Deserialize, Serialize};

use crate::engine::Seat;

/// One table on the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRow {
    /// The rank by the company's score (finished tables only, 1 is best).
    pub rank: Option<u32>,
    /// The table.
    pub table: String,
    /// Finished (the session is over).
    pub finished: bool,
    /// Where the table stands, in words, while it plays.
    pub status: String,
    /// The deal was won.
    pub won: bool,
    /// The price signed.
    pub deal: f32,
    /// The seller's commission.
    pub commission: f32,
    /// The company's margin.
    pub margin: f32,
    /// Client satisfaction (0 to 100).
    pub satisfaction: f32,
    /// Weeks late.
    pub weeks_late: u32,
    /// Weeks first promised to the client (or the standard length when no date was promised).
    #[serde(default)]
    pub promised_weeks: u32,
    /// Weeks agreed by the end (after any extension the client granted).
    #[serde(default)]
    pub agreed_weeks: u32,
    /// Weeks delivery took.
    #[serde(default)]
    pub actual_weeks: u32,
    /// The late penalty paid.
    #[serde(default)]
    pub late_penalty: f32,
    /// Promises made.
    pub promises_made: u32,
    /// Promises kept.
    pub promises_kept: u32,
    /// Share of answers whose depth matched the room (0 to 1).
    pub pacing_match: f32,
    /// The company's score (ranks the tables).
    pub score: f32,
    /// Imported from an offline result file.
    pub imported: bool,
    /// The table's ledger is on the board: its session is over and the facilitator revealed the
    /// ledgers. Until then its promises (and their counts) are left out: the board is public,
    /// and a delivery lead must not learn of a promise the seller kept to themselves.
    #[serde(default)]
    pub ledger_shown: bool,
}

/// One promise of one table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseRow {
    /// The table.
    pub table: String,
    /// The promise's id.
    pub promise: String,
    /// The promise in words.
    pub text: String,
    /// Written into the PID.
    pub in_pid: bool,
    /// Its verdict, in words (empty while the table plays).
    pub verdict: String,
    /// What it did to the deal, in words: the outcome minus the same delivery replayed without
    /// it (empty while the table plays, or when the deal was lost).
    pub cost: String,
    /// What it did to the margin (negative: it cost margin).
    #[serde(default)]
    pub cost_margin: Option<f32>,
    /// What it did to the length of the project, in weeks (positive: it ended later).
    #[serde(default)]
    pub cost_weeks: Option<i32>,
    /// What it did to the client's satisfaction.
    #[serde(default)]
    pub cost_satisfaction: Option<f32>,
}

/// A promise the finished tables did not all make: who finished without it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotPromised {
    /// The promise's id (what the board keys by; never drawn).
    #[serde(default)]
    pub promise: String,
    /// The promise in words.
    pub text: String,
    /// The finished tables that did not make it, by name.
    pub tables: Vec<String>,
}

/// One seat's retrospective at one table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetroRow {
    /// The table.
    pub table: String,
    /// The seat that answered.
    pub seat: Seat,
    /// "What went wrong for me".
    pub went_wrong: String,
    /// "What I needed from the other role".
    pub needed: String,
}

/// The whole board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Board {
    /// The scenario's title.
    pub title: String,
    /// Whether ranks are shown.
    pub ranks_shown: bool,
    /// The tables, best first when ranks are shown, else by name.
    pub rows: Vec<BoardRow>,
    /// The promises, grouped by promise in the scenario's order, then by table.
    pub promises: Vec<PromiseRow>,
    /// For each promise some table made: the finished tables that did not.
    #[serde(default)]
    pub not_promised: Vec<NotPromised>,
    /// The retrospectives answered so far, by table then seat.
    #[serde(default)]
    pub retros: Vec<RetroRow>,
}
