//! The command line: `validate`, `play` and `simulate`, parsed with clap and run in-process.
//!
//! [`run`] takes the arguments and two writers and returns the exit code, so tests drive the
//! whole command line without spawning a process. Exit codes: [`EXIT_OK`] (0), [`EXIT_INVALID`]
//! (1: invalid input or failed validation), [`EXIT_USAGE`] (2: clap's own usage errors).

pub mod autosave_drill;
pub mod host;
pub mod list;
pub mod play;
pub mod results;
pub mod simulate;
pub mod validate;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::bundled;
use crate::scenario::{self, model::Scenario};

/// Everything went well.
pub const EXIT_OK: u8 = 0;
/// Invalid input: a file that does not load, a script that does not play, a failed validation.
pub const EXIT_INVALID: u8 = 1;
/// The command line itself is wrong (clap's usage errors).
pub const EXIT_USAGE: u8 = 2;

/// Overpromise: a training game where the promises made while selling change how delivery goes.
#[derive(Debug, Parser)]
#[command(name = "overpromise", version, about, long_about = None)]
pub struct Cli {
    /// The language of the output (`en`, `de`); the program's language when not given
    /// (OVERPROMISE_LANG, else the system's).
    #[arg(long, global = true, value_name = "LANG", value_parser = crate::wording::i18n::parse_language)]
    pub lang: Option<crate::wording::i18n::Language>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files (or every *.scenario.ron in a directory) and list every problem.
    Validate(validate::Args),
    /// Play a scenario with a scripted list of actions and print the outcome and the debrief.
    Play(play::Args),
    /// Play a scenario many times with automatic players and summarise the outcomes.
    Simulate(simulate::Args),
    /// Export kept results as CSV, or send queued xAPI statements to the learning record store.
    Results(results::Args),
    /// Play a script through the save store, saving after every decision (for kill tests).
    #[command(hide = true)]
    AutosaveDrill(autosave_drill::Args),
    /// List the levels built into this binary (name them `builtin:NAME` in the other commands).
    List(list::Args),
    /// Run a workshop host: tables join with a room code, the facilitator's console and the
    /// class debrief board read it (see docs/workshop.md).
    Host(host::Args),
}

/// Parses `args` (the first is the program name) and runs the command, writing its output to
/// `out` and diagnostics to `err`. Returns the exit code. Never shows a progress bar.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(args, out, err, false)
}

/// As [`run`]; `progress` allows a progress bar on `err` for long simulations (pass
/// `std::io::stderr().is_terminal()`).
pub fn run_with<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write, progress: bool) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            let text = e.render().to_string();
            return match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                    if e.exit_code() == 0 =>
                {
                    let _ = write!(out, "{text}");
                    EXIT_OK
                }
                _ => {
                    let _ = write!(err, "{text}");
                    EXIT_USAGE
                }
            };
        }
    };
    let language = cli.lang.unwrap_or_else(crate::wording::i18n::language);
    let code = crate::wording::i18n::with_language(language, || match cli.command {
        Command::Validate(a) => validate::run(&a, out, err),
        Command::Play(a) => play::run(&a, out, err),
        Command::Simulate(a) => simulate::run(&a, out, err, progress),
        Command::Results(a) => results::run(&a, out, err),
        Command::AutosaveDrill(a) => autosave_drill::run(&a, out, err),
        Command::List(a) => list::run(&a, out, err),
        Command::Host(a) => host::run(&a, out, err),
    });
    let _ = out.flush();
    let _ = err.flush();
    code
}

/// Writes `value` as pretty JSON to `out`; on failure says why on `err` and returns the exit code.
pub fn write_json(
    value: &impl serde::Serialize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), u8> {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            let _ = writeln!(out, "{s}");
            Ok(())
        }
        Err(e) => {
            let _ = writeln!(err, "error: cannot write JSON: {e}");
            Err(EXIT_INVALID)
        }
    }
}

/// Loads and validates a scenario file for `play` and `simulate`, or a built-in level named
/// `builtin:NAME` (see [`crate::bundled`]); the error is ready to print.
pub fn load_scenario(path: &Path) -> Result<Arc<Scenario>, String> {
    if let Some(name) = path.to_str().filter(|n| bundled::is_builtin_name(n)) {
        let level = bundled::find(name).ok_or_else(|| bundled::unknown(name))?;
        return level.load().map(Arc::new).map_err(|e| e.to_string());
    }
    if !path.exists() {
        return Err(format!("{}: no such file", path.display()));
    }
    if path.is_dir() {
        return Err(format!(
            "{}: is a directory; name one *.scenario.ron file",
            path.display()
        ));
    }
    scenario::load_file_in(path, crate::wording::i18n::language().code())
        .map(Arc::new)
        .map_err(|e| e.to_string())
}
