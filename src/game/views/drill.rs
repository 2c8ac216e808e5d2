//! The pitch-pacing drill's view: choosing difficulty and seed, each beat (the room's cues as the
//! difficulty allows, the answers, each stakeholder's reaction), and the result with the history
//! chart. Built from the drill's data by [`crate::game::screens::drill`].

use bevy_egui::egui::{self, Align, Layout, RichText, TextureId, Ui};
use egui_plot::{HLine, Line, PlotPoints, Points};

use super::{fixed_plot, keys};
use crate::drill::Difficulty;
use crate::game::intent::{DrillIntent, Intent};
use crate::game::theme::cues::{Mood, Tone};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::drill as words;

/// What the drill screen shows.
#[derive(Debug, Clone, PartialEq)]
pub enum DrillView {
    /// Choose difficulty and seed.
    Choose(ChooseView),
    /// A beat to answer (or, once answered, its reactions).
    Beat(BeatView),
    /// The result and the history.
    Result(ResultView),
}

/// The answer of difficulty and seed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChooseView {
    /// The difficulty chosen.
    pub difficulty: Difficulty,
    /// Each difficulty: name and what it shows.
    pub difficulties: Vec<(Difficulty, String, String)>,
    /// The seed the drill will use.
    pub seed: u64,
    /// Why a drill cannot start, if so.
    pub problem: Option<String>,
}

/// One stakeholder in the room, as far as the difficulty shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonView {
    /// Name.
    pub name: String,
    /// Their job.
    pub role: String,
    /// Portrait texture, when loaded.
    pub portrait: Option<TextureId>,
    /// Mood from trust (the portrait's ring and face).
    pub mood: Mood,
    /// Appetite for detail in words (standard and coach).
    pub appetite: Option<String>,
    /// `readiness 2.3 · trust 55` (coach only).
    pub numbers: Option<String>,
    /// After answering: their reaction in their words, and its tone.
    pub reaction: Option<(String, Tone)>,
}

/// One answer on offer.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionView {
    /// The answer's text.
    pub text: String,
    /// Its depth label (`Approach` or, in coach mode, `Approach · depth 3`), when shown.
    pub depth: Option<String>,
    /// The answer given, once answered.
    pub chosen: bool,
}

/// A beat.
#[derive(Debug, Clone, PartialEq)]
pub struct BeatView {
    /// `Beat 3 of 10 · Standard · seed 12345`.
    pub heading: String,
    /// Scenario and meeting.
    pub place: String,
    /// Who speaks and what they say.
    pub speaker: String,
    /// The line.
    pub line: String,
    /// The room.
    pub room: Vec<PersonView>,
    /// The answers.
    pub offered: Vec<OptionView>,
    /// Answered: the reactions are shown and "Next" goes on.
    pub answered: bool,
    /// The time ran out on this beat.
    pub timed_out: bool,
    /// Seconds left, when the difficulty has a time limit and the beat is open.
    pub seconds_left: Option<f32>,
    /// The time limit, when there is one.
    pub time_limit: Option<f32>,
    /// The last beat (Next shows the result).
    pub last: bool,
}

/// The result page.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultView {
    /// `Standard · seed 12345`.
    pub heading: String,
    /// Match rate, counts, mean time.
    pub summary: String,
    /// Each beat missed, with the cue that should have told.
    pub misses: Vec<String>,
    /// Match rate (percent) of every drill kept, oldest first, at this difficulty.
    pub history: Vec<f64>,
    /// The personal best at this difficulty, in words.
    pub best: Option<String>,
    /// Where the result was kept, or why it could not be.
    pub recorded: String,
}

/// Draws the drill screen.
pub fn drill_view(ui: &mut Ui, view: &DrillView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if keys::escape(ui) {
        out = Some(Intent::ToTitle);
    }
    let (title, sub) = match view {
        DrillView::Choose(_) => (words::drill_title(), words::drill_subtitle()),
        DrillView::Beat(b) => (words::drill_title(), b.heading.clone()),
        DrillView::Result(r) => (words::result_title(), r.heading.clone()),
    };
    widgets::top_bar(ui, "drill_top", &title, &sub, |ui| {
        if ActionButton::new(&crate::wording::menus::back_to_title())
            .key("Esc")
            .show(ui)
            .clicked()
        {
            out = Some(Intent::ToTitle);
        }
    });
    let inner = match view {
        DrillView::Choose(c) => choose(ui, &pal, c),
        DrillView::Beat(b) => beat(ui, &pal, b),
        DrillView::Result(r) => result(ui, &pal, r),
    };
    out.or(inner)
}

fn drill(i: DrillIntent) -> Option<Intent> {
    Some(Intent::Drill(i))
}

