//! The handoff screen's plugin and systems: the PID is built from the
//! session and drawn by [`crate::game::views::handoff`]; its decisions are engine actions applied by
//! the session plugin.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ScreenIo, root_ui};
use crate::game::session::ActiveSession;
use crate::game::state::Screen;
use crate::game::theme::UiSystems;
use crate::game::views::handoff::{build_view, handoff_view};

pub(super) fn plugin(_app: &mut App) {
    // Ticks and the handover are engine decisions, applied by the session plugin.
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_handoff
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Handoff)),
    );
}

fn draw_handoff(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let view = build_view(&active);
    let mut ui = root_ui(ctx, "handoff");
    let intent = handoff_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
