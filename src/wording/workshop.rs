//! The workshop's words: why the host refuses a device's message, what the facilitator's console
//! and the class debrief board call things. The host (`src/workshop/`) passes plain data; this
//! module imports nothing from it (so the two never import each other).

use crate::engine::{Refusal, Seat};

/// A device speaks an older protocol than the host accepts.
pub fn protocol_too_old(device: u32, host: u32) -> String {
    format!(
        "this device speaks workshop protocol {device}, older than the host's {host}: update Overpromise on this device"
    )
}

/// A device speaks a newer protocol than the host.
pub fn protocol_too_new(device: u32, host: u32) -> String {
    format!(
        "this device speaks workshop protocol {device}, newer than the host's {host}: update Overpromise on the host"
    )
}

/// The room code is wrong.
pub fn wrong_room() -> String {
    "that is not this workshop's room code: check the code on the facilitator's screen".into()
}

/// Too many wrong codes from one address.
pub fn slow_down(retry_after_ms: u64) -> String {
    format!(
        "too many wrong room codes from this address: wait {:.1} seconds before trying again",
        retry_after_ms as f64 / 1000.0
    )
}

/// A message that is not valid for the protocol.
pub fn malformed(detail: &str) -> String {
    format!("the message could not be read ({detail}); nothing changed")
}

/// A connection that did not say hello in time.
pub fn hello_timeout(limit: std::time::Duration) -> String {
    format!(
        "no hello within {} seconds: the connection is closed",
        limit.as_secs()
    )
}

/// A decision whose `seq` is not above the last one applied from the seat.
pub fn stale(seq: u64, last: u64) -> String {
    format!(
        "decision {seq} is not newer than the last one applied from this seat ({last}): nothing changed; number the next one above {last}"
    )
}

/// The old connection of a seat taken by another device.
pub fn seat_taken_back(table: &str) -> String {
    format!(
        "your seat at table \"{table}\" was taken by another connection (its token, or the facilitator freed it); this one is closed"
    )
}

/// A seat to free that no device was given.
pub fn no_such_seat(table: &str) -> String {
    format!("no device was given that seat at table \"{table}\": nothing to free")
}

/// A message over the size limit.
pub fn too_large(limit: usize, size: &str) -> String {
    format!("the message is too large ({size}, the limit is {limit} bytes); nothing changed")
}

/// A message before the hello.
pub fn not_joined() -> String {
    "say hello first: the room code, the table and the seat".into()
}

/// A second hello.
pub fn already_joined() -> String {
    "this device has already joined; reconnect to change table or seat".into()
}

/// The seat is held.
pub fn seat_taken(table: &str, seat: &str) -> String {
    format!(
        "the {seat} seat at table \"{table}\" is already taken: the device that took it can rejoin with its token"
    )
}

/// An unknown token.
pub fn bad_token(table: &str) -> String {
    format!("that token does not belong to any seat at table \"{table}\"")
}

/// The table plays the other way.
pub fn wrong_mode(table: &str, imported: bool, hot_seat: bool) -> String {
    if imported {
        format!("table \"{table}\" was played offline and imported: join it as an observer")
    } else if hot_seat {
        format!(
            "table \"{table}\" is played by one device in both roles (a hot seat): join it as an observer"
        )
    } else {
        format!(
            "table \"{table}\" is played by two devices, a seller and a delivery lead: join one of those seats"
        )
    }
}

/// The seat's name, as a noun.
pub fn seat_name(seat: Seat) -> &'static str {
    match seat {
        Seat::Seller => "seller",
        Seat::DeliveryLead => "delivery lead",
    }
}

/// The action is another seat's.
pub fn wrong_seat(owner: Seat) -> String {
    format!(
        "that is the {}'s decision, and this device does not hold that seat; nothing changed",
        seat_name(owner)
    )
}

/// Not this seat's turn.
pub fn not_your_turn(waiting_for: &[Seat]) -> String {
    let who: Vec<&str> = waiting_for.iter().map(|s| seat_name(*s)).collect();
    if who.is_empty() {
        "the session is over; nothing changed".into()
    } else {
        format!(
            "it is not your turn: the table waits for the {}; nothing changed",
            who.join(" and the ")
        )
    }
}

/// The engine refuses the action.
pub fn illegal(action: &str, refusal: Refusal) -> String {
    format!(
        "{} is not possible now: {}; nothing changed",
        super::capitalized(action),
        super::refusal::refusal(refusal)
    )
}

/// The action names an id the scenario lacks.
pub fn unknown_id(detail: &str) -> String {
    format!("{detail}; nothing changed")
}

/// The workshop is paused.
pub fn paused() -> String {
    "the facilitator has paused the workshop: wait for them to resume; nothing changed".into()
}

/// The gate holds the table.
pub fn gate_closed() -> String {
    "the facilitator waits for every table to sign before delivery starts: wait, or ask to be released; nothing changed".into()
}

/// Not the facilitator.
pub fn not_facilitator() -> String {
    "only the facilitator's console can do that".into()
}

