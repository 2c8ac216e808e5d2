//! The outcome and debrief: both scorecards, the rubric, which promise caused what, the pacing
//! chart, key moments, the facilitator's questions, and what-if replays.
//!
//! [`DebriefView::build`] reads a finished session and its [`Debrief`]; [`debrief_view`] draws
//! one tab at a time (sized for a projector) and returns an [`Intent`]: tab changes, the what-if
//! form and exports go through [`Intent::Debrief`] so the screen keeps that state.

use bevy_egui::egui::{self, Key, RichText};
use egui_plot::{
    Line, LineStyle, MarkerShape, PlotPoints, Points, Text, VLine, uniform_grid_spacer,
};

use super::words::{promise_what, verdict_text, who_role};
use super::{
    Swatch, Tone, card, color, legend, mark, money, money_delta, short, signed, stat, toned,
};
use crate::engine::debrief::{Consequence, Delta, role_name};
use crate::engine::outcome::{Outcome, Verdict};
use crate::engine::{Debrief, PaceVerdict, PromiseEdit, Session, WhatIf};
use crate::game::intent::Intent;
use crate::game::theme::cues::depth_words;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::scenario::model::{PromiseId, PromiseKind};
use crate::wording::{plural, without};

pub use crate::game::intent::{DebriefIntent, DebriefTab, EditKind, ExportFormat};

/// The debrief screen's own state, kept by the screen and shown by the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebriefUi {
    /// The tab shown.
    pub tab: DebriefTab,
    /// The promise picked for a what-if.
    pub pick: Option<usize>,
    /// The change.
    pub kind: EditKind,
    /// Weeks for a deadline change.
    pub weeks: u32,
    /// The question shown alone in facilitator mode.
    pub facilitate: Option<usize>,
    /// The last export: whether it worked, and the path or the error.
    pub export: Option<(bool, String)>,
}

/// A labelled number on a scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    /// What it is.
    pub label: String,
    /// The value, formatted.
    pub value: String,
    /// A note under it.
    pub note: String,
    /// How it feels.
    pub tone: Tone,
}

/// A rubric check.
#[derive(Debug, Clone, PartialEq)]
pub struct RubricRow {
    /// Passed.
    pub passed: bool,
    /// The check as the author wrote it.
    pub label: String,
    /// What happened.
    pub detail: String,
    /// Why it matters.
    pub why: String,
}

/// A promise and what it caused.
#[derive(Debug, Clone, PartialEq)]
pub struct PromiseRow {
    /// The promise.
    pub id: PromiseId,
    /// What was promised.
    pub what: String,
    /// To whom: "Dr Ruth Okafor (Founder and clinical director)".
    pub to: String,
    /// Where and by whom: "in Discovery, by the seller".
    pub made: String,
    /// In the handoff document.
    pub in_pid: bool,
    /// The verdict, in words.
    pub verdict: String,
    /// Its tone.
    pub tone: Tone,
    /// Consequences by week: (week, tone, text).
    pub effects: Vec<(u32, Tone, String)>,
    /// "Without this promise: …" from the counterfactual replay.
    pub without: Option<String>,
    /// The counterfactual's numbers.
    pub delta: Option<Delta>,
    /// For a deadline promise: the weeks it named.
    pub deadline: Option<u32>,
}

/// A hidden need and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedRow {
    /// What the client knew.
    pub text: String,
    /// Who knew it.
    pub owner: String,
    /// What became of it.
    pub status: String,
    /// Its tone.
    pub tone: Tone,
}

/// One answer on the pacing chart.
#[derive(Debug, Clone, PartialEq)]
pub struct PacePoint {
    /// Answer number, from 1.
    pub n: usize,
    /// The meeting.
    pub meeting: String,
    /// What was said.
    pub said: String,
    /// Depth chosen (1 to 5).
    pub depth: u8,
    /// Someone found it too deep.
    pub too_deep: Vec<String>,
    /// Someone found it too shallow.
    pub too_shallow: Vec<String>,
}

/// The pacing chart's data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pacing {
    /// The answers.
    pub points: Vec<PacePoint>,
    /// Per stakeholder: name and `[answer, readiness]` where they were in the room.
    pub readiness: Vec<(String, Vec<[f64; 2]>)>,
    /// Where each meeting starts: (answer number, meeting name).
    pub meetings: Vec<(usize, String)>,
    /// "7 of 11 answers matched the room (64\u{a0}%)".
    pub summary: String,
}

/// One row of the what-if comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// What is compared.
    pub label: String,
    /// What happened.
    pub real: String,
    /// What would have happened.
    pub alt: String,
    /// The difference, signed.
    pub delta: String,
    /// Better, worse or the same, for the company.
    pub tone: Tone,
}

/// A what-if result, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIfView {
    /// The change, in words.
    pub asked: String,
    /// Whether the client would still have signed.
    pub would_sign: bool,
    /// The signing line: "The client would still have signed (score 0.71, needed 0.60)."
    pub sign_line: String,
    /// The comparison.
    pub rows: Vec<CompareRow>,
}

