//! Role views: [`Session::view`] gives each seat only what that seat knows, as plain
//! serialisable data that names things by the scenario's ids (keys). Screens and the command line
//! draw these; they never filter the full state themselves.
//!
//! What each seat knows (see `docs/roles.md`):
//! - the seller sat in every meeting, wrote the ledger and the document, and knows the deal and
//!   the commission; they see the delivery people's notes and flags only in meetings delivery
//!   attended (both sat at the screen);
//! - the delivery lead knows the meetings they attended (and what was promised there), the
//!   document once it is handed over, the review, delivery, and what surfaced in it; never the
//!   ledger, a promise made without them that the document leaves out, or the commission.

use serde::{Deserialize, Serialize};

use super::roles::{FlagConcern, ReviewStep, Seat, TableMode};
use super::{Phase, PidItem, Session};
use crate::scenario::model::{AnswerId, MeetingId, Role};

/// What one seat sees now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleView {
    /// Whose view.
    pub seat: Seat,
    /// How the table is played.
    pub mode: TableMode,
    /// Where the session stands (meetings and beats by their ids).
    pub phase: PhaseView,
    /// Whether this seat may act now.
    pub your_turn: bool,
    /// What this seat may do now, in words, one for each of `legal` in the same order: the host
    /// fills them in for a device, which has no scenario to word them with
    /// (`crate::wording::actions::role_view`); the engine, which never words, leaves this empty.
    #[serde(default)]
    pub actions: Vec<String>,
    /// The meetings this seat sat in, in order.
    pub meetings: Vec<MeetingView>,
    /// The beat under way, when this seat is in the room.
    pub beat: Option<BeatView>,
    /// Flags raised in meetings this seat sat in.
    pub flags: Vec<FlagView>,
    /// The promise ledger: the seller's only (empty, and not serialised, for the delivery lead).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ledger: Vec<String>,
    /// The PID: for the delivery lead, once it is handed over.
    pub pid: Vec<String>,
    /// The delivery lead's review of the document, in order.
    pub review: Vec<ReviewView>,
    /// The delivery lead at the review: what a re-baselining meeting about each promise it may
    /// ask about would do and cost (the engine's answer on a copy).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rebaseline_costs: Vec<RebaselineCostView>,
    /// The deal: price, date and scope (the seller's only: the delivery lead knows the deal
    /// through the document; not serialised when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealView>,
    /// Delivery, once under way.
    pub delivery: Option<DeliveryView>,
    /// Promises left out of the document that surfaced in delivery, with who made them.
    pub surfaced: Vec<SurfacedView>,
    /// The seller's commission (the seller only): on the deal as signed, less re-baselining, and
    /// the final figure once the session is over. Not serialised when absent, so a delivery
    /// lead's serialised view never names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission: Option<f32>,
    /// Whether the deal was won, once the session is over.
    pub won: Option<bool>,
    /// What this seat may do now, by the scenario's ids (what a remote device sends back).
    #[serde(default)]
    pub legal: Vec<ActionKey>,
    /// The words of the beat under way, when this seat is in the room.
    #[serde(default)]
    pub scene: Option<SceneView>,
    /// Two roles, once the session is over: this seat may answer the retrospective (again).
    #[serde(default)]
    pub retro_open: bool,
    /// This seat's own retrospective answer, once given (never the other seat's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retro: Option<super::retro::RetroAnswer>,
}

/// Where the session stands, by ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseView {
    /// Choosing who joins a meeting.
    Invite(String),
    /// A beat of a meeting.
    Beat(String, String),
    /// Writing the document.
    Handoff,
    /// The delivery lead reviews the document.
    Review,
    /// Delivery.
    Delivery,
    /// Over.
    Over,
}

/// A meeting a seat sat in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingView {
    /// The meeting's id.
    pub meeting: String,
    /// Who came from delivery.
    pub attending: Vec<Role>,
    /// Promises made in it.
    pub promises: Vec<String>,
}

/// The beat under way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BeatView {
    /// The meeting.
    pub meeting: String,
    /// The beat.
    pub beat: String,
    /// The answers open now.
    pub answers: Vec<OptionView>,
}

/// An answer of the beat, with what delivery in the room knows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptionView {
    /// The answer's id.
    pub answer: String,
    /// Its depth.
    pub depth: u8,
    /// What the delivery people in the room see in it (empty when nobody from delivery attends).
    pub notes: Vec<NoteView>,
}

