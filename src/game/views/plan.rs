//! The campaign plan (a view of the sales screen before the first meeting): each meeting with
//! its days and bookings, the close against the quarter and the client's decision date. Number
//! key N gives meeting N its next choice of days; Tab reaches the bookings; Enter confirms.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use crate::engine::view::RoleView;
use crate::engine::view::plan::PlanPane;
use crate::game::intent::{Decision, Intent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::keys;
use crate::wording::plan as words;

/// One meeting of the plan as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanLine {
    /// Its name.
    pub name: String,
    /// "Meeting 2 · inside your company".
    pub label: String,
    /// What it takes.
    pub takes: String,
    /// Each choice of days: label, chosen, the decision.
    pub choices: Vec<(String, bool, Option<Decision>)>,
    /// The next choice (number key).
    pub next: Option<Decision>,
    /// Spare days, and whether it can slip.
    pub spare: (String, bool),
    /// "Planned for day 12", or how it went once held.
    pub when: String,
    /// The bookings: label, decision.
    pub booking: Vec<(String, Option<Decision>)>,
}

/// The plan as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanView {
    /// Client and title.
    pub subtitle: String,
    /// The meetings.
    pub lines: Vec<PlanLine>,
    /// The close against the calendar.
    pub close: Vec<String>,
    /// Warnings (late, no room).
    pub warnings: Vec<String>,
    /// What a slip costs.
    pub slip_cost: String,
    /// Confirm (while this seat may).
    pub confirm: Option<Decision>,
    /// A note for a seat that watches (the delivery lead).
    pub note: Option<String>,
}

impl PlanView {
    /// The plan from the first view at the screen that has one.
    pub fn build(views: &[RoleView]) -> Option<PlanView> {
        let v = views.iter().find(|v| v.plan.is_some())?;
        let p: &PlanPane = v.plan.as_ref()?;
        let decide = |k: &Option<crate::engine::view::ActionKey>| {
            k.clone().map(|k| Decision::new(v.seat, k))
        };
        let lines = p
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let at = r.choices.iter().position(|(d, _)| *d == r.days);
                let next = at
                    .map(|a| (a + 1) % r.choices.len())
                    .and_then(|n| decide(&r.choices[n].1));
                PlanLine {
                    name: r.name.clone(),
                    label: words::meeting_label(i + 1, r.internal),
                    takes: words::takes(r.takes, r.unbooked_days, p.diary_slip),
                    choices: r
                        .choices
                        .iter()
                        .map(|(d, k)| (words::days(*d), *d == r.days, decide(k)))
                        .collect(),
                    next,
                    spare: (words::spare(r.spare, r.at_risk), r.at_risk),
                    when: match r.held {
                        Some((day, slipped)) => words::held_on(day, slipped),
                        None => words::planned_on(r.planned_day),
                    },
                    booking: r
                        .booking
                        .iter()
                        .map(|(role, booked, k)| (words::booking(*role, *booked), decide(k)))
                        .collect(),
                }
            })
            .collect();
        Some(PlanView {
            subtitle: crate::wording::pid::client_and_title(&v.client, &v.title),
            lines,
            close: words::close_line(p.close_day, p.quarter_end, p.decision_day),
            warnings: words::warnings(
                p.after_quarter,
                p.after_decision,
                p.rows.iter().filter(|r| r.at_risk).count(),
            ),
            slip_cost: words::slip_cost(p.slip_cost.0, p.slip_cost.1, p.slip_cost.2),
            confirm: decide(&p.confirm),
            note: (p.confirm.is_none() && p.planning).then(words::seller_plans),
        })
    }
}

/// Draws the plan.
pub fn plan_view(ui: &mut Ui, view: &PlanView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some(d) = view.lines.get(k).and_then(|l| l.next.clone())
    {
        out = Some(Intent::Act(d));
    }
    if keys::enter(ui)
        && let Some(d) = &view.confirm
    {
        out = Some(Intent::Act(d.clone()));
    }
    widgets::top_bar(ui, "plan-top", &words::title(), &view.subtitle, |_| {});
    if let Some(i) = super::decision_bar(
        ui,
        "plan-bottom",
        &words::confirm(),
        view.confirm.as_ref(),
        |ui| {
            widgets::weak(ui, &words::keys_hint());
        },
    ) {
        out = Some(i);
    }
    let side = (ui.available_width() * 0.32).clamp(260.0, 420.0);
    egui::Panel::right("plan-summary")
        .resizable(false)
        .exact_size(side)
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            widgets::heading(ui, &words::summary());
            for l in &view.close {
                ui.add(egui::Label::new(RichText::new(l).color(pal.text)).wrap());
            }
            ui.add_space(8.0);
            for w in &view.warnings {
                ui.add(egui::Label::new(RichText::new(w).strong().color(pal.warn)).wrap());
            }
            ui.add_space(8.0);
            ui.add(egui::Label::new(RichText::new(&view.slip_cost).color(pal.text_weak)).wrap());
            if let Some(n) = &view.note {
                ui.add_space(8.0);
                ui.add(egui::Label::new(RichText::new(n).color(pal.info)).wrap());
            }
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                ui.add(egui::Label::new(RichText::new(words::intro()).color(pal.text_weak)).wrap());
                ui.add_space(8.0);
                for (i, l) in view.lines.iter().enumerate() {
                    if let Some(d) = line(ui, &pal, i, l) {
                        out = Some(Intent::Act(d));
                    }
                    ui.add_space(6.0);
                }
            });
        });
    out
}

fn line(ui: &mut Ui, pal: &Palette, i: usize, l: &PlanLine) -> Option<Decision> {
    let mut out = None;
    widgets::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            if i < 9 {
                widgets::key_cap(ui, &keys::label(i));
            }
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(&l.name)
                            .font(bold_font(size::BODY))
                            .color(pal.text),
                    );
                    ui.label(
                        RichText::new(&l.label)
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    );
                    ui.label(RichText::new(&l.when).size(size::SMALL).color(pal.info));
                });
                ui.add(
                    egui::Label::new(RichText::new(&l.takes).size(size::SMALL).color(pal.text))
                        .wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    for (label, chosen, d) in &l.choices {
                        let text = if *chosen {
                            RichText::new(label.as_str()).strong().color(pal.on_accent)
                        } else {
                            RichText::new(label.as_str()).color(pal.text)
                        };
                        let b = ui.add_enabled(
                            d.is_some() || *chosen,
                            egui::Button::selectable(*chosen, text),
                        );
                        if b.clicked()
                            && let Some(d) = d
                        {
                            out = Some(d.clone());
                        }
                    }
                    let (spare, risk) = &l.spare;
                    ui.label(RichText::new(spare).size(size::SMALL).color(if *risk {
                        pal.warn
                    } else {
                        pal.good
                    }));
                });
                if !l.booking.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        for (label, d) in &l.booking {
                            if ActionButton::new(label)
                                .enabled(d.is_some())
                                .show(ui)
                                .clicked()
                                && let Some(d) = d
                            {
                                out = Some(d.clone());
                            }
                        }
                    });
                }
            });
        });
    });
    out
}
