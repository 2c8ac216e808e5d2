//! The briefing screen's plugin and systems: the level of support chosen (starting from the
//! room's setting), and starting the game at it when the player begins. The view is
//! [`crate::game::views::briefing`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ChosenScenario, ScreenGate, ScreenIo, root_ui};
use crate::engine::{Support, TableMode};
use crate::game::AppSystems;
use crate::game::intent::{Intent, TableChoice};
use crate::game::session::{ActiveSession, SessionChanged};
use crate::game::settings::Settings;
use crate::game::state::{RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::theme::portraits::{Portraits, stakeholder_portrait};
use crate::game::views::briefing::{briefing_view, build_view};

/// The level of support chosen on the briefing; set from [`Settings::support`] on entering it.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BriefingSupport(pub Support);

/// The briefing's table choice: solo or two roles, and the players' names (kept between games).
#[derive(Resource, Debug, Clone, PartialEq, Default)]
pub struct BriefingTable(pub TableChoice);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<BriefingSupport>()
        .init_resource::<BriefingTable>()
        .add_systems(OnEnter(Screen::Briefing), start_from_room_setting)
        .add_systems(Update, handle_briefing.in_set(AppSystems::Navigate));
}

fn start_from_room_setting(settings: Res<Settings>, mut chosen: ResMut<BriefingSupport>) {
    chosen.0 = settings.support;
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
    // The two answers the briefing offers: the level of support and practice or assessed.
    (mut support, mut mode, mut table): (
        ResMut<BriefingSupport>,
        ResMut<RunMode>,
        ResMut<BriefingTable>,
    ),
) {
    for intent in on.intents(Screen::Briefing, &mut intents) {
        match intent {
            Intent::Back => next.set(Screen::Picker),
            Intent::ChooseSupport(s) => support.0 = *s,
            Intent::SetRunMode(m) => *mode = *m,
            Intent::SetTable(t) => table.0 = t.clone(),
            Intent::Begin => {
                let Some(chosen) = &chosen else {
                    next.set(Screen::Picker);
                    continue;
                };
                let seed = chosen.scenario.default_seed;
                let table_mode = if table.0.two_roles {
                    TableMode::TwoRoles
                } else {
                    TableMode::Solo
                };
                let mut active = ActiveSession::start_table(
                    chosen.scenario.clone(),
                    chosen.path.clone(),
                    seed,
                    table_mode,
                    table.0.names.clone(),
                );
                active.session.set_support(support.0);
                next.set(active.screen());
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
    // The briefing's answers: support, practice or assessed, solo or two roles.
    (support, mode, table): (Res<BriefingSupport>, Res<RunMode>, Res<BriefingTable>),
    mut portraits: ResMut<Portraits>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(chosen) = chosen else {
        return Ok(());
    };
    let s = &chosen.scenario;
    let mut view = build_view(s, settings.coach_mode, support.0, |i| {
        portraits.get(ctx, &stakeholder_portrait(s, i))
    });
    view.mode = *mode;
    view.table = table.0.clone();
    let mut ui = root_ui(ctx, "briefing");
    let intent = briefing_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