/// One thing delivery knows about an answer: a concern, with the numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteView {
    /// The meeting (a note exists only in a meeting delivery attends).
    pub meeting: String,
    /// The concern.
    pub concern: FlagConcern,
    /// What it is about: a scope item, a claim, or empty for a deadline.
    pub about: String,
    /// What the answer says (days or weeks).
    pub said: f32,
    /// What the team knows (days or weeks).
    pub team: f32,
}

/// A flag raised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagView {
    /// The answer flagged.
    pub answer: String,
    /// What was flagged, with the numbers.
    pub note: NoteView,
    /// Whether it was said anyway (`None` while the beat is open).
    pub said_anyway: Option<bool>,
}

/// One step of the review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReviewView {
    /// An item was queried: the days it was priced on and the team's estimate.
    Queried(String, f32, f32),
    /// A promise was re-baselined: re-priced (`true`) or taken back (`false`).
    Rebaselined(String, bool),
    /// The document was accepted.
    Accepted,
}

/// What a re-baselining meeting about one promise would do and cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RebaselineCostView {
    /// The promise's id.
    pub promise: String,
    /// The scope item re-priced at the team's estimate (its id), or none: the promise is taken
    /// back.
    pub repriced: Option<String>,
    /// Trust it costs with each stakeholder.
    pub trust_cost: f32,
    /// Share of the seller's commission it costs (0 to 1).
    pub commission_share: f32,
}

/// The deal as a seat sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DealView {
    /// Price after discount.
    pub price: f32,
    /// Weeks agreed.
    pub deadline_weeks: u32,
    /// Scope sold, by id.
    pub scope: Vec<String>,
}

/// Delivery as both seats see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliveryView {
    /// Weeks run.
    pub weeks_done: u32,
    /// The deadline in weeks: the agreed one for the seller, the one the team plans to for the
    /// delivery lead (the standard length until a left-out deadline surfaces).
    pub deadline: u32,
    /// Work planned at the start, in person-days.
    pub planned_days: f32,
    /// Work done.
    pub done: f32,
    /// Cost to date.
    pub cost: f32,
    /// Overtime on.
    pub overtime: bool,
    /// Quality share, percent.
    pub quality_share: u8,
}

/// A promise that surfaced in delivery after being left out of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurfacedView {
    /// The promise.
    pub promise: String,
    /// Who made it.
    pub promised_by: Seat,
}

impl Session {
    /// Where the session stands, by the scenario's ids (what every role may know).
    pub fn phase_view(&self) -> PhaseView {
        let s = &self.scenario;
        let key_m = |m: MeetingId| s.meetings[m.ix()].key.clone();
        match self.state.phase {
            Phase::Invite(m) => PhaseView::Invite(key_m(m)),
            Phase::Beat(m, b) => {
                PhaseView::Beat(key_m(m), s.meetings[m.ix()].beats[b as usize].key.clone())
            }
            Phase::Handoff => PhaseView::Handoff,
            Phase::Review => PhaseView::Review,
            Phase::Delivery => PhaseView::Delivery,
            Phase::Over => PhaseView::Over,
        }
    }

