//! Shared widgets: buttons with key hints, cards, chips, portraits with mood and appetite cues,
//! meters and the notice banner. Every widget takes its colours from the [`Palette`] in use.

use std::hash::Hash;

use bevy_egui::egui::{
    self, Align2, Color32, CornerRadius, CursorIcon, FontId, Frame, Margin, Pos2, Rect, Response,
    RichText, Sense, Shape, Stroke, StrokeKind, TextureId, Ui, UiBuilder, Vec2, vec2,
};

use super::cues::Mood;
use super::{Palette, bold_font, size};
use crate::wording;

/// A button with an optional key hint drawn as a key cap ("1", "⏎", "Esc").
#[must_use = "call .show(ui)"]
pub struct ActionButton<'a> {
    label: &'a str,
    key: Option<&'a str>,
    primary: bool,
    min_width: f32,
    enabled: bool,
}

impl<'a> ActionButton<'a> {
    /// A plain button.
    pub fn new(label: &'a str) -> Self {
        Self {
            label,
            key: None,
            primary: false,
            min_width: 0.0,
            enabled: true,
        }
    }

    /// Shows this key on a key cap at the left.
    pub fn key(mut self, key: &'a str) -> Self {
        self.key = Some(key);
        self
    }

    /// The main action of the screen (filled with the accent colour).
    pub fn primary(mut self, primary: bool) -> Self {
        self.primary = primary;
        self
    }

    /// At least this wide.
    pub fn min_width(mut self, w: f32) -> Self {
        self.min_width = w;
        self
    }

    /// Greyed out and not clickable when false.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }

    /// Draws it; `clicked()` on the response means it was pressed.
    pub fn show(self, ui: &mut Ui) -> Response {
        let pal = Palette::of(ui);
        let font = if self.primary {
            bold_font(size::BODY)
        } else {
            FontId::proportional(size::BODY)
        };
        let mut text_color = if self.primary {
            pal.on_accent
        } else {
            pal.text
        };
        if !self.enabled {
            text_color = pal.text_weak;
        }
        let galley = ui
            .painter()
            .layout_no_wrap(self.label.to_owned(), font, text_color);
        let key_galley = self.key.map(|k| {
            ui.painter()
                .layout_no_wrap(k.to_owned(), bold_font(size::SMALL), pal.on_key)
        });
        let key_w = key_galley
            .as_ref()
            .map_or(0.0, |g| g.size().x.max(g.size().y) + 12.0);
        let pad = vec2(18.0, 11.0);
        let gap = if key_galley.is_some() { 12.0 } else { 0.0 };
        let desired = vec2(
            (pad.x * 2.0 + key_w + gap + galley.size().x).max(self.min_width),
            (galley.size().y + pad.y * 2.0).max(48.0),
        );
        let sense = if self.enabled {
            Sense::click()
        } else {
            Sense::hover()
        };
        let (rect, response) = ui.allocate_exact_size(desired, sense);
        // For screen readers: a button named by its words (the key cap is a hint for the eyes).
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Button, self.enabled, self.label)
        });
        show_when_focused(&response);
        if !self.enabled && response.has_focus() {
            // A button that turned off (an answer just saved) gives the focus up, so Tab moves on
            // from the top instead of stopping on a button that takes no key.
            response.surrender_focus();
        }
        if ui.is_rect_visible(rect) {
            let hovered = self.enabled && response.hovered();
            let fill = match (self.primary && self.enabled, hovered) {
                (true, false) => pal.accent,
                (true, true) => darker(pal.accent),
                (false, true) => pal.card_hover,
                (false, false) => pal.card,
            };
            let stroke = if hovered {
                Stroke::new(pal.stroke + 1.5, pal.accent)
            } else if self.primary && self.enabled {
                Stroke::new(pal.stroke, pal.accent)
            } else {
                Stroke::new(pal.stroke, pal.border)
            };
            let painter = ui.painter();
            painter.rect(
                rect,
                CornerRadius::same(10),
                fill,
                stroke,
                StrokeKind::Inside,
            );
            let mut x = rect.left() + pad.x;
            if let Some(kg) = key_galley {
                let cap = Rect::from_min_size(
                    Pos2::new(x, rect.center().y - (kg.size().y + 6.0) / 2.0),
                    vec2(key_w, kg.size().y + 6.0),
                );
                let (cap_fill, cap_text) = if self.primary && self.enabled {
                    (pal.on_accent, pal.accent)
                } else {
                    (pal.key, pal.on_key)
                };
                painter.rect_filled(cap, CornerRadius::same(5), cap_fill);
                painter.galley_with_override_text_color(
                    cap.center() - kg.size() / 2.0,
                    kg,
                    cap_text,
                );
                x += key_w + gap;
            }
            let text_pos = Pos2::new(x, rect.center().y - galley.size().y / 2.0);
            painter.galley(text_pos, galley, text_color);
        }
        if self.enabled {
            response.on_hover_cursor(CursorIcon::PointingHand)
        } else {
            response
        }
    }
}

