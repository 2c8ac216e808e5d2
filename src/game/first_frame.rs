//! Reports startup time: prints `first-frame-ms=NNN` to stderr once the first screen has been drawn.

use std::sync::OnceLock;
use std::time::Instant;

use bevy::prelude::*;

static START: OnceLock<Instant> = OnceLock::new();

/// Records the start of the process (the earliest call wins).
pub(super) fn mark_start() {
    START.get_or_init(Instant::now);
}

/// The recorded start.
pub(super) fn start() -> Instant {
    *START.get_or_init(Instant::now)
}

/// Set by the screens once they have drawn a frame the player can use.
#[derive(Resource, Default)]
pub struct FirstFrame {
    /// A screen was drawn.
    pub drawn: bool,
    printed: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<FirstFrame>();
    app.add_systems(Last, report_first_frame);
}

fn report_first_frame(mut first: ResMut<FirstFrame>) {
    if first.drawn && !first.printed {
        first.printed = true;
        eprintln!("first-frame-ms={}", start().elapsed().as_millis());
    }
}
