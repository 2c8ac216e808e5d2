//! The delivery board: the week against the deadline, the backlog with where each piece came from,
//! the team, a burn-up chart, what happened last week, and this week's decisions.
//!
//! [`DeliveryView::build`] reads the session; [`delivery_view`] draws it and returns
//! [`Intent::Act`] for a decision (a button, its number key, or Enter to end the week).

use bevy_egui::egui::{self, Key, RichText};
use egui_plot::{HoverPosition, Line, LineStyle, PlotPoints, VLine, uniform_grid_spacer};

use super::words::{cause_text, event_line, work_name};
use super::{Cue, Swatch, Tone, card, color, legend, money, stat, toned};
use crate::engine::{Action, Cause, Event, Session, WorkKind};
use crate::game::session::Intent;
use crate::game::theme::cues::Mood;
use crate::game::theme::{Palette, size, widgets};
use crate::scenario::model::PersonId;
use crate::wording::plural;

/// Trust under which the client refuses a change: the engine's rule, shown as a cue.
const CHANGE_TRUST: f32 = crate::engine::CHANGE_ACCEPT_TRUST;

/// One line of the backlog.
#[derive(Debug, Clone, PartialEq)]
pub struct BacklogRow {
    /// What the work is.
    pub name: String,
    /// Where it came from, in words ("promise to Sam Pereira", "hidden need (Jo Lindqvist)").
    pub cause: String,
    /// It arrived unplanned.
    pub surprise: bool,
    /// Week it arrived (0: planned at handoff).
    pub added_week: u32,
    /// Person-days in all.
    pub total: f32,
    /// Person-days left.
    pub remaining: f32,
    /// The week it was finished.
    pub finished: Option<u32>,
    /// Dropped by agreement with the client.
    pub dropped: bool,
    /// Asking the client to drop it, when that is possible now.
    pub descope: Option<Action>,
    /// It is a scope item (so it can be asked to drop, even when not now).
    pub droppable: bool,
}

/// One person on the team (or one who could be hired).
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Person-days a week at full speed.
    pub capacity: f32,
    /// Morale 0..=100 (numbers shown in coach mode).
    pub morale: f32,
    /// Morale in words.
    pub morale_cue: Cue,
    /// Share of full speed this coming week while they ramp up (None: at full speed).
    pub ramp: Option<f32>,
    /// The week they joined (0: from the start).
    pub joined: u32,
}

/// The burn-up chart's data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Burnup {
    /// `[week, person-days done]`, from week 0.
    pub done: Vec<[f64; 2]>,
    /// `[week, total scope in person-days]`, from week 0.
    pub scope: Vec<[f64; 2]>,
    /// The agreed deadline (week).
    pub deadline: u32,
    /// The team's planned deadline, when it differs.
    pub team_deadline: Option<u32>,
    /// Weeks completed (the "now" line).
    pub now: u32,
    /// The right edge of the chart.
    pub max_week: u32,
}

/// A decision button.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionButton {
    /// The number key that presses it (1..=9).
    pub key: Option<u8>,
    /// What it says.
    pub label: String,
    /// What it will do, in a sentence (hover text).
    pub hint: String,
    /// The action, when it is possible now.
    pub action: Option<Action>,
    /// Why not, when it is not possible now.
    pub why_not: Option<String>,
    /// For toggles: whether it is on.
    pub on: bool,
}

