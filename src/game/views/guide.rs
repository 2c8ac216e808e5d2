//! The guide's overlay: the current step (what to look at and why it matters), the last
//! consequence explained in one sentence, "Got it" (G) and "Skip the guide". Built by
//! [`crate::game::guide`].

use bevy_egui::egui::{self, RichText, Ui};

use crate::game::intent::Intent;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::guide as words;

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

/// Where the guide box sits this frame, when the screen kept room for it.
const SLOT: &str = "guide-slot";
/// The guide box's height on the last frame it was drawn (0 when it is not shown).
const HEIGHT: &str = "guide-height";

/// Keeps room for the guide box at the bottom of a screen's main area, so it never covers what
/// the player must choose from: call it at the top of the central panel, then give the content
/// `ui.available_height()` less the height returned. Nothing is kept when the guide is not shown.
pub fn make_room(ui: &mut Ui) -> f32 {
    let ctx = ui.ctx().clone();
    let h: f32 = ctx
        .data(|d| d.get_temp(egui::Id::new(HEIGHT)))
        .unwrap_or(0.0);
    if h <= 0.0 {
        return 0.0;
    }
    let gap = 12.0;
    let area = ui.available_rect_before_wrap();
    let slot = egui::Rect::from_min_max(
        egui::pos2(area.left(), (area.bottom() - h).max(area.top())),
        area.right_bottom(),
    );
    ctx.data_mut(|d| d.insert_temp(egui::Id::new(SLOT), Some(slot)));
    h + gap
}

/// Lays out a screen's main area with room for the guide box kept at its bottom ([`make_room`]):
/// `add` gets the rest of the area, so the box sits under the content, never over it. The same
/// place on every screen: the bottom of the main area, above the bottom bar.
pub fn above_guide<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let room = make_room(ui);
    if room <= 0.0 {
        return add(ui);
    }
    let size = egui::vec2(
        ui.available_width(),
        (ui.available_height() - room).max(80.0),
    );
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_max_height(size.y);
        add(ui)
    })
    .inner
}

/// Forgets the guide box's height (it is not shown this frame).
pub fn hidden(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<f32>(egui::Id::new(HEIGHT)));
    ctx.data_mut(|d| d.remove::<Option<egui::Rect>>(egui::Id::new(SLOT)));
}

/// Draws the guide in a box: in the room the screen kept for it ([`make_room`]), else at the
/// left above the bottom bar. Never takes Esc (that stays the pause menu's): it is skipped only
/// with its own button.
pub fn guide_view(ui: &mut Ui, view: &GuideView) -> Option<Intent> {
    if view.is_empty() {
        hidden(ui.ctx());
        return None;
    }
    let pal = Palette::of(ui);
    let mut out = None;
    // G is "Got it" (no screen uses it); Skip is reached with Tab and Enter, as every button is.
    if view.step.is_some() && super::keys::pressed(ui, egui::Key::G) {
        out = Some(Intent::GuideNext);
    }
    let ctx = ui.ctx().clone();
    let slot: Option<egui::Rect> = ctx
        .data_mut(|d| d.remove_temp::<Option<egui::Rect>>(egui::Id::new(SLOT)))
        .flatten();
    let area = egui::Area::new(egui::Id::new("guide-box")).order(egui::Order::Foreground);
    let (area, width) = match slot {
        Some(r) => (
            area.pivot(egui::Align2::LEFT_BOTTOM)
                .fixed_pos(r.left_bottom()),
            r.width() - 32.0,
        ),
        None => (
            area.anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(16.0, -86.0)),
            420.0,
        ),
    };
    // In the room kept for it, the buttons go to the right of the text to keep the box low.
    let side_buttons = slot.is_some();
    let shown = area.show(&ctx, |ui| {
        egui::Frame::new()
            .fill(pal.paper)
            .stroke(egui::Stroke::new(pal.stroke + 1.0, pal.accent))
            .corner_radius(egui::CornerRadius::same(12))
            .inner_margin(egui::Margin::same(if side_buttons { 12 } else { 16 }))
            .show(ui, |ui| {
                let width = width.max(280.0);
                ui.set_width(width);
                let text_w = if side_buttons { width - 190.0 } else { width };
                let mut buttons = |ui: &mut Ui| {
                    if view.step.is_some()
                        && ActionButton::new(&words::got_it())
                            .key("G")
                            .primary(true)
                            .show(ui)
                            .clicked()
                    {
                        out = Some(Intent::GuideNext);
                    }
                    if ActionButton::new(&words::skip()).show(ui).clicked() {
                        out = Some(Intent::SkipGuide);
                    }
                };
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(text_w);
                        if let Some((title, text, count)) = &view.step {
                            widgets::overline(ui, &words::step_count(count));
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
                                    RichText::new(words::why_line(why))
                                        .size(size::SMALL)
                                        .color(pal.text),
                                )
                                .wrap(),
                            );
                        }
                        if !side_buttons {
                            ui.add_space(8.0);
                            ui.horizontal(&mut buttons);
                        }
                    });
                    if side_buttons {
                        ui.vertical(|ui| {
                            ui.add_space(4.0);
                            buttons(ui);
                        });
                    }
                });
            });
    });
    let h = shown.response.rect.height();
    let was: f32 = ctx
        .data(|d| d.get_temp(egui::Id::new(HEIGHT)))
        .unwrap_or(0.0);
    if (h - was).abs() > 0.5 {
        ctx.data_mut(|d| d.insert_temp(egui::Id::new(HEIGHT), h));
        ctx.request_repaint();
    }
    out
}