    /// What `seat` knows now: see the module documentation.
    pub fn view(&self, seat: Seat) -> RoleView {
        let s = &self.scenario;
        let st = &self.state;
        let seller = seat == Seat::Seller;
        let key_m = |m: MeetingId| s.meetings[m.ix()].key.clone();
        let attended = |m: MeetingId| !st.sales.attended[m.ix()].is_empty();
        let sat_in = |m: MeetingId| seller || attended(m);
        let handed_over = matches!(st.phase, Phase::Review | Phase::Delivery)
            || (st.phase == Phase::Over && st.delivery.is_some());
        let item_key = |i: &PidItem| match i {
            PidItem::Promise(p) => s.promises[p.ix()].key.clone(),
            PidItem::Fact(f) => s.facts[f.ix()].key.clone(),
        };

        let phase = self.phase_view();
        let mut meetings = Vec::new();
        let current = match st.phase {
            Phase::Beat(m, _) => Some(m),
            _ => None,
        };
        for (i, who) in st.sales.attended.iter().enumerate() {
            let m = MeetingId(i as u16);
            let held = st.sales.pacing.iter().any(|p| p.meeting == m) || current == Some(m);
            if !held || !sat_in(m) {
                continue;
            }
            meetings.push(MeetingView {
                meeting: key_m(m),
                attending: who.clone(),
                promises: st
                    .ledger
                    .iter()
                    .filter(|e| e.meeting == m)
                    .map(|e| s.promises[e.promise.ix()].key.clone())
                    .collect(),
            });
        }
        let beat = match st.phase {
            Phase::Beat(m, b) if sat_in(m) => Some(BeatView {
                meeting: key_m(m),
                beat: s.meetings[m.ix()].beats[b as usize].key.clone(),
                answers: s.meetings[m.ix()].beats[b as usize]
                    .answers
                    .iter()
                    .filter(|c| self.condition(&s.answers[c.ix()].requires))
                    .map(|&c| OptionView {
                        answer: s.answers[c.ix()].key.clone(),
                        depth: s.answers[c.ix()].depth,
                        notes: self.notes(m, c),
                    })
                    .collect(),
            }),
            _ => None,
        };
        let flags = st
            .roles
            .flags
            .iter()
            .filter(|f| sat_in(f.meeting))
            .map(|f| FlagView {
                answer: s.answers[f.answer.ix()].key.clone(),
                note: self.note(f.meeting, f.concern),
                said_anyway: f.said_anyway,
            })
            .collect();
        let see_pid = seller || handed_over;
        let review = st
            .roles
            .review
            .iter()
            .map(|r| match r {
                ReviewStep::Queried {
                    item,
                    priced_days,
                    true_days,
                } => ReviewView::Queried(item_key(item), *priced_days, *true_days),
                ReviewStep::Rebaselined {
                    promise, result, ..
                } => ReviewView::Rebaselined(
                    s.promises[promise.ix()].key.clone(),
                    matches!(result, super::roles::Rebaseline::Repriced(_)),
                ),
                ReviewStep::Accepted => ReviewView::Accepted,
            })
            .collect();
        let deal = st.sales.deal.as_ref().filter(|_| seller).map(|d| DealView {
            price: d.price,
            deadline_weeks: d.deadline_weeks,
            scope: d
                .scope
                .iter()
                .map(|i| s.offer.scope[i.ix()].key.clone())
                .collect(),
        });
        let commission = if !seller {
            None
        } else if let Some(o) = &st.outcome {
            Some(o.seller.commission)
        } else {
            st.sales
                .deal
                .as_ref()
                .filter(|d| d.signed)
                .map(|_| self.seller_scorecard().commission)
        };
        RoleView {
            seat,
            mode: self.mode,
            phase,
            your_turn: self.to_act().contains(&seat),
            actions: Vec::new(),
            meetings,
            beat,
            flags,
            ledger: if seller {
                st.ledger
                    .iter()
                    .map(|e| s.promises[e.promise.ix()].key.clone())
                    .collect()
            } else {
                Vec::new()
            },
            pid: if see_pid {
                st.pid.iter().map(item_key).collect()
            } else {
                Vec::new()
            },
            review,
            rebaseline_costs: if seat == Seat::DeliveryLead {
                self.rebaseline_costs()
            } else {
                Vec::new()
            },
            deal,
            delivery: st.delivery.as_ref().map(|d| DeliveryView {
                weeks_done: d.weeks_done,
                deadline: if seller { d.deadline } else { d.team_deadline },
                planned_days: d.planned_days,
                done: d.done,
                cost: d.cost,
                overtime: d.overtime,
                quality_share: d.quality_share,
            }),
            surfaced: st
                .roles
                .surfaced
                .iter()
                .map(|p| SurfacedView {
                    promise: s.promises[p.ix()].key.clone(),
                    promised_by: Seat::Seller,
                })
                .collect(),
            commission,
            won: st.outcome.as_ref().map(|o| o.won),
            legal: self
                .legal_actions_as(seat)
                .iter()
                .map(|a| self.action_key(a))
                .collect(),
            scene: self.scene(seat),
            retro_open: self.mode == TableMode::TwoRoles && st.phase == Phase::Over,
            retro: st.retro.of(seat).cloned(),
        }
    }

    /// What delivery in the room sees in answer `c` of meeting `m` (empty when nobody attends).
    fn notes(&self, m: MeetingId, c: AnswerId) -> Vec<NoteView> {
        self.concerns(c)
            .into_iter()
            .map(|concern| self.note(m, concern))
            .collect()
    }