/// The colour a little darker (or lighter, for light colours on the high-contrast theme), opaque.
fn darker(c: Color32) -> Color32 {
    let f = |x: u8| (x as f32 * 0.85) as u8;
    Color32::from_rgb(f(c.r()), f(c.g()), f(c.b()))
}

/// A small key cap inline with text ("press [1]").
pub fn key_cap(ui: &mut Ui, key: &str) -> Response {
    let pal = Palette::of(ui);
    let galley = ui
        .painter()
        .layout_no_wrap(key.to_owned(), bold_font(size::SMALL), pal.on_key);
    let w = galley.size().x.max(galley.size().y) + 12.0;
    let (rect, response) = ui.allocate_exact_size(vec2(w, galley.size().y + 6.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, CornerRadius::same(5), pal.key);
    ui.painter()
        .galley(rect.center() - galley.size() / 2.0, galley, pal.on_key);
    response
}

/// The frame of a card.
pub fn card_frame(pal: &Palette, selected: bool, hovered: bool) -> Frame {
    let (fill, stroke) = if selected {
        (pal.card_selected, Stroke::new(pal.stroke + 2.0, pal.accent))
    } else if hovered {
        (pal.card_hover, Stroke::new(pal.stroke + 1.0, pal.accent))
    } else {
        (pal.card, Stroke::new(pal.stroke, pal.border))
    };
    Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(CornerRadius::same(12))
        .inner_margin(Margin::symmetric(14, 10))
}

/// A card that fills the width and does not react to the pointer.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let pal = Palette::of(ui);
    card_frame(&pal, false, false)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A card that fills the width and can be clicked; `selected` draws it highlighted.
pub fn clickable_card(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    selected: bool,
    add: impl FnOnce(&mut Ui),
) -> Response {
    let pal = Palette::of(ui);
    let response = ui
        .scope_builder(
            UiBuilder::new().id_salt(id_salt).sense(Sense::click()),
            |ui| {
                let hovered = ui.response().hovered();
                card_frame(&pal, selected, hovered).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    add(ui);
                });
            },
        )
        .response;
    // For screen readers: a button, named by the words on it (AccessKit reads a button's labels
    // and pictures as its name when it has none of its own).
    response.widget_info(|| egui::WidgetInfo::new(egui::WidgetType::Button));
    show_when_focused(&response);
    response.on_hover_cursor(CursorIcon::PointingHand)
}

/// Scrolls a widget into sight when Tab gives it the keyboard focus (its ring is drawn by
/// [`crate::game::theme::focus_ring`]).
pub fn show_when_focused(response: &Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
}

/// A live region: what `add` draws is announced by a screen reader when it changes, without the
/// player moving there (a stakeholder's reaction, the week's events). Polite: it waits for the
/// reader to finish what it is saying.
pub fn live<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope(|ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
        add(ui)
    })
    .inner
}

/// A small outlined label ("Introductory", "15 min", "Cost").
pub fn chip(ui: &mut Ui, text: &str, color: Color32) -> Response {
    Frame::new()
        .stroke(Stroke::new(1.5, color))
        .corner_radius(CornerRadius::same(20))
        .inner_margin(Margin::symmetric(10, 3))
        .show(ui, |ui| {
            ui.label(RichText::new(text).size(size::SMALL).color(color));
        })
        .response
}

/// A section heading in the accent colour.
pub fn heading(ui: &mut Ui, text: &str) {
    let pal = Palette::of(ui);
    ui.label(
        RichText::new(text)
            .font(bold_font(size::HEADING))
            .color(pal.text),
    );
}

/// A small capitalised label above a block ("IN THE ROOM").
pub fn overline(ui: &mut Ui, text: &str) {
    let pal = Palette::of(ui);
    ui.label(
        RichText::new(text.to_uppercase())
            .font(bold_font(size::SMALL))
            .color(pal.text_weak),
    );
}

