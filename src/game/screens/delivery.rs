//! Delivery, week by week. A plain board for now: the week, the work left, and every decision the
//! engine allows this week; the full board (burn-down, team, events) replaces it.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText, ScrollArea, Ui};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{Screen, ScreenIo, keys, root_ui};
use crate::engine::Action;
use crate::game::session::{ActiveSession, Intent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, UiSystems, size};

/// What the delivery board shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryView {
    /// "Week 3 of 9".
    pub week: String,
    /// Work done and left, in words.
    pub progress: String,
    /// Share of the work done, 0 to 1.
    pub done_share: f32,
    /// The decisions on offer, in words, ending with "end the week".
    pub actions: Vec<(String, Action)>,
}

/// Builds the board from the session.
pub fn build_view(active: &ActiveSession) -> DeliveryView {
    let session = &active.session;
    let (week, progress, done_share) = match &session.state().delivery {
        Some(d) => {
            let left = d.remaining();
            let total = d.done + left;
            (
                format!("Week {} · deadline week {}", d.week + 1, d.deadline),
                format!("{:.0} person-days done, {:.0} to go", d.done, left),
                if total > 0.0 { d.done / total } else { 0.0 },
            )
        }
        None => (String::new(), String::new(), 0.0),
    };
    let mut actions: Vec<(String, Action)> = session
        .legal_actions()
        .into_iter()
        .map(|a| (capitalise(&session.describe(&a)), a))
        .collect();
    // End the week last, so the number keys for the other decisions stay put.
    actions.sort_by_key(|(_, a)| *a == Action::EndWeek);
    DeliveryView {
        week,
        progress,
        done_share,
        actions,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Draws the board. Number keys take a decision; Enter ends the week.
pub fn delivery_view(ui: &mut Ui, view: &DeliveryView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some((_, a)) = view.actions.get(k)
    {
        out = Some(Intent::Act(a.clone()));
    }
    if keys::enter(ui) {
        out = Some(Intent::Act(Action::EndWeek));
    }
    widgets::top_bar(ui, "delivery-top", "Delivery", &view.week, |_| {});
    widgets::bottom_bar(ui, "delivery-bottom", |ui| {
        if ActionButton::new("End the week")
            .key("⏎")
            .primary(true)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Act(Action::EndWeek));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new("Pause").key("Esc").show(ui).clicked() {
                out = Some(Intent::Pause);
            }
        });
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.label(RichText::new(&view.progress).size(size::HEADING));
            widgets::meter(ui, view.done_share, pal.good, 480.0);
            ui.add_space(12.0);
            widgets::overline(ui, "This week you can");
            ScrollArea::vertical().show(ui, |ui| {
                for (i, (label, a)) in view.actions.iter().enumerate() {
                    if *a == Action::EndWeek {
                        continue;
                    }
                    let mut b = ActionButton::new(label).min_width(420.0);
                    let key = keys::label(i);
                    if i < 9 {
                        b = b.key(&key);
                    }
                    if b.show(ui).clicked() {
                        out = Some(Intent::Act(a.clone()));
                    }
                }
            });
        });
    out
}

pub(super) fn plugin(_app: &mut App) {}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_delivery
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Delivery)),
    );
}

fn draw_delivery(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let view = build_view(&active);
    let mut ui = root_ui(ctx, "delivery");
    let intent = delivery_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
