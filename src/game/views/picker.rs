//! The scenario picker: every playable scenario with its length, difficulty and lessons, and every
//! file with problems, listed with what is wrong in plain words.

use std::path::PathBuf;

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::keys;
use crate::game::intent::Intent;
use crate::game::levels::Catalogue;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::scenario::model::Difficulty;
use crate::wording::menus;

/// One playable scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelCard {
    /// Its file.
    pub path: PathBuf,
    /// Title.
    pub title: String,
    /// Pitch.
    pub summary: String,
    /// Expected minutes.
    pub minutes: u32,
    /// Difficulty in words.
    pub difficulty: String,
    /// Lessons.
    pub lessons: Vec<String>,
    /// Where it comes from ("Built-in", "Your levels").
    pub source: String,
    /// Client name and sector.
    pub client: String,
    /// Number of meetings.
    pub meetings: usize,
}

/// A file that did not load.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenFile {
    /// File name.
    pub file_name: String,
    /// Its folder.
    pub folder: String,
    /// What is wrong, one problem per line.
    pub problems: Vec<String>,
}

/// What the picker shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PickerView {
    /// Playable scenarios.
    pub levels: Vec<LevelCard>,
    /// Files with problems.
    pub broken: Vec<BrokenFile>,
    /// Folders that could not be read.
    pub folder_problems: Vec<String>,
    /// The highlighted scenario.
    pub highlight: usize,
}

/// Difficulty in words.
pub fn difficulty_words(d: Difficulty) -> String {
    match d {
        Difficulty::Introductory => crate::tr!("views-introductory"),
        Difficulty::Intermediate => crate::tr!("views-intermediate"),
        Difficulty::Advanced => crate::tr!("views-advanced"),
    }
}

/// Builds the picker's view from the catalogue.
pub fn build_view(catalogue: &Catalogue, highlight: Option<usize>) -> PickerView {
    let levels: Vec<LevelCard> = catalogue
        .playable()
        .map(|(e, s)| LevelCard {
            path: e.path.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            minutes: s.minutes,
            difficulty: difficulty_words(s.difficulty),
            lessons: s.lessons.clone(),
            source: e.source.label(),
            client: menus::client_sector(&s.client.name, &s.client.sector),
            meetings: s.meetings.len(),
        })
        .collect();
    let broken = catalogue
        .broken()
        .map(|(e, problems)| BrokenFile {
            file_name: e.file_name(),
            folder: e
                .path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            problems: problems.clone(),
        })
        .collect();
    let highlight = highlight.unwrap_or(0).min(levels.len().saturating_sub(1));
    PickerView {
        levels,
        broken,
        folder_problems: catalogue.folder_problems.clone(),
        highlight,
    }
}

