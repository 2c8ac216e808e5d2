//! The delivery screen: the board for the current week. Decisions go out as [`Intent::Act`] and
//! are applied by the session plugin; the view is rebuilt only when the session or the settings
//! change.
//!
//! [`Intent::Act`]: crate::game::session::Intent::Act

use bevy::prelude::*;

use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::what_if::WhatIfPanel;
use super::{Screen, ScreenIo, root_ui};
use crate::game::session::ActiveSession;
use crate::game::settings::Settings;
use crate::game::state::RunMode;
use crate::game::theme::UiSystems;
use crate::game::views::delivery::{DeliveryView, delivery_view};
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

/// The last view built, and what it was built from (decisions so far, coach mode).
#[derive(Default)]
struct Cached {
    key: Option<(usize, bool)>,
    view: Option<DeliveryView>,
}

fn draw_delivery(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    settings: Res<Settings>,
    mut cache: Local<Cached>,
    (mode, what_if): (Res<RunMode>, Res<WhatIfPanel>),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(active) = session else {
        return Ok(());
    };
    let key = (active.session.actions().len(), settings.coach_mode);
    if cache.key != Some(key) || active.is_changed() {
        // Two roles: the board is the viewer's, with the dates their role view holds.
        let seat = active.table.two_roles().then(|| active.table.viewer());
        cache.view = DeliveryView::build_for(&active.session, settings.coach_mode, seat);
        cache.key = Some(key);
    }
    let Some(view) = &mut cache.view else {
        return Ok(());
    };
    let fresh = what_if.at == Some(active.session.actions().len());
    let previews = if fresh { &what_if.previews[..] } else { &[] };
    view.what_if = WhatIfView::build(*mode, what_if.open, &active.session, previews);
    let mut ui = root_ui(ctx, "delivery");
    let intent = delivery_view(&mut ui, view);
    io.send(intent);
    Ok(())
}
