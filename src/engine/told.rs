//! Events as a reader is told them: every id the engine's [`Event`] names is resolved to the
//! scenario's own words (a name, a text) or to plain data, so a screen anywhere (the game, a
//! remote seat, a report) can word it without the scenario. [`Told::of`] resolves one event;
//! which events a viewer hears is [`super::Session::view`]'s decision. `crate::wording::events`
//! words them: one sentence for each, wherever it is shown.

use serde::{Deserialize, Serialize};

use crate::engine::roles::Seat;
use crate::engine::{Cause, ChangeKind, Event, Heard, PaceVerdict};
use crate::scenario::model::{
    ClaimId, ClaimTruth, DeliveryEffect, PromiseId, PromiseKind, Role, Scenario,
};

/// What a promise is about, in the scenario's words and numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PromiseWhat {
    /// A scope item, by its name.
    Scope(String),
    /// A delivery date, in weeks.
    Deadline(u32),
    /// A discount, in percent.
    Discount(f32),
    /// A technical claim, as said.
    Claim(String),
    /// Bespoke work, as said.
    Extra(String),
}

impl PromiseWhat {
    /// What promise `p` of `s` is about.
    pub fn of(s: &Scenario, p: PromiseId) -> PromiseWhat {
        match &s.promises[p.ix()].kind {
            PromiseKind::Scope(i) => PromiseWhat::Scope(s.offer.scope[i.ix()].name.clone()),
            PromiseKind::Deadline(w) => PromiseWhat::Deadline(*w),
            PromiseKind::Discount(d) => PromiseWhat::Discount(*d),
            PromiseKind::Claim(c) => PromiseWhat::Claim(s.offer.claims[c.ix()].text.clone()),
            PromiseKind::Extra { text, .. } => PromiseWhat::Extra(text.clone()),
        }
    }
}

/// A promise as a reader knows it: what, and to whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseText {
    /// The promise's id (for the device's replies and for matching; never drawn).
    pub key: String,
    /// What it is about.
    pub what: PromiseWhat,
    /// The stakeholder it was made to.
    pub to: String,
    /// Their job title.
    pub to_role: String,
}

impl PromiseText {
    /// Promise `p` of `s`.
    pub fn of(s: &Scenario, p: PromiseId) -> PromiseText {
        let promise = &s.promises[p.ix()];
        let to = &s.stakeholders[promise.to.ix()];
        PromiseText {
            key: promise.key.clone(),
            what: PromiseWhat::of(s, p),
            to: to.name.clone(),
            to_role: to.role.clone(),
        }
    }
}

/// What the senior designer says of a claim (never the hidden numbers of one that fails).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Warning {
    /// True as said.
    Confirmed,
    /// True only after about this many more person-days of work.
    NeedsWork(f32),
    /// Not true as said.
    DoesNotHold,
}

/// A claim with the senior designer's word on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimNote {
    /// The claim, as said.
    pub text: String,
    /// The designer's word.
    pub warning: Warning,
}

impl From<ClaimTruth> for Warning {
    fn from(truth: ClaimTruth) -> Warning {
        match truth {
            ClaimTruth::Holds => Warning::Confirmed,
            ClaimTruth::HoldsWithWork(days) => Warning::NeedsWork(days),
            ClaimTruth::DoesNotHold { .. } => Warning::DoesNotHold,
        }
    }
}

impl ClaimNote {
    /// Claim `c` of `s` as the senior designer sees it.
    pub fn of(s: &Scenario, c: ClaimId) -> ClaimNote {
        let claim = &s.offer.claims[c.ix()];
        ClaimNote {
            text: claim.text.clone(),
            warning: claim.truth.into(),
        }
    }
}

/// Why something happened in delivery, in the scenario's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CauseText {
    /// A promise.
    Promise(PromiseText),
    /// A hidden need: its holder and its text.
    HiddenNeed {
        /// Who holds it.
        owner: String,
        /// What it is.
        text: String,
    },
    /// A scenario event.
    Event,
    /// A player's decision.
    Decision,
    /// Defects.
    Defects,
    /// The deal as signed.
    Plan,
}

impl CauseText {
    /// Cause `c` in `s`'s words.
    pub fn of(s: &Scenario, c: Cause) -> CauseText {
        match c {
            Cause::Promise(p) => CauseText::Promise(PromiseText::of(s, p)),
            Cause::HiddenNeed(f) => CauseText::HiddenNeed {
                owner: s.stakeholders[s.facts[f.ix()].owner.ix()].name.clone(),
                text: s.facts[f.ix()].text.clone(),
            },
            Cause::Scenario(_) => CauseText::Event,
            Cause::Decision => CauseText::Decision,
            Cause::Defects => CauseText::Defects,
            Cause::Plan => CauseText::Plan,
        }
    }
}

/// A change asked of the client, in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ChangeText {
    /// Drop a scope item (its name).
    Descope(String),
    /// More weeks.
    MoreTime(u32),
}

