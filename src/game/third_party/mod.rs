//! Third-party setup, one file per crate.

mod bevy_egui;
mod bevy_winit;

use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((bevy_egui::plugin, bevy_winit::plugin));
}
