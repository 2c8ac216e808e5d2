//! The debrief's moments, questions, rubric details, the loss and the two-role flags and review
//! with the scenario's names and texts resolved, for the debrief model: a reader words them
//! without the scenario. Data only, never English.

use serde::{Deserialize, Serialize};

use super::{CheckDetail, Loss, LossKind, Moment, Question};
use crate::engine::PidItem;
use crate::engine::roles::{FlagConcern, FlagRecord, Rebaseline, ReviewStep, Seat};
use crate::scenario::model::{ClaimTruth, MeetingId, Plan, Role, Scenario};

/// Someone of the client's, as the scenario names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Their name.
    pub name: String,
    /// Their role at the client.
    pub role: String,
}

pub use crate::engine::told::PromiseWhat;

/// A key moment ([`Moment`]) with its names resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum MomentLine {
    /// The seller brought people from delivery into a meeting (its name).
    Brought {
        /// The meeting's name.
        meeting: String,
        /// Who came.
        roles: Vec<Role>,
    },
    /// Someone from delivery noticed a hidden need (its text).
    Noticed {
        /// What the client knew.
        fact: String,
        /// Who noticed.
        by: Role,
    },
    /// The senior designer warned about a claim.
    ClaimWarned {
        /// The claim as authored.
        claim: String,
        /// Whether it holds.
        truth: ClaimTruth,
    },
    /// Someone was not ready for that much detail.
    TooDeep {
        /// Their name.
        who: String,
    },
    /// Someone lost the thread in jargon they do not speak.
    LostThread {
        /// Their name.
        who: String,
        /// The register's label.
        register: String,
        /// The meeting's name.
        meeting: String,
    },
    /// A promise went out without the colleague whose agreement it needed.
    Unagreed {
        /// The promise in words' data.
        promise: crate::engine::told::PromiseText,
        /// The colleague's name.
        who: String,
    },
    /// The client walked away (after someone lost faith, by name, or out of patience).
    WalkedAway {
        /// Who lost faith.
        who: Option<String>,
    },
    /// The client decided.
    Decided {
        /// Signed.
        signed: bool,
        /// At this price.
        price: f32,
    },
    /// Promises left out of the PID.
    LeftOut {
        /// How many.
        count: u32,
    },
    /// A hidden need surfaced in delivery.
    NeedSurfaced {
        /// The week.
        week: u32,
        /// What the client knew.
        fact: String,
        /// Person-days.
        days: f32,
    },
    /// A left-out promise came back in delivery.
    PromiseSurfaced {
        /// The week.
        week: u32,
        /// What it committed to.
        what: PromiseWhat,
        /// To whom.
        to: Person,
        /// Person-days.
        days: f32,
    },
    /// A claim failed in delivery.
    ClaimFailed {
        /// The week.
        week: u32,
        /// The claim as authored.
        claim: String,
    },
    /// A scenario event happened.
    Happened {
        /// The week.
        week: u32,
        /// The event as authored.
        text: String,
    },
    /// The team asked the client for a change.
    ChangeAsked {
        /// The week.
        week: u32,
        /// They agreed.
        accepted: bool,
        /// Trust it cost.
        trust_cost: f32,
    },
    /// A scope item dropped by agreement was refunded to the client.
    Refunded {
        /// The week it applies from.
        week: u32,
        /// The item's name.
        item: String,
        /// Money refunded.
        amount: f32,
    },
    /// Someone joined the team.
    Hired {
        /// The week.
        week: u32,
        /// Their name.
        person: String,
    },
    /// Delivery ended.
    DeliveryEnded {
        /// After this many weeks.
        weeks: u32,
        /// Against this many agreed.
        agreed: u32,
    },
}

/// A facilitator's question ([`Question`]) with its names resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum QuestionLine {
    /// The scenario's own question, as authored.
    Authored(String),
    /// Someone was lost in a meeting.
    LostFaith {
        /// Their name.
        who: String,
        /// The meeting's name.
        meeting: String,
    },
    /// The price was over the budget.
    OverBudget {
        /// The price.
        price: f32,
        /// The budget.
        budget: f32,
    },
    /// The client's score fell short.
    ShortOfScore {
        /// Their score.
        score: f32,
        /// The score needed.
        threshold: f32,
    },
    /// The client ran out of patience.
    OutOfPatience,
    /// The campaign's critical activity (the meeting's name).
    CriticalActivity {
        /// The meeting's name.
        meeting: String,
    },
    /// What would make the seller sell differently.
    SellDifferently {
        /// The commission earned.
        commission: f32,
        /// The plan that would have paid most.
        best_plan: Plan,
        /// What it would have paid.
        best_commission: f32,
    },
    /// A commission paid on a deal that lost money.
    PaidForALoss {
        /// The commission.
        commission: f32,
        /// The margin.
        margin: f32,
    },
    /// The deal missed the quarter.
    MissedQuarter {
        /// The day it closed.
        close_day: u32,
        /// The quarter's days.
        quarter_days: u32,
    },
    /// The seller's hours in delivery reviews.
    ReviewTime {
        /// Hours.
        hours: f32,
        /// What they cost.
        cost: f32,
    },
}

