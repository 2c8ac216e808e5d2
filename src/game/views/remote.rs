//! A seat at a workshop table, drawn only from the role views the host sends (the host is the
//! authority; this device holds no engine session): the meeting beat with its answers (and, for
//! the delivery lead in the room, the notes and the flag buttons), the PID, the review, delivery,
//! the waiting screens, the result, and the workshop's banners (broadcasts, refusals, the timer,
//! the pause, the gate).

use bevy_egui::egui::{self, Align, Layout, RichText, ScrollArea, Ui};

use super::card;
use crate::engine::view::{ActionKey, ConcernKey, PhaseView, RoleView};
use crate::engine::{RetroAnswer, Seat};
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::curtain::CurtainView;
use crate::wording::remote as words;
use crate::workshop::protocol::ClientMsg;

/// A decision this device may send now: for which seat, what, and in the engine's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The seat, for a hot-seat device holding both (`None`: the device's own seat).
    pub seat: Option<Seat>,
    /// The action, by the scenario's ids.
    pub key: ActionKey,
    /// What it does, in the scenario's words.
    pub words: String,
}

impl Move {
    /// The intent that sends it.
    pub fn intent(&self) -> Intent {
        Intent::Workshop(WorkshopIntent::Send(ClientMsg::Decision {
            seq: 0,
            seat: self.seat,
            action: self.key.clone(),
        }))
    }
}

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

/// What the remote seat's screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoteView {
    /// The scenario's title.
    pub title: String,
    /// The table's name.
    pub table: String,
    /// "Seller", "Delivery lead", "Both on this device", "Observer".
    pub seat_label: String,
    /// The connection.
    pub link: Link,
    /// The view drawn (for a hot seat: the seat whose turn it is).
    pub view: Option<RoleView>,
    /// The decisions this device may send now.
    pub moves: Vec<Move>,
    /// A hot seat between its seats: the curtain, drawn instead of everything else.
    pub curtain: Option<CurtainView>,
    /// Once the table is over: the retrospective form of each seat this device decides for, with
    /// its answer so far.
    pub retros: Vec<(Seat, Option<RetroAnswer>)>,
    /// Flags that reached this device live (answer, concern), not yet in a view.
    pub live_flags: Vec<(String, ConcernKey)>,
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
    /// The seller's ledger, revealed by the facilitator at the debrief.
    pub revealed_ledger: Option<Vec<String>>,
    /// A decision is on its way to the host.
    pub pending: bool,
}

/// Draws the seat.
pub fn remote_view(ui: &mut Ui, view: &RemoteView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let subtitle = words::seat_subtitle(&view.seat_label, &view.table, &view.link.line);
    widgets::top_bar(ui, "remote_top", &view.title, &subtitle, |ui| {
        if let Some((label, left, warn)) = &view.timer {
            let c = if *warn { pal.bad } else { pal.text };
            ui.label(
                RichText::new(words::timer(label, *left))
                    .font(bold_font(size::HEADING))
                    .color(c),
            );
        }
        if view.paused {
            widgets::chip(ui, words::PAUSED, pal.warn);
        }
        if view.pending {
            widgets::chip(ui, words::SENDING, pal.info);
        }
    });
    widgets::bottom_bar(ui, "remote_bottom", |ui| {
        // Leaving asks first (one click must not throw a table's seat away).
        let asking = egui::Id::new("remote_leave_asking");
        if ui.data(|d| d.get_temp::<bool>(asking)).unwrap_or(false) {
            ui.label(RichText::new(words::LEAVE_SURE).color(pal.warn));
            if ActionButton::new(words::LEAVE_YES).show(ui).clicked() {
                ui.data_mut(|d| d.remove::<bool>(asking));
                out = Some(Intent::Workshop(WorkshopIntent::Leave));
            }
            if ActionButton::new(words::STAY).show(ui).clicked() {
                ui.data_mut(|d| d.remove::<bool>(asking));
            }
        } else if ActionButton::new(words::LEAVE).show(ui).clicked() {
            ui.data_mut(|d| d.insert_temp(asking, true));
        }
        if let Some(v) = &view.view {
            ui.label(RichText::new(words::phase_line(&v.phase)).color(pal.text_weak));
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            if let Some(t) = &view.broadcast
                && widgets::notice_banner(ui, &words::broadcast(t), pal.info)
            {
                out = Some(Intent::Workshop(WorkshopIntent::DismissBroadcast));
            }
            if let Some(t) = &view.refusal
                && widgets::notice_banner(ui, t, pal.bad)
            {
                out = Some(Intent::DismissNotice);
            }
            for t in view.link.problem.iter().chain(view.pushed.iter()) {
                ui.label(RichText::new(t).color(pal.warn));
            }
            if view.gate_closed {
                ui.label(RichText::new(words::GATE_CLOSED).color(pal.warn));
            }
            if view.link.stopped {
                stopped(ui, &pal, &view.link.line, &mut out);
                return;
            }
            let Some(v) = &view.view else {
                ui.add_space(40.0);
                ui.vertical_centered(|ui| {
                    ui.label(
                        RichText::new(words::JOINING)
                            .font(bold_font(size::TITLE))
                            .color(pal.text),
                    );
                    widgets::weak(ui, &view.link.line);
                });
                return;
            };
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(i) = seat_page(ui, &pal, view, v) {
                        out = Some(i);
                    }
                });
        });
    out
}

