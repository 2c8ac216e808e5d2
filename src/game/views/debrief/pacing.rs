//! The Pacing tab: the depth of each answer against what the room was ready for.

use bevy_egui::egui::{self, RichText};
use egui_plot::{
    Line, LineStyle, MarkerShape, PlotPoints, Points, Text, VLine, uniform_grid_spacer,
};

use super::{DebriefView, Pacing, scroll};
use crate::game::intent::Intent;
use crate::game::theme::cues::depth_words;
use crate::game::theme::{Palette, size, widgets};
use crate::game::views::{Swatch, Tone, card, fixed_plot, legend, short, toned};
use crate::wording::debrief_screen as ds;

/// Colours for stakeholders' readiness lines, distinct from the verdict colours: dark on the
/// light theme, light on the high-contrast one.
fn person_color(pal: &Palette, i: usize) -> egui::Color32 {
    const LIGHT: [egui::Color32; 4] = [
        egui::Color32::from_rgb(0x2A, 0x55, 0x9E),
        egui::Color32::from_rgb(0x8A, 0x3F, 0x9E),
        egui::Color32::from_rgb(0x1E, 0x86, 0x8A),
        egui::Color32::from_rgb(0x7A, 0x5C, 0x2E),
    ];
    const DARK: [egui::Color32; 4] = [
        egui::Color32::from_rgb(0x8C, 0xD2, 0xFF),
        egui::Color32::from_rgb(0xE0, 0xA8, 0xFF),
        egui::Color32::from_rgb(0x7F, 0xF0, 0xE8),
        egui::Color32::from_rgb(0xF0, 0xC8, 0x90),
    ];
    let set = if pal.high_contrast { DARK } else { LIGHT };
    set[i % set.len()]
}

pub(super) fn pacing(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let p = &view.pacing;
    let side_w = (ui.available_width() * 0.34).clamp(300.0, 460.0);
    let h = ui.available_height();
    ui.horizontal_top(|ui| {
        let chart_w = ui.available_width() - side_w - 12.0;
        ui.allocate_ui_with_layout(
            egui::vec2(chart_w, h),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                card(ui, &ds::pacing_chart(), |ui| {
                    pacing_chart(ui, p, (h - 140.0).max(200.0));
                });
            },
        );
        ui.add_space(12.0);
        ui.allocate_ui_with_layout(
            egui::vec2(side_w, h),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                scroll(ui, "debrief_pacing_side", |ui| {
                    card(ui, &ds::pacing(), |ui| {
                        ui.label(RichText::new(&p.summary).strong());
                        widgets::weak(ui, &p.support);
                        widgets::weak(ui, &ds::pacing_how_to_read());
                    });
                    ui.add_space(8.0);
                    if !p.campaign.is_empty() {
                        card(ui, &crate::wording::plan::debrief_heading(), |ui| {
                            for l in &p.campaign {
                                ui.add(egui::Label::new(RichText::new(l).size(size::SMALL)).wrap());
                            }
                        });
                        ui.add_space(8.0);
                    }
                    let missed = p.missed();
                    card(ui, &ds::missed_heading(), |ui| {
                        if missed.is_empty() {
                            ui.label(ds::none_missed());
                        }
                        for a in missed {
                            ui.label(
                                RichText::new(ds::missed_answer(
                                    a.n,
                                    &a.meeting,
                                    a.depth,
                                    &depth_words(a.depth),
                                ))
                                .size(size::SMALL)
                                .color(pal.text_weak),
                            );
                            ui.add(
                                egui::Label::new(crate::wording::quoted(&short(&a.said, 110)))
                                    .wrap(),
                            )
                            .on_hover_text(&a.said);
                            if !a.too_deep.is_empty() {
                                toned(ui, Tone::Bad, &ds::too_deep_for(&a.too_deep));
                            }
                            if !a.too_shallow.is_empty() {
                                toned(ui, Tone::Warn, &ds::too_shallow_for(&a.too_shallow));
                            }
                            if let Some(h) = &a.heard {
                                toned(ui, if a.lost { Tone::Warn } else { Tone::Good }, h);
                            }
                            ui.add_space(6.0);
                        }
                    });
                });
            },
        );
    });
    None
}

