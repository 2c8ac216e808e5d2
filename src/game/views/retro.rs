//! One seat's retrospective form ("what went wrong for me", "what I needed from the other
//! role"), the same on the hot seat's debrief and on a workshop device: the answers once given,
//! the drafts in the text fields' own state until sent, and a counter against the engine's limit.

use bevy_egui::egui::{self, RichText};

use crate::engine::{RETRO_MAX_CHARS, RetroAnswer, Seat};
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::wording::debrief::retro_questions;
use crate::wording::debrief_screen as ds;

/// One seat's retrospective: its answers once given, and the form (drafts are the text fields'
/// own state until sent).
pub fn retro_form(
    ui: &mut egui::Ui,
    pal: &Palette,
    seat: Seat,
    name: &str,
    given: Option<&RetroAnswer>,
) -> Option<RetroAnswer> {
    let mut out = None;
    widgets::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(name)
                .font(bold_font(size::BODY))
                .color(pal.text),
        );
        let questions = retro_questions(seat);
        let mut drafts = [String::new(), String::new()];
        for (i, q) in questions.iter().enumerate() {
            let id = egui::Id::new(("retro", seat, i));
            let start = given
                .map(|a| if i == 0 { &a.went_wrong } else { &a.needed })
                .cloned()
                .unwrap_or_default();
            let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or(start);
            ui.add_space(4.0);
            let label = ui.label(
                RichText::new(q.as_str())
                    .size(size::SMALL)
                    .color(pal.text_weak),
            );
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut text)
                        .desired_rows(2)
                        .char_limit(RETRO_MAX_CHARS)
                        .desired_width(f32::INFINITY)
                        .hint_text(ds::retro_hint()),
                )
                .labelled_by(label.id);
            widgets::show_when_focused(&r);
            ui.label(
                RichText::new(ds::chars_used(text.chars().count(), RETRO_MAX_CHARS))
                    .size(size::SMALL)
                    .color(pal.text_weak),
            );
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
            drafts[i] = text;
        }
        let [went_wrong, needed] = drafts;
        let answer = RetroAnswer::new(went_wrong, needed);
        let changed = given != Some(&answer);
        let label = ds::save_answers(given.is_some());
        ui.horizontal(|ui| {
            if widgets::ActionButton::new(&label)
                .primary(given.is_none())
                .enabled(changed)
                .show(ui)
                .clicked()
            {
                out = Some(answer.clone());
            }
            if given.is_some() && !changed {
                ui.label(RichText::new(ds::saved()).color(pal.good));
            }
        });
        ui.label(
            RichText::new(ds::retro_keys())
                .size(size::SMALL)
                .color(pal.text_weak),
        );
    });
    out
}
