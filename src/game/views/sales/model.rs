//! The sales screen's view model: everything [`super::sales_view`] draws, built by [`build_view`]
//! from the views of the seats at the screen (the engine's [`SalesPane`]: the room, the meeting
//! track, the answers on offer, what each invitation costs as the engine reports it, the promises
//! and facts the viewer knows) and the wording module. The local game and a workshop seat build it
//! the same way from the same views.

use bevy_egui::egui::TextureId;

use crate::engine::support::CueChannels;
use crate::engine::told::Told;
use crate::engine::view::RoleView;
use crate::engine::view::sales::{self as pane, NoteLine, SalesPane, StageView};
use crate::engine::{Heard, PaceVerdict, Seat};
use crate::game::intent::Decision;
use crate::game::theme::cues::{self, Appetite, Mood, Tone};
use crate::game::views::short;
use crate::game::views::what_if::WhatIfView;
use crate::scenario::model::Role;
use crate::wording::events::{claim_note, promise_title, promise_with_whom};
use crate::wording::sales as words;
use crate::wording::{capitalized, role_name};

pub use crate::engine::view::sales::Stop;

/// Whose portrait a view asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face<'a> {
    /// One of the client's people.
    Client(&'a pane::Face),
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
    /// "Does not follow: IT jargon" at Guided support, when the scenario has registers.
    pub lost_on: Option<String>,
    /// A colleague: "Signs off a discount".
    pub approves: Option<String>,
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
    /// The decision (none when this screen's seat may not take it).
    pub action: Option<Decision>,
}

/// An answer on offer.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferedAnswer {
    /// What is said.
    pub text: String,
    /// Depth of detail, 1 to 5, when the level of support shows it.
    pub depth: Option<u8>,
    /// The register's label, when the level of support shows it.
    pub register: Option<String>,
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
    /// The decision (none for a seat that listens: the delivery lead in the room).
    pub action: Option<Decision>,
}

/// A delivery lead's note on an answer (two roles, a meeting the delivery lead attends).
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryNote {
    /// The note in words ("Real-time sync is 40 days of work, not the 20 it is priced on").
    pub text: String,
    /// The flag button's label.
    pub button: String,
    /// The flag to raise, while it can be raised.
    pub flag: Option<Decision>,
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
    /// The seller is in a meeting this seat does not attend.
    Elsewhere,
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
    pub patience: (String, Tone, f32, Option<String>),
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
    /// Walk away from the deal, while the seller may.
    pub walk_away: Option<Decision>,
}

impl SalesView {
    /// The answers on offer in the beat under way (none before a meeting).
    pub fn stage_answers(&self) -> impl Iterator<Item = &OfferedAnswer> {
        match &self.stage {
            Stage::Beat { offered, .. } => offered.iter(),
            _ => [].iter(),
        }
    }

    /// The decisions on offer, in key order (none where this seat only listens).
    pub fn actions(&self) -> Vec<Option<Decision>> {
        match &self.stage {
            Stage::Invite { offered } => offered.iter().map(|o| o.action.clone()).collect(),
            Stage::Beat { offered, .. } => offered.iter().map(|o| o.action.clone()).collect(),
            Stage::Elsewhere | Stage::Done => Vec::new(),
        }
    }
}

