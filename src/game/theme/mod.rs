//! The look: palette, fonts, text sizes, the cues derived from engine numbers, and shared widgets.
//!
//! Sizes are chosen for a 1280x800 window read from the back of a training room; the UI scale
//! setting multiplies all of them.

pub mod cues;
pub mod palette;
pub mod portraits;
pub mod widgets;

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{
    self, FontData, FontDefinitions, FontFamily, FontId, Margin, TextStyle, Theme, Vec2,
};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub use palette::Palette;

use super::settings::Settings;

/// Text sizes, in points at UI scale 1.
pub mod size {
    /// Small print (labels on chips, footers).
    pub const SMALL: f32 = 16.0;
    /// Body text.
    pub const BODY: f32 = 19.0;
    /// Section headings.
    pub const HEADING: f32 = 25.0;
    /// Screen titles.
    pub const TITLE: f32 = 34.0;
    /// The game's name on the title screen.
    pub const HERO: f32 = 68.0;
}

/// The font family for bold text.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// A bold font of this size.
pub fn bold_font(size: f32) -> FontId {
    FontId::new(size, bold())
}

/// Ordering of the egui systems: theme first, then the screen, then menus over it.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiSystems {
    /// Style and fonts.
    Theme,
    /// The current screen.
    Screen,
    /// Menus and banners over the screen.
    Overlay,
}

pub(super) fn plugin(app: &mut App) {
    app.configure_sets(
        EguiPrimaryContextPass,
        (UiSystems::Theme, UiSystems::Screen, UiSystems::Overlay).chain(),
    );
    // Fonts must be set before the first pass: set_fonts takes effect at the next one.
    app.add_systems(Startup, install_fonts);
    app.add_systems(EguiPrimaryContextPass, apply_theme.in_set(UiSystems::Theme));
    app.add_systems(
        EguiPrimaryContextPass,
        draw_focus_ring.after(UiSystems::Overlay),
    );
    app.add_plugins(portraits::plugin);
}

fn install_fonts(mut contexts: EguiContexts) -> Result {
    contexts.ctx_mut()?.set_fonts(fonts());
    Ok(())
}

fn apply_theme(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    mut applied: Local<Option<Settings>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if applied.as_ref() != Some(&*settings) {
        *applied = Some(settings.clone());
        style(ctx, &settings);
    }
    Ok(())
}

fn draw_focus_ring(mut contexts: EguiContexts) -> Result {
    focus_ring(contexts.ctx_mut()?);
    Ok(())
}

/// The width of the focus ring, in points.
pub const FOCUS_RING_WIDTH: f32 = 3.0;

/// Draws the focus ring around the widget with the keyboard focus (a button reached with Tab, the
/// text field being typed in), over everything, in the palette's focus colour: call once a frame,
/// after the screen and its menus are drawn. Where the widget is scrolled partly out of sight,
/// the ring goes round the part that shows.
pub fn focus_ring(ctx: &egui::Context) {
    let focused = ctx.memory(|m| m.focused());
    ctx.data_mut(|d| d.insert_temp(focus_memory(), focused.is_some()));
    let Some(id) = focused else {
        return;
    };
    let Some(r) = ctx.read_response(id) else {
        return;
    };
    let rect = r.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let pal = Palette::of_ctx(ctx);
    ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::new("focus-ring"),
    ))
    .rect_stroke(
        rect.expand(2.0),
        egui::CornerRadius::same(8),
        egui::Stroke::new(FOCUS_RING_WIDTH, pal.focus),
        egui::StrokeKind::Outside,
    );
}

fn focus_memory() -> egui::Id {
    egui::Id::new("focus-last-frame")
}

/// True when a widget had the keyboard focus at the end of the last frame ([`focus_ring`] keeps
/// it): egui drops the focus on Esc before the views run, and Esc that only lets go of the focus
/// must not also pause or go back.
pub fn had_focus(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(focus_memory()))
        .unwrap_or(false)
}

/// Sets fonts, palette, sizes and zoom on a context (what the game does on its first frame;
/// tests that draw views call it on a bare `egui::Context`).
pub fn install(ctx: &egui::Context, settings: &Settings) {
    ctx.set_fonts(fonts());
    style(ctx, settings);
}

