//! The Discuss tab and facilitator mode: the questions for the room, one at a time if wanted.

use bevy_egui::egui::{self, RichText};

use super::{DebriefIntent, DebriefView, scroll, wrap};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::wording::debrief_screen as ds;

pub(super) fn discuss(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let mut out = None;
    scroll(ui, "debrief_discuss", |ui| {
        ui.horizontal(|ui| {
            widgets::heading(ui, ds::QUESTIONS_FOR_THE_ROOM);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if widgets::ActionButton::new(ds::FACILITATOR_MODE)
                    .key("F")
                    .enabled(!view.questions.is_empty())
                    .show(ui)
                    .on_hover_text(ds::FACILITATOR_HOVER)
                    .clicked()
                {
                    out = wrap(DebriefIntent::Facilitate(Some(0)));
                }
            });
        });
        ui.add_space(8.0);
        for (i, q) in view.questions.iter().enumerate() {
            widgets::card(ui, |ui| {
                ui.horizontal_top(|ui| {
                    ui.label(
                        RichText::new(format!("{}", i + 1))
                            .font(bold_font(size::TITLE))
                            .color(Palette::of(ui).accent),
                    );
                    ui.add_space(8.0);
                    ui.add(egui::Label::new(RichText::new(q).size(size::HEADING)).wrap());
                });
            });
            ui.add_space(8.0);
        }
    });
    out
}

pub(super) fn facilitate(ui: &mut egui::Ui, view: &DebriefView, q: usize) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let total = view.questions.len();
    let q = q.min(total.saturating_sub(1));
    let text = view.questions.get(q).map_or("", |s| s.as_str());
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.12).max(10.0));
        ui.label(
            RichText::new(ds::question_of(q + 1, total))
                .font(bold_font(size::HEADING))
                .color(pal.text_weak),
        );
        ui.add_space(24.0);
        ui.set_max_width((ui.available_width() * 0.8).max(400.0));
        ui.add(
            egui::Label::new(RichText::new(text).font(bold_font(size::HERO * 0.6)))
                .wrap()
                .halign(egui::Align::Center),
        );
        ui.add_space(40.0);
        ui.horizontal(|ui| {
            let w = 3.0 * 180.0 + 24.0;
            ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
            if widgets::ActionButton::new(&crate::tr!("views-previous"))
                .key("←")
                .min_width(180.0)
                .enabled(q > 0)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(Some(q - 1)));
            }
            if widgets::ActionButton::new(ds::ALL_QUESTIONS)
                .key("F")
                .min_width(180.0)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(None));
            }
            if widgets::ActionButton::new(&crate::tr!("views-next"))
                .key("→")
                .min_width(180.0)
                .primary(true)
                .enabled(q + 1 < total)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(Some(q + 1)));
            }
        });
    });
    out
}
