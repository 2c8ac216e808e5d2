//! The workshop's words: why the host refuses a device's message, what the facilitator's console
//! and the class debrief board call things. The host (`src/workshop/`) passes plain data; this
//! module imports nothing from it (so the two never import each other).

use crate::engine::{Refusal, Seat};
use crate::tr;

/// A device speaks an older protocol than the host accepts.
pub fn protocol_too_old(device: u32, host: u32) -> String {
    tr!(
        "workshop-protocol-too-old",
        device = device.to_string(),
        host = host.to_string()
    )
}

/// A device speaks a newer protocol than the host.
pub fn protocol_too_new(device: u32, host: u32) -> String {
    tr!(
        "workshop-protocol-too-new",
        device = device.to_string(),
        host = host.to_string()
    )
}

/// The room code is wrong.
pub fn wrong_room() -> String {
    tr!("workshop-wrong-room")
}

/// Too many wrong codes from one address.
pub fn slow_down(retry_after_ms: u64) -> String {
    tr!(
        "workshop-slow-down",
        seconds = super::decimal(retry_after_ms as f32 / 1000.0, 1)
    )
}

/// A message that is not valid for the protocol.
pub fn malformed(detail: &str) -> String {
    tr!("workshop-malformed", detail = detail)
}

/// A connection that did not say hello in time.
pub fn hello_timeout(limit: std::time::Duration) -> String {
    tr!("workshop-hello-timeout", seconds = limit.as_secs())
}

/// A decision whose `seq` is not above the last one applied from the seat.
pub fn stale(seq: u64, last: u64) -> String {
    tr!(
        "workshop-stale",
        seq = seq.to_string(),
        last = last.to_string()
    )
}

/// The old connection of a seat taken by another device.
pub fn seat_taken_back(table: &str) -> String {
    tr!("workshop-seat-taken-back", table = table)
}

/// A seat to free that no device was given.
pub fn no_such_seat(table: &str) -> String {
    tr!("workshop-no-such-seat", table = table)
}

/// A message over the size limit.
pub fn too_large(limit: usize, size: &str) -> String {
    tr!("workshop-too-large", limit = limit.to_string(), size = size)
}

/// A message before the hello.
pub fn not_joined() -> String {
    tr!("workshop-not-joined")
}

/// A second hello.
pub fn already_joined() -> String {
    tr!("workshop-already-joined")
}

/// The seat is held.
pub fn seat_taken(table: &str, seat: &str) -> String {
    tr!("workshop-seat-taken", table = table, seat = seat)
}

/// An unknown token.
pub fn bad_token(table: &str) -> String {
    tr!("workshop-bad-token", table = table)
}

/// The table plays the other way.
pub fn wrong_mode(table: &str, imported: bool, hot_seat: bool) -> String {
    if imported {
        tr!("workshop-wrong-mode-imported", table = table)
    } else if hot_seat {
        tr!("workshop-wrong-mode-hot-seat", table = table)
    } else {
        tr!("workshop-wrong-mode-two-devices", table = table)
    }
}

/// The seat's name, as a noun.
pub fn seat_name(seat: Seat) -> String {
    match seat {
        Seat::Seller => tr!("workshop-seat-seller"),
        Seat::DeliveryLead => tr!("workshop-seat-delivery-lead"),
    }
}

/// A hot seat's name, as a noun (one device in both seats).
pub fn hot_seat_name() -> String {
    tr!("workshop-seat-hot-seat")
}

/// The action is another seat's.
pub fn wrong_seat(owner: Seat) -> String {
    match owner {
        Seat::Seller => tr!("workshop-wrong-seat-seller"),
        Seat::DeliveryLead => tr!("workshop-wrong-seat-delivery-lead"),
    }
}

/// Not this seat's turn.
pub fn not_your_turn(waiting_for: &[Seat]) -> String {
    let mut who = waiting_for.iter().map(|s| match s {
        Seat::Seller => tr!("workshop-the-seller"),
        Seat::DeliveryLead => tr!("workshop-the-delivery-lead"),
    });
    let Some(first) = who.next() else {
        return tr!("workshop-session-over");
    };
    let who = who.fold(first, |first, second| {
        tr!("workshop-and", first = first, second = second)
    });
    tr!("workshop-not-your-turn", who = who)
}

/// The engine refuses the action.
pub fn illegal(action: &str, refusal: Refusal) -> String {
    tr!(
        "workshop-illegal",
        action = super::capitalized(action),
        refusal = super::refusal::refusal(refusal)
    )
}

