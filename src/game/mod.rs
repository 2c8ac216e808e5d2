//! The game: a Bevy + egui adapter that shows what the engine decides and sends it the player's decisions.
//!
//! Layout (bevy_new_2d style, one plugin per file):
//! - [`session`]: the one resource holding the engine [`Session`](crate::engine::Session); turns
//!   [`Intent`]s into engine actions and re-emits engine events as messages;
//! - [`levels`]: the scenario catalogue (the built-in levels or the shipped `levels/` folder,
//!   `--levels` folders, the user's data folder), rescanned when a file changes;
//! - [`settings`], [`save`]: the user's preferences and the autosave, both RON in the data folder
//!   (the save store itself is plain Rust: [`crate::saves`]);
//! - [`shown`]: what the game's screens draw: the engine's views of the seats at the screen, from
//!   the local session or from a workshop host (so a workshop seat is the same screen);
//! - [`screens`]: the screen state machine and one file per screen (plugin and systems);
//! - [`views`]: one view per screen (view model and egui drawing);
//! - [`theme`]: palette, text sizes and the widgets the screens share;
//! - [`net`]: the workshop client (the link to a host on its own thread, and what the host sent);
//! - leaf modules that import nothing else from the game, so no module imports one that imports
//!   it back: [`state`] (screens and menus), [`intent`], [`notice`], [`waker`].
//!
//! [`logic_plugin`] holds everything that works without a window or a renderer (headless tests add
//! only that, with `MinimalPlugins + StatesPlugin`); [`plugin`] adds the egui views on top.
//! Views are pure functions `fn x_view(ui: &mut egui::Ui, view: &XView) -> Option<Intent>` over
//! plain data built from the engine's views, so they can be tested with a bare `egui::Context`.

pub mod autoplay;
pub mod intent;
pub mod levels;
pub mod net;
pub mod notice;
pub mod prefs;
pub mod save;
pub mod screens;
pub mod session;
pub mod settings;
pub mod shown;
pub mod state;
pub mod table;
pub mod theme;
pub mod views;
pub mod waker;

mod first_frame;
mod third_party;
mod tour;

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::window::{PresentMode, WindowResolution};
use bevy::winit::{UpdateMode, WinitSettings};

pub use intent::Intent;
pub use state::{Menu, Screen};

/// How the game was started (from the command line).
#[derive(Debug, Clone, Default)]
pub struct GameOptions {
    /// Extra folders of `*.scenario.ron` files (`--levels DIR`, repeatable).
    pub levels_dirs: Vec<PathBuf>,
    /// Where settings, the autosave and the user's own levels live (`--data-dir` or
    /// `OVERPROMISE_DATA_DIR`; default: the platform's data folder).
    pub data_dir: Option<PathBuf>,
    /// Play the scripted tour and save one PNG per screen into this folder, then exit.
    pub tour_out: Option<PathBuf>,
    /// Open directly on this screen with the first shipped level (for benchmarks and screenshots;
    /// autosave is off in this mode so a real save is never overwritten).
    pub start_screen: Option<Screen>,
    /// The language from the command line (`--lang`), over the settings' choice.
    pub language: Option<crate::wording::i18n::Language>,
}

/// The resolved configuration every game plugin reads.
#[derive(Resource, Debug, Clone)]
pub struct GameConfig {
    /// The shipped levels' folder on disk, when it wins over the copies built into the binary
    /// (see [`disk_root`]); `None`: the built-in levels ([`crate::bundled::LEVELS`]).
    pub shipped_levels: Option<PathBuf>,
    /// Extra level folders from the command line.
    pub extra_levels: Vec<PathBuf>,
    /// The user's data folder, when one could be found or was given.
    pub data_dir: Option<PathBuf>,
    /// Whether decisions are autosaved.
    pub autosave: bool,
    /// Screen to jump to at start (see [`GameOptions::start_screen`]).
    pub start_screen: Option<Screen>,
    /// Whether to watch level folders for changes on a background thread.
    pub watch_levels: bool,
    /// The language from the command line: the settings' choice does not apply when given.
    pub language: Option<crate::wording::i18n::Language>,
}

