//! A workshop seat's own parts, around the game's screens: the seat bar every screen of a seat
//! carries (the table, the seat, the connection, the stage timer, the pause, the facilitator's
//! broadcast, the host's last refusal, the gate, Leave), and the page a seat shows before its
//! first view arrives or once its link has stopped. The meeting, the document, delivery and the
//! debrief are the game's own screens, drawn from the views the host sends.

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::remote as words;

/// The connection as the seat's screen shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Link {
    /// One line ("Connected", "Connection lost…; trying again in 2 s").
    pub line: String,
    /// Connected and welcomed.
    pub connected: bool,
    /// The link stopped for good (a wrong code, another version): the message is `line`.
    pub stopped: bool,
    /// A message from the host this game could not read.
    pub problem: Option<String>,
}

/// The seat bar: what a workshop seat adds to every screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeatBar {
    /// The scenario's title.
    pub title: String,
    /// The table's name.
    pub table: String,
    /// "Seller", "Delivery lead", "Both on this device", "Observer".
    pub seat_label: String,
    /// The connection.
    pub link: Link,
    /// The host's last refusal.
    pub refusal: Option<String>,
    /// The facilitator's broadcast.
    pub broadcast: Option<String>,
    /// The stage timer: label, seconds left, warning.
    pub timer: Option<(String, u32, bool)>,
    /// The workshop is paused.
    pub paused: bool,
    /// The gate holds this table before delivery.
    pub gate_closed: bool,
    /// The last pushed event, in words.
    pub pushed: Option<String>,
    /// A decision is on its way to the host.
    pub pending: bool,
    /// The table's briefing can be opened (a view has arrived).
    pub briefing: bool,
}

/// Draws the seat bar at the top of a seat's screen (above the screen's own bars).
pub fn seat_bar(ui: &mut Ui, bar: &SeatBar) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    egui::Panel::top("seat-bar")
        .frame(
            egui::Frame::new()
                .fill(pal.panel)
                .inner_margin(egui::Margin::symmetric(16, 6)),
        )
        .show(ui, |ui| {
            // The buttons on the right first; the seat's line takes what is left, on one line.
            ui.horizontal(|ui| {
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if bar.briefing && ActionButton::new(&words::briefing()).show(ui).clicked() {
                        out = Some(Intent::Workshop(WorkshopIntent::ShowBriefing(true)));
                    }
                    // Leaving asks first (one click must not throw a table's seat away).
                    let asking = egui::Id::new("remote_leave_asking");
                    if ui.data(|d| d.get_temp::<bool>(asking)).unwrap_or(false) {
                        if ActionButton::new(&words::stay()).show(ui).clicked() {
                            ui.data_mut(|d| d.remove::<bool>(asking));
                        }
                        if ActionButton::new(&words::leave_yes()).show(ui).clicked() {
                            ui.data_mut(|d| d.remove::<bool>(asking));
                            out = Some(Intent::Workshop(WorkshopIntent::Leave));
                        }
                        ui.label(RichText::new(words::leave_sure()).color(pal.warn));
                    } else if ActionButton::new(&words::leave()).show(ui).clicked() {
                        ui.data_mut(|d| d.insert_temp(asking, true));
                    }
                    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                        let dot = if bar.link.connected {
                            pal.good
                        } else {
                            pal.warn
                        };
                        ui.label(RichText::new("●").color(dot));
                        if let Some((label, left, warn)) = &bar.timer {
                            let c = if *warn { pal.bad } else { pal.text };
                            ui.label(
                                RichText::new(words::timer(label, *left))
                                    .font(bold_font(size::BODY))
                                    .color(c),
                            );
                        }
                        if bar.paused {
                            widgets::chip(ui, &words::paused(), pal.warn);
                        }
                        if bar.pending {
                            widgets::chip(ui, &words::sending(), pal.info);
                        }
                        let line =
                            words::seat_subtitle(&bar.seat_label, &bar.table, &bar.link.line);
                        ui.add(egui::Label::new(RichText::new(&line).color(pal.text)).truncate())
                            .on_hover_text(line);
                    });
                });
            });
            if let Some(t) = &bar.broadcast
                && widgets::notice_banner(ui, &words::broadcast(t), pal.info)
            {
                out = Some(Intent::Workshop(WorkshopIntent::DismissBroadcast));
            }
            if let Some(t) = &bar.refusal
                && widgets::notice_banner(ui, t, pal.bad)
            {
                out = Some(Intent::DismissNotice);
            }
            for t in bar.link.problem.iter().chain(bar.pushed.iter()) {
                ui.label(RichText::new(t).color(pal.warn));
            }
            if bar.gate_closed {
                ui.label(RichText::new(words::gate_closed()).color(pal.warn));
            }
        });
    out
}

