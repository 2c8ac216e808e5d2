//! Pure egui views, one file (or folder) per screen: plain data built from the session in, an
//! [`Intent`](super::Intent) out, and the helpers they share (formatting, cards, [`short`], [`keys`]).
//!
//! Each screen has a `XView` struct with a build function that reads only the engine's state (and
//! the game's resources it shows), and a `x_view(ui, &XView) -> Option<Intent>` function that draws
//! it and never changes game state. The matching `screens/X.rs` holds the plugin and systems.
//! Both halves run without Bevy, so tests build a view from a played session and run it in a
//! bare `egui::Context`.

pub mod about;
pub mod briefing;
pub mod class_debrief;
pub mod console;
pub mod curtain;
pub mod debrief;
pub mod delivery;
pub mod drill;
pub mod guide;
pub mod handoff;
pub mod host_workshop;
pub mod join;
pub mod keys;
pub mod pause;
pub mod picker;
pub mod plan;
pub mod progress;
pub mod remote;
pub mod retro;
pub mod review;
pub mod sales;
pub mod screen;
pub mod title;
pub mod waiting;
pub mod what_if;

use bevy_egui::egui::{self, Color32, RichText};

use crate::game::theme::widgets;

use crate::game::theme::Palette;
pub use crate::game::theme::cues::Tone;

/// The colour of a tone in the palette in use.
pub fn color(ui: &egui::Ui, tone: Tone) -> Color32 {
    tone.color(&Palette::of(ui))
}

/// A short symbol that carries the tone without colour (for colour-blind players and print).
pub fn mark(tone: Tone) -> &'static str {
    match tone {
        Tone::Good => "✔",
        Tone::Warn => "⚠",
        Tone::Bad => "✖",
        Tone::Neutral | Tone::Info => "•",
    }
}

/// A value shown as a cue in words, with the engine's number beside it in coach mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The cue in words ("uneasy", "tight").
    pub word: String,
    /// The number as the engine has it, formatted ("38", "23,400 of 61,200").
    pub number: String,
    /// How it feels.
    pub tone: Tone,
}

impl Cue {
    /// The text to show: the word, plus the number in coach mode.
    pub fn text(&self, coach: bool) -> String {
        if coach && !self.number.is_empty() {
            format!("{} ({})", self.word, self.number)
        } else {
            self.word.clone()
        }
    }
}

/// Gives a chart (or any drawing) a text alternative for screen readers: an image with these words.
pub fn alt_text(response: &egui::Response, text: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, text));
}

/// A chart that only shows: no zoom, drag, scroll or crosshair, so a stray click cannot move it
/// and the room sees the same picture as the presenter.
pub fn fixed_plot<'a>(id: &'a str, height: f32) -> egui_plot::Plot<'a> {
    egui_plot::Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
}

pub use crate::wording::{money, money_delta, signed};

/// Shortens `text` to at most `max` characters at a word boundary, with an ellipsis.
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// A card that fills the width, with a small capitalised title.
pub(crate) fn card<R>(ui: &mut egui::Ui, title: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    widgets::card(ui, |ui| {
        widgets::overline(ui, title);
        ui.add_space(2.0);
        add(ui)
    })
}

/// How a legend swatch is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Swatch {
    /// A solid line.
    Line,
    /// A dashed line.
    Dashed,
    /// An upward triangle.
    Up,
    /// A downward triangle.
    Down,
    /// A cross.
    Cross,
}

