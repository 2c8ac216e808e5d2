//! The workshop protocol: the JSON messages a device (a table's seat, an observer or the
//! facilitator's console) and the host exchange over one WebSocket. `docs/protocol.md` describes
//! every message with an example, the version rules and the limits.
//!
//! Plain serde types, no networking and no Bevy: the host (`src/workshop/host/`) and the game's
//! client both use them. Every message is one JSON object with a `"type"` field. A device's first
//! message is [`ClientMsg::Hello`], which carries [`PROTOCOL`]; a device too old or too new gets
//! [`HostMsg::Error`] with [`ErrorCode::ProtocolTooOld`] or [`ErrorCode::ProtocolTooNew`].
//!
//! What a seat sees is only ever a [`RoleView`] built by the engine's `Session::view(seat)`:
//! the host never filters state itself. Decisions name the engine's actions by the scenario's
//! ids ([`ActionKey`]).

use serde::{Deserialize, Serialize};

pub use crate::engine::view::{ActionKey, ConcernKey, PhaseView, RoleView};
use crate::engine::{Refusal, Seat, TableMode};

/// The protocol version this build speaks. A change that removes or renames a field or a message
/// raises it; adding a field (with a default) or a message does not.
pub const PROTOCOL: u32 = 2;

/// The oldest protocol version this build's host accepts from a device.
pub const OLDEST_PROTOCOL: u32 = 2;

/// Largest message a device may send, in bytes (the host closes nothing, it answers
/// [`ErrorCode::TooLarge`] and changes nothing). An import's content has its own, larger limit.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024;

/// Largest message carrying an offline table's result file ([`Control::Import`]), in bytes.
pub const MAX_IMPORT_MESSAGE_BYTES: usize = 300 * 1024;

/// How much a WebSocket reads from its socket at a time, in bytes, on the host and on devices.
/// The library's default (128 KiB) is zeroed before every read: with 80 devices that zeroing was
/// the host's largest cost. A view is a few KiB; a larger message simply takes more reads.
pub const READ_BUFFER_BYTES: usize = 16 * 1024;

/// How long a new connection may take to send its HTTP request's headers (the WebSocket
/// handshake, a board request) before the host closes it.
pub const HANDSHAKE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a WebSocket may go without its `hello` before the host closes it (with an error).
pub const HELLO_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Most messages the host keeps queued for one device: a device that reads nothing while this
/// many wait for it is dropped (its seat can be taken back with its token), so that it cannot grow
/// the host's memory.
pub const SEND_QUEUE: usize = 512;

/// Longest the host waits for a device to take one message (its socket full because it reads
/// nothing); then the device is dropped as for a full queue.
pub const WRITE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Highest decision `seq` (2^53 − 1, the largest integer every JSON reader keeps exact); a larger
/// one is `malformed`.
pub const MAX_SEQ: u64 = (1 << 53) - 1;

/// Longest room code, in characters.
pub const MAX_ROOM_CODE: usize = 32;

/// Longest stage timer, in seconds (two hours).
pub const MAX_TIMER_SECONDS: u32 = 7200;

/// Whether a (normalised) room code has the shape a device may type: 1 to [`MAX_ROOM_CODE`]
/// letters and digits.
pub fn room_code_shape(code: &str) -> bool {
    !code.is_empty()
        && code.chars().count() <= MAX_ROOM_CODE
        && code.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Longest table name, in characters.
pub const MAX_TABLE_NAME: usize = 40;

/// Longest broadcast message, in characters; also the most a retrospective answer may carry
/// in a message (the engine keeps at most [`crate::engine::RETRO_MAX_CHARS`] and refuses more).
pub const MAX_TEXT: usize = 500;

/// The seat a device asks for when it joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatChoice {
    /// The seller of a two-role table.
    Seller,
    /// The delivery lead of a two-role table.
    DeliveryLead,
    /// One device plays both seats of a two-role table (a hot seat: two people at one laptop,
    /// with a curtain between the seats); no other device may then take a seat at the table.
    Both,
    /// Watches a table: sees what the delivery lead sees, decides nothing.
    Observer,
    /// The facilitator's console: sees every table's progress, controls the workshop; joins no
    /// table (the `table` of its hello is ignored).
    Facilitator,
}