/// Everything the debrief shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DebriefView {
    /// Scenario title.
    pub title: String,
    /// The outcome in one line.
    pub headline: String,
    /// The deal was signed and delivered.
    pub won: bool,
    /// Overall score 0..=100.
    pub score: f32,
    /// The seller's scorecard.
    pub seller: Vec<Metric>,
    /// The company's scorecard.
    pub company: Vec<Metric>,
    /// Where the two scorecards disagree (or agree), in one line.
    pub verdict: (Tone, String),
    /// Rubric checks.
    pub rubric: Vec<RubricRow>,
    /// The promise trace.
    pub promises: Vec<PromiseRow>,
    /// Hidden needs.
    pub needs: Vec<NeedRow>,
    /// The pacing chart.
    pub pacing: Pacing,
    /// Key moments.
    pub moments: Vec<String>,
    /// Facilitator questions.
    pub questions: Vec<String>,
    /// The screen's state (tab, what-if form, facilitator mode, last export).
    pub ui: DebriefUi,
    /// The last what-if result.
    pub what_if: Option<WhatIfView>,
    /// What-if replays are possible (the deal was handed over).
    pub can_what_if: bool,
}

fn scorecards(o: &Outcome) -> (Vec<Metric>, Vec<Metric>, (Tone, String)) {
    let seller = vec![
        Metric {
            label: "Deal size".into(),
            value: money(o.seller.deal_size),
            note: if o.won {
                "what the client signed for".into()
            } else {
                "no deal".into()
            },
            tone: if o.won { Tone::Good } else { Tone::Bad },
        },
        Metric {
            label: "Commission".into(),
            value: money(o.seller.commission),
            note: "paid at signature, whatever happens next".into(),
            tone: if o.seller.commission > 0.0 {
                Tone::Good
            } else {
                Tone::Neutral
            },
        },
    ];
    let margin_tone = match o.margin_share {
        _ if !o.won => Tone::Bad,
        m if m >= 0.15 => Tone::Good,
        m if m >= 0.0 => Tone::Warn,
        _ => Tone::Bad,
    };
    let band = |v: f32, good: f32, ok: f32| {
        if v >= good {
            Tone::Good
        } else if v >= ok {
            Tone::Warn
        } else {
            Tone::Bad
        }
    };
    let company = vec![
        Metric {
            label: "Margin".into(),
            value: money(o.company.margin),
            note: format!("{:.0}\u{a0}% of the price", o.margin_share * 100.0),
            tone: margin_tone,
        },
        Metric {
            label: "Client satisfaction".into(),
            value: format!("{:.0}/100", o.company.satisfaction),
            note: "against what was promised".into(),
            tone: band(o.company.satisfaction, 65.0, 45.0),
        },
        Metric {
            label: "Expected renewal".into(),
            value: money(o.company.expected_renewal),
            note: format!("{:.0}\u{a0}% chance of more work", o.renewal_chance * 100.0),
            tone: band(o.renewal_chance, 0.6, 0.3),
        },
        Metric {
            label: "Team morale".into(),
            value: format!("{:.0}/100", o.company.morale),
            note: format!("{} of overtime", plural(o.overtime_weeks, "week")),
            tone: band(o.company.morale, 65.0, 50.0),
        },
    ];
    let company_ok = o.won && o.margin_share >= 0.1 && o.satisfaction >= 55.0;
    let verdict = if !o.won {
        (
            Tone::Bad,
            format!(
                "Both scorecards agree: no deal, no commission, and {} of presales time spent.",
                money(o.presales_cost)
            ),
        )
    } else if company_ok {
        (
            Tone::Good,
            "Both scorecards agree: a deal worth winning, delivered the way it was sold.".into(),
        )
    } else {
        let mut why = Vec::new();
        if o.margin < 0.0 {
            why.push(format!("lost the company {}", money(-o.margin)));
        } else if o.margin_share < 0.1 {
            why.push(format!(
                "left a thin {:.0}\u{a0}% margin",
                o.margin_share * 100.0
            ));
        }
        if o.satisfaction < 55.0 {
            why.push(format!(
                "left the client at {:.0}/100 satisfaction",
                o.satisfaction
            ));
        }
        (
            Tone::Bad,
            format!(
                "The scorecards disagree: the seller earned {} in commission on a deal that {}.",
                money(o.seller.commission),
                why.join(" and ")
            ),
        )
    };
    (seller, company, verdict)
}