/// A chart legend as one wrapped row under the chart (never over the data). Each item (swatch
/// and label) moves to the next line as a whole.
pub(crate) fn legend(ui: &mut egui::Ui, items: &[(Color32, Swatch, &str)]) {
    use egui::{Pos2, Sense, Shape, Stroke, vec2};
    let pal = Palette::of(ui);
    let font = egui::FontId::proportional(crate::game::theme::size::SMALL);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = vec2(18.0, 4.0);
        for (color, swatch, label) in items {
            let galley = ui
                .painter()
                .layout_no_wrap(label.to_string(), font.clone(), pal.text);
            let sw = 26.0;
            let size = vec2(sw + 6.0 + galley.size().x, galley.size().y.max(16.0));
            let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
            let p = ui.painter();
            let c = Pos2::new(rect.left() + sw / 2.0, rect.center().y);
            match swatch {
                Swatch::Line => {
                    p.line_segment(
                        [
                            Pos2::new(rect.left(), c.y),
                            Pos2::new(rect.left() + sw, c.y),
                        ],
                        Stroke::new(3.0, *color),
                    );
                }
                Swatch::Dashed => {
                    for i in 0..3 {
                        let x = rect.left() + i as f32 * 9.5;
                        p.line_segment(
                            [Pos2::new(x, c.y), Pos2::new(x + 6.0, c.y)],
                            Stroke::new(2.5, *color),
                        );
                    }
                }
                Swatch::Cross => {
                    let st = Stroke::new(2.5, *color);
                    p.line_segment([c + vec2(-6.0, -6.0), c + vec2(6.0, 6.0)], st);
                    p.line_segment([c + vec2(-6.0, 6.0), c + vec2(6.0, -6.0)], st);
                }
                Swatch::Up | Swatch::Down => {
                    let s = if *swatch == Swatch::Up { -1.0 } else { 1.0 };
                    p.add(Shape::convex_polygon(
                        vec![
                            Pos2::new(c.x, c.y + s * 6.0),
                            Pos2::new(c.x - 7.0, c.y - s * 6.0),
                            Pos2::new(c.x + 7.0, c.y - s * 6.0),
                        ],
                        *color,
                        Stroke::NONE,
                    ));
                }
            }
            let text_pos = Pos2::new(
                rect.left() + sw + 6.0,
                rect.center().y - galley.size().y / 2.0,
            );
            p.galley(text_pos, galley, pal.text);
        }
    });
}

/// A right-aligned figure for a top bar: a big value in its tone over a small caption.
pub(crate) fn stat(ui: &mut egui::Ui, value: &str, tone: Tone, caption: &str) {
    use crate::game::theme::{bold_font, size};
    let pal = Palette::of(ui);
    ui.allocate_ui_with_layout(
        egui::vec2(360.0, 60.0),
        egui::Layout::top_down(egui::Align::Max),
        |ui| {
            ui.label(
                RichText::new(value)
                    .font(bold_font(size::HEADING))
                    .color(color(ui, tone)),
            );
            if !caption.is_empty() {
                ui.label(
                    RichText::new(caption)
                        .size(size::SMALL)
                        .color(pal.text_weak),
                );
            }
        },
    );
}

/// A line of text in a tone, with its mark in front.
pub(crate) fn toned(ui: &mut egui::Ui, tone: Tone, text: &str) -> egui::Response {
    let c = color(ui, tone);
    ui.horizontal_top(|ui| {
        ui.label(RichText::new(mark(tone)).color(c));
        ui.add(egui::Label::new(RichText::new(text).color(c)).wrap())
    })
    .inner
}

/// The bottom bar of a screen that is one decision (the plan, the handoff, the review): the
/// decision's button on the right (Enter's key cap; greyed out while this seat may not take it),
/// Pause (Esc) on the left and then `left` (a hint). Returns what was clicked.
pub(crate) fn decision_bar(
    ui: &mut egui::Ui,
    id: &str,
    label: &str,
    decision: Option<&crate::game::intent::Decision>,
    left: impl FnOnce(&mut egui::Ui),
) -> Option<crate::game::Intent> {
    use crate::game::Intent;
    use crate::game::theme::widgets::ActionButton;
    let mut out = None;
    widgets::bottom_bar(ui, id, |ui| {
        if ActionButton::new(label)
            .key("⏎")
            .primary(true)
            .enabled(decision.is_some())
            .show(ui)
            .clicked()
            && let Some(d) = decision
        {
            out = Some(Intent::Act(d.clone()));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new(&crate::tr!("views-pause"))
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Pause);
            }
            left(ui);
        });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_cuts_at_words() {
        assert_eq!(short("abc", 10), "abc");
        assert_eq!(
            short("Nine thousand patient records live in PhysioDesk", 24),
            "Nine thousand patient…"
        );
    }
}