/// One event as a reader is told it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Told {
    /// A meeting did not happen.
    MeetingSkipped {
        /// Its name.
        meeting: String,
    },
    /// A delivery person in the room noticed a fact.
    FactNoticed {
        /// The fact.
        text: String,
        /// Who noticed it.
        by: Role,
    },
    /// A fact came out in conversation.
    FactRevealed {
        /// The fact.
        text: String,
    },
    /// How an answer's depth met one stakeholder.
    Paced {
        /// Who.
        who: String,
        /// The verdict.
        verdict: PaceVerdict,
    },
    /// A listener who does not fully speak an answer's register lost the thread, or was rescued.
    Heard {
        /// Who.
        who: String,
        /// The register's label.
        register: String,
        /// Lost, or rescued by whom.
        heard: Heard,
    },
    /// A meeting slipped past the campaign plan.
    MeetingSlipped {
        /// The meeting's name.
        meeting: String,
        /// Days late.
        days: u32,
    },
    /// A colleague agreed, or not, to what they approve.
    Agreement {
        /// Who.
        who: String,
        /// What they approve.
        approves: Vec<crate::scenario::model::Approval>,
        /// They agreed.
        agreed: bool,
    },
    /// Trust moved.
    TrustChanged {
        /// Whose.
        who: String,
        /// By how much.
        delta: f32,
        /// Why, in delivery.
        cause: Option<CauseText>,
    },
    /// Readiness for detail moved.
    ReadinessChanged {
        /// Whose.
        who: String,
        /// Now.
        readiness: f32,
    },
    /// The client's patience moved.
    PatienceChanged {
        /// By how much.
        delta: i32,
        /// What is left.
        left: i32,
    },
    /// A promise entered the ledger.
    PromiseMade(PromiseText),
    /// The senior designer spoke about a claim.
    ClaimWarned(ClaimNote),
    /// The seller walked away from the deal.
    SellerWalkedAway {
        /// The margin the deal would have made, signed as it stood and delivered.
        would_margin: f32,
    },
    /// The client walked away.
    ClientWalkedAway {
        /// Who lost faith (none: patience ran out).
        who: Option<String>,
    },
    /// The client decided.
    DealDecided {
        /// Signed or not.
        signed: bool,
        /// The price on the table (the seller's side only).
        price: Option<f32>,
    },
    /// A client review took place.
    Review {
        /// The week.
        week: u32,
        /// The client's name.
        client: String,
    },
    /// The client recalls a promise left out of the document that the plan covers anyway.
    PromiseRecalled(PromiseText),
    /// A scenario event fired.
    ScenarioEvent {
        /// What happened.
        text: String,
        /// It hurts the project.
        bad: bool,
    },
    /// Work arrived.
    WorkAdded {
        /// Why.
        cause: CauseText,
        /// Person-days.
        days: f32,
        /// Unplanned.
        surprise: bool,
    },
    /// Testing found defects.
    DefectsFound {
        /// Rework, person-days.
        rework_days: f32,
    },
    /// Morale moved.
    MoraleChanged {
        /// By how much.
        delta: f32,
        /// Why.
        cause: CauseText,
    },
    /// Money spent outside the run rate.
    CostIncurred {
        /// How much.
        amount: f32,
        /// Why.
        cause: CauseText,
    },
    /// A claim met reality.
    ClaimTested {
        /// The claim.
        text: String,
        /// It held.
        held: bool,
    },
    /// A change was asked of the client.
    ChangeRequested {
        /// What.
        change: ChangeText,
        /// Agreed.
        accepted: bool,
    },
    /// Overtime switched.
    OvertimeSet(bool),
    /// Testing share set, percent.
    QualitySet(u8),
    /// Someone joined the team.
    Hired {
        /// Name.
        name: String,
        /// Job title.
        role: String,
    },
    /// A dropped scope item's price went back to the client.
    Refunded {
        /// The item's name.
        item: String,
        /// Money refunded.
        amount: f32,
    },
    /// An honest status update went out.
    ClientUpdated,
    /// The account manager joined the reviews.
    AccountManagerJoined,
    /// A week closed.
    WeekEnded {
        /// The week.
        week: u32,
        /// Person-days the team got through.
        capacity: f32,
        /// Person-days left.
        remaining: f32,
    },
    /// A promise left out of the document surfaced in delivery.
    PromiseSurfaced {
        /// The promise.
        promise: PromiseText,
        /// Who made it.
        promised_by: Seat,
    },
}

