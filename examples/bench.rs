//! Benchmark: 100,000 random playthroughs of the largest shipped level (by beat count) on every core.
//!
//! Run with `cargo run --release --no-default-features --example bench [-- RUNS]`. Prints the
//! level, the thread count, total seconds and runs per second.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Instant;

use overpromise::cli::simulate::{PolicySummary, run_many};
use overpromise::scenario;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels");
    let files = match scenario::scenario_files(&dir) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    let mut largest = None;
    for f in &files {
        match scenario::load_file(f) {
            Ok(s) => {
                let beats = s.beat_count();
                if largest.as_ref().is_none_or(|(b, _, _)| beats > *b) {
                    largest = Some((beats, f.clone(), s));
                }
            }
            Err(e) => eprintln!("skipping: {e}"),
        }
    }
    let Some((beats, path, s)) = largest else {
        eprintln!("error: no valid level in {}", dir.display());
        std::process::exit(1);
    };
    let scenario = Arc::new(s);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "level: {} ({beats} beats), {runs} random playthroughs on {threads} thread(s)",
        path.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    );
    let start = Instant::now();
    let results = run_many(
        &scenario,
        "random",
        scenario.default_seed,
        runs,
        threads,
        &AtomicUsize::new(0),
    );
    let secs = start.elapsed().as_secs_f64();
    let summary = PolicySummary::new("random", &results);
    println!(
        "total: {secs:.2} s, {:.0} runs/s (win rate {:.1} %, mean score {:.1})",
        runs as f64 / secs,
        summary.win_rate * 100.0,
        summary.mean_score
    );
}