/// Everything the delivery board shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryView {
    /// The client's name.
    pub client: String,
    /// The week being planned (weeks completed + 1).
    pub week: u32,
    /// Weeks completed.
    pub weeks_done: u32,
    /// Weeks agreed with the client.
    pub deadline: u32,
    /// The week the team is planning to, when it differs from the agreed one (a deadline promise
    /// left out of the handoff document).
    pub team_deadline: Option<u32>,
    /// The week delivery stops whatever happens.
    pub max_weeks: u32,
    /// Show the engine's numbers beside the cues.
    pub coach: bool,
    /// The backlog, in working order (defect fixes folded into one line).
    pub backlog: Vec<BacklogRow>,
    /// Person-days planned at handoff.
    pub planned_days: f32,
    /// Person-days that arrived as surprises.
    pub surprise_days: f32,
    /// Person-days done.
    pub done_days: f32,
    /// Person-days left.
    pub remaining_days: f32,
    /// The team.
    pub team: Vec<MemberRow>,
    /// Capacity the team delivered last week (None before week 1).
    pub last_capacity: Option<f32>,
    /// Fatigue in words (and points).
    pub fatigue: Cue,
    /// Overtime is on.
    pub overtime: bool,
    /// Share of capacity spent on testing, percent.
    pub quality_share: u8,
    /// Budget: money spent against the price.
    pub budget: Cue,
    /// Each stakeholder: name, mood from trust, and whether they would refuse a change now.
    pub trust: Vec<(String, Cue, bool)>,
    /// The burn-up chart.
    pub burnup: Burnup,
    /// What happened in the last week that ran (its number and the lines).
    pub last_week: Option<(u32, Vec<(Tone, String)>)>,
    /// Decisions taken so far this week.
    pub decided: Vec<(Tone, String)>,
    /// The week's decisions as buttons (number keys 1..).
    pub actions: Vec<ActionButton>,
    /// Whether the week can be ended now.
    pub can_end_week: bool,
}

fn morale_cue(m: f32, floor: f32) -> Cue {
    let (word, tone) = if m >= floor + 15.0 {
        ("motivated", Tone::Good)
    } else if m >= floor {
        ("steady", Tone::Neutral)
    } else if m >= floor - 15.0 {
        ("low, slower", Tone::Warn)
    } else {
        ("burning out", Tone::Bad)
    };
    Cue {
        word: word.into(),
        number: format!("{m:.0}"),
        tone,
    }
}

fn trust_cue(t: f32, walk_away: f32) -> Cue {
    let mood = Mood::from_trust(t, walk_away);
    let tone = match mood {
        Mood::Engaged => Tone::Good,
        Mood::Open => Tone::Info,
        Mood::Guarded => Tone::Warn,
        Mood::Sceptical | Mood::NearWalkout => Tone::Bad,
    };
    Cue {
        word: mood.words().to_string(),
        number: format!("{t:.0}"),
        tone,
    }
}

