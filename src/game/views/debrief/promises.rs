//! The Promises tab: each promise, what it caused and what the deal would have been without it,
//! then the hidden needs.

use bevy_egui::egui::{self, RichText};

use super::{DebriefIntent, DebriefView, scroll, wrap};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::game::views::{Tone, card, color, mark};
use crate::wording::debrief_screen as ds;

pub(super) fn promises(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    scroll(ui, "debrief_promises", |ui| {
        if view.promises.is_empty() {
            card(ui, &ds::promises(), |ui| {
                ui.label(ds::no_promise());
            });
        }
        for (i, p) in view.promises.iter().enumerate() {
            widgets::card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    widgets::chip(ui, &p.verdict, color(ui, p.tone));
                    ui.label(RichText::new(&p.what).font(bold_font(size::BODY)));
                });
                ui.horizontal_wrapped(|ui| {
                    widgets::weak(ui, &ds::made_to(&p.to, &p.made));
                    let tone = match (view.won, p.in_pid) {
                        (false, _) => Tone::Neutral,
                        (true, true) => Tone::Good,
                        (true, false) => Tone::Bad,
                    };
                    ui.label(
                        RichText::new(format!("{} {}", mark(tone), p.handoff))
                            .color(color(ui, tone)),
                    );
                });
                if !p.effects.is_empty() {
                    ui.add_space(2.0);
                    ui.horizontal_wrapped(|ui| {
                        for (when, tone, text) in &p.effects {
                            ui.label(
                                RichText::new(ds::when_label(when))
                                    .size(size::SMALL)
                                    .color(pal.text_weak),
                            );
                            ui.label(
                                RichText::new(text)
                                    .size(size::SMALL)
                                    .color(color(ui, *tone)),
                            );
                            ui.label(RichText::new("  ").size(size::SMALL));
                        }
                    });
                }
                ui.horizontal_wrapped(|ui| {
                    if let Some(w) = &p.without {
                        ui.label(RichText::new(w).strong());
                    }
                    if view.can_what_if
                        && ui
                            .button(ds::what_if_button())
                            .on_hover_text(ds::try_a_change())
                            .clicked()
                    {
                        out = wrap(DebriefIntent::Pick(i));
                    }
                });
            });
            ui.add_space(8.0);
        }
        if !view.needs.is_empty() {
            ui.add_space(6.0);
            card(ui, &ds::hidden_needs(), |ui| {
                for n in &view.needs {
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new(mark(n.tone)).color(color(ui, n.tone)));
                        ui.vertical(|ui| {
                            ui.add(egui::Label::new(crate::wording::quoted(&n.text)).wrap());
                            ui.label(
                                RichText::new(ds::need_line(&n.owner, &n.status))
                                    .size(size::SMALL)
                                    .color(color(ui, n.tone)),
                            );
                        });
                    });
                    ui.add_space(4.0);
                }
            });
        }
    });
    out
}
