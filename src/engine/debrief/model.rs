//! The debrief model: one typed, serialisable debrief per viewer, drawn by every reader (the
//! game's debrief screen, the text, Markdown and HTML reports, the class debrief board).
//!
//! It carries everything a reader needs, the scenario's names and texts already resolved, so no
//! reader goes back to the session's state; and it carries only what its viewer may know (see
//! `docs/roles.md`): a delivery lead, an observer (and the facilitator while a table plays) never
//! get the seller's promises the lead never knew nor the seller's commission, unless the ledgers
//! are revealed. Data only: `crate::wording::debrief` words it.

use serde::{Deserialize, Serialize};

use super::resolved::{
    CheckLine, FlagLine, LossLine, MomentLine, Person, PromiseWhat, QuestionLine, Resolver,
    ReviewLine,
};
use super::{Consequence, DealVerdict, Debrief, Delta, Moment, NeedStatus, Question};
use crate::engine::Retro;
use crate::engine::outcome::{Outcome, Verdict};
use crate::engine::{PidItem, Scorecards, Session, Support, TableMode, ViewOptions, Viewer};
use crate::scenario::model::{CheckId, PromiseId, Role};

/// A meeting: its id (to key by, never to draw) and its name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingRef {
    /// The scenario's id of the meeting.
    pub key: String,
    /// Its name.
    pub name: String,
}

/// One consequence of a promise, with the stakeholder named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// Work arrived (person-days; unplanned).
    Work {
        /// Person-days.
        days: f32,
        /// Unplanned.
        surprise: bool,
    },
    /// Trust moved with someone.
    Trust {
        /// Whose (their name).
        who: String,
        /// By how much.
        delta: f32,
    },
    /// A claim was tested: it held or not.
    ClaimTested(bool),
    /// The judgement at the end.
    Judged(Verdict),
}

/// One promise and what it caused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseLine {
    /// The promise (for a what-if replay).
    pub id: PromiseId,
    /// The scenario's id of the promise: what readers key by (never drawn).
    pub key: String,
    /// What it commits to.
    pub what: PromiseWhat,
    /// Whom it was made to.
    pub to: Person,
    /// The meeting it was made in.
    pub meeting: MeetingRef,
    /// Who said it.
    pub by: Role,
    /// Written into the PID.
    pub in_pid: bool,
    /// What became of it.
    pub verdict: Verdict,
    /// Its consequences in order: (week, what happened).
    pub effects: Vec<(u32, Effect)>,
    /// The same delivery replayed without it (the outcome minus the replay).
    pub without: Option<Delta>,
}

/// A hidden need and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedLine {
    /// The scenario's id of the fact (never drawn).
    pub key: String,
    /// What the client knew.
    pub text: String,
    /// Who knew it.
    pub owner: Person,
    /// What became of it.
    pub status: NeedStatus,
}

/// One stakeholder's reaction to an answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaceCell {
    /// The stakeholder's place in [`DebriefModel::stakeholders`].
    pub who: usize,
    /// Their readiness before the answer.
    pub readiness: f32,
    /// Whether the depth matched.
    pub verdict: crate::engine::PaceVerdict,
    /// They did not speak the answer's register: lost, or rescued by whom.
    #[serde(default)]
    pub heard: Option<crate::engine::Heard>,
}

/// One answer of the pacing record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaceLine {
    /// The meeting.
    pub meeting: MeetingRef,
    /// What was said, as authored (`None` where the viewer was not in the room).
    pub said: Option<String>,
    /// The depth chosen.
    pub depth: u8,
    /// The register it was said in (the scenario's label), if the scenario has registers.
    #[serde(default)]
    pub register: Option<String>,
    /// Who was in the room and how they took it.
    pub room: Vec<PaceCell>,
    /// Nobody found it too deep or too shallow.
    pub matched: bool,
}

/// One rubric check, with the author's label and reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricLine {
    /// The check.
    pub check: CheckId,
    /// Passed.
    pub passed: bool,
    /// The check as the author labelled it.
    pub label: String,
    /// Why it matters, as authored.
    pub why: String,
    /// What was measured, with names.
    pub detail: CheckLine,
}

/// One week of delivery, for the burn-up.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BurnWeek {
    /// The week.
    pub week: u32,
    /// Work done to date, person-days.
    pub done: f32,
    /// Total scope to date, person-days.
    pub scope: f32,
}

