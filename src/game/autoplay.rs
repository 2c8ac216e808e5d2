//! Scripted play for the tour and the `--screen` jump: the level's careful script when there is
//! one (built into the binary with the level, or `tests/scripts/<stem>.careful.ron` beside a
//! shipped `levels/` folder on disk), else the engine's first legal action.
//!
//! Script steps name answers and items by the scenario's ids and are resolved one at a time
//! against the session, as `engine::script` describes.

use std::collections::VecDeque;
use std::path::Path;

use bevy::prelude::*;

use super::levels::{Catalogue, LevelEntry, LevelSource};
use super::screens::{ChosenScenario, Screen};
use super::session::{ActiveSession, screen_for};
use super::{Boot, GameConfig};
use crate::bundled;
use crate::engine::script::{self, Step};
use crate::engine::{Action, Phase, Session};

/// A script being played, one action at a time.
#[derive(Debug, Clone, Default)]
pub struct Autoplay {
    steps: VecDeque<Step>,
    pending: VecDeque<Action>,
}

impl Autoplay {
    /// The careful script for a level: a built-in level's own; for a shipped level read from
    /// disk, `tests/scripts/<stem>.careful.ron` next to its `levels/` folder, else the built-in
    /// script of the same name. Empty (first legal actions) when there is none.
    pub fn for_level(entry: &LevelEntry) -> Self {
        if let Some(level) = entry.builtin() {
            return Self::from_text(level.careful, &level.name()).unwrap_or_default();
        }
        if entry.source != LevelSource::Shipped {
            return Self::default();
        }
        let stem = entry.stem();
        entry
            .path
            .parent()
            .and_then(Path::parent)
            .map(|root| {
                root.join("tests")
                    .join("scripts")
                    .join(format!("{stem}.careful.ron"))
            })
            .and_then(|p| Self::from_file(&p))
            .or_else(|| bundled::by_stem(&stem).and_then(|l| Self::from_text(l.careful, &l.name())))
            .unwrap_or_default()
    }

    /// A script file.
    pub fn from_file(path: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(path).ok()?;
        Self::from_text(&text, &path.display().to_string())
    }

    /// A script's text; `origin` names it.
    pub fn from_text(text: &str, origin: &str) -> Option<Self> {
        let script = script::parse_script(text, origin).ok()?;
        Some(Self {
            steps: script.steps.into(),
            pending: VecDeque::new(),
        })
    }

    /// The next action to play, or `None` when the session is over.
    pub fn next(&mut self, session: &Session) -> Option<Action> {
        if session.phase() == Phase::Over {
            return None;
        }
        let legal = session.legal_actions();
        while self.pending.is_empty() {
            let Some(step) = self.steps.pop_front() else {
                break;
            };
            self.expand(step, session);
        }
        if let Some(a) = self.pending.pop_front()
            && legal.contains(&a)
        {
            return Some(a);
        }
        // Off script: hand over in the handoff, confirm the plan as it stands, else the
        // engine's first answer.
        if session.phase() == Phase::Handoff {
            return Some(Action::SubmitPid);
        }
        if session.phase() == Phase::Plan {
            return Some(Action::ConfirmPlan);
        }
        legal.into_iter().next()
    }

    /// Resolves a step with the engine's script resolver; a step that does not resolve
    /// (an unknown id, or not possible now) is skipped.
    fn expand(&mut self, step: Step, session: &Session) {
        if step == Step::Finish {
            // Keep finishing until the session is over.
            self.steps.push_front(Step::Finish);
        }
        self.pending
            .extend(script::step_actions(session, &step).unwrap_or_default());
    }
}

/// Plays `auto` on `session` until `stop` holds for its phase (at most `limit` actions).
pub fn play_until(
    session: &mut ActiveSession,
    auto: &mut Autoplay,
    stop: impl Fn(Phase) -> bool,
    limit: usize,
) {
    for _ in 0..limit {
        if stop(session.session.phase()) {
            return;
        }
        let Some(a) = auto.next(&session.session) else {
            return;
        };
        if session.apply(a).is_err() {
            return;
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, jump_to_start_screen.in_set(Boot::Jump));
}

/// `--screen NAME`: open on that screen with the first shipped level, played as far as needed.
fn jump_to_start_screen(
    mut commands: Commands,
    config: Res<GameConfig>,
    catalogue: Res<Catalogue>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(target) = config.start_screen else {
        return;
    };
    let Some((entry, scenario)) = catalogue.first_shipped() else {
        return;
    };
    match target {
        Screen::Title => {}
        Screen::Picker => next.set(Screen::Picker),
        Screen::About => next.set(Screen::About),
        Screen::Drill | Screen::Progress | Screen::Join | Screen::HostWorkshop => next.set(target),
        // Workshop scenes with no network behind them (see `game::net::demo`).
        Screen::Remote => commands.queue(crate::game::net::demo::remote_meeting),
        Screen::Console => commands.queue(crate::game::net::demo::console),
        Screen::Briefing => {
            commands.insert_resource(ChosenScenario {
                path: entry.path.clone(),
                scenario: scenario.clone(),
            });
            next.set(Screen::Briefing);
        }
        game => {
            let mut active =
                ActiveSession::start(scenario.clone(), entry.path.clone(), scenario.default_seed);
            let mut auto = Autoplay::for_level(entry);
            play_until(
                &mut active,
                &mut auto,
                |p| match game {
                    Screen::Sales => matches!(p, Phase::Beat(..)),
                    other => screen_for(p) == other,
                },
                500,
            );
            next.set(screen_for(active.session.phase()));
            commands.insert_resource(active);
        }
    }
}
