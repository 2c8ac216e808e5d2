//! Input for driving egui views in tests, shared by the game's test modules.

use bevy_egui::egui;

/// A key pressed with no modifiers.
pub fn key(k: egui::Key) -> egui::Event {
    egui::Event::Key {
        key: k,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}
