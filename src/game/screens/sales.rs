//! The sales screen's plugin and systems: the view model is built from the session and drawn by
//! [`crate::game::views::sales`]; decisions are engine actions applied by the session plugin, the
//! highlight is kept by the screens plugin.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::what_if::WhatIfPanel;
use super::{Highlight, ScreenIo, ScreenRoot, root_ui};
use crate::game::session::ActiveSession;
use crate::game::settings::Settings;
use crate::game::state::{RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::theme::portraits::{Portraits, stakeholder_portrait, team_portrait};
use crate::game::views::sales::{Face, build_view, sales_view};
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
    session: Option<Res<ActiveSession>>,
    settings: Res<Settings>,
    highlight: Query<&Highlight, With<ScreenRoot>>,
    mut portraits: ResMut<Portraits>,
    (mode, what_if): (Res<RunMode>, Res<WhatIfPanel>),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let h = highlight.iter().next().and_then(|h| h.0);
    let s = active.session.scenario();
    let mut view = build_view(&active, settings.coach_mode, h, |face| match face {
        Face::Client(i) => portraits.get(ctx, &stakeholder_portrait(s, i)),
        Face::Team(r) => portraits.get(ctx, team_portrait(r)?),
    });
    let fresh = what_if.at == Some(active.session.actions().len());
    let previews = if fresh { &what_if.previews[..] } else { &[] };
    view.what_if = WhatIfView::build(*mode, what_if.open, &active.session, previews);
    let mut ui = root_ui(ctx, "sales");
    let intent = sales_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