impl Told {
    /// Event `e` in `s`'s words, or `None` for bookkeeping no screen tells (a beat presented, a
    /// choice, week boundaries, verdicts, the document's own steps).
    pub fn of(s: &Scenario, e: &Event) -> Option<Told> {
        let name = |k: crate::scenario::model::StakeholderId| s.stakeholders[k.ix()].name.clone();
        Some(match e {
            Event::MeetingSkipped(m) => Told::MeetingSkipped {
                meeting: s.meetings[m.ix()].name.clone(),
            },
            Event::FactNoticed { fact, by } => Told::FactNoticed {
                text: s.facts[fact.ix()].text.clone(),
                by: *by,
            },
            Event::FactRevealed(f) => Told::FactRevealed {
                text: s.facts[f.ix()].text.clone(),
            },
            Event::Paced {
                stakeholder,
                verdict,
                ..
            } => Told::Paced {
                who: name(*stakeholder),
                verdict: *verdict,
            },
            Event::Heard {
                stakeholder,
                register,
                heard,
            } => Told::Heard {
                who: name(*stakeholder),
                register: s.sales.registers[register.ix()].label.clone(),
                heard: *heard,
            },
            Event::MeetingSlipped { meeting, days } => Told::MeetingSlipped {
                meeting: s.meetings[meeting.ix()].name.clone(),
                days: *days,
            },
            Event::Agreement { colleague, agreed } => Told::Agreement {
                who: name(*colleague),
                approves: s.stakeholders[colleague.ix()]
                    .colleague
                    .as_ref()
                    .map(|c| c.approves.clone())
                    .unwrap_or_default(),
                agreed: *agreed,
            },
            Event::TrustChanged {
                stakeholder,
                delta,
                cause,
            } => Told::TrustChanged {
                who: name(*stakeholder),
                delta: *delta,
                cause: cause.map(|c| CauseText::of(s, c)),
            },
            Event::ReadinessChanged {
                stakeholder,
                readiness,
            } => Told::ReadinessChanged {
                who: name(*stakeholder),
                readiness: *readiness,
            },
            Event::PatienceChanged { delta, left } => Told::PatienceChanged {
                delta: *delta,
                left: *left,
            },
            Event::PromiseMade(p) => Told::PromiseMade(PromiseText::of(s, *p)),
            Event::ClaimWarned(c) => Told::ClaimWarned(ClaimNote::of(s, *c)),
            Event::SellerWalkedAway { would_margin } => Told::SellerWalkedAway {
                would_margin: *would_margin,
            },
            Event::Refunded { item, amount } => Told::Refunded {
                item: s.offer.scope[item.ix()].name.clone(),
                amount: *amount,
            },
            Event::ClientWalkedAway { stakeholder } => Told::ClientWalkedAway {
                who: stakeholder.map(name),
            },
            Event::DealDecided { signed, price, .. } => Told::DealDecided {
                signed: *signed,
                price: Some(*price),
            },
            Event::Review(w) => Told::Review {
                week: *w,
                client: s.client.name.clone(),
            },
            Event::PromiseRecalled(p) => Told::PromiseRecalled(PromiseText::of(s, *p)),
            Event::ScenarioEvent(id) => {
                let ev = &s.delivery.events[id.ix()];
                Told::ScenarioEvent {
                    text: ev.text.clone(),
                    bad: ev.effects.iter().any(|f| match f {
                        DeliveryEffect::AddWork(..) | DeliveryEffect::Cost(_) => true,
                        DeliveryEffect::Morale(d) | DeliveryEffect::Capacity(d) => *d < 0.0,
                        DeliveryEffect::Trust(_, d) => *d < 0.0,
                    }),
                }
            }
            Event::WorkAdded {
                cause,
                days,
                surprise,
            } => Told::WorkAdded {
                cause: CauseText::of(s, *cause),
                days: *days,
                surprise: *surprise,
            },
            Event::DefectsFound { rework_days, .. } => Told::DefectsFound {
                rework_days: *rework_days,
            },
            Event::MoraleChanged { delta, cause } => Told::MoraleChanged {
                delta: *delta,
                cause: CauseText::of(s, *cause),
            },
            Event::CostIncurred { amount, cause } => Told::CostIncurred {
                amount: *amount,
                cause: CauseText::of(s, *cause),
            },
            Event::ClaimTested { claim, held } => Told::ClaimTested {
                text: s.offer.claims[claim.ix()].text.clone(),
                held: *held,
            },
            Event::ChangeRequested {
                change, accepted, ..
            } => Told::ChangeRequested {
                change: match change {
                    ChangeKind::Descope(i) => {
                        ChangeText::Descope(s.offer.scope[i.ix()].name.clone())
                    }
                    ChangeKind::MoreTime(w) => ChangeText::MoreTime(*w),
                },
                accepted: *accepted,
            },
            Event::OvertimeSet(on) => Told::OvertimeSet(*on),
            Event::QualitySet(q) => Told::QualitySet(*q),
            Event::Hired(p) => {
                let person = &s.delivery.people[p.ix()];
                Told::Hired {
                    name: person.name.clone(),
                    role: person.role.clone(),
                }
            }
            Event::ClientUpdated => Told::ClientUpdated,
            Event::AccountManagerJoined => Told::AccountManagerJoined,
            Event::WeekEnded {
                week,
                capacity,
                remaining,
                ..
            } => Told::WeekEnded {
                week: *week,
                capacity: *capacity,
                remaining: *remaining,
            },
            Event::PromiseSurfaced {
                promise,
                promised_by,
            } => Told::PromiseSurfaced {
                promise: PromiseText::of(s, *promise),
                promised_by: *promised_by,
            },
            _ => return None,
        })
    }
}
