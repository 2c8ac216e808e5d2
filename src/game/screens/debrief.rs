//! The outcome and debrief. A summary for now: won or lost, the headline numbers and the key
//! moments; the promise trace, pacing chart and rubric replace it.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText, ScrollArea, Ui};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::sales::money;
use super::{Screen, ScreenIo, keys, root_ui};
use crate::game::session::{ActiveSession, Intent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, UiSystems, bold_font, size};

/// What the summary shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DebriefView {
    /// "Deal won and delivered" or why it was lost.
    pub headline: String,
    /// Headline numbers: (label, value).
    pub numbers: Vec<(String, String)>,
    /// The key moments, in order.
    pub moments: Vec<String>,
}

/// Builds the summary from the session.
pub fn build_view(active: &ActiveSession) -> DebriefView {
    let session = &active.session;
    let (headline, numbers) = match session.outcome() {
        Some(o) if o.won => (
            "The deal was won and delivered".to_owned(),
            vec![
                ("Price".to_owned(), money(o.price)),
                ("Margin".to_owned(), money(o.margin)),
                (
                    "Client satisfaction".to_owned(),
                    format!("{:.0} / 100", o.satisfaction),
                ),
                (
                    "Weeks".to_owned(),
                    format!("{} ({} agreed)", o.actual_weeks, o.agreed_weeks),
                ),
                ("Score".to_owned(), format!("{:.0} / 100", o.score)),
            ],
        ),
        Some(o) => (
            "The deal was lost".to_owned(),
            vec![("Presales spent".to_owned(), money(o.presales_cost))],
        ),
        None => ("The game is not over yet".to_owned(), Vec::new()),
    };
    DebriefView {
        headline,
        numbers,
        moments: session.key_moments(),
    }
}

/// Draws the summary. Enter goes back to the title screen.
pub fn debrief_view(ui: &mut Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if keys::enter(ui) {
        out = Some(Intent::ToTitle);
    }
    widgets::top_bar(ui, "debrief-top", "Debrief", &view.headline, |_| {});
    widgets::bottom_bar(ui, "debrief-bottom", |ui| {
        if ActionButton::new("Back to the title screen")
            .key("⏎")
            .primary(true)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::ToTitle);
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (label, value) in &view.numbers {
                    widgets::card_frame(&pal, false, false).show(ui, |ui| {
                        ui.vertical(|ui| {
                            ui.label(RichText::new(label).size(size::SMALL).color(pal.text_weak));
                            ui.label(
                                RichText::new(value)
                                    .font(bold_font(size::HEADING))
                                    .color(pal.text),
                            );
                        });
                    });
                }
            });
            ui.add_space(12.0);
            widgets::overline(ui, "Key moments");
            ScrollArea::vertical().show(ui, |ui| {
                for m in &view.moments {
                    ui.add(egui::Label::new(format!("•  {m}")).wrap());
                }
            });
        });
    out
}

pub(super) fn plugin(_app: &mut App) {}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_debrief
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Debrief)),
    );
}

fn draw_debrief(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let view = build_view(&active);
    let mut ui = root_ui(ctx, "debrief");
    let intent = debrief_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
