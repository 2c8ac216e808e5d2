//! The curtain's plugin and systems (two roles at one screen, local or a workshop's hot seat):
//! after a decision that passes the screen to the other seat (or to both), [`Shown`] holds the
//! curtain and the game shows [`Screen::Curtain`] until the player taking over continues; then the
//! screen follows the phase again. The view is [`crate::game::views::curtain`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::remote::SeatBarParam;
use super::{ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::session::{ActiveSession, SessionChanged};
use crate::game::shown::Shown;
use crate::game::state::Screen;
use crate::game::theme::UiSystems;
use crate::game::views::curtain::{build_view, curtain_view};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, lift_curtain.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_curtain
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Curtain)),
    );
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

fn draw_curtain(
    mut contexts: EguiContexts,
    shown: Res<Shown>,
    bar: SeatBarParam,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(view) = build_view(&shown) else {
        return Ok(());
    };
    let mut ui = root_ui(ctx, "curtain");
    let mut intent = bar.draw(&mut ui);
    intent = intent.or(curtain_view(&mut ui, &view));
    io.send(intent);
    Ok(())
}