    fn note(&self, m: MeetingId, concern: FlagConcern) -> NoteView {
        let s = &self.scenario;
        let (said, team) = self.flag_numbers(concern);
        NoteView {
            meeting: s.meetings[m.ix()].key.clone(),
            concern,
            about: match concern {
                FlagConcern::Estimate(i) => s.offer.scope[i.ix()].key.clone(),
                FlagConcern::Claim(c) => s.offer.claims[c.ix()].key.clone(),
                FlagConcern::Deadline(_) => String::new(),
            },
            said,
            team,
        }
    }
}

/// An engine [`super::Action`] named by the scenario's ids (keys) instead of positions: what a
/// remote device sends, and what [`RoleView::legal`] lists. [`Session::resolve_key`] turns it
/// back into an action; [`Session::action_key`] names an action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "snake_case", deny_unknown_fields)]
pub enum ActionKey {
    /// Who from delivery joins the next meeting (empty: the seller goes alone).
    Invite {
        /// The roles invited.
        roles: Vec<Role>,
    },
    /// Give this answer.
    Choose {
        /// The answer's id.
        answer: String,
    },
    /// Put a promise or hidden need into the document, or take it out.
    SetInPid {
        /// The promise's or the fact's id.
        item: String,
        /// In or out.
        include: bool,
    },
    /// Hand the document over.
    SubmitPid,
    /// Walk away from the deal.
    WalkAway,
    /// Switch overtime on or off.
    SetOvertime {
        /// On or off.
        on: bool,
    },
    /// Share of capacity on quality, percent.
    SetQualityShare {
        /// Percent.
        percent: u8,
    },
    /// Hire a person.
    Hire {
        /// The person's id.
        person: String,
    },
    /// Ask the client to drop a scope item.
    RequestDescope {
        /// The scope item's id.
        scope: String,
    },
    /// Ask the client for more weeks.
    RequestMoreTime {
        /// Weeks.
        weeks: u32,
    },
    /// An honest status update to the client.
    ClientUpdate,
    /// Bring the account manager into delivery reviews.
    InviteAccountManager,
    /// Close the week and run it.
    EndWeek,
    /// Flag an answer before the seller gives it.
    Flag {
        /// The answer's id.
        answer: String,
        /// What is flagged.
        concern: ConcernKey,
    },
    /// Ask about an item of the document.
    QueryPid {
        /// The promise's or the fact's id.
        item: String,
    },
    /// Ask for a re-baselining meeting about a promise.
    Rebaseline {
        /// The promise's id.
        promise: String,
    },
    /// Accept the document.
    AcceptPid,
    /// A seat's retrospective answers, once the session is over.
    Retro {
        /// Who answers.
        seat: Seat,
        /// "What went wrong for me."
        went_wrong: String,
        /// "What I needed from the other role."
        needed: String,
    },
}

/// What kind of id an [`ActionKey`] named that the scenario does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyKind {
    /// A promise or a fact (a PID item).
    PromiseOrFact,
    /// A promise.
    Promise,
    /// An answer.
    Answer,
    /// A scope item.
    Scope,
    /// A delivery person.
    Person,
    /// A claim.
    Claim,
}

/// An id an [`ActionKey`] named that the scenario does not have ([`Session::resolve_key`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownKey {
    /// What kind of thing it should have named.
    pub kind: KeyKind,
    /// The id as sent.
    pub id: String,
}

impl UnknownKey {
    /// An unknown id of `kind`.
    pub fn new(kind: KeyKind, id: &str) -> Self {
        UnknownKey {
            kind,
            id: id.to_owned(),
        }
    }
}

/// A [`FlagConcern`] by the scenario's ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "concern", rename_all = "snake_case", deny_unknown_fields)]
pub enum ConcernKey {
    /// An estimate that differs from the team's.
    Estimate {
        /// The scope item's id.
        scope: String,
    },
    /// A claim that does not hold.
    Claim {
        /// The claim's id.
        claim: String,
    },
    /// A date earlier than the standard duration.
    Deadline {
        /// Weeks promised.
        weeks: u32,
    },
}

/// A scenario text a remote screen needs to draw what a view names: the beat under way, the
/// answers, the people in the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SceneView {
    /// The meeting's name.
    pub meeting_name: String,
    /// The meeting's setting.
    pub setting: String,
    /// Who speaks the beat's line.
    pub speaker: String,
    /// What they say (the prompt).
    pub line: String,
    /// The answers open now, in order: id, text and, when its delivery person attends, their
    /// advice.
    pub answers: Vec<AnswerText>,
    /// The stakeholders in the room.
    pub room: Vec<StakeholderView>,
}

