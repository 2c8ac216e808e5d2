//! The page a seat sees while the other seat has the decision and this one has no part in it (a
//! delivery lead while the seller writes the document, a seller while delivery runs without a
//! board yet): what is happening and why this seat waits. Built from the seat's view only.

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use crate::engine::view::RoleView;
use crate::game::intent::Intent;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::remote as words;

/// What the waiting page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingView {
    /// Client and scenario.
    pub subtitle: String,
    /// What is happening.
    pub heading: String,
    /// Why this seat waits, and what comes next for it.
    pub why: String,
}

/// The waiting page for the first view at the screen; `names` are seller, lead.
pub fn build_view(views: &[RoleView], names: &[String; 2]) -> WaitingView {
    let Some(v) = views.first() else {
        return WaitingView {
            subtitle: String::new(),
            heading: words::joining(),
            why: String::new(),
        };
    };
    let meeting = v
        .sales
        .as_ref()
        .and_then(|p| p.meeting.as_ref())
        .map(|(name, _)| name.as_str());
    let (heading, why) = words::waiting(&v.phase, v.seat, meeting, names);
    WaitingView {
        subtitle: crate::wording::pid::client_and_title(&v.client, &v.title),
        heading,
        why,
    }
}

/// Draws the waiting page.
pub fn waiting_view(ui: &mut Ui, view: &WaitingView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    widgets::top_bar(ui, "waiting-top", &view.heading, &view.subtitle, |_| {});
    widgets::bottom_bar(ui, "waiting-bottom", |ui| {
        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
            if ActionButton::new(&crate::tr!("views-pause"))
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Pause);
            }
        });
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.add_space(24.0);
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.set_max_width(720.0);
                widgets::card(ui, |ui| {
                    ui.label(
                        RichText::new(&view.heading)
                            .font(bold_font(size::HEADING))
                            .color(pal.text),
                    );
                    ui.add(egui::Label::new(RichText::new(&view.why).color(pal.text)).wrap());
                });
            });
        });
    out
}
