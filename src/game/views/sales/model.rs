//! The sales screen's view model: everything [`super::sales_view`] draws, built from the session by
//! [`build_view`] (the room, the meeting track, the answers on offer from `legal_actions`, what
//! each invitation costs as the engine reports it on a copy of the session, the promises and facts).

use bevy_egui::egui::TextureId;

use crate::engine::support::CueChannels;
use crate::engine::{Action, Event, PaceVerdict, Phase, Seat, Session};
use crate::game::session::ActiveSession;
use crate::game::theme::cues::{self, Appetite, Mood, Tone};
use crate::game::views::short;
use crate::game::views::what_if::WhatIfView;
use crate::scenario::model::{FactId, MeetingId, PromiseKind, Role, Scenario, StakeholderId};
use crate::wording::capitalized;
use crate::wording::events::promise_what;
use crate::wording::sales as words;
use crate::wording::{claim_warning, describe_promise, role_name};

/// Whose portrait a view asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Stakeholder `i` of the scenario.
    Client(usize),
    /// A delivery person who can join the seller.
    Team(Role),
}

/// A person in the room.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomPerson {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Portrait.
    pub portrait: Option<TextureId>,
    /// How they feel (from trust).
    pub mood: Mood,
    /// How much detail they want (from readiness).
    pub appetite: Appetite,
    /// How the appetite shows at the session's level of support (dots, words, neither).
    pub cues: CueChannels,
    /// They are speaking now.
    pub speaking: bool,
    /// Coach mode: the numbers.
    pub coach: Option<String>,
}

/// Where a meeting stands on the track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Who comes to the meeting, and what it costs.
#[derive(Debug, Clone, PartialEq)]
pub struct InviteChoice {
    /// "Bring the project manager".
    pub label: String,
    /// "800 of presales time · 1 patience".
    pub cost: String,
    /// Portraits of who comes along.
    pub faces: Vec<Option<TextureId>>,
    /// The decision.
    pub action: Action,
}

/// An answer on offer.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferedAnswer {
    /// What is said.
    pub text: String,
    /// Depth of detail, 1 to 5, when the level of support shows it.
    pub depth: Option<u8>,
    /// Who says it, when not the seller.
    pub by: Option<String>,
    /// Advice from the delivery people in the room.
    pub advice: Option<String>,
    /// Coach mode: what it commits to.
    pub coach: Option<String>,
    /// What the senior designer in the room says about the claims this answer would make.
    pub warnings: Vec<String>,
    /// Two roles, the delivery lead in the room: their notes on this answer (from the delivery
    /// lead's role view), each with its flag.
    pub delivery: Vec<DeliveryNote>,
    /// The decision.
    pub action: Action,
}

/// A delivery lead's note on an answer (two roles, a meeting the delivery lead attends).
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryNote {
    /// The note in words ("Real-time sync is 40 days of work, not the 20 it is priced on").
    pub text: String,
    /// The flag button's label.
    pub button: &'static str,
    /// The flag to raise, while it can be raised.
    pub flag: Option<Action>,
    /// Raised already: "Flagged by Sam: ..." for the seller to read before answering.
    pub flagged: Option<String>,
}

/// What the middle of the screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Before a meeting: who comes along.
    Invite {
        /// The answers.
        offered: Vec<InviteChoice>,
    },
    /// In a meeting: answer the client.
    Beat {
        /// Who speaks.
        speaker: String,
        /// Their portrait.
        portrait: Option<TextureId>,
        /// What they say.
        line: String,
        /// The answers on offer.
        offered: Vec<OfferedAnswer>,
    },
    /// Nothing to decide here (the phase moved on).
    Done,
}

/// A line about what the last decision did.
#[derive(Debug, Clone, PartialEq)]
pub struct Reaction {
    /// In words.
    pub text: String,
    /// Its colour.
    pub tone: Tone,
}

/// A promise in the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct PromiseLine {
    /// What was promised.
    pub what: String,
    /// To whom, and in which meeting.
    pub to: String,
    /// The senior designer warned that this claim does not hold as said.
    pub warned: bool,
}