impl DebriefView {
    /// The debrief of a finished session, with the screen's state and the last what-if.
    pub fn build(
        session: &Session,
        debrief: &Debrief,
        ui: DebriefUi,
        what_if: Option<&WhatIf>,
    ) -> DebriefView {
        let s = session.scenario();
        let o = &debrief.outcome;
        let headline = if o.won {
            format!(
                "Signed for {} · delivered in {} weeks against {} agreed{} · {} of {} promises kept",
                money(o.price),
                o.actual_weeks,
                o.agreed_weeks,
                if o.weeks_late > 0 {
                    format!(" ({} late)", plural(o.weeks_late, "week"))
                } else {
                    String::new()
                },
                o.promises
                    .iter()
                    .filter(|(_, v)| *v == Verdict::Kept)
                    .count(),
                o.promises.len()
            )
        } else {
            "The client did not sign: nothing was delivered".to_string()
        };
        let (seller, company, verdict) = scorecards(o);

        let rubric = debrief
            .rubric
            .iter()
            .map(|r| {
                let c = &s.scoring.rubric[r.check.ix()];
                RubricRow {
                    passed: r.passed,
                    label: c.label.clone(),
                    detail: r.detail.clone(),
                    why: c.why.clone(),
                }
            })
            .collect();

        let promises = debrief
            .promises
            .iter()
            .map(|t| {
                let p = &s.promises[t.promise.ix()];
                let entry = session
                    .state()
                    .ledger
                    .iter()
                    .find(|e| e.promise == t.promise);
                let meeting = entry.map_or("?", |e| s.milestones[e.milestone.ix()].name.as_str());
                let (tone, verdict) = verdict_text(t.verdict);
                let effects = t
                    .effects
                    .iter()
                    .map(|(week, c)| {
                        let (tone, text) = match c {
                            Consequence::Work { days, surprise } => (
                                if *surprise { Tone::Bad } else { Tone::Neutral },
                                format!(
                                    "+{days:.0} person-days of {}work",
                                    if *surprise { "unplanned " } else { "" }
                                ),
                            ),
                            Consequence::Trust(k, d) => (
                                if *d < 0.0 { Tone::Bad } else { Tone::Good },
                                format!(
                                    "trust {} with {}",
                                    signed(*d, 0),
                                    s.stakeholders[k.ix()].name
                                ),
                            ),
                            Consequence::ClaimTested(held) => {
                                if *held {
                                    (Tone::Good, "the claim was tested and held".into())
                                } else {
                                    (Tone::Bad, "the claim was tested and did not hold".into())
                                }
                            }
                            Consequence::Judged(v) => {
                                let (tone, text) = verdict_text(*v);
                                (tone, format!("judged: {}", text.to_lowercase()))
                            }
                        };
                        (*week, tone, text)
                    })
                    .collect();
                PromiseRow {
                    id: t.promise,
                    what: promise_what(s, t.promise),
                    to: who_role(s, p.to),
                    made: format!("in {meeting}, by the {}", role_name(p.by)),
                    in_pid: t.in_pid,
                    verdict,
                    tone,
                    effects,
                    without: t.without.map(|d| without(&p.kind, &d)),
                    delta: t.without,
                    deadline: match p.kind {
                        PromiseKind::Deadline(w) => Some(w),
                        _ => None,
                    },
                }
            })
            .collect();

        let needs = debrief
            .needs
            .iter()
            .map(|n| {
                let f = &s.facts[n.fact.ix()];
                let (status, tone) = match (n.found, n.in_pid, n.surfaced) {
                    (found, _, Some(w)) => (
                        format!(
                            "{}: surfaced in week {w} as {:.0} person-days nobody planned for",
                            if found {
                                "Found, but left out of the handoff document"
                            } else {
                                "Never found during sales"
                            },
                            n.surprise_days
                        ),
                        Tone::Bad,
                    ),
                    (true, true, None) => (
                        "Found during sales and planned from week 1".into(),
                        Tone::Good,
                    ),
                    (true, false, None) => (
                        "Found during sales, left out of the handoff document".into(),
                        Tone::Warn,
                    ),
                    (false, _, None) => ("Never found; it had not surfaced yet".into(), Tone::Warn),
                };
                NeedRow {
                    text: f.text.clone(),
                    owner: who_role(s, f.owner),
                    status,
                    tone,
                }
            })
            .collect();

        let mut pacing = Pacing::default();
        let mut readiness: Vec<Vec<[f64; 2]>> = vec![Vec::new(); s.stakeholders.len()];
        let mut last_meeting = None;
        for (i, r) in debrief.pacing.iter().enumerate() {
            let n = i + 1;
            if last_meeting != Some(r.milestone) {
                last_meeting = Some(r.milestone);
                pacing
                    .meetings
                    .push((n, s.milestones[r.milestone.ix()].name.clone()));
            }
            let mut point = PacePoint {
                n,
                meeting: s.milestones[r.milestone.ix()].name.clone(),
                said: s.choices[r.choice.ix()].text.clone(),
                depth: r.depth,
                too_deep: Vec::new(),
                too_shallow: Vec::new(),
            };
            for (k, ready, v) in &r.room {
                readiness[k.ix()].push([n as f64, *ready as f64]);
                let name = s.stakeholders[k.ix()].name.clone();
                match v {
                    PaceVerdict::TooDeep => point.too_deep.push(name),
                    PaceVerdict::TooShallow => point.too_shallow.push(name),
                    PaceVerdict::Matched => {}
                }
            }
            pacing.points.push(point);
        }
        pacing.readiness = s
            .stakeholders
            .iter()
            .zip(readiness)
            .filter(|(_, pts)| !pts.is_empty())
            .map(|(k, pts)| (k.name.clone(), pts))
            .collect();
        let matched = debrief.pacing.iter().filter(|r| r.matched()).count();
        pacing.summary = format!(
            "{matched} of {} matched the room ({:.0}\u{a0}%)",
            plural(debrief.pacing.len() as u32, "answer"),
            debrief.pacing_share * 100.0
        );

        DebriefView {
            title: s.title.clone(),
            headline,
            won: o.won,
            score: o.score,
            seller,
            company,
            verdict,
            rubric,
            promises,
            needs,
            pacing,
            moments: debrief.moments.clone(),
            questions: debrief.questions.clone(),
            ui,
            what_if: what_if.map(|w| WhatIfView::build(session, o, w)),
            can_what_if: session.handed_off() && o.won,
        }
    }