/// Applies palette, sizes and zoom for these settings to a context.
pub fn style(ctx: &egui::Context, settings: &Settings) {
    let pal = Palette::for_contrast(settings.high_contrast);
    pal.install(ctx);
    let theme = if pal.high_contrast {
        Theme::Dark
    } else {
        Theme::Light
    };
    let mut style = (*ctx.style_of(theme)).clone();
    style.text_styles = [
        (TextStyle::Small, FontId::proportional(size::SMALL)),
        (TextStyle::Body, FontId::proportional(size::BODY)),
        (TextStyle::Button, FontId::proportional(size::BODY)),
        (TextStyle::Heading, FontId::new(size::HEADING, bold())),
        (TextStyle::Monospace, FontId::monospace(size::SMALL)),
    ]
    .into();
    style.spacing.item_spacing = Vec2::new(10.0, 8.0);
    style.spacing.button_padding = Vec2::new(14.0, 8.0);
    style.spacing.interact_size = Vec2::new(40.0, 24.0);
    style.spacing.icon_width = 22.0;
    style.spacing.icon_width_inner = 14.0;
    style.spacing.window_margin = Margin::same(20);
    // Floating bars with their own space reserved (so they never cover text), quiet until used.
    let mut scroll = egui::style::ScrollStyle::floating();
    scroll.bar_width = 10.0;
    scroll.floating_width = 10.0;
    scroll.floating_allocated_width = 14.0;
    scroll.foreground_color = true;
    scroll.dormant_background_opacity = 0.0;
    scroll.active_background_opacity = 0.3;
    scroll.interact_background_opacity = 0.5;
    scroll.dormant_handle_opacity = 0.25;
    scroll.active_handle_opacity = 0.4;
    scroll.interact_handle_opacity = 0.6;
    style.spacing.scroll = scroll;
    style.interaction.tooltip_delay = 0.0;
    style.animation_time = 0.0;
    let v = &mut style.visuals;
    v.dark_mode = pal.high_contrast;
    v.override_text_color = Some(pal.text);
    v.panel_fill = pal.bg;
    v.window_fill = pal.card;
    v.window_stroke = egui::Stroke::new(pal.stroke, pal.border);
    v.extreme_bg_color = pal.card;
    v.faint_bg_color = pal.panel;
    v.hyperlink_color = pal.info;
    v.selection.bg_fill = pal.accent;
    v.selection.stroke = egui::Stroke::new(2.0, pal.on_accent);
    v.widgets.noninteractive.bg_stroke = egui::Stroke::new(pal.stroke, pal.border);
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, pal.text);
    v.widgets.inactive.bg_fill = pal.card;
    v.widgets.inactive.weak_bg_fill = pal.card;
    v.widgets.inactive.bg_stroke = egui::Stroke::new(pal.stroke, pal.border);
    v.widgets.inactive.fg_stroke = egui::Stroke::new(1.5, pal.text);
    v.widgets.hovered.bg_fill = pal.card_hover;
    v.widgets.hovered.weak_bg_fill = pal.card_hover;
    v.widgets.hovered.bg_stroke = egui::Stroke::new(pal.stroke + 1.0, pal.accent);
    v.widgets.hovered.fg_stroke = egui::Stroke::new(1.5, pal.text);
    v.widgets.active.bg_fill = pal.card_selected;
    v.widgets.active.weak_bg_fill = pal.card_selected;
    v.widgets.active.bg_stroke = egui::Stroke::new(pal.stroke + 1.0, pal.accent);
    v.widgets.active.fg_stroke = egui::Stroke::new(2.0, pal.text);
    v.widgets.open = v.widgets.active;
    // The keyboard focus shows as a ring in the focus colour ([`focus_ring`]); the text cursor
    // in the text colour, readable in both themes.
    v.text_cursor.stroke = egui::Stroke::new(2.0, pal.text);
    v.window_shadow = egui::Shadow::NONE;
    v.popup_shadow = egui::Shadow::NONE;
    let style = Arc::new(style);
    ctx.set_style_of(Theme::Light, style.clone());
    ctx.set_style_of(Theme::Dark, style);
    ctx.set_theme(theme);
    if (ctx.zoom_factor() - settings.ui_scale).abs() > f32::EPSILON {
        ctx.set_zoom_factor(settings.ui_scale);
    }
}

/// DejaVu Sans (regular and bold) over egui's built-in fonts: from `assets/fonts` when there is an
/// assets folder on disk that wins (see [`super::disk_root`]), else the copies built into the
/// binary.
fn fonts() -> FontDefinitions {
    use crate::bundled::art;
    let mut defs = FontDefinitions::default();
    let dir = super::disk_root().map(|r| r.join("assets").join("fonts"));
    let load = |name: &str, builtin: &'static [u8]| {
        let data = match dir.as_ref().and_then(|d| std::fs::read(d.join(name)).ok()) {
            Some(bytes) => FontData::from_owned(bytes),
            None => FontData::from_static(builtin),
        };
        Arc::new(data)
    };
    defs.font_data.insert(
        "dejavu-bold".into(),
        load("DejaVuSans-Bold.ttf", art::FONT_BOLD),
    );
    defs.font_data
        .insert("dejavu".into(), load("DejaVuSans.ttf", art::FONT_REGULAR));
    let proportional = defs.families.entry(FontFamily::Proportional).or_default();
    proportional.insert(0, "dejavu".into());
    let mut bold_family = vec!["dejavu-bold".to_owned()];
    bold_family.extend(proportional.iter().cloned());
    defs.families.insert(bold(), bold_family);
    defs
}
