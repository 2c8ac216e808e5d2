//! Views: [`Session::view`] gives each [`Viewer`] (a solo player, a seat, an observer) only what
//! it knows, at its level of support and with coach mode on or off, as plain serialisable data:
//! the scenario's own words for everything a screen draws, and its ids (keys) for what a device
//! sends back. Every screen of the game, a workshop seat and the reports draw these; none filters
//! the state itself, and none reads it (the state is the engine's own).
//!
//! Each screen has its pane: [`sales::SalesPane`] (the meeting room), [`document::DocumentPane`]
//! (the handoff and the review), [`board::BoardPane`] (delivery); [`super::told::Told`] is an event in
//! the scenario's words.
//!
//! What each seat knows (see `docs/roles.md`):
//! - the seller sat in every meeting, wrote the ledger and the document, and knows the deal and
//!   the commission; they see the delivery people's notes and flags only in meetings delivery
//!   attended (both sat at the screen);
//! - the delivery lead knows the meetings they attended (and what was promised there), the
//!   document once it is handed over, the review, delivery, and what surfaced in it; never the
//!   ledger, a promise made without them that the document leaves out, or the commission.

use serde::{Deserialize, Serialize};

pub mod board;
pub mod briefing;
pub mod document;
mod keys;
pub mod plan;
pub mod sales;

pub use keys::{ActionKey, ConcernKey, KeyKind, UnknownKey};

use super::told::{self, Told};
use super::viewer::{ViewOptions, Viewer};

use super::roles::{FlagConcern, ReviewStep, Seat, TableMode};
use super::{Phase, PidItem, Session};
use crate::scenario::model::{AnswerId, MeetingId, Role};

