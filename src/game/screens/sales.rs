//! The sales meetings: who comes along, then the client's lines and the player's answers, with the
//! people in the room (mood and appetite for detail), the milestone track, the promises made so
//! far, what is known, and what the last answer did.
//!
//! Everything shown comes from the engine: the room, the options on offer (`legal_actions`), what
//! an invitation costs (the engine's own answer on a copy of the session), and the reactions (the
//! events of the last decision).

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText, ScrollArea, TextureId, Ui};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{Highlight, Screen, ScreenIo, ScreenRoot, keys, root_ui};
use crate::engine::{Action, Event, PaceVerdict, Phase, Session};
use crate::game::session::{ActiveSession, Intent};
use crate::game::settings::Settings;
use crate::game::theme::cues::{self, Appetite, Mood, Tone};
use crate::game::theme::portraits::{Portraits, stakeholder_portrait, team_portrait};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, UiSystems, bold_font, size};
use crate::game::views::words::promise_what;
use crate::scenario::model::{FactId, MilestoneId, PromiseKind, Role, Scenario, StakeholderId};
use crate::wording::{capitalized, money};
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
pub struct AnswerOption {
    /// What is said.
    pub text: String,
    /// Depth of detail, 1 to 5.
    pub depth: u8,
    /// Who says it, when not the seller.
    pub by: Option<String>,
    /// Advice from the delivery people in the room.
    pub advice: Option<String>,
    /// Coach mode: what it commits to.
    pub coach: Option<String>,
    /// What the senior designer in the room says about the claims this answer would make.
    pub warnings: Vec<String>,
    /// The decision.
    pub action: Action,
}

/// What the middle of the screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Before a meeting: who comes along.
    Invite {
        /// The choices.
        options: Vec<InviteChoice>,
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
        options: Vec<AnswerOption>,
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
    /// The milestone track.
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
    /// The highlighted choice.
    pub highlight: Option<usize>,
}

impl SalesView {
    /// The decisions on offer, in key order.
    pub fn actions(&self) -> Vec<Action> {
        match &self.stage {
            Stage::Invite { options } => options.iter().map(|o| o.action.clone()).collect(),
            Stage::Beat { options, .. } => options.iter().map(|o| o.action.clone()).collect(),
            Stage::Done => Vec::new(),
        }
    }
}

/// At most `max` characters, cut at a word with an ellipsis.
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

fn roles_words(roles: &[Role]) -> String {
    let names: Vec<&str> = roles.iter().map(|r| role_name(*r)).collect();
    names.join(" and the ")
}

