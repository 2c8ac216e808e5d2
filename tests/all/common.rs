//! Helpers several test modules share.

use std::path::PathBuf;
use std::sync::Arc;

use overpromise::scenario::{self, model::Scenario};

#[cfg(feature = "gui")]
pub use game::*;

/// A shipped level by its file stem (`01_first_client`), loaded and checked; a level that does
/// not load fails the test with the loader's message.
pub fn level(stem: &str) -> Arc<Scenario> {
    let path = root().join("levels").join(format!("{stem}.scenario.ron"));
    Arc::new(scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}")))
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The headless game (the Bevy tier of the tests).
#[cfg(feature = "gui")]
mod game {
    use std::path::Path;

    use bevy::prelude::*;
    use bevy::state::app::StatesPlugin;
    use overpromise::engine::{Action, Session};
    use overpromise::game::session::ActiveSession;
    use overpromise::game::{GameConfig, Intent, Screen};

    use super::root;

    /// The game's logic with `config`, headless (`MinimalPlugins` + `StatesPlugin`: no window, no
    /// renderer, no egui), after its first update (settings, levels, saves).
    pub fn headless(config: GameConfig) -> App {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin));
        app.insert_resource(config);
        app.add_plugins(overpromise::game::logic_plugin);
        app.update();
        app
    }

    /// The headless game on the repository's `levels/`, keeping its files in `data`.
    pub fn game_app(data: &Path) -> App {
        headless(GameConfig::new(
            root().join("levels"),
            Some(data.to_path_buf()),
        ))
    }

    /// Sends an intent: one update handles it, the next shows the screen it leads to.
    pub fn send(app: &mut App, intent: Intent) {
        app.world_mut().write_message(intent);
        app.update();
        app.update();
    }

    /// Plays an engine action as the screen's decision (the seat the table gives it, by the
    /// scenario's ids): one update handles it, the next shows the screen it leads to.
    pub fn act(app: &mut App, action: Action) {
        let d = app.world().resource::<ActiveSession>().decision(&action);
        send(app, Intent::Act(d));
    }

    /// The screen shown.
    pub fn screen(app: &App) -> Screen {
        *app.world().resource::<State<Screen>>().get()
    }

    /// The session being played.
    pub fn session(app: &App) -> &Session {
        &app.world().resource::<ActiveSession>().session
    }
}

/// The scenario's ids a player could mistake for words: those with an underscore (promises,
/// facts, answers, beats, scope, claims, people, events, stakeholders, meetings). What the id
/// checks (`ids.rs`, the browser seat's) look for in every drawn string, page and message.
pub fn ids(s: &Scenario) -> Vec<String> {
    let mut all: Vec<&str> = Vec::new();
    all.extend(s.promises.iter().map(|x| x.key.as_str()));
    all.extend(s.facts.iter().map(|x| x.key.as_str()));
    all.extend(s.answers.iter().map(|x| x.key.as_str()));
    all.extend(s.stakeholders.iter().map(|x| x.key.as_str()));
    all.extend(s.meetings.iter().map(|x| x.key.as_str()));
    all.extend(
        s.meetings
            .iter()
            .flat_map(|m| m.beats.iter().map(|b| b.key.as_str())),
    );
    all.extend(s.offer.scope.iter().map(|x| x.key.as_str()));
    all.extend(s.offer.claims.iter().map(|x| x.key.as_str()));
    all.extend(s.delivery.people.iter().map(|x| x.key.as_str()));
    all.extend(s.delivery.events.iter().map(|x| x.key.as_str()));
    all.into_iter()
        .filter(|k| k.contains('_'))
        .map(str::to_owned)
        .collect()
}