/// What one seat sees now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleView {
    /// Who reads it.
    pub viewer: Viewer,
    /// The seat whose knowledge it holds (the seller's for a solo player).
    pub seat: Seat,
    /// The level of support and coach mode it was built for.
    pub options: ViewOptions,
    /// The scenario's title.
    pub title: String,
    /// The client's name.
    pub client: String,
    /// How the table is played.
    pub mode: TableMode,
    /// Where the session stands (meetings and beats by their ids).
    pub phase: PhaseView,
    /// Whether this seat may act now.
    pub your_turn: bool,
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
    /// What the last decision did, as this viewer was told it.
    #[serde(default)]
    pub happened: Vec<Told>,
    /// The meeting room (during sales).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales: Option<sales::SalesPane>,
    /// The campaign plan (with `sales.campaign`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<plan::PlanPane>,
    /// The document (the handoff and the review).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<document::DocumentPane>,
    /// The delivery board (delivery, and once over when there was delivery).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<board::BoardPane>,
    /// The briefing (public before the first meeting; a workshop seat reads it from here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub briefing: Option<briefing::BriefingPane>,
    /// The debrief as this viewer may read it, once the session is over (with each promise's
    /// replay without it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debrief: Option<Box<super::debrief::DebriefModel>>,
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
    /// The seller plans the campaign.
    Plan,
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
            Phase::Plan => PhaseView::Plan,
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

    /// What `viewer` may do now (an observer and the facilitator: nothing).
    pub(crate) fn legal_for(&self, viewer: Viewer) -> Vec<super::Action> {
        match viewer {
            Viewer::Solo => self.legal_actions(),
            Viewer::Seat(seat) => self.legal_actions_as(seat),
            Viewer::Observer | Viewer::Facilitator => Vec::new(),
        }
    }

    /// The claims the senior designer warned about so far.
    pub(crate) fn warned_claims(&self) -> Vec<crate::scenario::model::ClaimId> {
        self.log()
            .iter()
            .filter_map(|e| match e {
                super::Event::ClaimWarned(c) => Some(*c),
                _ => None,
            })
            .collect()
    }

    /// The name of the meeting under way (or next), during sales.
    pub fn meeting_name(&self) -> Option<String> {
        match self.state.phase {
            Phase::Invite(m) | Phase::Beat(m, _) => {
                Some(self.scenario.meetings[m.ix()].name.clone())
            }
            _ => None,
        }
    }

    /// What `seat` knows now, at the session's level of support, without coach mode.
    pub fn seat_view(&self, seat: Seat) -> RoleView {
        self.view(Viewer::Seat(seat), self.options())
    }

    /// The session's level of support, without coach mode.
    pub fn options(&self) -> ViewOptions {
        ViewOptions {
            support: self.support(),
            coach: false,
            ledger_revealed: false,
        }
    }

    /// What `viewer` knows now, drawn at `opts`: see the module documentation.
    pub fn view(&self, viewer: Viewer, opts: ViewOptions) -> RoleView {
        let s = &self.scenario;
        let st = &self.state;
        let seat = viewer.seat();
        let seller = viewer.knows_seller_side();
        let key_m = |m: MeetingId| s.meetings[m.ix()].key.clone();
        let sat_in = |m: MeetingId| self.sat_in(viewer, m);
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
                note: self.note(f.meeting, f.concern, (f.said, f.team)),
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
        let your_turn = match viewer {
            Viewer::Solo => !self.to_act().is_empty(),
            Viewer::Seat(seat) => self.to_act().contains(&seat),
            Viewer::Observer | Viewer::Facilitator => false,
        };
        RoleView {
            viewer,
            seat,
            options: opts,
            title: s.title.clone(),
            client: s.client.name.clone(),
            mode: self.mode,
            phase,
            your_turn,
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
            rebaseline_costs: if viewer == Viewer::Seat(Seat::DeliveryLead) {
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
                .legal_for(viewer)
                .iter()
                .map(|a| self.action_key(a))
                .collect(),
            happened: self.happened(viewer, opts),
            sales: self.sales_pane(viewer, opts),
            plan: self.plan_pane(viewer),
            document: self.document_pane(viewer),
            board: self.board_pane(viewer, opts),
            briefing: Some(briefing::BriefingPane::of(&self.scenario, opts)),
            debrief: self
                .debrief_model(viewer, opts, opts.ledger_revealed, true)
                .map(Box::new),
            retro_open: self.mode == TableMode::TwoRoles
                && st.phase == Phase::Over
                && matches!(viewer, Viewer::Seat(_)),
            retro: st.retro.of(seat).cloned(),
        }
    }

    /// What delivery in the room sees in answer `c` of meeting `m` (empty when nobody attends).
    fn notes(&self, m: MeetingId, c: AnswerId) -> Vec<NoteView> {
        self.concerns(c)
            .into_iter()
            .map(|concern| self.note(m, concern, self.flag_numbers(c, concern)))
            .collect()
    }

    /// A note on a concern, with its numbers (a flag's as recorded when raised).
    fn note(&self, m: MeetingId, concern: FlagConcern, (said, team): (f32, f32)) -> NoteView {
        let s = &self.scenario;
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

impl Session {
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

    /// The seller's ledger in the scenario's words, in the order the promises were made (what a
    /// facilitator may reveal to the delivery leads once a table is over).
    pub fn ledger_told(&self) -> Vec<told::PromiseText> {
        self.state
            .ledger
            .iter()
            .map(|e| told::PromiseText::of(&self.scenario, e.promise))
            .collect()
    }

    /// What the last decision did, as `viewer` is told it: events of a meeting only for a viewer
    /// who sat in it, a deal's price only for the seller's side, the raw numbers behind the room's
    /// cues (trust, readiness, patience in a meeting) only in coach mode.
    fn happened(&self, viewer: Viewer, opts: ViewOptions) -> Vec<Told> {
        let s = &self.scenario;
        let from = self.log().len() - self.last_events().len();
        let mut meeting = self.log()[..from].iter().rev().find_map(|e| match e {
            super::Event::MeetingStarted { meeting, .. } => Some(*meeting),
            super::Event::HandedOff { .. } | super::Event::PidSubmitted => None,
            _ => None,
        });
        let mut out = Vec::new();
        for e in self.last_events() {
            match e {
                super::Event::MeetingStarted { meeting: m, .. } => meeting = Some(*m),
                super::Event::DealDecided { .. } => {}
                super::Event::HandedOff { .. } | super::Event::PidSubmitted => meeting = None,
                _ => {}
            }
            if meeting.is_some_and(|m| !self.sat_in(viewer, m)) {
                continue;
            }
            if !opts.coach && coach_only(e) {
                continue;
            }
            if let Some(mut t) = Told::of(s, e) {
                if let Told::DealDecided { price, .. } = &mut t
                    && !viewer.knows_seller_side()
                {
                    *price = None;
                }
                out.push(t);
            }
        }
        out
    }
}

/// Whether an event shows only the numbers behind a meeting's cues (coach mode's).
pub(crate) fn coach_only(e: &super::Event) -> bool {
    matches!(
        e,
        super::Event::TrustChanged { cause: None, .. }
            | super::Event::ReadinessChanged { .. }
            | super::Event::PatienceChanged { .. }
    )
}