/// Draws the picker. Number keys and arrows highlight, Enter opens the briefing, Esc goes back.
pub fn picker_view(ui: &mut Ui, view: &PickerView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let n = view.levels.len();
    if let Some(k) = keys::number(ui)
        && k < n
    {
        out = Some(Intent::Highlight(k));
    }
    if let Some(h) = keys::step_highlight(Some(view.highlight), keys::up_down(ui), n) {
        out = Some(Intent::Highlight(h));
    }
    let chosen = view.levels.get(view.highlight);
    if keys::enter(ui)
        && let Some(c) = chosen
    {
        out = Some(Intent::Pick(c.path.clone()));
    }
    if keys::escape(ui) || keys::pressed(ui, egui::Key::Backspace) {
        out = Some(Intent::Back);
    }

    let subtitle = menus::picker_ready(n, view.broken.len());
    widgets::top_bar(
        ui,
        "picker-top",
        &menus::choose_scenario(),
        &subtitle,
        |_| {},
    );
    widgets::bottom_bar(ui, "picker-bottom", |ui| {
        if ActionButton::new(&menus::read_briefing())
            .key("⏎")
            .primary(true)
            .enabled(chosen.is_some())
            .show(ui)
            .clicked()
            && let Some(c) = chosen
        {
            out = Some(Intent::Pick(c.path.clone()));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new(&crate::wording::menus::back())
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Back);
            }
        });
    });
    egui::Panel::left("picker-list")
        .resizable(false)
        .exact_size(ui.available_width() * 0.42)
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                for (i, level) in view.levels.iter().enumerate() {
                    let r = widgets::clickable_card(ui, ("level", i), i == view.highlight, |ui| {
                        ui.horizontal(|ui| {
                            if i < 9 {
                                widgets::key_cap(ui, &keys::label(i));
                            }
                            ui.label(
                                RichText::new(&level.title)
                                    .font(bold_font(size::HEADING))
                                    .color(pal.text),
                            );
                        });
                        ui.horizontal_wrapped(|ui| {
                            widgets::chip(ui, &menus::minutes_chip(level.minutes), pal.info);
                            widgets::chip(
                                ui,
                                &level.difficulty,
                                difficulty_color(&pal, &level.difficulty),
                            );
                            widgets::chip(ui, &level.source, pal.text_weak);
                        });
                    });
                    if r.double_clicked() {
                        out = Some(Intent::Pick(level.path.clone()));
                    } else if r.clicked() {
                        out = Some(Intent::Highlight(i));
                    }
                    ui.add_space(6.0);
                }
                if !view.broken.is_empty() || !view.folder_problems.is_empty() {
                    ui.add_space(12.0);
                    widgets::overline(ui, &menus::files_with_problems());
                    for p in &view.folder_problems {
                        ui.label(RichText::new(p).color(pal.bad));
                    }
                    for b in &view.broken {
                        broken_card(ui, &pal, b);
                        ui.add_space(6.0);
                    }
                }
            });
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            let Some(level) = chosen else {
                ui.add_space(40.0);
                widgets::heading(ui, &menus::nothing_to_play());
                widgets::weak(ui, &menus::how_to_add());
                return;
            };
            ScrollArea::vertical().show(ui, |ui| {
                ui.label(
                    RichText::new(&level.title)
                        .font(bold_font(size::TITLE))
                        .color(pal.text),
                );
                widgets::weak(ui, &level.client);
                ui.add_space(8.0);
                ui.add(egui::Label::new(RichText::new(&level.summary).size(size::BODY)).wrap());
                ui.add_space(14.0);
                widgets::overline(ui, &menus::what_it_teaches());
                for lesson in &level.lessons {
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new("•").color(pal.accent).strong());
                        ui.add(egui::Label::new(lesson).wrap());
                    });
                }
                ui.add_space(14.0);
                widgets::weak(ui, &menus::scenario_shape(level.meetings, level.minutes));
            });
        });
    out
}

fn difficulty_color(pal: &Palette, d: &str) -> egui::Color32 {
    if d == difficulty_words(Difficulty::Introductory) {
        pal.good
    } else if d == difficulty_words(Difficulty::Intermediate) {
        pal.warn
    } else {
        pal.bad
    }
}

fn broken_card(ui: &mut Ui, pal: &Palette, b: &BrokenFile) {
    egui::Frame::new()
        .fill(pal.card)
        .stroke(egui::Stroke::new(pal.stroke + 1.0, pal.bad))
        .corner_radius(egui::CornerRadius::same(12))
        .inner_margin(egui::Margin::symmetric(14, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(&b.file_name)
                    .font(bold_font(size::BODY))
                    .color(pal.bad),
            );
            ui.label(
                RichText::new(menus::in_folder(&b.folder))
                    .size(size::SMALL)
                    .color(pal.text_weak),
            );
            let shown = 6;
            for p in b.problems.iter().take(shown) {
                ui.horizontal_top(|ui| {
                    ui.label(RichText::new("•").color(pal.bad));
                    ui.add(egui::Label::new(RichText::new(p).size(size::SMALL)).wrap());
                });
            }
            if b.problems.len() > shown {
                widgets::weak(ui, &menus::and_more(b.problems.len() - shown));
            }
        });
}
