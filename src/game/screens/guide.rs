//! The guide for a first game: in the introductory scenario, played as practice, the first time
//! someone plays (no progress recorded, [`GuidePref::FirstRun`]) or when asked for again in the
//! settings ([`GuidePref::Again`]), it points once at each thing a trainee must learn to read
//! ([`GuideTopic`]) on the screen where it appears, and after each consequence gives one plain
//! sentence on why ([`crate::wording::guide::why`]). "Skip the guide" ends it at once; finished or
//! skipped, the settings remember it ([`GuidePref::Done`]). Esc keeps opening the pause menu; the
//! guide hides under any menu and comes back unchanged.
//!
//! One overlay module: this plugin and the view [`crate::game::views::guide`]; the screens know
//! nothing of it (it sits in `screens/` only to be registered with them).

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ChosenScenario, ScreenGate, root_ui};
use crate::game::intent::Intent;
use crate::game::notice::Notice;
use crate::game::prefs::{GuidePref, Settings};
use crate::game::session::{ActiveSession, EngineEvent};
use crate::game::state::{Menu, RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::views::guide::{GuideView, guide_view, hidden};
use crate::game::{AppSystems, GameConfig};
use crate::wording::guide::{GuideTopic, topic, why};

/// The id of the introductory scenario the guide runs in.
pub const INTRO_SCENARIO: &str = "first_client";

/// The guide's state.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Guide {
    /// Running in the current game.
    pub active: bool,
    /// Topics already pointed at.
    pub done: Vec<GuideTopic>,
    /// Why the last consequence happened.
    pub why: Option<String>,
}

impl Guide {
    /// The step to show on `screen`: the first topic not yet pointed at that this screen shows.
    pub fn step(&self, screen: Screen) -> Option<GuideTopic> {
        if !self.active {
            return None;
        }
        GuideTopic::ALL
            .into_iter()
            .find(|t| !self.done.contains(t) && screen_of(*t) == screen)
    }
}

/// The screen on which a topic is pointed at.
pub fn screen_of(t: GuideTopic) -> Screen {
    match t {
        GuideTopic::Cues | GuideTopic::Depth | GuideTopic::Attendees | GuideTopic::Ledger => {
            Screen::Sales
        }
        GuideTopic::Pid => Screen::Handoff,
        GuideTopic::BurnUp => Screen::Delivery,
        GuideTopic::Scorecards => Screen::Debrief,
    }
}

/// The logic: starting, following events, the guide's intents.
pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Guide>();
    app.add_systems(OnEnter(Screen::Title), stop_guide);
    app.add_systems(
        Update,
        (
            start_guide.in_set(AppSystems::Navigate),
            handle_guide.in_set(AppSystems::Navigate),
            explain.in_set(AppSystems::Follow),
        ),
    );
}

/// The overlay.
pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_guide.in_set(UiSystems::Overlay),
    );
}

/// Whether a new game should be guided.
pub fn wanted(settings: &Settings, mode: RunMode, config: &GameConfig) -> bool {
    if mode != RunMode::Practice {
        return false;
    }
    match settings.guide {
        GuidePref::Done => false,
        GuidePref::Again => true,
        GuidePref::FirstRun => config.data_dir.as_ref().is_some_and(|d| {
            crate::progress::Store::new(d)
                .load()
                .progress
                .played
                .is_empty()
        }),
    }
}

/// Beginning a new game of the introductory scenario on the briefing starts the guide.
fn start_guide(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    chosen: Option<Res<ChosenScenario>>,
    settings: Res<Settings>,
    mode: Res<RunMode>,
    config: Res<GameConfig>,
    mut guide: ResMut<Guide>,
) {
    for intent in on.intents(Screen::Briefing, &mut intents) {
        if *intent == Intent::Begin {
            let intro = chosen
                .as_ref()
                .is_some_and(|c| c.scenario.id == INTRO_SCENARIO);
            *guide = Guide {
                active: intro && wanted(&settings, *mode, &config),
                ..Guide::default()
            };
        }
    }
}

fn stop_guide(mut guide: ResMut<Guide>) {
    guide.active = false;
    guide.why = None;
}

/// Marks the guide done in the settings and stores them.
fn finish(settings: &mut Settings, config: &GameConfig, notice: &mut Notice) {
    if settings.guide == GuidePref::Done {
        return;
    }
    settings.guide = GuidePref::Done;
    if let Some(dir) = &config.data_dir
        && let Err(e) = crate::game::prefs::store(dir, settings)
    {
        notice.set(crate::wording::menus::settings_not_saved(&e.to_string()));
    }
}

fn handle_guide(
    mut intents: MessageReader<Intent>,
    screen: Res<State<Screen>>,
    mut settings: ResMut<Settings>,
    config: Res<GameConfig>,
    mut notice: ResMut<Notice>,
    mut guide: ResMut<Guide>,
) {
    for intent in intents.read() {
        match intent {
            Intent::GuideNext if guide.active => {
                if let Some(t) = guide.step(*screen.get()) {
                    guide.done.push(t);
                }
                guide.why = None;
                if guide.done.len() == GuideTopic::ALL.len() {
                    guide.active = false;
                    finish(&mut settings, &config, &mut notice);
                }
            }
            Intent::SkipGuide if guide.active => {
                *guide = Guide::default();
                finish(&mut settings, &config, &mut notice);
            }
            _ => {}
        }
    }
}

/// After each decision: one plain sentence on why its most telling consequence happened.
fn explain(
    mut events: MessageReader<EngineEvent>,
    session: Option<Res<ActiveSession>>,
    mut guide: ResMut<Guide>,
) {
    let heard: Vec<_> = events.read().map(|e| e.0.clone()).collect();
    if !guide.active || heard.is_empty() {
        return;
    }
    // The sentence is about the last decision: one that explains nothing clears it.
    if let Some(s) = session {
        guide.why = why(s.scenario(), &heard);
    }
}

/// The view for the guide on `screen`.
pub fn build_view(guide: &Guide, screen: Screen) -> GuideView {
    if !guide.active || !screen.is_game() {
        return GuideView::default();
    }
    GuideView {
        step: guide.step(screen).map(|t| {
            let (title, text) = topic(t);
            let n = GuideTopic::ALL.iter().position(|x| *x == t).unwrap_or(0) + 1;
            (
                title,
                text,
                crate::wording::guide::step_of(n, GuideTopic::ALL.len()),
            )
        }),
        why: guide.why.clone(),
    }
}

fn draw_guide(
    mut contexts: EguiContexts,
    guide: Res<Guide>,
    screen: Res<State<Screen>>,
    menu: Res<State<Menu>>,
    mut intents: MessageWriter<Intent>,
    mut redraw: MessageWriter<RequestRedraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = build_view(&guide, *screen.get());
    if *menu.get() != Menu::None || view.is_empty() {
        hidden(ctx);
        return Ok(());
    }
    let mut ui = root_ui(ctx, "guide-root");
    if let Some(i) = guide_view(&mut ui, &view) {
        intents.write(i);
        redraw.write(RequestRedraw);
    }
    Ok(())
}