/// An answer's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerText {
    /// The answer's id.
    pub answer: String,
    /// What the seller would say.
    pub text: String,
    /// A delivery person's advice, only while they attend.
    pub advice: Option<String>,
}

/// A stakeholder as the seat sitting in the meeting sees them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StakeholderView {
    /// The stakeholder's id.
    pub key: String,
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// How they feel about the seller (from trust).
    pub mood: super::cues::Mood,
    /// How deep an answer they take as well paced now, 1 to 5 ([`Session::deepest_paced_depth`]:
    /// the same appetite cue the game's own meeting screen shows).
    pub readiness: u8,
}

impl Session {
    /// The action `action` by the scenario's ids.
    pub fn action_key(&self, action: &super::Action) -> ActionKey {
        use super::Action as A;
        let s = &self.scenario;
        let item = |i: &PidItem| match i {
            PidItem::Promise(p) => s.promises[p.ix()].key.clone(),
            PidItem::Fact(f) => s.facts[f.ix()].key.clone(),
        };
        match action {
            A::Invite(r) => ActionKey::Invite { roles: r.clone() },
            A::Choose(c) => ActionKey::Choose {
                answer: s.answers[c.ix()].key.clone(),
            },
            A::SetInPid(i, include) => ActionKey::SetInPid {
                item: item(i),
                include: *include,
            },
            A::SubmitPid => ActionKey::SubmitPid,
            A::WalkAway => ActionKey::WalkAway,
            A::SetOvertime(on) => ActionKey::SetOvertime { on: *on },
            A::SetQualityShare(q) => ActionKey::SetQualityShare { percent: *q },
            A::Hire(p) => ActionKey::Hire {
                person: s.delivery.people[p.ix()].key.clone(),
            },
            A::RequestDescope(i) => ActionKey::RequestDescope {
                scope: s.offer.scope[i.ix()].key.clone(),
            },
            A::RequestMoreTime(w) => ActionKey::RequestMoreTime { weeks: *w },
            A::ClientUpdate => ActionKey::ClientUpdate,
            A::InviteAccountManager => ActionKey::InviteAccountManager,
            A::EndWeek => ActionKey::EndWeek,
            A::Flag(c, concern) => ActionKey::Flag {
                answer: s.answers[c.ix()].key.clone(),
                concern: match concern {
                    FlagConcern::Estimate(i) => ConcernKey::Estimate {
                        scope: s.offer.scope[i.ix()].key.clone(),
                    },
                    FlagConcern::Claim(c) => ConcernKey::Claim {
                        claim: s.offer.claims[c.ix()].key.clone(),
                    },
                    FlagConcern::Deadline(w) => ConcernKey::Deadline { weeks: *w },
                },
            },
            A::QueryPid(i) => ActionKey::QueryPid { item: item(i) },
            A::Rebaseline(p) => ActionKey::Rebaseline {
                promise: s.promises[p.ix()].key.clone(),
            },
            A::AcceptPid => ActionKey::AcceptPid,
            A::Retro(seat, answer) => ActionKey::Retro {
                seat: *seat,
                went_wrong: answer.went_wrong.clone(),
                needed: answer.needed.clone(),
            },
        }
    }

