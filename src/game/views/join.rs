//! The join screen's view: the host's address, the room code, the table's name and the role this
//! device plays, with what is wrong with each answer said beside it.

use bevy_egui::egui::{self, Align, Layout, RichText, Ui};

use super::keys;
use crate::game::intent::{Intent, JoinForm, WorkshopIntent};
use crate::game::prefs::JoinRole;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::console as say;

/// What the join screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JoinView {
    /// The form as typed.
    pub form: JoinForm,
    /// What is wrong with the form, one line per answer (empty: it can be sent).
    pub problems: Vec<String>,
    /// Why the last attempt did not get in (a wrong code, another version), if it did not.
    pub last_attempt: Option<String>,
}

/// Draws the join form. Enter (in a field too) joins when the form is complete; Esc goes back.
pub fn join_view(ui: &mut Ui, view: &JoinView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let ready = view.problems.is_empty();
    if keys::submit(ui) && ready {
        out = Some(Intent::Workshop(WorkshopIntent::Join));
    }
    if keys::escape(ui) {
        out = Some(Intent::Back);
    }
    widgets::top_bar(
        ui,
        "join_top",
        &say::join_title(),
        &say::join_subtitle(),
        |_| {},
    );
    widgets::bottom_bar(ui, "join_bottom", |ui| {
        if ActionButton::new(&say::join())
            .key("Enter")
            .primary(true)
            .enabled(ready)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Workshop(WorkshopIntent::Join));
        }
        if ActionButton::new(&crate::wording::menus::back())
            .key("Esc")
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Back);
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.set_max_width(760.0);
                if let Some(why) = &view.last_attempt {
                    widgets::card(ui, |ui| {
                        ui.label(
                            RichText::new(say::not_joined())
                                .font(bold_font(size::BODY))
                                .color(pal.bad),
                        );
                        ui.add(egui::Label::new(RichText::new(why).color(pal.text)).wrap());
                    });
                    ui.add_space(8.0);
                }
                widgets::card(ui, |ui| {
                    if let Some(i) = form(ui, &pal, view) {
                        out = Some(i);
                    }
                });
                ui.add_space(8.0);
                for p in &view.problems {
                    ui.label(RichText::new(format!("• {p}")).color(pal.warn));
                }
                ui.add_space(8.0);
                widgets::weak(ui, &say::no_connection());
            });
        });
    out
}

fn form(ui: &mut Ui, pal: &Palette, view: &JoinView) -> Option<Intent> {
    let mut form = view.form.clone();
    let mut changed = false;
    egui::Grid::new("join_form")
        .num_columns(2)
        .spacing([16.0, 12.0])
        .show(ui, |ui| {
            // With nothing focused (the form just opened), typing goes to the first empty field:
            // the address, or the room code when the address is remembered.
            let nothing_focused = ui.memory(|m| m.focused().is_none());
            let address_empty = form.address.trim().is_empty();
            let label = ui.label(RichText::new(say::host_address()).color(pal.text));
            let address = ui
                .add(
                    egui::TextEdit::singleline(&mut form.address)
                        .hint_text(say::address_hint())
                        .desired_width(420.0),
                )
                .labelled_by(label.id);
            if nothing_focused && address_empty {
                address.request_focus();
            }
            changed |= address.changed();
            ui.end_row();
            let label = ui.label(RichText::new(say::room_code()).color(pal.text));
            let code = ui
                .add(
                    egui::TextEdit::singleline(&mut form.code)
                        .hint_text(say::code_hint())
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
            if nothing_focused && !address_empty && form.code.trim().is_empty() {
                code.request_focus();
            }
            changed |= code.changed();
            ui.end_row();
            ui.label(RichText::new(say::your_role()).color(pal.text));
            // Two fixed rows: a wrapped row inside a grid cell overlaps the next row.
            ui.vertical(|ui| {
                for row in JoinRole::ALL.chunks(3) {
                    ui.horizontal(|ui| {
                        for &role in row {
                            if ui
                                .selectable_label(form.role == role, RichText::new(role.label()))
                                .clicked()
                                && form.role != role
                            {
                                form.role = role;
                                changed = true;
                            }
                        }
                    });
                }
            });
            ui.end_row();
            if form.role == JoinRole::Facilitator {
                let label = ui.label(RichText::new(say::facilitator_key()).color(pal.text));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut form.key)
                            .password(true)
                            .desired_width(300.0),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
            }
            if form.role.needs_table() {
                let label = ui.label(RichText::new(say::table_name_label()).color(pal.text));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut form.table)
                            .hint_text(say::table_hint())
                            .desired_width(300.0),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    widgets::weak(ui, &role_help(form.role));
    changed.then_some(Intent::Workshop(WorkshopIntent::EditJoin(form)))
}

/// What a role does, in one line under the form.
fn role_help(role: JoinRole) -> String {
    match role {
        JoinRole::Seller => say::seller_help(),
        JoinRole::DeliveryLead => say::lead_help(),
        JoinRole::Both => say::both_help(),
        JoinRole::Observer => say::observer_help(),
        JoinRole::Facilitator => say::facilitator_help(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_is_explained() {
        for role in JoinRole::ALL {
            assert!(!role_help(role).is_empty());
        }
    }
}
