//! The host screen's view: the room code and the port, then, once the host runs, its address and
//! room code in type large enough for a projector, and the way to the facilitator's console.

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use super::keys;
use crate::game::intent::{HostForm, Intent, WorkshopIntent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::console as say;

/// The running host, as the projector shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Running {
    /// The addresses tables type (`192.168.1.20:7878`), best first.
    pub addresses: Vec<String>,
    /// The room code.
    pub code: String,
    /// The class debrief board's web address, for a second projector.
    pub board: String,
}

/// What the host screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HostView {
    /// The form as typed (before the host starts).
    pub form: HostForm,
    /// What is wrong with the form (empty: the host can start).
    pub problems: Vec<String>,
    /// The host, once it runs.
    pub running: Option<Running>,
    /// Why the host could not start, if it could not.
    pub error: Option<String>,
}

/// The room code's size on the projector.
const CODE_SIZE: f32 = 120.0;

/// Draws the host screen.
pub fn host_view(ui: &mut Ui, view: &HostView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let ready = view.problems.is_empty();
    match &view.running {
        None => {
            if keys::submit(ui) && ready {
                out = Some(Intent::Workshop(WorkshopIntent::StartHost));
            }
            if keys::escape(ui) {
                out = Some(Intent::Back);
            }
        }
        Some(_) => {
            if keys::enter(ui) {
                out = Some(Intent::Workshop(WorkshopIntent::OpenConsole));
            }
        }
    }
    widgets::top_bar(
        ui,
        "host_top",
        &say::host_title(),
        &say::host_subtitle(view.running.is_some()),
        |_| {},
    );
    widgets::bottom_bar(ui, "host_bottom", |ui| match &view.running {
        None => {
            if ActionButton::new(&say::start_host())
                .key("Enter")
                .primary(true)
                .enabled(ready)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Workshop(WorkshopIntent::StartHost));
            }
            if ActionButton::new(&crate::wording::menus::back())
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Back);
            }
        }
        Some(_) => {
            if ActionButton::new(&say::open_console())
                .key("Enter")
                .primary(true)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Workshop(WorkshopIntent::OpenConsole));
            }
            if ActionButton::new(&say::stop_workshop()).show(ui).clicked() {
                out = Some(Intent::Workshop(WorkshopIntent::Leave));
            }
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| match &view.running {
                Some(r) => running(ui, &pal, r),
                None => {
                    ui.set_max_width(760.0);
                    if let Some(e) = &view.error {
                        widgets::card(ui, |ui| {
                            ui.label(RichText::new(say::host_failed()).color(pal.bad));
                            ui.add(egui::Label::new(RichText::new(e).color(pal.text)).wrap());
                        });
                        ui.add_space(8.0);
                    }
                    widgets::card(ui, |ui| {
                        if let Some(i) = form(ui, &pal, &view.form) {
                            out = Some(i);
                        }
                    });
                    ui.add_space(8.0);
                    for p in &view.problems {
                        ui.label(RichText::new(format!("• {p}")).color(pal.warn));
                    }
                }
            });
        });
    out
}

fn running(ui: &mut Ui, pal: &Palette, r: &Running) {
    ui.add_space(12.0);
    ui.label(
        RichText::new(say::room_code())
            .size(size::HEADING)
            .color(pal.text_weak),
    );
    ui.label(
        RichText::new(&r.code)
            .font(bold_font(CODE_SIZE))
            .color(pal.accent),
    );
    ui.add_space(16.0);
    ui.label(
        RichText::new(say::address())
            .size(size::HEADING)
            .color(pal.text_weak),
    );
    let mut first = true;
    for a in &r.addresses {
        ui.label(
            RichText::new(a)
                .font(bold_font(if first { size::HERO } else { size::TITLE }))
                .color(pal.text),
        );
        first = false;
    }
    ui.add_space(20.0);
    widgets::weak(ui, &say::second_screen(&r.board));
}

fn form(ui: &mut Ui, pal: &Palette, form: &HostForm) -> Option<Intent> {
    let mut f = form.clone();
    let mut changed = false;
    egui::Grid::new("host_form")
        .num_columns(2)
        .spacing([16.0, 12.0])
        .show(ui, |ui| {
            ui.label(RichText::new(say::room_code()).color(pal.text));
            changed |= ui
                .add(egui::TextEdit::singleline(&mut f.code).desired_width(200.0))
                .changed();
            ui.end_row();
            ui.label(RichText::new(say::port()).color(pal.text));
            changed |= ui
                .add(egui::TextEdit::singleline(&mut f.port).desired_width(120.0))
                .changed();
            ui.end_row();
        });
    ui.add_space(4.0);
    widgets::weak(ui, &say::host_note());
    changed.then_some(Intent::Workshop(WorkshopIntent::EditHost(f)))
}
