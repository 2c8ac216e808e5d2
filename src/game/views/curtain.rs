//! The curtain between the seats of a two-role game: who takes the screen, who looks away, what
//! happens next, and one button (Enter or Space) to continue. It shows nothing of either view.

use bevy_egui::egui::{self, RichText};

use crate::engine::Seat;
use crate::game::intent::Intent;
use crate::game::shown::Shown;
use crate::game::table::AtScreen;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::keys;
use crate::wording::table::CurtainWords;

/// What the curtain shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurtainView {
    /// The words.
    pub words: CurtainWords,
    /// The name of who takes the screen ("both" names when both sit).
    pub badge: String,
}

/// Draws the curtain over the whole window. Enter or Space lifts it.
pub fn curtain_view(ui: &mut egui::Ui, view: &CurtainView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if keys::enter(ui) || keys::pressed(ui, egui::Key::Space) {
        out = Some(Intent::TakeSeat);
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(pal.bg).inner_margin(32))
        .show(ui, |ui| {
            let h = ui.available_height();
            ui.vertical_centered(|ui| {
                ui.add_space((h * 0.18).max(12.0));
                widgets::overline(ui, &crate::wording::table::hot_seat());
                ui.add_space(6.0);
                ui.label(
                    RichText::new(&view.badge)
                        .font(bold_font(size::BODY))
                        .color(pal.accent),
                );
                ui.add_space(14.0);
                ui.label(
                    RichText::new(&view.words.title)
                        .font(bold_font(size::HEADING + 10.0))
                        .color(pal.text),
                );
                ui.add_space(10.0);
                if !view.words.look_away.is_empty() {
                    ui.label(
                        RichText::new(&view.words.look_away)
                            .size(size::HEADING - 2.0)
                            .color(pal.warn),
                    );
                    ui.add_space(10.0);
                }
                ui.scope(|ui| {
                    ui.set_max_width(640.0_f32.min(ui.available_width()));
                    ui.add(
                        egui::Label::new(RichText::new(&view.words.why).color(pal.text_weak))
                            .wrap(),
                    );
                });
                ui.add_space(28.0);
                if ActionButton::new(&view.words.button)
                    .key("⏎")
                    .primary(true)
                    .min_width(320.0)
                    .show(ui)
                    .clicked()
                {
                    out = Some(Intent::TakeSeat);
                }
                ui.add_space(8.0);
                widgets::weak(ui, &crate::wording::table::curtain_keys());
            });
        });
    out
}

/// The curtain's view model: the words for who takes over now (`None` while it is down).
pub fn build_view(shown: &Shown) -> Option<CurtainView> {
    let to = shown.curtain?;
    let names = &shown.names;
    let (seat, badge) = match to {
        AtScreen::Seat(s) => (
            Some(s),
            names[if s == Seat::Seller { 0 } else { 1 }].clone(),
        ),
        AtScreen::Both => (
            None,
            crate::wording::table::both_names(&names[0], &names[1]),
        ),
    };
    Some(CurtainView {
        words: crate::wording::table::curtain(seat, shown.phase()?, [&names[0], &names[1]]),
        badge,
    })
}