fn current_milestone(phase: Phase) -> Option<MilestoneId> {
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
                format!("The {} meeting did not happen.", s.milestones[m.ix()].name),
                Tone::Neutral,
            )),
            Event::FactNoticed { fact, by } => Some((
                format!(
                    "Your {} noticed: {}",
                    role_name(*by),
                    short(&s.facts[fact.ix()].text, 80)
                ),
                Tone::Info,
            )),
            Event::FactRevealed(f) => Some((
                format!("You learned: {}", short(&s.facts[f.ix()].text, 80)),
                Tone::Info,
            )),
            Event::Paced {
                stakeholder,
                verdict,
                ..
            } => Some(match verdict {
                PaceVerdict::Matched => {
                    (format!("{} was with you.", name(*stakeholder)), Tone::Good)
                }
                PaceVerdict::TooDeep => (
                    format!("{} found that too detailed for now.", name(*stakeholder)),
                    Tone::Warn,
                ),
                PaceVerdict::TooShallow => (
                    format!("{} wanted more detail than that.", name(*stakeholder)),
                    Tone::Warn,
                ),
            }),
            Event::TrustChanged {
                stakeholder, delta, ..
            } if coach => Some((
                format!("{}: trust {:+.0}", name(*stakeholder), delta),
                if *delta >= 0.0 { Tone::Good } else { Tone::Bad },
            )),
            Event::ReadinessChanged {
                stakeholder,
                readiness,
            } if coach => Some((
                format!("{}: readiness now {:.1}", name(*stakeholder), readiness),
                Tone::Neutral,
            )),
            Event::PatienceChanged { delta, left } if coach => {
                Some((format!("Patience {delta:+} ({left} left)"), Tone::Neutral))
            }
            Event::PromiseMade(p) => {
                Some((format!("You promised: {}", promise_what(s, *p)), Tone::Info))
            }
            Event::ClaimWarned(c) => Some((capitalized(&claim_warning(s, *c)), Tone::Bad)),
            Event::ClientWalkedAway { stakeholder } => Some((
                match stakeholder {
                    Some(k) => format!("{} lost faith: the client walked away.", name(*k)),
                    None => "The client ran out of patience and walked away.".to_owned(),
                },
                Tone::Bad,
            )),
            Event::DealDecided { signed, price, .. } => Some(if *signed {
                (
                    format!("The client signed, at {}.", money(*price)),
                    Tone::Good,
                )
            } else {
                ("The client decided not to sign.".to_owned(), Tone::Bad)
            }),
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
    let m = current_milestone(phase);
    let log = session.log();
    let skipped = |i: usize| {
        log.iter()
            .any(|e| matches!(e, Event::MeetingSkipped(x) if x.ix() == i))
    };
    let track = s
        .milestones
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
    let milestone = m.map(|m| &s.milestones[m.ix()]);
    let speaker = match phase {
        Phase::Beat(m, b) => Some(s.milestones[m.ix()].beats[b as usize].speaker),
        _ => None,
    };
    let walk = s.sales.walk_away_trust;
    let room = milestone
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
                        appetite: Appetite::from_readiness(r),
                        speaking: speaker == Some(*k),
                        coach: coach.then(|| format!("trust {t:.0} · readiness {r:.1}")),
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
        coach.then(|| format!("{} of {start}", sales.patience)),
    );
    let legal = session.legal_actions();
    let stage = match phase {
        Phase::Invite(_) => Stage::Invite {
            options: legal
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
            let beat = &s.milestones[m.ix()].beats[b as usize];
            let advice_shown = !sales.attending.is_empty();
            Stage::Beat {
                speaker: s.stakeholders[beat.speaker.ix()].name.clone(),
                portrait: portrait(Face::Client(beat.speaker.ix())),
                line: beat.line.clone(),
                options: legal
                    .iter()
                    .filter_map(|a| match a {
                        Action::Choose(c) => {
                            let ch = &s.choices[c.ix()];
                            Some(AnswerOption {
                                text: ch.text.clone(),
                                depth: ch.depth,
                                by: (ch.by != Role::Seller)
                                    .then(|| format!("your {} says this", role_name(ch.by))),
                                advice: ch.advice.clone().filter(|_| advice_shown),
                                coach: (coach && !ch.promises.is_empty()).then(|| {
                                    let p: Vec<String> = ch
                                        .promises
                                        .iter()
                                        .map(|p| describe_promise(s, *p))
                                        .collect();
                                    format!("Promises {}", p.join("; "))
                                }),
                                warnings: session
                                    .designer_warnings(*c)
                                    .into_iter()
                                    .map(|claim| capitalized(&claim_warning(s, claim)))
                                    .collect(),
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
    let promises = state
        .ledger
        .iter()
        .map(|l| {
            let p = &s.promises[l.promise.ix()];
            PromiseLine {
                what: promise_what(s, l.promise),
                to: format!(
                    "to {}, in {}",
                    s.stakeholders[p.to.ix()].name,
                    s.milestones[l.milestone.ix()].name
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
        subtitle: format!("{} · {}", s.title, s.client.name),
        meeting: milestone.map_or_else(|| "The meetings are over".to_owned(), |ms| ms.name.clone()),
        setting: milestone.map(|ms| ms.setting.clone()).unwrap_or_default(),
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
    }
}

/// An invitation and its price, as the engine reports it on a copy of the session.
fn invite_choice(
    session: &Session,
    roles: &[Role],
    action: &Action,
    faces: Vec<Option<TextureId>>,
) -> InviteChoice {
    let label = if roles.is_empty() {
        "Go alone".to_owned()
    } else {
        format!("Bring the {}", roles_words(roles))
    };
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
    let cost = if money_cost == 0.0 && patience == 0 {
        "No extra cost".to_owned()
    } else {
        format!(
            "{} of presales time · {} patience",
            money(money_cost),
            patience
        )
    };
    InviteChoice {
        label,
        cost,
        faces,
        action: action.clone(),
    }
}

/// Draws the sales screen. Number keys highlight a choice, Enter confirms it.
pub fn sales_view(ui: &mut Ui, view: &SalesView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let actions = view.actions();
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && k < actions.len()
    {
        out = Some(Intent::Highlight(k));
    }
    if let Some(h) = super::step_highlight(view.highlight, keys::up_down(ui), actions.len()) {
        out = Some(Intent::Highlight(h));
    }
    let chosen = view.highlight.and_then(|h| actions.get(h).cloned());
    if keys::enter(ui)
        && let Some(a) = &chosen
    {
        out = Some(Intent::Act(a.clone()));
    }

    widgets::top_bar(ui, "sales-top", &view.meeting, &view.subtitle, |ui| {
        let (words, tone, share, coach) = &view.patience;
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            ui.label(
                RichText::new(format!(
                    "Client patience: {words}{}",
                    coach
                        .as_ref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default()
                ))
                .color(tone.color(&pal)),
            );
            widgets::meter(ui, *share, tone.color(&pal), 260.0);
        });
    });
    egui::Panel::top("sales-track")
        .frame(
            egui::Frame::new()
                .fill(pal.bg)
                .inner_margin(egui::Margin::symmetric(24, 8)),
        )
        .show(ui, |ui| track(ui, &pal, &view.track));
    widgets::bottom_bar(ui, "sales-bottom", |ui| {
        let label = match view.stage {
            Stage::Invite { .. } => "Go to the meeting",
            _ => "Say it",
        };
        if ActionButton::new(label)
            .key("⏎")
            .primary(true)
            .enabled(chosen.is_some())
            .show(ui)
            .clicked()
            && let Some(a) = &chosen
        {
            out = Some(Intent::Act(a.clone()));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new("Pause").key("Esc").show(ui).clicked() {
                out = Some(Intent::Pause);
            }
            let n = actions.len().min(9);
            if n > 0 {
                widgets::weak(
                    ui,
                    &format!("Choose with 1–{n} or a click, then confirm with Enter"),
                );
            }
        });
    });
    // Side columns give way to the conversation on narrow windows and at large UI scales.
    let width = ui.available_width();
    egui::Panel::left("sales-room")
        .resizable(false)
        .exact_size((width * 0.2).clamp(200.0, 260.0))
        .frame(side_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| room(ui, &pal, view));
        });
    egui::Panel::right("sales-notes")
        .resizable(false)
        .exact_size((width * 0.23).clamp(220.0, 300.0))
        .frame(side_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| notes(ui, &pal, view));
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                if let Some(i) = middle(ui, &pal, view) {
                    out = Some(i);
                }
            });
        });
    out
}

fn side_frame(pal: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(pal.panel)
        .inner_margin(egui::Margin::symmetric(14, 12))
}

fn track(ui: &mut Ui, pal: &Palette, stops: &[(String, Stop)]) {
    ui.horizontal_wrapped(|ui| {
        for (i, (name, stop)) in stops.iter().enumerate() {
            if i > 0 {
                ui.label(RichText::new("→").color(pal.text_weak));
            }
            let (color, text) = match stop {
                Stop::Done => (pal.good, format!("✔ {name}")),
                Stop::Current => (pal.accent, name.clone()),
                Stop::Skipped => (pal.text_weak, format!("{name} (skipped)")),
                Stop::Ahead => (pal.text_weak, name.clone()),
            };
            if *stop == Stop::Current {
                egui::Frame::new()
                    .fill(pal.accent)
                    .corner_radius(egui::CornerRadius::same(20))
                    .inner_margin(egui::Margin::symmetric(12, 3))
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(text)
                                .font(bold_font(size::BODY))
                                .color(pal.on_accent),
                        );
                    });
            } else {
                widgets::chip(ui, &text, color);
            }
        }
    });
}

