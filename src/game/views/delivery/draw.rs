//! Drawing the delivery board: the top bar, the decision bar, and the three columns of panels
//! ([`super::panels`]). Keyboard: number keys press the decisions, Enter ends the week.

use bevy_egui::egui;

use super::super::{stat, toned};
use super::model::DeliveryView;
use super::panels::{backlog, burnup, client, happened, team};
use crate::engine::view::ActionKey;
use crate::game::session::Intent;
use crate::game::theme::cues::Tone;
use crate::game::theme::{Palette, widgets};
use crate::game::views::what_if;
use crate::wording::delivery as words;

/// Draws the delivery board. Returns a decision when a button is clicked, a number key pressed,
/// or Enter pressed (end the week).
pub fn delivery_view(ui: &mut egui::Ui, view: &DeliveryView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = keyboard(ui, view);

    let left = view.deadline as i64 - view.weeks_done as i64;
    let status = words::date_status(left);
    widgets::top_bar(
        ui,
        "delivery_top",
        &words::title(view.week, view.deadline),
        &words::subtitle(&status, &view.client),
        |ui| {
            let (title, caption) = words::budget_stat(
                &view.budget.word,
                &view.budget.number,
                view.coach,
                view.price_known,
            );
            stat(ui, &title, view.budget.tone, &caption);
        },
    );
    egui::Panel::bottom("delivery_bottom")
        .frame(
            egui::Frame::new()
                .fill(pal.panel)
                .inner_margin(egui::Margin::symmetric(24, 10))
                .stroke(egui::Stroke::new(pal.stroke, pal.border)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let end_w = 230.0;
                let w = (ui.available_width() - end_w - 16.0).max(200.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(w, 0.0),
                    egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true),
                    |ui| {
                        ui.spacing_mut().item_spacing = egui::vec2(8.0, 8.0);
                        if let Some(i) = actions(ui, view) {
                            out = Some(i);
                        }
                        if let Some(i) = what_if::toggle(ui, &view.what_if) {
                            out = Some(i);
                        }
                    },
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let end = widgets::ActionButton::new(&words::end_week(view.week))
                        .key("⏎")
                        .primary(true)
                        .min_width(end_w)
                        .enabled(view.end_week.is_some())
                        .show(ui)
                        .on_hover_text(words::end_week_hint());
                    if end.clicked()
                        && let Some(d) = &view.end_week
                    {
                        out = Some(Intent::Act(d.clone()));
                    }
                });
            });
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            if let Some(team) = view.team_deadline {
                toned(
                    ui,
                    Tone::Warn,
                    &words::team_plans_other_date(team, view.deadline),
                );
                ui.add_space(4.0);
            }
            // The guide, when it runs, sits below the board, never over it: the board keeps
            // its size and scrolls above the guide's box.
            let full_h = ui.available_height();
            let room = crate::game::views::guide::make_room(ui);
            let board = |ui: &mut egui::Ui| {
                let mut out = None;
                let gap = 14.0;
                let full = ui.available_width() - 2.0 * gap;
                let mid_w = (full * 0.27).max(280.0);
                let right_w = (full * 0.27).max(280.0);
                let left_w = (full - right_w - mid_w).max(300.0);
                let h = full_h;
                ui.horizontal_top(|ui| {
                    column(ui, left_w, h, |ui| {
                        super::super::card(ui, &crate::tr!("views-burn-up-card"), |ui| {
                            burnup(ui, &view.burnup, (h * 0.3).clamp(120.0, 300.0));
                        });
                        ui.add_space(10.0);
                        super::super::card(ui, &crate::tr!("views-backlog-card"), |ui| {
                            if let Some(i) = backlog(ui, view) {
                                out = Some(i);
                            }
                        });
                    });
                    ui.add_space(gap);
                    column(ui, mid_w, h, |ui| {
                        // The client card keeps its size; what happened scrolls in the rest.
                        let row = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
                        let small = ui.text_style_height(&egui::TextStyle::Small) + 8.0;
                        let refusing = view.trust.iter().filter(|t| t.2).count() as f32;
                        let client_h = 60.0 + row * view.trust.len() as f32 + small * refusing;
                        if view.what_if.is_open() {
                            // What-if, when asked for, takes the place of what happened.
                            egui::ScrollArea::vertical()
                                .id_salt("delivery_what_if")
                                .max_height((h - client_h - 40.0).max(120.0))
                                .show(ui, |ui| {
                                    what_if::card(ui, &view.what_if, |a| what_if_label(view, a))
                                });
                        } else {
                            happened(ui, view, (h - client_h - 80.0).max(120.0));
                        }
                        ui.add_space(10.0);
                        super::super::card(ui, &crate::tr!("views-client"), |ui| client(ui, view));
                    });
                    ui.add_space(gap);
                    column(ui, right_w, h, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("delivery_right_scroll")
                            .auto_shrink([false, true])
                            .show(ui, |ui| {
                                super::super::card(ui, &crate::tr!("views-team"), |ui| {
                                    team(ui, view)
                                })
                            });
                    });
                });
                out
            };
            let clicked = if room > 0.0 {
                egui::ScrollArea::vertical()
                    .id_salt("delivery_board")
                    .max_height((full_h - room).max(120.0))
                    .auto_shrink([false, true])
                    .show(ui, board)
                    .inner
            } else {
                board(ui)
            };
            if clicked.is_some() {
                out = clicked;
            }
        });
    out
}

fn column(ui: &mut egui::Ui, w: f32, h: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(w, h),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(w);
            ui.set_max_height(h);
            add(ui);
        },
    );
}

fn keyboard(ui: &egui::Ui, view: &DeliveryView) -> Option<Intent> {
    if let Some(d) = &view.end_week
        && crate::game::views::keys::enter(ui)
    {
        return Some(Intent::Act(d.clone()));
    }
    let pressed = crate::game::views::keys::number(ui)?;
    view.actions.iter().find_map(|b| match (b.key, &b.action) {
        (Some(k), Some(a)) if k as usize == pressed + 1 => Some(Intent::Act(a.clone())),
        _ => None,
    })
}

/// A decision's name on the board, for the what-if card.
fn what_if_label(view: &DeliveryView, a: &ActionKey) -> Option<String> {
    if *a == ActionKey::EndWeek {
        return Some(words::end_week_alone(view.week));
    }
    view.actions
        .iter()
        .find(|b| b.action.as_ref().is_some_and(|d| d.key == *a))
        .map(|b| b.label.clone())
}

/// The week's decisions as buttons with their number keys, wrapped in rows.
fn actions(ui: &mut egui::Ui, view: &DeliveryView) -> Option<Intent> {
    let mut out = None;
    for b in &view.actions {
        let key = b.key.map(|k| k.to_string());
        let mut button = widgets::ActionButton::new(&b.label).enabled(b.action.is_some());
        if let Some(k) = &key {
            button = button.key(k);
        }
        let r = button.show(ui);
        let r = match &b.why_not {
            Some(why) if !why.is_empty() && b.action.is_none() => {
                r.on_hover_text(words::not_now(&b.hint, why))
            }
            _ => r.on_hover_text(&b.hint),
        };
        if r.clicked()
            && let Some(a) = &b.action
        {
            out = Some(Intent::Act(a.clone()));
        }
    }
    out
}
