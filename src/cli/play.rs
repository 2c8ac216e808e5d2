//! `overpromise play SCENARIO --seed N --script ACTIONS.ron`: a scripted playthrough and its debrief.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK, load_scenario};
use crate::engine::Session;
use crate::engine::script::{parse_script, possible_now, run_script};
use crate::report;

/// What `play --json` prints.
#[derive(serde::Serialize)]
struct PlayJson<'a> {
    outcome: &'a crate::engine::Outcome,
    debrief: &'a crate::engine::Debrief,
}

/// Arguments of `play`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario file (*.scenario.ron).
    #[arg(value_name = "SCENARIO")]
    pub scenario: PathBuf,
    /// The session seed (default: the scenario's `default_seed`).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// The script of actions to play (RON: `Script(steps: [...])`).
    #[arg(long, value_name = "ACTIONS.ron")]
    pub script: PathBuf,
    /// Print the outcome and the debrief as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Skip the counterfactual replays (one per promise) in the debrief.
    #[arg(long)]
    pub no_what_if: bool,
    /// Also write the debrief as one self-contained HTML file here.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write the debrief as Markdown here.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
}

/// Plays the script and prints the outcome and debrief. Returns [`EXIT_INVALID`] when the
/// scenario or script does not load, a step cannot be played, or the script stops before the end.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let scenario = match load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let origin = args.script.display().to_string();
    let src = match std::fs::read_to_string(&args.script) {
        Ok(src) => src,
        Err(e) => {
            let _ = writeln!(err, "error: {origin}: cannot read the script: {e}");
            return EXIT_INVALID;
        }
    };
    let script = match parse_script(&src, &origin) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let seed = args.seed.unwrap_or(scenario.default_seed);
    let mut session = Session::new(scenario, seed);
    if let Err(e) = run_script(&mut session, &script) {
        let _ = writeln!(err, "error: {origin}: {e}");
        return EXIT_INVALID;
    }
    if !session.is_over() {
        let _ = writeln!(
            err,
            "error: {origin}: the script ended before the session was over ({}); end it with Finish",
            possible_now(&session)
        );
        return EXIT_INVALID;
    }
    let Some(debrief) = session.debrief(!args.no_what_if) else {
        let _ = writeln!(err, "error: the session has no outcome");
        return EXIT_INVALID;
    };
    for (path, body) in [
        (
            &args.html,
            args.html.as_ref().map(|_| report::html(&session, &debrief)),
        ),
        (
            &args.markdown,
            args.markdown
                .as_ref()
                .map(|_| report::markdown(&session, &debrief)),
        ),
    ] {
        if let (Some(path), Some(body)) = (path, body)
            && let Err(e) = std::fs::write(path, body)
        {
            let _ = writeln!(err, "error: {}: cannot write: {e}", path.display());
            return EXIT_INVALID;
        }
    }
    if args.json {
        let value = PlayJson {
            outcome: &debrief.outcome,
            debrief: &debrief,
        };
        if let Err(code) = super::write_json(&value, out, err) {
            return code;
        }
    } else {
        let _ = write!(out, "{}", report::text(&session, &debrief));
    }
    EXIT_OK
}
