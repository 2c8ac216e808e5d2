//! Debrief reports: plain text for the terminal, Markdown, and one self-contained HTML file.
//!
//! All three are built from the same [`View`], which turns a finished [`Session`] and its
//! [`Debrief`] into sentences and table rows in the scenario's own words. Output is
//! deterministic: no timestamps, no hash-map order.

mod html;
mod markdown;
mod text;

pub use html::html;
pub use markdown::markdown;
pub use text::text;

use crate::engine::debrief::{Consequence, describe_promise, role_name};
use crate::engine::outcome::Verdict;
use crate::engine::{Debrief, Event, PaceVerdict, Session};
use crate::scenario::model::Scenario;

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
    /// Where and by whom it was made, and whether it reached the handoff document.
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
    /// Beat id.
    pub beat: String,
    /// Option id.
    pub answer: String,
    /// Depth chosen.
    pub depth: u8,
    /// Per stakeholder (in scenario order): readiness before the answer and the verdict, when in the room.
    pub room: Vec<Option<(f32, PaceVerdict)>>,
    /// Nobody found it too deep or too shallow.
    pub matched: bool,
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
    /// Client, scenario id and seed.
    pub subtitle: String,
    /// The outcome in a few sentences.
    pub outcome: Vec<String>,
    /// Price, costs and margin.
    pub money: Vec<Line>,
    /// The seller's scorecard.
    pub seller: Vec<Line>,
    /// The company's scorecard.
    pub company: Vec<Line>,
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
}