    /// The change the what-if form describes, when it is complete and makes sense for the promise.
    pub fn edit(&self) -> Option<PromiseEdit> {
        let row = self.promises.get(self.ui.pick?)?;
        match self.ui.kind {
            EditKind::Drop => Some(PromiseEdit::Drop(row.id)),
            EditKind::Handoff => Some(PromiseEdit::Handoff(row.id, !row.in_pid)),
            EditKind::Deadline => row
                .deadline
                .filter(|w| *w != self.ui.weeks && self.ui.weeks > 0)
                .map(|_| PromiseEdit::Deadline(row.id, self.ui.weeks)),
        }
    }
}

/// A what-if in words.
pub fn edit_text(session: &Session, edit: PromiseEdit) -> String {
    let s = session.scenario();
    match edit {
        PromiseEdit::Drop(p) => format!("Never promise \"{}\"", promise_what(s, p)),
        PromiseEdit::Handoff(p, true) => {
            format!("Write \"{}\" into the handoff document", promise_what(s, p))
        }
        PromiseEdit::Handoff(p, false) => {
            format!(
                "Leave \"{}\" out of the handoff document",
                promise_what(s, p)
            )
        }
        PromiseEdit::Deadline(_, w) => format!("Promise delivery in {w} weeks instead"),
    }
}

impl WhatIfView {
    /// The comparison of a what-if with what really happened.
    pub fn build(session: &Session, real: &Outcome, w: &WhatIf) -> WhatIfView {
        let alt = &w.outcome;
        let sign_line = if w.would_sign {
            format!(
                "The client would still have signed: a {:.0} % chance on the same roll (their score {:.2}, needed {:.2}).",
                w.chance * 100.0,
                w.score,
                w.threshold
            )
        } else {
            format!(
                "The client would NOT have signed: a {:.0} % chance on the same roll (their score {:.2}, needed {:.2}). No deal, no commission; the numbers below show the delivery as if they had.",
                w.chance * 100.0,
                w.score,
                w.threshold
            )
        };
        let better = |d: f32| {
            if d > 0.5 {
                Tone::Good
            } else if d < -0.5 {
                Tone::Bad
            } else {
                Tone::Neutral
            }
        };
        let weeks_d = alt.actual_weeks as i32 - real.actual_weeks as i32;
        let late_d = alt.weeks_late as i32 - real.weeks_late as i32;
        let rows = vec![
            CompareRow {
                label: "Client signs".into(),
                real: if real.won { "yes" } else { "no" }.into(),
                alt: if w.would_sign { "yes" } else { "no" }.into(),
                delta: String::new(),
                tone: if w.would_sign {
                    Tone::Neutral
                } else {
                    Tone::Bad
                },
            },
            CompareRow {
                label: "Score".into(),
                real: format!("{:.0}", real.score),
                alt: format!("{:.0}", alt.score),
                delta: signed(alt.score - real.score, 0),
                tone: better(alt.score - real.score),
            },
            CompareRow {
                label: "Weeks".into(),
                real: format!("{} ({} agreed)", real.actual_weeks, real.agreed_weeks),
                alt: format!("{} ({} agreed)", alt.actual_weeks, alt.agreed_weeks),
                delta: signed(weeks_d as f32, 0),
                tone: better(-weeks_d as f32),
            },
            CompareRow {
                label: "Weeks late".into(),
                real: real.weeks_late.to_string(),
                alt: alt.weeks_late.to_string(),
                delta: signed(late_d as f32, 0),
                tone: better(-late_d as f32),
            },
            CompareRow {
                label: "Margin".into(),
                real: money(real.margin),
                alt: money(alt.margin),
                delta: money_delta(w.delta.margin),
                tone: better(w.delta.margin),
            },
            CompareRow {
                label: "Client satisfaction".into(),
                real: format!("{:.0}", real.satisfaction),
                alt: format!("{:.0}", alt.satisfaction),
                delta: signed(w.delta.satisfaction, 0),
                tone: better(w.delta.satisfaction),
            },
            CompareRow {
                label: "Renewal chance".into(),
                real: format!("{:.0}\u{a0}%", real.renewal_chance * 100.0),
                alt: format!("{:.0}\u{a0}%", alt.renewal_chance * 100.0),
                delta: signed((alt.renewal_chance - real.renewal_chance) * 100.0, 0),
                tone: better((alt.renewal_chance - real.renewal_chance) * 100.0),
            },
            CompareRow {
                label: "Team morale".into(),
                real: format!("{:.0}", real.morale),
                alt: format!("{:.0}", alt.morale),
                delta: signed(w.delta.morale, 0),
                tone: better(w.delta.morale),
            },
            CompareRow {
                label: "Commission".into(),
                real: money(real.seller.commission),
                alt: money(if w.would_sign {
                    alt.seller.commission
                } else {
                    0.0
                }),
                delta: money_delta(
                    if w.would_sign {
                        alt.seller.commission
                    } else {
                        0.0
                    } - real.seller.commission,
                ),
                tone: Tone::Neutral,
            },
        ];
        WhatIfView {
            asked: edit_text(session, w.edit),
            would_sign: w.would_sign,
            sign_line,
            rows,
        }
    }
}