impl GameConfig {
    /// A configuration for tests and tools: an explicit shipped levels folder, no watcher thread.
    pub fn new(shipped_levels: PathBuf, data_dir: Option<PathBuf>) -> Self {
        Self {
            shipped_levels: Some(shipped_levels),
            ..Self::builtin(data_dir)
        }
    }

    /// A configuration for tests and tools: the built-in levels only, no watcher thread.
    pub fn builtin(data_dir: Option<PathBuf>) -> Self {
        Self {
            shipped_levels: None,
            extra_levels: Vec::new(),
            data_dir,
            autosave: true,
            start_screen: None,
            watch_levels: false,
            language: None,
        }
    }

    /// Resolves command-line answers: data folder from the answer, then `OVERPROMISE_DATA_DIR`,
    /// then the platform's data folder; shipped levels from disk when [`disk_root`] finds them,
    /// else the built-in copies.
    pub fn from_options(opts: &GameOptions) -> Self {
        Self {
            shipped_levels: disk_root().map(|r| r.join("levels")).filter(|l| l.is_dir()),
            extra_levels: opts.levels_dirs.clone(),
            data_dir: data_dir(opts.data_dir.as_deref()),
            autosave: opts.start_screen.is_none(),
            start_screen: opts.start_screen,
            watch_levels: true,
            language: opts.language,
        }
    }
}

/// The data folder: `explicit` (`--data-dir`), else `OVERPROMISE_DATA_DIR`, else the platform's
/// data folder (`~/.local/share/overpromise` on Linux).
pub fn data_dir(explicit: Option<&std::path::Path>) -> Option<PathBuf> {
    explicit
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("OVERPROMISE_DATA_DIR").map(PathBuf::from))
        .or_else(|| {
            directories::ProjectDirs::from("org", "Overpromise", "Overpromise")
                .map(|d| d.data_dir().to_path_buf())
        })
}

/// The folder whose `levels/` and `assets/` win over the copies built into the binary, so an
/// author sees edits live. `None` (the usual case for an installed game): use the built-in ones.
///
/// - Any build: the executable's own folder, when `levels/` or `assets/` sits beside it (an
///   unpacked tarball whose files someone wants to change).
/// - A debug build also looks where a developer works: `BEVY_ASSET_ROOT`, or the crate folder
///   under `cargo run` (`CARGO_MANIFEST_DIR`), then the executable's parents (for
///   `target/debug/overpromise`), then the working folder.
pub fn disk_root() -> Option<PathBuf> {
    static ROOT: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| {
        let has_data = |d: &std::path::Path| d.join("levels").is_dir() || d.join("assets").is_dir();
        let exe_dir = std::env::current_exe()
            .ok()
            .and_then(|e| e.canonicalize().ok())
            .and_then(|e| e.parent().map(|p| p.to_path_buf()));
        if let Some(d) = exe_dir.as_ref().filter(|d| has_data(d)) {
            return Some(d.clone());
        }
        if !cfg!(debug_assertions) {
            return None;
        }
        let env = ["BEVY_ASSET_ROOT", "CARGO_MANIFEST_DIR"]
            .iter()
            .filter_map(|v| std::env::var_os(v).map(PathBuf::from));
        let parents = exe_dir
            .iter()
            .flat_map(|d| d.ancestors().skip(1).take(3).map(|a| a.to_path_buf()))
            .collect::<Vec<_>>();
        env.chain(parents)
            .chain(std::env::current_dir().ok())
            .find(|c| has_data(c))
    })
    .clone()
}

