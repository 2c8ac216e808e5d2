//! The What-if tab: pick a promise, change it, and replay delivery from the handoff.

use bevy_egui::egui::{self, RichText};

use super::{DebriefIntent, DebriefView, EditKind, scroll, wrap};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::game::views::{Tone, card, color, short, toned};

pub(super) fn what_if(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if !view.can_what_if {
        card(ui, "What if", |ui| {
            ui.label(
                "What-if replays start from the handoff, and this deal was never handed over.",
            );
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
                    card(ui, "1 · Pick a promise", |ui| {
                        for (i, p) in view.promises.iter().enumerate() {
                            let picked = view.ui.pick == Some(i);
                            let r = ui
                                .radio(picked, short(&p.what, 40))
                                .on_hover_text(format!("{} · to {}", p.what, p.to));
                            if r.clicked() && !picked {
                                out = wrap(DebriefIntent::Pick(i));
                            }
                        }
                        ui.add_space(6.0);
                        widgets::weak(
                            ui,
                            "Keys: ↑ ↓ pick · D never made · P handoff · W date · + − weeks · Enter replays",
                        );
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
                        card(ui, "3 · See what would have happened", |ui| {
                            widgets::weak(
                                ui,
                                "The replay uses the same seed and the same weekly decisions from the \
                                 handoff on, and shows the result beside what really happened.",
                            );
                        });
                        return;
                    };
                    card(ui, "3 · What would have happened", |ui| {
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
                                widgets::overline(ui, "What happened");
                                widgets::overline(ui, "What if");
                                widgets::overline(ui, "Difference");
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
    card(ui, "2 · Change it", |ui| {
        let Some(row) = view.ui.pick.and_then(|i| view.promises.get(i)) else {
            widgets::weak(ui, "Pick a promise on the left first.");
            return;
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .radio(view.ui.kind == EditKind::Drop, "Never make it")
                .clicked()
            {
                out = wrap(DebriefIntent::Kind(EditKind::Drop));
            }
            let handoff = if row.in_pid {
                "Leave it out of the PID"
            } else {
                "Write it into the PID"
            };
            if ui
                .radio(view.ui.kind == EditKind::Handoff, handoff)
                .clicked()
            {
                out = wrap(DebriefIntent::Kind(EditKind::Handoff));
            }
            if let Some(weeks) = row.deadline
                && ui
                    .radio(
                        view.ui.kind == EditKind::Deadline,
                        format!("Promise another date (was {weeks} weeks)"),
                    )
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
                ui.label(
                    RichText::new(format!("{} weeks", view.ui.weeks)).font(bold_font(size::BODY)),
                );
                if ui.button("+").clicked() && view.what_if_weeks.contains(&(view.ui.weeks + 1)) {
                    out = wrap(DebriefIntent::Weeks(view.ui.weeks + 1));
                }
                ui.add_space(16.0);
            }
            let edit = view.edit();
            if widgets::ActionButton::new("Replay delivery")
                .primary(true)
                .enabled(edit.is_some())
                .show(ui)
                .on_hover_text(
                    "Same seed, same weekly decisions (those still possible), from the handoff on.",
                )
                .clicked()
                && let Some(e) = edit
            {
                out = wrap(DebriefIntent::Run(e));
            }
        });
    });
    out
}