impl SeatChoice {
    /// The engine seats this choice acts for (none for an observer or the facilitator).
    pub fn seats(self) -> Vec<Seat> {
        match self {
            SeatChoice::Seller => vec![Seat::Seller],
            SeatChoice::DeliveryLead => vec![Seat::DeliveryLead],
            SeatChoice::Both => vec![Seat::Seller, Seat::DeliveryLead],
            SeatChoice::Observer | SeatChoice::Facilitator => Vec::new(),
        }
    }
}

/// A message from a device to the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMsg {
    /// The first message: who the device is and where it sits.
    Hello {
        /// The protocol version the device speaks ([`PROTOCOL`]).
        protocol: u32,
        /// The workshop's room code, as shown by the host (case and spaces are ignored).
        room: String,
        /// The table's name (1 to [`MAX_TABLE_NAME`] characters; ignored for the facilitator).
        #[serde(default)]
        table: String,
        /// The seat asked for.
        seat: SeatChoice,
        /// The token of an earlier [`HostMsg::Welcome`], to take the same seat back after a drop.
        #[serde(default)]
        token: Option<String>,
    },
    /// A decision of the device's seat.
    Decision {
        /// The device's own sequence number (increasing); the host acknowledges it and applies
        /// a number it has already applied only once.
        seq: u64,
        /// The seat deciding, for a hot-seat device that holds both (otherwise its own seat).
        #[serde(default)]
        seat: Option<Seat>,
        /// The engine action, by the scenario's ids.
        action: ActionKey,
    },
    /// The seat's retrospective answers at the debrief (a few words each).
    Retrospective {
        /// Whose answers: a hot-seat device names the seat; a one-seat device may leave it out.
        #[serde(default)]
        seat: Option<Seat>,
        /// "What went wrong for me".
        went_wrong: String,
        /// "What I needed from the other role".
        needed: String,
    },
    /// A facilitator's control (refused from any other seat).
    Control {
        /// The control.
        control: Control,
    },
    /// Keeps the connection alive; answered with [`HostMsg::Pong`].
    Ping {
        /// Echoed back.
        #[serde(default)]
        nonce: u64,
    },
}

/// What the facilitator can do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Control {
    /// Pause every table: decisions are refused with [`ErrorCode::Paused`].
    Pause,
    /// Resume every table.
    Resume,
    /// Start a stage timer: every device counts down; it warns at `warn_at` seconds left.
    /// The timer informs; it refuses nothing.
    StartTimer {
        /// The stage's length in seconds (1 to 7,200).
        seconds: u32,
        /// Seconds left at which devices warn.
        #[serde(default)]
        warn_at: u32,
        /// What the stage is called ("Sales meetings").
        #[serde(default)]
        label: String,
    },
    /// Stop the stage timer.
    StopTimer,
    /// Close the "wait for all" gate: no table starts delivery until every table has signed (or
    /// lost the deal) or has been released.
    CloseGate,
    /// Open the gate: every table may start delivery.
    OpenGate,
    /// Let one table through the closed gate.
    Release {
        /// The table's name.
        table: String,
    },
    /// Push a scenario event to one table or to all.
    PushEvent {
        /// The table, or none for every table.
        #[serde(default)]
        table: Option<String>,
        /// The event.
        event: crate::engine::facilitator::PushedEvent,
    },
    /// Show a message on every device.
    Broadcast {
        /// The message (1 to [`MAX_TEXT`] characters).
        text: String,
    },
    /// Reveal (or hide again) every table's ledger to the delivery leads at the debrief: a
    /// table's ledger is revealed only once its session is over.
    RevealLedgers {
        /// Reveal or hide.
        reveal: bool,
    },
    /// Show or hide the ranks on the class debrief board.
    Leaderboard {
        /// Show or hide.
        show: bool,
    },
    /// Free a seat whose device is gone for good (a crashed laptop, someone who left): its token
    /// stops working, a device still holding it is told and closed, the table's other devices
    /// get [`HostMsg::SeatFreed`], and the next device to ask for the seat takes it (a new token).
    FreeSeat {
        /// The table's name.
        table: String,
        /// The seat (`seller`, `delivery_lead` or `both`).
        seat: SeatChoice,
    },
    /// Import an offline table's exported result file: its CONTENT (a script or a save file, RON),
    /// never a path. The host replays the actions itself and computes every result.
    Import {
        /// The table's name on the board.
        table: String,
        /// The file's text.
        content: String,
    },
}

