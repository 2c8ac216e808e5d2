//! Key moments and, for a lost deal, why it was lost: typed data that `crate::wording` puts
//! into sentences.

use serde::{Deserialize, Serialize};

use super::super::{Cause, Event, Heard, PaceVerdict, Session};
use crate::scenario::model::{
    ClaimId, EventId, FactId, MeetingId, PersonId, PromiseId, RegisterId, Role, ScopeId,
    StakeholderId,
};

/// A moment a facilitator would point at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Moment {
    /// People from delivery came to a meeting.
    Brought {
        /// The meeting.
        meeting: MeetingId,
        /// Who came.
        roles: Vec<Role>,
    },
    /// Someone from delivery noticed a fact.
    Noticed {
        /// The fact.
        fact: FactId,
        /// Who noticed.
        by: Role,
    },
    /// The senior designer spoke up about a claim.
    ClaimWarned {
        /// The claim.
        claim: ClaimId,
    },
    /// A stakeholder was first given more detail than they were ready for.
    TooDeep {
        /// Who.
        stakeholder: StakeholderId,
    },
    /// A stakeholder first lost the thread: an answer in a register they do not speak.
    LostThread {
        /// Who.
        stakeholder: StakeholderId,
        /// The register.
        register: RegisterId,
        /// The meeting.
        meeting: MeetingId,
    },
    /// A promise went out without the colleague whose agreement it needed.
    Unagreed {
        /// The promise.
        promise: PromiseId,
        /// The colleague.
        colleague: StakeholderId,
    },
    /// The client walked away: a stakeholder lost faith (or, `None`, patience ran out).
    WalkedAway {
        /// Who.
        stakeholder: Option<StakeholderId>,
    },
    /// The client decided.
    Decided {
        /// Signed.
        signed: bool,
        /// At this price.
        price: f32,
    },
    /// Promises did not reach the PID.
    LeftOut {
        /// How many.
        count: u32,
    },
    /// A hidden need surfaced in delivery.
    NeedSurfaced {
        /// The week.
        week: u32,
        /// The need.
        fact: FactId,
        /// Person-days.
        days: f32,
    },
    /// A promise came back as unplanned work.
    PromiseSurfaced {
        /// The week.
        week: u32,
        /// The promise.
        promise: PromiseId,
        /// Person-days.
        days: f32,
    },
    /// A claim was tested and did not hold.
    ClaimFailed {
        /// The week.
        week: u32,
        /// The claim.
        claim: ClaimId,
    },
    /// A scenario event happened.
    Happened {
        /// The week.
        week: u32,
        /// The event.
        event: EventId,
    },
    /// The player asked the client for a change.
    ChangeAsked {
        /// The week it applies from.
        week: u32,
        /// Agreed.
        accepted: bool,
        /// Trust it cost.
        trust_cost: f32,
    },
    /// A scope item dropped by agreement was refunded to the client.
    Refunded {
        /// The week it applies from.
        week: u32,
        /// The item.
        item: ScopeId,
        /// Money refunded.
        amount: f32,
    },
    /// Someone joined the team.
    Hired {
        /// The week they start.
        week: u32,
        /// Who.
        person: PersonId,
    },
    /// Delivery ended.
    DeliveryEnded {
        /// Weeks it took.
        weeks: u32,
        /// Weeks agreed.
        agreed: u32,
    },
}

/// How a deal was lost.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum LossKind {
    /// A stakeholder lost faith and the client walked away in this meeting.
    LostFaith {
        /// Who.
        stakeholder: StakeholderId,
        /// Where.
        meeting: Option<MeetingId>,
    },
    /// The client ran out of patience in this meeting.
    OutOfPatience {
        /// Where.
        meeting: Option<MeetingId>,
    },
    /// The seller walked away from the deal in this meeting.
    SellerWalkedAway {
        /// Where.
        meeting: Option<MeetingId>,
        /// What the deal on the table would have done.
        judged: crate::engine::walk_away::WalkAway,
    },
    /// The client heard the offer and did not sign.
    NotSigned {
        /// The chance they had of signing.
        chance: f32,
    },
}

/// A stakeholder whose trust ended lower than it began, and the meeting where most of it went.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TrustLost {
    /// Who.
    pub stakeholder: StakeholderId,
    /// The meeting where their trust fell most.
    pub meeting: MeetingId,
    /// Trust lost in that meeting.
    pub in_meeting: f32,
    /// Trust at the start and at the end of sales.
    pub from: f32,
    /// Trust at the end.
    pub to: f32,
}

