//! The session adapter: the one resource that holds the engine [`Session`], the [`Intent`]s the
//! views send, and the engine's events re-emitted as [`EngineEvent`] messages.
//!
//! The view contract: a view never changes game state. It returns an [`Intent`]; decisions
//! ([`Intent::Act`]) are applied here through [`Session::apply`], and everything the views show
//! afterwards comes from the engine's state and events. A refused action leaves the session
//! unchanged and becomes a [`Notice`].

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use super::AppSystems;
use super::screens::{Menu, Screen};
use super::settings::Settings;
use crate::engine::{Action, ActionError, Event, Phase, Session};
use crate::scenario::model::Scenario;

/// Something the player asked for. Views return these; systems act on them.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Title: choose a scenario for a new game.
    NewGame,
    /// Title: carry on with the saved (or current) game.
    Continue,
    /// Move the highlight on the current screen to item `n` (0-based).
    Highlight(usize),
    /// Picker: play the scenario in this file.
    Pick(PathBuf),
    /// Briefing: start the first meeting.
    Begin,
    /// Go back one screen (picker to title, briefing to picker).
    Back,
    /// Open the pause menu.
    Pause,
    /// Close the pause menu.
    Resume,
    /// Open the settings.
    OpenSettings,
    /// Close the settings.
    CloseSettings,
    /// Title: show the about screen (version, licences, data folder).
    OpenAbout,
    /// Use these settings (saved at once).
    SetSettings(Settings),
    /// Leave the game for the title screen (the game stays saved).
    ToTitle,
    /// Quit the application.
    Quit,
    /// Dismiss the notice banner.
    DismissNotice,
    /// A decision in the game, applied by the engine.
    Act(Action),
    /// Debrief: a tab, the what-if form, a replay, an export (handled by the debrief screen).
    Debrief(super::views::debrief::DebriefIntent),
}

/// One engine event, as a Bevy message, in the order the engine reported them.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct EngineEvent(pub Event);

/// Written whenever the session changed (a new game, a resumed game, a decision): the autosave listens.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionChanged;

/// The game in progress.
#[derive(Resource, Debug, Clone)]
pub struct ActiveSession {
    /// The engine's session.
    pub session: Session,
    /// The scenario file it was started from.
    pub scenario_path: PathBuf,
    /// The events of the last decision (what the screen shows as "what just happened").
    pub last_events: Vec<Event>,
    /// The scenario file changed on disk since this session started (it plays on with its own copy).
    pub stale: bool,
}

impl ActiveSession {
    /// A new session at the first meeting.
    pub fn start(scenario: Arc<Scenario>, path: PathBuf, seed: u64) -> Self {
        let session = Session::new(scenario, seed);
        let last_events = session.log().to_vec();
        Self::with(session, path, last_events)
    }

    /// Wraps an existing session (a resumed save).
    pub fn resume(session: Session, path: PathBuf) -> Self {
        Self::with(session, path, Vec::new())
    }

    fn with(session: Session, scenario_path: PathBuf, last_events: Vec<Event>) -> Self {
        Self {
            session,
            scenario_path,
            last_events,
            stale: false,
        }
    }

    /// Applies one decision; on success the events are kept as [`Self::last_events`].
    pub fn apply(&mut self, action: Action) -> Result<&[Event], ActionError> {
        let events = self.session.apply(action)?;
        self.last_events = events;
        Ok(&self.last_events)
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        self.session.scenario()
    }
}

/// The screen that shows a phase.
pub fn screen_for(phase: Phase) -> Screen {
    match phase {
        Phase::Invite(_) | Phase::Beat(..) => Screen::Sales,
        Phase::Handoff => Screen::Handoff,
        Phase::Delivery => Screen::Delivery,
        Phase::Over => Screen::Debrief,
    }
}

/// A one-line message for the player, shown as a banner until dismissed or replaced.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Notice {
    /// The text, if any.
    pub text: Option<String>,
}

impl Notice {
    /// Shows `text`.
    pub fn set(&mut self, text: impl Into<String>) {
        self.text = Some(text.into());
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Intent>()
        .add_message::<EngineEvent>()
        .add_message::<SessionChanged>()
        .init_resource::<Notice>();
    app.add_systems(
        Update,
        (
            apply_decisions.in_set(AppSystems::Play),
            dismiss_notice.in_set(AppSystems::Navigate),
        ),
    );
}

/// Applies [`Intent::Act`] to the session while a game screen is shown and no menu is open;
/// each event becomes an [`EngineEvent`], a refusal becomes a [`Notice`].
pub fn apply_decisions(
    mut intents: MessageReader<Intent>,
    session: Option<ResMut<ActiveSession>>,
    screen: Res<State<Screen>>,
    menu: Res<State<Menu>>,
    mut events: MessageWriter<EngineEvent>,
    mut changed: MessageWriter<SessionChanged>,
    mut notice: ResMut<Notice>,
) {
    let Some(mut session) = session else {
        intents.clear();
        return;
    };
    let playing = screen.get().is_game() && *menu.get() == Menu::None;
    for intent in intents.read() {
        let Intent::Act(action) = intent else {
            continue;
        };
        if !playing {
            continue;
        }
        match session.apply(action.clone()) {
            Ok(new) => {
                events.write_batch(new.iter().cloned().map(EngineEvent));
                changed.write(SessionChanged);
                notice.text = None;
            }
            Err(e) => notice.set(format!("That can't be done now: {e}.")),
        }
    }
}

fn dismiss_notice(mut intents: MessageReader<Intent>, mut notice: ResMut<Notice>) {
    if intents.read().any(|i| *i == Intent::DismissNotice) {
        notice.text = None;
    }
}
