//! The browser console's HTML, drawn on the host from the console snapshot (the same
//! [`ConsoleSnapshot`] the game's console draws) and the same sentences
//! ([`crate::wording::console`], [`crate::wording::remote`]). Every button carries the very
//! [`Control`] the game's console sends for it, as JSON: the page sends it back as it is.

use std::fmt::Write;

use crate::engine::facilitator::PushedEvent;
use crate::report::html_escape as esc;
use crate::wording::console as say;
use crate::wording::remote;
use crate::workshop::protocol::{ConsoleSnapshot, Control, MAX_TABLE_NAME, MAX_TEXT, PROTOCOL};

/// Seconds without a decision after which a table's cell warns (as on the game's console).
const STALE_S: u64 = 180;

/// A button that sends `control`; `id` keeps the focus on it when the page is drawn again.
fn button(out: &mut String, id: &str, control: &Control, label: &str, aria: Option<&str>) {
    let json = serde_json::to_string(control).unwrap_or_default();
    let aria = aria
        .map(|a| format!(" aria-label=\"{}\"", esc(a)))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<button type=\"button\" id=\"{}\" data-control=\"{}\"{aria}>{}</button>",
        esc(id),
        esc(&json),
        esc(label)
    );
}

/// The live controls: the workshop's state, pause, gate, the timer's stop, the ledgers, the
/// ranks and the pushed event.
pub fn controls(snap: &ConsoleSnapshot, broadcast: Option<&str>) -> String {
    let mut o = String::new();
    let status = say::tables_status(snap.tables.len(), snap.paused, snap.gate_closed);
    let _ = write!(
        o,
        "<p class=\"chip{}\">{}</p>",
        if snap.paused { " warn" } else { "" },
        esc(&status)
    );
    match &snap.timer {
        Some(t) => {
            let warn = t.seconds_left <= t.warn_at;
            let _ = write!(
                o,
                "<p class=\"chip{}\">{}</p>",
                if warn { " bad" } else { "" },
                esc(&remote::timer(&t.label, t.seconds_left))
            );
        }
        None => {
            let _ = write!(o, "<p class=\"chip\">{}</p>", esc(&say::timer_off()));
        }
    }
    if let Some(b) = broadcast {
        let _ = write!(
            o,
            "<p class=\"chip info\">{}</p>",
            esc(&remote::broadcast(b))
        );
    }
    let _ = write!(o, "<div class=\"row\">");
    let pause = if snap.paused {
        Control::Resume
    } else {
        Control::Pause
    };
    button(
        &mut o,
        "c-pause",
        &pause,
        &say::pause_button(snap.paused),
        None,
    );
    let gate = if snap.gate_closed {
        Control::OpenGate
    } else {
        Control::CloseGate
    };
    button(
        &mut o,
        "c-gate",
        &gate,
        &say::gate_button(snap.gate_closed),
        None,
    );
    if snap.timer.is_some() {
        let label = format!("{} · {}", say::stop(), say::timer_minutes());
        button(
            &mut o,
            "c-stop",
            &Control::StopTimer,
            &say::stop(),
            Some(&label),
        );
    }
    button(
        &mut o,
        "c-ledgers",
        &Control::RevealLedgers {
            reveal: !snap.ledgers_revealed,
        },
        &say::ledgers_button(snap.ledgers_revealed),
        None,
    );
    button(
        &mut o,
        "c-ranks",
        &Control::Leaderboard {
            show: !snap.leaderboard_shown,
        },
        &say::ranks_button(snap.leaderboard_shown),
        None,
    );
    o.push_str("</div>");
    let event = PushedEvent::ClientEscalates;
    let _ = write!(
        o,
        "<fieldset class=\"row\"><legend>{}</legend>",
        esc(&remote::pushed_name(&event))
    );
    let push = |table: Option<&str>| Control::PushEvent {
        table: table.map(str::to_owned),
        event,
    };
    button(&mut o, "c-push", &push(None), &say::push_to(None), None);
    for (i, t) in snap.tables.iter().enumerate() {
        button(
            &mut o,
            &format!("c-push-{i}"),
            &push(Some(&t.table)),
            &say::push_to(Some(&t.table)),
            None,
        );
    }
    o.push_str("</fieldset>");
    o
}