/// The action names an id the scenario lacks.
pub fn unknown_id(detail: &str) -> String {
    tr!("workshop-unknown-id", detail = detail)
}

/// The workshop is paused.
pub fn paused() -> String {
    tr!("workshop-paused")
}

/// The gate holds the table.
pub fn gate_closed() -> String {
    tr!("workshop-gate-closed")
}

/// Not the facilitator.
pub fn not_facilitator() -> String {
    tr!("workshop-not-facilitator")
}

/// An observer decides nothing.
pub fn observer() -> String {
    tr!("workshop-observer")
}

/// An import that failed.
pub fn import_failed(detail: &str) -> String {
    tr!("workshop-import-failed", detail = detail)
}

/// No such table.
pub fn no_such_table(table: &str) -> String {
    tr!("workshop-no-such-table", table = table)
}

/// The host could not write to disk.
pub fn storage(detail: &str) -> String {
    tr!("workshop-storage", detail = detail)
}

/// A pushed event could not be applied.
pub fn push_refused(table: &str) -> String {
    tr!("workshop-push-refused", table = table)
}

/// The board's column headings, in order (CSV and HTML alike).
pub fn board_columns() -> [String; 11] {
    [
        tr!("workshop-column-rank"),
        tr!("workshop-column-table"),
        tr!("workshop-column-deal"),
        tr!("workshop-column-commission"),
        tr!("workshop-column-margin"),
        tr!("workshop-column-satisfaction"),
        tr!("workshop-column-weeks-late"),
        tr!("workshop-column-promises-made"),
        tr!("workshop-column-promises-kept"),
        tr!("workshop-column-pacing-match"),
        tr!("workshop-column-source"),
    ]
}

/// The board's per-promise headings, in order (CSV; the HTML page and the console group the
/// rows by promise and leave out the second column).
pub fn promise_columns() -> [String; 5] {
    [
        tr!("workshop-column-table"),
        tr!("workshop-column-promise"),
        tr!("workshop-column-in-the-pid"),
        tr!("workshop-column-verdict"),
        tr!("workshop-column-what-it-did"),
    ]
}

/// The board's retrospective headings, in order.
pub fn retro_columns() -> [String; 4] {
    [
        tr!("workshop-column-table"),
        tr!("workshop-column-role"),
        tr!("workshop-column-went-wrong"),
        tr!("workshop-column-needed"),
    ]
}

/// The board's section headings: the tables, the deadlines, each promise, the retrospectives.
pub fn board_sections() -> [String; 4] {
    [
        tr!("workshop-section-tables"),
        tr!("workshop-section-deadlines"),
        tr!("workshop-section-promises"),
        tr!("workshop-section-retrospectives"),
    ]
}

/// The board's deadline headings, in order.
pub fn deadline_columns() -> [String; 5] {
    [
        tr!("workshop-column-table"),
        tr!("workshop-column-promised"),
        tr!("workshop-column-agreed"),
        tr!("workshop-column-delivered"),
        tr!("workshop-column-late-penalty"),
    ]
}

/// A table's deadline cells (a finished table that signed): weeks promised, agreed, taken, and
/// the penalty paid.
pub fn deadline_cells(promised: u32, agreed: u32, actual: u32, penalty: f32) -> [String; 4] {
    let weeks = |n: u32| tr!("workshop-weeks", weeks = n);
    [
        weeks(promised),
        weeks(agreed),
        weeks(actual),
        if penalty > 0.0 {
            super::money(penalty)
        } else {
            tr!("workshop-no-penalty")
        },
    ]
}

/// Whether a promise was written into the PID, in a board cell.
pub fn in_pid(yes: bool) -> String {
    if yes {
        tr!("workshop-in-pid-yes")
    } else {
        tr!("workshop-in-pid-no")
    }
}

/// What a promise did to its table's deal: the outcome minus the same delivery replayed without
/// it, e.g. `margin −8,400, 2 weeks later, satisfaction −12`.
pub fn promise_effect(d: &crate::engine::debrief::Delta) -> String {
    let weeks = match d.weeks {
        0 => tr!("workshop-effect-same-length"),
        w if w < 0 => tr!("workshop-effect-sooner", weeks = w.unsigned_abs()),
        w => tr!("workshop-effect-later", weeks = w),
    };
    tr!(
        "workshop-effect",
        margin = super::money_delta(d.margin),
        weeks = weeks,
        satisfaction = super::signed(d.satisfaction, 0)
    )
}

