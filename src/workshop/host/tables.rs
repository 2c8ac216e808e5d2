//! The host's state: every table's engine session and seats, the workshop's settings, the
//! restore from the logs, and the judgement of each device's hello (decisions are judged in
//! `decide.rs`). Locks are always taken in this order: the
//! table map, one table, the summaries, the settings, the facilitators (never the other way).

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::log::{LogLine, TableLog, log_files, log_path, read_log};
use super::settings::{Settings, timer_state};
use crate::engine::{Action, Phase, Seat, Session, TableMode};
use crate::scenario::model::Scenario;
use crate::wording::workshop as words;
use crate::workshop::protocol::{
    DeviceStatus, ErrorCode, HostMsg, PROTOCOL, PhaseView, SeatChoice, check_version,
    normalise_code,
};

pub use super::queue::Tx;

/// First wait after a wrong room code; it doubles with every further wrong code.
pub const BACKOFF_START: Duration = Duration::from_millis(250);
/// Longest wait after wrong room codes.
pub const BACKOFF_MAX: Duration = Duration::from_secs(30);

/// Locks a mutex, carrying on with its data if a panicking thread poisoned it.
pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Serialises a message once.
pub(super) fn json(msg: &HostMsg) -> Arc<str> {
    Arc::from(serde_json::to_string(msg).unwrap_or_default())
}

/// A refusal: the code, the engine's reason when the engine refused, and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    /// The code.
    pub code: ErrorCode,
    /// The engine's reason, with the scenario's ids ([`crate::workshop::protocol::refusal_wire`]).
    pub refusal: Option<serde_json::Value>,
    /// The words.
    pub message: String,
}

/// A refusal without an engine reason.
pub(super) fn r(code: ErrorCode, message: String) -> Refused {
    Refused {
        code,
        refusal: None,
        message,
    }
}

/// One seat of a table that devices take with a token.
#[derive(Debug)]
pub(super) struct Slot {
    pub choice: SeatChoice,
    pub token: String,
    /// The highest decision sequence number applied from this seat.
    pub last_seq: u64,
    pub conn: Option<(u64, Tx)>,
}

/// A table.
#[derive(Debug)]
pub(super) struct Table {
    pub name: String,
    pub session: Session,
    pub version: u64,
    pub last_decision: Instant,
    pub log: TableLog,
    pub slots: Vec<Slot>,
    pub observers: Vec<(u64, Tx)>,
    pub released: bool,
    pub imported: bool,
    /// The table's promise rows on the board, computed once per version (they replay delivery
    /// without each promise).
    pub board_cache: Option<(u64, Vec<super::rows::PromiseRow>)>,
    /// Its log could not be started: it was taken out of the map and nobody may play it.
    pub unstarted: bool,
}

/// What the console and the gate need of a table, kept apart so that reading it never waits for
/// a table.
#[derive(Debug, Clone)]
pub(super) struct Summary {
    pub mode: TableMode,
    pub phase: PhaseView,
    pub signed_or_lost: bool,
    pub waiting_at_gate: bool,
    pub meeting: Option<String>,
    pub week: Option<u32>,
    pub promises: u32,
    pub decisions: u32,
    pub last: Instant,
    pub devices: Vec<DeviceStatus>,
    pub released: bool,
    pub imported: bool,
}

#[derive(Debug, Default)]
struct Backoff {
    wrong: u32,
    until: Option<Instant>,
}

/// A connected device after its hello.
#[derive(Debug, Clone)]
pub struct Joined {
    /// The connection's number.
    pub conn: u64,
    /// The table (none for the facilitator).
    pub table: Option<String>,
    /// The seat.
    pub choice: SeatChoice,
}

