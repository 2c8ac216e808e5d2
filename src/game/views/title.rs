//! The title screen's view: the game's name, continue / new game / settings / quit, and what is
//! wrong with the saves, if anything.

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use super::keys;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::levels::Catalogue;
use crate::game::save::SaveSlot;
use crate::game::session::ActiveSession;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::menus;

/// What the title screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TitleView {
    /// "First Client — 12 decisions in", when there is a game to continue.
    pub continue_label: Option<String>,
    /// A problem with the saves, in plain words.
    pub save_message: Option<String>,
    /// Scenarios ready to play.
    pub playable: usize,
    /// Scenario files with problems.
    pub broken: usize,
}

/// The title screen's items, in order.
fn items(view: &TitleView) -> Vec<(Intent, String)> {
    let mut items = Vec::new();
    if let Some(label) = &view.continue_label {
        items.push((Intent::Continue, menus::continue_game(label)));
    }
    items.push((Intent::NewGame, menus::new_game()));
    items.push((Intent::OpenDrill, crate::wording::drill::drill_title()));
    items.push((Intent::OpenProgress, crate::tr!("views-progress")));
    items.push((
        Intent::Workshop(WorkshopIntent::OpenJoin),
        menus::join_workshop(),
    ));
    items.push((
        Intent::Workshop(WorkshopIntent::OpenHost),
        menus::host_workshop(),
    ));
    items.push((Intent::OpenSettings, crate::tr!("views-settings")));
    items.push((Intent::OpenAbout, crate::tr!("views-about")));
    items.push((Intent::Quit, crate::tr!("views-quit")));
    items
}

/// Draws the title screen. Number keys pick an item; Enter picks the first.
pub fn title_view(ui: &mut Ui, view: &TitleView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let items = items(view);
    let mut out = None;
    if let Some(n) = keys::number(ui)
        && let Some((intent, _)) = items.get(n)
    {
        out = Some(intent.clone());
    }
    if keys::enter(ui) {
        out = items.first().map(|(i, _)| i.clone());
    }
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            // Centre the block (about 470 points tall, more with a save message).
            let block = 740.0
                + if view.save_message.is_some() {
                    120.0
                } else {
                    0.0
                };
            ui.add_space(((ui.available_height() - block) / 2.0).max(16.0));
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.label(
                    RichText::new("OVERPROMISE")
                        .font(bold_font(size::HERO))
                        .color(pal.accent),
                );
                ui.label(
                    RichText::new(menus::tagline())
                        .size(size::HEADING)
                        .color(pal.text),
                );
                ui.add_space(32.0);
                if let Some(msg) = &view.save_message {
                    ui.allocate_ui(egui::vec2(640.0, 0.0), |ui| {
                        widgets::card(ui, |ui| {
                            ui.label(
                                RichText::new(menus::about_saved_game())
                                    .strong()
                                    .color(pal.warn),
                            );
                            ui.add(egui::Label::new(RichText::new(msg).color(pal.text)).wrap());
                        });
                    });
                    ui.add_space(16.0);
                }
                for (i, (intent, label)) in items.iter().enumerate() {
                    let primary = i == 0;
                    if ActionButton::new(label)
                        .key(&keys::label(i))
                        .primary(primary)
                        .min_width(480.0)
                        .show(ui)
                        .clicked()
                    {
                        out = Some(intent.clone());
                    }
                    ui.add_space(4.0);
                }
                ui.add_space(24.0);
                widgets::weak(ui, &menus::title_ready(view.playable, view.broken));
                widgets::weak(ui, &menus::title_keys());
            });
        });
    out
}

/// Builds the title view from the save slot, the game in memory and the catalogue.
pub fn build_view(
    slot: &SaveSlot,
    session: Option<&ActiveSession>,
    catalogue: &Catalogue,
) -> TitleView {
    let describe = |s: &crate::engine::Session| {
        menus::game_in_progress(&s.scenario().title, s.actions().len())
    };
    TitleView {
        continue_label: session
            .map(|a| describe(&a.session))
            .or_else(|| slot.resumable.as_ref().map(|r| describe(&r.session))),
        save_message: slot.message.clone(),
        playable: catalogue.playable().count(),
        broken: catalogue.broken().count(),
    }
}