fn choose(ui: &mut Ui, pal: &Palette, c: &ChooseView) -> Option<Intent> {
    let mut out = None;
    if let Some(n) = keys::number(ui)
        && let Some((d, _, _)) = c.difficulties.get(n)
    {
        out = drill(DrillIntent::Difficulty(*d));
    }
    if keys::enter(ui) && c.problem.is_none() {
        out = drill(DrillIntent::Start);
    }
    egui::CentralPanel::default()
        .frame(widgets::page_frame(pal))
        .show(ui, |ui| {
            ui.with_layout(Layout::top_down(Align::Center), |ui| {
                ui.add_space(24.0);
                ui.label(
                    RichText::new(words::drill_intro())
                        .size(size::HEADING)
                        .color(pal.text),
                );
                ui.add_space(16.0);
                for (i, (d, name, blurb)) in c.difficulties.iter().enumerate() {
                    let label = words::difficulty_choice(name, blurb);
                    if ActionButton::new(&label)
                        .key(&keys::label(i))
                        .primary(*d == c.difficulty)
                        .min_width(620.0)
                        .show(ui)
                        .clicked()
                    {
                        out = drill(DrillIntent::Difficulty(*d));
                    }
                    ui.add_space(4.0);
                }
                ui.add_space(16.0);
                ui.label(
                    RichText::new(words::seed(c.seed))
                        .font(bold_font(size::HEADING))
                        .color(pal.text),
                );
                widgets::weak(ui, &words::seed_note());
                ui.add_space(8.0);
                if ActionButton::new(&words::new_seed())
                    .key("S")
                    .show(ui)
                    .clicked()
                    || keys::pressed(ui, egui::Key::S)
                {
                    out = drill(DrillIntent::NewSeed);
                }
                ui.add_space(16.0);
                if let Some(p) = &c.problem {
                    ui.label(RichText::new(p).color(pal.bad));
                } else if ActionButton::new(&words::start_drill())
                    .key("Enter")
                    .primary(true)
                    .min_width(320.0)
                    .show(ui)
                    .clicked()
                {
                    out = drill(DrillIntent::Start);
                }
            });
        });
    out
}

fn beat(ui: &mut Ui, pal: &Palette, b: &BeatView) -> Option<Intent> {
    let mut out = None;
    if !b.answered {
        if let Some(n) = keys::number(ui)
            && n < b.offered.len()
        {
            out = drill(DrillIntent::Answer(n));
        }
    } else if keys::enter(ui) {
        out = drill(DrillIntent::Next);
    }
    widgets::bottom_bar(ui, "drill_bottom", |ui| {
        if b.answered {
            let label = if b.last {
                words::see_result()
            } else {
                words::next_beat()
            };
            if ActionButton::new(&label)
                .key("Enter")
                .primary(true)
                .show(ui)
                .clicked()
            {
                out = drill(DrillIntent::Next);
            }
        }
        if let (Some(left), Some(limit)) = (b.seconds_left, b.time_limit) {
            let tone = if left < 3.0 { pal.bad } else { pal.text };
            widgets::meter(ui, left / limit, tone, 200.0);
            ui.label(
                RichText::new(words::seconds_left(left))
                    .font(bold_font(size::HEADING))
                    .color(tone),
            );
        }
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(pal))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                widgets::overline(ui, &b.place);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&b.speaker).strong().color(pal.text));
                    ui.label(RichText::new(words::quoted(&b.line)).color(pal.text));
                });
                ui.add_space(12.0);
                people(ui, pal, &b.room);
                ui.add_space(12.0);
                if b.timed_out {
                    ui.label(RichText::new(words::time_ran_out()).strong().color(pal.bad));
                }
                for (i, o) in b.offered.iter().enumerate() {
                    let r = widgets::clickable_card(ui, ("drill-answer", i), o.chosen, |ui| {
                        ui.horizontal(|ui| {
                            widgets::key_cap(ui, &keys::label(i));
                            let mut text = o.text.clone();
                            if let Some(d) = &o.depth {
                                text = words::with_depth(d, &text);
                            }
                            let rich = RichText::new(text).color(pal.text);
                            let rich = if o.chosen { rich.strong() } else { rich };
                            ui.add(egui::Label::new(rich).wrap());
                        });
                    });
                    if !b.answered && r.clicked() {
                        out = drill(DrillIntent::Answer(i));
                    }
                    ui.add_space(4.0);
                }
            });
        });
    out
}

