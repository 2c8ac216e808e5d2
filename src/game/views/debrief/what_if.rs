//! The What-if tab: pick a promise, change it, and replay delivery from the handoff.

use bevy_egui::egui::{self, RichText};

use super::{DebriefIntent, DebriefView, EditKind, scroll, wrap};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::game::views::{Tone, card, color, short, toned};
use crate::wording::debrief_screen as ds;

pub(super) fn what_if(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if !view.can_what_if {
        card(ui, &crate::tr!("views-what-if"), |ui| {
            ui.label(ds::NEVER_HANDED_OVER);
        });
        return None;
    }
    let list_w = (ui.available_width() * 0.36).clamp(320.0, 460.0);
    let h = ui.available_height();
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(list_w, h),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(list_w);
                scroll(ui, "debrief_whatif_list", |ui| {
                    card(ui, ds::PICK_A_PROMISE, |ui| {
                        for (i, p) in view.promises.iter().enumerate() {
                            let picked = view.ui.pick == Some(i);
                            let r = ui
                                .radio(picked, short(&p.what, 40))
                                .on_hover_text(ds::promise_to(&p.what, &p.to));
                            if r.clicked() && !picked {
                                out = wrap(DebriefIntent::Pick(i));
                            }
                        }
                        ui.add_space(6.0);
                        widgets::weak(ui, ds::WHAT_IF_KEYS);
                    });
                });
            },
        );
        ui.add_space(12.0);
        let w = ui.available_width();
        ui.allocate_ui_with_layout(
            egui::vec2(w, h),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(w);
                scroll(ui, "debrief_whatif_result", |ui| {
                    if let Some(i) = change_card(ui, view) {
                        out = Some(i);
                    }
                    ui.add_space(10.0);
                    let Some(w) = &view.what_if else {
                        card(ui, ds::SEE_WHAT_WOULD_HAPPEN, |ui| {
                            widgets::weak(ui, ds::REPLAY_NOTE);
                        });
                        return;
                    };
                    card(ui, ds::WHAT_WOULD_HAVE_HAPPENED, |ui| {
                        ui.label(RichText::new(&w.asked).font(bold_font(size::HEADING)));
                        let tone = if w.would_sign { Tone::Good } else { Tone::Bad };
                        toned(ui, tone, &w.sign_line);
                        ui.add_space(6.0);
                        egui::Grid::new("debrief_whatif_grid")
                            .num_columns(4)
                            .min_row_height(26.0)
                            .spacing([28.0, 4.0])
                            .striped(true)
                            .show(ui, |ui| {
                                ui.label("");
                                for c in ds::COLUMNS {
                                    widgets::overline(ui, c);
                                }
                                ui.end_row();
                                for r in &w.rows {
                                    ui.label(RichText::new(&r.label).color(pal.text_weak));
                                    ui.label(&r.real);
                                    ui.label(RichText::new(&r.alt).strong());
                                    ui.label(
                                        RichText::new(&r.delta)
                                            .font(bold_font(size::BODY))
                                            .color(color(ui, r.tone)),
                                    );
                                    ui.end_row();
                                }
                            });
                    });
                });
            },
        );
    });
    out
}

/// Step 2 of the what-if: the change, and the replay button.
fn change_card(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let mut out = None;
    card(ui, ds::CHANGE_IT, |ui| {
        let Some(row) = view.ui.pick.and_then(|i| view.promises.get(i)) else {
            widgets::weak(ui, ds::PICK_FIRST);
            return;
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .radio(view.ui.kind == EditKind::Drop, ds::NEVER_MAKE_IT)
                .clicked()
            {
                out = wrap(DebriefIntent::Kind(EditKind::Drop));
            }
            let handoff = ds::handoff_change(row.in_pid);
            if ui
                .radio(view.ui.kind == EditKind::Handoff, handoff)
                .clicked()
            {
                out = wrap(DebriefIntent::Kind(EditKind::Handoff));
            }
            if let Some(weeks) = row.deadline
                && ui
                    .radio(view.ui.kind == EditKind::Deadline, ds::another_date(weeks))
                    .clicked()
            {
                out = wrap(DebriefIntent::Kind(EditKind::Deadline));
            }
        });
        ui.horizontal(|ui| {
            if row.deadline.is_some() && view.ui.kind == EditKind::Deadline {
                if ui.button("−").clicked()
                    && view
                        .what_if_weeks
                        .contains(&(view.ui.weeks.saturating_sub(1)))
                {
                    out = wrap(DebriefIntent::Weeks(view.ui.weeks - 1));
                }
                ui.label(RichText::new(ds::weeks(view.ui.weeks)).font(bold_font(size::BODY)));
                if ui.button("+").clicked() && view.what_if_weeks.contains(&(view.ui.weeks + 1)) {
                    out = wrap(DebriefIntent::Weeks(view.ui.weeks + 1));
                }
                ui.add_space(16.0);
            }
            let edit = view.edit();
            if widgets::ActionButton::new(ds::REPLAY)
                .primary(true)
                .enabled(edit.is_some())
                .show(ui)
                .on_hover_text(ds::REPLAY_HOVER)
                .clicked()
                && let Some(e) = edit
            {
                out = wrap(DebriefIntent::Run(e));
            }
        });
    });
    out
}
