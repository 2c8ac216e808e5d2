//! The sales screen's plugin and systems: the view model is built from the views shown (the local
//! session's or a workshop seat's) and drawn by [`crate::game::views::sales`]; decisions go to the
//! session plugin (or the host), the highlight is kept by the screens plugin.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::remote::SeatBarParam;
use super::what_if::WhatIfPanel;
use super::{Highlight, ScreenIo, ScreenRoot, root_ui};
use crate::game::session::ActiveSession;
use crate::game::shown::Shown;
use crate::game::state::{RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::theme::portraits::{Portraits, face_portrait, team_portrait};
use crate::game::views::sales::Face;
use crate::game::views::screen::{ScreenModel, screen_model};
use crate::game::views::what_if::WhatIfView;

pub(super) fn plugin(_app: &mut App) {
    // Decisions are applied by the session plugin; the highlight by the screens plugin.
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_sales
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Sales)),
    );
}

fn draw_sales(
    mut contexts: EguiContexts,
    shown: Res<Shown>,
    session: Option<Res<ActiveSession>>,
    highlight: Query<&Highlight, With<ScreenRoot>>,
    mut portraits: ResMut<Portraits>,
    (mode, what_if, bar): (Res<RunMode>, Res<WhatIfPanel>, SeatBarParam),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let h = highlight.iter().next().and_then(|h| h.0);
    let Some(mut model) = screen_model(&shown, None, &Default::default(), h, |face| match face {
        Face::Client(f) => portraits.get(ctx, &face_portrait(f)),
        Face::Team(r) => portraits.get(ctx, team_portrait(r)?),
    }) else {
        return Ok(());
    };
    // What-if during play is the local practice game's own aid.
    if let (ScreenModel::Sales(view), Some(active)) =
        (&mut model, session.filter(|_| !shown.remote))
    {
        let fresh = what_if.at == Some(active.session.actions().len());
        let previews = if fresh { &what_if.previews[..] } else { &[] };
        view.what_if = WhatIfView::build(*mode, what_if.open, &active.session, previews);
    }
    let mut ui = root_ui(ctx, "sales");
    let mut intent = bar.draw(&mut ui);
    intent = intent.or(model.draw(&mut ui));
    io.send(intent);
    Ok(())
}