/// An observer decides nothing.
pub fn observer() -> String {
    "an observer watches the table and decides nothing".into()
}

/// An import that failed.
pub fn import_failed(detail: &str) -> String {
    format!("the result file could not be imported: {detail}")
}

/// No such table.
pub fn no_such_table(table: &str) -> String {
    format!("there is no table \"{table}\" in this workshop")
}

/// The host could not write to disk.
pub fn storage(detail: &str) -> String {
    format!(
        "the host could not write to disk ({detail}); it will not survive a restart: tell the \
         facilitator"
    )
}

/// A pushed event could not be applied.
pub fn push_refused(table: &str) -> String {
    format!("table \"{table}\" has finished: nothing can be pushed to it")
}

/// The board's column headings, in order (CSV and HTML alike).
pub const BOARD_COLUMNS: [&str; 11] = [
    "Rank",
    "Table",
    "Deal",
    "Commission",
    "Margin",
    "Satisfaction",
    "Weeks late",
    "Promises made",
    "Promises kept",
    "Pacing match",
    "Source",
];

/// The board's per-promise headings, in order (CSV; the HTML page and the console group the
/// rows by promise and leave out the second column).
pub const PROMISE_COLUMNS: [&str; 5] = [
    "Table",
    "Promise",
    "In the PID",
    "Verdict",
    "What it did to the deal",
];

/// The board's retrospective headings, in order.
pub const RETRO_COLUMNS: [&str; 4] = [
    "Table",
    "Role",
    "What went wrong for me",
    "What I needed from the other role",
];

/// The board's section headings: the tables, the deadlines, each promise, the retrospectives.
pub const BOARD_SECTIONS: [&str; 4] = [
    "Tables side by side",
    "Deadlines: promised, agreed, delivered",
    "Promise by promise",
    "Retrospectives",
];

/// The board's deadline headings, in order.
pub const DEADLINE_COLUMNS: [&str; 5] = [
    "Table",
    "Promised to the client",
    "Agreed by the end",
    "Delivered in",
    "Late penalty",
];

/// A table's deadline cells (a finished table that signed): weeks promised, agreed, taken, and
/// the penalty paid.
pub fn deadline_cells(promised: u32, agreed: u32, actual: u32, penalty: f32) -> [String; 4] {
    let weeks = |n: u32| super::plural(n, "week");
    [
        weeks(promised),
        weeks(agreed),
        weeks(actual),
        if penalty > 0.0 {
            super::money(penalty)
        } else {
            "none".into()
        },
    ]
}

/// Whether a promise was written into the PID, in a board cell.
pub fn in_pid(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// What a promise did to its table's deal: the outcome minus the same delivery replayed without
/// it, e.g. `margin −8,400, 2 weeks later, satisfaction −12`.
pub fn promise_effect(d: &crate::engine::debrief::Delta) -> String {
    let weeks = match d.weeks {
        0 => "same length".to_string(),
        w if w < 0 => format!("{} sooner", super::plural(w.unsigned_abs(), "week")),
        w => format!("{} later", super::plural(w as u32, "week")),
    };
    format!(
        "margin {}, {weeks}, satisfaction {}",
        super::money_delta(d.margin),
        super::signed(d.satisfaction, 0)
    )
}

/// A hot-seat device's retrospective did not say whose it is.
pub fn name_the_seat() -> String {
    "a hot-seat device holds both seats: name the seat the retrospective is from".into()
}

/// Both roles, on a hot seat's curtain.
pub fn both_roles() -> &'static str {
    "Seller and delivery lead"
}

/// The tables whose results were imported from offline files, under the console's grid.
pub fn imported_tables(tables: &[String]) -> String {
    format!("Played offline and imported: {}.", tables.join(", "))
}

/// The finished tables that did not make a promise.
pub fn not_promised(tables: &[String]) -> String {
    format!("Finished without this promise: {}.", tables.join(", "))
}

/// A seat on the board's retrospective table.
pub fn role(seat: Seat) -> &'static str {
    match seat {
        Seat::Seller => "Seller",
        Seat::DeliveryLead => "Delivery lead",
    }
}

/// The board's title.
pub fn board_title(scenario_title: &str) -> String {
    format!("Class debrief: {scenario_title}")
}

/// A table still playing, on the board.
pub fn still_playing(phase: &str) -> String {
    format!("still playing ({phase})")
}

/// Where a table's result came from.
pub fn source(imported: bool) -> &'static str {
    if imported {
        "offline, imported"
    } else {
        "at the host"
    }
}

/// A deal on the board: the price, or that it was lost.
pub fn deal(won: bool, price: f32) -> String {
    if won {
        super::money(price)
    } else {
        "lost".into()
    }
}

pub use super::percent;

/// A note under the board when ranks are hidden.
pub fn ranks_hidden() -> &'static str {
    "Ranks are hidden by the facilitator."
}

/// The class debrief before any table has joined.
pub const NO_TABLE_YET: &str = "No table yet.";

/// Why a table whose log could not be started is refused to a device that waited on it.
pub const TABLE_LOG_NOT_STARTED: &str = "its decision log could not be started";
