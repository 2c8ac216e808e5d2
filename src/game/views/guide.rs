//! The guide's overlay: the current step (what to look at and why it matters), the last
//! consequence explained in one sentence, "Got it" and "Skip the guide". Built by
//! [`crate::game::guide`].

use bevy_egui::egui::{self, RichText, Ui};

use crate::game::intent::Intent;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};

/// What the guide shows now.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GuideView {
    /// The step on this screen: title, text, and `3 of 7`.
    pub step: Option<(String, String, String)>,
    /// Why the last consequence happened, in one sentence.
    pub why: Option<String>,
}

impl GuideView {
    /// True when there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.step.is_none() && self.why.is_none()
    }
}

/// Draws the guide in a box at the left, above the bottom bar. Never takes Esc (that stays the
/// pause menu's): it is skipped only with its own button.
pub fn guide_view(ui: &mut Ui, view: &GuideView) -> Option<Intent> {
    if view.is_empty() {
        return None;
    }
    let pal = Palette::of(ui);
    let mut out = None;
    egui::Area::new(egui::Id::new("guide-box"))
        .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(16.0, -86.0))
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            egui::Frame::new()
                .fill(pal.paper)
                .stroke(egui::Stroke::new(pal.stroke + 1.0, pal.accent))
                .corner_radius(egui::CornerRadius::same(12))
                .inner_margin(egui::Margin::same(16))
                .show(ui, |ui| {
                    ui.set_width(420.0);
                    if let Some((title, text, count)) = &view.step {
                        widgets::overline(ui, &format!("Guide · {count}"));
                        ui.label(
                            RichText::new(title)
                                .font(bold_font(size::HEADING))
                                .color(pal.text),
                        );
                        ui.add(egui::Label::new(RichText::new(text).color(pal.text)).wrap());
                    }
                    if let Some(why) = &view.why {
                        ui.add_space(6.0);
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("Why: {why}"))
                                    .size(size::SMALL)
                                    .color(pal.text),
                            )
                            .wrap(),
                        );
                    }
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if view.step.is_some()
                            && ActionButton::new("Got it").primary(true).show(ui).clicked()
                        {
                            out = Some(Intent::GuideNext);
                        }
                        if ActionButton::new("Skip the guide").show(ui).clicked() {
                            out = Some(Intent::SkipGuide);
                        }
                    });
                });
        });
    out
}
