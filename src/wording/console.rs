//! The workshop screens' words on the game's side: the facilitator's console, the join form and
//! the host screen (the seat's words are in [`super::remote`], the host's and the board's in
//! [`super::workshop`]). Plain data in, words out: nothing here imports the game or the host.

use super::plural;
use crate::engine::view::PhaseView;
use crate::workshop::protocol::SeatChoice;

// ---- the facilitator's console ------------------------------------------------------------

/// The console's title.
pub const CONSOLE_TITLE: &str = "Workshop console";

/// The line under the console's title on the hosting device: `Room K7QX2M · 192.168.1.20:7878 · Connected`.
pub fn console_subtitle(code: &str, address: &str, link: &str) -> String {
    format!("Room {code} · {address} · {link}")
}

/// The console's way out.
pub const LEAVE_CONSOLE: &str = "Leave the console";

/// The console's tab for the tables.
pub const TABLES_TAB: &str = "Tables";

/// The console's tab, and its card, for the class debrief.
pub const CLASS_DEBRIEF: &str = "Class debrief";

/// The class debrief on its way from the host.
pub const FETCHING_BOARD: &str = "Fetching the class debrief from the host…";

/// The console before the host's first snapshot.
pub const WAITING_FOR_HOST: &str = "Waiting for the host's first report…";

/// The workshop in one line: `3 tables · playing · gate closed before delivery`.
pub fn tables_status(tables: usize, paused: bool, gate_closed: bool) -> String {
    format!(
        "{} · {}{}",
        plural(u32::try_from(tables).unwrap_or(u32::MAX), "table"),
        if paused { "PAUSED" } else { "playing" },
        if gate_closed {
            " · gate closed before delivery"
        } else {
            ""
        }
    )
}

/// No table has joined.
pub const NO_TABLE_JOINED: &str = "No table has joined yet.";

/// The console grid's headings, in order (the last column holds the release button).
pub const TABLE_COLUMNS: [&str; 7] = [
    "Table",
    "Stage",
    "Meeting / week",
    "Promises",
    "Last decision",
    "Devices",
    "",
];

/// A table's name in the grid, with how it plays when that is not two devices.
pub fn table_name(table: &str, imported: bool, hot_seat: bool) -> String {
    match (imported, hot_seat) {
        (true, _) => format!("{table} (imported)"),
        (false, true) => format!("{table} (hot seat)"),
        (false, false) => table.to_owned(),
    }
}

/// A table's delivery in the grid, from the weeks it has run: `week 4` while the fourth week is
/// under way (the week the table's own screen shows).
pub fn week(weeks_run: u32) -> String {
    format!("week {}", weeks_run + 1)
}

/// A finished table's delivery, in the grid: `9 weeks`.
pub fn weeks_taken(weeks_run: u32) -> String {
    plural(weeks_run, "week")
}

/// The time since a table's last decision: `45 s ago`, `3 min ago`.
pub fn since_last_decision(seconds: u64) -> String {
    if seconds < 60 {
        format!("{seconds} s ago")
    } else {
        format!("{} min ago", seconds / 60)
    }
}

/// A table's meeting or week in the grid: the week under way in delivery, the weeks delivery
/// took once it is over, else the meeting.
pub fn where_cell(phase: &PhaseView, meeting: Option<&str>, weeks_run: Option<u32>) -> String {
    match (meeting, weeks_run) {
        (_, Some(w)) if *phase == PhaseView::Delivery => week(w),
        (_, Some(w)) => weeks_taken(w),
        (Some(m), None) => m.to_owned(),
        (None, None) => String::new(),
    }
}

/// A device's seat, in the grid's short form (see [`DEVICES_KEY`]).
pub fn seat_short(seat: SeatChoice) -> &'static str {
    match seat {
        SeatChoice::Seller => SELLER_SHORT,
        SeatChoice::DeliveryLead => LEAD_SHORT,
        SeatChoice::Both => BOTH_SHORT,
        SeatChoice::Observer => OBSERVER_SHORT,
        SeatChoice::Facilitator => FACILITATOR_SHORT,
    }
}

/// A seller's device, in the grid (see [`DEVICES_KEY`]).
pub const SELLER_SHORT: &str = "S";
/// A delivery lead's device.
pub const LEAD_SHORT: &str = "D";
/// A hot-seat device, both seats.
pub const BOTH_SHORT: &str = "S+D";
/// An observer's device.
pub const OBSERVER_SHORT: &str = "O";
/// The facilitator's device.
pub const FACILITATOR_SHORT: &str = "F";

