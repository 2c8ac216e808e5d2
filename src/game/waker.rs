//! The app waker: lets another thread (the level watcher, delayed egui repaints) wake a reactive
//! window that is otherwise asleep. A leaf: it imports nothing else from the game.

use std::sync::Arc;

use bevy::prelude::*;

/// Wakes the app's event loop from another thread (set by the windowed app; absent headless).
#[derive(Resource, Clone)]
pub struct AppWaker(pub Arc<dyn Fn() + Send + Sync>);
