//! The handoff: the promise ledger beside the project initiation document (PID) being written.
//! Each promise and each client need found can be put in or left out; then the document goes to
//! delivery. What is in the document is the engine's state; every tick is an engine decision.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::keys;
use crate::engine::{Action, Event, PidItem};
use crate::game::intent::Intent;
use crate::game::session::ActiveSession;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::scenario::model::PromiseKind;
use crate::wording::events::promise_what;
use crate::wording::pid;

/// One item that can go into the document.
#[derive(Debug, Clone, PartialEq)]
pub struct PidLine {
    /// The promise or need in words.
    pub text: String,
    /// "Promised to Dr Okafor in Discovery" or "Client need you found".
    pub source: String,
    /// In the document now.
    pub included: bool,
    /// A senior designer warned about this claim.
    pub warned: bool,
    /// The decision that ticks or unticks it.
    pub toggle: Action,
}

/// What the handoff shows.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoffView {
    /// Client name.
    pub client: String,
    /// Scenario title.
    pub title: String,
    /// The deal: (label, value) pairs.
    pub deal: Vec<(String, String)>,
    /// The scope sold.
    pub scope: Vec<String>,
    /// Promises first, then needs found.
    pub lines: Vec<PidLine>,
    /// Promises in the document, of all promises.
    pub promises_in: (usize, usize),
}

/// Builds the handoff view from the session.
pub fn build_view(active: &ActiveSession) -> HandoffView {
    let session = &active.session;
    let s = session.scenario();
    let state = session.state();
    let warned: Vec<_> = session
        .log()
        .iter()
        .filter_map(|e| match e {
            Event::ClaimWarned(c) => Some(*c),
            _ => None,
        })
        .collect();
    let lines: Vec<PidLine> = session
        .pid_candidates()
        .into_iter()
        .map(|item| {
            let included = state.pid.contains(&item);
            let (text, source, warned) = match item {
                PidItem::Promise(p) => {
                    let meeting = state
                        .ledger
                        .iter()
                        .find(|l| l.promise == p)
                        .map(|l| s.meetings[l.meeting.ix()].name.clone())
                        .unwrap_or_default();
                    let warned = matches!(
                        s.promises[p.ix()].kind,
                        PromiseKind::Claim(c) if warned.contains(&c)
                    );
                    (
                        promise_what(s, p),
                        pid::promised_to(
                            &s.stakeholders[s.promises[p.ix()].to.ix()].name,
                            &meeting,
                        ),
                        warned,
                    )
                }
                PidItem::Fact(f) => (
                    s.facts[f.ix()].text.clone(),
                    pid::NEED_FOUND.to_owned(),
                    false,
                ),
            };
            PidLine {
                text,
                source,
                included,
                warned,
                toggle: Action::SetInPid(item, !included),
            }
        })
        .collect();
    let promises = state.ledger.len();
    let promises_in = state
        .pid
        .iter()
        .filter(|i| matches!(i, PidItem::Promise(_)))
        .count();
    let (deal, scope) = match &state.sales.deal {
        Some(d) => (
            pid::deal_lines(d.price, d.deadline_weeks, d.discount_pct, d.estimate_days),
            d.scope
                .iter()
                .map(|i| s.offer.scope[i.ix()].name.clone())
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    HandoffView {
        client: s.client.name.clone(),
        title: s.title.clone(),
        deal,
        scope,
        lines,
        promises_in: (promises_in, promises),
    }
}

/// Draws the handoff. Number keys tick items in or out; Enter hands the document over.
pub fn handoff_view(ui: &mut Ui, view: &HandoffView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some(line) = view.lines.get(k)
    {
        out = Some(Intent::Act(line.toggle.clone()));
    }
    if keys::enter(ui) {
        out = Some(Intent::Act(Action::SubmitPid));
    }
    let subtitle = pid::handoff_subtitle(&view.client, &view.title);
    widgets::top_bar(ui, "handoff-top", "Handoff", &subtitle, |_| {});
    widgets::bottom_bar(ui, "handoff-bottom", |ui| {
        if ActionButton::new(pid::HAND_OVER)
            .key("⏎")
            .primary(true)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Act(Action::SubmitPid));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new("Pause").key("Esc").show(ui).clicked() {
                out = Some(Intent::Pause);
            }
            let (i, n) = view.promises_in;
            widgets::weak(ui, &pid::promises_written_in(i, n));
        });
    });
    let half = (ui.available_width() * 0.5).max(320.0);
    egui::Panel::left("handoff-ledger")
        .resizable(false)
        .exact_size(half)
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            widgets::heading(ui, pid::LEDGER_HEADING);
            widgets::weak(ui, pid::TICK_HINT);
            ui.add_space(6.0);
            ScrollArea::vertical().show(ui, |ui| {
                if view.lines.is_empty() {
                    widgets::weak(ui, pid::NOTHING_TO_WRITE);
                }
                for (i, line) in view.lines.iter().enumerate() {
                    let r = widgets::clickable_card(ui, ("pid", i), line.included, |ui| {
                        ui.horizontal_top(|ui| {
                            if i < 9 {
                                widgets::key_cap(ui, &keys::label(i));
                            }
                            let mark = if line.included { "☑" } else { "☐" };
                            ui.label(RichText::new(mark).size(size::HEADING).color(
                                if line.included {
                                    pal.good
                                } else {
                                    pal.text_weak
                                },
                            ));
                            ui.vertical(|ui| {
                                ui.add(
                                    egui::Label::new(RichText::new(&line.text).color(pal.text))
                                        .wrap(),
                                );
                                ui.label(
                                    RichText::new(&line.source)
                                        .size(size::SMALL)
                                        .color(pal.text_weak),
                                );
                                if line.warned {
                                    ui.label(
                                        RichText::new(pid::CLAIM_WARNED)
                                            .size(size::SMALL)
                                            .color(pal.bad),
                                    );
                                }
                            });
                        });
                    });
                    if r.clicked() {
                        out = Some(Intent::Act(line.toggle.clone()));
                    }
                    ui.add_space(4.0);
                }
            });
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            super::guide::above_guide(ui, |ui| {
                ScrollArea::vertical().show(ui, |ui| document(ui, &pal, view));
            });
        });
    out
}

