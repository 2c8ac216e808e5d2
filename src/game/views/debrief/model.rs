//! The debrief's view model: every figure and sentence the tabs draw, a wording pass over the
//! engine's debrief model ([`DebriefModel`], one per viewer). Sentences come from [`crate::wording::debrief`]; nothing here decides a rule.

use super::{DebriefUi, EditKind};
use crate::engine::cues::{self, CompanyFigure};
use crate::engine::debrief::{DebriefModel, Delta, Effect, PromiseWhat, WHAT_IF_WEEKS};
use crate::engine::outcome::Outcome;
use crate::engine::{Debrief, PaceVerdict, PromiseEdit, Session, ViewOptions, Viewer, WhatIf};
use crate::game::views::{Tone, money, money_delta, signed};
use crate::scenario::model::{PromiseId, Scenario};
use crate::wording::debrief::{self as words, Figure};
use crate::wording::debrief_screen as ds;
use crate::wording::events::verdict_text;
use crate::wording::{capitalized, what_text, without_of};

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
    /// In the PID.
    pub in_pid: bool,
    /// The verdict, in words.
    pub verdict: String,
    /// Its tone.
    pub tone: Tone,
    /// Whether it reached the PID, in words.
    pub handoff: String,
    /// Consequences in order: (when, tone, text): `("week 3", Bad, "+12 person-days of unplanned work")`.
    pub effects: Vec<(String, Tone, String)>,
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
    /// Who did not follow its register, in words (lost, or put plainly by a delivery person).
    pub heard: Option<String>,
    /// Someone in the room lost the thread (not only rescued).
    pub lost: bool,
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
    /// The level of support played at: "Played with Expert support".
    pub support: String,
    /// The campaign plan against what happened (with a campaign), in lines.
    pub campaign: Vec<String>,
}

impl Pacing {
    /// The answers that missed the room: too deep or too shallow for someone, or said in words
    /// someone did not follow with nobody there to put them plainly (an answer put plainly for
    /// everyone who did not speak it missed nobody).
    pub fn missed(&self) -> Vec<&PacePoint> {
        self.points
            .iter()
            .filter(|a| !a.too_deep.is_empty() || !a.too_shallow.is_empty() || a.lost)
            .collect()
    }
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
    /// The scorecards' verdict from the rubric, in one line.
    pub verdict: (Tone, String),
    /// Why a lost deal was lost, a sentence each (empty when it was signed).
    pub loss: Vec<String>,
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
    /// The weeks a what-if may name for a deadline (the engine's limit).
    pub what_if_weeks: std::ops::RangeInclusive<u32>,
    /// Two roles only: both seats' cards, the ledger beside the PID, the flags, the review and
    /// the retrospective.
    pub two_roles: Option<TwoRolesPage>,
}

/// The debrief for two (two roles only).
#[derive(Debug, Clone, PartialEq)]
pub struct TwoRolesPage {
    /// The seller's and the delivery lead's names.
    pub names: [String; 2],
    /// The three scorecards and what the seller would have earned under each plan.
    pub cards: crate::wording::scorecards::ScorecardWords,
    /// The ledger beside the PID, the flags, the review and the retrospective in words.
    pub words: crate::wording::two_roles::TwoRolesWords,
    /// Per line of the ledger beside the PID: whether it is a gap.
    pub gaps: Vec<bool>,
    /// The retrospective's answers so far (the engine's, as this screen's reader may read them).
    pub retro: crate::engine::Retro,
    /// The seats whose retrospective forms this screen shows: both at one screen, a workshop
    /// seat its own, an observer none.
    pub forms: Vec<crate::engine::Seat>,
}