fn stopped(ui: &mut Ui, pal: &Palette, line: &str, out: &mut Option<Intent>) {
    ui.add_space(40.0);
    ui.with_layout(Layout::top_down(Align::Center), |ui| {
        ui.set_max_width(760.0);
        widgets::card(ui, |ui| {
            ui.label(
                RichText::new(words::NOT_CONNECTED)
                    .font(bold_font(size::TITLE))
                    .color(pal.bad),
            );
            ui.add(egui::Label::new(RichText::new(line).color(pal.text)).wrap());
        });
        ui.add_space(12.0);
        if ActionButton::new(words::BACK_TO_JOIN)
            .primary(true)
            .show(ui)
            .clicked()
        {
            *out = Some(Intent::Workshop(WorkshopIntent::OpenJoin));
        }
    });
}

fn seat_page(ui: &mut Ui, pal: &Palette, view: &RemoteView, v: &RoleView) -> Option<Intent> {
    let mut out = None;
    let in_room = v.scene.is_some();
    match &v.phase {
        PhaseView::Beat(..) if in_room => out = meeting(ui, pal, view, v),
        PhaseView::Over => out = result(ui, pal, view, v),
        _ => {
            if v.delivery.is_some() {
                delivery(ui, pal, v);
            }
            if matches!(v.phase, PhaseView::Handoff | PhaseView::Review) {
                document(ui, pal, v);
            }
        }
    }
    let left: Vec<&Move> = view
        .moves
        .iter()
        .filter(|m| !matches!(m.key, ActionKey::Choose { .. } | ActionKey::Flag { .. }))
        .collect();
    if left.is_empty() {
        if view.moves.is_empty() && v.phase != PhaseView::Over {
            ui.add_space(16.0);
            card(ui, words::WAITING, |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(words::waiting(&v.phase, v.seat, in_room))
                            .size(size::HEADING)
                            .color(pal.text),
                    )
                    .wrap(),
                );
            });
        }
    } else {
        ui.add_space(8.0);
        card(ui, words::YOUR_DECISIONS, |ui| {
            ui.horizontal_wrapped(|ui| {
                for m in left {
                    let primary = matches!(
                        m.key,
                        ActionKey::SubmitPid | ActionKey::AcceptPid | ActionKey::EndWeek
                    );
                    if ActionButton::new(&m.words)
                        .primary(primary)
                        .enabled(!view.paused)
                        .show(ui)
                        .clicked()
                    {
                        out = Some(m.intent());
                    }
                }
            });
            // The review: what each re-baselining meeting would cost, before it is asked for.
            for c in &v.rebaseline_costs {
                widgets::weak(ui, &words::rebaseline_line(c));
            }
        });
    }
    out
}

fn meeting(ui: &mut Ui, pal: &Palette, view: &RemoteView, v: &RoleView) -> Option<Intent> {
    let scene = v.scene.as_ref()?;
    let mut out = None;
    ui.label(
        RichText::new(&scene.meeting_name)
            .font(bold_font(size::TITLE))
            .color(pal.text),
    );
    widgets::weak(ui, &scene.setting);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for who in &scene.room {
            widgets::card(ui, |ui| {
                ui.label(RichText::new(&who.name).strong().color(pal.text));
                widgets::weak(ui, &who.role);
                ui.horizontal(|ui| {
                    ui.label(RichText::new(who.mood.words()).color(who.mood.color(pal)));
                    widgets::dots(ui, who.readiness, 5, pal.accent);
                });
            });
        }
    });
    ui.add_space(6.0);
    card(ui, &scene.speaker, |ui| {
        ui.add(
            egui::Label::new(
                RichText::new(format!("“{}”", scene.line))
                    .size(size::HEADING)
                    .color(pal.text),
            )
            .wrap(),
        );
    });
    ui.add_space(6.0);
    for a in &scene.answers {
        let notes = v
            .beat
            .as_ref()
            .and_then(|b| b.answers.iter().find(|o| o.answer == a.answer))
            .map(|o| o.notes.clone())
            .unwrap_or_default();
        let flagged: Vec<String> = v
            .flags
            .iter()
            .filter(|f| f.answer == a.answer && f.said_anyway.is_none())
            .map(|f| words::note(&f.note))
            .chain(
                view.live_flags
                    .iter()
                    .filter(|(ans, _)| *ans == a.answer)
                    .map(|(_, c)| words::live_flag(c)),
            )
            .collect();
        widgets::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(&a.text).color(pal.text)).wrap());
            if let Some(advice) = &a.advice {
                ui.label(RichText::new(words::advice(advice)).color(pal.info));
            }
            for n in &notes {
                ui.label(RichText::new(format!("• {}", words::note(n))).color(pal.text_weak));
            }
            for f in &flagged {
                ui.label(
                    RichText::new(words::flagged_by_delivery(f))
                        .strong()
                        .color(pal.bad),
                );
            }
            ui.horizontal_wrapped(|ui| {
                for m in &view.moves {
                    let label = match &m.key {
                        ActionKey::Choose { answer } if *answer == a.answer => {
                            words::SAY_THIS.into()
                        }
                        ActionKey::Flag { answer, concern } if *answer == a.answer => {
                            words::flag_button(concern)
                        }
                        _ => continue,
                    };
                    if ActionButton::new(&label)
                        .primary(matches!(m.key, ActionKey::Choose { .. }))
                        .enabled(!view.paused)
                        .show(ui)
                        .clicked()
                    {
                        out = Some(m.intent());
                    }
                }
            });
        });
        ui.add_space(4.0);
    }
    out
}

