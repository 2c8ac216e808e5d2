//! The delivery screen: the board for the current week, built from the views shown (the local
//! session's or a workshop seat's; those change only when a decision, a view from the host or a
//! setting does). Decisions go out as [`Intent::Act`], applied by the session plugin (or sent to
//! the host).
//!
//! [`Intent::Act`]: crate::game::session::Intent::Act

use bevy::prelude::*;

use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::remote::SeatBarParam;
use super::what_if::WhatIfPanel;
use super::{Screen, ScreenIo, root_ui};
use crate::game::session::ActiveSession;
use crate::game::shown::Shown;
use crate::game::state::RunMode;
use crate::game::theme::UiSystems;
use crate::game::views::screen::{ScreenModel, screen_model};
use crate::game::views::what_if::WhatIfView;

pub(super) fn plugin(_app: &mut App) {
    // Decisions are applied by the session plugin; nothing else happens on this screen.
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_delivery
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Delivery)),
    );
}

fn draw_delivery(
    mut contexts: EguiContexts,
    shown: Res<Shown>,
    session: Option<Res<ActiveSession>>,
    (mode, what_if, bar): (Res<RunMode>, Res<WhatIfPanel>, SeatBarParam),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut model) = screen_model(&shown, None, &Default::default(), None, |_| None) else {
        return Ok(());
    };
    // What-if during play is the local practice game's own aid.
    if let (ScreenModel::Delivery(view), Some(active)) =
        (&mut model, session.filter(|_| !shown.remote))
    {
        let fresh = what_if.at == Some(active.session.actions().len());
        let previews = if fresh { &what_if.previews[..] } else { &[] };
        view.what_if = WhatIfView::build(*mode, what_if.open, &active.session, previews);
    }
    let mut ui = root_ui(ctx, "delivery");
    let mut intent = bar.draw(&mut ui);
    intent = intent.or(model.draw(&mut ui));
    io.send(intent);
    Ok(())
}