impl TwoRolesPage {
    /// The page of a debrief model (`None` in solo); names are the defaults until the screen
    /// sets the players'.
    pub fn of(m: &DebriefModel) -> Option<TwoRolesPage> {
        let d = m.two_roles.as_ref()?;
        Some(TwoRolesPage {
            names: crate::game::table::default_names(),
            cards: crate::wording::scorecards::cards_seen(&m.scorecards, m.commission.is_some()),
            words: crate::wording::two_roles::two_roles(d),
            gaps: d.handoff.iter().map(|l| l.line.gap()).collect(),
            retro: d.retro.clone(),
            forms: match m.viewer {
                crate::engine::Viewer::Seat(s) => vec![s],
                crate::engine::Viewer::Observer => Vec::new(),
                crate::engine::Viewer::Solo | crate::engine::Viewer::Facilitator => {
                    vec![
                        crate::engine::Seat::Seller,
                        crate::engine::Seat::DeliveryLead,
                    ]
                }
            },
        })
    }
}

/// A scorecard figure with a tone. Tones only colour the figures; the verdict is the engine's.
fn metric(f: Figure, tone: Tone) -> Metric {
    Metric {
        label: f.label,
        value: f.value,
        note: f.note,
        tone,
    }
}

fn scorecards(o: &Outcome, commission: Option<f32>) -> (Vec<Metric>, Vec<Metric>) {
    let (seller, company) = words::scorecards(o, commission);
    let band = |figure: CompanyFigure, v: f32| {
        if o.won {
            Tone::of(cues::company(figure, v))
        } else {
            Tone::Neutral
        }
    };
    let mut seller_tones = vec![if o.won { Tone::Good } else { Tone::Bad }];
    if let Some(c) = commission {
        seller_tones.push(if c > 0.0 { Tone::Good } else { Tone::Neutral });
    }
    let company_tones = [
        if o.won {
            band(CompanyFigure::MarginShare, o.margin_share)
        } else {
            Tone::Bad
        },
        band(CompanyFigure::Satisfaction, o.company.satisfaction),
        band(CompanyFigure::RenewalChance, o.renewal_chance),
        band(CompanyFigure::Morale, o.company.morale),
    ];
    (
        seller
            .into_iter()
            .zip(seller_tones)
            .map(|(f, t)| metric(f, t))
            .collect(),
        company
            .into_iter()
            .zip(company_tones)
            .map(|(f, t)| metric(f, t))
            .collect(),
    )
}

impl DebriefView {
    /// The debrief of a finished session as the game shows it (one screen for both seats: the
    /// whole table's), with the screen's state and the last what-if. The retrospective is read
    /// as it stands now: it is answered after the debrief opened.
    pub fn build(
        session: &Session,
        debrief: &Debrief,
        ui: DebriefUi,
        what_if: Option<&WhatIf>,
    ) -> DebriefView {
        let mut debrief = debrief.clone();
        debrief.two_roles = session.two_role_debrief();
        let m = session.debrief_model_of(
            &debrief,
            Viewer::Solo,
            ViewOptions {
                support: session.support(),
                coach: false,
                ..Default::default()
            },
            true,
        );
        let what_if = what_if.map(|w| WhatIfView::build(session, &m.outcome, w));
        DebriefView::of(&m, ui, what_if)
    }