impl DeliveryView {
    /// The board for a session in delivery (or just finished). `None` before the handoff.
    pub fn build(session: &Session, coach: bool) -> Option<DeliveryView> {
        let s = session.scenario();
        let state = session.state();
        let d = state.delivery.as_ref()?;
        let model = &s.delivery.model;
        let legal = session.legal_actions();
        let can = |a: &Action| legal.contains(a);

        // Backlog: defect fixes folded into one line at the end.
        let mut backlog = Vec::new();
        let mut defects: Option<BacklogRow> = None;
        for w in &d.backlog {
            if w.kind == WorkKind::Defects {
                let row = defects.get_or_insert_with(|| BacklogRow {
                    name: work_name(s, WorkKind::Defects),
                    cause: "rework".into(),
                    surprise: false,
                    added_week: w.added_week,
                    total: 0.0,
                    remaining: 0.0,
                    finished: None,
                    dropped: false,
                    descope: None,
                    droppable: false,
                });
                row.total += w.total;
                row.remaining += w.remaining;
                row.finished = if row.remaining <= 1e-3 {
                    w.finished_week.max(row.finished)
                } else {
                    None
                };
                continue;
            }
            let descope = match w.kind {
                WorkKind::Scope(i) => Some(Action::RequestDescope(i)).filter(can),
                _ => None,
            };
            let mut cause = cause_text(s, w.cause);
            if let Cause::Promise(p) = w.cause
                && w.surprise
                && !state.pid.contains(&crate::engine::PidItem::Promise(p))
            {
                cause.push_str(", not in the PID");
            }
            backlog.push(BacklogRow {
                name: work_name(s, w.kind),
                cause,
                surprise: w.surprise,
                added_week: w.added_week,
                total: w.total,
                remaining: w.remaining,
                finished: w.finished_week,
                dropped: w.dropped,
                descope,
                droppable: matches!(w.kind, WorkKind::Scope(_)),
            });
        }
        backlog.extend(defects);
        let live = d.backlog.iter().filter(|w| !w.dropped);
        let surprise_days = live
            .clone()
            .filter(|w| w.surprise)
            .map(|w| w.total)
            .sum::<f32>();

        // Team: who is on it, and how far along newcomers are.
        let team = d
            .members
            .iter()
            .map(|m| {
                let p = &s.delivery.people[m.person.ix()];
                let original = m.joined == 0 && m.person.ix() < s.delivery.team_size;
                // Mirrors docs/rules.md §3 "Capacity": ramp_start → 1 over ramp_weeks.
                let ramp = if original {
                    None
                } else {
                    let weeks_in = d.week.saturating_sub(m.joined) as f32;
                    let r = model.ramp_start
                        + (1.0 - model.ramp_start) * weeks_in / model.ramp_weeks.max(1) as f32;
                    (r < 1.0).then_some(r)
                };
                MemberRow {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    capacity: p.capacity,
                    morale: m.morale,
                    morale_cue: morale_cue(m.morale, model.morale_floor),
                    ramp,
                    joined: m.joined,
                }
            })
            .collect();

        let fatigue = {
            let f = d.fatigue;
            let (word, tone) = match f {
                f if f < 0.5 => ("fresh", Tone::Good),
                f if f < 1.5 => ("a little tired", Tone::Neutral),
                f if f < 3.5 => ("tired: slower and more defects", Tone::Warn),
                _ => ("exhausted", Tone::Bad),
            };
            let slower = (model.fatigue_productivity * f * 100.0).min(70.0);
            Cue {
                word: word.into(),
                number: if slower < 0.5 {
                    format!("{f:.0} pt")
                } else {
                    format!("{f:.0} pt, −{slower:.0}\u{a0}% speed")
                },
                tone,
            }
        };

        let price = state.sales.deal.as_ref().map_or(0.0, |deal| deal.price);
        let budget = {
            let share = if price > 0.0 { d.cost / price } else { 1.0 };
            let (word, tone) = match share {
                x if x < 0.6 => ("comfortable", Tone::Good),
                x if x < 0.85 => ("getting tight", Tone::Neutral),
                x if x < 1.0 => ("almost gone", Tone::Warn),
                _ => ("over the price: losing money", Tone::Bad),
            };
            Cue {
                word: word.into(),
                number: format!(
                    "spent {} of {} · {:.0}\u{a0}%",
                    money(d.cost),
                    money(price),
                    share * 100.0
                ),
                tone,
            }
        };
        let trust = s
            .stakeholders
            .iter()
            .zip(&d.trust)
            .map(|(st, t)| {
                (
                    st.name.clone(),
                    trust_cue(*t, s.sales.walk_away_trust),
                    *t < CHANGE_TRUST,
                )
            })
            .collect();

        let mut burnup = Burnup {
            done: vec![[0.0, 0.0]],
            scope: vec![[0.0, d.planned_days as f64]],
            deadline: d.deadline,
            team_deadline: (d.team_deadline != d.deadline).then_some(d.team_deadline),
            now: d.week,
            max_week: 0,
        };
        for r in &d.history {
            burnup.done.push([r.week as f64, r.done as f64]);
            burnup.scope.push([r.week as f64, r.scope as f64]);
        }
        burnup.max_week =
            (d.deadline.max(d.team_deadline).max(d.week) + 1).min(s.delivery.max_weeks.max(d.week));

        // The log: the last week that ran, then what was decided since.
        let log = session.log();
        let ended = log
            .iter()
            .rposition(|e| matches!(e, Event::WeekEnded { .. }));
        let last_week = ended.and_then(|end| {
            let start = log[..end]
                .iter()
                .rposition(|e| matches!(e, Event::WeekStarted(_)))?;
            let Event::WeekStarted(w) = log[start] else {
                return None;
            };
            let lines = log[start + 1..=end]
                .iter()
                .filter_map(|e| event_line(s, e, coach))
                .collect();
            Some((w, lines))
        });
        let since = ended.map(|i| i + 1).unwrap_or_else(|| {
            log.iter()
                .rposition(|e| matches!(e, Event::HandedOff { .. }))
                .map_or(log.len(), |i| i + 1)
        });
        let decided = log[since..]
            .iter()
            .filter_map(|e| event_line(s, e, coach))
            .collect();

        // Decisions, in a fixed order so the number keys never move.
        let mut actions = Vec::new();
        let mut push = |label: String, hint: String, action: Action, why_not: &str, on: bool| {
            let ok = can(&action);
            actions.push(ActionButton {
                key: None,
                label,
                hint,
                action: ok.then_some(action),
                why_not: (!ok).then(|| why_not.to_string()),
                on,
            });
        };
        let busy = "no more decisions this week: end the week";
        let full = d.actions_this_week >= crate::engine::MAX_ACTIONS_PER_WEEK;
        let reason = |r: &'static str| if full { busy } else { r };
        push(
            if d.overtime {
                "Stop overtime".into()
            } else {
                "Start overtime".into()
            },
            if d.overtime {
                "Back to normal hours: fatigue wears off a point a week.".into()
            } else if coach {
                format!(
                    "+{:.0}\u{a0}% capacity, +{:.0}\u{a0}% pay, a fatigue point a week, −{:.0} morale every week after the first.",
                    model.overtime_boost * 100.0,
                    model.overtime_premium * 100.0,
                    model.overtime_morale
                )
            } else {
                "More done this week, at a premium; tired people slow down and make more defects."
                    .into()
            },
            Action::SetOvertime(!d.overtime),
            reason(""),
            d.overtime,
        );
        let q = d.quality_share;
        push(
            "Less testing".into(),
            format!(
                "Testing from {q}\u{a0}% to {}\u{a0}% of the team's time: more features now, defects found later cost more.",
                q.saturating_sub(10)
            ),
            Action::SetQualityShare(q.saturating_sub(10)),
            reason("testing is already at 0\u{a0}%"),
            false,
        );
        push(
            "More testing".into(),
            format!(
                "Testing from {q}\u{a0}% to {}\u{a0}% of the team's time: defects are found while they are cheap.",
                (q + 10).min(50)
            ),
            Action::SetQualityShare((q + 10).min(50)),
            reason("testing is already at the 50\u{a0}% maximum"),
            false,
        );
        for i in s.delivery.team_size..s.delivery.people.len() {
            let p = &s.delivery.people[i];
            let hired = d.members.iter().any(|m| m.person.ix() == i);
            push(
                format!("Hire {}", p.name),
                if coach {
                    format!(
                        "{} ({}), {:.0} days a week at full speed, {} a week. Starts at {:.0}\u{a0}% and needs teaching.",
                        p.name,
                        p.role,
                        p.capacity,
                        money(p.weekly_cost),
                        model.ramp_start * 100.0
                    )
                } else {
                    format!(
                        "{} ({}): slow for the first weeks, and the team spends time teaching them.",
                        p.name, p.role
                    )
                },
                Action::Hire(PersonId(i as u16)),
                if hired {
                    "already on the team"
                } else {
                    reason("")
                },
                hired,
            );
        }
        let change_why = if d.change_this_week {
            "one change request a week"
        } else {
            "the client has been asked for time twice already"
        };
        for w in [2, 4] {
            push(
                format!("Ask +{w} weeks"),
                "A change request: costs trust with whoever was promised the date, more the later you ask; the client refuses when trust is low.".into(),
                Action::RequestMoreTime(w),
                reason(change_why),
                false,
            );
        }
        push(
            "Client update".into(),
            "An honest status update: a little trust, half a day of the project manager, and any change asked this week costs half.".into(),
            Action::ClientUpdate,
            reason("an update is already going out this week"),
            d.update_planned,
        );
        push(
            "Account manager".into(),
            "The seller joins client reviews from now on: promises left out surface sooner, with less damage.".into(),
            Action::InviteAccountManager,
            reason("the account manager is already in the reviews"),
            d.account_manager.is_some(),
        );
        for (i, b) in actions.iter_mut().enumerate() {
            if i < 9 {
                b.key = Some(i as u8 + 1);
            }
        }

        Some(DeliveryView {
            client: s.client.name.clone(),
            week: d.week + 1,
            weeks_done: d.week,
            deadline: d.deadline,
            team_deadline: (d.team_deadline != d.deadline).then_some(d.team_deadline),
            max_weeks: s.delivery.max_weeks,
            coach,
            backlog,
            planned_days: d.planned_days,
            surprise_days,
            done_days: d.done,
            remaining_days: d.remaining(),
            team,
            last_capacity: d.history.last().map(|r| r.capacity),
            fatigue,
            overtime: d.overtime,
            quality_share: d.quality_share,
            budget,
            trust,
            burnup,
            last_week,
            decided,
            actions,
            can_end_week: can(&Action::EndWeek),
        })
    }
}

