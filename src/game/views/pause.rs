//! The menus over the screens: the notice banner, the pause menu and the settings, drawn from an
//! [`OverlayView`].

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use super::keys;
use crate::engine::Support;
use crate::game::intent::Intent;
use crate::game::prefs::{GuidePref, Settings, UI_SCALES};
use crate::game::state::Menu;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::progress::{ResultsFormView, results_form};
use crate::wording::i18n::Language;
use crate::wording::menus;
use crate::wording::support::{support_blurb, support_name};

/// What is drawn over the current screen.
#[derive(Debug, Clone, PartialEq)]
pub struct OverlayView {
    /// The menu open, if any.
    pub menu: Menu,
    /// Whether a game screen is shown (Esc pauses it).
    pub in_game: bool,
    /// The settings in use.
    pub settings: Settings,
    /// The notice banner's text.
    pub notice: Option<String>,
}

/// Draws the open menu, or the notice banner when no menu is open. Esc on a game screen pauses.
pub fn overlay_view(ui: &mut Ui, view: &OverlayView) -> Option<Intent> {
    overlay_view_with(ui, view, None)
}

/// [`overlay_view`], with the results settings form in the settings menu.
pub fn overlay_view_with(
    ui: &mut Ui,
    view: &OverlayView,
    results: Option<&ResultsFormView>,
) -> Option<Intent> {
    match view.menu {
        Menu::None => {
            let mut out = None;
            if view.in_game && keys::escape(ui) {
                out = Some(Intent::Pause);
            }
            if let Some(text) = &view.notice {
                let pal = Palette::of(ui);
                egui::Area::new(egui::Id::new("notice"))
                    .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -90.0))
                    .order(egui::Order::Foreground)
                    .show(ui.ctx(), |ui| {
                        ui.set_width(720.0);
                        if widgets::notice_banner(ui, text, pal.warn) {
                            out = Some(Intent::DismissNotice);
                        }
                    });
            }
            out
        }
        Menu::Pause => pause_view(ui),
        Menu::Settings => settings_with_results(ui, &view.settings, results),
    }
}

/// Draws the pause menu.
pub fn pause_view(ui: &mut Ui) -> Option<Intent> {
    let (resume, settings) = (crate::tr!("views-resume"), crate::tr!("views-settings"));
    let items = [
        (Intent::Resume, resume.as_str()),
        (Intent::OpenSettings, settings.as_str()),
        (Intent::ToTitle, &menus::to_title_screen()),
    ];
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some((i, _)) = items.get(k)
    {
        out = Some(i.clone());
    }
    if keys::escape(ui) || keys::enter(ui) {
        out = Some(Intent::Resume);
    }
    modal(ui, "pause", |ui, pal| {
        ui.label(
            RichText::new(crate::tr!("views-paused"))
                .font(bold_font(size::TITLE))
                .color(pal.text),
        );
        widgets::weak(ui, &menus::saved_after_every_decision());
        ui.add_space(12.0);
        for (i, (intent, label)) in items.iter().enumerate() {
            if ActionButton::new(label)
                .key(&keys::label(i))
                .primary(i == 0)
                .min_width(380.0)
                .show(ui)
                .clicked()
            {
                out = Some(intent.clone());
            }
            ui.add_space(4.0);
        }
    });
    out
}

/// Draws the settings.
pub fn settings_view(ui: &mut Ui, settings: &Settings) -> Option<Intent> {
    settings_with_results(ui, settings, None)
}