/// The live tables: who sits, where each table is, since when it waits, and the release and
/// free buttons.
pub fn tables(snap: &ConsoleSnapshot) -> String {
    let mut o = String::new();
    if snap.tables.is_empty() {
        let _ = write!(o, "<p>{}</p>", esc(&say::no_table_joined()));
        return o;
    }
    o.push_str(
        "<div class=\"scroll\"><table class=\"grid\" aria-labelledby=\"tables-h\"><thead><tr>",
    );
    for h in say::table_columns() {
        if h.is_empty() {
            o.push_str("<td></td>");
        } else {
            let _ = write!(o, "<th scope=\"col\">{}</th>", esc(&h));
        }
    }
    o.push_str("</tr></thead><tbody>");
    for (i, t) in snap.tables.iter().enumerate() {
        let hot = t
            .devices
            .iter()
            .any(|d| d.seat == crate::workshop::protocol::SeatChoice::Both);
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td><td><ul class=\"devices\">",
            esc(&say::table_name(&t.table, t.imported, hot)),
            esc(&remote::phase_line(&t.phase, t.meeting.as_deref())),
            esc(&say::where_cell(&t.phase, t.meeting.as_deref(), t.week)),
            t.promises,
            if t.idle_seconds >= STALE_S {
                " class=\"warn\""
            } else {
                ""
            },
            esc(&say::since_last_decision(t.idle_seconds)),
        );
        for d in &t.devices {
            let short = super::seat_short(d.seat);
            let _ = write!(
                o,
                "<li class=\"{}\"><span aria-hidden=\"true\">{} {}</span><span class=\"vh\">{}</span>",
                if d.connected { "good" } else { "bad" },
                if d.connected { "●" } else { "○" },
                esc(&short),
                esc(&say::device_state(&short, d.connected))
            );
            // A dropped seat whose laptop is gone for good: free it for a new one.
            if !d.connected && !d.seat.seats().is_empty() {
                o.push(' ');
                button(
                    &mut o,
                    &format!("c-free-{i}-{short}"),
                    &Control::FreeSeat {
                        table: t.table.clone(),
                        seat: d.seat,
                    },
                    &say::free_seat(),
                    Some(&say::free_seat_at(&short, &t.table)),
                );
            }
            o.push_str("</li>");
        }
        o.push_str("</ul></td><td>");
        if t.waiting_at_gate && !t.released {
            button(
                &mut o,
                &format!("c-release-{i}"),
                &Control::Release {
                    table: t.table.clone(),
                },
                &say::release(),
                Some(&say::release_table(&t.table)),
            );
        }
        o.push_str("</td></tr>");
    }
    let _ = write!(
        o,
        "</tbody></table></div><p class=\"note\">{}</p>",
        esc(&say::devices_key())
    );
    o
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/seat.css\"></head>{body}</html>\n",
        esc(title),
        lang = crate::wording::i18n::language().tag()
    )
}

/// The page that asks for the key: `problem` says why the console is closed.
pub fn key_page(problem: &str) -> String {
    page(
        &say::console_title(),
        &format!(
            "<body><main class=\"join\"><h1>{t}</h1><p class=\"chip bad\" role=\"alert\">{p}</p>\
             <form action=\"/console\" method=\"get\">\
             <label for=\"key\">{label}</label><input id=\"key\" name=\"key\" type=\"password\" \
             required maxlength=\"200\" autocomplete=\"off\" autofocus>\
             <button type=\"submit\">{open}</button></form></main></body>",
            t = esc(&say::console_title()),
            p = esc(problem),
            label = esc(&say::facilitator_key()),
            open = esc(&say::open_console()),
        ),
    )
}

/// The console's page for a facilitator who gave the right key: the live parts drawn now (the
/// script keeps them up to date), the forms drawn once.
pub fn console_page(code: &str, snap: &ConsoleSnapshot) -> String {
    page(
        &say::console_title(),
        &format!(
            "<body class=\"console\" data-protocol=\"{PROTOCOL}\" data-lost=\"{lost}\">\
             <main><header class=\"bar\"><h1>{title}</h1><p>{room_label} <strong>{code}</strong></p></header>\
             <p id=\"notice\" role=\"status\" hidden></p>\
             <section aria-labelledby=\"controls-h\"><h2 id=\"controls-h\">{controls_h}</h2>\
             <div id=\"live-controls\">{controls}</div>\
             <form id=\"timer-form\" class=\"row\"><label for=\"minutes\">{timer}</label>\
             <input id=\"minutes\" name=\"minutes\" inputmode=\"numeric\" pattern=\"[0-9]*\" \
             maxlength=\"3\" value=\"10\" class=\"short\"><button type=\"submit\">{start}</button></form>\
             <form id=\"broadcast-form\" class=\"stack\"><label for=\"broadcast\">{tell}</label>\
             <textarea id=\"broadcast\" name=\"text\" rows=\"2\" maxlength=\"{MAX_TEXT}\" \
             placeholder=\"{hint}\"></textarea><button type=\"submit\">{broadcast}</button></form>\
             </section>\
             <section aria-labelledby=\"tables-h\"><h2 id=\"tables-h\">{tables_h}</h2>\
             <div id=\"live-tables\">{tables}</div></section>\
             <section aria-labelledby=\"debrief-h\"><h2 id=\"debrief-h\">{debrief_h}</h2>\
             <p><a href=\"/board\">{board}</a> · <a href=\"/board.csv\">{csv}</a></p>\
             <form id=\"import-form\" class=\"stack\"><h3>{import_h}</h3>\
             <label for=\"import-table\">{name}</label><input id=\"import-table\" name=\"table\" \
             required maxlength=\"{MAX_TABLE_NAME}\">\
             <label for=\"import-file\">{file}</label><input id=\"import-file\" name=\"file\" \
             type=\"file\" required><button type=\"submit\">{import}</button></form></section>\
             <noscript><p>{noscript}</p></noscript></main>\
             <script src=\"/console.js\"></script></body>",
            lost = esc(&say::console_lost()),
            title = esc(&say::console_title()),
            room_label = esc(&say::room_code()),
            code = esc(code),
            controls_h = esc(&say::controls()),
            controls = controls(snap, None),
            timer = esc(&say::timer_minutes()),
            start = esc(&say::start()),
            tell = esc(&say::tell_the_room()),
            hint = esc(&say::broadcast_hint()),
            broadcast = esc(&say::broadcast()),
            tables_h = esc(&say::tables_tab()),
            tables = tables(snap),
            debrief_h = esc(&say::class_debrief()),
            board = esc(&say::board_page()),
            csv = esc(&say::board_csv()),
            import_h = esc(&say::import_table()),
            name = esc(&say::table_name_label()),
            file = esc(&say::result_file_browser()),
            import = esc(&say::import()),
            noscript = esc(&say::console_needs_script()),
        ),
    )
}