/// Draws the delivery board. Returns a decision when a button is clicked, a number key pressed,
/// or Enter pressed (end the week).
pub fn delivery_view(ui: &mut egui::Ui, view: &DeliveryView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = keyboard(ui, view);

    let left = view.deadline as i64 - view.weeks_done as i64;
    let status = if left > 0 {
        format!("{} to the agreed date", plural(left as u32, "week"))
    } else if left == 0 {
        "The agreed date is this week".to_string()
    } else {
        format!("{} past the agreed date", plural((-left) as u32, "week"))
    };
    widgets::top_bar(
        ui,
        "delivery_top",
        &format!("Delivery · week {} of {}", view.week, view.deadline),
        &format!("{status} · delivering for {}", view.client),
        |ui| {
            let caption = if view.coach {
                view.budget.number.clone()
            } else {
                "money spent against the price".to_string()
            };
            stat(
                ui,
                &format!("Budget {}", view.budget.word),
                view.budget.tone,
                &caption,
            );
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
                    },
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let end = widgets::ActionButton::new(&format!("End week {}", view.week))
                        .key("⏎")
                        .primary(true)
                        .min_width(end_w)
                        .enabled(view.can_end_week)
                        .show(ui)
                        .on_hover_text(
                            "Run the week: the team works, events happen, the client may review. \
                             Esc pauses.",
                        );
                    if end.clicked() && view.can_end_week {
                        out = Some(Intent::Act(Action::EndWeek));
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
                    &format!(
                        "The team is planning for {team} weeks: the {}-week date promised to the client is not in the handoff document.",
                        view.deadline
                    ),
                );
                ui.add_space(4.0);
            }
            let gap = 14.0;
            let full = ui.available_width() - 2.0 * gap;
            let mid_w = (full * 0.27).max(280.0);
            let right_w = (full * 0.27).max(280.0);
            let left_w = (full - right_w - mid_w).max(300.0);
            let h = ui.available_height();
            ui.horizontal_top(|ui| {
                column(ui, left_w, h, |ui| {
                    card(ui, "Burn-up: work done against all the work", |ui| {
                        burnup(ui, &view.burnup, (h * 0.3).clamp(120.0, 300.0));
                    });
                    ui.add_space(10.0);
                    card(ui, "Backlog, in person-days", |ui| {
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
                    happened(ui, view, (h - client_h - 80.0).max(120.0));
                    ui.add_space(10.0);
                    card(ui, "Client", |ui| client(ui, view));
                });
                ui.add_space(gap);
                column(ui, right_w, h, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("delivery_right_scroll")
                        .auto_shrink([false, true])
                        .show(ui, |ui| card(ui, "Team", |ui| team(ui, view)));
                });
            });
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
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    if ui.input(|i| i.modifiers.any()) {
        return None;
    }
    if view.can_end_week && ui.input(|i| i.key_pressed(Key::Enter)) {
        return Some(Intent::Act(Action::EndWeek));
    }
    let pressed = crate::game::screens::keys::number(ui)?;
    view.actions.iter().find_map(|b| match (b.key, &b.action) {
        (Some(k), Some(a)) if k as usize == pressed + 1 => Some(Intent::Act(a.clone())),
        _ => None,
    })
}

fn happened(ui: &mut egui::Ui, view: &DeliveryView, max_h: f32) {
    let title = match &view.last_week {
        Some((w, _)) => format!("What happened in week {w}"),
        None => "Before week 1".to_string(),
    };
    card(ui, &title, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("delivery_happened")
            .max_height(max_h)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                match &view.last_week {
                    Some((_, lines)) if !lines.is_empty() => {
                        for (tone, line) in lines {
                            toned(ui, *tone, line);
                        }
                    }
                    Some(_) => {
                        ui.label("A quiet week.");
                    }
                    None => {
                        ui.label(
                            "The team starts on the backlog the handoff document describes. \
                             Set overtime and testing, then end the week.",
                        );
                    }
                }
                if !view.decided.is_empty() {
                    ui.add_space(6.0);
                    widgets::overline(ui, "Decided this week");
                    for (tone, line) in &view.decided {
                        toned(ui, *tone, line);
                    }
                }
            });
    });
}

