//! The one integration test binary: each module is a group of tests.

mod authoring;
mod cli;
mod common;
mod consequences;
#[cfg(feature = "gui")]
mod contrast;
mod corpus;
mod cycles;
mod debrief;
mod debrief_model;
mod drill;
#[cfg(feature = "gui")]
mod game;
#[cfg(feature = "gui")]
mod game_screens;
mod game_views;
mod handout;
mod hotseat;
#[cfg(feature = "gui")]
mod hotseat_app;
#[cfg(feature = "gui")]
mod ids;
mod incentives;
#[cfg(feature = "gui")]
mod keyboard;
mod layers;
#[cfg(feature = "gui")]
mod net;
#[cfg(feature = "gui")]
mod net_rejoin;
mod old_names;
#[cfg(feature = "gui")]
mod plan_view;
#[cfg(feature = "gui")]
mod practice;
mod reports;
mod results;
mod roles;
mod saves;
#[cfg(feature = "gui")]
mod screen_reader;
mod script;
mod support;
mod translations;
#[cfg(feature = "gui")]
mod ui_input;
mod workshop;