fn pacing_chart(ui: &mut egui::Ui, p: &Pacing, height: f32) {
    let pal = Palette::of(ui);
    let n = p.points.len().max(1) as f64;
    let depth: Vec<[f64; 2]> = p
        .points
        .iter()
        .map(|a| [a.n as f64, a.depth as f64])
        .collect();
    let deep: Vec<[f64; 2]> = p
        .points
        .iter()
        .filter(|a| !a.too_deep.is_empty())
        .map(|a| [a.n as f64, a.depth as f64 + 0.22])
        .collect();
    let shallow: Vec<[f64; 2]> = p
        .points
        .iter()
        .filter(|a| !a.too_shallow.is_empty())
        .map(|a| [a.n as f64, a.depth as f64 - 0.22])
        .collect();
    let lost: Vec<[f64; 2]> = p
        .points
        .iter()
        .filter(|a| a.lost)
        .map(|a| [a.n as f64, a.depth as f64])
        .collect();
    let any_lost = !lost.is_empty();
    let response = fixed_plot("debrief_pacing", height)
        .include_x(0.5)
        .include_x(n + 0.5)
        .include_y(0.5)
        .include_y(5.9)
        .x_axis_label(ds::axis_answer())
        .x_grid_spacer(uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .y_grid_spacer(uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .y_axis_formatter(|mark, _| {
            let v = mark.value;
            if v.fract() == 0.0 && (1.0..=5.0).contains(&v) {
                format!("{v:.0} {}", depth_words(v as u8))
            } else {
                String::new()
            }
        })
        .y_axis_min_width(110.0)
        .label_formatter(|pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(ds::pacing_point(plot_name, position.x, position.y)),
            _ => None,
        })
        .show(ui, |plot| {
            for (i, (n0, name)) in p.meetings.iter().enumerate() {
                if i > 0 {
                    plot.vline(
                        VLine::new("", *n0 as f64 - 0.5)
                            .color(pal.border)
                            .width(1.5)
                            .allow_hover(false),
                    );
                }
                plot.text(
                    Text::new(
                        "",
                        egui_plot::PlotPoint::new(*n0 as f64 - 0.4, 5.75),
                        RichText::new(name).size(size::SMALL).color(pal.text_weak),
                    )
                    .anchor(egui::Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
            for (i, (name, pts)) in p.readiness.iter().enumerate() {
                let c = person_color(&pal, i);
                plot.line(
                    Line::new(ds::ready_for(name), PlotPoints::from(pts.clone()))
                        .color(c)
                        .width(2.0)
                        .style(LineStyle::dashed_loose()),
                );
            }
            plot.line(
                Line::new(ds::depth_chosen(), PlotPoints::from(depth.clone()))
                    .color(pal.text)
                    .width(3.0),
            );
            plot.points(
                Points::new(ds::depth_chosen(), PlotPoints::from(depth))
                    .color(pal.text)
                    .radius(5.0)
                    .filled(true),
            );
            plot.points(
                Points::new(ds::too_deep_for_someone(), PlotPoints::from(deep))
                    .shape(MarkerShape::Up)
                    .color(pal.bad)
                    .radius(8.0)
                    .filled(true),
            );
            plot.points(
                Points::new(ds::too_shallow_for_someone(), PlotPoints::from(shallow))
                    .shape(MarkerShape::Down)
                    .color(pal.warn)
                    .radius(8.0)
                    .filled(true),
            );
            plot.points(
                Points::new(ds::words_not_followed(), PlotPoints::from(lost))
                    .shape(MarkerShape::Cross)
                    .color(pal.warn)
                    .radius(9.0),
            );
        })
        .response;
    crate::game::views::alt_text(
        &response,
        &crate::wording::access::pacing_chart(p.points.len(), &p.summary),
    );
    let names: Vec<String> = p
        .readiness
        .iter()
        .map(|(name, _)| ds::ready_for_legend(name))
        .collect();
    let (chosen, deep, shallow, lost) = (
        ds::legend_depth_chosen(),
        ds::legend_too_deep(),
        ds::legend_too_shallow(),
        ds::words_legend(),
    );
    let mut items = vec![(pal.text, Swatch::Line, chosen.as_str())];
    for (i, name) in names.iter().enumerate() {
        items.push((person_color(&pal, i), Swatch::Dashed, name.as_str()));
    }
    items.push((pal.bad, Swatch::Up, deep.as_str()));
    items.push((pal.warn, Swatch::Down, shallow.as_str()));
    if any_lost {
        items.push((pal.warn, Swatch::Cross, lost.as_str()));
    }
    legend(ui, &items);
}
