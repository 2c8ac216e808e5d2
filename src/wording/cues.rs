//! The room's cues in words: a stakeholder's mood (from trust), their appetite for detail (the
//! deepest answer the engine takes as well paced), an answer's depth and the client's patience.
//! The game's theme colours them; the browser seat prints them.

use crate::engine::cues::{Mood, Reading};
use crate::tr;

/// A mood in plain words.
pub fn mood(m: Mood) -> String {
    match m {
        Mood::Engaged => tr!("cues-mood-engaged"),
        Mood::Open => tr!("cues-mood-open"),
        Mood::Guarded => tr!("cues-mood-guarded"),
        Mood::Sceptical => tr!("cues-mood-sceptical"),
        Mood::NearWalkout => tr!("cues-mood-near-walkout"),
    }
}

/// The appetite for answers up to `depth` (1 to 5), in plain words.
pub fn appetite(depth: u8) -> String {
    match depth {
        0 | 1 => tr!("cues-appetite-big-picture"),
        2 => tr!("cues-appetite-outline"),
        3 => tr!("cues-appetite-how-it-works"),
        4 => tr!("cues-appetite-plan"),
        _ => tr!("cues-appetite-specifics"),
    }
}

/// The depth of an answer in words (1 vision … 5 plan detail).
pub fn depth(depth: u8) -> String {
    match depth {
        0 | 1 => tr!("cues-depth-vision"),
        2 => tr!("cues-depth-benefits"),
        3 => tr!("cues-depth-approach"),
        4 => tr!("cues-depth-plan"),
        _ => tr!("cues-depth-plan-detail"),
    }
}

/// The client's patience read in words.
pub fn patience(reading: Reading) -> String {
    match reading {
        Reading::Good => tr!("cues-patience-good"),
        Reading::Fair => tr!("cues-patience-fair"),
        Reading::Watch => tr!("cues-patience-watch"),
        Reading::Bad => tr!("cues-patience-bad"),
    }
}
