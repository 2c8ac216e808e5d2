//! `overpromise autosave-drill SCENARIO --script S --data-dir D` (hidden): plays a script through
//! the save store, writing after every decision, so a test can kill it at random moments.
//!
//! It first prints what a restart would offer (`found N`: a save of N decisions, or `found none`),
//! then plays the script `--rounds` times (a new game each round), printing `saved N` after each
//! save is written, where N is the number of decisions in it. `--no-sync` skips the flushes to
//! disk (same steps, same order), for tests that kill it hundreds of times.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{EXIT_INVALID, EXIT_OK, load_scenario};
use crate::engine::script::{Step, parse_script, step_actions};
use crate::engine::{Action, Session};
use crate::saves::{FORMAT, Files, RealFiles, SaveFile, Store};
use crate::scenario::model::Scenario;

/// Arguments of `autosave-drill`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario file (*.scenario.ron).
    #[arg(value_name = "SCENARIO")]
    pub scenario: PathBuf,
    /// The script of actions to play (RON: `Script(steps: [...])`).
    #[arg(long, value_name = "ACTIONS.ron")]
    pub script: PathBuf,
    /// The data folder the saves are written to.
    #[arg(long, value_name = "DIR")]
    pub data_dir: PathBuf,
    /// How many times to play the script, each time as a new game.
    #[arg(long, default_value_t = 1)]
    pub rounds: u32,
    /// Skip the flushes to disk (`fsync`). The steps and their order are the same; a killed
    /// process needs no flush for its writes to survive (only a power cut does), and without them
    /// a test can afford hundreds of kills.
    #[arg(long)]
    pub no_sync: bool,
}

/// The real file system without the flushes (see [`Args::no_sync`]).
struct Unflushed;

impl Files for Unflushed {
    fn create_dir(&self, dir: &Path) -> std::io::Result<()> {
        RealFiles.create_dir(dir)
    }

    fn write_synced(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::write(path, bytes)
    }

    fn link_or_copy(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        std::fs::hard_link(from, to).or_else(|_| std::fs::copy(from, to).map(drop))
    }

    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        RealFiles.rename(from, to)
    }

    fn remove(&self, path: &Path) -> std::io::Result<()> {
        RealFiles.remove(path)
    }

    fn sync_dir(&self, _dir: &Path) -> std::io::Result<()> {
        Ok(())
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        RealFiles.read(path)
    }
}

/// What a restart would offer: the number of decisions in the save it finds, if any.
pub fn offered(store: &Store<'_>, scenario: &Arc<Scenario>) -> Option<usize> {
    store
        .load(|s| {
            Session::replay(scenario.clone(), s.seed, &s.actions)
                .map_err(|(i, e)| format!("decision {} no longer fits: {e}", i + 1))
        })
        .found
        .map(|f| f.value.actions().len())
}

/// Runs the drill. Returns [`EXIT_INVALID`] when the scenario or script does not load, a step
/// cannot be played or a save cannot be written.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let scenario = match load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let origin = args.script.display().to_string();
    let script = match std::fs::read_to_string(&args.script)
        .map_err(|e| format!("{origin}: cannot read the script: {e}"))
        .and_then(|src| parse_script(&src, &origin).map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let store = if args.no_sync {
        Store::with_files(&args.data_dir, &Unflushed)
    } else {
        Store::new(&args.data_dir)
    };
    match offered(&store, &scenario) {
        Some(n) => writeln!(out, "found {n}"),
        None => writeln!(out, "found none"),
    }
    .and_then(|()| out.flush())
    .ok();
    let path = args.scenario.clone();
    for _ in 0..args.rounds {
        let mut session = Session::new(scenario.clone(), scenario.default_seed);
        let mut save = |session: &Session| -> Result<(), String> {
            let file = SaveFile {
                format: FORMAT,
                scenario_id: scenario.id.clone(),
                scenario_path: path.clone(),
                seed: session.seed(),
                actions: session.actions().to_vec(),
                support: session.support(),
                mode: Default::default(),
                players: Vec::new(),
                assessed: None,
            };
            store
                .write(&file)
                .map_err(|e| format!("cannot save: {e}"))?;
            let _ = writeln!(out, "saved {}", file.actions.len());
            let _ = out.flush();
            Ok(())
        };
        let played = save(&session).and_then(|()| {
            for step in &script.steps {
                let actions = match step {
                    Step::EndWeeks(n) => vec![Action::EndWeek; *n as usize],
                    Step::Finish => Vec::new(),
                    _ => step_actions(&session, step).map_err(|e| e.to_string())?,
                };
                for action in actions {
                    if matches!(action, Action::EndWeek) && session.is_over() {
                        break;
                    }
                    session.apply(action).map_err(|e| e.to_string())?;
                    save(&session)?;
                }
                while matches!(step, Step::Finish) && !session.is_over() {
                    session.apply(Action::EndWeek).map_err(|e| e.to_string())?;
                    save(&session)?;
                }
            }
            Ok(())
        });
        if let Err(e) = played {
            let _ = writeln!(err, "error: {origin}: {e}");
            return EXIT_INVALID;
        }
    }
    EXIT_OK
}
