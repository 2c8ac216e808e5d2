//! `overpromise tour --out DIR`: plays the first shipped level (built in, or `levels/` on disk when
//! that wins) in the real window, through the real screens and intents, and saves one PNG per
//! screen (Bevy's screenshot API), then exits. It exits with an error when it cannot play (no
//! playable level, no folder for the pictures) or a picture was not saved.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};

use super::autoplay::Autoplay;
use super::levels::Catalogue;
use super::screens::Screen;
use super::session::{ActiveSession, Intent};
use super::{AppSystems, Boot};
use crate::drill::BEATS_PER_DRILL;
use crate::engine::{Event, Phase, Session, Support};
use crate::game::intent::{DrillIntent, JoinForm, WorkshopIntent};
use crate::game::views::debrief::{DebriefIntent, DebriefTab, EditKind};
use crate::scenario::model::PromiseKind;

fn debrief(i: DebriefIntent) -> Intent {
    Intent::Debrief(i)
}

/// The promise the tour's what-if changes: the first deadline promise (true), else the first one.
fn what_if_pick(s: &Session) -> Option<(usize, bool)> {
    // The debrief's promises, in the order its what-if list shows them.
    let promises = s.debrief(false)?.promises;
    let deadline = promises.iter().position(|t| {
        matches!(
            s.scenario().promises[t.promise.ix()].kind,
            PromiseKind::Deadline(_)
        )
    });
    match deadline {
        Some(i) => Some((i, true)),
        None if !promises.is_empty() => Some((0, false)),
        None => None,
    }
}

/// Flags the delivery lead has raised so far, from the log.
fn flags_raised(s: &Session) -> usize {
    s.log()
        .iter()
        .filter(|e| matches!(e, Event::Flagged { .. }))
        .count()
}

/// Whether the delivery lead has taken a first step of the review (a query, a rebaseline or
/// accepting the document), from the log.
fn reviewed(s: &Session) -> bool {
    s.log().iter().any(|e| {
        matches!(
            e,
            Event::PidQueried { .. } | Event::Rebaselined { .. } | Event::PidAccepted
        )
    })
}

/// The guide, as in a first game whose meetings are done: its step on this screen and why the
/// last decision's consequence happened (the tour skips it at the start; these pictures show where it sits).
fn guide_on(world: &mut World) {
    use crate::wording::guide::{GuideTopic, why};
    let why = world
        .get_resource::<ActiveSession>()
        .and_then(|a| why(a.session.scenario(), &a.last_events));
    world.insert_resource(super::screens::guide::Guide {
        active: true,
        done: GuideTopic::ALL[..4].to_vec(),
        why,
    });
}

/// The seller's name field on the briefing takes the keyboard focus, as after Tab: the picture
/// shows the focus ring.
fn focus_seller_name(world: &mut World) {
    let id = crate::game::views::briefing::name_field(0);
    let mut q =
        world.query_filtered::<&mut bevy_egui::EguiContext, With<bevy_egui::PrimaryEguiContext>>();
    for mut c in q.iter_mut(world) {
        c.get_mut().memory_mut(|m| m.request_focus(id));
    }
}

