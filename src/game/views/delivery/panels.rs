//! The delivery board's panels: what happened, the client, the team, the burn-up chart and
//! the backlog. Each draws a part of the view model and returns a decision when one is clicked.

use bevy_egui::egui::{self, RichText};
use egui_plot::{HoverPosition, Line, LineStyle, PlotPoints, VLine, uniform_grid_spacer};

use super::super::{Swatch, Tone, card, color, legend, toned};
use super::model::{BacklogRow, Burnup, DeliveryView};
use crate::game::session::Intent;
use crate::game::theme::{Palette, size, widgets};
use crate::wording::delivery as words;

pub(super) fn happened(ui: &mut egui::Ui, view: &DeliveryView, max_h: f32) {
    let title = words::happened_title(view.last_week.as_ref().map(|(w, _)| *w));
    card(ui, &title, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("delivery_happened")
            .max_height(max_h)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                widgets::live(ui, |ui| match &view.last_week {
                    Some((_, lines)) if !lines.is_empty() => {
                        for (tone, line) in lines {
                            toned(ui, *tone, line);
                        }
                    }
                    Some(_) => {
                        ui.label(words::quiet_week());
                    }
                    None => {
                        ui.label(words::before_first_week());
                    }
                });
                if !view.decided.is_empty() {
                    ui.add_space(6.0);
                    widgets::overline(ui, &words::decided_this_week());
                    for (tone, line) in &view.decided {
                        toned(ui, *tone, line);
                    }
                }
            });
    });
}

pub(super) fn client(ui: &mut egui::Ui, view: &DeliveryView) {
    for (name, cue, refuses) in &view.trust {
        let hover = words::trust_hover(name, &cue.word, &cue.number, view.change_trust);
        egui::Sides::new().shrink_left().wrap().show(
            ui,
            |ui| {
                ui.add(egui::Label::new(RichText::new(name).strong()).wrap());
            },
            |ui| {
                ui.label(RichText::new(cue.text(view.coach)).color(color(ui, cue.tone)))
                    .on_hover_text(&hover);
            },
        );
        if *refuses {
            ui.label(
                RichText::new(words::would_refuse())
                    .size(size::SMALL)
                    .color(color(ui, Tone::Bad)),
            );
        }
    }
}

pub(super) fn team(ui: &mut egui::Ui, view: &DeliveryView) {
    let pal = Palette::of(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("views-fatigue"));
        ui.label(RichText::new(view.fatigue.text(view.coach)).color(color(ui, view.fatigue.tone)));
    });
    let line = words::team_settings(view.overtime, view.quality_share, view.last_capacity);
    ui.label(RichText::new(line).size(size::SMALL).color(pal.text_weak));
    ui.add_space(4.0);
    for m in &view.team {
        let c = color(ui, m.morale_cue.tone);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&m.name).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                widgets::meter(ui, m.morale / 100.0, c, 64.0)
                    .on_hover_text(words::morale_hover(&m.morale_cue.text(true)));
            });
        });
        let work = words::member_pace(m.ramp, m.capacity);
        let mut job = egui::text::LayoutJob::default();
        let small = egui::FontId::proportional(size::SMALL);
        let fmt = |color| egui::TextFormat {
            font_id: small.clone(),
            color,
            ..Default::default()
        };
        job.append(&format!("{} · ", m.role), 0.0, fmt(pal.text_weak));
        job.append(
            &work,
            0.0,
            fmt(if m.ramp.is_some() {
                pal.warn
            } else {
                pal.text_weak
            }),
        );
        job.append(" · ", 0.0, fmt(pal.text_weak));
        job.append(&m.morale_cue.text(view.coach), 0.0, fmt(c));
        ui.add(egui::Label::new(job).wrap());
        ui.add_space(2.0);
    }
}

pub(super) fn burnup(ui: &mut egui::Ui, b: &Burnup, height: f32) {
    let pal = Palette::of(ui);
    let max_y = b
        .scope
        .iter()
        .chain(&b.done)
        .map(|p| p[1])
        .fold(1.0, f64::max);
    let ahead = b
        .scope
        .last()
        .map(|last| vec![*last, [b.max_week as f64, last[1]]]);
    let response = super::super::fixed_plot("delivery_burnup", height)
        .include_x(0.0)
        .include_x(b.max_week as f64 + 0.3)
        .include_y(0.0)
        .include_y(max_y * 1.12)
        .x_grid_spacer(uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|m, _| {
            if m.value.fract() == 0.0 && m.value >= 0.0 {
                format!("{:.0}", m.value)
            } else {
                String::new()
            }
        })
        .x_axis_label(crate::tr!("views-week-axis"))
        .y_axis_label(crate::tr!("views-person-days-axis"))
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => {
                Some(words::burnup_point(plot_name, position.x, position.y))
            }
            _ => None,
        })
        .show(ui, |p| {
            if let Some(ahead) = ahead {
                p.line(
                    Line::new("", PlotPoints::from(ahead))
                        .color(pal.warn)
                        .width(1.5)
                        .style(LineStyle::dashed_dense())
                        .allow_hover(false),
                );
            }
            p.line(
                Line::new(words::all_the_work(), PlotPoints::from(b.scope.clone()))
                    .color(pal.warn)
                    .width(2.5),
            );
            p.line(
                Line::new(crate::tr!("views-done"), PlotPoints::from(b.done.clone()))
                    .color(pal.good)
                    .width(3.0)
                    .fill(0.0)
                    .fill_alpha(0.15),
            );
            p.vline(
                VLine::new(words::agreed_date(), b.deadline as f64)
                    .color(pal.bad)
                    .width(2.0)
                    .style(LineStyle::dashed_loose()),
            );
            if let Some(t) = b.team_deadline {
                p.vline(
                    VLine::new(words::teams_plan(), t as f64)
                        .color(pal.text_weak)
                        .width(2.0)
                        .style(LineStyle::dashed_dense()),
                );
            }
        })
        .response;
    let last = |line: &[[f64; 2]]| line.last().map_or(0.0, |p| p[1]);
    super::super::alt_text(
        &response,
        &crate::wording::access::burnup_chart(
            b.now,
            last(&b.done),
            last(&b.scope),
            b.deadline,
            b.team_deadline,
        ),
    );
    let agreed = words::agreed_legend(b.deadline);
    let team = b.team_deadline.map(words::team_legend);
    let (done, all) = (
        crate::tr!("views-legend-done"),
        crate::tr!("views-legend-all-the-work"),
    );
    let mut items = vec![
        (pal.good, Swatch::Line, done.as_str()),
        (pal.warn, Swatch::Line, all.as_str()),
        (pal.bad, Swatch::Dashed, agreed.as_str()),
    ];
    if let Some(t) = &team {
        items.push((pal.text_weak, Swatch::Dashed, t.as_str()));
    }
    legend(ui, &items);
}