/// The key to the devices column, under the grid.
pub const DEVICES_KEY: &str = "Devices: ● connected, ○ dropped (it rejoins with its token, even after a restart; \"Free\" lets a new laptop take a seat whose laptop is gone). S seller, D delivery lead, O observer.";

/// The button that frees a dropped seat for a new device.
pub const FREE_SEAT: &str = "Free";

/// The button that lets one table through the gate.
pub const RELEASE: &str = "Release";

/// The card with the pace controls.
pub const PACE: &str = "Pace";

/// The pause button: `Pause all`, or `Resume all` while paused.
pub fn pause_button(paused: bool) -> &'static str {
    if paused { "Resume all" } else { "Pause all" }
}

/// The gate button: `Wait for all before delivery`, or `Open the gate` while it is closed.
pub fn gate_button(closed: bool) -> &'static str {
    if closed {
        "Open the gate"
    } else {
        "Wait for all before delivery"
    }
}

/// The label of the timer's minutes.
pub const TIMER_MINUTES: &str = "Timer (min)";

/// The button that starts the timer.
pub const START: &str = "Start";

/// The button that stops the timer.
pub const STOP: &str = "Stop";

/// The stage timer's label, on every device.
pub const STAGE: &str = "Stage";

/// The card with the broadcast and the pushed event.
pub const TELL_THE_ROOM: &str = "Tell the room";

/// An example broadcast, in the empty field.
pub const BROADCAST_HINT: &str = "Five minutes left for the PID";

/// The button that sends the broadcast.
pub const BROADCAST: &str = "Broadcast";

/// Before the tables a pushed event may go to.
pub const PUSH_TO: &str = "Push to";

/// A pushed event to every table.
pub const EVERY_TABLE: &str = "every table";

/// The ledgers button: `Reveal the ledgers`, or `Hide the ledgers` once revealed.
pub fn ledgers_button(revealed: bool) -> &'static str {
    if revealed {
        "Hide the ledgers"
    } else {
        "Reveal the ledgers"
    }
}

/// The ranks button: `Show ranks`, or `Hide ranks` once shown.
pub fn ranks_button(shown: bool) -> &'static str {
    if shown { "Hide ranks" } else { "Show ranks" }
}

/// The class debrief board's web address: `http://192.168.1.20:7878/board`.
pub fn board_url(address: &str) -> String {
    format!("http://{address}/board")
}

/// Where the projector finds the board, on the console.
pub fn board_for_projector(address: &str) -> String {
    format!("Board for the projector: {}", board_url(address))
}

/// The card that imports an offline table's result.
pub const IMPORT_TABLE: &str = "Import an offline table";

/// The label of a table's name (the import and the join form).
pub const TABLE_NAME: &str = "Table name";

/// The label of the result file's path.
pub const RESULT_FILE: &str = "Result file on this device";

/// An example path, in the empty field.
pub const RESULT_FILE_HINT: &str = "/home/me/exports/first_client-seed-7.md";

/// The button that imports the file.
pub const IMPORT: &str = "Import";

/// What a table name may be: `1 to 40 letters, digits, spaces, '-' or '_'`.
fn table_name_rule(max: usize) -> String {
    format!("1 to {max} letters, digits, spaces, '-' or '_'")
}

/// The imported table's name is not a valid one.
pub fn name_the_import(max: usize) -> String {
    format!("Name the imported table: {}.", table_name_rule(max))
}

/// The result file cannot be read.
pub fn unreadable(path: &str, error: &str) -> String {
    format!("{path} cannot be read: {error}.")
}

/// The result file is over the limit.
pub fn file_too_large(path: &str, kib: u64, limit_kib: usize) -> String {
    format!("{path} is {kib} KiB; a result file is at most {limit_kib} KiB.")
}

/// The result file is not text.
pub fn not_text(path: &str) -> String {
    format!("{path} is not a text file (a result file is RON text).")
}

// ---- the console in a browser ------------------------------------------------------------

/// The label of the facilitator key (the browser console's form).
pub const FACILITATOR_KEY: &str = "Facilitator key";

/// The browser console's form, before a key is given.
pub const KEY_NEEDED: &str = "The console needs the facilitator key that the host printed when it started (on its \"Console\" line). Devices at the tables never see it.";

/// The browser console refuses a key.
pub const KEY_WRONG: &str = "That is not this workshop's facilitator key, so the console stays closed. Copy the key, or the whole console address, from the host's window.";

