//! The `overpromise` binary: the game window (no command, or `tour`) and the command line
//! (`validate`, `play`, `simulate`, `list`; see `overpromise --help`). The shipped levels, fonts
//! and portraits are built in (`overpromise::bundled`), so the file runs from anywhere.

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // OVERPROMISE_LANG or the system's; `--lang` and the game's setting choose another.
    overpromise::wording::i18n::set_language(overpromise::wording::i18n::starting_language());
    #[cfg(feature = "gui")]
    if let Some(code) = gui::dispatch(&args) {
        return code;
    }
    let progress = std::io::stderr().is_terminal();
    let code = overpromise::cli::run_with(
        args.iter().cloned(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
        progress,
    );
    #[cfg(feature = "gui")]
    gui::append_help(&args);
    ExitCode::from(code)
}

/// The game window's part of the command line.
#[cfg(feature = "gui")]
mod gui {
    use std::ffi::OsString;
    use std::path::PathBuf;
    use std::process::ExitCode;

    use clap::{CommandFactory, Parser, Subcommand};
    use overpromise::game::{self, GameOptions, Screen};

    /// Open the game window (no command), or play the screenshot tour.
    #[derive(Debug, Parser)]
    #[command(name = "overpromise", version)]
    struct GuiCli {
        /// Another folder of *.scenario.ron files to offer (repeatable).
        #[arg(long = "levels", value_name = "DIR")]
        levels: Vec<PathBuf>,
        /// Where settings, the autosave and your own levels live (also OVERPROMISE_DATA_DIR).
        #[arg(long, value_name = "DIR")]
        data_dir: Option<PathBuf>,
        /// Open on this screen with the first built-in level (for demos and benchmarks; no autosave).
        #[arg(long, value_name = "SCREEN", value_parser = parse_screen)]
        screen: Option<Screen>,
        /// The game's language (`en`, `de`), over the settings' choice and the system's.
        #[arg(long, value_name = "LANG", value_parser = overpromise::wording::i18n::parse_language)]
        lang: Option<overpromise::wording::i18n::Language>,
        #[command(subcommand)]
        command: Option<GuiCommand>,
    }

    #[derive(Debug, Subcommand)]
    enum GuiCommand {
        /// Play the first built-in level in the window and save a PNG of every screen, then exit
        /// (with status 1 when it cannot play or a picture was not saved).
        Tour {
            /// The folder for the pictures.
            #[arg(long, value_name = "DIR")]
            out: PathBuf,
        },
    }

    fn parse_screen(s: &str) -> Result<Screen, String> {
        Screen::from_name(s).ok_or_else(|| {
            let names: Vec<&str> = Screen::ALL.iter().map(|s| s.name()).collect();
            format!("expected one of: {}", names.join(", "))
        })
    }

    /// Runs the game when the arguments are for the window: none, `tour`, or window answers
    /// first. Returns `None` for the other commands.
    pub fn dispatch(args: &[OsString]) -> Option<ExitCode> {
        let first = args.get(1).map(|a| a.to_string_lossy().into_owned());
        // `--lang de validate ...` is the command line's.
        let command_line = args.iter().skip(1).any(|a| {
            let a = a.to_string_lossy();
            [
                "validate",
                "play",
                "simulate",
                "results",
                "list",
                "host",
                "autosave-drill",
            ]
            .contains(&a.as_ref())
        });
        let ours = !command_line
            && match first.as_deref() {
                None => true,
                Some(a) => {
                    a == "tour"
                        || ["--levels", "--data-dir", "--screen", "--lang"]
                            .iter()
                            .any(|o| a == *o || a.starts_with(&format!("{o}=")))
                }
            };
        if !ours {
            return None;
        }
        let cli = match GuiCli::try_parse_from(args) {
            Ok(cli) => cli,
            Err(e) => {
                let _ = e.print();
                return Some(ExitCode::from(if e.use_stderr() { 2 } else { 0 }));
            }
        };
        let opts = GameOptions {
            levels_dirs: cli.levels,
            data_dir: cli.data_dir,
            tour_out: cli.command.map(|GuiCommand::Tour { out }| out),
            start_screen: cli.screen,
            language: cli.lang,
        };
        if let Some(l) = cli.lang {
            overpromise::wording::i18n::set_language(l);
        }
        Some(match game::run(opts) {
            bevy::app::AppExit::Success => ExitCode::SUCCESS,
            bevy::app::AppExit::Error(n) => ExitCode::from(n.get()),
        })
    }

    /// After the command line's own `--help`, describes the window's answers.
    pub fn append_help(args: &[OsString]) {
        if args.len() == 2 && matches!(args[1].to_str(), Some("--help" | "-h" | "help")) {
            let mut cmd = GuiCli::command()
                .about("Run with no command to open the game window.")
                .override_usage("overpromise [--levels DIR]... [--data-dir DIR] [--lang LANG]\n       overpromise tour --out DIR");
            println!("\nThe game window:\n{}", cmd.render_help());
        }
    }
}