/// What a rubric check measured ([`CheckDetail`]) with its names resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CheckLine {
    /// A role attended a meeting (by name), or not.
    Attended {
        /// The role.
        role: Role,
        /// The meeting's name.
        meeting: String,
        /// Attended.
        attended: bool,
    },
    /// A fact (its text) was found, or not.
    Found {
        /// What the client knew.
        fact: String,
        /// Found.
        found: bool,
        /// Found, yet left out of the document handed to delivery.
        #[serde(default)]
        left_out: bool,
    },
    /// An answer (its text) was said, or not: to avoid, or to choose.
    Said {
        /// The answer as authored.
        answer: String,
        /// Said.
        said: bool,
    },
    /// Any other check: its numbers need no names.
    Measured(CheckDetail),
    /// All of several.
    All(Vec<CheckLine>),
}

/// Who lost trust during sales, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustLostLine {
    /// Their name.
    pub who: String,
    /// The meeting where most of it went.
    pub meeting: String,
    /// Trust lost in that meeting.
    pub in_meeting: f32,
    /// Trust before sales.
    pub from: f32,
    /// Trust after.
    pub to: f32,
}

/// How a lost deal ended, with names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LossKindLine {
    /// Someone lost faith (in a meeting).
    LostFaith {
        /// Their name.
        who: String,
        /// The meeting's name.
        meeting: Option<String>,
    },
    /// The client ran out of patience (in a meeting).
    OutOfPatience {
        /// The meeting's name.
        meeting: Option<String>,
    },
    /// The seller walked away from the deal (in a meeting), judged by replaying it.
    SellerWalkedAway {
        /// The meeting's name.
        meeting: Option<String>,
        /// What the deal on the table would have done.
        judged: crate::engine::walk_away::WalkAway,
    },
    /// The client heard the offer and did not sign.
    NotSigned {
        /// The chance they would have.
        chance: f32,
    },
}

/// Why a lost deal was lost ([`Loss`]) with its names resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LossLine {
    /// How it ended.
    pub kind: LossKindLine,
    /// The client's score.
    pub score: f32,
    /// The score needed.
    pub threshold: f32,
    /// The price on the table.
    pub price: f32,
    /// The budget (0: none).
    pub budget: f32,
    /// Who lost trust.
    pub lost: Vec<TrustLostLine>,
}

/// What a flag was about, with names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FlagWhat {
    /// A scope item's estimate (its name).
    Estimate(String),
    /// A claim (as authored).
    Claim(String),
    /// A deadline.
    Deadline,
}

/// One flag of the two-role debrief, with names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagLine {
    /// Who flagged.
    pub by: Seat,
    /// The meeting's name.
    pub meeting: String,
    /// The answer flagged, as authored.
    pub answer: String,
    /// What about.
    pub concern: FlagWhat,
    /// The answer's number.
    pub said: f32,
    /// The team's.
    pub team: f32,
    /// Said anyway (`None`: the meeting ended first).
    pub said_anyway: Option<bool>,
}

/// Something of the PID, named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItemWhat {
    /// A promise.
    Promise(PromiseWhat),
    /// A hidden need (its text).
    Need(String),
}

/// One step of the delivery lead's review, with names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewLine {
    /// The lead queried an item.
    Queried {
        /// The item.
        item: ItemWhat,
        /// Days it is priced on.
        priced_days: f32,
        /// The team's estimate.
        true_days: f32,
    },
    /// The lead asked for a re-baselining meeting.
    Rebaselined {
        /// The promise.
        what: PromiseWhat,
        /// The scope item re-priced (its name), or `None`: the promise was taken back.
        repriced: Option<String>,
        /// Trust it cost with each stakeholder.
        trust_cost: f32,
        /// Share of the commission it cost.
        commission_share: f32,
    },
    /// The lead accepted the document.
    Accepted,
}