/// The browser console on a host that could not make a key.
pub const NO_KEY: &str = "This host could not make a facilitator key (the system gave it no randomness), so no browser gets the console: open it in the game instead.";

/// The browser console's page needs its script.
pub const CONSOLE_NEEDS_SCRIPT: &str = "The console needs JavaScript: turn it on for this page.";

/// The browser console lost the host.
pub const CONSOLE_LOST: &str = "Connection to the host lost: trying again…";

/// The browser console's controls, as a heading.
pub const CONTROLS: &str = "Controls";

/// The browser console while no stage timer runs.
pub const TIMER_OFF: &str = "No timer running.";

/// The timer's minutes are not a number in range: `The timer runs 1 to 120 minutes.`
pub fn timer_range(max_minutes: u32) -> String {
    format!("The timer runs 1 to {max_minutes} minutes.")
}

/// The browser console's push buttons: `Push to every table`, `Push to Table 3`.
pub fn push_to(table: Option<&str>) -> String {
    format!("{PUSH_TO} {}", table.unwrap_or(EVERY_TABLE))
}

/// The browser console's free-seat button, for a screen reader: `Free seat S at Table 3`.
pub fn free_seat_at(seat: &str, table: &str) -> String {
    format!("{FREE_SEAT} seat {seat} at {table}")
}

/// The browser console's release button, for a screen reader: `Release Table 3`.
pub fn release_table(table: &str) -> String {
    format!("{RELEASE} {table}")
}

/// A device in the grid, for a screen reader: `S connected`, `D dropped`.
pub fn device_state(seat: &str, connected: bool) -> String {
    format!("{seat} {}", if connected { "connected" } else { "dropped" })
}

/// The browser console's result file: any file the game exported or saved.
pub const RESULT_FILE_BROWSER: &str = "Result file (an exported debrief, a save file or a script)";

/// The browser console's links to the class debrief board.
pub const BOARD_PAGE: &str = "Open the class debrief board";
/// The class debrief as a spreadsheet.
pub const BOARD_CSV: &str = "Download the class debrief (CSV)";

/// A control the host did all it was asked.
pub const DONE: &str = "Done.";

// ---- the join form ------------------------------------------------------------------------

/// The join screen's title.
pub const JOIN_TITLE: &str = "Join a workshop";

/// The line under the join screen's title.
pub const JOIN_SUBTITLE: &str = "The facilitator's screen shows the address and the room code.";

/// The button that joins.
pub const JOIN: &str = "Join";

/// The card over why the last attempt did not get in.
pub const NOT_JOINED: &str = "Not joined";

/// What to do without a network.
pub const NO_CONNECTION: &str = "No connection at all? Guest Wi-Fi often keeps devices apart: play the level \
     alone from New game, export the result at the debrief, and give the file \
     to the facilitator, who imports it into the class debrief.";

/// The label of the host's address.
pub const HOST_ADDRESS: &str = "Host address";

/// An example address, in the empty field.
pub const ADDRESS_HINT: &str = "192.168.1.20:7878";

/// The label of the room code (the join form and the host screen).
pub const ROOM_CODE: &str = "Room code";

/// Where the room code is, in the empty field.
pub const CODE_HINT: &str = "as on the projector";

/// The label of the role.
pub const YOUR_ROLE: &str = "Your role";

/// An example table name, in the empty field.
pub const TABLE_HINT: &str = "Table 3";

/// What the seller does, under the form.
pub const SELLER_HELP: &str = "You run the meetings, make the promises and write the PID. Your table's delivery \
     lead joins on their own device.";

/// What the delivery lead does.
pub const LEAD_HELP: &str = "You sit in the meetings you are invited to, flag answers, review the PID and run \
     delivery.";

/// What a hot-seat device does.
pub const BOTH_HELP: &str = "Two of you share this device (a hot seat): it plays both roles, with a curtain \
     between the seats, and reports the table's decisions to the host.";

/// What an observer does.
pub const OBSERVER_HELP: &str =
    "You watch a table as its delivery lead sees it, and decide nothing.";

/// What the facilitator's console does.
pub const FACILITATOR_HELP: &str = "The console: every table's progress, the timers and gates, broadcasts and the class \
     debrief. No table name needed.";

/// The form has no room code.
pub const TYPE_THE_CODE: &str = "Type the room code shown on the facilitator's screen.";

/// The room code is not letters and digits.
pub const CODE_SHAPE: &str = "A room code is a few letters and digits, as on the projector.";

/// The form has no table name.
pub const NAME_YOUR_TABLE: &str = "Name your table (the same name on both devices of the table).";

