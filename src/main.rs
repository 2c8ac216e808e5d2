//! The `overpromise` binary: the command line (`validate`, `play`, `simulate`; see `overpromise --help`).

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let progress = std::io::stderr().is_terminal();
    let code = overpromise::cli::run_with(
        args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
        progress,
    );
    ExitCode::from(code)
}