/// No widget has the keyboard focus.
fn focus_nothing(world: &mut World) {
    let mut q =
        world.query_filtered::<&mut bevy_egui::EguiContext, With<bevy_egui::PrimaryEguiContext>>();
    for mut c in q.iter_mut(world) {
        c.get_mut().memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
}

/// The guide skipped again.
fn guide_off(world: &mut World) {
    world.insert_resource(super::screens::guide::Guide::default());
}

/// Where the tour writes its pictures.
#[derive(Resource, Debug, Clone)]
pub struct TourOut(pub PathBuf);

/// One thing the tour does.
#[derive(Debug, Clone)]
enum Step {
    /// Let the window draw this many frames.
    Settle(u32),
    /// Wait until this screen is shown.
    WaitFor(Screen),
    /// Send an intent, as a view would.
    Send(Intent),
    /// Play the script until the phase matches.
    PlayUntil(fn(Phase) -> bool),
    /// Play the script until this many delivery weeks have run (or the project is over).
    PlayToWeek(u32),
    /// Send the intent this function makes from the session (nothing when it returns `None`).
    SendWith(fn(&Session) -> Option<Intent>),
    /// Play this script from now on (its text).
    Script(&'static str),
    /// Two roles: play the script, lifting every curtain, until this holds for the session
    /// (and whether the curtain is up).
    PlayTwo(fn(&Session, bool) -> bool),
    /// Save a screenshot under this name.
    Shot(&'static str),
    /// Show the session in progress at this level of support (metadata only: no rule reads it).
    ShowSupport(Support),
    /// Change the world directly (a scene with no network behind it).
    World(fn(&mut World)),
    /// Quit: with success when every picture was saved.
    Exit,
    /// Quit with an error (the tour cannot play).
    Fail,
}

#[derive(Resource)]
struct Tour {
    steps: Vec<Step>,
    at: usize,
    waiting: u32,
    shooting: bool,
    captured: bool,
    frames: u32,
    auto: Autoplay,
    /// The pictures asked for so far.
    shots: Vec<PathBuf>,
}

const SETTLE: u32 = 12;
/// Give up after this many frames (about a minute at 60 Hz).
const MAX_FRAMES: u32 = 9000;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Startup,
        plan_tour
            .after(Boot::Save)
            .run_if(resource_exists::<TourOut>),
    );
    app.add_systems(
        Update,
        run_tour
            .before(AppSystems::Navigate)
            .run_if(resource_exists::<Tour>),
    );
}

fn plan_tour(mut commands: Commands, out: Res<TourOut>, catalogue: Res<Catalogue>) {
    if let Err(e) = std::fs::create_dir_all(&out.0) {
        error!("tour: cannot create {}: {e}", out.0.display());
        commands.insert_resource(Tour::new(vec![Step::Fail], Autoplay::default()));
        return;
    }
    let Some((entry, _)) = catalogue.first_shipped() else {
        error!(
            "tour: no playable level: neither the built-in levels nor a levels folder on disk has one"
        );
        commands.insert_resource(Tour::new(vec![Step::Fail], Autoplay::default()));
        return;
    };
    info!(
        "tour: playing {} ({})",
        entry.file_name(),
        entry.source.label()
    );
    use Step::*;
    let steps: Vec<Step> = vec![
        WaitFor(Screen::Title),
        Settle(SETTLE),
        Shot("01-title"),
        Send(Intent::OpenSettings),
        Settle(SETTLE),
        Shot("02-settings"),
        Send(Intent::CloseSettings),
        Send(Intent::OpenAbout),
        WaitFor(Screen::About),
        Settle(SETTLE),
        Shot("18-about"),
        Send(Intent::Back),
        WaitFor(Screen::Title),
        Send(Intent::NewGame),
        WaitFor(Screen::Picker),
        Settle(SETTLE),
        Shot("03-picker"),
        Send(Intent::Pick(entry.path.clone())),
        WaitFor(Screen::Briefing),
        Settle(SETTLE),
        Shot("04-briefing"),
        Send(Intent::ChooseSupport(Support::Standard)),
        Settle(SETTLE),
        Shot("19-briefing-standard"),
        Send(Intent::ChooseSupport(Support::Guided)),
        Send(Intent::Begin),
        WaitFor(Screen::Sales),
        Settle(SETTLE),
        // A first game: the guide's first step, then skipped for the rest of the tour.
        Shot("21-guide-step"),
        Send(Intent::SkipGuide),
        Settle(SETTLE),
        Send(Intent::Highlight(0)),
        Settle(SETTLE),
        Shot("05-sales"),
        PlayUntil(|p| matches!(p, Phase::Invite(_)) || !matches!(p, Phase::Beat(..))),
        Settle(SETTLE),
        Shot("06-sales-invite"),
        PlayUntil(|p| matches!(p, Phase::Beat(..)) || !matches!(p, Phase::Invite(_))),
        Settle(SETTLE),
        Shot("07-sales-with-team"),
        // A practice run: what each answer would do, as the engine works it out.
        Send(Intent::WhatIf(true)),
        Settle(SETTLE),
        Shot("26-sales-what-if"),
        Send(Intent::WhatIf(false)),
        ShowSupport(Support::Expert),
        Settle(SETTLE),
        Shot("20-sales-expert"),
        ShowSupport(Support::Guided),
        Send(Intent::Pause),
        Settle(SETTLE),
        Shot("08-pause"),
        Send(Intent::Resume),
        PlayUntil(|p| !matches!(p, Phase::Invite(_) | Phase::Beat(..))),
        WaitFor(Screen::Handoff),
        Settle(SETTLE),
        Shot("09-handoff"),
        World(guide_on),
        Settle(SETTLE),
        Shot("41-guide-handoff"),
        World(guide_off),
        PlayUntil(|p| p != Phase::Handoff),
        WaitFor(Screen::Delivery),
        Settle(SETTLE),
        Shot("10-delivery"),
        PlayToWeek(4),
        Settle(SETTLE),
        Shot("11-delivery-week-5"),
        World(guide_on),
        Settle(SETTLE),
        Shot("42-guide-delivery"),
        World(guide_off),
        Send(Intent::WhatIf(true)),
        Settle(SETTLE),
        Shot("27-delivery-what-if"),
        Send(Intent::WhatIf(false)),
        PlayUntil(|p| p == Phase::Over),
        WaitFor(Screen::Debrief),
        Settle(SETTLE),
        Shot("12-debrief-outcome"),
        World(guide_on),
        Settle(SETTLE),
        Shot("43-guide-debrief"),
        World(guide_off),
        Send(debrief(DebriefIntent::Tab(DebriefTab::Promises))),
        Settle(SETTLE),
        Shot("13-debrief-promises"),
        Send(debrief(DebriefIntent::Tab(DebriefTab::Pacing))),
        Settle(SETTLE),
        Shot("14-debrief-pacing"),
        SendWith(|s| what_if_pick(s).map(|(i, _)| debrief(DebriefIntent::Pick(i)))),
        SendWith(|s| {
            let kind = match what_if_pick(s) {
                Some((_, true)) => EditKind::Deadline,
                _ => EditKind::Handoff,
            };
            Some(debrief(DebriefIntent::Kind(kind)))
        }),
        SendWith(|s| {
            // A shorter date than the one promised: would the client have signed, and at what cost?
            let (i, deadline) = what_if_pick(s)?;
            let p = s.debrief(false)?.promises.get(i)?.promise;
            match (deadline, &s.scenario().promises[p.ix()].kind) {
                (true, PromiseKind::Deadline(w)) => {
                    let w = *w;
                    Some(debrief(DebriefIntent::Weeks(w.saturating_sub(3).max(1))))
                }
                _ => None,
            }
        }),
        Send(debrief(DebriefIntent::RunForm)),
        Settle(SETTLE),
        Shot("15-debrief-what-if"),
        Send(debrief(DebriefIntent::Tab(DebriefTab::Discuss))),
        Settle(SETTLE),
        Shot("16-debrief-discuss"),
        Send(debrief(DebriefIntent::Facilitate(Some(0)))),
        Settle(SETTLE),
        Shot("17-debrief-facilitator"),
        Send(Intent::Debrief(DebriefIntent::Facilitate(None))),
        Send(Intent::ToTitle),
        WaitFor(Screen::Title),
        Send(Intent::OpenDrill),
        WaitFor(Screen::Drill),
        Send(Intent::Drill(DrillIntent::Start)),
        Settle(SETTLE),
        Shot("22-drill-beat"),
        Send(Intent::Drill(DrillIntent::Answer(0))),
        Settle(SETTLE),
        Shot("23-drill-reactions"),
    ]
    .into_iter()
    .chain(
        // The rest of the drill (intents that do not apply are ignored).
        std::iter::repeat_n(
            [
                Send(Intent::Drill(DrillIntent::Next)),
                Send(Intent::Drill(DrillIntent::Answer(1))),
            ],
            BEATS_PER_DRILL,
        )
        .flatten(),
    )
    .chain([
        Send(Intent::Drill(DrillIntent::Next)),
        Settle(SETTLE),
        Shot("24-drill-result"),
        Send(Intent::ToTitle),
        WaitFor(Screen::Title),
        Send(Intent::OpenProgress),
        WaitFor(Screen::Progress),
        Settle(SETTLE),
        Shot("25-progress"),
        // The results settings in the settings menu: the same form as the progress page's.
        Send(Intent::ToTitle),
        WaitFor(Screen::Title),
        Send(Intent::OpenSettings),
        Settle(SETTLE),
        Shot("28-settings-results"),
        Send(Intent::CloseSettings),
    ])
    .chain(lessons_tour(&catalogue))
    .chain(two_role_tour(entry.path.clone()))
    // The workshop (issue 9): the join form, the host's code screen, a remote seat in a meeting
    // and the facilitator's console (the last two fed by the engine's own views, no network).
    .chain([
        Send(Intent::ToTitle),
        WaitFor(Screen::Title),
        Send(Intent::Workshop(WorkshopIntent::OpenJoin)),
        WaitFor(Screen::Join),
        Send(Intent::Workshop(WorkshopIntent::EditJoin(JoinForm {
            address: "192.168.1.20:7878".into(),
            code: "K7WQ3M".into(),
            table: "Table 2".into(),
            role: crate::game::prefs::JoinRole::DeliveryLead,
            key: String::new(),
        }))),
        Settle(SETTLE),
        Shot("36-workshop-join"),
        Send(Intent::Back),
        WaitFor(Screen::Title),
        Send(Intent::Workshop(WorkshopIntent::OpenHost)),
        WaitFor(Screen::HostWorkshop),
        Send(Intent::Workshop(WorkshopIntent::StartHost)),
        Settle(SETTLE),
        Shot("37-workshop-host"),
        World(super::net::demo::remote_meeting_timed),
        WaitFor(Screen::Sales),
        Settle(SETTLE),
        Shot("38-workshop-remote-meeting"),
        World(super::net::demo::remote_briefing),
        WaitFor(Screen::Sales),
        Settle(SETTLE),
        Shot("48-workshop-seat-briefing"),
        World(super::net::demo::remote_pid),
        WaitFor(Screen::Handoff),
        Settle(SETTLE),
        Shot("46-workshop-seat-pid"),
        World(super::net::demo::remote_delivery),
        WaitFor(Screen::Delivery),
        Settle(SETTLE),
        Shot("47-workshop-seat-delivery-lead"),
        World(super::net::demo::console),
        WaitFor(Screen::Console),
        Settle(SETTLE),
        Shot("39-workshop-console"),
        World(super::net::demo::class_board),
        Settle(SETTLE),
        Shot("40-workshop-class-debrief"),
        World(super::net::demo::remote_retro),
        WaitFor(Screen::Debrief),
        Settle(SETTLE),
        Shot("44-workshop-remote-retrospective"),
        World(super::net::demo::remote_hot_seat),
        WaitFor(Screen::Curtain),
        Settle(SETTLE),
        Shot("45-workshop-hot-seat-curtain"),
        Exit,
    ])
    .collect();
    commands.insert_resource(Tour::new(steps, Autoplay::for_level(entry)));
}

/// The first playable level for which `has` holds.
fn level_with(
    catalogue: &Catalogue,
    has: fn(&crate::scenario::model::Scenario) -> bool,
) -> Option<PathBuf> {
    catalogue
        .playable()
        .find(|(_, s)| has(s))
        .map(|(e, _)| e.path.clone())
}

/// The three lessons of issue 23, each on the first level that teaches it (none when no level
/// does): the campaign plan, a meeting with a register cue at Guided support, an internal
/// meeting. Played with the engine's first answers; ends on the title screen.
fn lessons_tour(catalogue: &Catalogue) -> Vec<Step> {
    use Step::*;
    fn open(level: PathBuf) -> Vec<Step> {
        vec![
            Send(Intent::ToTitle),
            WaitFor(Screen::Title),
            Send(Intent::NewGame),
            WaitFor(Screen::Picker),
            Send(Intent::Pick(level)),
            WaitFor(Screen::Briefing),
            Send(Intent::ChooseSupport(Support::Guided)),
            Send(Intent::Begin),
            WaitFor(Screen::Sales),
            Script("Script(steps: [])"),
        ]
    }
    let mut steps = Vec::new();
    if let Some(level) = level_with(catalogue, |s| s.sales.campaign.is_some()) {
        steps.extend(open(level));
        steps.extend([Settle(SETTLE), Shot("51-campaign-plan")]);
    }
    if let Some(level) = level_with(catalogue, |s| !s.sales.registers.is_empty()) {
        steps.extend(open(level));
        steps.extend([
            PlayTwo(|s, _| {
                s.is_over()
                    || matches!(s.phase(), Phase::Beat(m, b)
                        if s.scenario().meetings[m.ix()].beats[b as usize]
                            .answers
                            .iter()
                            .any(|a| s.scenario().answers[a.ix()].register.is_some()))
            }),
            Settle(SETTLE),
            Shot("52-meeting-register-guided"),
        ]);
    }
    if let Some(level) = level_with(catalogue, |s| {
        (0..s.meetings.len()).any(|m| s.is_internal(crate::scenario::model::MeetingId(m as u16)))
    }) {
        steps.extend(open(level));
        steps.extend([
            PlayTwo(|s, _| {
                s.is_over() || matches!(s.phase(), Phase::Beat(m, _) if s.scenario().is_internal(m))
            }),
            Settle(SETTLE),
            Shot("53-internal-meeting"),
        ]);
    }
    if !steps.is_empty() {
        steps.extend([Send(Intent::ToTitle), WaitFor(Screen::Title)]);
    }
    steps
}

/// Two roles on one screen: the briefing's choice, the curtain, a flag in a meeting, the
/// delivery lead's PID review and the debrief for two (the level's two-role careful script).
fn two_role_tour(level: PathBuf) -> Vec<Step> {
    use crate::engine::Seat;
    use crate::engine::view::ActionKey;
    use crate::game::intent::{Decision, TableChoice};
    use crate::game::table::SeatNames;
    use Step::*;
    let retro = |seat, a: &str, b: &str| {
        Send(Intent::Act(Decision::new(
            seat,
            ActionKey::Retro {
                seat,
                went_wrong: a.into(),
                needed: b.into(),
            },
        )))
    };
    vec![
        Send(Intent::Back),
        Send(Intent::ToTitle),
        WaitFor(Screen::Title),
        Send(Intent::NewGame),
        WaitFor(Screen::Picker),
        Send(Intent::Pick(level)),
        WaitFor(Screen::Briefing),
        Send(Intent::SetTable(TableChoice {
            two_roles: true,
            names: SeatNames {
                seller: "Ana".into(),
                delivery_lead: "Ben".into(),
            },
        })),
        Settle(SETTLE),
        Shot("29-briefing-two-roles"),
        World(focus_seller_name),
        Settle(SETTLE),
        Shot("50-briefing-name-focus"),
        World(focus_nothing),
        Script(include_str!(
            "../../tests/scripts/01_first_client.two.careful.ron"
        )),
        Send(Intent::Begin),
        WaitFor(Screen::Curtain),
        Settle(SETTLE),
        Shot("30-curtain"),
        PlayTwo(|s, curtain| !curtain && !s.flags_available().is_empty()),
        Settle(SETTLE),
        Shot("31-meeting-notes"),
        PlayTwo(|s, curtain| !curtain && flags_raised(s) == 1),
        Settle(SETTLE),
        Shot("32-meeting-flag"),
        // The seller's handoff, everything written in: the promises, then the needs found in the
        // meetings, counted.
        PlayTwo(|s, curtain| {
            !curtain
                && s.phase() == Phase::Handoff
                && s.pid_candidates().into_iter().all(|i| s.in_pid(i))
        }),
        Settle(SETTLE),
        Shot("49-handoff-two-roles-needs"),
        PlayTwo(|s, curtain| curtain && s.phase() == Phase::Review),
        WaitFor(Screen::Curtain),
        Settle(SETTLE),
        Shot("33-curtain-delivery-lead"),
        PlayTwo(|s, curtain| !curtain && reviewed(s)),
        Settle(SETTLE),
        Shot("34-pid-review"),
        PlayTwo(|s, curtain| curtain && s.is_over()),
        PlayTwo(|s, curtain| !curtain && s.is_over()),
        WaitFor(Screen::Debrief),
        Send(debrief(DebriefIntent::Tab(DebriefTab::TwoRoles))),
        retro(
            Seat::Seller,
            "I closed fast and left the portal estimate to Ben",
            "the team's numbers before the proposal",
        ),
        retro(
            Seat::DeliveryLead,
            "the date was tight from week one",
            "a say before the date was given",
        ),
        Settle(SETTLE),
        Shot("35-debrief-two-roles"),
    ]
}

impl Tour {
    fn new(steps: Vec<Step>, auto: Autoplay) -> Self {
        Self {
            steps,
            at: 0,
            waiting: 0,
            shooting: false,
            captured: false,
            frames: 0,
            auto,
            shots: Vec::new(),
        }
    }
}

fn run_tour(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    out: Res<TourOut>,
    screen: Res<State<Screen>>,
    mut session: Option<ResMut<ActiveSession>>,
    mut intents: MessageWriter<Intent>,
    mut exit: MessageWriter<AppExit>,
) {
    tour.frames += 1;
    if tour.frames > MAX_FRAMES {
        error!(
            "tour: stuck at step {} ({:?})",
            tour.at,
            tour.steps.get(tour.at)
        );
        exit.write(AppExit::error());
        return;
    }
    let Some(step) = tour.steps.get(tour.at).cloned() else {
        exit.write(AppExit::Success);
        return;
    };
    let done = match step {
        Step::Settle(n) => {
            tour.waiting += 1;
            tour.waiting >= n
        }
        Step::WaitFor(s) => *screen.get() == s,
        Step::Send(i) => {
            intents.write(i);
            true
        }
        Step::PlayToWeek(week) => match &session {
            Some(active)
                if active.session.weeks_done().is_some_and(|done| done < week)
                    && !active.session.is_over() =>
            {
                match tour.auto.next(&active.session) {
                    Some(a) => {
                        intents.write(Intent::Act(active.decision(&a)));
                        false
                    }
                    None => true,
                }
            }
            _ => true,
        },
        Step::SendWith(make) => {
            if let Some(i) = session.as_ref().and_then(|a| make(&a.session)) {
                intents.write(i);
            }
            true
        }
        Step::PlayUntil(stop) => match &session {
            Some(active) if !stop(active.session.phase()) => {
                let next = tour.auto.next(&active.session);
                match next {
                    Some(a) => {
                        intents.write(Intent::Act(active.decision(&a)));
                        false
                    }
                    None => true,
                }
            }
            _ => true,
        },
        Step::Shot(name) => {
            if !tour.shooting {
                tour.shooting = true;
                tour.captured = false;
                let path = out.0.join(format!("{name}.png"));
                tour.shots.push(path.clone());
                commands
                    .spawn(Screenshot::primary_window())
                    .observe(save_to_disk(path))
                    .observe(|_: On<ScreenshotCaptured>, mut tour: ResMut<Tour>| {
                        tour.captured = true;
                    });
                false
            } else if tour.captured {
                tour.shooting = false;
                true
            } else {
                false
            }
        }
        Step::Script(text) => {
            tour.auto = Autoplay::from_text(text, "two-role tour").unwrap_or_default();
            true
        }
        Step::PlayTwo(stop) => match &session {
            Some(active) => {
                let curtain = active.table.curtain.is_some();
                if stop(&active.session, curtain) {
                    true
                } else if curtain {
                    if *screen.get() == Screen::Curtain {
                        intents.write(Intent::TakeSeat);
                    }
                    false
                } else if !screen.get().is_game() {
                    false
                } else {
                    match tour.auto.next(&active.session) {
                        Some(a) => {
                            intents.write(Intent::Act(active.decision(&a)));
                            false
                        }
                        None => true,
                    }
                }
            }
            None => true,
        },
        Step::World(f) => {
            commands.queue(f);
            true
        }
        Step::ShowSupport(s) => {
            if let Some(active) = session.as_mut() {
                active.session.set_support(s);
            }
            true
        }
        Step::Exit => {
            let missing: Vec<String> = tour
                .shots
                .iter()
                .filter(|p| !p.is_file())
                .map(|p| p.display().to_string())
                .collect();
            if missing.is_empty() {
                exit.write(AppExit::Success);
            } else {
                error!("tour: pictures not saved: {}", missing.join(", "));
                exit.write(AppExit::error());
            }
            false
        }
        Step::Fail => {
            exit.write(AppExit::error());
            false
        }
    };
    if done {
        tour.at += 1;
        tour.waiting = 0;
    }
}
