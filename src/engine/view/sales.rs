//! The meeting room as a viewer sees it ([`SalesPane`]): the sales track, the people in the room
//! with their mood and appetite for detail, who came from delivery, the client's patience, the
//! decision asked for (who to invite and what each choice costs, as the engine reports it on a
//! copy of the session; or the beat with its answers), the promises and facts this viewer knows.
//!
//! What a viewer may see is decided here: the seller (and a solo player) sat in every meeting;
//! the delivery lead only in those they attended, where they read the answers with their own
//! notes and may flag; the seller reads a note only once it is flagged. Depth labels follow the
//! level of support, the raw numbers coach mode.

use serde::{Deserialize, Serialize};

use super::keys::ActionKey;
use crate::engine::cues::Mood;
use crate::engine::roles::{FlagConcern, Seat};
use crate::engine::told::{ClaimNote, PromiseText};
use crate::engine::viewer::{ViewOptions, Viewer};
use crate::engine::{Action, Event, Phase, Session};
use crate::scenario::model::{AnswerId, FactId, MeetingId, PromiseKind, Role, StakeholderId};

/// Where a meeting stands on the sales track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stop {
    /// Held.
    Done,
    /// Now.
    Current,
    /// Did not happen.
    Skipped,
    /// Still to come.
    Ahead,
}

/// A person as a screen draws them: name, title and which portrait.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Face {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// The author's portrait file, if any.
    pub portrait: Option<String>,
    /// Their place among the client's people (picks a default portrait; never drawn).
    pub number: u16,
}

/// A stakeholder in the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonView {
    /// Who.
    pub face: Face,
    /// How they feel about the seller.
    pub mood: Mood,
    /// How deep an answer they take as well paced now, 1 to 5.
    pub appetite: u8,
    /// They are speaking now.
    pub speaking: bool,
    /// Coach mode: trust and readiness.
    pub numbers: Option<(f32, f32)>,
    /// The registers they do not follow (labels), when the level of support shows registers
    /// and the scenario has them.
    #[serde(default)]
    pub lost_on: Vec<String>,
    /// A colleague in the seller's company: what they sign off (empty for the client's people).
    #[serde(default)]
    pub approves: Vec<crate::scenario::model::Approval>,
}

/// One invitation on offer and its price, as the engine reports it on a copy of the session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InviteView {
    /// Who comes along.
    pub roles: Vec<Role>,
    /// Presales money their time costs.
    pub presales_cost: f32,
    /// Client patience it costs.
    pub patience: i32,
    /// The decision (none when this viewer may not take it).
    pub action: Option<ActionKey>,
}

/// What a note is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum NoteAbout {
    /// An estimate of a scope item (its name).
    Estimate(String),
    /// A claim (as said).
    Claim(String),
    /// A delivery date.
    Deadline,
}

/// A delivery lead's note on an answer, with its flag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteLine {
    /// What it is about.
    pub about: NoteAbout,
    /// What the answer says (days or weeks).
    pub said: f32,
    /// What the team knows (days or weeks).
    pub team: f32,
    /// The flag to raise, while this viewer may raise it.
    pub flag: Option<ActionKey>,
    /// Raised already.
    pub flagged: bool,
}

/// An answer on offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerView {
    /// The answer's id (never drawn).
    pub key: String,
    /// What is said.
    pub text: String,
    /// Depth of detail, when the level of support shows it.
    pub depth: Option<u8>,
    /// The register it is said in (the scenario's label), when the level of support shows it.
    #[serde(default)]
    pub register: Option<String>,
    /// Who says it, when not the seller.
    pub by: Option<Role>,
    /// Advice from the delivery person in the room who gives it, when the level shows it.
    pub advice: Option<String>,
    /// Coach mode: what it commits to.
    pub commits: Vec<PromiseText>,
    /// What the senior designer in the room says about its claims.
    pub warnings: Vec<ClaimNote>,
    /// The delivery lead's notes (their own, or the ones they flagged for the seller).
    pub notes: Vec<NoteLine>,
    /// The decision (none when this viewer may not give the answer).
    pub action: Option<ActionKey>,
}

/// The decision the room asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StageView {
    /// Before a meeting: who comes along.
    Invite(Vec<InviteView>),
    /// In a meeting.
    Beat {
        /// Who speaks.
        speaker: Face,
        /// What they say.
        line: String,
        /// The answers open now.
        answers: Vec<AnswerView>,
    },
    /// The seller is in a meeting this viewer does not attend.
    Elsewhere,
    /// The meetings are over.
    Done,
}

/// A promise in the ledger as this viewer knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerLine {
    /// The promise.
    pub promise: PromiseText,
    /// The meeting it was made in.
    pub meeting: String,
    /// The senior designer warned about this claim.
    pub warned: bool,
}