const TAB_KEYS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];

fn wrap(i: DebriefIntent) -> Option<Intent> {
    Some(Intent::Debrief(i))
}

/// Draws the debrief. Number keys 1–5 switch tabs; in facilitator mode the arrow keys move
/// between questions.
pub fn debrief_view(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = keyboard(ui, view);

    widgets::top_bar(
        ui,
        "debrief_top",
        &format!("Debrief · {}", view.title),
        &view.headline,
        |ui| {
            let passed = view.rubric.iter().filter(|r| r.passed).count();
            let tone = if passed == view.rubric.len() {
                Tone::Good
            } else if passed * 2 >= view.rubric.len() {
                Tone::Warn
            } else {
                Tone::Bad
            };
            stat(
                ui,
                &format!("Score {:.0}/100", view.score),
                tone,
                &format!("{passed} of {} checks passed", view.rubric.len()),
            );
        },
    );
    widgets::bottom_bar(ui, "debrief_bottom", |ui| {
        if widgets::ActionButton::new("Back to title")
            .show(ui)
            .clicked()
        {
            out = Some(Intent::ToTitle);
        }
        if widgets::ActionButton::new("Export HTML")
            .show(ui)
            .on_hover_text("One self-contained page to print or send round")
            .clicked()
        {
            out = wrap(DebriefIntent::Export(ExportFormat::Html));
        }
        if widgets::ActionButton::new("Export Markdown")
            .show(ui)
            .clicked()
        {
            out = wrap(DebriefIntent::Export(ExportFormat::Markdown));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if widgets::ActionButton::new("Pause")
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Pause);
            }
            if let Some((ok, text)) = &view.ui.export {
                let tone = if *ok { Tone::Good } else { Tone::Bad };
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{} {text}", mark(tone)))
                            .size(size::SMALL)
                            .color(color(ui, tone)),
                    )
                    .truncate(),
                )
                .on_hover_text(text);
            }
        });
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            if view.ui.facilitate.is_none() {
                ui.horizontal(|ui| {
                    for (i, tab) in DebriefTab::ALL.into_iter().enumerate() {
                        let key = (i + 1).to_string();
                        if widgets::ActionButton::new(tab.label())
                            .key(&key)
                            .primary(view.ui.tab == tab)
                            .show(ui)
                            .clicked()
                        {
                            out = wrap(DebriefIntent::Tab(tab));
                        }
                    }
                });
                ui.add_space(10.0);
            }
            let page = match (view.ui.facilitate, view.ui.tab) {
                (Some(q), _) => facilitate(ui, view, q),
                (None, DebriefTab::Outcome) => outcome(ui, view),
                (None, DebriefTab::Promises) => promises(ui, view),
                (None, DebriefTab::Pacing) => pacing(ui, view),
                (None, DebriefTab::WhatIf) => what_if(ui, view),
                (None, DebriefTab::Discuss) => discuss(ui, view),
            };
            if page.is_some() {
                out = page;
            }
        });
    out
}