fn room(ui: &mut Ui, pal: &Palette, view: &SalesView) {
    widgets::overline(ui, "In the room");
    for p in &view.room {
        widgets::card_frame(pal, p.speaking, false)
            .inner_margin(egui::Margin::symmetric(10, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_top(|ui| {
                    widgets::portrait(ui, p.portrait, &p.name, 56.0, Some(p.mood));
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(&p.name)
                                    .font(bold_font(size::BODY))
                                    .color(pal.text),
                            )
                            .wrap(),
                        );
                        ui.label(
                            RichText::new(p.mood.words())
                                .font(bold_font(size::SMALL))
                                .color(p.mood.color(pal)),
                        );
                    });
                });
                ui.add(
                    egui::Label::new(
                        RichText::new(&p.role)
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    )
                    .wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    widgets::dots(ui, p.appetite.level(), 5, pal.info);
                    ui.add(
                        egui::Label::new(
                            RichText::new(p.appetite.words())
                                .size(size::SMALL)
                                .color(pal.text),
                        )
                        .wrap(),
                    );
                });
                if let Some(c) = &p.coach {
                    ui.label(RichText::new(c).size(size::SMALL).color(pal.info));
                }
            });
        ui.add_space(6.0);
    }
    if !view.with_you.is_empty() {
        ui.add_space(4.0);
        widgets::overline(ui, "With you");
        for w in &view.with_you {
            ui.label(format!("Your {w}"));
        }
    }
}

