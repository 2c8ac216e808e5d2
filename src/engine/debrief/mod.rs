//! Debrief data: which promise caused what, what became of each hidden need, how the pacing
//! went, the rubric and the scorecards' verdict, key moments, why a lost deal was lost, the
//! facilitator's questions, and what-if replays.
//!
//! Everything here is typed data, never English: `crate::wording::debrief` turns it into the
//! sentences the game's debrief and the reports share.

mod model;
mod moments;
mod resolved;
pub mod roles;
mod rubric;
mod what_if;

use serde::{Deserialize, Serialize};

pub use model::{
    BurnWeek, CampaignModel, DebriefModel, Effect, HandoffRow, HeldLine, MeetingRef, NeedLine,
    PaceCell, PaceLine, PromiseLine, RubricLine, TwoRolesModel,
};
pub use moments::{Loss, LossKind, Moment, Question, TrustLost};
pub use resolved::{
    CheckLine, FlagLine, FlagWhat, ItemWhat, LossKindLine, LossLine, MomentLine, Person,
    PromiseWhat, QuestionLine, ReviewLine, TrustLostLine,
};
pub use roles::{HandoffLine, TwoRoleDebrief};
pub use rubric::{CheckDetail, CheckResult, DealVerdict, needs_delivery};
pub use what_if::{Delta, PromiseEdit, WHAT_IF_WEEKS, WhatIf};

use super::outcome::Verdict;
use super::{Cause, Event, Outcome, PaceRecord, Phase, PidItem, Scorecards, Session};
use crate::scenario::model::{FactId, PromiseId, PromiseKind, StakeholderId};

/// What one promise did in delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseTrace {
    /// The promise.
    pub promise: PromiseId,
    /// It was written into the PID.
    pub in_pid: bool,
    /// What became of it.
    pub verdict: Verdict,
    /// Each consequence, in order: (week, what happened).
    pub effects: Vec<(u32, Consequence)>,
    /// Person-days of work it added as surprises or rework.
    pub surprise_days: f32,
    /// Trust it cost (negative) or won, summed over stakeholders.
    pub trust: f32,
    /// The same delivery replayed with the same seed without this promise.
    pub without: Option<Delta>,
}

/// One consequence in a trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Consequence {
    /// Work arrived.
    Work {
        /// Person-days.
        days: f32,
        /// Unplanned.
        surprise: bool,
    },
    /// Trust moved with a stakeholder.
    Trust {
        /// Whose.
        stakeholder: StakeholderId,
        /// By how much.
        delta: f32,
    },
    /// A claim was tested.
    ClaimTested(bool),
    /// The judgement at the end.
    Judged(Verdict),
}

/// What became of a hidden need.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum NeedStatus {
    /// Found during sales and written into the PID: planned from week 1.
    Planned,
    /// Found during sales but left out of the PID; not surfaced by the end.
    LeftOut,
    /// Never found during sales; not surfaced by the end of delivery.
    Unfound,
    /// Found or not, it surfaced in delivery as unplanned work.
    Surfaced {
        /// It had been found during sales (and then left out of the PID).
        found: bool,
        /// The week.
        week: u32,
        /// Person-days of unplanned work.
        days: f32,
    },
    /// The deal was lost; the need was found during sales.
    FoundNoDeal,
    /// The deal was lost; the need was never found.
    MissedNoDeal,
}

/// What a hidden need did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedTrace {
    /// The fact.
    pub fact: FactId,
    /// Found during sales.
    pub found: bool,
    /// Written into the PID.
    pub in_pid: bool,
    /// Surfaced as a surprise in this week.
    pub surfaced: Option<u32>,
    /// Person-days it cost as a surprise.
    pub surprise_days: f32,
    /// What became of it, all told.
    pub status: NeedStatus,
}