/// Secondary text.
pub fn weak(ui: &mut Ui, text: &str) -> Response {
    let pal = Palette::of(ui);
    ui.label(RichText::new(text).color(pal.text_weak))
}

/// Weak text on one line that gives way to the buttons beside it: cut with `…` where the space
/// runs out (a longer language's hint in a bottom bar), whole on hover.
pub fn weak_line(ui: &mut Ui, text: &str) -> Response {
    let pal = Palette::of(ui);
    ui.add(egui::Label::new(RichText::new(text).color(pal.text_weak)).truncate())
        .on_hover_text(text)
}

/// Initials of a name ("Dr Ruth Okafor" → "RO").
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof"))
        .collect();
    let pick: Vec<&str> = match words.len() {
        0 => vec![],
        1 => vec![words[0]],
        n => vec![words[0], words[n - 1]],
    };
    pick.iter().filter_map(|w| w.chars().next()).collect()
}

/// A disc colour for a name without a picture.
fn name_color(name: &str) -> Color32 {
    const DISCS: [Color32; 6] = [
        Color32::from_rgb(0x3D, 0x6B, 0x8C),
        Color32::from_rgb(0x8C, 0x4A, 0x3D),
        Color32::from_rgb(0x4F, 0x7A, 0x3D),
        Color32::from_rgb(0x6B, 0x4F, 0x8C),
        Color32::from_rgb(0x8C, 0x75, 0x2E),
        Color32::from_rgb(0x2E, 0x7A, 0x75),
    ];
    let h = name
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    DISCS[h as usize % DISCS.len()]
}

/// A round portrait with a ring; with `mood`, the ring takes its colour and a face badge shows it.
pub fn portrait(
    ui: &mut Ui,
    texture: Option<TextureId>,
    name: &str,
    diameter: f32,
    mood: Option<Mood>,
) -> Response {
    let pal = Palette::of(ui);
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(diameter), Sense::hover());
    // For screen readers: who it is and, where shown, their mood.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::WidgetType::Image,
            true,
            wording::access::portrait(name, mood.map(Mood::words).as_deref()),
        )
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let ring = mood.map_or(pal.border, |m| m.color(&pal));
    let ring_w = if mood.is_some() {
        4.0
    } else {
        pal.stroke + 1.0
    };
    let inner = rect.shrink(ring_w);
    match texture {
        Some(tex) => {
            egui::Image::from_texture((tex, inner.size()))
                .corner_radius(CornerRadius::same((inner.width() / 2.0).min(255.0) as u8))
                .paint_at(ui, inner);
        }
        None => {
            ui.painter()
                .circle_filled(inner.center(), inner.width() / 2.0, name_color(name));
            ui.painter().text(
                inner.center(),
                Align2::CENTER_CENTER,
                initials(name),
                bold_font(diameter * 0.36),
                Color32::WHITE,
            );
        }
    }
    ui.painter().circle_stroke(
        rect.center(),
        diameter / 2.0 - ring_w / 2.0,
        Stroke::new(ring_w, ring),
    );
    if let Some(mood) = mood {
        let r = (diameter * 0.17).max(10.0);
        let c = rect.right_bottom() - Vec2::splat(r * 0.9);
        mood_face(ui, c, r, mood);
    }
    response
}

/// A small face: a disc in the mood's colour with eyes and a mouth that smiles or frowns.
pub fn mood_face(ui: &Ui, center: Pos2, r: f32, mood: Mood) {
    let pal = Palette::of(ui);
    let painter = ui.painter();
    let ink = if pal.high_contrast {
        Color32::BLACK
    } else {
        Color32::from_rgb(0x1C, 0x23, 0x31)
    };
    painter.circle(center, r, mood.color(&pal), Stroke::new(2.0, pal.card));
    let eye = r * 0.14;
    painter.circle_filled(center + vec2(-r * 0.35, -r * 0.22), eye, ink);
    painter.circle_filled(center + vec2(r * 0.35, -r * 0.22), eye, ink);
    let curve = match mood {
        Mood::Engaged => 1.0,
        Mood::Open => 0.5,
        Mood::Guarded => 0.0,
        Mood::Sceptical => -0.5,
        Mood::NearWalkout => -1.0,
    };
    let w = r * 0.5;
    let base = center.y + r * 0.35;
    let points: Vec<Pos2> = (0..=8)
        .map(|i| {
            let t = i as f32 / 4.0 - 1.0; // -1..1
            let y = base - curve * r * 0.22 * (t * t) + curve * r * 0.08;
            Pos2::new(center.x + t * w, y)
        })
        .collect();
    painter.add(Shape::line(points, Stroke::new((r * 0.13).max(1.5), ink)));
}

