//! The workshop screens' words on the game's side: the facilitator's console, the join form and
//! the host screen (the seat's words are in [`super::remote`], the host's and the board's in
//! [`super::workshop`]). Plain data in, words out: nothing here imports the game or the host.

use crate::engine::view::PhaseView;
use crate::tr;

// ---- the facilitator's console ------------------------------------------------------------

/// The console's title.
pub fn console_title() -> String {
    tr!("console-console-title")
}

/// The line under the console's title on the hosting device: `Room K7QX2M · 192.168.1.20:7878 · Connected`.
pub fn console_subtitle(code: &str, address: &str, link: &str) -> String {
    tr!(
        "console-subtitle",
        code = code,
        address = address,
        link = link
    )
}

/// The console's way out.
pub fn leave_console() -> String {
    tr!("console-leave-console")
}

/// The console's tab for the tables.
pub fn tables_tab() -> String {
    tr!("console-tables-tab")
}

/// The console's tab, and its card, for the class debrief.
pub fn class_debrief() -> String {
    tr!("console-class-debrief")
}

/// The class debrief on its way from the host.
pub fn fetching_board() -> String {
    tr!("console-fetching-board")
}

/// The console before the host's first snapshot.
pub fn waiting_for_host() -> String {
    tr!("console-waiting-for-host")
}

/// The workshop in one line: `3 tables · playing · gate closed before delivery`.
pub fn tables_status(tables: usize, paused: bool, gate_closed: bool) -> String {
    let tables = u32::try_from(tables).unwrap_or(u32::MAX);
    match (paused, gate_closed) {
        (false, false) => tr!("console-status-playing", tables = tables),
        (true, false) => tr!("console-status-paused", tables = tables),
        (false, true) => tr!("console-status-playing-gate", tables = tables),
        (true, true) => tr!("console-status-paused-gate", tables = tables),
    }
}

/// No table has joined.
pub fn no_table_joined() -> String {
    tr!("console-no-table-joined")
}

/// The console grid's headings, in order (the last column holds the release button).
pub fn table_columns() -> [String; 7] {
    [
        tr!("console-column-table"),
        tr!("console-column-stage"),
        tr!("console-column-where"),
        tr!("console-column-promises"),
        tr!("console-column-last-decision"),
        tr!("console-column-devices"),
        String::new(),
    ]
}

/// A table's name in the grid, with how it plays when that is not two devices.
pub fn table_name(table: &str, imported: bool, hot_seat: bool) -> String {
    match (imported, hot_seat) {
        (true, _) => tr!("console-table-imported", table = table),
        (false, true) => tr!("console-table-hot-seat", table = table),
        (false, false) => table.to_owned(),
    }
}

/// A table's delivery in the grid, from the weeks it has run: `week 4` while the fourth week is
/// under way (the week the table's own screen shows).
pub fn week(weeks_run: u32) -> String {
    tr!("console-week", week = weeks_run + 1)
}

/// A finished table's delivery, in the grid: `9 weeks`.
pub fn weeks_taken(weeks_run: u32) -> String {
    tr!("console-weeks-taken", weeks = weeks_run)
}