fn keyboard(ui: &egui::Ui, view: &DebriefView) -> Option<Intent> {
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    ui.input(|i| {
        if i.modifiers.any() {
            return None;
        }
        if let Some(q) = view.ui.facilitate {
            let last = view.questions.len().saturating_sub(1);
            if i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::Space) {
                return wrap(DebriefIntent::Facilitate(Some((q + 1).min(last))));
            }
            if i.key_pressed(Key::ArrowLeft) {
                return wrap(DebriefIntent::Facilitate(Some(q.saturating_sub(1))));
            }
            if i.key_pressed(Key::F) {
                return wrap(DebriefIntent::Facilitate(None));
            }
            return None;
        }
        if i.key_pressed(Key::F) && !view.questions.is_empty() {
            return wrap(DebriefIntent::Facilitate(Some(0)));
        }
        for (k, tab) in TAB_KEYS.iter().zip(DebriefTab::ALL) {
            if i.key_pressed(*k) && view.ui.tab != tab {
                return wrap(DebriefIntent::Tab(tab));
            }
        }
        if view.ui.tab == DebriefTab::WhatIf {
            // Arrows pick a promise, D / P / W choose the change, + and − move the weeks,
            // Enter replays: the what-if needs no mouse either.
            let n = view.promises.len();
            if n > 0 && (i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowUp)) {
                let step = if i.key_pressed(Key::ArrowDown) {
                    1
                } else {
                    n - 1
                };
                let next = view.ui.pick.map_or(0, |p| (p + step) % n);
                return wrap(DebriefIntent::Pick(next));
            }
            for (key, kind) in [
                (Key::D, EditKind::Drop),
                (Key::P, EditKind::Handoff),
                (Key::W, EditKind::Deadline),
            ] {
                if i.key_pressed(key) {
                    return wrap(DebriefIntent::Kind(kind));
                }
            }
            if i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals) {
                return wrap(DebriefIntent::Weeks(view.ui.weeks + 1));
            }
            if i.key_pressed(Key::Minus) && view.ui.weeks > 1 {
                return wrap(DebriefIntent::Weeks(view.ui.weeks - 1));
            }
            if i.key_pressed(Key::Enter) {
                return wrap(DebriefIntent::RunForm);
            }
        }
        None
    })
}

fn scroll<R>(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .show(ui, add)
        .inner
}

fn metric(ui: &mut egui::Ui, m: &Metric) {
    let pal = Palette::of(ui);
    // Columns are justified; the text in them should not be.
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.add(egui::Label::new(RichText::new(&m.label).color(pal.text_weak)).truncate());
        ui.label(
            RichText::new(&m.value)
                .font(bold_font(size::TITLE))
                .color(color(ui, m.tone)),
        );
        ui.add(
            egui::Label::new(
                RichText::new(&m.note)
                    .size(size::SMALL)
                    .color(pal.text_weak),
            )
            .wrap(),
        );
    });
}

fn outcome(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    scroll(ui, "debrief_outcome", |ui| {
        let w = ui.available_width();
        let seller_w = ((w - 12.0) / 3.0).max(260.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(seller_w, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    card(ui, "The seller's scorecard", |ui| {
                        ui.columns(view.seller.len().max(1), |cols| {
                            for (c, m) in cols.iter_mut().zip(&view.seller) {
                                metric(c, m);
                            }
                        });
                    })
                },
            );
            ui.add_space(12.0);
            ui.vertical(|ui| {
                card(ui, "The company's scorecard", |ui| {
                    ui.columns(view.company.len().max(1), |cols| {
                        for (c, m) in cols.iter_mut().zip(&view.company) {
                            metric(c, m);
                        }
                    });
                })
            });
        });
        ui.add_space(10.0);
        let (tone, text) = &view.verdict;
        let pal = Palette::of(ui);
        egui::Frame::new()
            .fill(pal.card)
            .stroke(egui::Stroke::new(pal.stroke + 2.0, color(ui, *tone)))
            .corner_radius(egui::CornerRadius::same(12))
            .inner_margin(egui::Margin::symmetric(16, 12))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("{} {text}", mark(*tone)))
                        .font(bold_font(size::BODY + 2.0))
                        .color(color(ui, *tone)),
                );
            });
        ui.add_space(10.0);
        let left_w = (ui.available_width() * 0.56).max(380.0);
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(left_w, 0.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    card(ui, "Rubric", |ui| {
                        for r in &view.rubric {
                            let tone = if r.passed { Tone::Good } else { Tone::Bad };
                            ui.horizontal_top(|ui| {
                                ui.label(
                                    RichText::new(if r.passed { "PASS" } else { "FAIL" })
                                        .font(bold_font(size::SMALL))
                                        .color(color(ui, tone)),
                                );
                                ui.vertical(|ui| {
                                    ui.add(
                                        egui::Label::new(RichText::new(&r.label).strong()).wrap(),
                                    );
                                    ui.add(
                                        egui::Label::new(
                                            RichText::new(short(&r.detail, 110))
                                                .size(size::SMALL)
                                                .color(color(ui, tone)),
                                        )
                                        .wrap(),
                                    )
                                    .on_hover_text(&r.detail);
                                    if !r.passed {
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(&r.why)
                                                    .size(size::SMALL)
                                                    .color(pal.text_weak),
                                            )
                                            .wrap(),
                                        );
                                    }
                                });
                            });
                            ui.add_space(4.0);
                        }
                    })
                },
            );
            ui.add_space(12.0);
            ui.vertical(|ui| {
                card(ui, "Key moments", |ui| {
                    for m in &view.moments {
                        ui.horizontal_top(|ui| {
                            ui.label(RichText::new("•").color(pal.text_weak));
                            ui.add(egui::Label::new(RichText::new(m).size(size::SMALL)).wrap());
                        });
                    }
                })
            });
        });
    });
    None
}

