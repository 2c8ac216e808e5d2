//! Debrief reports: plain text for the terminal, Markdown, and one self-contained HTML file.
//!
//! All three are built from the same [`View`], a wording pass over the engine's debrief model
//! ([`DebriefModel`], one per viewer): sentences and table rows. The sentences come from
//! [`crate::wording::debrief`], the same functions the game's debrief screen uses, so the game,
//! the text, the Markdown and the HTML say the same things in the same words, verdict included.
//! Output is deterministic: no timestamps, no hash-map order.

mod html;
mod markdown;
pub mod replay;
mod text;

pub use html::{esc as html_escape, html, html_for};
pub use markdown::{markdown, markdown_for};
pub use text::{text, text_for};

use crate::engine::debrief::{DebriefModel, NeedStatus};
use crate::engine::outcome::Verdict;
use crate::engine::{Debrief, PaceVerdict, Session, ViewOptions, Viewer};
pub use crate::wording::debrief::Figure;

/// A label and its value, for scorecards and money tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// What is measured.
    pub label: String,
    /// Its value, formatted.
    pub value: String,
}

fn line(label: &str, value: String) -> Line {
    Line {
        label: label.to_owned(),
        value,
    }
}

/// One promise in the trace.
#[derive(Debug, Clone, PartialEq)]
pub struct PromiseView {
    /// The promise in plain words, with whom it was made to.
    pub what: String,
    /// Where and by whom it was made, and whether it reached the PID.
    pub made: String,
    /// Kept, broken (and why), renegotiated, or moot.
    pub verdict: String,
    /// True when the promise was broken.
    pub broken: bool,
    /// Its consequences in delivery, one sentence each, in order.
    pub effects: Vec<String>,
    /// The counterfactual: the same delivery without the promise.
    pub without: Option<String>,
}

/// One hidden need.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedView {
    /// What the client knew.
    pub text: String,
    /// Who knew it.
    pub owner: String,
    /// What became of it.
    pub status: String,
    /// True when it cost a surprise.
    pub surprise: bool,
}

/// One answer in the pacing record.
#[derive(Debug, Clone, PartialEq)]
pub struct PaceRow {
    /// Meeting name.
    pub meeting: String,
    /// What was said, as authored.
    pub said: String,
    /// Depth chosen.
    pub depth: u8,
    /// Per stakeholder (in scenario order): readiness before the answer and the verdict, when in the room.
    pub room: Vec<Option<(f32, PaceVerdict)>>,
    /// Nobody found it too deep or too shallow.
    pub matched: bool,
    /// Who did not follow its register, in words.
    pub heard: Option<String>,
}

/// One rubric check.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckView {
    /// Passed.
    pub passed: bool,
    /// The check, as the author labelled it.
    pub label: String,
    /// What happened.
    pub detail: String,
    /// Why it matters.
    pub why: String,
}

/// One week of delivery for the burn-up chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BurnPoint {
    /// Week.
    pub week: u32,
    /// Work done to date, person-days.
    pub done: f32,
    /// Total scope to date, person-days.
    pub scope: f32,
}