/// Runs the game window until the player quits.
pub fn run(opts: GameOptions) -> AppExit {
    first_frame::mark_start();
    let mut config = GameConfig::from_options(&opts);
    let tour = opts.tour_out.clone();
    let tour_data = if tour.is_some() && opts.data_dir.is_none() {
        // The tour never touches the player's own settings and save.
        match tempfile::tempdir() {
            Ok(dir) => {
                config.data_dir = Some(dir.path().to_path_buf());
                Some(dir)
            }
            Err(e) => {
                eprintln!("tour: cannot create a temporary data folder: {e}");
                return AppExit::error();
            }
        }
    } else {
        None
    };

    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Overpromise".into(),
                    resolution: WindowResolution::new(1280, 800),
                    present_mode: PresentMode::AutoVsync,
                    resizable: tour.is_none(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: disk_root()
                    .map(|r| r.join("assets").to_string_lossy().into_owned())
                    .unwrap_or_else(|| "assets".into()),
                // Portraits and fonts are read directly; levels have their own watcher.
                watch_for_changes_override: Some(false),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,overpromise=info,bevy_render::view::window::screenshot=info".into(),
                ..default()
            }),
    );
    // Reactive updates: a frame only on window input, a redraw request or a wake-up from the
    // level watcher or the egui repaint timer. Unlike plain `desktop_app()`, mouse movement
    // elsewhere on the screen (device events) does not wake the game, and there is no periodic
    // frame every 5 s: nothing in the game changes with time alone.
    app.insert_resource(if tour.is_some() {
        WinitSettings::game()
    } else {
        let mut w = WinitSettings::desktop_app();
        w.focused_mode = UpdateMode::reactive_low_power(Duration::from_secs(60));
        w
    });
    app.insert_resource(config);
    if let Some(out) = tour {
        app.insert_resource(tour::TourOut(out));
    }
    app.insert_resource(ClearColor(Color::srgb_u8(0xF3, 0xF0, 0xE8)));
    app.add_plugins(plugin);
    let exit = app.run();
    drop(tour_data);
    exit
}

/// The whole game: logic plus egui views. Expects `DefaultPlugins` (or equivalent) and a
/// [`GameConfig`] resource.
pub fn plugin(app: &mut App) {
    app.add_plugins((logic_plugin, ui_plugin));
}

/// Everything that runs without a window: settings, levels, the session, saves and screen logic.
/// Needs `StatesPlugin` and a [`GameConfig`] resource.
pub fn logic_plugin(app: &mut App) {
    app.configure_sets(
        Startup,
        (Boot::Settings, Boot::Levels, Boot::Save, Boot::Jump).chain(),
    );
    app.configure_sets(
        Update,
        (
            AppSystems::Navigate,
            AppSystems::Play,
            AppSystems::Persist,
            AppSystems::Follow,
        )
            .chain(),
    );
    app.add_plugins((
        settings::plugin,
        levels::plugin,
        session::plugin,
        save::plugin,
        screens::plugin,
        autoplay::plugin,
    ));
    app.add_plugins((net::plugin, shown::plugin));
}

/// Every screen's egui drawing and the theme, without bevy_egui's plugin, window or renderer: for
/// tests that drive the game by key events through a context of their own (an entity with
/// `PrimaryEguiContext`, the pass begun and ended by the test around
/// `EguiPrimaryContextPass`). Needs [`logic_plugin`].
pub fn views_plugin(app: &mut App) {
    app.add_message::<bevy::window::RequestRedraw>();
    app.init_resource::<bevy_egui::EguiUserTextures>();
    app.init_resource::<first_frame::FirstFrame>();
    app.add_plugins((theme::plugin, screens::ui_plugin));
}

/// The egui side: style, views, the idle fix for bevy_egui, the tour.
fn ui_plugin(app: &mut App) {
    app.add_plugins((
        third_party::plugin,
        theme::plugin,
        screens::ui_plugin,
        first_frame::plugin,
        tour::plugin,
    ));
}

/// Startup order: settings, then the level catalogue, then the save (which needs the catalogue).
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Boot {
    /// Read settings.
    Settings,
    /// Scan the level folders.
    Levels,
    /// Check the autosave.
    Save,
    /// Jump to a screen when asked to.
    Jump,
}

/// Update order: navigation intents, then decisions, then saving, then following the engine's phase.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppSystems {
    /// Screen and menu changes asked for by the player.
    Navigate,
    /// Decisions applied to the engine.
    Play,
    /// Autosave and settings writes.
    Persist,
    /// The screen follows the engine's phase.
    Follow,
}