fn promises(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    scroll(ui, "debrief_promises", |ui| {
        if view.promises.is_empty() {
            card(ui, "Promises", |ui| {
                ui.label(
                    "No promise was made. Every answer stayed within what the offer already said.",
                );
            });
        }
        for (i, p) in view.promises.iter().enumerate() {
            widgets::card(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    widgets::chip(ui, &p.verdict, color(ui, p.tone));
                    ui.label(RichText::new(&p.what).font(bold_font(size::BODY)));
                });
                ui.horizontal_wrapped(|ui| {
                    widgets::weak(ui, &format!("to {} · {}", p.to, p.made));
                    let (tone, text) = if p.in_pid {
                        (Tone::Good, "in the handoff document")
                    } else {
                        (Tone::Bad, "NOT in the handoff document")
                    };
                    ui.label(
                        RichText::new(format!("{} {text}", mark(tone))).color(color(ui, tone)),
                    );
                });
                if !p.effects.is_empty() {
                    ui.add_space(2.0);
                    ui.horizontal_wrapped(|ui| {
                        for (week, tone, text) in &p.effects {
                            let when = if *week == 0 {
                                "handoff".to_string()
                            } else {
                                format!("week {week}")
                            };
                            ui.label(
                                RichText::new(format!("{when}:"))
                                    .size(size::SMALL)
                                    .color(pal.text_weak),
                            );
                            ui.label(
                                RichText::new(text)
                                    .size(size::SMALL)
                                    .color(color(ui, *tone)),
                            );
                            ui.label(RichText::new("  ").size(size::SMALL));
                        }
                    });
                }
                ui.horizontal_wrapped(|ui| {
                    if let Some(w) = &p.without {
                        ui.label(RichText::new(w).strong());
                    }
                    if view.can_what_if
                        && ui
                            .button("What if…")
                            .on_hover_text("Try a change to this promise on the What-if page")
                            .clicked()
                    {
                        out = wrap(DebriefIntent::Pick(i));
                    }
                });
            });
            ui.add_space(8.0);
        }
        if !view.needs.is_empty() {
            ui.add_space(6.0);
            card(
                ui,
                "Hidden needs: what the client knew and did not say",
                |ui| {
                    for n in &view.needs {
                        ui.horizontal_top(|ui| {
                            ui.label(RichText::new(mark(n.tone)).color(color(ui, n.tone)));
                            ui.vertical(|ui| {
                                ui.add(egui::Label::new(format!("\"{}\"", n.text)).wrap());
                                ui.label(
                                    RichText::new(format!("{} · {}", n.owner, n.status))
                                        .size(size::SMALL)
                                        .color(color(ui, n.tone)),
                                );
                            });
                        });
                        ui.add_space(4.0);
                    }
                },
            );
        }
    });
    out
}

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