/// What the sales screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SalesView {
    /// Scenario title and client.
    pub subtitle: String,
    /// The meeting's stage name.
    pub meeting: String,
    /// Where and why it happens.
    pub setting: String,
    /// The meeting track.
    pub track: Vec<(String, Stop)>,
    /// The client's people in this meeting.
    pub room: Vec<RoomPerson>,
    /// Delivery people with the seller ("project manager").
    pub with_you: Vec<String>,
    /// Patience in words, its tone, the share left, and the numbers in coach mode.
    pub patience: (&'static str, Tone, f32, Option<String>),
    /// The decision asked for.
    pub stage: Stage,
    /// What the last decision did.
    pub reactions: Vec<Reaction>,
    /// Promises made so far.
    pub promises: Vec<PromiseLine>,
    /// What the seller knows about the client, and whether it is new since the last decision.
    pub known: Vec<(String, bool)>,
    /// The highlighted answer.
    pub highlight: Option<usize>,
    /// What-if: the button, the reason there is none, or what each decision would do (set by
    /// the screen from the run mode and the engine's previews).
    pub what_if: WhatIfView,
    /// Two roles with the delivery lead at the screen: why the promises shown are only those
    /// made with delivery in the room.
    pub promises_note: Option<String>,
}

impl SalesView {
    /// The answers on offer in the beat under way (none before a meeting).
    pub fn stage_answers(&self) -> impl Iterator<Item = &OfferedAnswer> {
        match &self.stage {
            Stage::Beat { offered, .. } => offered.iter(),
            _ => [].iter(),
        }
    }

    /// The decisions on offer, in key order.
    pub fn actions(&self) -> Vec<Action> {
        match &self.stage {
            Stage::Invite { offered } => offered.iter().map(|o| o.action.clone()).collect(),
            Stage::Beat { offered, .. } => offered.iter().map(|o| o.action.clone()).collect(),
            Stage::Done => Vec::new(),
        }
    }
}

fn current_meeting(phase: Phase) -> Option<MeetingId> {
    match phase {
        Phase::Invite(m) | Phase::Beat(m, _) => Some(m),
        _ => None,
    }
}

/// The reactions to a list of events, in short words.
pub fn reactions(s: &Scenario, events: &[Event], coach: bool) -> Vec<Reaction> {
    let name = |k: StakeholderId| s.stakeholders[k.ix()].name.clone();
    let mut out = Vec::new();
    for e in events {
        let r = match e {
            Event::MeetingSkipped(m) => Some((
                words::meeting_skipped(&s.meetings[m.ix()].name),
                Tone::Neutral,
            )),
            Event::FactNoticed { fact, by } => Some((
                words::noticed(*by, &short(&s.facts[fact.ix()].text, 80)),
                Tone::Info,
            )),
            Event::FactRevealed(f) => Some((
                words::learned(&short(&s.facts[f.ix()].text, 80)),
                Tone::Info,
            )),
            Event::Paced {
                stakeholder,
                verdict,
                ..
            } => Some(match verdict {
                PaceVerdict::Matched => (words::was_with_you(&name(*stakeholder)), Tone::Good),
                PaceVerdict::TooDeep => (words::too_detailed(&name(*stakeholder)), Tone::Warn),
                PaceVerdict::TooShallow => (words::wanted_more(&name(*stakeholder)), Tone::Warn),
            }),
            Event::TrustChanged {
                stakeholder, delta, ..
            } if coach => Some((
                words::trust_changed(&name(*stakeholder), *delta),
                if *delta >= 0.0 { Tone::Good } else { Tone::Bad },
            )),
            Event::ReadinessChanged {
                stakeholder,
                readiness,
            } if coach => Some((
                words::readiness_now(&name(*stakeholder), *readiness),
                Tone::Neutral,
            )),
            Event::PatienceChanged { delta, left } if coach => {
                Some((words::patience_changed(*delta, *left), Tone::Neutral))
            }
            Event::PromiseMade(p) => Some((words::promised(&promise_what(s, *p)), Tone::Info)),
            Event::ClaimWarned(c) => Some((capitalized(&claim_warning(s, *c)), Tone::Bad)),
            Event::ClientWalkedAway { stakeholder } => Some((
                words::walked_away(stakeholder.map(name).as_deref()),
                Tone::Bad,
            )),
            Event::DealDecided { signed, price, .. } => Some((
                words::decided(*signed, *price),
                if *signed { Tone::Good } else { Tone::Bad },
            )),
            _ => None,
        };
        if let Some((text, tone)) = r {
            out.push(Reaction { text, tone });
        }
    }
    out
}

