//! `overpromise results export --csv FILE` and `overpromise results flush`: the kept xAPI results
//! without the game.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK};
use crate::xapi::{self, XapiSettings, send};

/// Arguments of `results`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The data folder (default: OVERPROMISE_DATA_DIR, then the platform's data folder).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// What to do with the results.
    #[command(subcommand)]
    pub what: What,
}

/// The `results` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Write every kept result (assessed sessions and drills) as CSV.
    Export {
        /// The CSV file to write (`-` for standard output).
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
    /// Send the queued statements to the learning record store set in xapi.json.
    Flush,
}

/// The data folder: the answer, then `OVERPROMISE_DATA_DIR`, then the platform's data folder.
pub fn data_dir(option: Option<PathBuf>) -> Option<PathBuf> {
    option
        .or_else(|| std::env::var_os("OVERPROMISE_DATA_DIR").map(PathBuf::from))
        .or_else(|| {
            directories::ProjectDirs::from("org", "Overpromise", "Overpromise")
                .map(|d| d.data_dir().to_path_buf())
        })
}

/// Runs `results`.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let Some(dir) = data_dir(args.data_dir.clone()) else {
        let _ = writeln!(err, "error: no data folder: name one with --data-dir");
        return EXIT_INVALID;
    };
    match &args.what {
        What::Export { csv } => {
            let (text, problems) = xapi::results_csv(&dir);
            for p in &problems {
                let _ = writeln!(err, "warning: {p}");
            }
            if csv.as_os_str() == "-" {
                let _ = write!(out, "{text}");
            } else if let Err(e) = crate::progress::write_atomic(csv, text.as_bytes()) {
                let _ = writeln!(err, "error: {}: cannot write: {e}", csv.display());
                return EXIT_INVALID;
            } else {
                let rows = text.lines().count().saturating_sub(1);
                let _ = writeln!(
                    out,
                    "{}",
                    crate::wording::results::csv_written(rows, &csv.display().to_string())
                );
            }
            EXIT_OK
        }
        What::Flush => {
            let (settings, problem) = XapiSettings::load_or_create(&dir);
            if let Some(p) = problem {
                let _ = writeln!(err, "error: {p}");
                return EXIT_INVALID;
            }
            if settings.endpoint.is_none() {
                let _ = writeln!(
                    err,
                    "error: no learning record store is set: add \"endpoint\" to {}",
                    dir.join(xapi::SETTINGS_FILE).display()
                );
                return EXIT_INVALID;
            }
            let report = send::flush(&dir, &settings);
            let _ = writeln!(
                out,
                "sent {}, still queued {}",
                report.sent.len(),
                report.queued.len()
            );
            for (path, why) in &report.queued {
                let _ = writeln!(err, "queued: {}: {why}", path.display());
            }
            if report.queued.is_empty() {
                EXIT_OK
            } else {
                EXIT_INVALID
            }
        }
    }
}