/// The views a device in `choice` receives: one per seat it holds (two for a hot seat), an
/// observer's, each built by the engine's `Session::view` at the table's level of support (the
/// debrief holds every promise once the facilitator has `revealed` the ledgers).
pub fn seat_views(
    session: &crate::engine::Session,
    choice: SeatChoice,
    revealed: bool,
) -> Vec<RoleView> {
    use crate::engine::Viewer;
    let viewers: Vec<Viewer> = match choice {
        SeatChoice::Observer => vec![Viewer::Observer],
        _ => choice.seats().into_iter().map(Viewer::Seat).collect(),
    };
    viewers
        .into_iter()
        .map(|v| {
            session.view(
                v,
                crate::engine::ViewOptions {
                    ledger_revealed: revealed,
                    ..session.options()
                },
            )
        })
        .collect()
}

/// A message from the host to a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HostMsg {
    /// The device is in: its table, seat and the token to rejoin with.
    Welcome {
        /// The host's protocol version.
        protocol: u32,
        /// The table (empty for the facilitator).
        table: String,
        /// The seat.
        seat: SeatChoice,
        /// Keep it: a hello with it takes the same seat back after a drop.
        token: String,
        /// The scenario's id.
        scenario: String,
        /// The scenario's title.
        title: String,
        /// The highest decision `seq` the host has applied from this seat (0: none): a device
        /// that comes back (after a crash, with its token) numbers its next decision above it.
        #[serde(default)]
        last_seq: u64,
    },
    /// What the device's seat sees now (sent after every change at its table).
    View {
        /// The table's version: one more for every accepted decision (and pushed event).
        version: u64,
        /// The device's last decision the host accepted, when this view answers it.
        #[serde(default)]
        ack: Option<u64>,
        /// One view per seat the device holds (two for a hot seat; an observer's), each built by
        /// the engine's `Session::view` only, at the table's level of support.
        views: Vec<RoleView>,
        /// The ledger revealed by the facilitator after the session ended (the seller's
        /// promises in the scenario's words), shown to the delivery lead at the debrief.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        revealed_ledger: Option<Vec<crate::engine::told::PromiseText>>,
    },
    /// A decision (or control) was refused; nothing changed.
    Refused {
        /// The device's sequence number of the decision refused, if it was one.
        #[serde(default)]
        seq: Option<u64>,
        /// Why, as a code.
        code: ErrorCode,
        /// The engine's reason, when the engine refused the action, with every scenario id by
        /// its name, never by its position ([`refusal_wire`]): `{"AlreadyHired":"contractor"}`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        refusal: Option<serde_json::Value>,
        /// Why, in words (`src/wording/workshop.rs`).
        message: String,
    },
    /// The delivery lead flagged an answer (sent live to the table's seller).
    Flagged {
        /// The answer's id.
        answer: String,
        /// What was flagged, by the scenario's ids.
        concern: ConcernKey,
    },
    /// The facilitator's console: every table, every few seconds and after every change.
    Console(ConsoleSnapshot),
    /// The stage timer (none: stopped).
    Timer {
        /// The timer, when one runs.
        timer: Option<TimerState>,
    },
    /// Whether the workshop is paused.
    Paused {
        /// Paused or not.
        paused: bool,
    },
    /// The "wait for all" gate as it applies to this device's table.
    Gate {
        /// The gate is closed.
        closed: bool,
        /// This table was released through it.
        released: bool,
    },
    /// A facilitator's message.
    Broadcast {
        /// The text.
        text: String,
    },
    /// A facilitator pushed an event to this table (the view that follows shows its effect).
    Pushed {
        /// The event.
        event: crate::engine::facilitator::PushedEvent,
    },
    /// The facilitator freed a seat of this table: a new device may take it.
    SeatFreed {
        /// The seat freed.
        seat: SeatChoice,
    },
    /// A problem with the connection itself (the hello, a malformed message): see the code.
    Error {
        /// Why, as a code.
        code: ErrorCode,
        /// Why, in words.
        message: String,
    },
    /// The answer to a ping.
    Pong {
        /// The ping's nonce.
        nonce: u64,
    },
}