fn document(ui: &mut Ui, pal: &Palette, view: &HandoffView) {
    egui::Frame::new()
        .fill(pal.paper)
        .stroke(egui::Stroke::new(pal.stroke, pal.border))
        .corner_radius(egui::CornerRadius::same(4))
        .inner_margin(egui::Margin::symmetric(28, 22))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            widgets::overline(ui, pid::PID_TITLE);
            ui.label(
                RichText::new(pid::client_and_title(&view.client, &view.title))
                    .font(bold_font(size::HEADING))
                    .color(pal.text),
            );
            ui.separator();
            for (label, value) in &view.deal {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{label}:")).color(pal.text_weak));
                    ui.label(RichText::new(value).color(pal.text));
                });
            }
            ui.add_space(8.0);
            ui.label(
                RichText::new(pid::SCOPE_SOLD)
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            for s in &view.scope {
                ui.label(format!("•  {s}"));
            }
            ui.add_space(8.0);
            ui.label(
                RichText::new(pid::WRITTEN_IN)
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            let inside: Vec<&PidLine> = view.lines.iter().filter(|l| l.included).collect();
            if inside.is_empty() {
                widgets::weak(ui, pid::NOTHING_WRITTEN);
            }
            for l in inside {
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("✔").color(pal.good));
                    ui.add(egui::Label::new(&l.text).wrap());
                });
            }
            let outside: Vec<&PidLine> = view.lines.iter().filter(|l| !l.included).collect();
            if !outside.is_empty() {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(pid::LEFT_OUT)
                        .font(bold_font(size::BODY))
                        .color(pal.warn),
                );
                for l in outside {
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new("–").color(pal.warn));
                        ui.add(
                            egui::Label::new(RichText::new(&l.text).color(pal.text_weak)).wrap(),
                        );
                    });
                }
            }
        });
}