/// Draws the settings, with the results settings form (the progress page's) at the end when
/// given. Number keys and Enter do not act while a field is being typed in.
pub fn settings_with_results(
    ui: &mut Ui,
    settings: &Settings,
    results: Option<&ResultsFormView>,
) -> Option<Intent> {
    let mut out = None;
    // The key gate keeps number keys and Enter from a field being typed in.
    let set = |f: &dyn Fn(&mut Settings)| {
        let mut s = settings.clone();
        f(&mut s);
        Some(Intent::SetSettings(s))
    };
    match keys::number(ui) {
        Some(0) => out = set(&|s| s.ui_scale = s.step_scale(-1)),
        Some(1) => out = set(&|s| s.ui_scale = s.step_scale(1)),
        Some(2) => out = set(&|s| s.high_contrast = !s.high_contrast),
        Some(3) => out = set(&|s| s.coach_mode = !s.coach_mode),
        Some(4) => out = set(&|s| s.support = next_support(s.support)),
        Some(5) => out = set(&flip_guide),
        Some(6) => out = set(&|s| s.language = next_language(s.language)),
        _ => {}
    }
    if keys::escape(ui) || keys::enter(ui) {
        out = Some(Intent::CloseSettings);
    }
    modal(ui, "settings", |ui, pal| {
        ui.label(
            RichText::new(crate::tr!("views-settings"))
                .font(bold_font(size::TITLE))
                .color(pal.text),
        );
        // The results form goes beside the other settings when the window is wide enough.
        let beside = results.is_some() && ui.ctx().content_rect().width() >= SIDE_BY_SIDE;
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(SETTINGS_WIDTH);
                ui.add_space(8.0);
                widgets::overline(ui, &menus::size_heading());
                ui.horizontal(|ui| {
                    if ActionButton::new(&menus::smaller())
                        .key("1")
                        .show(ui)
                        .clicked()
                    {
                        out = set(&|s| s.ui_scale = s.step_scale(-1));
                    }
                    ui.label(
                        RichText::new(menus::scale_now(settings.ui_scale))
                            .font(bold_font(size::HEADING))
                            .color(pal.text),
                    );
                    if ActionButton::new(&menus::larger())
                        .key("2")
                        .show(ui)
                        .clicked()
                    {
                        out = set(&|s| s.ui_scale = s.step_scale(1));
                    }
                });
                widgets::weak(
                    ui,
                    &menus::scale_range(UI_SCALES[0], UI_SCALES[UI_SCALES.len() - 1]),
                );
                ui.add_space(10.0);
                toggle(
                    ui,
                    pal,
                    "3",
                    &menus::high_contrast().0,
                    &menus::high_contrast().1,
                    settings.high_contrast,
                    || {
                        out = set(&|s| s.high_contrast = !s.high_contrast);
                    },
                );
                toggle(
                    ui,
                    pal,
                    "4",
                    &menus::coach_mode().0,
                    &menus::coach_mode().1,
                    settings.coach_mode,
                    || out = set(&|s| s.coach_mode = !s.coach_mode),
                );
                let r = widgets::clickable_card(ui, "support-for-the-room", false, |ui| {
                    ui.horizontal(|ui| {
                        widgets::key_cap(ui, "5");
                        ui.label(
                            RichText::new(menus::support_for_the_room())
                                .font(bold_font(size::BODY))
                                .color(pal.text),
                        );
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            ui.label(
                                RichText::new(support_name(settings.support))
                                    .font(bold_font(size::BODY))
                                    .color(pal.accent),
                            );
                        });
                    });
                    ui.add(
                        egui::Label::new(
                            RichText::new(menus::support_default(&support_blurb(settings.support)))
                                .size(size::SMALL)
                                .color(pal.text_weak),
                        )
                        .wrap(),
                    );
                });
                if r.clicked() {
                    out = set(&|s| s.support = next_support(s.support));
                }
                toggle(
                    ui,
                    pal,
                    "6",
                    &menus::guide_again().0,
                    &menus::guide_again().1,
                    settings.guide != GuidePref::Done,
                    || out = set(&flip_guide),
                );
                if language_card(ui, pal, settings.language) {
                    out = set(&|s| s.language = next_language(s.language));
                }
            });
            if beside && let Some(r) = results {
                ui.add_space(28.0);
                ui.vertical(|ui| {
                    ui.set_width(RESULTS_WIDTH);
                    if let Some(i) = results_form(ui, r) {
                        out = Some(i);
                    }
                });
            }
        });
        if !beside && let Some(r) = results {
            ui.add_space(10.0);
            if let Some(i) = results_form(ui, r) {
                out = Some(i);
            }
        }
        ui.add_space(10.0);
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            if ActionButton::new(&crate::tr!("views-done-button"))
                .key("Esc")
                .primary(true)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::CloseSettings);
            }
        });
    });
    out
}

