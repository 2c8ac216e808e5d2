//! The facilitator's console: every table's phase, meeting or week, promises made, time since the
//! last decision and connected devices, in type a projector can carry; and the controls: pause
//! and resume, a stage timer, the "wait for all" gate, a pushed event, a broadcast, the ledgers'
//! reveal, the leaderboard, and the import of an offline table's result file.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::card;
use crate::engine::TableMode;
use crate::engine::facilitator::PushedEvent;
use crate::game::intent::{ConsoleForm, Intent, WorkshopIntent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::remote::Link;
use crate::wording::remote as words;
use crate::wording::remote::phase_line;
use crate::workshop::host::Board;
use crate::workshop::protocol::{ClientMsg, ConsoleSnapshot, Control, SeatChoice, TableStatus};

/// What the console shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsoleView {
    /// The connection.
    pub link: Link,
    /// The room code and address, when this device hosts the workshop.
    pub hosting: Option<(String, String)>,
    /// The workshop as the host last reported it.
    pub snapshot: Option<ConsoleSnapshot>,
    /// The stage timer: label, seconds left, warning.
    pub timer: Option<(String, u32, bool)>,
    /// The form.
    pub form: ConsoleForm,
    /// The last refusal or import problem, in words.
    pub message: Option<String>,
    /// The class debrief, when shown instead of the tables (`Some(None)`: being fetched).
    pub board: Option<Option<Board>>,
}

fn control(c: Control) -> Intent {
    Intent::Workshop(WorkshopIntent::Send(ClientMsg::Control { control: c }))
}

/// Draws the console.
pub fn console_view(ui: &mut Ui, view: &ConsoleView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let subtitle = match &view.hosting {
        Some((code, address)) => format!("Room {code} · {address} · {}", view.link.line),
        None => view.link.line.clone(),
    };
    widgets::top_bar(ui, "console_top", "Workshop console", &subtitle, |ui| {
        if let Some((label, left, warn)) = &view.timer {
            ui.label(
                RichText::new(format!("{label} {}:{:02}", left / 60, left % 60))
                    .font(bold_font(size::TITLE))
                    .color(if *warn { pal.bad } else { pal.text }),
            );
        }
    });
    widgets::bottom_bar(ui, "console_bottom", |ui| {
        if ActionButton::new("Leave the console").show(ui).clicked() {
            out = Some(Intent::Workshop(WorkshopIntent::Leave));
        }
    });
    // The class debrief takes the whole width on the projector; the controls come back with
    // the tables.
    if view.board.is_none() {
        egui::Panel::right("console_controls")
            .exact_size(340.0)
            .frame(widgets::page_frame(&pal))
            .show(ui, |ui| {
                ScrollArea::vertical().show(ui, |ui| {
                    if let Some(i) = controls(ui, &pal, view) {
                        out = Some(i);
                    }
                });
            });
    }
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            if let Some(m) = &view.message
                && widgets::notice_banner(ui, m, pal.warn)
            {
                out = Some(Intent::DismissNotice);
            }
            if let Some(p) = &view.link.problem {
                ui.label(RichText::new(p).color(pal.warn));
            }
            if view.link.stopped {
                ui.label(
                    RichText::new(&view.link.line)
                        .font(bold_font(size::HEADING))
                        .color(pal.bad),
                );
                return;
            }
            ui.horizontal(|ui| {
                let on = view.board.is_some();
                if ui
                    .selectable_label(!on, RichText::new("Tables").size(size::HEADING))
                    .clicked()
                    && on
                {
                    out = Some(Intent::Workshop(WorkshopIntent::ShowBoard(false)));
                }
                if ui
                    .selectable_label(on, RichText::new("Class debrief").size(size::HEADING))
                    .clicked()
                {
                    out = Some(Intent::Workshop(WorkshopIntent::ShowBoard(true)));
                }
            });
            ui.add_space(6.0);
            if let Some(board) = &view.board {
                match board {
                    Some(b) => {
                        ScrollArea::both()
                            .auto_shrink([false, false])
                            .show(ui, |ui| super::class_debrief::class_debrief(ui, &pal, b));
                    }
                    None => {
                        widgets::weak(ui, "Fetching the class debrief from the host…");
                    }
                }
                return;
            }
            let Some(snap) = &view.snapshot else {
                widgets::weak(ui, "Waiting for the host's first report…");
                return;
            };
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(i) = tables(ui, &pal, snap) {
                        out = Some(i);
                    }
                });
        });
    out
}

