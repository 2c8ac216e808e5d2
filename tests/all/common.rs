//! Helpers several test modules share.

use std::path::PathBuf;
use std::sync::Arc;

use overpromise::scenario::{self, model::Scenario};

/// A shipped level by its file stem (`01_first_client`), loaded and checked; a level that does
/// not load fails the test with the loader's message.
pub fn level(stem: &str) -> Arc<Scenario> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("levels")
        .join(format!("{stem}.scenario.ron"));
    Arc::new(scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}")))
}