/// The table name is not a valid one.
pub fn table_name_shape(max: usize) -> String {
    format!("A table name is {}.", table_name_rule(max))
}

/// The link could not start.
pub fn connection_failed(error: &str) -> String {
    format!("The connection could not start: {error}.")
}

// ---- the host screen ----------------------------------------------------------------------

/// The host screen's title.
pub const HOST_TITLE: &str = "Host a workshop";

/// The line under the host screen's title, before and once the host runs.
pub fn host_subtitle(running: bool) -> &'static str {
    if running {
        "Tables join from their own devices: Join a workshop, then this address and code."
    } else {
        "This device runs the workshop: every table's game, the console and the class debrief."
    }
}

/// The button that starts the host.
pub const START_HOST: &str = "Start the host";

/// The button that opens the console on the hosting device.
pub const OPEN_CONSOLE: &str = "Open the console";

/// The button that stops the host.
pub const STOP_WORKSHOP: &str = "Stop the workshop";

/// The card over why the host did not start.
pub const HOST_FAILED: &str = "The host did not start";

/// The label over the host's addresses.
pub const ADDRESS: &str = "Address";

/// The label of the port.
pub const PORT: &str = "Port";

/// Under the running host's addresses.
pub fn second_screen(board_url: &str) -> String {
    format!(
        "Class debrief board for a second screen: {board_url} · A table that cannot connect plays \
         offline and gives you its result file to import in the console."
    )
}

/// Under the host form.
pub const HOST_NOTE: &str = "Only devices with the room code join. The host listens on every network of this \
     device; the workshop's decisions are kept in the data folder, so a restarted host \
     carries on.";

/// The room code is not a valid one.
pub const HOST_CODE_SHAPE: &str =
    "A room code is 4 to 32 letters and digits (the host never starts without one).";

/// The port is not a valid one.
pub const PORT_SHAPE: &str = "The port is a number from 1 to 65535 (7878 unless it is taken).";

/// No level to host.
pub const NO_LEVEL: &str = "No playable level: the workshop needs one.";

/// The console on the hosting device could not connect.
pub fn console_failed(error: &str) -> String {
    format!("The console could not connect: {error}.")
}

/// Nowhere to save the class debrief.
pub const NO_DATA_FOLDER: &str = "there is no data folder to save into";
/// The console's class debrief: fetch it again.
pub const REFRESH_BOARD: &str = "Refresh";
/// The console's class debrief: save it for a spreadsheet.
pub const SAVE_BOARD_CSV: &str = "Save as CSV";
/// The console's class debrief: save it as a page.
pub const SAVE_BOARD_HTML: &str = "Save as a web page";

/// Where the class debrief was saved, or why it was not.
pub fn board_saved(result: &Result<std::path::PathBuf, String>) -> String {
    match result {
        Ok(p) => format!("Saved to {}", p.display()),
        Err(e) => format!("The class debrief could not be saved: {e}."),
    }
}

/// The roles on the join form, as labels.
pub const ROLE_SELLER: &str = "Seller";
/// The delivery lead's role, as a label.
pub const ROLE_DELIVERY_LEAD: &str = "Delivery lead";
/// A hot seat, as a label.
pub const ROLE_BOTH: &str = "Both on this device";
/// An observer, as a label.
pub const ROLE_OBSERVER: &str = "Observer";
/// The facilitator, as a label.
pub const ROLE_FACILITATOR: &str = "Facilitator";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_in_delivery_shows_the_week_under_way() {
        assert_eq!(week(3), "week 4");
        assert_eq!(weeks_taken(9), "9 weeks");
    }

    #[test]
    fn counts_times_and_names_read_as_before() {
        assert_eq!(tables_status(1, false, false), "1 table · playing");
        assert_eq!(
            tables_status(3, true, true),
            "3 tables · PAUSED · gate closed before delivery"
        );
        assert_eq!(since_last_decision(59), "59 s ago");
        assert_eq!(since_last_decision(180), "3 min ago");
        assert_eq!(table_name("T1", true, true), "T1 (imported)");
        assert_eq!(table_name("T1", false, true), "T1 (hot seat)");
        assert_eq!(table_name("T1", false, false), "T1");
        assert_eq!(
            table_name_shape(40),
            "A table name is 1 to 40 letters, digits, spaces, '-' or '_'."
        );
        assert_eq!(
            name_the_import(40),
            "Name the imported table: 1 to 40 letters, digits, spaces, '-' or '_'."
        );
    }
}