/// Everything a report shows, already in words. Built by [`View::new`]; the three formats only lay it out.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Scenario title.
    pub title: String,
    /// The hidden replay record the exported reports end with ([`replay::block`]).
    pub replay: String,
    /// Client, scenario id and seed.
    pub subtitle: String,
    /// The level of support played at: "Played with Expert support".
    pub support: String,
    /// The outcome in a few sentences: the headline, then the figures (or why the deal was lost).
    pub outcome: Vec<String>,
    /// The scorecards' verdict, from the rubric.
    pub verdict: String,
    /// The verdict is that the deal was worth winning.
    pub verdict_good: bool,
    /// Price, costs and margin.
    pub money: Vec<Line>,
    /// The seller's scorecard.
    pub seller: Vec<Figure>,
    /// The company's scorecard.
    pub company: Vec<Figure>,
    /// The promise trace, in ledger order.
    pub promises: Vec<PromiseView>,
    /// Hidden needs.
    pub needs: Vec<NeedView>,
    /// Stakeholder names, the columns of the pacing table.
    pub stakeholders: Vec<String>,
    /// The pacing record.
    pub pacing: Vec<PaceRow>,
    /// "7 of 11 answers matched the room (64 %)".
    pub pacing_summary: String,
    /// The campaign plan against what happened (with a campaign), in lines.
    pub campaign: Vec<String>,
    /// Rubric results.
    pub rubric: Vec<CheckView>,
    /// Key moments.
    pub moments: Vec<String>,
    /// Facilitator questions.
    pub questions: Vec<String>,
    /// Burn-up points, one per finished week (empty when the deal was lost).
    pub burn: Vec<BurnPoint>,
    /// Work planned at the handoff, person-days (the burn-up's week 0).
    pub planned_days: f32,
    /// Agreed deadline in weeks (0 when the deal was lost).
    pub deadline: u32,
    /// Deadline first promised (or standard) in weeks.
    pub promised_weeks: u32,
    /// The three scorecards (seller, delivery lead, company) and the seller's commission under
    /// each plan, from the engine's [`crate::engine::Scorecards`].
    pub cards: crate::wording::scorecards::ScorecardWords,
    /// Who held the two seats (in solo, one trainee held both).
    pub who_played: String,
    /// Two roles only: the ledger beside the document, the flags and the review, in words.
    pub two_roles: Option<crate::wording::two_roles::TwoRolesWords>,
    /// Per line of the ledger beside the document: whether it is a gap (two roles only).
    pub gaps: Vec<bool>,
}