fn notes(ui: &mut Ui, pal: &Palette, view: &SalesView) {
    if !view.reactions.is_empty() {
        widgets::overline(ui, "What just happened");
        widgets::card(ui, |ui| {
            for r in &view.reactions {
                ui.add(
                    egui::Label::new(
                        RichText::new(&r.text)
                            .size(size::SMALL)
                            .color(r.tone.color(pal)),
                    )
                    .wrap(),
                );
            }
        });
        ui.add_space(10.0);
    }
    widgets::overline(ui, "Promises made");
    if view.promises.is_empty() {
        widgets::weak(ui, "None yet.");
    }
    for p in &view.promises {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new("⚑").color(if p.warned { pal.bad } else { pal.accent }));
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&p.what).size(size::SMALL)).wrap());
                ui.label(RichText::new(&p.to).size(size::SMALL).color(pal.text_weak));
                if p.warned {
                    ui.add(
                        egui::Label::new(
                            RichText::new("Your senior designer says this does not hold as said.")
                                .size(size::SMALL)
                                .color(pal.bad),
                        )
                        .wrap(),
                    );
                }
            });
        });
    }
    ui.add_space(10.0);
    widgets::overline(ui, "What you know");
    if view.known.is_empty() {
        widgets::weak(ui, "Nothing beyond the brief yet.");
    }
    for (k, new) in &view.known {
        ui.horizontal_top(|ui| {
            if *new {
                ui.label(
                    RichText::new("New")
                        .font(bold_font(size::SMALL))
                        .color(pal.info),
                );
            } else {
                ui.label(RichText::new("•").color(pal.info));
            }
            ui.add(egui::Label::new(RichText::new(k).size(size::SMALL)).wrap());
        });
    }
}

