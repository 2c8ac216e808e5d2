//! The scenario picker's plugin and systems: choosing a scenario for the briefing. The view is
//! [`crate::game::views::picker`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ChosenScenario, Highlight, ScreenGate, ScreenIo, ScreenRoot, root_ui};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::levels::Catalogue;
use crate::game::notice::Notice;
use crate::game::state::Screen;
use crate::game::theme::UiSystems;
use crate::game::views::picker::{build_view, picker_view};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_picker.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_picker
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Picker)),
    );
}

fn handle_picker(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut commands: Commands,
    catalogue: Res<Catalogue>,
    mut next: ResMut<NextState<Screen>>,
    mut notice: ResMut<Notice>,
) {
    for intent in on.intents(Screen::Picker, &mut intents) {
        match intent {
            Intent::Back => next.set(Screen::Title),
            Intent::Pick(path) => match catalogue.by_path(path).map(|e| &e.scenario) {
                Some(Ok(s)) => {
                    commands.insert_resource(ChosenScenario {
                        path: path.clone(),
                        scenario: s.clone(),
                    });
                    next.set(Screen::Briefing);
                }
                _ => notice.set(crate::tr!("views-level-has-problems")),
            },
            _ => {}
        }
    }
}

fn draw_picker(
    mut contexts: EguiContexts,
    catalogue: Res<Catalogue>,
    highlight: Query<&Highlight, With<ScreenRoot>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let h = highlight.iter().next().and_then(|h| h.0);
    let view = build_view(&catalogue, h);
    let mut ui = root_ui(ctx, "picker");
    let intent = picker_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
