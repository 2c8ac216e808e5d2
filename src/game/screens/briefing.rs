//! The briefing screen's plugin and systems: starting the game when the player begins. The view is
//! [`crate::game::views::briefing`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ChosenScenario, ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::session::{ActiveSession, SessionChanged};
use crate::game::settings::Settings;
use crate::game::state::{RunMode, Screen, screen_for};
use crate::game::theme::UiSystems;
use crate::game::theme::portraits::{Portraits, stakeholder_portrait};
use crate::game::views::briefing::{briefing_view, build_view};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_briefing.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_briefing
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Briefing)),
    );
}

fn handle_briefing(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut commands: Commands,
    chosen: Option<Res<ChosenScenario>>,
    mut next: ResMut<NextState<Screen>>,
    mut changed: MessageWriter<SessionChanged>,
    mut mode: ResMut<RunMode>,
) {
    for intent in on.intents(Screen::Briefing, &mut intents) {
        match intent {
            Intent::Back => next.set(Screen::Picker),
            Intent::SetRunMode(m) => *mode = *m,
            Intent::Begin => {
                let Some(chosen) = &chosen else {
                    next.set(Screen::Picker);
                    continue;
                };
                let seed = chosen.scenario.default_seed;
                let active =
                    ActiveSession::start(chosen.scenario.clone(), chosen.path.clone(), seed);
                next.set(screen_for(active.session.phase()));
                commands.insert_resource(active);
                changed.write(SessionChanged);
            }
            _ => {}
        }
    }
}

fn draw_briefing(
    mut contexts: EguiContexts,
    chosen: Option<Res<ChosenScenario>>,
    settings: Res<Settings>,
    mode: Res<RunMode>,
    mut portraits: ResMut<Portraits>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(chosen) = chosen else {
        return Ok(());
    };
    let s = &chosen.scenario;
    let mut view = build_view(s, settings.coach_mode, |i| {
        portraits.get(ctx, &stakeholder_portrait(s, i))
    });
    view.mode = *mode;
    let mut ui = root_ui(ctx, "briefing");
    let intent = briefing_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