    /// The debrief screen's model of one viewer's debrief model: a wording pass, with tones;
    /// `what_if`: the last what-if, compared (it replays the session).
    pub fn of(m: &DebriefModel, ui: DebriefUi, what_if: Option<WhatIfView>) -> DebriefView {
        let o = &m.outcome;
        let (seller, company) = scorecards(o, m.commission);
        let verdict = (
            if m.verdict.is_good() {
                Tone::Good
            } else {
                Tone::Bad
            },
            words::deal_verdict(&m.verdict, m.commission.is_some()),
        );

        let rubric = m
            .rubric
            .iter()
            .map(|r| RubricRow {
                passed: r.passed,
                label: r.label.clone(),
                detail: words::check(&r.detail),
                why: r.why.clone(),
            })
            .collect();

        let promises = m
            .promises
            .iter()
            .map(|p| {
                let (mark, verdict) = verdict_text(p.verdict);
                let effects = p
                    .effects
                    .iter()
                    .map(|(week, e)| {
                        let tone = match e {
                            Effect::Work { surprise, .. } => {
                                if *surprise {
                                    Tone::Bad
                                } else {
                                    Tone::Neutral
                                }
                            }
                            Effect::Trust { delta, .. } => {
                                if *delta < 0.0 {
                                    Tone::Bad
                                } else {
                                    Tone::Good
                                }
                            }
                            Effect::ClaimTested(held) => {
                                if *held {
                                    Tone::Good
                                } else {
                                    Tone::Bad
                                }
                            }
                            Effect::Judged(v) => verdict_text(*v).0.into(),
                        };
                        (words::when(*week), tone, words::effect(e))
                    })
                    .collect();
                PromiseRow {
                    id: p.id,
                    what: capitalized(&what_text(&p.what)),
                    to: format!("{}, {}", p.to.name, p.to.role),
                    made: words::made(&p.meeting.name, p.by),
                    in_pid: p.in_pid,
                    handoff: words::handoff_status(o.won, p.in_pid),
                    verdict,
                    tone: mark.into(),
                    effects,
                    without: p.without.map(|d| without_of(&p.what, &d)),
                    delta: p.without,
                    deadline: match p.what {
                        PromiseWhat::Deadline(w) => Some(w),
                        _ => None,
                    },
                }
            })
            .collect();

        let needs = m
            .needs
            .iter()
            .map(|n| {
                use crate::engine::debrief::NeedStatus as N;
                let tone = match n.status {
                    N::Surfaced { .. } => Tone::Bad,
                    N::Planned => Tone::Good,
                    N::LeftOut | N::Unfound => Tone::Warn,
                    N::FoundNoDeal => Tone::Neutral,
                    N::MissedNoDeal => Tone::Warn,
                };
                NeedRow {
                    text: n.text.clone(),
                    owner: format!("{}, {}", n.owner.name, n.owner.role),
                    status: words::need_status(&n.status),
                    tone,
                }
            })
            .collect();

        let mut pacing = Pacing::default();
        let mut readiness: Vec<Vec<[f64; 2]>> = vec![Vec::new(); m.stakeholders.len()];
        let mut last_meeting: Option<&str> = None;
        for (i, r) in m.pacing.iter().enumerate() {
            let n = i + 1;
            if last_meeting != Some(r.meeting.key.as_str()) {
                last_meeting = Some(r.meeting.key.as_str());
                pacing.meetings.push((n, r.meeting.name.clone()));
            }
            let mut point = PacePoint {
                n,
                meeting: r.meeting.name.clone(),
                said: r.said.clone().unwrap_or_else(words::not_in_room),
                depth: r.depth,
                too_deep: Vec::new(),
                too_shallow: Vec::new(),
                heard: words::heard(r, &m.stakeholders),
                lost: r
                    .room
                    .iter()
                    .any(|c| c.heard == Some(crate::engine::Heard::Lost)),
            };
            for c in &r.room {
                readiness[c.who].push([n as f64, c.readiness as f64]);
                let name = m.stakeholders[c.who].clone();
                match c.verdict {
                    PaceVerdict::TooDeep => point.too_deep.push(name),
                    PaceVerdict::TooShallow => point.too_shallow.push(name),
                    PaceVerdict::Matched => {}
                }
            }
            pacing.points.push(point);
        }
        pacing.readiness = m
            .stakeholders
            .iter()
            .zip(readiness)
            .filter(|(_, pts)| !pts.is_empty())
            .map(|(k, pts)| (k.clone(), pts))
            .collect();
        pacing.summary = words::pacing_summary(m.pacing_matched(), m.pacing.len(), m.pacing_share);
        pacing.support = crate::wording::support::support_line(m.support);
        pacing.campaign = m
            .campaign
            .as_ref()
            .map(crate::wording::plan::debrief_lines)
            .unwrap_or_default();

        DebriefView {
            title: m.title.clone(),
            headline: words::headline(o),
            won: o.won,
            score: o.score,
            seller,
            company,
            verdict,
            loss: m
                .loss
                .as_ref()
                .map(|l| words::loss(l, m.commission.is_some()))
                .unwrap_or_default(),
            rubric,
            promises,
            needs,
            pacing,
            moments: m.moments.iter().map(words::moment).collect(),
            questions: m.questions.iter().map(words::question).collect(),
            ui,
            what_if,
            can_what_if: m.can_what_if,
            what_if_weeks: WHAT_IF_WEEKS,
            two_roles: TwoRolesPage::of(m),
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
                .filter(|w| *w != self.ui.weeks && self.what_if_weeks.contains(&self.ui.weeks))
                .map(|_| PromiseEdit::Deadline(row.id, self.ui.weeks)),
        }
    }
}

