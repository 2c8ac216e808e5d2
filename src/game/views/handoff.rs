//! The handoff: the promise ledger beside the project initiation document (PID) being written.
//! Each promise and each client need found can be put in or left out; then the document goes to
//! delivery. Built from the engine's document pane of the seat writing it; every tick is an engine
//! decision.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::keys;
use crate::engine::view::RoleView;
use crate::engine::view::document::{DocumentStage, ItemText};
use crate::game::intent::{Decision, Intent};
use crate::game::theme::widgets;
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::events::promise_title;
use crate::wording::pid;

/// One item that can go into the document.
#[derive(Debug, Clone, PartialEq)]
pub struct PidLine {
    /// The promise or need in words.
    pub text: String,
    /// "Promised to Dr Okafor in Discovery" or "Client need you found".
    pub source: String,
    /// A client need found in the meetings (not a promise).
    pub need: bool,
    /// In the document now.
    pub included: bool,
    /// A senior designer warned about this claim.
    pub warned: bool,
    /// "Promised without Fatima's agreement".
    pub unagreed: Option<String>,
    /// The decision that ticks or unticks it (none for a seat that only reads).
    pub toggle: Option<Decision>,
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
    /// Needs found in the document, of all found.
    pub needs_in: (usize, usize),
    /// Hand the document over.
    pub submit: Option<Decision>,
}

/// What an item of the document is, in words.
pub fn item_words(t: &ItemText) -> String {
    match t {
        ItemText::Promise(p) => promise_title(p),
        ItemText::Need(text) => text.clone(),
    }
}

/// Builds the handoff from the view of the seat writing the document (`None` when no view at the
/// screen is writing it).
pub fn build_view(views: &[RoleView]) -> Option<HandoffView> {
    let (v, d) = views.iter().find_map(|v| {
        v.document
            .as_ref()
            .filter(|d| d.stage == DocumentStage::Writing)
            .map(|d| (v, d))
    })?;
    let lines = d
        .lines
        .iter()
        .map(|l| PidLine {
            text: item_words(&l.text),
            source: match &l.text {
                ItemText::Promise(p) => {
                    pid::promised_to(&p.to, l.meeting.as_deref().unwrap_or_default())
                }
                ItemText::Need(_) => pid::need_found(),
            },
            need: matches!(l.text, ItemText::Need(_)),
            included: l.included,
            warned: l.warned,
            unagreed: l
                .unagreed
                .as_deref()
                .map(crate::wording::sales::without_agreement),
            toggle: l.toggle.clone().map(|k| Decision::new(v.seat, k)),
        })
        .collect();
    Some(HandoffView {
        client: v.client.clone(),
        title: v.title.clone(),
        deal: d
            .deal
            .as_ref()
            .map(|x| pid::deal_lines(x.price, x.weeks, x.discount_pct, x.estimate_days))
            .unwrap_or_default(),
        scope: d.scope.clone(),
        lines,
        promises_in: d.promises_in,
        needs_in: d.needs_in,
        submit: d.submit.clone().map(|k| Decision::new(v.seat, k)),
    })
}

/// Draws the handoff. Number keys tick items in or out; Enter hands the document over.
pub fn handoff_view(ui: &mut Ui, view: &HandoffView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some(t) = view.lines.get(k).and_then(|l| l.toggle.clone())
    {
        out = Some(Intent::Act(t));
    }
    if keys::enter(ui)
        && let Some(d) = &view.submit
    {
        out = Some(Intent::Act(d.clone()));
    }
    let subtitle = pid::handoff_subtitle(&view.client, &view.title);
    widgets::top_bar(
        ui,
        "handoff-top",
        &crate::tr!("views-handoff"),
        &subtitle,
        |_| {},
    );
    if let Some(i) = super::decision_bar(
        ui,
        "handoff-bottom",
        &pid::hand_over(),
        view.submit.as_ref(),
        |ui| {
            widgets::weak(ui, &pid::written_in(view.promises_in, view.needs_in));
        },
    ) {
        out = Some(i);
    }
    let half = (ui.available_width() * 0.5).max(320.0);
    egui::Panel::left("handoff-ledger")
        .resizable(false)
        .exact_size(half)
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            widgets::heading(ui, &pid::ledger_heading());
            widgets::weak(ui, &pid::tick_hint());
            ui.add_space(6.0);
            ScrollArea::vertical().show(ui, |ui| {
                if view.lines.is_empty() {
                    widgets::weak(ui, &pid::nothing_to_write());
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
                                        RichText::new(pid::claim_warned())
                                            .size(size::SMALL)
                                            .color(pal.bad),
                                    );
                                }
                                if let Some(u) = &line.unagreed {
                                    ui.label(RichText::new(u).size(size::SMALL).color(pal.warn));
                                }
                            });
                        });
                    });
                    if r.clicked()
                        && let Some(t) = &line.toggle
                    {
                        out = Some(Intent::Act(t.clone()));
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
            widgets::overline(ui, &pid::pid_title());
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
                RichText::new(pid::scope_sold())
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            for s in &view.scope {
                ui.label(format!("•  {s}"));
            }
            ui.add_space(8.0);
            ui.label(
                RichText::new(pid::written_in_heading())
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            let inside: Vec<&PidLine> = view.lines.iter().filter(|l| l.included).collect();
            if inside.is_empty() {
                widgets::weak(ui, &pid::nothing_written());
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
                    RichText::new(pid::left_out())
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
