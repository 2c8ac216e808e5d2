//! What the game's screens draw: the engine's views of the seats at this screen ([`Shown`]), the
//! players' names and the curtain. Two adapters fill it, and nothing else does: the local session
//! (solo, or a two-role table on one laptop) and a workshop seat (the views the host sent). The
//! meeting, the document, delivery and the debrief draw only from it, so a workshop seat is the
//! same screen as the local game.

use bevy::prelude::*;

use super::AppSystems;
use super::net::remote::Remote;
use super::session::ActiveSession;
use super::settings::Settings;
use super::state::Screen;
use super::table::{AtScreen, default_names};
use crate::engine::view::{PhaseView, RoleView};
use crate::engine::{Seat, TableMode, ViewOptions, Viewer};

/// The views this screen draws, and who sits at it.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Shown {
    /// The views of the seats at the screen: one (solo, a seat), or both seats' when both sit at
    /// a two-role screen (a meeting the delivery lead attends, the debrief).
    pub views: Vec<RoleView>,
    /// The players' names, the seller's first.
    pub names: [String; 2],
    /// Two roles at one screen: the curtain, while it is up (who takes the screen next).
    pub curtain: Option<AtScreen>,
    /// The views come from a workshop host.
    pub remote: bool,
    /// A workshop seat reads its game's briefing over its screen.
    pub briefing: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            views: Vec::new(),
            names: default_names(),
            curtain: None,
            remote: false,
            briefing: false,
        }
    }
}

/// Who reads the screen when `at` sits at a table of `mode`.
pub fn viewers(mode: TableMode, at: AtScreen) -> Vec<Viewer> {
    match (mode, at) {
        (TableMode::Solo, _) => vec![Viewer::Solo],
        (TableMode::TwoRoles, AtScreen::Seat(s)) => vec![Viewer::Seat(s)],
        (TableMode::TwoRoles, AtScreen::Both) => {
            vec![Viewer::Seat(Seat::Seller), Viewer::Seat(Seat::DeliveryLead)]
        }
    }
}

impl Shown {
    /// The local session's screen, with coach mode as set.
    pub fn local(active: &ActiveSession, coach: bool) -> Shown {
        let session = &active.session;
        let opts = ViewOptions {
            support: session.support(),
            coach,
            ..Default::default()
        };
        Shown {
            views: viewers(session.mode(), active.table.at_screen)
                .into_iter()
                .map(|v| session.view(v, opts))
                .collect(),
            names: active.table.names.both(),
            curtain: active.table.curtain,
            remote: false,
            briefing: false,
        }
    }

    /// A workshop seat's screen: of the views the host sent (two for a hot seat), those of the
    /// seats at the screen now, with the hot seat's curtain while it is up.
    pub fn remote(remote: &Remote) -> Shown {
        let at = AtScreen::of_views(&remote.views);
        let views = if remote.hot_seat() {
            remote
                .views
                .iter()
                .filter(|v| at.shows(v.seat))
                .cloned()
                .collect()
        } else {
            remote.views.clone()
        };
        Shown {
            views,
            names: default_names(),
            curtain: remote.curtain(),
            remote: true,
            briefing: remote.briefing,
        }
    }

    /// The phase every view shows.
    pub fn phase(&self) -> Option<&PhaseView> {
        self.views.first().map(|v| &v.phase)
    }

    /// The screen for what is shown: the curtain while it is up, else the phase's screen (`None`
    /// before anything is shown: a workshop seat waits on its own screen for its first view).
    pub fn screen(&self) -> Option<Screen> {
        if self.curtain.is_some() {
            return Some(Screen::Curtain);
        }
        self.phase().map(screen_for_view)
    }

    /// The view of `seat`, when it sits at the screen.
    pub fn of(&self, seat: Seat) -> Option<&RoleView> {
        self.views.iter().find(|v| v.seat == seat)
    }
}

/// The screen that shows a phase, as a view names it.
pub fn screen_for_view(phase: &PhaseView) -> Screen {
    match phase {
        PhaseView::Plan | PhaseView::Invite(_) | PhaseView::Beat(..) => Screen::Sales,
        PhaseView::Handoff | PhaseView::Review => Screen::Handoff,
        PhaseView::Delivery => Screen::Delivery,
        PhaseView::Over => Screen::Debrief,
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Shown>();
    app.add_systems(
        Update,
        (
            (show_local, show_remote).in_set(AppSystems::Persist),
            follow_shown.in_set(AppSystems::Follow),
        ),
    );
}

/// The local session's views, rebuilt whenever the session or the settings change.
fn show_local(
    active: Option<Res<ActiveSession>>,
    remote: Res<Remote>,
    settings: Res<Settings>,
    mut shown: ResMut<Shown>,
) {
    let Some(active) = active else {
        // The local game was put away (a workshop joined, back to the title): nothing of it stays.
        if !shown.remote && !shown.views.is_empty() {
            *shown = Shown::default();
        }
        return;
    };
    if !remote.views.is_empty() || !(active.is_changed() || settings.is_changed() || shown.remote) {
        return;
    }
    let next = Shown::local(&active, settings.coach_mode);
    if *shown != next {
        *shown = next;
    }
}

/// A workshop seat's views, taken as they arrive (and forgotten when it leaves).
fn show_remote(remote: Res<Remote>, mut shown: ResMut<Shown>) {
    if !remote.is_changed() {
        return;
    }
    if remote.views.is_empty() {
        if shown.remote {
            *shown = Shown::default();
        }
        return;
    }
    let next = Shown::remote(&remote);
    if *shown != next {
        *shown = next;
    }
}

/// On the game screens (and a workshop seat's), the screen is whatever is shown, unless another
/// screen was asked for this frame.
fn follow_shown(
    shown: Res<Shown>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let now = *screen.get();
    let playing = now.is_game() || now == Screen::Curtain || now == Screen::Remote;
    // A screen change asked for this frame (the player's, leaving a game) goes first.
    if !playing || !matches!(*next, NextState::Unchanged) {
        return;
    }
    if let Some(want) = shown.screen()
        && want != now
    {
        next.set(want);
    }
}