fn client(ui: &mut egui::Ui, view: &DeliveryView) {
    for (name, cue, refuses) in &view.trust {
        let hover = format!(
            "{name}: {} (trust {} of 100). Below {CHANGE_TRUST:.0} the client refuses a change.",
            cue.word, cue.number
        );
        egui::Sides::new().shrink_left().truncate().show(
            ui,
            |ui| {
                ui.add(egui::Label::new(RichText::new(name).strong()).truncate());
            },
            |ui| {
                ui.label(RichText::new(cue.text(view.coach)).color(color(ui, cue.tone)))
                    .on_hover_text(&hover);
            },
        );
        if *refuses {
            ui.label(
                RichText::new("⚠ would refuse a change now")
                    .size(size::SMALL)
                    .color(color(ui, Tone::Bad)),
            );
        }
    }
}

fn team(ui: &mut egui::Ui, view: &DeliveryView) {
    let pal = Palette::of(ui);
    ui.horizontal_wrapped(|ui| {
        ui.label("Fatigue:");
        ui.label(RichText::new(view.fatigue.text(view.coach)).color(color(ui, view.fatigue.tone)));
    });
    let mut line = format!(
        "Overtime {} · {}\u{a0}% testing",
        if view.overtime { "ON" } else { "off" },
        view.quality_share
    );
    if let Some(c) = view.last_capacity {
        line.push_str(&format!(" · {c:.1} d done last week"));
    }
    ui.label(RichText::new(line).size(size::SMALL).color(pal.text_weak));
    ui.add_space(4.0);
    for m in &view.team {
        let c = color(ui, m.morale_cue.tone);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&m.name).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                widgets::meter(ui, m.morale / 100.0, c, 64.0)
                    .on_hover_text(format!("Morale: {}", m.morale_cue.text(true)));
            });
        });
        let work = match m.ramp {
            Some(r) => format!("new, about {:.0}\u{a0}% speed", r * 100.0),
            None => format!("{:.0} d/week", m.capacity),
        };
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