/// Why the host refused a message or a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ErrorCode {
    /// The device speaks an older protocol than the host accepts.
    ProtocolTooOld {
        /// The host's version.
        host: u32,
    },
    /// The device speaks a newer protocol than the host.
    ProtocolTooNew {
        /// The host's version.
        host: u32,
    },
    /// The room code is wrong.
    WrongRoom,
    /// Too many wrong room codes from this address: wait before trying again.
    SlowDown {
        /// Milliseconds to wait.
        retry_after_ms: u64,
    },
    /// The message is not valid JSON for the protocol (or has a field out of range).
    Malformed,
    /// The message is larger than the limit.
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The first message must be a hello.
    NotJoined,
    /// The device already said hello.
    AlreadyJoined,
    /// The seat is held by a connected device (use the token to take it back).
    SeatTaken,
    /// The token does not match any seat.
    BadToken,
    /// The table plays the other way (solo for a hot seat, two roles otherwise).
    WrongMode,
    /// The action belongs to a seat this device does not hold.
    WrongSeat,
    /// It is not this seat's turn.
    NotYourTurn,
    /// The engine refuses the action now (see the refusal).
    Illegal,
    /// The action names an id the scenario does not have.
    UnknownId,
    /// The workshop is paused.
    Paused,
    /// The "wait for all" gate holds this table before delivery.
    GateClosed,
    /// Only the facilitator may do that.
    NotFacilitator,
    /// An observer decides nothing.
    Observer,
    /// The imported file could not be read or replayed.
    ImportFailed,
    /// The table does not exist.
    NoSuchTable,
    /// No device was ever given that seat at the table (nothing to free).
    NoSuchSeat,
    /// The host could not write the decision to disk; nothing was applied.
    Storage,
    /// The decision's `seq` is not above the last one the host applied from this seat: it was
    /// applied already (a resend) or is out of order; nothing changed.
    Stale {
        /// The highest `seq` applied from this seat.
        last: u64,
    },
    /// The seat was taken by another connection (its token, or the facilitator freed it); this
    /// connection closes.
    SeatTakenBack,
    /// The device read nothing while its messages queued up, or took too long to say hello; the
    /// connection closes.
    TooSlow,
}

/// The facilitator's view of the workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsoleSnapshot {
    /// Every table, in name order.
    pub tables: Vec<TableStatus>,
    /// Whether the workshop is paused.
    pub paused: bool,
    /// Whether the "wait for all" gate is closed.
    pub gate_closed: bool,
    /// The stage timer.
    pub timer: Option<TimerState>,
    /// Whether the board shows ranks.
    pub leaderboard_shown: bool,
    /// Whether the ledgers are revealed.
    pub ledgers_revealed: bool,
}

/// One table on the console.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableStatus {
    /// The table's name.
    pub table: String,
    /// Solo (hot seat or imported) or two roles.
    pub mode: TableMode,
    /// Where the session stands, by ids.
    pub phase: PhaseView,
    /// The meeting's name during sales.
    pub meeting: Option<String>,
    /// Delivery weeks run.
    pub week: Option<u32>,
    /// Promises made so far.
    pub promises: u32,
    /// Decisions accepted so far.
    pub decisions: u32,
    /// Seconds since the last accepted decision.
    pub idle_seconds: u64,
    /// The seats and whether a device holds each now.
    pub devices: Vec<DeviceStatus>,
    /// Waiting at the closed gate.
    pub waiting_at_gate: bool,
    /// Released through the gate.
    pub released: bool,
    /// Imported from an offline result file.
    pub imported: bool,
}

/// A seat of a table on the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceStatus {
    /// The seat.
    pub seat: SeatChoice,
    /// Whether a device holds it now.
    pub connected: bool,
}

/// A running stage timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimerState {
    /// What the stage is called.
    pub label: String,
    /// Seconds left (0: time is up).
    pub seconds_left: u32,
    /// Seconds left at which devices warn.
    pub warn_at: u32,
}