/// The seat's page before its first view (joining) or once the link has stopped.
pub fn remote_view(ui: &mut Ui, bar: &SeatBar) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = seat_bar(ui, bar);
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.add_space(40.0);
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.set_max_width(760.0);
                if bar.link.stopped {
                    widgets::card(ui, |ui| {
                        ui.label(
                            RichText::new(words::not_connected())
                                .font(bold_font(size::TITLE))
                                .color(pal.bad),
                        );
                        ui.add(
                            egui::Label::new(RichText::new(&bar.link.line).color(pal.text)).wrap(),
                        );
                    });
                    ui.add_space(12.0);
                    if ActionButton::new(&words::back_to_join())
                        .primary(true)
                        .show(ui)
                        .clicked()
                    {
                        out = Some(Intent::Workshop(WorkshopIntent::OpenJoin));
                    }
                } else {
                    ui.label(
                        RichText::new(words::joining())
                            .font(bold_font(size::TITLE))
                            .color(pal.text),
                    );
                    widgets::weak(ui, &bar.link.line);
                }
            });
        });
    out
}

/// A workshop seat once its table is over: the result, the retrospective of each seat this
/// device decides for, and the seller's ledger once the facilitator reveals it.
#[derive(Debug, Clone, PartialEq)]
pub struct SeatResult {
    /// The deal won or lost.
    pub result: String,
    /// The seller's commission (the seller's seat only).
    pub commission: Option<String>,
    /// The retrospective forms: seat, its name on the form, its answer so far.
    pub retros: Vec<(
        crate::engine::Seat,
        String,
        Option<crate::engine::RetroAnswer>,
    )>,
    /// The ledger revealed: each promise in words and whether it reached the document.
    pub ledger: Option<Vec<(String, bool)>>,
}

impl SeatResult {
    /// From the views at the screen and the ledger the facilitator revealed.
    pub fn build(
        views: &[crate::engine::RoleView],
        revealed: Option<&[crate::engine::told::PromiseText]>,
    ) -> Option<SeatResult> {
        let v = views.first()?;
        Some(SeatResult {
            result: words::result_line(v.won),
            commission: views
                .iter()
                .find_map(|v| v.commission)
                .map(words::commission),
            retros: views
                .iter()
                .filter(|v| v.retro_open)
                .map(|v| {
                    (
                        v.seat,
                        crate::wording::workshop::role(v.seat),
                        v.retro.clone(),
                    )
                })
                .collect(),
            ledger: revealed.map(|ps| {
                ps.iter()
                    .map(|p| {
                        (
                            crate::wording::events::promise_title(p),
                            v.pid.contains(&p.key),
                        )
                    })
                    .collect()
            }),
        })
    }
}

/// Draws a seat's result page; a retrospective is sent as the seat's decision.
pub fn seat_result(ui: &mut Ui, view: &SeatResult) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                widgets::card(ui, |ui| {
                    ui.label(
                        RichText::new(&view.result)
                            .font(bold_font(size::TITLE))
                            .color(pal.text),
                    );
                    if let Some(c) = &view.commission {
                        ui.label(RichText::new(c).color(pal.text));
                    }
                    widgets::weak(ui, &words::see_projector());
                });
                if !view.retros.is_empty() {
                    ui.add_space(8.0);
                    widgets::heading(ui, &words::retrospective());
                    widgets::weak(ui, &words::retro_invitation());
                    ui.columns(view.retros.len(), |cols| {
                        for (col, (seat, name, given)) in cols.iter_mut().zip(&view.retros) {
                            if let Some(a) =
                                super::retro::retro_form(col, &pal, *seat, name, given.as_ref())
                            {
                                out = Some(Intent::Act(crate::game::intent::Decision::new(
                                    *seat,
                                    crate::engine::view::ActionKey::Retro {
                                        seat: *seat,
                                        went_wrong: a.went_wrong,
                                        needed: a.needed,
                                    },
                                )));
                            }
                        }
                    });
                }
                if let Some(ledger) = &view.ledger {
                    ui.add_space(8.0);
                    widgets::card(ui, |ui| {
                        widgets::heading(ui, &words::ledger_revealed());
                        for (p, inside) in ledger {
                            ui.label(
                                RichText::new(words::revealed_promise(p, *inside))
                                    .color(if *inside { pal.text } else { pal.bad }),
                            );
                        }
                    });
                }
            });
        });
    out
}
