//! The curtain's plugin and systems (two roles, hot seat): after a decision that passes the
//! screen to the other seat (or to both), the game shows [`Screen::Curtain`] until the player
//! taking over continues; then the screen follows the engine's phase again. The view is
//! [`crate::game::views::curtain`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::session::{ActiveSession, SessionChanged};
use crate::game::state::Screen;
use crate::game::table::AtScreen;
use crate::game::theme::UiSystems;
use crate::game::views::curtain::{CurtainView, curtain_view};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            lift_curtain.in_set(AppSystems::Navigate),
            raise_curtain.in_set(AppSystems::Follow),
        ),
    );
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_curtain
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Curtain)),
    );
}

/// Raises the curtain over a game screen when the table says the screen changes hands.
fn raise_curtain(
    session: Option<Res<ActiveSession>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(active) = session else {
        return;
    };
    if active.table.curtain.is_some() && screen.get().is_game() {
        next.set(Screen::Curtain);
    }
}

/// The player taking over continues: the curtain comes down, the phase's screen comes back.
fn lift_curtain(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    session: Option<ResMut<ActiveSession>>,
    mut next: ResMut<NextState<Screen>>,
    mut changed: MessageWriter<SessionChanged>,
) {
    let Some(mut active) = session else {
        intents.clear();
        return;
    };
    for intent in on.intents(Screen::Curtain, &mut intents) {
        if *intent == Intent::TakeSeat {
            active.table.lift();
            next.set(active.screen());
            changed.write(SessionChanged);
        }
    }
}

/// The curtain's view model: the words for who takes over now.
pub fn build_view(active: &ActiveSession) -> CurtainView {
    let t = &active.table;
    let to = t.curtain.unwrap_or(t.at_screen);
    let names = t.names.both();
    let (seat, badge) = match to {
        AtScreen::Seat(s) => (Some(s), t.names.of(s)),
        AtScreen::Both => (
            None,
            crate::wording::table::both_names(&names[0], &names[1]),
        ),
    };
    CurtainView {
        words: crate::wording::table::curtain(
            seat,
            &active.session.phase_view(),
            [&names[0], &names[1]],
        ),
        badge,
    }
}

fn draw_curtain(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let view = build_view(&active);
    let mut ui = root_ui(ctx, "curtain");
    let intent = curtain_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
