//! The about screen, opened from the title screen: version, licences, and where the data folder
//! and the levels are. The view is [`crate::game::views::about`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::game::theme::UiSystems;
use crate::game::views::about::{AboutView, about_view};
use crate::game::{AppSystems, GameConfig, Intent};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_about.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_about
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::About)),
    );
}

/// Title → about (`Intent::OpenAbout`), about → title (`Intent::Back`).
fn handle_about(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut next: ResMut<NextState<Screen>>,
) {
    let (title, about) = (on.is(Screen::Title), on.is(Screen::About));
    for intent in intents.read() {
        match intent {
            Intent::OpenAbout if title => next.set(Screen::About),
            Intent::Back if about => next.set(Screen::Title),
            _ => {}
        }
    }
}

fn draw_about(
    mut contexts: EguiContexts,
    config: Res<GameConfig>,
    mut view: Local<Option<AboutView>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = view.get_or_insert_with(|| {
        AboutView::new(config.data_dir.as_deref(), config.shipped_levels.as_deref())
    });
    let mut ui = root_ui(ctx, "about");
    let intent = about_view(&mut ui, view);
    io.send(intent);
    Ok(())
}