/// The guide toggle: on asks for the guide again, off means no guide.
fn flip_guide(s: &mut Settings) {
    s.guide = match s.guide {
        GuidePref::Done => GuidePref::Again,
        GuidePref::FirstRun | GuidePref::Again => GuidePref::Done,
    };
}

fn toggle(
    ui: &mut Ui,
    pal: &Palette,
    key: &str,
    label: &str,
    help: &str,
    on: bool,
    mut flip: impl FnMut(),
) {
    let r = widgets::clickable_card(ui, ("toggle", label), on, |ui| {
        ui.horizontal(|ui| {
            widgets::key_cap(ui, key);
            ui.label(
                RichText::new(label)
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let (text, color) = if on {
                    (crate::tr!("views-on"), pal.good)
                } else {
                    (crate::tr!("views-off"), pal.text_weak)
                };
                ui.label(RichText::new(text).font(bold_font(size::BODY)).color(color));
            });
        });
        ui.add(egui::Label::new(RichText::new(help).size(size::SMALL).color(pal.text_weak)).wrap());
    });
    if r.clicked() {
        flip();
    }
    ui.add_space(4.0);
}

/// The settings column's width.
const SETTINGS_WIDTH: f32 = 520.0;
/// The results form's width beside it.
const RESULTS_WIDTH: f32 = 400.0;
/// The narrowest window that shows the two side by side.
const SIDE_BY_SIDE: f32 = 1040.0;

fn modal(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui, &Palette)) {
    let pal = Palette::of(ui);
    egui::Modal::new(egui::Id::new(id))
        .backdrop_color(egui::Color32::from_black_alpha(if pal.high_contrast {
            200
        } else {
            120
        }))
        .frame(
            egui::Frame::new()
                .fill(pal.card)
                .stroke(egui::Stroke::new(pal.stroke + 1.0, pal.border))
                .corner_radius(egui::CornerRadius::same(16))
                .inner_margin(egui::Margin::same(28)),
        )
        .show(ui.ctx(), |ui| {
            ui.set_min_width(SETTINGS_WIDTH);
            // Tall menus (the settings with the results form) scroll in a small window.
            let max = (ui.ctx().content_rect().height() - 120.0).max(200.0);
            egui::ScrollArea::vertical()
                .max_height(max)
                .show(ui, |ui| add(ui, &pal));
        });
}

/// The language card (key 7): the language in use, and whether it is the system's. True when
/// clicked.
fn language_card(ui: &mut Ui, pal: &Palette, chosen: Option<Language>) -> bool {
    let (label, help) = menus::language_setting();
    let r = widgets::clickable_card(ui, "language", false, |ui| {
        ui.horizontal(|ui| {
            widgets::key_cap(ui, "7");
            ui.label(
                RichText::new(&label)
                    .font(bold_font(size::BODY))
                    .color(pal.text),
            );
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let shown = match chosen {
                    Some(l) => l.endonym().to_owned(),
                    None => menus::system_language(Language::of_system().endonym()),
                };
                ui.label(
                    RichText::new(shown)
                        .font(bold_font(size::BODY))
                        .color(pal.accent),
                );
            });
        });
        ui.add(egui::Label::new(RichText::new(help).size(size::SMALL).color(pal.text_weak)).wrap());
    });
    r.clicked()
}

/// The system's language, then each language by name, then the system's again.
fn next_language(l: Option<Language>) -> Option<Language> {
    match l {
        None => Some(Language::ALL[0]),
        Some(l) => {
            let i = Language::ALL.iter().position(|x| *x == l).unwrap_or(0);
            Language::ALL.get(i + 1).copied()
        }
    }
}

/// Guided, Standard, Expert, then Guided again.
fn next_support(s: Support) -> Support {
    let i = Support::ALL.iter().position(|x| *x == s).unwrap_or(0);
    Support::ALL[(i + 1) % Support::ALL.len()]
}