fn idle(seconds: u64) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min", seconds / 60)
    }
}

fn seat_short(s: SeatChoice) -> &'static str {
    match s {
        SeatChoice::Seller => "S",
        SeatChoice::DeliveryLead => "D",
        SeatChoice::Both => "S+D",
        SeatChoice::Observer => "O",
        SeatChoice::Facilitator => "F",
    }
}

fn where_line(t: &TableStatus) -> String {
    match (&t.meeting, t.week) {
        (_, Some(w)) => format!("week {w}"),
        (Some(m), None) => words::id_words(m),
        (None, None) => String::new(),
    }
}

fn tables(ui: &mut Ui, pal: &Palette, snap: &ConsoleSnapshot) -> Option<Intent> {
    let mut out = None;
    let status = format!(
        "{} table{} · {}{}",
        snap.tables.len(),
        if snap.tables.len() == 1 { "" } else { "s" },
        if snap.paused { "PAUSED" } else { "playing" },
        if snap.gate_closed {
            " · gate closed before delivery"
        } else {
            ""
        }
    );
    ui.label(
        RichText::new(status)
            .font(bold_font(size::HEADING))
            .color(if snap.paused { pal.warn } else { pal.text }),
    );
    ui.add_space(8.0);
    if snap.tables.is_empty() {
        widgets::weak(ui, "No table has joined yet.");
        return None;
    }
    let head = |ui: &mut Ui, t: &str| {
        ui.label(RichText::new(t).size(size::SMALL).color(pal.text_weak));
    };
    egui::Grid::new("console_tables")
        .num_columns(7)
        .striped(true)
        .spacing([18.0, 10.0])
        .show(ui, |ui| {
            for h in [
                "Table",
                "Stage",
                "Meeting / week",
                "Promises",
                "Last decision",
                "Devices",
                "",
            ] {
                head(ui, h);
            }
            ui.end_row();
            for t in &snap.tables {
                let big = |ui: &mut Ui, s: &str| {
                    ui.label(RichText::new(s).size(size::HEADING).color(pal.text));
                };
                big(
                    ui,
                    &format!(
                        "{}{}",
                        t.table,
                        match (t.imported, t.mode) {
                            (true, _) => " (imported)",
                            (false, TableMode::Solo) => " (hot seat)",
                            _ => "",
                        }
                    ),
                );
                // The stage is the longest cell: body size keeps every column on a 1280-wide screen.
                ui.label(
                    RichText::new(phase_line(&t.phase))
                        .size(size::BODY)
                        .color(pal.text),
                );
                big(ui, &where_line(t));
                big(ui, &t.promises.to_string());
                let stale = t.idle_seconds >= 180;
                ui.label(
                    RichText::new(format!("{} ago", idle(t.idle_seconds)))
                        .size(size::HEADING)
                        .color(if stale { pal.warn } else { pal.text }),
                );
                ui.horizontal(|ui| {
                    for d in &t.devices {
                        let c = if d.connected { pal.good } else { pal.bad };
                        ui.label(
                            RichText::new(format!(
                                "{} {}",
                                if d.connected { "●" } else { "○" },
                                seat_short(d.seat)
                            ))
                            .size(size::BODY)
                            .color(c),
                        );
                    }
                });
                if t.waiting_at_gate && !t.released {
                    if ActionButton::new("Release").show(ui).clicked() {
                        out = Some(control(Control::Release {
                            table: t.table.clone(),
                        }));
                    }
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    widgets::weak(
        ui,
        "Devices: ● connected, ○ dropped (it rejoins by itself). S seller, D delivery lead, O observer.",
    );
    out
}

fn controls(ui: &mut Ui, pal: &Palette, view: &ConsoleView) -> Option<Intent> {
    let mut out = None;
    let snap = view.snapshot.as_ref();
    let paused = snap.is_some_and(|s| s.paused);
    let gate = snap.is_some_and(|s| s.gate_closed);
    let revealed = snap.is_some_and(|s| s.ledgers_revealed);
    let ranks = snap.is_some_and(|s| s.leaderboard_shown);
    let mut form = view.form.clone();
    let mut edited = false;
    card(ui, "Pace", |ui| {
        ui.horizontal_wrapped(|ui| {
            let (label, c) = if paused {
                ("Resume all", Control::Resume)
            } else {
                ("Pause all", Control::Pause)
            };
            if ActionButton::new(label).primary(paused).show(ui).clicked() {
                out = Some(control(c));
            }
            let (label, c) = if gate {
                ("Open the gate", Control::OpenGate)
            } else {
                ("Wait for all before delivery", Control::CloseGate)
            };
            if ActionButton::new(label).show(ui).clicked() {
                out = Some(control(c));
            }
        });
        ui.horizontal(|ui| {
            ui.label(RichText::new("Timer (min)").color(pal.text));
            edited |= ui
                .add(egui::TextEdit::singleline(&mut form.timer_minutes).desired_width(48.0))
                .changed();
            let minutes = form.timer_minutes.trim().parse::<u32>().ok();
            let ok = minutes.is_some_and(|m| (1..=120).contains(&m));
            if ActionButton::new("Start").enabled(ok).show(ui).clicked()
                && let Some(m) = minutes
            {
                out = Some(control(Control::StartTimer {
                    seconds: m * 60,
                    warn_at: (m * 60 / 5).clamp(30, 120),
                    label: "Stage".into(),
                }));
            }
            if view.timer.is_some() && ActionButton::new("Stop").show(ui).clicked() {
                out = Some(control(Control::StopTimer));
            }
        });
    });
    ui.add_space(6.0);
    card(ui, "Tell the room", |ui| {
        edited |= ui
            .add(
                egui::TextEdit::multiline(&mut form.broadcast)
                    .desired_rows(2)
                    .hint_text("Five minutes left for the PID")
                    .desired_width(f32::INFINITY),
            )
            .changed();
        let ok = !form.broadcast.trim().is_empty();
        if ActionButton::new("Broadcast")
            .enabled(ok)
            .show(ui)
            .clicked()
        {
            out = Some(control(Control::Broadcast {
                text: form.broadcast.trim().to_owned(),
            }));
        }
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Push to").color(pal.text));
            if ui
                .selectable_label(form.push_to.is_none(), "every table")
                .clicked()
            {
                form.push_to = None;
                edited = true;
            }
            for t in snap.iter().flat_map(|s| s.tables.iter()) {
                let on = form.push_to.as_deref() == Some(t.table.as_str());
                if ui.selectable_label(on, &t.table).clicked() {
                    form.push_to = Some(t.table.clone());
                    edited = true;
                }
            }
        });
        let event = PushedEvent::ClientEscalates;
        if ActionButton::new(words::pushed_name(&event))
            .show(ui)
            .clicked()
        {
            out = Some(control(Control::PushEvent {
                table: form.push_to.clone(),
                event,
            }));
        }
    });
    ui.add_space(6.0);
    card(ui, "Class debrief", |ui| {
        ui.horizontal_wrapped(|ui| {
            if ActionButton::new(if revealed {
                "Hide the ledgers"
            } else {
                "Reveal the ledgers"
            })
            .show(ui)
            .clicked()
            {
                out = Some(control(Control::RevealLedgers { reveal: !revealed }));
            }
            if ActionButton::new(if ranks { "Hide ranks" } else { "Show ranks" })
                .show(ui)
                .clicked()
            {
                out = Some(control(Control::Leaderboard { show: !ranks }));
            }
        });
        if let Some((_, address)) = &view.hosting {
            widgets::weak(
                ui,
                &format!("Board for the projector: http://{address}/board"),
            );
        }
    });
    ui.add_space(6.0);
    card(ui, "Import an offline table", |ui| {
        ui.label(RichText::new("Table name").color(pal.text));
        edited |= ui
            .add(egui::TextEdit::singleline(&mut form.import_table).desired_width(f32::INFINITY))
            .changed();
        ui.label(RichText::new("Result file on this device").color(pal.text));
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut form.import_path)
                    .hint_text("/home/me/table7.script.ron")
                    .desired_width(f32::INFINITY),
            )
            .changed();
        let ok = !form.import_table.trim().is_empty() && !form.import_path.trim().is_empty();
        if ActionButton::new("Import").enabled(ok).show(ui).clicked() {
            out = Some(Intent::Workshop(WorkshopIntent::Import));
        }
    });
    if edited && out.is_none() {
        out = Some(Intent::Workshop(WorkshopIntent::EditConsole(form)));
    }
    out
}
