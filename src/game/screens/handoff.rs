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
use crate::game::views::review::{self, review_view};

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
    let mut ui = root_ui(ctx, "handoff");
    // Two roles: the delivery lead reviews the document; the seller wrote it.
    let intent = if active.session.phase() == crate::engine::Phase::Review {
        let names = active.table.names.both();
        review_view(&mut ui, &review::build_view(&active.session, names))
    } else {
        handoff_view(&mut ui, &build_view(&active))
    };
    io.send(intent);
    Ok(())
}