fn middle(ui: &mut Ui, pal: &Palette, view: &SalesView) -> Option<Intent> {
    let mut out = None;
    if !view.setting.is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(&view.setting)
                    .size(size::SMALL)
                    .italics()
                    .color(pal.text_weak),
            )
            .wrap(),
        );
        ui.add_space(8.0);
    }
    match &view.stage {
        Stage::Invite { options } => {
            widgets::heading(ui, "Who comes with you to this meeting?");
            let names: Vec<&str> = view.room.iter().map(|p| p.name.as_str()).collect();
            widgets::weak(ui, &format!("In the room: {}.", names.join(", ")));
            ui.add_space(6.0);
            for (i, o) in options.iter().enumerate() {
                let r =
                    widgets::clickable_card(ui, ("invite", i), view.highlight == Some(i), |ui| {
                        ui.horizontal(|ui| {
                            widgets::key_cap(ui, &keys::label(i));
                            for f in &o.faces {
                                widgets::portrait(ui, *f, "", 40.0, None);
                            }
                            ui.vertical(|ui| {
                                ui.label(
                                    RichText::new(&o.label)
                                        .font(bold_font(size::BODY))
                                        .color(pal.text),
                                );
                                ui.label(
                                    RichText::new(&o.cost)
                                        .size(size::SMALL)
                                        .color(pal.text_weak),
                                );
                            });
                        });
                    });
                if r.double_clicked() {
                    out = Some(Intent::Act(o.action.clone()));
                } else if r.clicked() {
                    out = Some(Intent::Highlight(i));
                }
                ui.add_space(4.0);
            }
        }
        Stage::Beat {
            speaker,
            portrait,
            line,
            options,
        } => {
            ui.horizontal_top(|ui| {
                widgets::portrait(ui, *portrait, speaker, 64.0, None);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(speaker)
                            .font(bold_font(size::BODY))
                            .color(pal.text),
                    );
                    ui.add(
                        egui::Label::new(
                            RichText::new(format!("“{line}”"))
                                .size(size::HEADING - 4.0)
                                .color(pal.text),
                        )
                        .wrap(),
                    );
                });
            });
            ui.add_space(10.0);
            for (i, o) in options.iter().enumerate() {
                let r =
                    widgets::clickable_card(ui, ("answer", i), view.highlight == Some(i), |ui| {
                        answer(ui, pal, i, o)
                    });
                if r.double_clicked() {
                    out = Some(Intent::Act(o.action.clone()));
                } else if r.clicked() {
                    out = Some(Intent::Highlight(i));
                }
                ui.add_space(4.0);
            }
        }
        Stage::Done => {
            widgets::weak(ui, "The meetings are over.");
        }
    }
    out
}

fn answer(ui: &mut Ui, pal: &Palette, i: usize, o: &AnswerOption) {
    ui.horizontal_top(|ui| {
        widgets::key_cap(ui, &keys::label(i));
        ui.vertical(|ui| {
            ui.add(egui::Label::new(RichText::new(&o.text).color(pal.text)).wrap());
            ui.horizontal_wrapped(|ui| {
                widgets::dots(ui, o.depth, 5, pal.accent);
                let mut tag = format!("Depth {} · {}", o.depth, cues::depth_words(o.depth));
                if let Some(by) = &o.by {
                    tag.push_str(&format!(" · {by}"));
                }
                ui.label(RichText::new(tag).size(size::SMALL).color(pal.text_weak));
            });
            if let Some(a) = &o.advice {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("Your team: {a}"))
                            .size(size::SMALL)
                            .italics()
                            .color(pal.info),
                    )
                    .wrap(),
                );
            }
            for w in &o.warnings {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("⚠ {w}"))
                            .size(size::SMALL)
                            .strong()
                            .color(pal.bad),
                    )
                    .wrap(),
                );
            }
            if let Some(c) = &o.coach {
                ui.add(egui::Label::new(RichText::new(c).size(size::SMALL).color(pal.warn)).wrap());
            }
        });
    });
}

pub(super) fn plugin(_app: &mut App) {
    // Decisions are applied by the session plugin; the highlight by the screens plugin.
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_sales
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Sales)),
    );
}

fn draw_sales(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    settings: Res<Settings>,
    highlight: Query<&Highlight, With<ScreenRoot>>,
    mut portraits: ResMut<Portraits>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let h = highlight.iter().next().and_then(|h| h.0);
    let s = active.session.scenario();
    let view = build_view(&active, settings.coach_mode, h, |face| match face {
        Face::Client(i) => portraits.get(ctx, &stakeholder_portrait(s, i)),
        Face::Team(r) => portraits.get(ctx, team_portrait(r)?),
    });
    let mut ui = root_ui(ctx, "sales");
    let intent = sales_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