/// A hot-seat device's retrospective did not say whose it is.
pub fn name_the_seat() -> String {
    tr!("workshop-name-the-seat")
}

/// Both roles, on a hot seat's curtain.
pub fn both_roles() -> String {
    tr!("workshop-both-roles")
}

/// The tables whose results were imported from offline files, under the console's grid.
pub fn imported_tables(tables: &[String]) -> String {
    tr!("workshop-imported-tables", tables = tables.join(", "))
}

/// The finished tables that did not make a promise.
pub fn not_promised(tables: &[String]) -> String {
    tr!("workshop-not-promised", tables = tables.join(", "))
}

/// A seat on the board's retrospective table.
pub fn role(seat: Seat) -> String {
    match seat {
        Seat::Seller => tr!("workshop-role-seller"),
        Seat::DeliveryLead => tr!("workshop-role-delivery-lead"),
    }
}

/// The board's title.
pub fn board_title(scenario_title: &str) -> String {
    tr!("workshop-board-title", scenario = scenario_title)
}

/// A table still playing, on the board.
pub fn still_playing(phase: &str) -> String {
    tr!("workshop-still-playing", phase = phase)
}

/// Where a table's result came from.
pub fn source(imported: bool) -> String {
    if imported {
        tr!("workshop-source-imported")
    } else {
        tr!("workshop-source-host")
    }
}

/// A deal on the board: the price, or that it was lost.
pub fn deal(won: bool, price: f32) -> String {
    if won {
        super::money(price)
    } else {
        tr!("workshop-deal-lost")
    }
}

pub use super::percent;

/// A note under the board when ranks are hidden.
pub fn ranks_hidden() -> String {
    tr!("workshop-ranks-hidden")
}

/// The class debrief before any table has joined.
pub fn no_table_yet() -> String {
    tr!("workshop-no-table-yet")
}

/// Why a table whose log could not be started is refused to a device that waited on it.
pub fn table_log_not_started() -> String {
    tr!("workshop-table-log-not-started")
}

/// A console asked for without the facilitator key (or with a wrong one).
pub fn facilitator_key_needed() -> String {
    tr!("workshop-facilitator-key-needed")
}

/// What `overpromise host` prints first: where devices join, browsers, the board, the room code.
pub fn host_banner(ws: &str, browsers: &str, board: &str, code: &str) -> String {
    tr!(
        "workshop-host-banner",
        ws = ws,
        browsers = browsers,
        board = board,
        code = code
    )
}

/// The console's address with its key, for the facilitator's eyes only.
pub fn host_console_line(url: &str) -> String {
    tr!("workshop-host-console", url = url)
}

/// Where the host keeps the decisions, and how many tables it resumed.
pub fn host_decisions_kept(dir: &str, tables: usize) -> String {
    tr!("workshop-host-decisions-kept", dir = dir, tables = tables)
}

/// How to stop the host.
pub fn host_stop() -> String {
    tr!("workshop-host-stop")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_board_and_the_refusals_read_in_german() {
        with_language(Language::German, || {
            assert_eq!(
                not_your_turn(&[Seat::Seller, Seat::DeliveryLead]),
                "Sie sind nicht am Zug: der Tisch wartet auf den Vertrieb und die Projektleitung; nichts wurde geändert"
            );
            assert_eq!(
                slow_down(1500),
                "zu viele falsche Raumcodes von dieser Adresse: warten Sie 1,5 Sekunden, bevor Sie es erneut versuchen"
            );
            assert_eq!(
                deadline_cells(1, 3, 4, 0.0),
                ["1 Woche", "3 Wochen", "4 Wochen", "keine"]
            );
            assert_eq!(board_columns()[6], "Wochen Verzug");
        });
        assert_eq!(
            not_your_turn(&[Seat::Seller, Seat::DeliveryLead]),
            "it is not your turn: the table waits for the seller and the delivery lead; nothing changed"
        );
        assert_eq!(not_your_turn(&[]), "the session is over; nothing changed");
        assert_eq!(
            slow_down(1500),
            "too many wrong room codes from this address: wait 1.5 seconds before trying again"
        );
        assert_eq!(
            deadline_cells(1, 3, 4, 0.0),
            ["1 week", "3 weeks", "4 weeks", "none"]
        );
    }
}