/// The whole workshop.
#[derive(Debug)]
pub struct Workshop {
    pub(super) code: String,
    pub(super) scenario: Arc<Scenario>,
    pub(super) seed: u64,
    pub(super) data: Option<PathBuf>,
    pub(super) tables: Mutex<BTreeMap<String, Arc<Mutex<Table>>>>,
    pub(super) summaries: Mutex<BTreeMap<String, Summary>>,
    pub(super) settings: Mutex<Settings>,
    pub(super) facilitators: Mutex<Vec<(u64, Tx)>>,
    /// The browser console's key (none: the system gave no randomness, and no browser gets the
    /// console).
    facilitator_key: Option<String>,
    backoff: Mutex<HashMap<IpAddr, Backoff>>,
    next_conn: AtomicU64,
}

/// A fresh facilitator key: 192 bits from the operating system, in hexadecimal; none without
/// system randomness (a key from the clock could be guessed).
fn new_facilitator_key() -> Option<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A fresh random token (128 bits from the operating system, in hexadecimal).
fn new_token() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No system randomness: fall back to the clock and a counter (still unique).
        static N: AtomicU64 = AtomicU64::new(0);
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos() as u64;
        bytes[..8].copy_from_slice(&t.to_le_bytes());
        bytes[8..].copy_from_slice(&N.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Table {
    pub(super) fn new(name: &str, session: Session, log: TableLog) -> Self {
        Table {
            name: name.to_owned(),
            session,
            version: 0,
            last_decision: Instant::now(),
            log,
            slots: Vec::new(),
            observers: Vec::new(),
            released: false,
            imported: false,
            board_cache: None,
            unstarted: false,
        }
    }

    /// Whether the table's ledger is revealed (to its delivery lead, its observers and on the
    /// board): the facilitator revealed the ledgers (`revealed`) and the session is over.
    pub(super) fn ledger_revealed(&self, revealed: bool) -> bool {
        revealed && self.session.is_over()
    }

    /// The view message for a device in `choice` (built by `Session::view` only, at the table's
    /// level of support: [`crate::workshop::protocol::seat_views`]).
    pub(super) fn view_msg(&self, choice: SeatChoice, ack: Option<u64>, reveal: bool) -> HostMsg {
        let revealed = self.ledger_revealed(reveal);
        let views = crate::workshop::protocol::seat_views(&self.session, choice, revealed);
        let revealed_ledger = (revealed
            && matches!(choice, SeatChoice::DeliveryLead | SeatChoice::Observer))
        .then(|| self.session.ledger_told());
        HostMsg::View {
            version: self.version,
            ack,
            views,
            revealed_ledger,
        }
    }

    /// Sends every device at the table its view; `ack` goes to the connection that decided.
    pub(super) fn send_views(&self, ack: Option<(u64, u64)>, reveal: bool) {
        let mut cache: HashMap<SeatChoice, Arc<str>> = HashMap::new();
        let mut send = |conn: u64, tx: &Tx, choice: SeatChoice| {
            let text = match ack {
                Some((c, seq)) if c == conn => json(&self.view_msg(choice, Some(seq), reveal)),
                _ => cache
                    .entry(choice)
                    .or_insert_with(|| json(&self.view_msg(choice, None, reveal)))
                    .clone(),
            };
            let _ = tx.send(text);
        };
        for slot in &self.slots {
            if let Some((conn, tx)) = &slot.conn {
                send(*conn, tx, slot.choice);
            }
        }
        for (conn, tx) in &self.observers {
            send(*conn, tx, SeatChoice::Observer);
        }
    }

    /// Sends a message to every device at the table.
    pub(super) fn send_all(&self, msg: &Arc<str>) {
        for slot in &self.slots {
            if let Some((_, tx)) = &slot.conn {
                let _ = tx.send(msg.clone());
            }
        }
        for (_, tx) in &self.observers {
            let _ = tx.send(msg.clone());
        }
    }

    /// What the console and the gate need.
    pub(super) fn summary(&self, gate_closed: bool) -> Summary {
        let phase = self.session.phase_view();
        let meeting = self.session.meeting_name();
        let signed_or_lost = matches!(
            self.session.phase(),
            Phase::Handoff | Phase::Review | Phase::Delivery | Phase::Over
        );
        let mut devices: Vec<DeviceStatus> = self
            .slots
            .iter()
            .map(|s| DeviceStatus {
                seat: s.choice,
                connected: s.conn.is_some(),
            })
            .collect();
        devices.extend(self.observers.iter().map(|_| DeviceStatus {
            seat: SeatChoice::Observer,
            connected: true,
        }));
        Summary {
            mode: self.session.mode(),
            waiting_at_gate: gate_closed && !self.released && self.session.before_delivery(),
            phase,
            signed_or_lost,
            meeting,
            week: self.session.weeks_done(),
            promises: self.session.promises_made() as u32,
            decisions: self.session.actions().len() as u32,
            last: self.last_decision,
            devices,
            released: self.released,
            imported: self.imported,
        }
    }
}

impl Workshop {
    /// A workshop with no tables yet.
    pub fn new(code: &str, scenario: Arc<Scenario>, seed: u64, data: Option<PathBuf>) -> Self {
        Workshop {
            code: normalise_code(code),
            scenario,
            seed,
            data,
            tables: Mutex::new(BTreeMap::new()),
            summaries: Mutex::new(BTreeMap::new()),
            settings: Mutex::new(Settings::default()),
            facilitators: Mutex::new(Vec::new()),
            facilitator_key: new_facilitator_key(),
            backoff: Mutex::new(HashMap::new()),
            next_conn: AtomicU64::new(1),
        }
    }

    /// The browser console's key, made at start (none: no system randomness to make one).
    pub fn facilitator_key(&self) -> Option<&str> {
        self.facilitator_key.as_deref()
    }

    /// Whether `given` is the facilitator key (compared in constant time).
    pub fn key_ok(&self, given: &str) -> bool {
        let Some(key) = &self.facilitator_key else {
            return false;
        };
        let (a, b) = (key.as_bytes(), given.trim().as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
    }

    /// Registers a facilitator's connection and sends it the console now, under the lock every
    /// later console message needs (nothing reaches it first); `welcome`: the game's welcome
    /// goes first.
    pub(super) fn join_console(&self, conn: u64, tx: &Tx, welcome: Option<HostMsg>) {
        let console = HostMsg::Console(self.console());
        let mut facilitators = lock(&self.facilitators);
        for m in welcome.into_iter().chain([console]) {
            let _ = tx.send(json(&m));
        }
        facilitators.push((conn, tx.clone()));
    }

    /// A new connection's number.
    pub fn next_conn(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::Relaxed)
    }

    pub(super) fn table(&self, name: &str) -> Option<Arc<Mutex<Table>>> {
        lock(&self.tables).get(name).cloned()
    }

    pub(super) fn open_log(&self, name: &str) -> std::io::Result<TableLog> {
        match &self.data {
            Some(d) => TableLog::open(d, name),
            None => Ok(TableLog::none()),
        }
    }

    /// Opens a new table's log and writes its first line.
    fn start_log(&self, t: &mut Table, name: &str) -> std::io::Result<()> {
        t.log = self.open_log(name)?;
        t.log.append(&LogLine::Table {
            table: name.to_owned(),
            mode: TableMode::TwoRoles,
            scenario: self.scenario.id.clone(),
            seed: self.seed,
            imported: false,
        })
    }

    pub(super) fn update_summary(&self, t: &Table) {
        let gate = lock(&self.settings).gate_closed;
        lock(&self.summaries).insert(t.name.clone(), t.summary(gate));
    }

    /// Rebuilds every table from the logs in the data folder; returns the problems found, each
    /// with its place (the rest of each log is kept).
    pub fn restore(&self) -> Vec<String> {
        let Some(data) = self.data.clone() else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        for path in log_files(&data) {
            match self.restore_one(&data, &path) {
                Ok(p) => problems.extend(p),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
        problems.extend(self.restore_settings(&data));
        problems
    }

    fn restore_one(&self, data: &Path, path: &Path) -> Result<Vec<String>, String> {
        let (lines, damaged) = read_log(path).map_err(|e| e.to_string())?;
        let mut problems: Vec<String> = damaged.iter().map(|p| p.to_string()).collect();
        let mut table: Option<Table> = None;
        for (n, line) in lines {
            let place = format!("{}:{n}", path.display());
            match (line, table.as_mut()) {
                (
                    LogLine::Table {
                        table: name,
                        mode,
                        scenario,
                        seed,
                        imported,
                    },
                    None,
                ) => {
                    if scenario != self.scenario.id {
                        return Err(format!(
                            "the table was played with scenario \"{scenario}\", not \"{}\": not restored",
                            self.scenario.id
                        ));
                    }
                    if log_path(data, &name) != path {
                        return Err(format!("{place}: the table's name does not match the file"));
                    }
                    let session = Session::with_mode(self.scenario.clone(), seed, mode);
                    let log = TableLog::open(data, &name).map_err(|e| e.to_string())?;
                    let mut t = Table::new(&name, session, log);
                    t.imported = imported;
                    table = Some(t);
                }
                (_, None) => problems.push(format!(
                    "{place}: a line before the table's first line (skipped)"
                )),
                (LogLine::Table { .. }, Some(_)) => {
                    problems.push(format!("{place}: a second table line (skipped)"))
                }
                (LogLine::Token { seat, token }, Some(t)) => {
                    t.slots.retain(|s| s.choice != seat);
                    t.slots.push(Slot {
                        choice: seat,
                        token,
                        last_seq: 0,
                        conn: None,
                    });
                }
                (LogLine::Freed { seat }, Some(t)) => t.slots.retain(|s| s.choice != seat),
                (LogLine::Action { seat, action, by }, Some(t)) => {
                    let applied = t
                        .session
                        .resolve_key(&action)
                        .map_err(|e| crate::wording::actions::unknown_key(&e))
                        .and_then(|a| t.session.apply_as(seat, a).map_err(|e| e.to_string()));
                    match applied {
                        Ok(_) => {
                            t.version += 1;
                            if let Some((choice, seq)) = by
                                && let Some(slot) = t.slots.iter_mut().find(|s| s.choice == choice)
                            {
                                slot.last_seq = slot.last_seq.max(seq);
                            }
                        }
                        Err(e) => problems.push(format!(
                            "{place}: the decision does not replay ({e}); skipped"
                        )),
                    }
                }
                (LogLine::Push { event }, Some(t)) => {
                    if t.session.push_event(event).is_ok() {
                        t.version += 1;
                    } else {
                        problems.push(format!("{place}: the pushed event does not replay"));
                    }
                }
                (
                    LogLine::Retro {
                        seat,
                        went_wrong,
                        needed,
                    },
                    Some(t),
                ) => {
                    // Written by hosts before the retrospective became the engine's action.
                    let answer = crate::engine::RetroAnswer::new(went_wrong, needed);
                    match seat.seats().first() {
                        Some(&s) if t.session.apply_as(s, Action::Retro(s, answer)).is_ok() => {
                            t.version += 1;
                        }
                        _ => problems.push(format!(
                            "{place}: the retrospective does not replay; skipped"
                        )),
                    }
                }
            }
        }
        let Some(t) = table else {
            return Err("no table line: nothing restored".into());
        };
        self.update_summary(&t);
        lock(&self.tables).insert(t.name.clone(), Arc::new(Mutex::new(t)));
        Ok(problems)
    }

    /// Judges a wrong-code wait for `ip`: `Some(ms)` while it must wait.
    fn backoff_left(&self, ip: IpAddr) -> Option<u64> {
        let b = lock(&self.backoff);
        let until = b.get(&ip)?.until?;
        let now = Instant::now();
        (until > now).then(|| (until - now).as_millis().max(1) as u64)
    }

    fn wrong_code(&self, ip: IpAddr) {
        let mut b = lock(&self.backoff);
        let e = b.entry(ip).or_default();
        e.wrong = e.wrong.saturating_add(1);
        let wait = BACKOFF_START
            .saturating_mul(1u32 << (e.wrong - 1).min(10))
            .min(BACKOFF_MAX);
        e.until = Some(Instant::now() + wait);
    }

    /// Judges a hello; on success registers the device and sends it its first messages (the
    /// welcome, then where it stands) while holding the lock that every other message to it
    /// needs, so that nothing (another seat's decision, the timer's tick) reaches it first.
    pub fn hello(
        &self,
        ip: IpAddr,
        (protocol, room, table, seat, token): (u32, &str, &str, SeatChoice, Option<&str>),
        conn: u64,
        tx: &Tx,
    ) -> Result<Joined, Refused> {
        if let Err(code) = check_version(protocol) {
            let message = match code {
                ErrorCode::ProtocolTooOld { .. } => words::protocol_too_old(protocol, PROTOCOL),
                _ => words::protocol_too_new(protocol, PROTOCOL),
            };
            return Err(r(code, message));
        }
        if let Some(ms) = self.backoff_left(ip) {
            return Err(r(
                ErrorCode::SlowDown { retry_after_ms: ms },
                words::slow_down(ms),
            ));
        }
        if normalise_code(room) != self.code {
            self.wrong_code(ip);
            return Err(r(ErrorCode::WrongRoom, words::wrong_room()));
        }
        lock(&self.backoff).remove(&ip);
        let welcome = |table: &str, token: String, last_seq: u64| HostMsg::Welcome {
            protocol: PROTOCOL,
            table: table.to_owned(),
            seat,
            token,
            scenario: self.scenario.id.clone(),
            title: self.scenario.title.clone(),
            last_seq,
        };
        if seat == SeatChoice::Facilitator {
            // The console's controls are the facilitator's alone: the room code every table
            // knows is not enough, the hello's token must be the facilitator key.
            if !token.is_some_and(|t| self.key_ok(t)) {
                return Err(r(ErrorCode::BadToken, words::facilitator_key_needed()));
            }
            self.join_console(conn, tx, Some(welcome("", String::new(), 0)));
            return Ok(Joined {
                conn,
                table: None,
                choice: seat,
            });
        }
        let table = table.trim().to_owned();
        // A new table goes into the map at once, already locked by this thread, and its log (a
        // new file, its folder and its first line, each flushed) is made under the table's own
        // lock: the map of all tables is never held while the disk works, so 500 tables opening
        // at once hold up no table already playing.
        let arc;
        let mut t = {
            let mut tables = lock(&self.tables);
            match tables.get(&table).cloned() {
                Some(found) => {
                    drop(tables);
                    arc = found;
                    lock(&arc)
                }
                None if seat == SeatChoice::Observer => {
                    return Err(r(ErrorCode::NoSuchTable, words::no_such_table(&table)));
                }
                None => {
                    arc = Arc::new(Mutex::new(Table::new(
                        &table,
                        Session::with_mode(self.scenario.clone(), self.seed, TableMode::TwoRoles),
                        TableLog::none(),
                    )));
                    tables.insert(table.clone(), arc.clone());
                    let mut fresh = lock(&arc);
                    drop(tables);
                    if let Err(e) = self.start_log(&mut fresh, &table) {
                        // Nobody may play a table whose decisions cannot be kept: whoever waits
                        // on its lock is refused too, and the name is free again.
                        fresh.unstarted = true;
                        drop(fresh);
                        let mut tables = lock(&self.tables);
                        if tables.get(&table).is_some_and(|a| Arc::ptr_eq(a, &arc)) {
                            tables.remove(&table);
                        }
                        return Err(r(ErrorCode::Storage, words::storage(&e.to_string())));
                    }
                    fresh
                }
            }
        };
        if t.unstarted {
            return Err(r(
                ErrorCode::Storage,
                words::storage(&words::table_log_not_started()),
            ));
        }
        // Every table a device opens is played in two roles, by two devices or by one hot seat,
        // never both ways; a table imported from a file is only watched.
        let hot_seat = t.slots.iter().any(|s| s.choice == SeatChoice::Both);
        let split = t.slots.iter().any(|s| s.choice != SeatChoice::Both);
        if seat != SeatChoice::Observer
            && (t.imported
                || t.session.mode() == TableMode::Solo
                || (seat == SeatChoice::Both && split)
                || (seat != SeatChoice::Both && hot_seat))
        {
            return Err(r(
                ErrorCode::WrongMode,
                words::wrong_mode(&table, t.imported, hot_seat),
            ));
        }
        let token = if seat == SeatChoice::Observer {
            t.observers.push((conn, tx.clone()));
            String::new()
        } else {
            match (t.slots.iter().position(|s| s.choice == seat), token) {
                (Some(i), Some(tok)) if t.slots[i].token == tok => {
                    // Rejoin: this connection replaces any older one of the seat, which is told
                    // and closed.
                    if let Some((_, old)) = t.slots[i].conn.replace((conn, tx.clone())) {
                        let _ = old.send(json(&HostMsg::Error {
                            code: ErrorCode::SeatTakenBack,
                            message: words::seat_taken_back(&table),
                        }));
                        old.close();
                    }
                    t.slots[i].token.clone()
                }
                (_, Some(_)) => return Err(r(ErrorCode::BadToken, words::bad_token(&table))),
                (Some(_), None) => {
                    let name = match seat {
                        SeatChoice::Seller => words::seat_name(Seat::Seller),
                        SeatChoice::DeliveryLead => words::seat_name(Seat::DeliveryLead),
                        _ => words::hot_seat_name(),
                    };
                    return Err(r(ErrorCode::SeatTaken, words::seat_taken(&table, &name)));
                }
                (None, None) => {
                    let token = new_token();
                    t.log
                        .append(&LogLine::Token {
                            seat,
                            token: token.clone(),
                        })
                        .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
                    t.slots.push(Slot {
                        choice: seat,
                        token: token.clone(),
                        last_seq: 0,
                        conn: Some((conn, tx.clone())),
                    });
                    token
                }
            }
        };
        self.update_summary(&t);
        let (reveal, paused, gate_closed, timer) = {
            let s = lock(&self.settings);
            (s.ledgers_revealed, s.paused, s.gate_closed, timer_state(&s))
        };
        let last_seq = t
            .slots
            .iter()
            .find(|s| s.choice == seat)
            .map_or(0, |s| s.last_seq);
        let mut first = vec![
            welcome(&table, token, last_seq),
            t.view_msg(seat, None, reveal),
            HostMsg::Paused { paused },
            HostMsg::Gate {
                closed: gate_closed,
                released: t.released,
            },
        ];
        if timer.is_some() {
            first.push(HostMsg::Timer { timer });
        }
        for m in &first {
            let _ = tx.send(json(m));
        }
        drop(t);
        Ok(Joined {
            conn,
            table: Some(table),
            choice: seat,
        })
    }

    /// A device's connection closed: its seat is free to be taken back with the token.
    pub fn disconnect(&self, joined: &Joined) {
        if joined.choice == SeatChoice::Facilitator {
            lock(&self.facilitators).retain(|(c, _)| *c != joined.conn);
            return;
        }
        let Some(arc) = joined.table.as_deref().and_then(|n| self.table(n)) else {
            return;
        };
        let mut t = lock(&arc);
        for s in &mut t.slots {
            if s.conn.as_ref().is_some_and(|(c, _)| *c == joined.conn) {
                s.conn = None;
            }
        }
        t.observers.retain(|(c, _)| *c != joined.conn);
        self.update_summary(&t);
    }
}