pub(super) fn backlog(ui: &mut egui::Ui, view: &DeliveryView) -> Option<Intent> {
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        widgets::weak(ui, &words::planned(view.planned_days));
        if view.surprise_days > 0.0 {
            ui.label(
                RichText::new(words::surprises(view.surprise_days)).color(color(ui, Tone::Bad)),
            );
        }
        // The totals add up: planned + surprises + rework − dropped = done + left.
        if view.rework_days > 0.0 {
            ui.label(RichText::new(words::rework(view.rework_days)).color(color(ui, Tone::Bad)));
        }
        if view.dropped_days > 0.0 {
            widgets::weak(ui, &words::dropped(view.dropped_days));
        }
        widgets::weak(ui, &words::done_left(view.done_days, view.remaining_days));
    });
    ui.add_space(2.0);
    egui::ScrollArea::vertical()
        .id_salt("delivery_backlog")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Finished work folds into one line; what is still to do gets the room.
            let done: Vec<&BacklogRow> = view
                .backlog
                .iter()
                .filter(|r| r.finished.is_some() && !r.dropped)
                .collect();
            if !done.is_empty() {
                let names: Vec<&str> = done.iter().map(|r| r.name.as_str()).collect();
                let pal = Palette::of(ui);
                ui.add(
                    egui::Label::new(
                        RichText::new(words::done_items(&names))
                            .size(size::SMALL)
                            .color(pal.good),
                    )
                    .wrap(),
                )
                .on_hover_text(names.join("\n"));
            }
            let mut first = done.is_empty();
            for (i, row) in view.backlog.iter().enumerate() {
                if row.finished.is_some() && !row.dropped {
                    continue;
                }
                if !first {
                    ui.separator();
                }
                first = false;
                if let Some(a) = backlog_row(ui, row, i) {
                    out = Some(a);
                }
            }
        });
    out
}

fn backlog_row(ui: &mut egui::Ui, row: &BacklogRow, i: usize) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let (tag, tone) = if row.dropped {
        (words::backlog_tag_dropped(), Tone::Neutral)
    } else if row.surprise {
        (words::surprise_tag(row.added_week), Tone::Bad)
    } else if row.cause == "rework" {
        (words::backlog_tag_rework(), Tone::Warn)
    } else {
        (words::backlog_tag_planned(), Tone::Neutral)
    };
    let mut name = RichText::new(&row.name);
    if row.dropped {
        name = name.strikethrough().color(pal.text_weak);
    }
    ui.add(egui::Label::new(name).wrap())
        .on_hover_text(&row.name);
    ui.push_id(i, |ui| {
        egui::Sides::new().shrink_left().wrap().show(
            ui,
            |ui| {
                let mut job = egui::text::LayoutJob::default();
                let small = egui::FontId::proportional(size::SMALL);
                job.append(
                    &tag,
                    0.0,
                    egui::TextFormat::simple(small.clone(), color(ui, tone)),
                );
                job.append(
                    &format!(" · {}", row.cause),
                    0.0,
                    egui::TextFormat::simple(small, pal.text_weak),
                );
                ui.add(egui::Label::new(job).wrap());
            },
            |ui| {
                if row.droppable && !row.dropped && row.finished.is_none() {
                    let b = ui
                        .add_enabled(
                            row.descope.is_some(),
                            egui::Button::new(
                                RichText::new(words::ask_to_drop()).size(size::SMALL),
                            ),
                        )
                        .on_hover_text(words::ask_to_drop_hint())
                        .on_disabled_hover_text(
                            row.descope_refused
                                .as_deref()
                                .map(|why| format!("{}.", crate::wording::capitalized(why)))
                                .unwrap_or_default(),
                        );
                    if b.clicked()
                        && let Some(a) = &row.descope
                    {
                        out = Some(Intent::Act(a.clone()));
                    }
                }
                let status =
                    words::item_status(row.finished, row.dropped, row.remaining, row.total);
                ui.label(RichText::new(status).size(size::SMALL).color(pal.text_weak));
                let progress = if row.total > 0.0 {
                    ((row.total - row.remaining) / row.total).clamp(0.0, 1.0)
                } else {
                    1.0
                };
                let fill = if row.finished.is_some() {
                    pal.good
                } else if row.surprise {
                    pal.bad
                } else {
                    pal.accent
                };
                widgets::meter(ui, progress, fill, 70.0);
            },
        );
    });
    out
}