fn burnup(ui: &mut egui::Ui, b: &Burnup, height: f32) {
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
    super::fixed_plot("delivery_burnup", height)
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
        .x_axis_label("week")
        .y_axis_label("person-days")
        .label_formatter(|pos| match pos {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } if !plot_name.is_empty() => Some(format!(
                "{plot_name}\nweek {:.0}: {:.0} person-days",
                position.x, position.y
            )),
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
                Line::new("All the work", PlotPoints::from(b.scope.clone()))
                    .color(pal.warn)
                    .width(2.5),
            );
            p.line(
                Line::new("Done", PlotPoints::from(b.done.clone()))
                    .color(pal.good)
                    .width(3.0)
                    .fill(0.0)
                    .fill_alpha(0.15),
            );
            p.vline(
                VLine::new("Agreed date", b.deadline as f64)
                    .color(pal.bad)
                    .width(2.0)
                    .style(LineStyle::dashed_loose()),
            );
            if let Some(t) = b.team_deadline {
                p.vline(
                    VLine::new("Team's plan", t as f64)
                        .color(pal.text_weak)
                        .width(2.0)
                        .style(LineStyle::dashed_dense()),
                );
            }
        });
    let agreed = format!("agreed date (week {})", b.deadline);
    let team = b.team_deadline.map(|t| format!("team's plan (week {t})"));
    let mut items = vec![
        (pal.good, Swatch::Line, "done"),
        (pal.warn, Swatch::Line, "all the work"),
        (pal.bad, Swatch::Dashed, agreed.as_str()),
    ];
    if let Some(t) = &team {
        items.push((pal.text_weak, Swatch::Dashed, t.as_str()));
    }
    legend(ui, &items);
}