/// Resolves the engine's debrief data against the scenario.
pub(super) struct Resolver<'a>(pub(super) &'a Scenario);

impl Resolver<'_> {
    fn meeting(&self, m: MeetingId) -> String {
        self.0.meetings[m.ix()].name.clone()
    }

    fn who(&self, k: crate::scenario::model::StakeholderId) -> String {
        self.0.stakeholders[k.ix()].name.clone()
    }

    pub(super) fn moment(&self, m: &Moment) -> MomentLine {
        let s = self.0;
        match m {
            Moment::Brought { meeting, roles } => MomentLine::Brought {
                meeting: self.meeting(*meeting),
                roles: roles.clone(),
            },
            Moment::Noticed { fact, by } => MomentLine::Noticed {
                fact: s.facts[fact.ix()].text.clone(),
                by: *by,
            },
            Moment::ClaimWarned { claim } => MomentLine::ClaimWarned {
                claim: s.offer.claims[claim.ix()].text.clone(),
                truth: s.offer.claims[claim.ix()].truth,
            },
            Moment::TooDeep { stakeholder } => MomentLine::TooDeep {
                who: self.who(*stakeholder),
            },
            Moment::LostThread {
                stakeholder,
                register,
                meeting,
            } => MomentLine::LostThread {
                who: self.who(*stakeholder),
                register: s.sales.registers[register.ix()].label.clone(),
                meeting: self.meeting(*meeting),
            },
            Moment::Unagreed { promise, colleague } => MomentLine::Unagreed {
                promise: crate::engine::told::PromiseText::of(s, *promise),
                who: self.who(*colleague),
            },
            Moment::WalkedAway { stakeholder } => MomentLine::WalkedAway {
                who: stakeholder.map(|k| self.who(k)),
            },
            Moment::Decided { signed, price } => MomentLine::Decided {
                signed: *signed,
                price: *price,
            },
            Moment::LeftOut { count } => MomentLine::LeftOut { count: *count },
            Moment::NeedSurfaced { week, fact, days } => MomentLine::NeedSurfaced {
                week: *week,
                fact: s.facts[fact.ix()].text.clone(),
                days: *days,
            },
            Moment::PromiseSurfaced {
                week,
                promise,
                days,
            } => {
                let to = s.promises[promise.ix()].to;
                MomentLine::PromiseSurfaced {
                    week: *week,
                    what: PromiseWhat::of(s, *promise),
                    to: Person {
                        name: self.who(to),
                        role: s.stakeholders[to.ix()].role.clone(),
                    },
                    days: *days,
                }
            }
            Moment::ClaimFailed { week, claim } => MomentLine::ClaimFailed {
                week: *week,
                claim: s.offer.claims[claim.ix()].text.clone(),
            },
            Moment::Happened { week, event } => MomentLine::Happened {
                week: *week,
                text: s.delivery.events[event.ix()].text.clone(),
            },
            Moment::ChangeAsked {
                week,
                accepted,
                trust_cost,
            } => MomentLine::ChangeAsked {
                week: *week,
                accepted: *accepted,
                trust_cost: *trust_cost,
            },
            Moment::Refunded { week, item, amount } => MomentLine::Refunded {
                week: *week,
                item: s.offer.scope[item.ix()].name.clone(),
                amount: *amount,
            },
            Moment::Hired { week, person } => MomentLine::Hired {
                week: *week,
                person: s.delivery.people[person.ix()].name.clone(),
            },
            Moment::DeliveryEnded { weeks, agreed } => MomentLine::DeliveryEnded {
                weeks: *weeks,
                agreed: *agreed,
            },
        }
    }

    pub(super) fn question(&self, q: &Question) -> QuestionLine {
        match q {
            Question::Authored(i) => {
                QuestionLine::Authored(self.0.scoring.questions[*i as usize].text.clone())
            }
            Question::LostFaith {
                stakeholder,
                meeting,
            } => QuestionLine::LostFaith {
                who: self.who(*stakeholder),
                meeting: self.meeting(*meeting),
            },
            Question::OverBudget { price, budget } => QuestionLine::OverBudget {
                price: *price,
                budget: *budget,
            },
            Question::ShortOfScore { score, threshold } => QuestionLine::ShortOfScore {
                score: *score,
                threshold: *threshold,
            },
            Question::OutOfPatience => QuestionLine::OutOfPatience,
            Question::CriticalActivity { meeting } => QuestionLine::CriticalActivity {
                meeting: self.meeting(*meeting),
            },
            Question::SellDifferently {
                commission,
                best_plan,
                best_commission,
            } => QuestionLine::SellDifferently {
                commission: *commission,
                best_plan: *best_plan,
                best_commission: *best_commission,
            },
            Question::PaidForALoss { commission, margin } => QuestionLine::PaidForALoss {
                commission: *commission,
                margin: *margin,
            },
            Question::MissedQuarter {
                close_day,
                quarter_days,
            } => QuestionLine::MissedQuarter {
                close_day: *close_day,
                quarter_days: *quarter_days,
            },
            Question::ReviewTime { hours, cost } => QuestionLine::ReviewTime {
                hours: *hours,
                cost: *cost,
            },
        }
    }

    pub(super) fn check(&self, d: &CheckDetail) -> CheckLine {
        let s = self.0;
        match d {
            CheckDetail::Attended {
                role,
                meeting,
                attended,
            } => CheckLine::Attended {
                role: *role,
                meeting: self.meeting(*meeting),
                attended: *attended,
            },
            CheckDetail::Found {
                fact,
                found,
                left_out,
            } => CheckLine::Found {
                fact: s.facts[fact.ix()].text.clone(),
                found: *found,
                left_out: *left_out,
            },
            CheckDetail::Avoided { answer, said } | CheckDetail::Chose { answer, said } => {
                CheckLine::Said {
                    answer: s.answers[answer.ix()].text.clone(),
                    said: *said,
                }
            }
            CheckDetail::All(parts) => {
                CheckLine::All(parts.iter().map(|p| self.check(p)).collect())
            }
            other => CheckLine::Measured(other.clone()),
        }
    }

    pub(super) fn loss(&self, l: &Loss) -> LossLine {
        LossLine {
            kind: match l.kind {
                LossKind::LostFaith {
                    stakeholder,
                    meeting,
                } => LossKindLine::LostFaith {
                    who: self.who(stakeholder),
                    meeting: meeting.map(|m| self.meeting(m)),
                },
                LossKind::OutOfPatience { meeting } => LossKindLine::OutOfPatience {
                    meeting: meeting.map(|m| self.meeting(m)),
                },
                LossKind::SellerWalkedAway { meeting, judged } => LossKindLine::SellerWalkedAway {
                    meeting: meeting.map(|m| self.meeting(m)),
                    judged,
                },
                LossKind::NotSigned { chance } => LossKindLine::NotSigned { chance },
            },
            score: l.score,
            threshold: l.threshold,
            price: l.price,
            budget: l.budget,
            lost: l
                .lost
                .iter()
                .map(|t| TrustLostLine {
                    who: self.who(t.stakeholder),
                    meeting: self.meeting(t.meeting),
                    in_meeting: t.in_meeting,
                    from: t.from,
                    to: t.to,
                })
                .collect(),
        }
    }

    pub(super) fn flag(&self, f: &FlagRecord) -> FlagLine {
        let s = self.0;
        FlagLine {
            by: f.by,
            meeting: self.meeting(f.meeting),
            answer: s.answers[f.answer.ix()].text.clone(),
            concern: match f.concern {
                FlagConcern::Estimate(i) => FlagWhat::Estimate(s.offer.scope[i.ix()].name.clone()),
                FlagConcern::Claim(c) => FlagWhat::Claim(s.offer.claims[c.ix()].text.clone()),
                FlagConcern::Deadline(_) => FlagWhat::Deadline,
            },
            said: f.said,
            team: f.team,
            said_anyway: f.said_anyway,
        }
    }

    pub(super) fn review(&self, r: &ReviewStep) -> ReviewLine {
        let s = self.0;
        match r {
            ReviewStep::Queried {
                item,
                priced_days,
                true_days,
            } => ReviewLine::Queried {
                item: match item {
                    PidItem::Promise(p) => ItemWhat::Promise(PromiseWhat::of(s, *p)),
                    PidItem::Fact(f) => ItemWhat::Need(s.facts[f.ix()].text.clone()),
                },
                priced_days: *priced_days,
                true_days: *true_days,
            },
            ReviewStep::Rebaselined {
                promise,
                result,
                trust_cost,
                commission_share,
            } => ReviewLine::Rebaselined {
                what: PromiseWhat::of(s, *promise),
                repriced: match result {
                    Rebaseline::Repriced(i) => Some(s.offer.scope[i.ix()].name.clone()),
                    Rebaseline::Removed => None,
                },
                trust_cost: *trust_cost,
                commission_share: *commission_share,
            },
            ReviewStep::Accepted => ReviewLine::Accepted,
        }
    }
}