fn pacing(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
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
                card(ui, "Depth of each answer against what the room was ready for", |ui| {
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
                    card(ui, "Pacing", |ui| {
                        ui.label(RichText::new(&p.summary).strong());
                        widgets::weak(
                            ui,
                            "Each line is a person's readiness for detail (1 vision … 5 plan detail). \
                             Answers above their line went too deep; below it, too shallow.",
                        );
                    });
                    ui.add_space(8.0);
                    let missed: Vec<&PacePoint> = p
                        .points
                        .iter()
                        .filter(|a| !a.too_deep.is_empty() || !a.too_shallow.is_empty())
                        .collect();
                    card(ui, "Answers that missed the room", |ui| {
                        if missed.is_empty() {
                            ui.label("None: every answer met the room where it was.");
                        }
                        for a in missed {
                            ui.label(
                                RichText::new(format!(
                                    "Answer {} · {} · depth {} ({})",
                                    a.n,
                                    a.meeting,
                                    a.depth,
                                    depth_words(a.depth)
                                ))
                                .size(size::SMALL)
                                .color(pal.text_weak),
                            );
                            ui.add(egui::Label::new(format!("\"{}\"", short(&a.said, 110))).wrap())
                                .on_hover_text(&a.said);
                            if !a.too_deep.is_empty() {
                                toned(
                                    ui,
                                    Tone::Bad,
                                    &format!("Too deep for {}", a.too_deep.join(", ")),
                                );
                            }
                            if !a.too_shallow.is_empty() {
                                toned(
                                    ui,
                                    Tone::Warn,
                                    &format!("Too shallow for {}", a.too_shallow.join(", ")),
                                );
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
    super::fixed_plot("debrief_pacing", height)
        .include_x(0.5)
        .include_x(n + 0.5)
        .include_y(0.5)
        .include_y(5.9)
        .x_axis_label("answer")
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
            } => Some(format!(
                "{plot_name}\nanswer {:.0}: {:.1}",
                position.x, position.y
            )),
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
                    Line::new(format!("{name}: ready for"), PlotPoints::from(pts.clone()))
                        .color(c)
                        .width(2.0)
                        .style(LineStyle::dashed_loose()),
                );
            }
            plot.line(
                Line::new("Depth you chose", PlotPoints::from(depth.clone()))
                    .color(pal.text)
                    .width(3.0),
            );
            plot.points(
                Points::new("Depth you chose", PlotPoints::from(depth))
                    .color(pal.text)
                    .radius(5.0)
                    .filled(true),
            );
            plot.points(
                Points::new("Too deep for someone", PlotPoints::from(deep))
                    .shape(MarkerShape::Up)
                    .color(pal.bad)
                    .radius(8.0)
                    .filled(true),
            );
            plot.points(
                Points::new("Too shallow for someone", PlotPoints::from(shallow))
                    .shape(MarkerShape::Down)
                    .color(pal.warn)
                    .radius(8.0)
                    .filled(true),
            );
        });
    let names: Vec<String> = p
        .readiness
        .iter()
        .map(|(name, _)| format!("{name} ready for"))
        .collect();
    let mut items = vec![(pal.text, Swatch::Line, "depth you chose")];
    for (i, name) in names.iter().enumerate() {
        items.push((person_color(&pal, i), Swatch::Dashed, name.as_str()));
    }
    items.push((pal.bad, Swatch::Up, "too deep"));
    items.push((pal.warn, Swatch::Down, "too shallow"));
    legend(ui, &items);
}

fn what_if(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
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
                if ui.button("−").clicked() && view.ui.weeks > 1 {
                    out = wrap(DebriefIntent::Weeks(view.ui.weeks - 1));
                }
                ui.label(
                    RichText::new(format!("{} weeks", view.ui.weeks)).font(bold_font(size::BODY)),
                );
                if ui.button("+").clicked() && view.ui.weeks < 52 {
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

fn discuss(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let mut out = None;
    scroll(ui, "debrief_discuss", |ui| {
        ui.horizontal(|ui| {
            widgets::heading(ui, "Questions for the room");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if widgets::ActionButton::new("Facilitator mode")
                    .key("F")
                    .enabled(!view.questions.is_empty())
                    .show(ui)
                    .on_hover_text(
                        "One question at a time, large, for a projector. Arrow keys move on.",
                    )
                    .clicked()
                {
                    out = wrap(DebriefIntent::Facilitate(Some(0)));
                }
            });
        });
        ui.add_space(8.0);
        for (i, q) in view.questions.iter().enumerate() {
            widgets::card(ui, |ui| {
                ui.horizontal_top(|ui| {
                    ui.label(
                        RichText::new(format!("{}", i + 1))
                            .font(bold_font(size::TITLE))
                            .color(Palette::of(ui).accent),
                    );
                    ui.add_space(8.0);
                    ui.add(egui::Label::new(RichText::new(q).size(size::HEADING)).wrap());
                });
            });
            ui.add_space(8.0);
        }
    });
    out
}

fn facilitate(ui: &mut egui::Ui, view: &DebriefView, q: usize) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let total = view.questions.len();
    let q = q.min(total.saturating_sub(1));
    let text = view.questions.get(q).map_or("", |s| s.as_str());
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.12).max(10.0));
        ui.label(
            RichText::new(format!("Question {} of {total}", q + 1))
                .font(bold_font(size::HEADING))
                .color(pal.text_weak),
        );
        ui.add_space(24.0);
        ui.set_max_width((ui.available_width() * 0.8).max(400.0));
        ui.add(
            egui::Label::new(RichText::new(text).font(bold_font(size::HERO * 0.6)))
                .wrap()
                .halign(egui::Align::Center),
        );
        ui.add_space(40.0);
        ui.horizontal(|ui| {
            let w = 3.0 * 180.0 + 24.0;
            ui.add_space(((ui.available_width() - w) / 2.0).max(0.0));
            if widgets::ActionButton::new("Previous")
                .key("←")
                .min_width(180.0)
                .enabled(q > 0)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(Some(q - 1)));
            }
            if widgets::ActionButton::new("All questions")
                .key("F")
                .min_width(180.0)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(None));
            }
            if widgets::ActionButton::new("Next")
                .key("→")
                .min_width(180.0)
                .primary(true)
                .enabled(q + 1 < total)
                .show(ui)
                .clicked()
            {
                out = wrap(DebriefIntent::Facilitate(Some(q + 1)));
            }
        });
    });
    out
}
