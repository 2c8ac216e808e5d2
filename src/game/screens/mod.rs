//! The screen state machine's systems: one [`Screen`] at a time (the states live in the leaf
//! [`crate::game::state`]), with an optional [`Menu`] over it.
//!
//! Each screen file has a logic plugin (`plugin`: what its intents do, headless-safe; intents are
//! read through [`ScreenGate::intents`]) and a view plugin (`ui_plugin`: its egui system, which
//! builds the view model and calls the pure view in `views/X.rs`). Per-screen UI state lives on a
//! screen root entity with `DespawnOnExit`, so it resets whenever the screen is left.

pub mod about;
pub mod briefing;
pub mod console;
pub mod curtain;
pub mod debrief;
pub mod delivery;
pub mod drill;
pub mod guide;
pub mod handoff;
pub mod host_workshop;
pub mod join;
pub mod pause;
pub mod picker;
pub mod progress;
pub mod remote;
pub mod sales;
pub mod title;
pub mod what_if;

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::egui;

use super::AppSystems;
use super::first_frame::FirstFrame;
use super::intent::Intent;
use super::session::EngineEvent;
pub use super::state::{Menu, Screen};
pub use super::views::keys::{self, step_highlight};
use crate::scenario::model::Scenario;

/// The root entity of the current screen (despawned when the screen is left).
#[derive(Component, Debug, Default)]
pub struct ScreenRoot;

/// The highlighted item on the current screen (number keys and arrows move it, Enter uses it).
#[derive(Component, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Highlight(pub Option<usize>);

/// The scenario chosen in the picker, shown in the briefing.
#[derive(Resource, Debug, Clone)]
pub struct ChosenScenario {
    /// Its file.
    pub path: PathBuf,
    /// The scenario.
    pub scenario: Arc<Scenario>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>().init_state::<Menu>();
    for screen in Screen::ALL {
        app.add_systems(OnEnter(screen), spawn_screen_root(screen));
    }
    app.add_systems(
        Update,
        (
            move_highlight.in_set(AppSystems::Navigate),
            clear_highlight_on_decision.in_set(AppSystems::Persist),
        ),
    );
    app.add_plugins((
        title::plugin,
        picker::plugin,
        briefing::plugin,
        sales::plugin,
        handoff::plugin,
        delivery::plugin,
        debrief::plugin,
        pause::plugin,
        drill::plugin,
        progress::plugin,
        guide::plugin,
        about::plugin,
        what_if::plugin,
        curtain::plugin,
    ));
    app.add_plugins((
        join::plugin,
        host_workshop::plugin,
        console::plugin,
        remote::plugin,
    ));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_plugins((
        title::ui_plugin,
        picker::ui_plugin,
        briefing::ui_plugin,
        sales::ui_plugin,
        handoff::ui_plugin,
        delivery::ui_plugin,
        debrief::ui_plugin,
        pause::ui_plugin,
        drill::ui_plugin,
        progress::ui_plugin,
        guide::ui_plugin,
        about::ui_plugin,
        curtain::ui_plugin,
    ));
    app.add_plugins((
        join::ui_plugin,
        host_workshop::ui_plugin,
        console::ui_plugin,
        remote::ui_plugin,
    ));
}

fn spawn_screen_root(screen: Screen) -> impl Fn(Commands) {
    move |mut commands: Commands| {
        commands.spawn((
            Name::new(format!("{screen:?} screen")),
            DespawnOnExit(screen),
            ScreenRoot,
            Highlight::default(),
        ));
    }
}

fn move_highlight(
    mut intents: MessageReader<Intent>,
    mut highlight: Query<&mut Highlight, With<ScreenRoot>>,
) {
    for intent in intents.read() {
        if let Intent::Highlight(n) = intent {
            for mut h in &mut highlight {
                h.0 = Some(*n);
            }
        }
    }
}

/// A decision changes what is on offer: the highlight starts again.
fn clear_highlight_on_decision(
    mut events: MessageReader<EngineEvent>,
    mut highlight: Query<&mut Highlight, With<ScreenRoot>>,
) {
    if events.read().count() > 0 {
        for mut h in &mut highlight {
            h.0 = None;
        }
    }
}

/// The current screen and menu, for intent handlers. Handlers run every frame (not behind a
/// state condition) so their message readers never fall behind and read stale intents later.
#[derive(bevy::ecs::system::SystemParam)]
pub struct ScreenGate<'w> {
    screen: Res<'w, State<Screen>>,
    menu: Res<'w, State<Menu>>,
}

impl ScreenGate<'_> {
    /// True when `screen` is shown and no menu is over it.
    pub fn is(&self, screen: Screen) -> bool {
        *self.screen.get() == screen && *self.menu.get() == Menu::None
    }

    /// The intents for `screen`: all of them while it is shown with no menu over it, none
    /// otherwise. The reader is emptied either way, so old intents are never read later. The one
    /// way a screen's handler reads intents.
    pub fn intents<'a>(
        &self,
        screen: Screen,
        intents: &'a mut MessageReader<'_, '_, Intent>,
    ) -> impl Iterator<Item = &'a Intent> + use<'a> {
        let open = self.is(screen);
        intents.read().filter(move |_| open)
    }
}

/// What a screen's egui system needs to talk back: the intent writer (which also asks for a
/// redraw, so the intent is handled at once on an idle window) and the first-frame flag.
#[derive(bevy::ecs::system::SystemParam)]
pub struct ScreenIo<'w> {
    intents: MessageWriter<'w, Intent>,
    redraw: MessageWriter<'w, RequestRedraw>,
    first: ResMut<'w, FirstFrame>,
    menu: Res<'w, State<Menu>>,
}

impl ScreenIo<'_> {
    /// Sends the screen's intent, unless a menu is open over the screen.
    pub fn send(&mut self, intent: Option<Intent>) {
        self.first.drawn = true;
        if *self.menu.get() != Menu::None {
            return;
        }
        self.send_always(intent);
    }

    /// Sends an intent whatever is open (for the menus themselves).
    pub fn send_always(&mut self, intent: Option<Intent>) {
        if let Some(intent) = intent {
            self.intents.write(intent);
            self.redraw.write(RequestRedraw);
        }
    }

    /// True when no menu is open.
    pub fn screen_has_input(&self) -> bool {
        *self.menu.get() == Menu::None
    }
}

/// A full-window root `Ui` for a screen's view.
pub fn root_ui(ctx: &egui::Context, id: &str) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        egui::Id::new(id),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.content_rect()),
    )
}