/// A what-if in words.
pub fn edit_text(session: &Session, edit: PromiseEdit) -> String {
    words::edit(session.scenario(), edit)
}

impl WhatIfView {
    /// The comparison of a what-if with what really happened.
    pub fn build(session: &Session, real: &Outcome, w: &WhatIf) -> WhatIfView {
        WhatIfView::of(session.scenario(), real, w)
    }

    /// The comparison of a what-if with what really happened, worded with the scenario's names.
    pub fn of(s: &Scenario, real: &Outcome, w: &WhatIf) -> WhatIfView {
        let alt = &w.outcome;
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
                label: ds::rows()[0].clone(),
                real: ds::yes_no(real.won),
                alt: ds::yes_no(w.would_sign),
                delta: String::new(),
                tone: if w.would_sign {
                    Tone::Neutral
                } else {
                    Tone::Bad
                },
            },
            CompareRow {
                label: ds::rows()[1].clone(),
                real: format!("{:.0}", real.score),
                alt: format!("{:.0}", alt.score),
                delta: signed(alt.score - real.score, 0),
                tone: better(alt.score - real.score),
            },
            CompareRow {
                label: ds::rows()[2].clone(),
                real: ds::weeks_agreed(real.actual_weeks, real.agreed_weeks),
                alt: ds::weeks_agreed(alt.actual_weeks, alt.agreed_weeks),
                delta: signed(weeks_d as f32, 0),
                tone: better(-weeks_d as f32),
            },
            CompareRow {
                label: ds::rows()[3].clone(),
                real: real.weeks_late.to_string(),
                alt: alt.weeks_late.to_string(),
                delta: signed(late_d as f32, 0),
                tone: better(-late_d as f32),
            },
            CompareRow {
                label: ds::rows()[4].clone(),
                real: money(real.margin),
                alt: money(alt.margin),
                delta: money_delta(w.delta.margin),
                tone: better(w.delta.margin),
            },
            CompareRow {
                label: ds::rows()[5].clone(),
                real: format!("{:.0}", real.satisfaction),
                alt: format!("{:.0}", alt.satisfaction),
                delta: signed(w.delta.satisfaction, 0),
                tone: better(w.delta.satisfaction),
            },
            CompareRow {
                label: ds::rows()[6].clone(),
                real: ds::percent(real.renewal_chance),
                alt: ds::percent(alt.renewal_chance),
                delta: signed((alt.renewal_chance - real.renewal_chance) * 100.0, 0),
                tone: better((alt.renewal_chance - real.renewal_chance) * 100.0),
            },
            CompareRow {
                label: ds::rows()[7].clone(),
                real: format!("{:.0}", real.morale),
                alt: format!("{:.0}", alt.morale),
                delta: signed(w.delta.morale, 0),
                tone: better(w.delta.morale),
            },
            CompareRow {
                label: ds::rows()[8].clone(),
                real: money(real.seller.commission),
                alt: money(w.commission),
                delta: money_delta(w.commission - real.seller.commission),
                tone: Tone::Neutral,
            },
        ];
        WhatIfView {
            asked: words::edit(s, w.edit),
            would_sign: w.would_sign,
            sign_line: words::sign_line(w),
            rows,
        }
    }
}