/// The people in the room as cards of one width and one height, top-aligned, wrapping into rows.
fn people(ui: &mut Ui, pal: &Palette, room: &[PersonView]) {
    let id = ui.id().with("drill-people");
    // The tallest card of the last frame sets every card's height, so a row lines up.
    let tallest: f32 = ui.ctx().data(|d| d.get_temp(id)).unwrap_or(0.0);
    let mut measured: f32 = 0.0;
    ui.with_layout(
        egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true),
        |ui| {
            ui.spacing_mut().item_spacing = egui::vec2(12.0, 12.0);
            for p in room {
                measured = measured.max(person(ui, pal, p, tallest));
            }
        },
    );
    if (measured - tallest).abs() > 0.5 {
        ui.ctx().data_mut(|d| d.insert_temp(id, measured));
        ui.ctx().request_repaint();
    }
}

/// One person's card, at least `min_height` tall inside; returns the height its content needed.
fn person(ui: &mut Ui, pal: &Palette, p: &PersonView, min_height: f32) -> f32 {
    let mut needed = 0.0;
    ui.allocate_ui(egui::vec2(280.0, 0.0), |ui| {
        widgets::card(ui, |ui| {
            ui.set_width(250.0);
            let top = ui.cursor().top();
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    widgets::portrait(ui, p.portrait, &p.name, 64.0, Some(p.mood));
                    ui.vertical(|ui| {
                        ui.label(RichText::new(&p.name).strong().color(pal.text));
                        widgets::weak(ui, &p.role);
                        ui.label(RichText::new(p.mood.words()).color(p.mood.color(pal)));
                    });
                });
                if let Some(a) = &p.appetite {
                    ui.label(RichText::new(a).color(pal.text));
                }
                if let Some(n) = &p.numbers {
                    widgets::weak(ui, n);
                }
                if let Some((r, tone)) = &p.reaction {
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("{} {r}", super::mark(*tone)))
                                .strong()
                                .color(tone.color(pal)),
                        )
                        .wrap(),
                    );
                }
            });
            needed = ui.min_rect().bottom() - top;
            if needed < min_height {
                ui.add_space(min_height - needed);
            }
        });
    });
    needed
}

fn result(ui: &mut Ui, pal: &Palette, r: &ResultView) -> Option<Intent> {
    let mut out = None;
    if keys::enter(ui) {
        out = drill(DrillIntent::Again);
    }
    widgets::bottom_bar(ui, "drill_result_bottom", |ui| {
        if ActionButton::new(&words::another_drill())
            .key("Enter")
            .primary(true)
            .show(ui)
            .clicked()
        {
            out = drill(DrillIntent::Again);
        }
        widgets::weak(ui, &r.recorded);
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(pal))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add(
                    egui::Label::new(
                        RichText::new(&r.summary)
                            .size(size::HEADING)
                            .color(pal.text),
                    )
                    .wrap(),
                );
                if let Some(b) = &r.best {
                    ui.label(RichText::new(b).strong().color(pal.good));
                }
                ui.add_space(8.0);
                history_chart(ui, pal, "drill_history", &r.history);
                ui.add_space(8.0);
                if r.misses.is_empty() {
                    ui.label(RichText::new(words::no_beat_missed()).color(pal.good));
                } else {
                    widgets::overline(ui, &words::beats_missed());
                    for m in &r.misses {
                        ui.add(egui::Label::new(RichText::new(m).color(pal.text)).wrap());
                        ui.add_space(4.0);
                    }
                }
            });
        });
    out
}

/// The chart of match rate (percent) over attempts, with the best as a line. Shared with the
/// progress page.
pub fn history_chart(ui: &mut Ui, pal: &Palette, id: &str, history: &[f64]) {
    if history.is_empty() {
        widgets::weak(ui, &words::no_drill_kept());
        return;
    }
    widgets::weak(ui, &words::match_rate_over_attempts());
    let pts: Vec<[f64; 2]> = history
        .iter()
        .enumerate()
        .map(|(i, v)| [(i + 1) as f64, *v])
        .collect();
    let best = history.iter().copied().fold(0.0, f64::max);
    let response = fixed_plot(id, 180.0)
        .include_y(0.0)
        .include_y(100.0)
        .include_x(0.5)
        .include_x(history.len().max(5) as f64 + 0.5)
        .show(ui, |plot| {
            let (rate, attempts, best_line) = words::chart_lines();
            plot.line(Line::new(rate, PlotPoints::from(pts.clone())).color(pal.accent));
            plot.points(
                Points::new(attempts, PlotPoints::from(pts))
                    .radius(4.0)
                    .color(pal.accent),
            );
            plot.hline(HLine::new(best_line, best).color(pal.good));
        })
        .response;
    super::alt_text(
        &response,
        &crate::wording::access::drill_chart(
            history.len(),
            history.last().copied().unwrap_or(0.0),
            best,
        ),
    );
}
