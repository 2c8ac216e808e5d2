//! The Outcome tab: both scorecards, the verdict, the rubric and the key moments (or, for a
//! lost deal, why it was lost).

use bevy_egui::egui::{self, RichText};

use super::{DebriefView, Metric, scroll};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::{Tone, card, color, mark, short};
use crate::wording::debrief_screen as ds;

fn metric(ui: &mut egui::Ui, m: &Metric) {
    let pal = Palette::of(ui);
    // Columns are justified; the text in them should not be.
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.add(egui::Label::new(RichText::new(&m.label).color(pal.text_weak)).truncate());
        ui.label(
            RichText::new(&m.value)
                .font(bold_font(size::TITLE))
                .color(color(ui, m.tone)),
        );
        ui.add(
            egui::Label::new(
                RichText::new(&m.note)
                    .size(size::SMALL)
                    .color(pal.text_weak),
            )
            .wrap(),
        );
    });
}

pub(super) fn outcome(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    scroll(ui, "debrief_outcome", |ui| {
        let w = ui.available_width();
        let seller_w = ((w - 12.0) / 3.0).max(260.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(seller_w, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    card(ui, ds::SELLER_CARD, |ui| {
                        ui.columns(view.seller.len().max(1), |cols| {
                            for (c, m) in cols.iter_mut().zip(&view.seller) {
                                metric(c, m);
                            }
                        });
                    })
                },
            );
            ui.add_space(12.0);
            ui.vertical(|ui| {
                card(ui, ds::COMPANY_CARD, |ui| {
                    ui.columns(view.company.len().max(1), |cols| {
                        for (c, m) in cols.iter_mut().zip(&view.company) {
                            metric(c, m);
                        }
                    });
                })
            });
        });
        ui.add_space(10.0);
        let (tone, text) = &view.verdict;
        let pal = Palette::of(ui);
        egui::Frame::new()
            .fill(pal.card)
            .stroke(egui::Stroke::new(pal.stroke + 2.0, color(ui, *tone)))
            .corner_radius(egui::CornerRadius::same(12))
            .inner_margin(egui::Margin::symmetric(16, 12))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("{} {text}", mark(*tone)))
                        .font(bold_font(size::BODY + 2.0))
                        .color(color(ui, *tone)),
                );
                for line in &view.loss {
                    ui.add(egui::Label::new(RichText::new(line).size(size::BODY)).wrap());
                }
            });
        ui.add_space(10.0);
        let left_w = (ui.available_width() * 0.56).max(380.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(left_w, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    card(ui, &crate::tr!("views-rubric"), |ui| {
                        for r in &view.rubric {
                            let tone = if r.passed { Tone::Good } else { Tone::Bad };
                            ui.horizontal_top(|ui| {
                                ui.label(
                                    RichText::new(if r.passed { "PASS" } else { "FAIL" })
                                        .font(bold_font(size::SMALL))
                                        .color(color(ui, tone)),
                                );
                                ui.vertical(|ui| {
                                    ui.add(
                                        egui::Label::new(RichText::new(&r.label).strong()).wrap(),
                                    );
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(short(&r.detail, 110))
                                                .size(size::SMALL)
                                                .color(color(ui, tone)),
                                        )
                                        .wrap(),
                                    )
                                    .on_hover_text(&r.detail);
                                    if !r.passed {
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(&r.why)
                                                    .size(size::SMALL)
                                                    .color(pal.text_weak),
                                            )
                                            .wrap(),
                                        );
                                    }
                                });
                            });
                            ui.add_space(4.0);
                        }
                    })
                },
            );
            ui.add_space(12.0);
            ui.vertical(|ui| {
                card(ui, ds::KEY_MOMENTS, |ui| {
                    for m in &view.moments {
                        ui.horizontal_top(|ui| {
                            ui.label(RichText::new("•").color(pal.text_weak));
                            ui.add(egui::Label::new(RichText::new(m).size(size::SMALL)).wrap());
                        });
                    }
                })
            });
        });
    });
    None
}