/// Everything the meeting room shows a viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SalesPane {
    /// The meetings, each with where it stands.
    pub track: Vec<(String, Stop)>,
    /// The meeting under way (or next): its name and setting.
    pub meeting: Option<(String, String)>,
    /// The client's people in it (only for a viewer in the room, or before it).
    pub room: Vec<PersonView>,
    /// Delivery people with the seller.
    pub with_you: Vec<Role>,
    /// The client's patience: left and at the start.
    pub patience: (i32, i32),
    /// The decision asked for.
    pub stage: StageView,
    /// The promises this viewer heard made.
    pub promises: Vec<LedgerLine>,
    /// Only the promises made with this viewer in the room (the delivery lead's).
    pub heard_only: bool,
    /// What this viewer knows about the client, and whether it is new since the last decision.
    pub known: Vec<(String, bool)>,
    /// Walk away from the deal (the seller, while it is open).
    pub walk_away: Option<ActionKey>,
    /// The meeting is inside the seller's company (only colleagues in the room).
    #[serde(default)]
    pub internal: bool,
}

impl Session {
    /// Where each fact became known during the meetings (none: not known, or not in a meeting).
    fn fact_meetings(&self) -> Vec<Option<MeetingId>> {
        let mut out = vec![None; self.scenario().facts.len()];
        let mut current = None;
        for e in self.log() {
            match e {
                Event::MeetingStarted { meeting, .. } => current = Some(*meeting),
                Event::FactNoticed { fact, .. } | Event::FactRevealed(fact)
                    if out[fact.ix()].is_none() =>
                {
                    out[fact.ix()] = current;
                }
                _ => {}
            }
        }
        out
    }

    /// The labels of the registers stakeholder `k` does not fully follow.
    fn lost_on(&self, k: StakeholderId) -> Vec<String> {
        let s = self.scenario();
        s.sales
            .registers
            .iter()
            .zip(&s.stakeholders[k.ix()].fluency)
            .filter(|(r, f)| !r.everyone && **f < 1.0)
            .map(|(r, _)| r.label.clone())
            .collect()
    }

    /// Whether `viewer` sat in meeting `m`.
    pub(crate) fn sat_in(&self, viewer: Viewer, m: MeetingId) -> bool {
        viewer.knows_seller_side() || !self.state.sales.attended[m.ix()].is_empty()
    }

    fn face(&self, k: StakeholderId) -> Face {
        let who = &self.scenario().stakeholders[k.ix()];
        Face {
            name: who.name.clone(),
            role: who.role.clone(),
            portrait: who.portrait.clone(),
            number: k.0,
        }
    }