/// One line of the ledger beside the document, with the promise resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoffRow {
    /// The promise's id (never drawn).
    pub key: String,
    /// What it commits to.
    pub what: PromiseWhat,
    /// The meeting it was made in.
    pub meeting: MeetingRef,
    /// Where it stands beside the document.
    pub line: super::HandoffLine,
}

/// The two-role debrief for this viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoRolesModel {
    /// The ledger beside the document (the viewer's share of it).
    pub handoff: Vec<HandoffRow>,
    /// Every flag, in order.
    pub flags: Vec<FlagLine>,
    /// The delivery lead's review, in order.
    pub review: Vec<ReviewLine>,
    /// Share of the seller's commission lost to re-baselining (0 to 1).
    pub commission_cut: f32,
    /// The retrospective: each seat's answers, once given.
    pub retro: Retro,
}

/// The debrief for one viewer: see the module documentation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DebriefModel {
    /// Who it is for.
    pub viewer: Viewer,
    /// Support and coach mode it was built for.
    pub options: ViewOptions,
    /// Whether it holds the seller's side (every promise and the commission).
    pub seller_side: bool,
    /// Solo or two roles.
    pub mode: TableMode,
    /// The level of support played at.
    pub support: Support,
    /// The scenario's title.
    pub title: String,
    /// The client's name.
    pub client: String,
    /// The seed played.
    pub seed: u64,
    /// The outcome (the seller's commission 0 and the unknown promises left out when the viewer
    /// does not hold the seller's side).
    pub outcome: Outcome,
    /// The seller's commission, when the viewer may know it.
    pub commission: Option<f32>,
    /// The scorecards' verdict (a hidden commission reads 0).
    pub verdict: DealVerdict,
    /// Why a lost deal was lost.
    pub loss: Option<LossLine>,
    /// The promise trace, in ledger order.
    pub promises: Vec<PromiseLine>,
    /// Hidden needs.
    pub needs: Vec<NeedLine>,
    /// The client's people, in scenario order: the pacing columns.
    pub stakeholders: Vec<String>,
    /// The pacing record.
    pub pacing: Vec<PaceLine>,
    /// Share of answers matched to the room.
    pub pacing_share: f32,
    /// The rubric.
    pub rubric: Vec<RubricLine>,
    /// Key moments.
    pub moments: Vec<MomentLine>,
    /// The facilitator's questions.
    pub questions: Vec<QuestionLine>,
    /// The burn-up, one point per finished week (empty when nothing was delivered).
    pub burn: Vec<BurnWeek>,
    /// Work planned at the handoff, person-days.
    pub planned_days: f32,
    /// The agreed deadline in weeks (0 when nothing was delivered).
    pub deadline: u32,
    /// The three scorecards (the seller's commissions 0 when hidden).
    pub scorecards: Scorecards,
    /// Two roles only.
    pub two_roles: Option<TwoRolesModel>,
    /// What-if replays are possible (signed and handed over).
    pub can_what_if: bool,
    /// The campaign plan against what happened (with `sales.campaign`).
    #[serde(default)]
    pub campaign: Option<CampaignModel>,
}

/// One meeting of the campaign, planned and held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeldLine {
    /// The meeting's name.
    pub meeting: String,
    /// The day the plan put it on.
    pub planned_day: u32,
    /// The day it was held.
    pub day: u32,
    /// Days late.
    pub slipped: u32,
}

/// The campaign plan against what happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignModel {
    /// The meetings held, in order.
    pub held: Vec<HeldLine>,
    /// The day the plan put the close on.
    pub planned_close: u32,
    /// The day of the last meeting held.
    pub close_day: u32,
    /// The client's decision date.
    pub decision_day: u32,
    /// The quarter's last day, if any.
    pub quarter_end: Option<u32>,
}

impl Session {
    /// The debrief model for `viewer` (`None` until the session is over). `counterfactuals`
    /// replays delivery once per promise; `ledger_revealed`: the facilitator has shown every
    /// table its ledger.
    pub fn debrief_model(
        &self,
        viewer: Viewer,
        options: ViewOptions,
        ledger_revealed: bool,
        counterfactuals: bool,
    ) -> Option<DebriefModel> {
        let d = self.debrief(counterfactuals)?;
        Some(self.debrief_model_of(&d, viewer, options, ledger_revealed))
    }

