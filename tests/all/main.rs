//! The one integration test binary: each module is a group of tests.

mod cli;
mod corpus;
mod engine;
#[cfg(feature = "gui")]
mod game;
mod game_views;
mod handout;
mod layers;
mod lessons;
mod script;
#[cfg(feature = "gui")]
mod ui_input;