/// Builds the sales view; `portrait` gives the texture for a face.
pub fn build_view(
    active: &ActiveSession,
    coach: bool,
    highlight: Option<usize>,
    mut portrait: impl FnMut(Face) -> Option<TextureId>,
) -> SalesView {
    let session: &Session = &active.session;
    let s = session.scenario();
    let state = session.state();
    let sales = &state.sales;
    let phase = session.phase();
    let m = current_meeting(phase);
    let log = session.log();
    let skipped = |i: usize| {
        log.iter()
            .any(|e| matches!(e, Event::MeetingSkipped(x) if x.ix() == i))
    };
    let track = s
        .meetings
        .iter()
        .enumerate()
        .map(|(i, ms)| {
            let stop = match m {
                Some(cur) if cur.ix() == i => Stop::Current,
                _ if skipped(i) => Stop::Skipped,
                Some(cur) if i < cur.ix() => Stop::Done,
                None => Stop::Done,
                _ => Stop::Ahead,
            };
            (ms.name.clone(), stop)
        })
        .collect();
    let meeting = m.map(|m| &s.meetings[m.ix()]);
    let speaker = match phase {
        Phase::Beat(m, b) => Some(s.meetings[m.ix()].beats[b as usize].speaker),
        _ => None,
    };
    let walk = s.sales.walk_away_trust;
    let support = session.support();
    let room = meeting
        .map(|ms| {
            ms.present
                .iter()
                .map(|k| {
                    let st = &s.stakeholders[k.ix()];
                    let (t, r) = (sales.trust[k.ix()], sales.readiness[k.ix()]);
                    RoomPerson {
                        name: st.name.clone(),
                        role: st.role.clone(),
                        portrait: portrait(Face::Client(k.ix())),
                        mood: Mood::from_trust(t, walk),
                        appetite: Appetite::from_depth(session.deepest_paced_depth(*k)),
                        cues: support.cue_channels(),
                        speaking: speaker == Some(*k),
                        coach: coach.then(|| words::coach_numbers(t, r)),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let start = s.client.patience;
    let (words, tone) = cues::patience_words(sales.patience, start);
    let patience = (
        words,
        tone,
        if start > 0 {
            sales.patience as f32 / start as f32
        } else {
            0.0
        },
        coach.then(|| words::patience_numbers(sales.patience, start)),
    );
    let legal = session.legal_actions();
    // Two roles: the delivery lead's view, when they sit in this meeting (both at the screen).
    let two = active.table.two_roles();
    let lead_view = two
        .then(|| session.view(Seat::DeliveryLead))
        .filter(|v| v.beat.is_some());
    let lead = active.table.names.of(Seat::DeliveryLead);
    let stage = match phase {
        Phase::Invite(_) => Stage::Invite {
            offered: legal
                .iter()
                .filter_map(|a| match a {
                    Action::Invite(roles) => {
                        let faces = roles.iter().map(|r| portrait(Face::Team(*r))).collect();
                        Some(invite_choice(session, roles, a, faces))
                    }
                    _ => None,
                })
                .collect(),
        },
        Phase::Beat(m, b) => {
            let beat = &s.meetings[m.ix()].beats[b as usize];
            Stage::Beat {
                speaker: s.stakeholders[beat.speaker.ix()].name.clone(),
                portrait: portrait(Face::Client(beat.speaker.ix())),
                line: beat.line.clone(),
                offered: legal
                    .iter()
                    .filter_map(|a| match a {
                        Action::Choose(c) => {
                            let ch = &s.answers[c.ix()];
                            Some(OfferedAnswer {
                                text: ch.text.clone(),
                                depth: support.shows_depth().then_some(ch.depth),
                                by: (ch.by != Role::Seller).then(|| words::said_by(ch.by)),
                                advice: ch.advice.clone().filter(|_| {
                                    support.shows_advice(
                                        ch.advice_by.is_some_and(|r| sales.attending.contains(&r)),
                                    )
                                }),
                                coach: (coach && !ch.promises.is_empty()).then(|| {
                                    let p: Vec<String> = ch
                                        .promises
                                        .iter()
                                        .map(|p| describe_promise(s, *p))
                                        .collect();
                                    words::promises_made_by_answer(&p)
                                }),
                                warnings: session
                                    .designer_warnings(*c)
                                    .into_iter()
                                    .map(|claim| capitalized(&claim_warning(s, claim)))
                                    .collect(),
                                delivery: delivery_notes(session, &lead_view, &lead, *c, &legal),
                                action: a.clone(),
                            })
                        }
                        _ => None,
                    })
                    .collect(),
            }
        }
        _ => Stage::Done,
    };
    let warned: Vec<_> = log
        .iter()
        .filter_map(|e| match e {
            Event::ClaimWarned(c) => Some(*c),
            _ => None,
        })
        .collect();
    // With the delivery lead at the screen, only what they heard themselves (their view).
    let heard: Option<Vec<String>> = lead_view
        .as_ref()
        .map(|v| v.meetings.iter().flat_map(|m| m.promises.clone()).collect());
    let promises = state
        .ledger
        .iter()
        .filter(|l| {
            heard
                .as_ref()
                .is_none_or(|h| h.contains(&s.promises[l.promise.ix()].key))
        })
        .map(|l| {
            let p = &s.promises[l.promise.ix()];
            PromiseLine {
                what: promise_what(s, l.promise),
                to: words::promise_to(
                    &s.stakeholders[p.to.ix()].name,
                    &s.meetings[l.meeting.ix()].name,
                ),
                warned: matches!(p.kind, PromiseKind::Claim(c) if warned.contains(&c)),
            }
        })
        .collect();
    let fresh: Vec<FactId> = active
        .last_events
        .iter()
        .filter_map(|e| match e {
            Event::FactNoticed { fact, .. } | Event::FactRevealed(fact) => Some(*fact),
            _ => None,
        })
        .collect();
    let known = s
        .facts
        .iter()
        .enumerate()
        .filter(|(i, _)| sales.known[*i])
        .map(|(i, f)| (f.text.clone(), fresh.contains(&FactId(i as u16))))
        .collect();
    SalesView {
        subtitle: words::subtitle(&s.title, &s.client.name),
        meeting: meeting.map_or_else(|| words::MEETINGS_OVER.to_owned(), |ms| ms.name.clone()),
        setting: meeting.map(|ms| ms.setting.clone()).unwrap_or_default(),
        track,
        room,
        with_you: sales
            .attending
            .iter()
            .map(|r| role_name(*r).to_owned())
            .collect(),
        patience,
        stage,
        reactions: reactions(s, &active.last_events, coach),
        promises,
        known,
        highlight,
        what_if: WhatIfView::default(),
        promises_note: heard.map(|_| crate::wording::table::promises_heard_only(&lead)),
    }
}

/// The delivery lead's notes on answer `c`, from their role view, with the flags open now.
fn delivery_notes(
    session: &Session,
    lead_view: &Option<crate::engine::RoleView>,
    lead: &str,
    c: crate::scenario::model::AnswerId,
    legal: &[Action],
) -> Vec<DeliveryNote> {
    let s = session.scenario();
    let Some(beat) = lead_view.as_ref().and_then(|v| v.beat.as_ref()) else {
        return Vec::new();
    };
    let key = &s.answers[c.ix()].key;
    let Some(option) = beat.answers.iter().find(|o| &o.answer == key) else {
        return Vec::new();
    };
    let flags = lead_view
        .as_ref()
        .map(|v| v.flags.as_slice())
        .unwrap_or(&[]);
    option
        .notes
        .iter()
        .map(|n| {
            let text = crate::wording::table::note(s, n.concern, n.said, n.team);
            let flag = Action::Flag(c, n.concern);
            let raised = flags.iter().any(|f| {
                &f.answer == key && f.note.concern == n.concern && f.note.meeting == n.meeting
            });
            DeliveryNote {
                flagged: raised.then(|| crate::wording::table::flagged(lead, &text)),
                button: crate::wording::table::flag_button(n.concern),
                flag: legal.contains(&flag).then_some(flag),
                text,
            }
        })
        .collect()
}

/// An invitation and its price, as the engine reports it on a copy of the session.
fn invite_choice(
    session: &Session,
    roles: &[Role],
    action: &Action,
    faces: Vec<Option<TextureId>>,
) -> InviteChoice {
    let label = words::invite_label(roles);
    let mut probe = session.clone();
    let (mut money_cost, mut patience) = (0.0, 0);
    if let Ok(events) = probe.apply(action.clone()) {
        for e in &events {
            match e {
                Event::MeetingStarted { presales_cost, .. } => money_cost += presales_cost,
                Event::PatienceChanged { delta, .. } if *delta < 0 => patience += -delta,
                Event::BeatPresented { .. } => break,
                _ => {}
            }
        }
    }
    let cost = words::invite_cost(money_cost, patience);
    InviteChoice {
        label,
        cost,
        faces,
        action: action.clone(),
    }
}