/// Why a deal was lost: the client's score against the threshold, the price against the
/// budget, who was lost in which meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Loss {
    /// How it ended.
    pub kind: LossKind,
    /// The client's score for the deal on the table.
    pub score: f32,
    /// The score needed.
    pub threshold: f32,
    /// The price on the table.
    pub price: f32,
    /// The client's budget (0: none set).
    pub budget: f32,
    /// Stakeholders who ended sales trusting less than they started, most lost first.
    pub lost: Vec<TrustLost>,
    /// What presales time cost.
    pub presales_cost: f32,
}

/// A question for the debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Question {
    /// The scenario's own question (index into `scoring.questions`), as authored.
    Authored(u16),
    /// The meeting where this stakeholder's trust fell furthest (or where they walked away).
    LostFaith {
        /// Who.
        stakeholder: StakeholderId,
        /// Where.
        meeting: MeetingId,
    },
    /// The price was over the client's budget.
    OverBudget {
        /// The price.
        price: f32,
        /// The budget.
        budget: f32,
    },
    /// The client's score fell short of what they needed to sign.
    ShortOfScore {
        /// Their score.
        score: f32,
        /// Needed.
        threshold: f32,
    },
    /// The client ran out of patience.
    OutOfPatience,
    /// The campaign plan: the meeting that moved the close most.
    CriticalActivity {
        /// The meeting.
        meeting: MeetingId,
    },
    /// Incentives: what would make the seller sell differently, with the commission under the
    /// scenario's plan and under the plan that would have paid most for this deal.
    SellDifferently {
        /// The commission earned under the scenario's plan.
        commission: f32,
        /// The plan that pays most for this deal.
        best_plan: crate::scenario::model::Plan,
        /// What it pays.
        best_commission: f32,
    },
    /// Incentives: the seller was paid while the company lost money on the deal.
    PaidForALoss {
        /// The seller's commission.
        commission: f32,
        /// The company's margin (negative).
        margin: f32,
    },
    /// Incentives: the deal closed after the quarter ended, so it did not count for the seller.
    MissedQuarter {
        /// The close day.
        close_day: u32,
        /// The days the quarter had.
        quarter_days: u32,
    },
    /// Incentives: the seller's hours in delivery reviews cost their quarter.
    ReviewTime {
        /// Hours spent.
        hours: f32,
        /// Bookings they cost.
        cost: f32,
    },
}

impl Session {
    /// The moments a facilitator would point at, in order.
    pub fn key_moments(&self) -> Vec<Moment> {
        let mut out = Vec::new();
        let mut week = 0;
        let mut too_deep: Vec<StakeholderId> = Vec::new();
        let mut lost: Vec<StakeholderId> = Vec::new();
        let mut meeting_now = None;
        for ev in &self.log {
            if let Event::MeetingStarted { meeting, .. } = ev {
                meeting_now = Some(*meeting);
            }
            let moment = match ev {
                Event::WeekStarted(w) => {
                    week = *w;
                    None
                }
                Event::MeetingStarted {
                    meeting, attending, ..
                } if !attending.is_empty() => Some(Moment::Brought {
                    meeting: *meeting,
                    roles: attending.clone(),
                }),
                Event::FactNoticed { fact, by } => Some(Moment::Noticed {
                    fact: *fact,
                    by: *by,
                }),
                Event::ClaimWarned(c) => Some(Moment::ClaimWarned { claim: *c }),
                Event::Paced {
                    stakeholder,
                    verdict: PaceVerdict::TooDeep,
                    ..
                } if !too_deep.contains(stakeholder) => {
                    too_deep.push(*stakeholder);
                    Some(Moment::TooDeep {
                        stakeholder: *stakeholder,
                    })
                }
                Event::Heard {
                    stakeholder,
                    register,
                    heard: Heard::Lost,
                } if !lost.contains(stakeholder) => {
                    lost.push(*stakeholder);
                    meeting_now.map(|meeting| Moment::LostThread {
                        stakeholder: *stakeholder,
                        register: *register,
                        meeting,
                    })
                }
                Event::ClientWalkedAway { stakeholder } => Some(Moment::WalkedAway {
                    stakeholder: *stakeholder,
                }),
                Event::DealDecided { signed, price, .. } => Some(Moment::Decided {
                    signed: *signed,
                    price: *price,
                }),
                Event::HandedOff { left_out, .. } if !left_out.is_empty() => {
                    Some(Moment::LeftOut {
                        count: left_out.len() as u32,
                    })
                }
                Event::WorkAdded {
                    cause: Cause::HiddenNeed(f),
                    days,
                    ..
                } => Some(Moment::NeedSurfaced {
                    week,
                    fact: *f,
                    days: *days,
                }),
                Event::WorkAdded {
                    cause: Cause::Promise(p),
                    days,
                    surprise: true,
                } => Some(Moment::PromiseSurfaced {
                    week,
                    promise: *p,
                    days: *days,
                }),
                Event::ClaimTested { claim, held: false } => Some(Moment::ClaimFailed {
                    week,
                    claim: *claim,
                }),
                Event::ScenarioEvent(e) => Some(Moment::Happened { week, event: *e }),
                Event::ChangeRequested {
                    accepted,
                    trust_cost,
                    ..
                } => Some(Moment::ChangeAsked {
                    week: week + 1,
                    accepted: *accepted,
                    trust_cost: *trust_cost,
                }),
                Event::Refunded { item, amount } => Some(Moment::Refunded {
                    week: week + 1,
                    item: *item,
                    amount: *amount,
                }),
                Event::Hired(p) => Some(Moment::Hired {
                    week: week + 1,
                    person: *p,
                }),
                Event::SessionOver { won: true } => self.outcome().map(|o| Moment::DeliveryEnded {
                    weeks: o.actual_weeks,
                    agreed: o.agreed_weeks,
                }),
                _ => None,
            };
            out.extend(moment);
            // At a signed close: what went out without the colleague who approves it.
            if let Event::DealDecided { signed: true, .. } = ev {
                for e in &self.state.ledger {
                    if let Some(colleague) = self.unagreed(e.promise) {
                        out.push(Moment::Unagreed {
                            promise: e.promise,
                            colleague,
                        });
                    }
                }
            }
        }
        out
    }