/// `filled` of `of` dots in a row (depth of detail, appetite).
pub fn dots(ui: &mut Ui, filled: u8, of: u8, color: Color32) -> Response {
    let pal = Palette::of(ui);
    let r = 5.0;
    let (rect, response) = ui.allocate_exact_size(
        vec2(of as f32 * (2.0 * r + 5.0), 2.0 * r + 4.0),
        Sense::hover(),
    );
    for i in 0..of {
        let c = Pos2::new(
            rect.left() + r + i as f32 * (2.0 * r + 5.0),
            rect.center().y,
        );
        if i < filled {
            ui.painter().circle_filled(c, r, color);
        } else {
            ui.painter()
                .circle_stroke(c, r - 0.5, Stroke::new(1.5, pal.border));
        }
    }
    response
}

/// A horizontal bar filled to `fraction` (0 to 1).
pub fn meter(ui: &mut Ui, fraction: f32, color: Color32, width: f32) -> Response {
    let pal = Palette::of(ui);
    let (rect, response) = ui.allocate_exact_size(vec2(width, 12.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, CornerRadius::same(6), pal.panel);
    let mut fill = rect;
    fill.set_width(rect.width() * fraction.clamp(0.0, 1.0));
    ui.painter().rect_filled(fill, CornerRadius::same(6), color);
    ui.painter().rect_stroke(
        rect,
        CornerRadius::same(6),
        Stroke::new(1.0, pal.border),
        StrokeKind::Inside,
    );
    response
}

/// A banner with a message and a dismiss button; true when dismissed.
pub fn notice_banner(ui: &mut Ui, text: &str, color: Color32) -> bool {
    let pal = Palette::of(ui);
    let mut dismissed = false;
    Frame::new()
        .fill(pal.card)
        .stroke(Stroke::new(pal.stroke + 1.0, color))
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::symmetric(14, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let w = ui.available_width() - 110.0;
                ui.add_sized(
                    [w.max(100.0), 0.0],
                    egui::Label::new(RichText::new(text).color(pal.text)).wrap(),
                );
                if ActionButton::new(&crate::tr!("views-dismiss"))
                    .show(ui)
                    .clicked()
                {
                    dismissed = true;
                }
            });
        });
    dismissed
}

/// The top bar of a screen: a title on the left and, on the right, whatever `right` draws.
pub fn top_bar(ui: &mut Ui, id: &str, title: &str, subtitle: &str, right: impl FnOnce(&mut Ui)) {
    let pal = Palette::of(ui);
    egui::Panel::top(id.to_owned())
        .frame(
            Frame::new()
                .fill(pal.panel)
                .inner_margin(Margin::symmetric(24, 12))
                .stroke(Stroke::new(pal.stroke, pal.border)),
        )
        .show(ui, |ui| {
            // The title gives way to the buttons on the right (cut with `…`, whole on hover)
            // when a longer language or a large UI scale leaves too little room.
            egui::Sides::new().shrink_left().show(
                ui,
                |ui| {
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(title)
                                    .font(bold_font(size::TITLE))
                                    .color(pal.text),
                            )
                            .truncate(),
                        );
                        if !subtitle.is_empty() {
                            ui.add(
                                egui::Label::new(RichText::new(subtitle).color(pal.text_weak))
                                    .truncate(),
                            );
                        }
                    });
                },
                right,
            );
        });
}

/// The bottom bar of a screen, with actions laid out from the right.
pub fn bottom_bar(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui)) {
    let pal = Palette::of(ui);
    egui::Panel::bottom(id.to_owned())
        .frame(
            Frame::new()
                .fill(pal.panel)
                .inner_margin(Margin::symmetric(24, 10))
                .stroke(Stroke::new(pal.stroke, pal.border)),
        )
        .show(ui, |ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), add);
        });
}

/// The frame for the central area of a screen.
pub fn page_frame(pal: &Palette) -> Frame {
    Frame::new()
        .fill(pal.bg)
        .inner_margin(Margin::symmetric(24, 16))
}
