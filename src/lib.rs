//! Overpromise: a training game in which the promises made while selling change how the project goes.
//!
//! The crate has three layers:
//! - [`scenario`]: the RON format authors write, and its validation into checked types;
//! - [`engine`]: the deterministic rules engine (`Session::apply(action) -> events`);
//! - `game` (feature `gui`): the Bevy + egui adapter that draws what the engine decides.
//!
//! The first two never import Bevy or egui.
#![warn(missing_docs)]

pub mod bundled;
pub mod cli;
pub mod drill;
pub mod engine;
pub mod files;
#[cfg(feature = "gui")]
pub mod game;
pub mod progress;
pub mod report;
pub mod saves;
pub mod scenario;
pub mod table_csv;
pub mod wording;
pub mod workshop;
pub mod xapi;