    /// Why the deal was lost; `None` when it was signed (or the session is not over).
    pub fn loss(&self) -> Option<Loss> {
        let outcome = self.outcome()?;
        if outcome.won {
            return None;
        }
        let s = &self.scenario;
        let mut meeting = None;
        let mut kind = None;
        // Trust lost per stakeholder per meeting, during sales.
        let mut lost_in: Vec<Vec<f32>> = vec![vec![0.0; s.meetings.len()]; s.stakeholders.len()];
        for ev in &self.log {
            match ev {
                Event::MeetingStarted { meeting: m, .. } => meeting = Some(*m),
                Event::TrustChanged {
                    stakeholder, delta, ..
                } => {
                    if let Some(m) = meeting {
                        lost_in[stakeholder.ix()][m.ix()] -= delta;
                    }
                }
                Event::SellerWalkedAway { .. } => {
                    if let Some(judged) = outcome.walked_away {
                        kind = Some(LossKind::SellerWalkedAway { meeting, judged });
                    }
                }
                Event::ClientWalkedAway { stakeholder } => {
                    kind = Some(match stakeholder {
                        Some(k) => LossKind::LostFaith {
                            stakeholder: *k,
                            meeting,
                        },
                        None => LossKind::OutOfPatience { meeting },
                    })
                }
                _ => {}
            }
        }
        let deal = self
            .state
            .sales
            .deal
            .clone()
            .unwrap_or_else(|| self.deal_on_table());
        let kind = kind.unwrap_or(LossKind::NotSigned {
            chance: deal.sign_chance,
        });
        let mut lost: Vec<TrustLost> = s
            .stakeholders
            .iter()
            .enumerate()
            .filter_map(|(k, st)| {
                let to = self.state.sales.trust[k];
                let (m, worst) = lost_in[k]
                    .iter()
                    .enumerate()
                    .max_by(|a, b| a.1.total_cmp(b.1))?;
                (to < st.trust && *worst > 0.0).then_some(TrustLost {
                    stakeholder: StakeholderId(k as u16),
                    meeting: MeetingId(m as u16),
                    in_meeting: *worst,
                    from: st.trust,
                    to,
                })
            })
            .collect();
        lost.sort_by(|a, b| (b.from - b.to).total_cmp(&(a.from - a.to)));
        Some(Loss {
            kind,
            score: deal.score,
            threshold: deal.threshold,
            price: deal.price,
            budget: s.sales.decision.budget,
            lost,
            presales_cost: outcome.presales_cost,
        })
    }
}

/// The questions for a lost deal: about the sale, never about a delivery that did not happen.
pub(super) fn loss_questions(loss: &Loss) -> Vec<Question> {
    let mut out = Vec::new();
    match loss.kind {
        LossKind::LostFaith {
            stakeholder,
            meeting: Some(meeting),
        } => out.push(Question::LostFaith {
            stakeholder,
            meeting,
        }),
        LossKind::OutOfPatience { .. } => out.push(Question::OutOfPatience),
        _ => {}
    }
    // The stakeholder who lost the most trust, when nobody walked away.
    if out.is_empty()
        && let Some(t) = loss.lost.first()
    {
        out.push(Question::LostFaith {
            stakeholder: t.stakeholder,
            meeting: t.meeting,
        });
    }
    if loss.budget > 0.0 && loss.price > loss.budget {
        out.push(Question::OverBudget {
            price: loss.price,
            budget: loss.budget,
        });
    }
    if loss.score < loss.threshold {
        out.push(Question::ShortOfScore {
            score: loss.score,
            threshold: loss.threshold,
        });
    }
    out
}