/// The engine's reason as a device reads it: the engine's [`Refusal`], each person or scope item
/// it names written as the scenario's id instead of its position.
pub fn refusal_wire(
    scenario: &crate::scenario::model::Scenario,
    refusal: &Refusal,
) -> serde_json::Value {
    let named = |variant: &str, key: Option<&String>| {
        let mut m = serde_json::Map::new();
        m.insert(
            variant.into(),
            serde_json::Value::from(key.cloned().unwrap_or_default()),
        );
        serde_json::Value::Object(m)
    };
    let person =
        |p: &crate::scenario::model::PersonId| scenario.delivery.people.get(p.ix()).map(|x| &x.key);
    let scope =
        |i: &crate::scenario::model::ScopeId| scenario.offer.scope.get(i.ix()).map(|x| &x.key);
    match refusal {
        Refusal::NotForHire(p) => named("NotForHire", person(p)),
        Refusal::AlreadyHired(p) => named("AlreadyHired", person(p)),
        Refusal::NotInBacklog(i) => named("NotInBacklog", scope(i)),
        Refusal::AlreadyDropped(i) => named("AlreadyDropped", scope(i)),
        Refusal::AlreadyFinished(i) => named("AlreadyFinished", scope(i)),
        other => serde_json::to_value(other).unwrap_or_default(),
    }
}

/// Why a device's message could not be read: the code and the words to send back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The code.
    pub code: ErrorCode,
    /// What was wrong (the place in the JSON for a malformed message).
    pub detail: String,
}

/// Reads one device message: checks the size (`limit`), the JSON and the fields' ranges, so that
/// nothing the host does afterwards sees an unchecked value.
pub fn read_client_msg(text: &str) -> Result<ClientMsg, ReadError> {
    if text.len() > MAX_IMPORT_MESSAGE_BYTES
        || (text.len() > MAX_MESSAGE_BYTES && !text.contains("\"import\""))
    {
        let limit = if text.len() > MAX_IMPORT_MESSAGE_BYTES {
            MAX_IMPORT_MESSAGE_BYTES
        } else {
            MAX_MESSAGE_BYTES
        };
        return Err(ReadError {
            code: ErrorCode::TooLarge { limit },
            detail: format!("{} bytes", text.len()),
        });
    }
    let msg: ClientMsg = serde_json::from_str(text).map_err(|e| ReadError {
        code: ErrorCode::Malformed,
        detail: format!("line {} column {}: {e}", e.line(), e.column()),
    })?;
    strict(text, &msg).map_err(|detail| ReadError {
        code: ErrorCode::Malformed,
        detail,
    })?;
    let big_ok = matches!(
        &msg,
        ClientMsg::Control {
            control: Control::Import { .. }
        }
    );
    if text.len() > MAX_MESSAGE_BYTES && !big_ok {
        return Err(ReadError {
            code: ErrorCode::TooLarge {
                limit: MAX_MESSAGE_BYTES,
            },
            detail: format!("{} bytes", text.len()),
        });
    }
    check_ranges(&msg).map_err(|detail| ReadError {
        code: ErrorCode::Malformed,
        detail,
    })?;
    Ok(msg)
}

/// What serde lets through on its own and the protocol refuses: a field the message does not
/// have on a message whose variant has no fields (`{"do":"end_week","typo":true}`: serde's
/// internally tagged enums check unknown fields only on variants with fields), and a number where
/// a name belongs (`{"kind":9}`: serde takes a variant's index for its name). The message as read
/// is written back and compared with what was sent: every field sent must be written back, and a
/// name must have been sent as a name.
fn strict(text: &str, msg: &ClientMsg) -> Result<(), String> {
    let sent: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
    let read = serde_json::to_value(msg).map_err(|e| e.to_string())?;
    same_shape(&sent, &read, "")
}