/// The reactions to what the last decision did, in short words (coach mode's numbers come only
/// when the view carries them); `seller` reads them as the one who spoke.
pub fn reactions(told: &[Told], seller: bool) -> Vec<Reaction> {
    let mut out = Vec::new();
    for t in told {
        let r = match t {
            Told::MeetingSkipped { meeting } => {
                Some((words::meeting_skipped(meeting), Tone::Neutral))
            }
            Told::FactNoticed { text, by } => {
                Some((words::noticed(*by, &short(text, 80)), Tone::Info))
            }
            Told::FactRevealed { text } => Some((words::learned(&short(text, 80)), Tone::Info)),
            Told::Paced { who, verdict } => Some(match verdict {
                PaceVerdict::Matched => (words::was_with_you(who), Tone::Good),
                PaceVerdict::TooDeep => (words::too_detailed(who), Tone::Warn),
                PaceVerdict::TooShallow => (words::wanted_more(who), Tone::Warn),
            }),
            Told::Heard {
                who,
                register,
                heard: Heard::Lost,
            } => Some((words::lost_thread(who, register), Tone::Warn)),
            Told::Heard {
                who,
                register,
                heard: Heard::Rescued(by),
            } => Some((words::rescued(who, register, *by), Tone::Good)),
            Told::MeetingSlipped { meeting, days } => {
                Some((crate::wording::plan::slipped(meeting, *days), Tone::Warn))
            }
            Told::Agreement {
                who,
                approves,
                agreed,
            } => Some((
                words::agreement(who, approves, *agreed),
                if *agreed { Tone::Good } else { Tone::Warn },
            )),
            Told::TrustChanged {
                who,
                delta,
                cause: None,
            } => Some((
                words::trust_changed(who, *delta),
                if *delta >= 0.0 { Tone::Good } else { Tone::Bad },
            )),
            Told::ReadinessChanged { who, readiness } => {
                Some((words::readiness_now(who, *readiness), Tone::Neutral))
            }
            Told::PatienceChanged { delta, left } => {
                Some((words::patience_changed(*delta, *left), Tone::Neutral))
            }
            Told::PromiseMade(p) if seller => {
                Some((words::promised(&promise_title(p)), Tone::Info))
            }
            Told::PromiseMade(p) => Some((words::seller_promised(&promise_title(p)), Tone::Info)),
            Told::ClaimWarned(c) => Some((capitalized(&claim_note(c)), Tone::Bad)),
            Told::ClientWalkedAway { who } => Some((words::walked_away(who.as_deref()), Tone::Bad)),
            Told::DealDecided { signed, price } => Some((
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

/// The view of `seat` among the views at the screen.
fn of(views: &[RoleView], seat: Seat) -> Option<&RoleView> {
    views.iter().find(|v| v.seat == seat)
}

/// Builds the sales view from the views of the seats at the screen (one, or both in a meeting
/// the delivery lead attends at a hot seat: the seller's room with the lead's notes);
/// `names` are the players' names (seller, delivery lead); `portrait` gives a face's texture.
pub fn build_view(
    views: &[RoleView],
    names: &[String; 2],
    highlight: Option<usize>,
    mut portrait: impl FnMut(Face<'_>) -> Option<TextureId>,
) -> Option<SalesView> {
    let first = views.first()?;
    let lead_view = of(views, Seat::DeliveryLead).filter(|v| {
        v.sales
            .as_ref()
            .is_some_and(|p| matches!(p.stage, StageView::Beat { .. }))
    });
    let main = of(views, Seat::Seller)
        .filter(|v| v.sales.is_some())
        .or(lead_view)
        .unwrap_or(first);
    let p: &SalesPane = main.sales.as_ref()?;
    let coach = main.options.coach;
    let cues = main.options.support.cue_channels();
    let lead_name = &names[1];
    let room = p
        .room
        .iter()
        .map(|k| RoomPerson {
            name: k.face.name.clone(),
            role: k.face.role.clone(),
            portrait: portrait(Face::Client(&k.face)),
            mood: k.mood,
            appetite: Appetite::from_depth(k.appetite),
            cues,
            speaking: k.speaking,
            coach: k.numbers.map(|(t, r)| words::coach_numbers(t, r)),
            lost_on: (!k.lost_on.is_empty()).then(|| words::lost_on(&k.lost_on)),
            approves: (!k.approves.is_empty()).then(|| words::signs_off(&k.approves)),
        })
        .collect();
    let (left, start) = p.patience;
    let (pat_words, pat_tone) = cues::patience_words(left, start);
    let patience = (
        pat_words,
        pat_tone,
        if start > 0 {
            left as f32 / start as f32
        } else {
            0.0
        },
        coach.then(|| words::patience_numbers(left, start)),
    );
    let decide = |seat: Seat, key: &Option<crate::engine::view::ActionKey>| {
        key.clone().map(|k| Decision::new(seat, k))
    };
    let stage = match &p.stage {
        StageView::Invite(offered) => Stage::Invite {
            offered: offered
                .iter()
                .map(|o| InviteChoice {
                    label: words::invite_label(&o.roles),
                    cost: words::invite_cost(o.presales_cost, o.patience),
                    faces: o.roles.iter().map(|r| portrait(Face::Team(*r))).collect(),
                    action: decide(main.seat, &o.action),
                })
                .collect(),
        },
        StageView::Beat {
            speaker,
            line,
            answers,
        } => Stage::Beat {
            speaker: speaker.name.clone(),
            portrait: portrait(Face::Client(speaker)),
            line: line.clone(),
            offered: answers
                .iter()
                .map(|a| {
                    // The delivery lead's own notes, when they sit at this screen too.
                    let lead_notes = lead_view
                        .filter(|l| l.seat != main.seat)
                        .and_then(|l| l.sales.as_ref())
                        .and_then(|lp| match &lp.stage {
                            StageView::Beat { answers, .. } => {
                                answers.iter().find(|x| x.key == a.key)
                            }
                            _ => None,
                        });
                    let (notes, note_seat) = match lead_notes {
                        Some(l) => (&l.notes, Seat::DeliveryLead),
                        None => (&a.notes, main.seat),
                    };
                    OfferedAnswer {
                        text: a.text.clone(),
                        depth: a.depth,
                        register: a.register.clone(),
                        by: a.by.map(words::said_by),
                        advice: a.advice.clone(),
                        coach: (!a.commits.is_empty()).then(|| {
                            let p: Vec<String> = a.commits.iter().map(promise_with_whom).collect();
                            words::promises_made_by_answer(&p)
                        }),
                        warnings: a
                            .warnings
                            .iter()
                            .map(|c| capitalized(&claim_note(c)))
                            .collect(),
                        delivery: notes
                            .iter()
                            .map(|n| delivery_note(n, note_seat, lead_name))
                            .collect(),
                        action: decide(main.seat, &a.action),
                    }
                })
                .collect(),
        },
        StageView::Elsewhere => Stage::Elsewhere,
        StageView::Done => Stage::Done,
    };
    // With the delivery lead at the screen, only what they heard themselves (their view).
    let heard = lead_view.and_then(|l| l.sales.as_ref()).unwrap_or(p);
    let promises = heard
        .promises
        .iter()
        .map(|l| PromiseLine {
            what: promise_title(&l.promise),
            to: words::promise_to(&l.promise.to, &l.meeting),
            warned: l.warned,
        })
        .collect();
    let (meeting, mut setting) = p
        .meeting
        .clone()
        .unwrap_or_else(|| (words::meetings_over(), String::new()));
    if p.internal {
        setting = words::internal_setting(&setting);
    }
    Some(SalesView {
        subtitle: words::subtitle(&main.title, &main.client),
        meeting,
        setting,
        track: p.track.clone(),
        room,
        with_you: p
            .with_you
            .iter()
            .map(|r| role_name(*r).to_owned())
            .collect(),
        patience,
        stage,
        reactions: reactions(&main.happened, main.viewer.knows_seller_side()),
        promises,
        known: p.known.clone(),
        highlight,
        what_if: WhatIfView::default(),
        promises_note: heard
            .heard_only
            .then(|| crate::wording::table::promises_heard_only(lead_name)),
        walk_away: decide(main.seat, &p.walk_away),
    })
}

/// A delivery lead's note on an answer: the lead's own (with its flag) or, for the seller, a
/// flag raised.
fn delivery_note(n: &NoteLine, seat: Seat, lead: &str) -> DeliveryNote {
    let text = crate::wording::table::note(&n.about, n.said, n.team);
    DeliveryNote {
        flagged: n
            .flagged
            .then(|| crate::wording::table::flagged(lead, &text)),
        button: crate::wording::table::flag_button(&n.about),
        flag: n.flag.clone().map(|k| Decision::new(seat, k)),
        text,
    }
}
