//! The screen state machine: one [`Screen`] at a time, with an optional [`Menu`] over it.
//!
//! Each screen file has a logic plugin (`plugin`: what its intents do, headless-safe) and a view
//! plugin (`ui_plugin`: its egui system and pure view function). Per-screen UI state lives on a
//! screen root entity with `DespawnOnExit`, so it resets whenever the screen is left.

pub mod about;
pub mod briefing;
pub mod debrief;
pub mod delivery;
pub mod handoff;
pub mod pause;
pub mod picker;
pub mod sales;
pub mod title;

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::egui;

use super::AppSystems;
use super::first_frame::FirstFrame;
use super::session::{ActiveSession, EngineEvent, Intent, screen_for};
use crate::scenario::model::Scenario;

/// The screens, in the order a game goes through them.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Continue, new game, settings, quit.
    #[default]
    Title,
    /// Choose a scenario.
    Picker,
    /// Read about the client, the people, the team and how you will be judged.
    Briefing,
    /// Sell: meetings, pacing, promises.
    Sales,
    /// Write the project initiation document.
    Handoff,
    /// Run delivery week by week.
    Delivery,
    /// See the outcome and which promise caused what.
    Debrief,
    /// Version, licences, where the data folder is (from the title screen).
    About,
}

impl Screen {
    /// Every screen, in order.
    pub const ALL: [Screen; 8] = [
        Screen::Title,
        Screen::Picker,
        Screen::Briefing,
        Screen::Sales,
        Screen::Handoff,
        Screen::Delivery,
        Screen::Debrief,
        Screen::About,
    ];

    /// True for the screens that show a game in progress (decisions and the pause menu apply).
    pub fn is_game(self) -> bool {
        matches!(
            self,
            Screen::Sales | Screen::Handoff | Screen::Delivery | Screen::Debrief
        )
    }

    /// Lower-case name (`--screen` values and tour file names).
    pub fn name(self) -> &'static str {
        match self {
            Screen::Title => "title",
            Screen::Picker => "picker",
            Screen::Briefing => "briefing",
            Screen::Sales => "sales",
            Screen::Handoff => "handoff",
            Screen::Delivery => "delivery",
            Screen::Debrief => "debrief",
            Screen::About => "about",
        }
    }

    /// The screen with this [`Screen::name`].
    pub fn from_name(name: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A menu over the current screen.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Menu {
    /// No menu: the screen takes input.
    #[default]
    None,
    /// Resume, settings, back to title.
    Pause,
    /// UI scale, contrast, coach mode.
    Settings,
}

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
            follow_phase.in_set(AppSystems::Follow),
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
        about::plugin,
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
        about::ui_plugin,
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

/// On the game screens, the screen is whatever the engine's phase says.
fn follow_phase(
    session: Option<Res<ActiveSession>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(session) = session else {
        return;
    };
    if !screen.get().is_game() {
        return;
    }
    let want = screen_for(session.session.phase());
    if want != *screen.get() {
        next.set(want);
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

/// Keyboard helpers for the views.
pub mod keys {
    use bevy_egui::egui::{Key, Ui};

    /// The number key pressed this frame, as a 0-based index (1 → 0 … 9 → 8).
    pub fn number(ui: &Ui) -> Option<usize> {
        const KEYS: [Key; 9] = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        ui.input(|i| KEYS.iter().position(|k| i.key_pressed(*k)))
    }

    /// True when `key` was pressed this frame.
    pub fn pressed(ui: &Ui, key: Key) -> bool {
        ui.input(|i| i.key_pressed(key))
    }

    /// Enter (or the keypad's Enter).
    pub fn enter(ui: &Ui) -> bool {
        pressed(ui, Key::Enter)
    }

    /// Escape.
    pub fn escape(ui: &Ui) -> bool {
        pressed(ui, Key::Escape)
    }

    /// -1 for up, +1 for down, 0 otherwise.
    pub fn up_down(ui: &Ui) -> i32 {
        ui.input(|i| i.key_pressed(Key::ArrowDown) as i32 - i.key_pressed(Key::ArrowUp) as i32)
    }

    /// The label of number key `i` (0-based).
    pub fn label(i: usize) -> String {
        (i + 1).to_string()
    }
}

/// Moves a highlight by the arrow keys within `0..len`.
pub fn step_highlight(current: Option<usize>, delta: i32, len: usize) -> Option<usize> {
    if len == 0 || delta == 0 {
        return None;
    }
    let next = match current {
        None if delta > 0 => 0,
        None => len - 1,
        Some(c) => (c as i32 + delta).clamp(0, len as i32 - 1) as usize,
    };
    Some(next)
}