impl View {
    /// Prepares the report of a finished session.
    pub fn new(session: &Session, debrief: &Debrief) -> View {
        let s = session.scenario();
        let o = &debrief.outcome;
        let mut outcome = Vec::new();
        if o.won {
            outcome.push(format!(
                "The client signed for {}. Delivery took {} weeks against {} agreed ({} first promised){}.",
                money(o.price),
                o.actual_weeks,
                o.agreed_weeks,
                o.promised_weeks,
                if o.weeks_late > 0 {
                    format!(": {} late", plural(o.weeks_late, "week"))
                } else {
                    ": on time".into()
                }
            ));
            outcome.push(format!(
                "{} of {} scope items delivered{}; {} of overtime; {:.1} defects found by the client.",
                o.scope_delivered,
                o.scope_sold,
                if o.completed {
                    ""
                } else {
                    ", the work was not finished"
                },
                plural(o.overtime_weeks, "week"),
                o.escaped_defects
            ));
            let kept = o
                .promises
                .iter()
                .filter(|(_, v)| *v == Verdict::Kept)
                .count();
            let broken = o
                .promises
                .iter()
                .filter(|(_, v)| matches!(v, Verdict::Broken(_)))
                .count();
            outcome.push(format!(
                "{} made: {kept} kept, {broken} broken. Overall score {:.0}/100.",
                plural(o.promises.len() as u32, "promise"),
                o.score
            ));
        } else {
            let walked = session.log().iter().find_map(|e| match e {
                Event::ClientWalkedAway { stakeholder } => Some(*stakeholder),
                _ => None,
            });
            outcome.push(match walked {
                Some(Some(k)) => format!(
                    "The deal was lost: {} lost faith and the client walked away before the decision.",
                    s.stakeholders[k.ix()].name
                ),
                Some(None) => "The deal was lost: the client ran out of patience and walked away before the decision.".into(),
                None => "The deal was lost: the client did not sign, so nothing was delivered.".into(),
            });
            if let Some(deal) = &session.state().sales.deal {
                outcome.push(format!(
                    "The client's score was {:.2} against {:.2} needed, for a price of {}.",
                    deal.score,
                    deal.threshold,
                    money(deal.price)
                ));
            }
            if o.presales_cost > 0.0 {
                outcome.push(format!(
                    "Presales time cost the company {}.",
                    money(o.presales_cost)
                ));
            }
        }

        let money_lines = vec![
            line("Price", money(o.price)),
            line("Delivery cost", money(-o.delivery_cost)),
            line("Presales cost", money(-o.presales_cost)),
            line("Late penalty", money(-o.late_penalty)),
            line(
                "Margin",
                format!("{} ({:.0} %)", money(o.margin), o.margin_share * 100.0),
            ),
        ];
        let seller = vec![
            line("Deal size", money(o.seller.deal_size)),
            line("Commission", money(o.seller.commission)),
        ];
        let company = vec![
            line("Margin", money(o.company.margin)),
            line("Satisfaction", format!("{:.0}/100", o.company.satisfaction)),
            line(
                "Expected renewal",
                format!(
                    "{} ({:.0} % chance)",
                    money(o.company.expected_renewal),
                    o.renewal_chance * 100.0
                ),
            ),
            line("Team morale", format!("{:.0}/100", o.company.morale)),
        ];

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
                let made = format!(
                    "`{}`, said by the {} in {}; {}",
                    p.key,
                    role_name(p.by),
                    meeting,
                    if !o.won {
                        "never handed over (no deal)"
                    } else if t.in_pid {
                        "written into the handoff document"
                    } else {
                        "left out of the handoff document"
                    }
                );
                let effects = t
                    .effects
                    .iter()
                    .map(|(week, c)| consequence(s, *week, c))
                    .collect();
                PromiseView {
                    what: describe_promise(s, t.promise),
                    made,
                    verdict: verdict(t.verdict),
                    broken: matches!(t.verdict, Verdict::Broken(_)),
                    effects,
                    without: t.without.map(|d| without(&p.kind, &d)),
                }
            })
            .collect();

        let needs = debrief
            .needs
            .iter()
            .map(|n| {
                let f = &s.facts[n.fact.ix()];
                let owner = &s.stakeholders[f.owner.ix()];
                let status = match (n.found, n.in_pid, n.surfaced) {
                    (_, _, Some(w)) => format!(
                        "{}; surfaced in week {w} as {:.0} person-days of unplanned work",
                        if n.found {
                            "found but left out of the handoff document"
                        } else {
                            "never found during sales"
                        },
                        n.surprise_days
                    ),
                    (true, true, None) => "found during sales and planned from week 1".to_string(),
                    (true, false, None) => {
                        "found during sales, left out of the handoff document".to_string()
                    }
                    (false, _, None) if o.won => {
                        "never found; it had not surfaced when delivery ended".to_string()
                    }
                    (false, _, None) => "never found".to_string(),
                };
                NeedView {
                    text: f.text.clone(),
                    owner: format!("{} ({})", owner.name, owner.role),
                    status,
                    surprise: n.surfaced.is_some(),
                }
            })
            .collect();

        let pacing: Vec<PaceRow> = debrief
            .pacing
            .iter()
            .map(|r| {
                let ms = &s.milestones[r.milestone.ix()];
                let mut room = vec![None; s.stakeholders.len()];
                for (k, ready, v) in &r.room {
                    room[k.ix()] = Some((*ready, *v));
                }
                PaceRow {
                    meeting: ms.name.clone(),
                    beat: ms.beats[r.beat as usize].key.clone(),
                    answer: s.choices[r.choice.ix()].key.clone(),
                    depth: r.depth,
                    room,
                    matched: r.matched(),
                }
            })
            .collect();
        let matched = pacing.iter().filter(|r| r.matched).count();
        let pacing_summary = format!(
            "{matched} of {} matched the room ({:.0} %)",
            plural(pacing.len() as u32, "answer"),
            debrief.pacing_share * 100.0
        );

        let rubric = debrief
            .rubric
            .iter()
            .map(|r| {
                let c = &s.scoring.rubric[r.check.ix()];
                CheckView {
                    passed: r.passed,
                    label: c.label.clone(),
                    detail: r.detail.clone(),
                    why: c.why.clone(),
                }
            })
            .collect();

        let delivery = session.state().delivery.as_ref();
        let burn = delivery
            .map(|d| {
                d.history
                    .iter()
                    .map(|w| BurnPoint {
                        week: w.week,
                        done: w.done,
                        scope: w.scope,
                    })
                    .collect()
            })
            .unwrap_or_default();

        View {
            title: s.title.clone(),
            subtitle: format!(
                "{} · scenario `{}` · seed {}",
                s.client.name,
                s.id,
                session.seed()
            ),
            outcome,
            money: money_lines,
            seller,
            company,
            promises,
            needs,
            stakeholders: s.stakeholders.iter().map(|k| k.name.clone()).collect(),
            pacing,
            pacing_summary,
            rubric,
            moments: debrief.moments.clone(),
            questions: debrief.questions.clone(),
            burn,
            planned_days: delivery.map_or(0.0, |d| d.planned_days),
            deadline: delivery.map_or(0, |d| d.deadline),
            promised_weeks: o.promised_weeks,
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

pub use crate::wording::{money, signed, verdict};
use crate::wording::{plural, without};

fn consequence(s: &Scenario, week: u32, c: &Consequence) -> String {
    let what = match c {
        Consequence::Work { days, surprise } => format!(
            "{days:.0} person-days of {}work",
            if *surprise { "unplanned " } else { "" }
        ),
        Consequence::Trust(k, d) => {
            format!(
                "trust {} with {}",
                signed(*d, 0),
                s.stakeholders[k.ix()].name
            )
        }
        Consequence::ClaimTested(held) => if *held {
            "the claim was tested and held"
        } else {
            "the claim was tested and did not hold"
        }
        .to_string(),
        Consequence::Judged(v) => format!("judged {}", verdict(*v)),
    };
    if week == 0 {
        format!("at the handoff: {what}")
    } else {
        format!("week {week}: {what}")
    }
}

/// Short verdict marks for the pacing table.
pub fn pace_mark(v: PaceVerdict) -> &'static str {
    match v {
        PaceVerdict::Matched => "ok",
        PaceVerdict::TooDeep => "too deep",
        PaceVerdict::TooShallow => "too shallow",
    }
}