fn backlog(ui: &mut egui::Ui, view: &DeliveryView) -> Option<Intent> {
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        widgets::weak(ui, &format!("{:.0} planned", view.planned_days));
        if view.surprise_days > 0.0 {
            ui.label(
                RichText::new(format!("+{:.0} surprises", view.surprise_days))
                    .color(color(ui, Tone::Bad)),
            );
        }
        widgets::weak(
            ui,
            &format!(
                "· {:.0} done · {:.0} left",
                view.done_days, view.remaining_days
            ),
        );
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
                        RichText::new(format!("✔ Done: {}", names.join(" · ")))
                            .size(size::SMALL)
                            .color(pal.good),
                    )
                    .truncate(),
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
        ("dropped".to_string(), Tone::Neutral)
    } else if row.surprise {
        (format!("surprise, week {}", row.added_week), Tone::Bad)
    } else if row.cause == "rework" {
        ("rework".to_string(), Tone::Warn)
    } else {
        ("planned".to_string(), Tone::Neutral)
    };
    let mut name = RichText::new(&row.name);
    if row.dropped {
        name = name.strikethrough().color(pal.text_weak);
    }
    ui.add(egui::Label::new(name).truncate())
        .on_hover_text(&row.name);
    ui.push_id(i, |ui| {
        egui::Sides::new().shrink_left().truncate().show(
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
                ui.add(egui::Label::new(job).truncate());
            },
            |ui| {
                if row.droppable && !row.dropped && row.finished.is_none() {
                    let b = ui
                        .add_enabled(
                            row.descope.is_some(),
                            egui::Button::new(RichText::new("Ask to drop").size(size::SMALL)),
                        )
                        .on_hover_text(
                            "A change request: the client may agree to drop this item. It costs \
                             trust with whoever it was promised to, more the later you ask.",
                        )
                        .on_disabled_hover_text("One change request a week.");
                    if b.clicked()
                        && let Some(a) = &row.descope
                    {
                        out = Some(Intent::Act(a.clone()));
                    }
                }
                let status = match row.finished {
                    Some(w) if !row.dropped => format!("done in week {w}"),
                    _ if row.dropped => "not needed".to_string(),
                    _ => format!("{:.0} of {:.0} d left", row.remaining, row.total),
                };
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
                r.on_hover_text(format!("{}\n\nNot now: {why}.", b.hint))
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