    /// The meeting room as `viewer` sees it; `None` once the meetings are over and the deal
    /// decided (the document's and delivery's screens take over).
    pub fn sales_pane(&self, viewer: Viewer, opts: ViewOptions) -> Option<SalesPane> {
        let s = self.scenario();
        let st = &self.state;
        let m = match st.phase {
            Phase::Invite(m) | Phase::Beat(m, _) => m,
            _ => return None,
        };
        let in_room = match st.phase {
            Phase::Beat(m, _) => self.sat_in(viewer, m),
            _ => viewer.knows_seller_side(),
        };
        let seat = viewer.seat();
        let skipped = |i: usize| {
            self.log()
                .iter()
                .any(|e| matches!(e, Event::MeetingSkipped(x) if x.ix() == i))
        };
        let track = s
            .meetings
            .iter()
            .enumerate()
            .map(|(i, ms)| {
                let stop = if i == m.ix() {
                    Stop::Current
                } else if skipped(i) {
                    Stop::Skipped
                } else if i < m.ix() {
                    Stop::Done
                } else {
                    Stop::Ahead
                };
                (ms.name.clone(), stop)
            })
            .collect();
        let meeting = &s.meetings[m.ix()];
        let speaker = match st.phase {
            Phase::Beat(m, b) => Some(s.meetings[m.ix()].beats[b as usize].speaker),
            _ => None,
        };
        let walk = s.sales.walk_away_trust;
        let room = if in_room {
            meeting
                .present
                .iter()
                .map(|k| {
                    let (t, r) = (st.sales.trust[k.ix()], st.sales.readiness[k.ix()]);
                    PersonView {
                        face: self.face(*k),
                        mood: Mood::from_trust(t, walk),
                        appetite: self.deepest_paced_depth(*k),
                        speaking: speaker == Some(*k),
                        numbers: opts.coach.then_some((t, r)),
                        lost_on: if opts.support.shows_register() {
                            self.lost_on(*k)
                        } else {
                            Vec::new()
                        },
                        approves: s.stakeholders[k.ix()]
                            .colleague
                            .as_ref()
                            .map(|c| c.approves.clone())
                            .unwrap_or_default(),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let legal = self.legal_for(viewer);
        let offer = |a: &Action| legal.contains(a).then(|| self.action_key(a));
        let stage = match st.phase {
            Phase::Invite(_) if viewer.knows_seller_side() => StageView::Invite(
                self.legal_actions()
                    .iter()
                    .filter_map(|a| match a {
                        Action::Invite(roles) => Some(self.invite_view(roles, offer(a))),
                        _ => None,
                    })
                    .collect(),
            ),
            Phase::Beat(m, b) if in_room => {
                let beat = &s.meetings[m.ix()].beats[b as usize];
                StageView::Beat {
                    speaker: self.face(beat.speaker),
                    line: beat.line.clone(),
                    answers: beat
                        .answers
                        .iter()
                        .filter(|c| self.condition(&s.answers[c.ix()].requires))
                        .map(|&c| self.answer_view(viewer, opts, m, c, &legal))
                        .collect(),
                }
            }
            _ => StageView::Elsewhere,
        };
        let warned: Vec<_> = self.warned_claims();
        let promises = st
            .ledger
            .iter()
            .filter(|e| self.sat_in(viewer, e.meeting))
            .map(|e| {
                let p = &s.promises[e.promise.ix()];
                LedgerLine {
                    promise: PromiseText::of(s, e.promise),
                    meeting: s.meetings[e.meeting.ix()].name.clone(),
                    warned: matches!(p.kind, PromiseKind::Claim(c) if warned.contains(&c)),
                }
            })
            .collect();
        let fresh: Vec<FactId> = self
            .last_events()
            .iter()
            .filter_map(|e| match e {
                Event::FactNoticed { fact, .. } | Event::FactRevealed(fact) => Some(*fact),
                _ => None,
            })
            .collect();
        let where_known = self.fact_meetings();
        let known = s
            .facts
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                st.sales.known[*i]
                    && (viewer.knows_seller_side()
                        || where_known[*i].is_some_and(|m| self.sat_in(viewer, m)))
            })
            .map(|(i, f)| (f.text.clone(), fresh.contains(&FactId(i as u16))))
            .collect();
        Some(SalesPane {
            track,
            meeting: Some((meeting.name.clone(), meeting.setting.clone())),
            room,
            with_you: if in_room {
                st.sales.attending.clone()
            } else {
                Vec::new()
            },
            patience: (st.sales.patience, s.client.patience),
            stage,
            promises,
            heard_only: seat == Seat::DeliveryLead,
            known,
            walk_away: offer(&Action::WalkAway),
            internal: s.is_internal(m),
        })
    }

    fn invite_view(&self, roles: &[Role], action: Option<ActionKey>) -> InviteView {
        let mut probe = self.clone();
        let (mut presales_cost, mut patience) = (0.0, 0);
        if let Ok(events) = probe.apply(Action::Invite(roles.to_vec())) {
            for e in &events {
                match e {
                    Event::MeetingStarted {
                        presales_cost: c, ..
                    } => presales_cost += c,
                    Event::PatienceChanged { delta, .. } if *delta < 0 => patience += -delta,
                    Event::BeatPresented { .. } => break,
                    _ => {}
                }
            }
        }
        InviteView {
            roles: roles.to_vec(),
            presales_cost,
            patience,
            action,
        }
    }

    fn answer_view(
        &self,
        viewer: Viewer,
        opts: ViewOptions,
        m: MeetingId,
        c: AnswerId,
        legal: &[Action],
    ) -> AnswerView {
        let s = self.scenario();
        let a = &s.answers[c.ix()];
        let attending = &self.state.sales.attending;
        let lead = viewer == Viewer::Seat(Seat::DeliveryLead);
        let notes = if self.mode() == crate::engine::TableMode::TwoRoles {
            self.concerns(c)
                .into_iter()
                .filter_map(|concern| {
                    let flagged = self
                        .state
                        .roles
                        .flags
                        .iter()
                        .any(|f| f.meeting == m && f.answer == c && f.concern == concern);
                    (lead || flagged).then(|| {
                        let (said, team) = self.flag_numbers(c, concern);
                        let flag = Action::Flag(c, concern);
                        NoteLine {
                            about: match concern {
                                FlagConcern::Estimate(i) => {
                                    NoteAbout::Estimate(s.offer.scope[i.ix()].name.clone())
                                }
                                FlagConcern::Claim(k) => {
                                    NoteAbout::Claim(s.offer.claims[k.ix()].text.clone())
                                }
                                FlagConcern::Deadline(_) => NoteAbout::Deadline,
                            },
                            said,
                            team,
                            flag: legal.contains(&flag).then(|| self.action_key(&flag)),
                            flagged,
                        }
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let choose = Action::Choose(c);
        AnswerView {
            key: a.key.clone(),
            text: a.text.clone(),
            depth: opts.support.shows_depth().then_some(a.depth),
            register: a
                .register
                .filter(|_| opts.support.shows_register())
                .map(|r| s.sales.registers[r.ix()].label.clone()),
            by: (a.by != Role::Seller).then_some(a.by),
            advice: a.advice.clone().filter(|_| {
                opts.support
                    .shows_advice(a.advice_by.is_some_and(|r| attending.contains(&r)))
            }),
            commits: if opts.coach && viewer.knows_seller_side() {
                a.promises.iter().map(|p| PromiseText::of(s, *p)).collect()
            } else {
                Vec::new()
            },
            warnings: self
                .designer_warnings(c)
                .into_iter()
                .map(|k| ClaimNote::of(s, k))
                .collect(),
            notes,
            action: legal.contains(&choose).then(|| self.action_key(&choose)),
        }
    }
}