/// The time since a table's last decision: `45 s ago`, `3 min ago`.
pub fn since_last_decision(seconds: u64) -> String {
    if seconds < 60 {
        tr!("console-seconds-ago", seconds = seconds)
    } else {
        tr!("console-minutes-ago", minutes = seconds / 60)
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

/// A seller's device, in the grid (see [`devices_key()`]).
pub fn seller_short() -> String {
    tr!("console-seller-short")
}
/// A delivery lead's device.
pub fn lead_short() -> String {
    tr!("console-lead-short")
}
/// A hot-seat device, both seats.
pub fn both_short() -> String {
    tr!("console-both-short")
}
/// An observer's device.
pub fn observer_short() -> String {
    tr!("console-observer-short")
}
/// The facilitator's device.
pub fn facilitator_short() -> String {
    tr!("console-facilitator-short")
}

/// The key to the devices column, under the grid.
pub fn devices_key() -> String {
    tr!("console-devices-key")
}

/// The button that frees a dropped seat for a new device.
pub fn free_seat() -> String {
    tr!("console-free-seat")
}

/// The button that lets one table through the gate.
pub fn release() -> String {
    tr!("console-release")
}

/// The card with the pace controls.
pub fn pace() -> String {
    tr!("console-pace")
}

/// The pause button: `Pause all`, or `Resume all` while paused.
pub fn pause_button(paused: bool) -> String {
    if paused {
        tr!("console-resume-all")
    } else {
        tr!("console-pause-all")
    }
}

/// The gate button: `Wait for all before delivery`, or `Open the gate` while it is closed.
pub fn gate_button(closed: bool) -> String {
    if closed {
        tr!("console-open-gate")
    } else {
        tr!("console-close-gate")
    }
}

/// The label of the timer's minutes.
pub fn timer_minutes() -> String {
    tr!("console-timer-minutes")
}

/// The button that starts the timer.
pub fn start() -> String {
    tr!("console-start")
}

/// The button that stops the timer.
pub fn stop() -> String {
    tr!("console-stop")
}

/// The stage timer's label, on every device.
pub fn stage() -> String {
    tr!("console-stage")
}

/// The card with the broadcast and the pushed event.
pub fn tell_the_room() -> String {
    tr!("console-tell-the-room")
}

/// An example broadcast, in the empty field.
pub fn broadcast_hint() -> String {
    tr!("console-broadcast-hint")
}

/// The button that sends the broadcast.
pub fn broadcast() -> String {
    tr!("console-broadcast")
}

/// Before the tables a pushed event may go to.
pub fn push_to_label() -> String {
    tr!("console-push-to")
}

/// A pushed event to every table.
pub fn every_table() -> String {
    tr!("console-every-table")
}

/// The ledgers button: `Reveal the ledgers`, or `Hide the ledgers` once revealed.
pub fn ledgers_button(revealed: bool) -> String {
    if revealed {
        tr!("console-hide-ledgers")
    } else {
        tr!("console-reveal-ledgers")
    }
}

/// The ranks button: `Show ranks`, or `Hide ranks` once shown.
pub fn ranks_button(shown: bool) -> String {
    if shown {
        tr!("console-hide-ranks")
    } else {
        tr!("console-show-ranks")
    }
}

/// The class debrief board's web address: `http://192.168.1.20:7878/board`.
pub fn board_url(address: &str) -> String {
    format!("http://{address}/board")
}

/// Where the projector finds the board, on the console.
pub fn board_for_projector(address: &str) -> String {
    tr!("console-board-for-projector", url = board_url(address))
}

/// The card that imports an offline table's result.
pub fn import_table() -> String {
    tr!("console-import-table")
}

/// The label of a table's name (the import and the join form).
pub fn table_name_label() -> String {
    tr!("console-table-name")
}

/// The label of the result file's path.
pub fn result_file() -> String {
    tr!("console-result-file")
}

/// An example path, in the empty field.
pub fn result_file_hint() -> String {
    tr!("console-result-file-hint")
}

/// The button that imports the file.
pub fn import() -> String {
    tr!("console-import")
}

/// What a table name may be: `1 to 40 letters, digits, spaces, '-' or '_'`.
fn table_name_rule(max: usize) -> String {
    tr!("console-table-name-rule", max = max)
}

/// The imported table's name is not a valid one.
pub fn name_the_import(max: usize) -> String {
    tr!("console-name-the-import", rule = table_name_rule(max))
}

/// The result file cannot be read.
pub fn unreadable(path: &str, error: &str) -> String {
    tr!("console-unreadable", path = path, error = error)
}

/// The result file is over the limit.
pub fn file_too_large(path: &str, kib: u64, limit_kib: usize) -> String {
    tr!(
        "console-file-too-large",
        path = path,
        kib = kib.to_string(),
        limit_kib = limit_kib.to_string()
    )
}

/// The result file is not text.
pub fn not_text(path: &str) -> String {
    tr!("console-not-text", path = path)
}

// ---- the console in a browser ------------------------------------------------------------

/// The label of the facilitator key (the browser console's form).
pub fn facilitator_key() -> String {
    tr!("console-facilitator-key")
}

/// The browser console's form, before a key is given.
pub fn key_needed() -> String {
    tr!("console-key-needed")
}

/// The browser console refuses a key.
pub fn key_wrong() -> String {
    tr!("console-key-wrong")
}

/// The browser console on a host that could not make a key.
pub fn no_key() -> String {
    tr!("console-no-key")
}

/// The browser console's page needs its script.
pub fn console_needs_script() -> String {
    tr!("console-console-needs-script")
}

/// The browser console lost the host.
pub fn console_lost() -> String {
    tr!("console-console-lost")
}

/// The browser console's controls, as a heading.
pub fn controls() -> String {
    tr!("console-controls")
}

/// The browser console while no stage timer runs.
pub fn timer_off() -> String {
    tr!("console-timer-off")
}

/// The timer's minutes are not a number in range: `The timer runs 1 to 120 minutes.`
pub fn timer_range(max_minutes: u32) -> String {
    tr!("console-timer-range", max_minutes = max_minutes)
}

/// The browser console's push buttons: `Push to every table`, `Push to Table 3`.
pub fn push_to(table: Option<&str>) -> String {
    match table {
        Some(t) => tr!("console-push-to-table", table = t),
        None => tr!("console-push-to-every-table"),
    }
}

/// The browser console's free-seat button, for a screen reader: `Free seat S at Table 3`.
pub fn free_seat_at(seat: &str, table: &str) -> String {
    tr!("console-free-seat-at", seat = seat, table = table)
}

/// The browser console's release button, for a screen reader: `Release Table 3`.
pub fn release_table(table: &str) -> String {
    tr!("console-release-table", table = table)
}

/// A device in the grid, for a screen reader: `S connected`, `D dropped`.
pub fn device_state(seat: &str, connected: bool) -> String {
    if connected {
        tr!("console-device-connected", seat = seat)
    } else {
        tr!("console-device-dropped", seat = seat)
    }
}

/// The browser console's result file: any file the game exported or saved.
pub fn result_file_browser() -> String {
    tr!("console-result-file-browser")
}

/// The browser console's links to the class debrief board.
pub fn board_page() -> String {
    tr!("console-board-page")
}
/// The class debrief as a spreadsheet.
pub fn board_csv() -> String {
    tr!("console-board-csv")
}

/// A control the host did all it was asked.
pub fn done() -> String {
    tr!("console-done")
}

// ---- the join form ------------------------------------------------------------------------

/// The join screen's title.
pub fn join_title() -> String {
    tr!("console-join-title")
}

/// The line under the join screen's title.
pub fn join_subtitle() -> String {
    tr!("console-join-subtitle")
}

/// The button that joins.
pub fn join() -> String {
    tr!("console-join")
}

/// The card over why the last attempt did not get in.
pub fn not_joined() -> String {
    tr!("console-not-joined")
}

/// What to do without a network.
pub fn no_connection() -> String {
    tr!("console-no-connection")
}

/// The label of the host's address.
pub fn host_address() -> String {
    tr!("console-host-address")
}

/// An example address, in the empty field.
pub fn address_hint() -> String {
    tr!("console-address-hint")
}

/// The label of the room code (the join form and the host screen).
pub fn room_code() -> String {
    tr!("console-room-code")
}

/// Where the room code is, in the empty field.
pub fn code_hint() -> String {
    tr!("console-code-hint")
}

/// The label of the role.
pub fn your_role() -> String {
    tr!("console-your-role")
}

/// An example table name, in the empty field.
pub fn table_hint() -> String {
    tr!("console-table-hint")
}

/// What the seller does, under the form.
pub fn seller_help() -> String {
    tr!("console-seller-help")
}

/// What the delivery lead does.
pub fn lead_help() -> String {
    tr!("console-lead-help")
}

/// What a hot-seat device does.
pub fn both_help() -> String {
    tr!("console-both-help")
}

/// What an observer does.
pub fn observer_help() -> String {
    tr!("console-observer-help")
}

/// What the facilitator's console does.
pub fn facilitator_help() -> String {
    tr!("console-facilitator-help")
}

/// The form asks for the console without its key.
pub fn type_the_key() -> String {
    tr!("console-type-the-key")
}

/// The form has no room code.
pub fn type_the_code() -> String {
    tr!("console-type-the-code")
}

/// The room code is not letters and digits.
pub fn code_shape() -> String {
    tr!("console-code-shape")
}

/// The form has no table name.
pub fn name_your_table() -> String {
    tr!("console-name-your-table")
}

/// The table name is not a valid one.
pub fn table_name_shape(max: usize) -> String {
    tr!("console-table-name-shape", rule = table_name_rule(max))
}

/// The link could not start.
pub fn connection_failed(error: &str) -> String {
    tr!("console-connection-failed", error = error)
}

// ---- the host screen ----------------------------------------------------------------------

/// The host screen's title.
pub fn host_title() -> String {
    tr!("console-host-title")
}

/// The line under the host screen's title, before and once the host runs.
pub fn host_subtitle(running: bool) -> String {
    if running {
        tr!("console-host-subtitle-running")
    } else {
        tr!("console-host-subtitle")
    }
}

/// The button that starts the host.
pub fn start_host() -> String {
    tr!("console-start-host")
}

/// The button that opens the console on the hosting device.
pub fn open_console() -> String {
    tr!("console-open-console")
}

/// The button that stops the host.
pub fn stop_workshop() -> String {
    tr!("console-stop-workshop")
}

/// The card over why the host did not start.
pub fn host_failed() -> String {
    tr!("console-host-failed")
}

/// The label over the host's addresses.
pub fn address() -> String {
    tr!("console-address")
}

/// The label of the port.
pub fn port() -> String {
    tr!("console-port")
}

/// Under the running host's addresses.
pub fn second_screen(board_url: &str) -> String {
    tr!("console-second-screen", url = board_url)
}

/// Under the host form.
pub fn host_note() -> String {
    tr!("console-host-note")
}

/// The room code is not a valid one.
pub fn host_code_shape() -> String {
    tr!("console-host-code-shape")
}

/// The port is not a valid one.
pub fn port_shape() -> String {
    tr!("console-port-shape")
}

/// No level to host.
pub fn no_level() -> String {
    tr!("console-no-level")
}

/// The console on the hosting device could not connect.
pub fn console_failed(error: &str) -> String {
    tr!("console-console-failed", error = error)
}

/// Nowhere to save the class debrief.
pub fn no_data_folder() -> String {
    tr!("console-no-data-folder")
}
/// The console's class debrief: fetch it again.
pub fn refresh_board() -> String {
    tr!("console-refresh-board")
}
/// The console's class debrief: save it for a spreadsheet.
pub fn save_board_csv() -> String {
    tr!("console-save-board-csv")
}
/// The console's class debrief: save it as a page.
pub fn save_board_html() -> String {
    tr!("console-save-board-html")
}

/// Where the class debrief was saved, or why it was not.
pub fn board_saved(result: &Result<std::path::PathBuf, String>) -> String {
    match result {
        Ok(p) => tr!("console-board-saved", path = p.display().to_string()),
        Err(e) => tr!("console-board-not-saved", error = e.as_str()),
    }
}

/// The roles on the join form, as labels.
pub fn role_seller() -> String {
    tr!("console-role-seller")
}
/// The delivery lead's role, as a label.
pub fn role_delivery_lead() -> String {
    tr!("console-role-delivery-lead")
}
/// A hot seat, as a label.
pub fn role_both() -> String {
    tr!("console-role-both")
}
/// An observer, as a label.
pub fn role_observer() -> String {
    tr!("console-role-observer")
}
/// The facilitator, as a label.
pub fn role_facilitator() -> String {
    tr!("console-role-facilitator")
}

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

    #[test]
    fn the_console_and_the_browser_speak_german() {
        use crate::engine::Seat;
        use crate::wording::i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(
                tables_status(3, true, true),
                "3 Tische · PAUSIERT · Schranke vor der Umsetzung geschlossen"
            );
            assert_eq!(tables_status(1, false, false), "1 Tisch · läuft");
            assert_eq!(pause_button(false), "Alle pausieren");
            assert_eq!(since_last_decision(180), "vor 3 Min.");
            assert_eq!(weeks_taken(1), "1 Woche");
            assert_eq!(push_to(Some("Tisch 3")), "Auslösen für Tisch 3");
            assert_eq!(both_short(), "V+P");
            assert_eq!(
                super::super::browser::now_playing(Seat::Seller),
                "Jetzt am Zug: der Vertrieb"
            );
            assert_eq!(super::super::browser::seats()[3], "Beobachter");
        });
        // The browser console's own words, in English as written.
        assert_eq!(push_to(None), "Push to every table");
        assert_eq!(free_seat_at("S", "T1"), "Free seat S at T1");
        assert_eq!(device_state("D", false), "D dropped");
        assert_eq!(timer_range(120), "The timer runs 1 to 120 minutes.");
    }
}