/// Everything the debrief screen, the CLI and the exports show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// The outcome.
    pub outcome: Outcome,
    /// The scorecards' verdict, from the rubric.
    pub verdict: DealVerdict,
    /// Why the deal was lost (`None` when it was signed).
    pub loss: Option<Loss>,
    /// One trace per promise, in ledger order.
    pub promises: Vec<PromiseTrace>,
    /// Hidden needs.
    pub needs: Vec<NeedTrace>,
    /// The pacing record.
    pub pacing: Vec<PaceRecord>,
    /// Share of answers matched to the room.
    pub pacing_share: f32,
    /// Rubric results, in rubric order (a lost deal leaves out the checks only delivery can pass).
    pub rubric: Vec<CheckResult>,
    /// Key moments, in order.
    pub moments: Vec<Moment>,
    /// The facilitator's questions: those tied to failed checks first. A lost deal's are about
    /// the sale: why it was lost, then the authored ones tied to failed sales checks.
    pub questions: Vec<Question>,
    /// Two roles only: the ledger beside the document, the flags and the review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_roles: Option<roles::TwoRoleDebrief>,
    /// The three scorecards (seller, delivery lead, company) and the seller's commission under
    /// each plan, solo and two roles alike.
    #[serde(default)]
    pub scorecards: Scorecards,
}

impl Session {
    /// The debrief. `counterfactuals` replays delivery once per promise to show what each one cost.
    pub fn debrief(&self, counterfactuals: bool) -> Option<Debrief> {
        let outcome = self.outcome()?.clone();
        let s = &self.scenario;
        let mut promises = Vec::new();
        for entry in &self.state.ledger {
            let p = entry.promise;
            let mut trace = PromiseTrace {
                promise: p,
                in_pid: self.state.pid.contains(&PidItem::Promise(p)),
                verdict: outcome
                    .promises
                    .iter()
                    .find(|(q, _)| *q == p)
                    .map_or(Verdict::Moot, |(_, v)| *v),
                effects: Vec::new(),
                surprise_days: 0.0,
                trust: 0.0,
                without: None,
            };
            let mut week = 0;
            for ev in &self.log {
                match ev {
                    Event::WeekStarted(w) => week = *w,
                    Event::WorkAdded {
                        cause: Cause::Promise(q),
                        days,
                        surprise,
                    } if *q == p => {
                        trace.surprise_days += days;
                        trace.effects.push((
                            week,
                            Consequence::Work {
                                days: *days,
                                surprise: *surprise,
                            },
                        ));
                    }
                    Event::TrustChanged {
                        stakeholder,
                        delta,
                        cause: Some(Cause::Promise(q)),
                    } if *q == p => {
                        trace.trust += delta;
                        trace.effects.push((
                            week,
                            Consequence::Trust {
                                stakeholder: *stakeholder,
                                delta: *delta,
                            },
                        ));
                    }
                    Event::ClaimTested { claim, held }
                        if s.promises[p.ix()].kind == PromiseKind::Claim(*claim) =>
                    {
                        trace.effects.push((week, Consequence::ClaimTested(*held)));
                    }
                    _ => {}
                }
            }
            if outcome.won {
                trace
                    .effects
                    .push((outcome.actual_weeks, Consequence::Judged(trace.verdict)));
                if counterfactuals {
                    trace.without = self.what_if(PromiseEdit::Drop(p)).map(|w| w.delta);
                }
            }
            promises.push(trace);
        }

        let mut needs = Vec::new();
        for (i, f) in s.facts.iter().enumerate() {
            if f.need.is_none() {
                continue;
            }
            let id = FactId(i as u16);
            let found = self.state.sales.known[i];
            let in_pid = self.state.pid.contains(&PidItem::Fact(id));
            let (mut surfaced, mut surprise_days, mut week) = (None, 0.0, 0);
            for ev in &self.log {
                match ev {
                    Event::WeekStarted(w) => week = *w,
                    Event::WorkAdded {
                        cause: Cause::HiddenNeed(f),
                        days,
                        ..
                    } if *f == id => {
                        surfaced = Some(week);
                        surprise_days += days;
                    }
                    _ => {}
                }
            }
            let status = match (outcome.won, found, in_pid, surfaced) {
                (false, true, ..) => NeedStatus::FoundNoDeal,
                (false, false, ..) => NeedStatus::MissedNoDeal,
                (true, found, _, Some(week)) => NeedStatus::Surfaced {
                    found,
                    week,
                    days: surprise_days,
                },
                (true, true, true, None) => NeedStatus::Planned,
                (true, true, false, None) => NeedStatus::LeftOut,
                (true, false, _, None) => NeedStatus::Unfound,
            };
            needs.push(NeedTrace {
                fact: id,
                found,
                in_pid,
                surfaced,
                surprise_days,
                status,
            });
        }

        let pacing = self.state.sales.pacing.clone();
        let pacing_share = self.pacing_share();
        let rubric = self.rubric(&outcome, pacing_share);
        let failed =
            |c: crate::scenario::model::CheckId| rubric.iter().any(|r| r.check == c && !r.passed);
        let loss = self.loss();
        let mut questions: Vec<Question> = loss
            .as_ref()
            .map(moments::loss_questions)
            .unwrap_or_default();
        for (i, q) in s.scoring.questions.iter().enumerate() {
            if q.if_failed.is_some_and(failed) {
                questions.push(Question::Authored(i as u16));
            }
        }
        if outcome.won {
            for (i, q) in s.scoring.questions.iter().enumerate() {
                if q.if_failed.is_none() {
                    questions.push(Question::Authored(i as u16));
                }
            }
        }
        let scorecards = self.scorecards().unwrap_or_default();
        questions.extend(incentive_questions(&scorecards));
        if let Some(meeting) = self.critical_meeting() {
            questions.push(Question::CriticalActivity { meeting });
        }
        Some(Debrief {
            scorecards,
            moments: self.key_moments(),
            verdict: DealVerdict::of(&outcome, &rubric),
            loss,
            outcome,
            promises,
            needs,
            pacing,
            pacing_share,
            rubric,
            questions,
            two_roles: self.two_role_debrief(),
        })
    }