impl View {
    /// Prepares the report of a debrief model: a wording pass, every sentence from
    /// [`crate::wording::debrief`], the same functions the game's debrief screen uses.
    pub fn new(m: &DebriefModel) -> View {
        let o = &m.outcome;
        let mut outcome = vec![words::headline(o) + "."];
        if o.won {
            outcome.push(crate::tr!(
                "views-report-delivered",
                delivered = o.scope_delivered,
                sold = o.scope_sold,
                unfinished = if o.completed {
                    String::new()
                } else {
                    crate::tr!("views-report-unfinished")
                },
                overtime = crate::tr!("views-report-weeks", weeks = o.overtime_weeks),
                defects = crate::wording::decimal(o.escaped_defects, 1),
                score = crate::wording::decimal(o.score, 0)
            ));
        }
        if let Some(l) = &m.loss {
            outcome.extend(words::loss(l, m.commission.is_some()));
        }

        let mut money_lines = vec![line(&crate::tr!("views-report-price"), money(o.price))];
        if o.refund > 0.0 {
            money_lines.push(line(&crate::tr!("views-report-refunded"), money(-o.refund)));
        }
        if o.won {
            money_lines.push(line(
                &crate::tr!("views-report-delivery-cost"),
                money(-o.delivery_cost),
            ));
        }
        money_lines.push(line(
            &crate::tr!("views-report-presales-cost"),
            money(-o.presales_cost),
        ));
        if o.won {
            money_lines.push(line(
                &crate::tr!("views-report-late-penalty"),
                money(-o.late_penalty),
            ));
            money_lines.push(line(
                &crate::tr!("views-report-warranty"),
                money(-o.warranty_cost),
            ));
        }
        money_lines.push(line(
            &crate::tr!("views-report-margin"),
            format!(
                "{} ({} %)",
                money(o.margin),
                crate::wording::decimal(o.margin_share * 100.0, 0)
            ),
        ));
        let (seller, company) = words::scorecards(o, m.commission);

        let promises = m
            .promises
            .iter()
            .map(|p| PromiseView {
                what: describe(&p.what, &p.to.name, &p.to.role),
                made: format!(
                    "{}; {}",
                    words::made(&p.meeting.name, p.by),
                    words::handoff_status(o.won, p.in_pid)
                ),
                verdict: verdict(p.verdict),
                broken: matches!(p.verdict, Verdict::Broken(_)),
                effects: p
                    .effects
                    .iter()
                    .map(|(week, e)| format!("{}: {}", words::when(*week), words::effect(e)))
                    .collect(),
                without: p.without.map(|d| without_of(&p.what, &d)),
            })
            .collect();

        let needs = m
            .needs
            .iter()
            .map(|n| NeedView {
                text: n.text.clone(),
                owner: format!("{} ({})", n.owner.name, n.owner.role),
                status: words::need_status(&n.status),
                surprise: matches!(n.status, NeedStatus::Surfaced { .. }),
            })
            .collect();

        let pacing: Vec<PaceRow> = m
            .pacing
            .iter()
            .map(|r| {
                let mut room = vec![None; m.stakeholders.len()];
                for c in &r.room {
                    room[c.who] = Some((c.readiness, c.verdict));
                }
                PaceRow {
                    meeting: r.meeting.name.clone(),
                    said: r.said.clone().unwrap_or_else(words::not_in_room),
                    depth: r.depth,
                    room,
                    matched: r.matched,
                    heard: words::heard(r, &m.stakeholders),
                }
            })
            .collect();
        let pacing_summary =
            words::pacing_summary(m.pacing_matched(), pacing.len(), m.pacing_share);

        let rubric = m
            .rubric
            .iter()
            .map(|r| CheckView {
                passed: r.passed,
                label: r.label.clone(),
                detail: words::check(&r.detail),
                why: r.why.clone(),
            })
            .collect();

        View {
            // A session's report carries its replay record (View::of_session); a seat's own
            // report, from its debrief alone, none.
            replay: String::new(),
            title: m.title.clone(),
            support: crate::wording::support::support_line(m.support),
            subtitle: words::subtitle(&m.client, m.seed),
            verdict: words::deal_verdict(&m.verdict, m.commission.is_some()),
            verdict_good: m.verdict.is_good(),
            outcome,
            money: money_lines,
            seller,
            company,
            promises,
            needs,
            stakeholders: m.stakeholders.clone(),
            pacing,
            pacing_summary,
            campaign: m
                .campaign
                .as_ref()
                .map(crate::wording::plan::debrief_lines)
                .unwrap_or_default(),
            rubric,
            moments: m.moments.iter().map(words::moment).collect(),
            questions: m.questions.iter().map(words::question).collect(),
            burn: m
                .burn
                .iter()
                .map(|w| BurnPoint {
                    week: w.week,
                    done: w.done,
                    scope: w.scope,
                })
                .collect(),
            planned_days: m.planned_days,
            deadline: m.deadline,
            promised_weeks: o.promised_weeks,
            cards: crate::wording::scorecards::cards_seen(&m.scorecards, m.commission.is_some()),
            who_played: crate::wording::scorecards::who_played(m.mode),
            two_roles: m
                .two_roles
                .as_ref()
                .map(crate::wording::two_roles::two_roles),
            gaps: m
                .two_roles
                .as_ref()
                .map(|d| d.handoff.iter().map(|l| l.line.gap()).collect())
                .unwrap_or_default(),
        }
    }

    /// The report of a finished session as the facilitator reads it (everything).
    pub fn of_session(session: &Session, debrief: &Debrief) -> View {
        let m = session.debrief_model_of(
            debrief,
            Viewer::Facilitator,
            ViewOptions {
                support: session.support(),
                coach: false,
                ..Default::default()
            },
            true,
        );
        View {
            replay: replay::block(session),
            ..View::new(&m)
        }
    }

    /// Passed and total rubric checks.
    pub fn rubric_score(&self) -> (usize, usize) {
        (
            self.rubric.iter().filter(|c| c.passed).count(),
            self.rubric.len(),
        )
    }
}

use crate::wording::debrief as words;
use crate::wording::{describe, without_of};
pub use crate::wording::{money, signed, verdict};

/// Short verdict marks for the pacing table.
pub fn pace_mark(v: PaceVerdict) -> String {
    match v {
        PaceVerdict::Matched => crate::tr!("views-report-mark-ok"),
        PaceVerdict::TooDeep => crate::tr!("views-report-mark-too-deep"),
        PaceVerdict::TooShallow => crate::tr!("views-report-mark-too-shallow"),
    }
}
