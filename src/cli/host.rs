//! `overpromise host --bind ADDR --code CODE [--headless] [--scenario S] [--data-dir DIR]`: runs a
//! workshop host until stopped (Ctrl-C). Refuses to start without a room code; `--code auto`
//! makes one. The host runs without a window (the game's "Host a workshop" is the one with a
//! window); `--headless` says so explicitly for scripts and servers.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK, load_scenario};
use crate::wording::workshop as words;
use crate::workshop::host::{self, HostConfig};

/// Arguments of `host`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to listen: `0.0.0.0:7878` for every network interface, `127.0.0.1:7878` for this
    /// machine only (behind a reverse proxy).
    #[arg(long, default_value = "0.0.0.0:7878")]
    pub bind: SocketAddr,
    /// The room code devices must give to join. Required: `auto` makes a six-character one.
    #[arg(long)]
    pub code: Option<String>,
    /// Run without a window (the command line never opens one; accepted for scripts).
    #[arg(long)]
    pub headless: bool,
    /// The scenario every table plays: a `*.scenario.ron` file or `builtin:NAME`.
    #[arg(long, default_value = "builtin:01_first_client")]
    pub scenario: PathBuf,
    /// The seed every table plays with (default: the scenario's own).
    #[arg(long)]
    pub seed: Option<u64>,
    /// The data folder, as the game's `--data-dir`: the tables' decision logs are kept in its
    /// `workshop` folder, where the game's "Host a workshop" keeps them; a host restarted on the
    /// same folder resumes the workshop (default: `OVERPROMISE_DATA_DIR`, else the platform's
    /// data folder).
    #[arg(long = "data-dir", value_name = "DIR", conflicts_with = "data")]
    pub data_dir: Option<PathBuf>,
    /// The older name: the folder the decision logs go to directly (kept for scripts that use it).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// The room code in letters large enough for a projector: each character drawn 5 rows high.
pub fn big_code(code: &str) -> String {
    let mut rows = vec![String::new(); 5];
    for c in code.chars() {
        let glyph = glyph(c);
        for (r, row) in rows.iter_mut().enumerate() {
            row.push_str(glyph[r]);
            row.push_str("  ");
        }
    }
    rows.join("\n")
}

fn glyph(c: char) -> [&'static str; 5] {
    match c.to_ascii_uppercase() {
        'A' => [" ### ", "#   #", "#####", "#   #", "#   #"],
        'B' => ["#### ", "#   #", "#### ", "#   #", "#### "],
        'C' => [" ####", "#    ", "#    ", "#    ", " ####"],
        'D' => ["#### ", "#   #", "#   #", "#   #", "#### "],
        'E' => ["#####", "#    ", "#### ", "#    ", "#####"],
        'F' => ["#####", "#    ", "#### ", "#    ", "#    "],
        'G' => [" ####", "#    ", "#  ##", "#   #", " ####"],
        'H' => ["#   #", "#   #", "#####", "#   #", "#   #"],
        'I' => ["#####", "  #  ", "  #  ", "  #  ", "#####"],
        'J' => ["#####", "    #", "    #", "#   #", " ### "],
        'K' => ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        'L' => ["#    ", "#    ", "#    ", "#    ", "#####"],
        'M' => ["#   #", "## ##", "# # #", "#   #", "#   #"],
        'N' => ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        'O' | '0' => [" ### ", "#   #", "#   #", "#   #", " ### "],
        'P' => ["#### ", "#   #", "#### ", "#    ", "#    "],
        'Q' => [" ### ", "#   #", "# # #", "#  # ", " ## #"],
        'R' => ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        'S' => [" ####", "#    ", " ### ", "    #", "#### "],
        'T' => ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        'U' => ["#   #", "#   #", "#   #", "#   #", " ### "],
        'V' => ["#   #", "#   #", "#   #", " # # ", "  #  "],
        'W' => ["#   #", "#   #", "# # #", "## ##", "#   #"],
        'X' => ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        'Y' => ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        'Z' => ["#####", "   # ", "  #  ", " #   ", "#####"],
        '1' => ["  #  ", " ##  ", "  #  ", "  #  ", " ### "],
        '2' => [" ### ", "#   #", "  ## ", " #   ", "#####"],
        '3' => ["#### ", "    #", " ### ", "    #", "#### "],
        '4' => ["#   #", "#   #", "#####", "    #", "    #"],
        '5' => ["#####", "#    ", "#### ", "    #", "#### "],
        '6' => [" ### ", "#    ", "#### ", "#   #", " ### "],
        '7' => ["#####", "    #", "   # ", "  #  ", "  #  "],
        '8' => [" ### ", "#   #", " ### ", "#   #", " ### "],
        '9' => [" ### ", "#   #", " ####", "    #", " ### "],
        _ => ["     ", "     ", " ### ", "     ", "     "],
    }
}

/// Starts the host, prints where to join, and serves until the process is stopped.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let code = match args.code.as_deref().map(str::trim) {
        None | Some("") => {
            let _ = writeln!(err, "error: {}", host::StartError::NoCode);
            return EXIT_INVALID;
        }
        Some(c) if c.eq_ignore_ascii_case("auto") => host::make_code(),
        Some(c) => c.to_owned(),
    };
    let scenario = match load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let data = args
        .data
        .clone()
        .or_else(|| super::results::data_dir(args.data_dir.clone()).map(|d| d.join("workshop")));
    let config = HostConfig {
        bind: args.bind,
        code,
        seed: args.seed.unwrap_or(scenario.default_seed),
        scenario,
        data: data.clone(),
    };
    let handle = match host::spawn(config) {
        Ok(h) => h,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    for p in &handle.restore_problems {
        let _ = writeln!(err, "warning: {p}");
    }
    let tables = handle.workshop().console().tables.len();
    let _ = writeln!(
        out,
        "{}\n",
        words::host_banner(
            &handle.ws_url(),
            &handle.join_url(),
            &format!("http://{}/board", handle.addr()),
            handle.code()
        )
    );
    let _ = writeln!(out, "{}\n", big_code(handle.code()));
    match handle.console_url() {
        Some(url) => {
            let _ = writeln!(out, "{}\n", words::host_console_line(&url));
        }
        None => {
            let _ = writeln!(out, "{}\n", crate::wording::console::no_key());
        }
    }
    if let Some(d) = &data {
        let _ = writeln!(
            out,
            "{}",
            words::host_decisions_kept(&d.display().to_string(), tables)
        );
    }
    let _ = writeln!(out, "{}", words::host_stop());
    let _ = out.flush();
    handle.wait();
    EXIT_OK
}
