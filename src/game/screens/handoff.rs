//! The document's screen (the handoff and, in two roles, the review): its plugin and systems. The
//! view model is built from the views shown (the local session's or a workshop seat's) and drawn by
//! [`crate::game::views::handoff`] or [`crate::game::views::review`]; a seat with no part in the
//! document yet waits. Decisions go to the session plugin (or the host).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::remote::SeatBarParam;
use super::{ScreenIo, root_ui};
use crate::game::shown::Shown;
use crate::game::state::Screen;
use crate::game::theme::UiSystems;
use crate::game::views::screen::screen_model;

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
    shown: Res<Shown>,
    bar: SeatBarParam,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(model) = screen_model(&shown, None, &Default::default(), None, |_| None) else {
        return Ok(());
    };
    let mut ui = root_ui(ctx, "handoff");
    let mut intent = bar.draw(&mut ui);
    // Two roles: the delivery lead reviews the document; the seller wrote it.
    intent = intent.or(model.draw(&mut ui));
    io.send(intent);
    Ok(())
}