fn document(ui: &mut Ui, pal: &Palette, v: &RoleView) {
    card(ui, words::THE_PID, |ui| {
        if v.pid.is_empty() {
            widgets::weak(ui, words::PID_EMPTY);
        }
        for item in &v.pid {
            ui.label(RichText::new(format!("• {}", words::id_words(item))).color(pal.text));
        }
    });
    if !v.ledger.is_empty() {
        ui.add_space(6.0);
        card(ui, words::YOUR_LEDGER, |ui| {
            for p in &v.ledger {
                let inside = v.pid.contains(p);
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        if inside { "✔" } else { "○" },
                        words::id_words(p)
                    ))
                    .color(if inside { pal.text } else { pal.warn }),
                );
            }
        });
    }
}

fn delivery(ui: &mut Ui, pal: &Palette, v: &RoleView) {
    let Some(d) = &v.delivery else {
        return;
    };
    card(ui, words::DELIVERY, |ui| {
        ui.label(
            RichText::new(words::week_of(d.weeks_done, d.deadline))
                .font(bold_font(size::HEADING))
                .color(pal.text),
        );
        let share = if d.planned_days > 0.0 {
            d.done / d.planned_days
        } else {
            0.0
        };
        ui.horizontal(|ui| {
            widgets::meter(ui, share, pal.accent, 320.0);
            ui.label(RichText::new(words::days_done(d.done, d.planned_days)).color(pal.text));
        });
        ui.label(
            RichText::new(words::delivery_figures(d.cost, d.overtime, d.quality_share))
                .color(pal.text_weak),
        );
        for s in &v.surfaced {
            ui.label(RichText::new(words::surfaced(&s.promise, s.promised_by)).color(pal.bad));
        }
    });
}

fn result(ui: &mut Ui, pal: &Palette, view: &RemoteView, v: &RoleView) -> Option<Intent> {
    let mut out = None;
    if !view.retros.is_empty() {
        widgets::heading(ui, words::RETROSPECTIVE);
        widgets::weak(ui, words::retro_invitation());
        ui.add_space(4.0);
        let hot_seat = view.retros.len() > 1;
        ui.columns(view.retros.len(), |cols| {
            for (col, (seat, given)) in cols.iter_mut().zip(&view.retros) {
                let name = crate::wording::workshop::role(*seat);
                if let Some(a) = super::retro::retro_form(col, pal, *seat, name, given.as_ref()) {
                    out = Some(Intent::Workshop(WorkshopIntent::Send(
                        ClientMsg::Decision {
                            seq: 0,
                            seat: hot_seat.then_some(*seat),
                            action: ActionKey::Retro {
                                seat: *seat,
                                went_wrong: a.went_wrong,
                                needed: a.needed,
                            },
                        },
                    )));
                }
            }
        });
        ui.add_space(8.0);
    }
    card(ui, words::RESULT, |ui| {
        ui.label(
            RichText::new(words::result_line(v.won))
                .font(bold_font(size::TITLE))
                .color(pal.text),
        );
        if let Some(c) = v.commission {
            ui.label(RichText::new(words::commission(c)).color(pal.text));
        }
        widgets::weak(ui, words::SEE_PROJECTOR);
    });
    if v.delivery.is_some() {
        ui.add_space(6.0);
        delivery(ui, pal, v);
    }
    if let Some(ledger) = &view.revealed_ledger {
        ui.add_space(6.0);
        card(ui, words::LEDGER_REVEALED, |ui| {
            for p in ledger {
                let inside = v.pid.contains(p);
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        if inside { "✔" } else { "✖" },
                        words::revealed_promise(p, inside)
                    ))
                    .color(if inside { pal.text } else { pal.bad }),
                );
            }
        });
    }
    out
}
