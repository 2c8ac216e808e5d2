//! The menus over the screens, plugin and systems: the pause menu (Esc during a game: resume,
//! settings, back to title), the settings, and the notice banner. The view is
//! [`crate::game::views::pause`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::progress::{ProgressPage, queued, results_view};
use super::{ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::GameConfig;
use crate::game::intent::Intent;
use crate::game::notice::Notice;
use crate::game::settings::Settings;
use crate::game::state::{Menu, Screen};
use crate::game::theme::UiSystems;
use crate::game::views::pause::{OverlayView, overlay_view_with};

/// Where the settings were opened from (they go back there when closed).
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SettingsReturn(pub Menu);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SettingsReturn>();
    app.add_systems(Update, handle_menus.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_overlays.in_set(UiSystems::Overlay),
    );
}

fn handle_menus(
    mut intents: MessageReader<Intent>,
    screen: Res<State<Screen>>,
    menu: Res<State<Menu>>,
    mut ret: ResMut<SettingsReturn>,
    mut next_menu: ResMut<NextState<Menu>>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for intent in intents.read() {
        match intent {
            Intent::Pause if screen.get().is_game() && *menu.get() == Menu::None => {
                next_menu.set(Menu::Pause);
            }
            Intent::Resume => next_menu.set(Menu::None),
            Intent::OpenSettings => {
                ret.0 = if *menu.get() == Menu::Pause {
                    Menu::Pause
                } else {
                    Menu::None
                };
                next_menu.set(Menu::Settings);
            }
            Intent::CloseSettings => next_menu.set(ret.0),
            Intent::ToTitle => {
                next_menu.set(Menu::None);
                next_screen.set(Screen::Title);
            }
            Intent::Quit => {
                exit.write(AppExit::Success);
            }
            _ => {}
        }
    }
}

fn draw_overlays(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    menu: Res<State<Menu>>,
    settings: Res<Settings>,
    notice: Res<Notice>,
    (page, config): (Res<ProgressPage>, Res<GameConfig>),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut ui = root_ui(ctx, "overlays");
    let view = OverlayView {
        menu: *menu.get(),
        in_game: screen.get().is_game(),
        settings: settings.clone(),
        notice: notice.text.clone(),
    };
    let results = (*menu.get() == Menu::Settings).then(|| results_view(&page, queued(&config)));
    let intent = overlay_view_with(&mut ui, &view, results.as_ref());
    io.send_always(intent);
    Ok(())
}
