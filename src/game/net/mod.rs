//! The workshop on the game's side: the link to a host on its own thread ([`link`]), the Bevy
//! plugin that polls it and sends what the screens ask ([`client`]), and what this device knows
//! of its table and of the workshop, built only from the host's messages ([`remote`]).

pub mod board;
pub mod client;
pub mod demo;
pub mod link;
pub mod remote;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((client::plugin, remote::plugin, board::plugin));
}