    /// The engine action a keyed action names; `Err` names the id the scenario does not have.
    /// Whether the action is legal now is [`Session::seat_refusal`]'s question.
    pub fn resolve_key(&self, key: &ActionKey) -> Result<super::Action, UnknownKey> {
        use super::Action as A;
        let s = &self.scenario;
        let item = |id: &str| {
            s.promise_by_key(id)
                .map(PidItem::Promise)
                .or_else(|| s.fact_by_key(id).map(PidItem::Fact))
                .ok_or_else(|| UnknownKey::new(KeyKind::PromiseOrFact, id))
        };
        let answer = |id: &str| {
            s.answer_by_key(id)
                .ok_or_else(|| UnknownKey::new(KeyKind::Answer, id))
        };
        let scope = |id: &str| {
            s.scope_by_key(id)
                .ok_or_else(|| UnknownKey::new(KeyKind::Scope, id))
        };
        Ok(match key {
            ActionKey::Invite { roles } => A::Invite(roles.clone()),
            ActionKey::Choose { answer: a } => A::Choose(answer(a)?),
            ActionKey::SetInPid { item: i, include } => A::SetInPid(item(i)?, *include),
            ActionKey::SubmitPid => A::SubmitPid,
            ActionKey::WalkAway => A::WalkAway,
            ActionKey::SetOvertime { on } => A::SetOvertime(*on),
            ActionKey::SetQualityShare { percent } => A::SetQualityShare(*percent),
            ActionKey::Hire { person } => A::Hire(
                s.person_by_key(person)
                    .ok_or_else(|| UnknownKey::new(KeyKind::Person, person))?,
            ),
            ActionKey::RequestDescope { scope: i } => A::RequestDescope(scope(i)?),
            ActionKey::RequestMoreTime { weeks } => A::RequestMoreTime(*weeks),
            ActionKey::ClientUpdate => A::ClientUpdate,
            ActionKey::InviteAccountManager => A::InviteAccountManager,
            ActionKey::EndWeek => A::EndWeek,
            ActionKey::Flag { answer: a, concern } => A::Flag(
                answer(a)?,
                match concern {
                    ConcernKey::Estimate { scope: i } => FlagConcern::Estimate(scope(i)?),
                    ConcernKey::Claim { claim } => FlagConcern::Claim(
                        s.offer
                            .claims
                            .iter()
                            .position(|c| &c.key == claim)
                            .map(|i| crate::scenario::model::ClaimId(i as u16))
                            .ok_or_else(|| UnknownKey::new(KeyKind::Claim, claim))?,
                    ),
                    ConcernKey::Deadline { weeks } => FlagConcern::Deadline(*weeks),
                },
            ),
            ActionKey::QueryPid { item: i } => A::QueryPid(item(i)?),
            ActionKey::Rebaseline { promise } => A::Rebaseline(
                s.promise_by_key(promise)
                    .ok_or_else(|| UnknownKey::new(KeyKind::Promise, promise))?,
            ),
            ActionKey::AcceptPid => A::AcceptPid,
            ActionKey::Retro {
                seat,
                went_wrong,
                needed,
            } => A::Retro(
                *seat,
                super::retro::RetroAnswer {
                    went_wrong: went_wrong.clone(),
                    needed: needed.clone(),
                },
            ),
        })
    }

    /// The delivery lead's re-baselining questions open now, each with what it would cost.
    fn rebaseline_costs(&self) -> Vec<RebaselineCostView> {
        let s = &self.scenario;
        self.legal_actions_as(Seat::DeliveryLead)
            .iter()
            .filter_map(|a| match a {
                super::Action::Rebaseline(p) => {
                    let (result, trust_cost, commission_share) = self.rebaseline_preview(*p)?;
                    Some(RebaselineCostView {
                        promise: s.promises[p.ix()].key.clone(),
                        repriced: match result {
                            super::roles::Rebaseline::Repriced(i) => {
                                Some(s.offer.scope[i.ix()].key.clone())
                            }
                            super::roles::Rebaseline::Removed => None,
                        },
                        trust_cost,
                        commission_share,
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// The texts of the beat under way, for a seat sitting in the meeting (`None` otherwise).
    fn scene(&self, seat: Seat) -> Option<SceneView> {
        let s = &self.scenario;
        let st = &self.state;
        let Phase::Beat(m, b) = st.phase else {
            return None;
        };
        if seat != Seat::Seller && st.sales.attending.is_empty() {
            return None;
        }
        let meeting = &s.meetings[m.ix()];
        let beat = &meeting.beats[b as usize];
        let attending = &st.sales.attending;
        Some(SceneView {
            meeting_name: meeting.name.clone(),
            setting: meeting.setting.clone(),
            speaker: s.stakeholders[beat.speaker.ix()].name.clone(),
            line: beat.line.clone(),
            answers: beat
                .answers
                .iter()
                .filter(|c| self.condition(&s.answers[c.ix()].requires))
                .map(|&c| {
                    let a = &s.answers[c.ix()];
                    AnswerText {
                        answer: a.key.clone(),
                        text: a.text.clone(),
                        advice: a
                            .advice
                            .clone()
                            .filter(|_| a.advice_by.is_some_and(|r| attending.contains(&r))),
                    }
                })
                .collect(),
            room: meeting
                .present
                .iter()
                .map(|k| {
                    let who = &s.stakeholders[k.ix()];
                    StakeholderView {
                        key: who.key.clone(),
                        name: who.name.clone(),
                        role: who.role.clone(),
                        mood: super::cues::Mood::from_trust(
                            st.sales.trust[k.ix()],
                            s.sales.walk_away_trust,
                        ),
                        readiness: self.deepest_paced_depth(*k),
                    }
                })
                .collect(),
        })
    }
}
