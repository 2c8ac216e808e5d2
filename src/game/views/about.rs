//! The about screen's view: the version, where the levels and the data folder are, and the
//! licences of the game, its fonts and its art (facilitators are asked).

use std::path::Path;

use bevy_egui::egui::{self, RichText, ScrollArea};

use crate::game::intent::Intent;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::keys;
use crate::wording::menus;

/// One thing shipped in the game and the terms it comes under.
#[derive(Debug, Clone, PartialEq)]
pub struct Licence {
    /// What it is ("DejaVu Sans fonts").
    pub what: &'static str,
    /// Its licence, in a few words.
    pub licence: &'static str,
    /// Where the full text is, or a word more.
    pub note: &'static str,
}

/// What the about screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AboutView {
    /// The game's version (`0.1.0`).
    pub version: String,
    /// Where the shipped levels are read from, in words.
    pub levels: String,
    /// The data folder (settings, the autosave, exports, the player's own `levels/`), if any.
    pub data_dir: Option<String>,
    /// True when the data folder exists already (it is created on the first save).
    pub data_dir_exists: bool,
    /// The licences, game first.
    pub licences: Vec<Licence>,
    /// The full DejaVu licence text (it asks to be shipped with the fonts).
    pub font_licence_text: &'static str,
}

/// The licences of what is built into the game.
pub fn licences() -> Vec<Licence> {
    vec![
        Licence {
            what: "Overpromise: program, levels and scripts",
            licence: "MIT or Apache-2.0, at your answer",
            note: "LICENSE-MIT and LICENSE-APACHE in the package's documentation",
        },
        Licence {
            what: "Portraits",
            licence: "MIT or Apache-2.0 (drawn for this game)",
            note: "generated flat art, same terms as the game",
        },
        Licence {
            what: "DejaVu Sans and DejaVu Sans Bold fonts",
            licence: "Bitstream Vera licence; DejaVu changes in the public domain",
            note: "full text below",
        },
        Licence {
            what: "Fallback fonts from egui (Ubuntu Light, Hack, Noto Emoji, emoji icons)",
            licence: "Ubuntu Font Licence 1.0, MIT, SIL Open Font Licence 1.1",
            note: "shipped with the egui library",
        },
        Licence {
            what: "Libraries (Bevy, egui, serde, ron, clap and others)",
            licence: "MIT or Apache-2.0, and similar permissive licences",
            note: "see Cargo.lock in the source",
        },
    ]
}

impl AboutView {
    /// The view for this data folder and shipped levels folder (`None`: the built-in levels).
    pub fn new(data_dir: Option<&Path>, shipped_levels: Option<&Path>) -> Self {
        let builtin = crate::bundled::LEVELS.len();
        Self {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            levels: menus::shipped_levels(
                shipped_levels.map(|d| d.display().to_string()).as_deref(),
                builtin,
            ),
            data_dir: data_dir.map(|d| d.display().to_string()),
            data_dir_exists: data_dir.is_some_and(Path::is_dir),
            licences: licences(),
            font_licence_text: crate::bundled::art::FONT_LICENSE,
        }
    }
}

/// Draws the about screen. Esc, Backspace or Enter go back to the title screen.
pub fn about_view(ui: &mut egui::Ui, view: &AboutView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if keys::escape(ui) || keys::enter(ui) || keys::pressed(ui, egui::Key::Backspace) {
        out = Some(Intent::Back);
    }
    widgets::top_bar(
        ui,
        "about-top",
        &menus::about_title(),
        &menus::version(&view.version),
        |_| {},
    );
    widgets::bottom_bar(ui, "about-bottom", |ui| {
        if ActionButton::new(&crate::wording::menus::back())
            .key("Esc")
            .primary(true)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Back);
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                widgets::heading(ui, &menus::where_things_are());
                widgets::card(ui, |ui| {
                    ui.label(RichText::new(menus::data_folder()).strong().color(pal.text));
                    match &view.data_dir {
                        Some(dir) => {
                            ui.label(RichText::new(dir).monospace().color(pal.text));
                            widgets::weak(ui, &menus::data_folder_holds(view.data_dir_exists));
                        }
                        None => {
                            widgets::weak(ui, &menus::no_data_folder());
                        }
                    }
                    ui.add_space(6.0);
                    ui.label(RichText::new(&view.levels).color(pal.text));
                });
                ui.add_space(12.0);
                widgets::heading(ui, &crate::tr!("views-licences"));
                widgets::card(ui, |ui| {
                    for (i, l) in view.licences.iter().enumerate() {
                        if i > 0 {
                            ui.add_space(8.0);
                        }
                        ui.label(
                            RichText::new(l.what)
                                .font(bold_font(size::BODY))
                                .color(pal.text),
                        );
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(l.licence).color(pal.text));
                            widgets::weak(ui, &menus::licence_note(l.note));
                        });
                    }
                });
                ui.add_space(12.0);
                widgets::heading(ui, &menus::font_licence());
                widgets::card(ui, |ui| {
                    ui.label(
                        RichText::new(view.font_licence_text)
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    );
                });
            });
        });
    out
}
