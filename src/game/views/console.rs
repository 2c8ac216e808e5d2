//! The facilitator's console: every table's phase, meeting or week, promises made, time since the
//! last decision and connected devices, in type a projector can carry; and the controls: pause
//! and resume, a stage timer, the "wait for all" gate, a pushed event, a broadcast, the ledgers'
//! reveal, the leaderboard, and the import of an offline table's result file.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::card;
use crate::engine::facilitator::PushedEvent;
use crate::game::intent::{BoardFile, ConsoleForm, Intent, WorkshopIntent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::remote::Link;
use crate::wording::console as say;
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
    /// Where the class debrief was last saved, or why it could not be, in words (and whether
    /// it was saved).
    pub board_saved: Option<(String, bool)>,
}

fn control(c: Control) -> Intent {
    Intent::Workshop(WorkshopIntent::Send(ClientMsg::Control { control: c }))
}

/// Draws the console.
pub fn console_view(ui: &mut Ui, view: &ConsoleView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let subtitle = match &view.hosting {
        Some((code, address)) => say::console_subtitle(code, address, &view.link.line),
        None => view.link.line.clone(),
    };
    widgets::top_bar(ui, "console_top", &say::console_title(), &subtitle, |ui| {
        if let Some((label, left, warn)) = &view.timer {
            ui.label(
                RichText::new(words::timer(label, *left))
                    .font(bold_font(size::TITLE))
                    .color(if *warn { pal.bad } else { pal.text }),
            );
        }
    });
    widgets::bottom_bar(ui, "console_bottom", |ui| {
        if ActionButton::new(&say::leave_console()).show(ui).clicked() {
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
                    .selectable_label(!on, RichText::new(say::tables_tab()).size(size::HEADING))
                    .clicked()
                    && on
                {
                    out = Some(Intent::Workshop(WorkshopIntent::ShowBoard(false)));
                }
                if ui
                    .selectable_label(on, RichText::new(say::class_debrief()).size(size::HEADING))
                    .clicked()
                {
                    out = Some(Intent::Workshop(WorkshopIntent::ShowBoard(true)));
                }
                if matches!(view.board, Some(Some(_))) {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        for (label, file) in [
                            (say::save_board_html(), BoardFile::Html),
                            (say::save_board_csv(), BoardFile::Csv),
                        ] {
                            if ActionButton::new(&label).show(ui).clicked() {
                                out = Some(Intent::Workshop(WorkshopIntent::SaveBoard(file)));
                            }
                        }
                        if ActionButton::new(&say::refresh_board()).show(ui).clicked() {
                            out = Some(Intent::Workshop(WorkshopIntent::ShowBoard(true)));
                        }
                    });
                }
            });
            if let (Some(_), Some((line, ok))) = (&view.board, &view.board_saved) {
                let color = if *ok { pal.good } else { pal.bad };
                ui.label(RichText::new(line).color(color));
            }
            ui.add_space(6.0);
            if let Some(board) = &view.board {
                match board {
                    Some(b) => {
                        ScrollArea::both()
                            .auto_shrink([false, false])
                            .show(ui, |ui| super::class_debrief::class_debrief(ui, &pal, b));
                    }
                    None => {
                        widgets::weak(ui, &say::fetching_board());
                    }
                }
                return;
            }
            let Some(snap) = &view.snapshot else {
                widgets::weak(ui, &say::waiting_for_host());
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

fn where_line(t: &TableStatus) -> String {
    say::where_cell(&t.phase, t.meeting.as_deref(), t.week)
}

fn tables(ui: &mut Ui, pal: &Palette, snap: &ConsoleSnapshot) -> Option<Intent> {
    let mut out = None;
    let status = say::tables_status(snap.tables.len(), snap.paused, snap.gate_closed);
    ui.label(
        RichText::new(status)
            .font(bold_font(size::HEADING))
            .color(if snap.paused { pal.warn } else { pal.text }),
    );
    ui.add_space(8.0);
    if snap.tables.is_empty() {
        widgets::weak(ui, &say::no_table_joined());
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
            for h in say::table_columns() {
                head(ui, &h);
            }
            ui.end_row();
            for t in &snap.tables {
                let big = |ui: &mut Ui, s: &str| {
                    ui.label(RichText::new(s).size(size::HEADING).color(pal.text));
                };
                big(
                    ui,
                    &say::table_name(
                        &t.table,
                        t.imported,
                        t.devices.iter().any(|d| d.seat == SeatChoice::Both),
                    ),
                );
                // The stage is the longest cell: body size keeps every column on a 1280-wide screen.
                ui.label(
                    RichText::new(phase_line(&t.phase, t.meeting.as_deref()))
                        .size(size::BODY)
                        .color(pal.text),
                );
                big(ui, &where_line(t));
                big(ui, &t.promises.to_string());
                let stale = t.idle_seconds >= 180;
                ui.label(
                    RichText::new(say::since_last_decision(t.idle_seconds))
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
                                crate::workshop::host::console::seat_short(d.seat)
                            ))
                            .size(size::BODY)
                            .color(c),
                        );
                        // A dropped seat whose laptop is gone for good: free it for a new one.
                        if !d.connected
                            && !d.seat.seats().is_empty()
                            && ActionButton::new(&say::free_seat()).show(ui).clicked()
                        {
                            out = Some(control(Control::FreeSeat {
                                table: t.table.clone(),
                                seat: d.seat,
                            }));
                        }
                    }
                });
                if t.waiting_at_gate && !t.released {
                    if ActionButton::new(&say::release()).show(ui).clicked() {
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
    widgets::weak(ui, &say::devices_key());
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
    card(ui, &say::pace(), |ui| {
        ui.horizontal_wrapped(|ui| {
            let c = if paused {
                Control::Resume
            } else {
                Control::Pause
            };
            if ActionButton::new(&say::pause_button(paused))
                .primary(paused)
                .show(ui)
                .clicked()
            {
                out = Some(control(c));
            }
            let c = if gate {
                Control::OpenGate
            } else {
                Control::CloseGate
            };
            if ActionButton::new(&say::gate_button(gate))
                .show(ui)
                .clicked()
            {
                out = Some(control(c));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new(say::timer_minutes()).color(pal.text));
            edited |= ui
                .add(egui::TextEdit::singleline(&mut form.timer_minutes).desired_width(48.0))
                .labelled_by(label.id)
                .changed();
            let timer = crate::workshop::protocol::stage_timer(&form.timer_minutes, say::stage());
            if ActionButton::new(&say::start())
                .enabled(timer.is_some())
                .show(ui)
                .clicked()
                && let Some(c) = timer
            {
                out = Some(control(c));
            }
            if view.timer.is_some() && ActionButton::new(&say::stop()).show(ui).clicked() {
                out = Some(control(Control::StopTimer));
            }
        });
    });
    ui.add_space(6.0);
    card(ui, &say::tell_the_room(), |ui| {
        edited |= ui
            .add(
                egui::TextEdit::multiline(&mut form.broadcast)
                    .desired_rows(2)
                    .hint_text(say::broadcast_hint())
                    .desired_width(f32::INFINITY),
            )
            .changed();
        let ok = !form.broadcast.trim().is_empty();
        if ActionButton::new(&say::broadcast())
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
            ui.label(RichText::new(say::push_to_label()).color(pal.text));
            if ui
                .selectable_label(form.push_to.is_none(), say::every_table())
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
        if ActionButton::new(&words::pushed_name(&event))
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
    card(ui, &say::class_debrief(), |ui| {
        ui.horizontal_wrapped(|ui| {
            if ActionButton::new(&say::ledgers_button(revealed))
                .show(ui)
                .clicked()
            {
                out = Some(control(Control::RevealLedgers { reveal: !revealed }));
            }
            if ActionButton::new(&say::ranks_button(ranks))
                .show(ui)
                .clicked()
            {
                out = Some(control(Control::Leaderboard { show: !ranks }));
            }
        });
        if let Some((_, address)) = &view.hosting {
            widgets::weak(ui, &say::board_for_projector(address));
        }
    });
    ui.add_space(6.0);
    card(ui, &say::import_table(), |ui| {
        let label = ui.label(RichText::new(say::table_name_label()).color(pal.text));
        edited |= ui
            .add(egui::TextEdit::singleline(&mut form.import_table).desired_width(f32::INFINITY))
            .labelled_by(label.id)
            .changed();
        let label = ui.label(RichText::new(say::result_file()).color(pal.text));
        edited |= ui
            .add(
                egui::TextEdit::singleline(&mut form.import_path)
                    .hint_text(say::result_file_hint())
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        let ok = !form.import_table.trim().is_empty() && !form.import_path.trim().is_empty();
        if ActionButton::new(&say::import())
            .enabled(ok)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Workshop(WorkshopIntent::Import));
        }
    });
    if edited && out.is_none() {
        out = Some(Intent::Workshop(WorkshopIntent::EditConsole(form)));
    }
    out
}
