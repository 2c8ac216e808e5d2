//! The session adapter: the one resource that holds the engine [`Session`], applies the
//! [`Intent`]s the views send, and re-emits the engine's events as [`EngineEvent`] messages.
//! ([`Intent`], [`Notice`] and [`screen_for`] live in leaf modules and are re-exported here.)
//!
//! The view contract: a view never changes game state. It returns an [`Intent`]; decisions
//! ([`Intent::Act`]) are applied here through [`Session::apply`], and everything the views show
//! afterwards comes from the engine's state and events. A refused action leaves the session
//! unchanged and becomes a [`Notice`].

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use super::AppSystems;
pub use super::intent::{Decision, Intent};
pub use super::notice::Notice;
pub use super::state::screen_for;
use super::state::{Menu, Screen};
use crate::engine::{Action, ActionError, Event, Session};
use crate::scenario::model::Scenario;

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
    /// Solo or two roles: the players' names, who sits at the screen, the curtain.
    pub table: super::table::Table,
}

impl ActiveSession {
    /// The screen the session is on: the curtain while it is up (a two-role table changing
    /// hands), otherwise the phase's screen.
    pub fn screen(&self) -> Screen {
        if self.table.curtain.is_some() {
            Screen::Curtain
        } else {
            super::state::screen_for(self.session.phase())
        }
    }

    /// A new session at the first meeting.
    pub fn start(scenario: Arc<Scenario>, path: PathBuf, seed: u64) -> Self {
        let session = Session::new(scenario, seed);
        let last_events = session.log().to_vec();
        Self::with(session, path, last_events)
    }

    /// Starts a game of a table mode with the players' names (two roles: the curtain is up
    /// first, for the seller).
    pub fn start_table(
        scenario: Arc<Scenario>,
        path: PathBuf,
        seed: u64,
        mode: crate::engine::TableMode,
        names: super::table::SeatNames,
    ) -> Self {
        let session = Session::with_mode(scenario, seed, mode);
        let last_events = session.log().to_vec();
        let mut active = Self::with(session, path, last_events);
        active.table = super::table::Table::for_session(&active.session, names);
        active
    }

    /// Wraps an existing session (a resumed save).
    pub fn resume(session: Session, path: PathBuf) -> Self {
        Self::with(session, path, Vec::new())
    }

    fn with(session: Session, scenario_path: PathBuf, last_events: Vec<Event>) -> Self {
        let table = super::table::Table::for_session(&session, Default::default());
        Self {
            session,
            scenario_path,
            table,
            last_events,
            stale: false,
        }
    }

    /// Applies one decision; on success the events are kept as [`Self::last_events`].
    pub fn apply(&mut self, action: Action) -> Result<&[Event], ActionError> {
        let events = match self.table.seat_for(&action) {
            Some(seat) => self.session.apply_as(seat, action)?,
            None => self.session.apply(action)?,
        };
        self.table.follow(&self.session);
        self.last_events = events;
        Ok(&self.last_events)
    }

    /// An engine action as a screen's decision: by the scenario's ids, taken by the seat the
    /// table gives it (the seat at the screen, or the action's own when both sit there; solo, the
    /// action's own).
    pub fn decision(&self, action: &Action) -> Decision {
        Decision::new(
            self.table.seat_for(action).unwrap_or(action.seat()),
            self.session.action_key(action),
        )
    }

    /// Applies a decision a screen offered: the seat it came from takes it (in two roles; solo,
    /// the one player takes every decision), by the scenario's ids.
    pub fn decide(&mut self, decision: &Decision) -> Result<&[Event], DecideError> {
        let action = self
            .session
            .resolve_key(&decision.key)
            .map_err(DecideError::Unknown)?;
        let events = if self.table.two_roles() {
            self.session.apply_as(decision.seat, action)
        } else {
            self.session.apply(action)
        }
        .map_err(DecideError::Refused)?;
        self.table.follow(&self.session);
        self.last_events = events;
        Ok(&self.last_events)
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Scenario {
        self.session.scenario()
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

/// Why a decision from a screen was not applied; the session is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub enum DecideError {
    /// It names an id the scenario does not have.
    Unknown(crate::engine::view::UnknownKey),
    /// The engine refused it.
    Refused(ActionError),
}

/// Applies [`Intent::Act`] to the local session while a game screen is shown and no menu is
/// open (a workshop seat holds no local session: joining puts it away); each event becomes an
/// [`EngineEvent`], a refusal becomes a [`Notice`].
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
        let Intent::Act(decision) = intent else {
            continue;
        };
        if !playing {
            continue;
        }
        match session.decide(decision) {
            Ok(new) => {
                events.write_batch(new.iter().cloned().map(EngineEvent));
                changed.write(SessionChanged);
                notice.text = None;
            }
            Err(DecideError::Refused(e)) => notice.set(crate::wording::refusal::notice(&e)),
            Err(DecideError::Unknown(u)) => notice.set(crate::wording::actions::unknown_key(&u)),
        }
    }
}

fn dismiss_notice(mut intents: MessageReader<Intent>, mut notice: ResMut<Notice>) {
    if intents.read().any(|i| *i == Intent::DismissNotice) {
        notice.text = None;
    }
}