fn same_shape(sent: &serde_json::Value, read: &serde_json::Value, at: &str) -> Result<(), String> {
    use serde_json::Value as V;
    let place = |key: &str| {
        if at.is_empty() {
            key.to_owned()
        } else {
            format!("{at}.{key}")
        }
    };
    match (sent, read) {
        (V::Object(s), V::Object(r)) => {
            for (k, v) in s {
                match r.get(k) {
                    Some(rv) => same_shape(v, rv, &place(k))?,
                    None => return Err(format!("unknown field `{}`", place(k))),
                }
            }
            Ok(())
        }
        (V::Array(s), V::Array(r)) => {
            for (i, (sv, rv)) in s.iter().zip(r).enumerate() {
                same_shape(sv, rv, &place(&i.to_string()))?;
            }
            Ok(())
        }
        (V::Number(_), V::String(name)) => Err(format!(
            "`{}` must be a name (such as \"{name}\"), not a number",
            if at.is_empty() { "type" } else { at }
        )),
        _ => Ok(()),
    }
}

/// The stage timer the console starts from the minutes typed (1 to [`MAX_TIMER_SECONDS`] / 60):
/// it warns at a fifth of its length, between 30 s and 2 min before the end; none for minutes
/// out of range or not a number.
pub fn stage_timer(minutes: &str, label: String) -> Option<Control> {
    let m = minutes.trim().parse::<u32>().ok()?;
    (1..=MAX_TIMER_SECONDS / 60)
        .contains(&m)
        .then(|| Control::StartTimer {
            seconds: m * 60,
            warn_at: (m * 60 / 5).clamp(30, 120),
            label,
        })
}

/// A table name a device may use: 1 to [`MAX_TABLE_NAME`] characters, letters, digits, spaces,
/// `-` and `_` (no path separators, no control characters).
pub fn valid_table_name(name: &str) -> bool {
    let n = name.trim().chars().count();
    (1..=MAX_TABLE_NAME).contains(&n)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '_')
}

fn check_ranges(msg: &ClientMsg) -> Result<(), String> {
    let text = |what: &str, t: &str, min: usize| {
        let n = t.chars().count();
        if n < min || n > MAX_TEXT || t.chars().any(|c| c.is_control() && c != '\n') {
            Err(format!(
                "{what} must be {min} to {MAX_TEXT} characters of text"
            ))
        } else {
            Ok(())
        }
    };
    match msg {
        ClientMsg::Hello {
            table, seat, room, ..
        } => {
            if room.chars().count() > MAX_ROOM_CODE {
                return Err("the room code is too long".into());
            }
            if *seat != SeatChoice::Facilitator && !valid_table_name(table) {
                return Err(format!(
                    "the table name must be 1 to {MAX_TABLE_NAME} letters, digits, spaces, '-' or '_'"
                ));
            }
            Ok(())
        }
        ClientMsg::Decision { seq, .. } if *seq == 0 || *seq > MAX_SEQ => {
            Err(format!("a decision's seq must be 1 to {MAX_SEQ}"))
        }
        ClientMsg::Retrospective {
            went_wrong, needed, ..
        } => {
            text("went_wrong", went_wrong, 0)?;
            text("needed", needed, 0)
        }
        ClientMsg::Control { control } => match control {
            Control::StartTimer { seconds, .. } if !(1..=MAX_TIMER_SECONDS).contains(seconds) => {
                Err(format!(
                    "a stage timer runs 1 to {MAX_TIMER_SECONDS} seconds"
                ))
            }
            Control::Broadcast { text: t } => text("text", t, 1),
            Control::FreeSeat { seat, .. } if seat.seats().is_empty() => {
                Err("only a seller, delivery_lead or both seat can be freed".into())
            }
            Control::Release { table }
            | Control::Import { table, .. }
            | Control::FreeSeat { table, .. }
                if !valid_table_name(table) =>
            {
                Err(format!(
                    "the table name must be 1 to {MAX_TABLE_NAME} letters, digits, spaces, '-' or '_'"
                ))
            }
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

/// The room code as compared: upper case, without spaces and dashes.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// How the host judges a device's protocol version.
pub fn check_version(device: u32) -> Result<(), ErrorCode> {
    if device < OLDEST_PROTOCOL {
        Err(ErrorCode::ProtocolTooOld { host: PROTOCOL })
    } else if device > PROTOCOL {
        Err(ErrorCode::ProtocolTooNew { host: PROTOCOL })
    } else {
        Ok(())
    }
}