    /// True once the handoff has happened (what-if replays are possible).
    pub fn handed_off(&self) -> bool {
        self.handoff.is_some() && matches!(self.state.phase, Phase::Delivery | Phase::Over)
    }

    /// Promises made so far (the ledger's length: a count, never which).
    pub fn promises_made(&self) -> usize {
        self.state.ledger.len()
    }

    /// Share of the answers given so far whose depth matched the room (0 before any).
    pub fn pacing_share(&self) -> f32 {
        let pacing = &self.state.sales.pacing;
        if pacing.is_empty() {
            0.0
        } else {
            pacing.iter().filter(|r| r.matched()).count() as f32 / pacing.len() as f32
        }
    }
}

/// The facilitator's questions about incentives, from the scorecards: what would make the seller
/// sell differently (when a deal was signed and another plan would have paid more: a plan is never
/// compared with itself), a commission paid on a deal that lost money,
/// a deal that missed the quarter, and the seller's hours in delivery reviews.
pub fn incentive_questions(cards: &Scorecards) -> Vec<Question> {
    let seller = &cards.seller;
    let mut out = Vec::new();
    if seller.bookings > 0.0 {
        if let Some(best) = seller
            .under_plans
            .iter()
            .max_by(|a, b| a.commission.total_cmp(&b.commission))
            // In whole money, as the question reads: "earned 5,831 … would have paid 5,831" asks
            // nothing.
            .filter(|best| best.commission.round() > seller.commission.round())
        {
            out.push(Question::SellDifferently {
                commission: seller.commission,
                best_plan: best.plan,
                best_commission: best.commission,
            });
        }
        if !seller.in_quarter {
            out.push(Question::MissedQuarter {
                close_day: seller.close_day,
                quarter_days: seller.quarter_days,
            });
        }
    }
    if seller.commission > 0.0 && cards.company.margin < 0.0 {
        out.push(Question::PaidForALoss {
            commission: seller.commission,
            margin: cards.company.margin,
        });
    }
    if seller.review_hours > 0.0 {
        out.push(Question::ReviewTime {
            hours: seller.review_hours,
            cost: seller.review_cost,
        });
    }
    out
}
