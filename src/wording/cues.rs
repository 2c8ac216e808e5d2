//! The room's cues in words: a stakeholder's mood (from trust), their appetite for detail (the
//! deepest answer the engine takes as well paced), an answer's depth and the client's patience.
//! The game's theme colours them; the browser seat prints them.

use crate::engine::cues::{Mood, Reading};

/// A mood in plain words.
pub fn mood(m: Mood) -> &'static str {
    match m {
        Mood::Engaged => "Engaged",
        Mood::Open => "Open",
        Mood::Guarded => "Guarded",
        Mood::Sceptical => "Sceptical",
        Mood::NearWalkout => "Close to walking out",
    }
}

/// The appetite for answers up to `depth` (1 to 5), in plain words.
pub fn appetite(depth: u8) -> &'static str {
    match depth {
        0 | 1 => "Wants the big picture",
        2 => "Wants the outline",
        3 => "Wants to know how it works",
        4 => "Wants the plan",
        _ => "Wants specifics",
    }
}

/// The depth of an answer in words (1 vision … 5 plan detail).
pub fn depth(depth: u8) -> &'static str {
    match depth {
        0 | 1 => "Vision",
        2 => "Benefits",
        3 => "Approach",
        4 => "Plan",
        _ => "Plan detail",
    }
}

/// The client's patience read in words.
pub fn patience(reading: Reading) -> &'static str {
    match reading {
        Reading::Good => "Plenty of time for you",
        Reading::Fair => "Keep it moving",
        Reading::Watch => "Wearing thin",
        Reading::Bad => "Losing patience",
    }
}