    /// Whether `viewer` may know the seller's side: every promise and the commission.
    pub fn knows_seller_side(&self, viewer: Viewer, ledger_revealed: bool) -> bool {
        self.mode() == TableMode::Solo
            || viewer.knows_seller_side()
            || ledger_revealed
            || (viewer == Viewer::Facilitator && self.is_over())
    }

    /// Whether the delivery lead knew promise `p`: made with delivery in the room, written into
    /// the document, re-baselined in the review, or surfaced in delivery.
    pub fn lead_knew(&self, p: PromiseId) -> bool {
        let st = &self.state;
        st.ledger
            .iter()
            .chain(st.roles.withdrawn.iter())
            .filter(|e| e.promise == p)
            .any(|e| !st.sales.attended[e.meeting.ix()].is_empty())
            || st.pid.contains(&PidItem::Promise(p))
            || st.roles.surfaced.contains(&p)
            || st.roles.rebaselined(p)
    }

    /// The debrief model of an already computed debrief (the screen keeps its debrief).
    pub fn debrief_model_of(
        &self,
        d: &Debrief,
        viewer: Viewer,
        options: ViewOptions,
        ledger_revealed: bool,
    ) -> DebriefModel {
        let s = &self.scenario;
        let st = &self.state;
        let names = Resolver(s);
        let seller_side = self.knows_seller_side(viewer, ledger_revealed);
        let knows = |p: PromiseId| seller_side || self.lead_knew(p);
        let person = |k: crate::scenario::model::StakeholderId| Person {
            name: s.stakeholders[k.ix()].name.clone(),
            role: s.stakeholders[k.ix()].role.clone(),
        };
        let meeting = |m: crate::scenario::model::MeetingId| MeetingRef {
            key: s.meetings[m.ix()].key.clone(),
            name: s.meetings[m.ix()].name.clone(),
        };
        let what = |p: PromiseId| PromiseWhat::of(s, p);
        let entry_meeting = |p: PromiseId| {
            st.ledger
                .iter()
                .chain(st.roles.withdrawn.iter())
                .find(|e| e.promise == p)
                .map(|e| e.meeting)
        };

        let promises = d
            .promises
            .iter()
            .filter(|t| knows(t.promise))
            .filter_map(|t| {
                let p = &s.promises[t.promise.ix()];
                Some(PromiseLine {
                    id: t.promise,
                    key: p.key.clone(),
                    what: what(t.promise),
                    to: person(p.to),
                    meeting: meeting(entry_meeting(t.promise)?),
                    by: p.by,
                    in_pid: t.in_pid,
                    verdict: t.verdict,
                    effects: t
                        .effects
                        .iter()
                        .map(|(w, c)| {
                            let e = match c {
                                Consequence::Work { days, surprise } => Effect::Work {
                                    days: *days,
                                    surprise: *surprise,
                                },
                                Consequence::Trust { stakeholder, delta } => Effect::Trust {
                                    who: s.stakeholders[stakeholder.ix()].name.clone(),
                                    delta: *delta,
                                },
                                Consequence::ClaimTested(h) => Effect::ClaimTested(*h),
                                Consequence::Judged(v) => Effect::Judged(*v),
                            };
                            (*w, e)
                        })
                        .collect(),
                    without: t.without,
                })
            })
            .collect();

        let needs = d
            .needs
            .iter()
            .map(|n| {
                let f = &s.facts[n.fact.ix()];
                NeedLine {
                    key: f.key.clone(),
                    text: f.text.clone(),
                    owner: person(f.owner),
                    status: n.status,
                }
            })
            .collect();

        let in_room = |m: crate::scenario::model::MeetingId| {
            seller_side || !st.sales.attended[m.ix()].is_empty()
        };
        let pacing = d
            .pacing
            .iter()
            .map(|r| PaceLine {
                meeting: meeting(r.meeting),
                said: in_room(r.meeting).then(|| s.answers[r.answer.ix()].text.clone()),
                depth: r.depth,
                register: s.answers[r.answer.ix()]
                    .register
                    .map(|g| s.sales.registers[g.ix()].label.clone()),
                room: r
                    .room
                    .iter()
                    .map(|(k, ready, v)| PaceCell {
                        who: k.ix(),
                        readiness: *ready,
                        verdict: *v,
                        heard: r.heard.iter().find(|(h, _)| h == k).map(|(_, h)| *h),
                    })
                    .collect(),
                matched: r.matched(),
            })
            .collect();

        let rubric = d
            .rubric
            .iter()
            .map(|r| {
                let c = &s.scoring.rubric[r.check.ix()];
                RubricLine {
                    check: r.check,
                    passed: r.passed,
                    label: c.label.clone(),
                    why: c.why.clone(),
                    detail: names.check(&r.detail),
                }
            })
            .collect();

        let mut outcome = d.outcome.clone();
        let mut scorecards = d.scorecards.clone();
        let mut verdict = d.verdict.clone();
        let mut questions = d.questions.clone();
        let mut moments = d.moments.clone();
        if !seller_side {
            outcome.promises.retain(|(p, _)| knows(*p));
            outcome.seller.commission = 0.0;
            scorecards.seller.commission = 0.0;
            scorecards.seller.under_plans.clear();
            if let DealVerdict::Disagree { commission, .. } = &mut verdict {
                *commission = 0.0;
            }
            questions.retain(|q| {
                !matches!(
                    q,
                    Question::SellDifferently { .. } | Question::PaidForALoss { .. }
                )
            });
            let left_out = st
                .ledger
                .iter()
                .filter(|e| !st.pid.contains(&PidItem::Promise(e.promise)) && knows(e.promise))
                .count() as u32;
            moments.retain_mut(|m| match m {
                Moment::LeftOut { count } => {
                    *count = left_out;
                    left_out > 0
                }
                Moment::PromiseSurfaced { promise, .. } | Moment::Unagreed { promise, .. } => {
                    knows(*promise)
                }
                _ => true,
            });
        }
        let commission = seller_side.then_some(d.outcome.seller.commission);

        let two_roles = d.two_roles.as_ref().map(|t| TwoRolesModel {
            handoff: t
                .handoff
                .iter()
                .filter(|l| knows(l.promise))
                .map(|l| HandoffRow {
                    key: s.promises[l.promise.ix()].key.clone(),
                    what: what(l.promise),
                    meeting: meeting(l.meeting),
                    line: l.clone(),
                })
                .collect(),
            flags: t.flags.iter().map(|f| names.flag(f)).collect(),
            review: t.review.iter().map(|r| names.review(r)).collect(),
            commission_cut: t.commission_cut,
            // A seat reads its own answer only; an observer neither.
            retro: match viewer {
                Viewer::Seat(seat) => t.retro.only(seat),
                Viewer::Observer => Retro::default(),
                Viewer::Solo | Viewer::Facilitator => t.retro.clone(),
            },
        });

        let delivery = st.delivery.as_ref();
        DebriefModel {
            viewer,
            options,
            seller_side,
            mode: self.mode(),
            support: self.support(),
            title: s.title.clone(),
            client: s.client.name.clone(),
            seed: self.seed(),
            can_what_if: self.handed_off() && outcome.won,
            outcome,
            commission,
            verdict,
            loss: d.loss.as_ref().map(|l| names.loss(l)),
            promises,
            needs,
            stakeholders: s.stakeholders.iter().map(|k| k.name.clone()).collect(),
            pacing,
            pacing_share: d.pacing_share,
            rubric,
            moments: moments.iter().map(|m| names.moment(m)).collect(),
            questions: questions.iter().map(|q| names.question(q)).collect(),
            burn: delivery
                .map(|d| {
                    d.history
                        .iter()
                        .map(|w| BurnWeek {
                            week: w.week,
                            done: w.done,
                            scope: w.scope,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            planned_days: delivery.map_or(0.0, |d| d.planned_days),
            deadline: delivery.map_or(0, |d| d.deadline),
            scorecards,
            two_roles,
            campaign: s.sales.campaign.as_ref().map(|c| CampaignModel {
                held: self
                    .held()
                    .iter()
                    .map(|h| HeldLine {
                        meeting: s.meetings[h.meeting.ix()].name.clone(),
                        planned_day: h.planned_day,
                        day: h.day,
                        slipped: h.slipped,
                    })
                    .collect(),
                planned_close: self.held().last().map_or(0, |h| h.planned_day),
                close_day: self.held().last().map_or(0, |h| h.day),
                decision_day: c.decision_day,
                quarter_end: {
                    let q = s.sales.incentives.quarter.days_left;
                    (q > 0).then_some(q)
                },
            }),
        }
    }
}

impl DebriefModel {
    /// Answers whose depth matched the room.
    pub fn pacing_matched(&self) -> usize {
        self.pacing.iter().filter(|r| r.matched).count()
    }
}
