//! The notice banner: a one-line message for the player (a refused decision, a file that could not
//! be written). A leaf: it imports nothing else from the game.

use bevy::prelude::*;

/// A one-line message for the player, shown as a banner until dismissed or replaced.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Notice {
    /// The text, if any.
    pub text: Option<String>,
}

impl Notice {
    /// Shows `text`.
    pub fn set(&mut self, text: impl Into<String>) {
        self.text = Some(text.into());
    }
}
