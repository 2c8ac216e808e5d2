//! Words and colours for the engine's numbers: a stakeholder's mood (from trust), their appetite
//! for detail (from readiness), the client's patience, and the depth of an answer.
//!
//! These only describe values the engine holds; they decide nothing. Coach mode shows the numbers
//! themselves beside the words.

use bevy_egui::egui::Color32;

use super::Palette;

pub use crate::engine::cues::{Mood, Reading};

impl Mood {
    /// In plain words.
    pub fn words(self) -> String {
        crate::wording::cues::mood(self)
    }

    /// Its colour.
    pub fn color(self, pal: &Palette) -> Color32 {
        match self {
            Mood::Engaged => pal.good,
            Mood::Open => pal.info,
            Mood::Guarded => pal.warn,
            Mood::Sceptical | Mood::NearWalkout => pal.bad,
        }
    }
}

/// What depth of detail a stakeholder wants: the deepest answer the engine takes as well paced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appetite {
    /// About 1.
    BigPicture,
    /// About 2.
    Outline,
    /// About 3.
    HowItWorks,
    /// About 4.
    ThePlan,
    /// About 5.
    Specifics,
}

impl Appetite {
    /// The appetite for answers up to `depth`, the deepest the engine takes as well paced
    /// ([`Session::deepest_paced_depth`](crate::engine::Session::deepest_paced_depth)).
    pub fn from_depth(depth: u8) -> Appetite {
        match depth {
            0 | 1 => Appetite::BigPicture,
            2 => Appetite::Outline,
            3 => Appetite::HowItWorks,
            4 => Appetite::ThePlan,
            _ => Appetite::Specifics,
        }
    }

    /// In plain words.
    pub fn words(self) -> String {
        crate::wording::cues::appetite(self.level())
    }

    /// 1 to 5 filled dots on the detail scale.
    pub fn level(self) -> u8 {
        match self {
            Appetite::BigPicture => 1,
            Appetite::Outline => 2,
            Appetite::HowItWorks => 3,
            Appetite::ThePlan => 4,
            Appetite::Specifics => 5,
        }
    }
}

/// The depth of an answer in words (1 vision … 5 plan detail).
pub fn depth_words(depth: u8) -> String {
    crate::wording::cues::depth(depth)
}

/// The client's patience in words, from what is left and what they started with (the engine's
/// reading, [`crate::engine::cues::patience`]).
pub fn patience_words(left: i32, start: i32) -> (String, Tone) {
    let reading = crate::engine::cues::patience(left, start);
    (crate::wording::cues::patience(reading), Tone::of(reading))
}

/// How a line should be coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Good news.
    Good,
    /// Plain information.
    Neutral,
    /// Something to watch.
    Warn,
    /// Bad news.
    Bad,
    /// New information (a fact, a promise).
    Info,
}

impl From<crate::wording::events::Mark> for Tone {
    fn from(mark: crate::wording::events::Mark) -> Tone {
        use crate::wording::events::Mark;
        match mark {
            Mark::Good => Tone::Good,
            Mark::Neutral => Tone::Neutral,
            Mark::Warn => Tone::Warn,
            Mark::Bad => Tone::Bad,
            Mark::Info => Tone::Info,
        }
    }
}

impl Tone {
    /// The tone of an engine reading.
    pub fn of(reading: Reading) -> Tone {
        match reading {
            Reading::Good => Tone::Good,
            Reading::Fair => Tone::Neutral,
            Reading::Watch => Tone::Warn,
            Reading::Bad => Tone::Bad,
        }
    }

    /// Its colour.
    pub fn color(self, pal: &Palette) -> Color32 {
        match self {
            Tone::Good => pal.good,
            Tone::Neutral => pal.text_weak,
            Tone::Warn => pal.warn,
            Tone::Bad => pal.bad,
            Tone::Info => pal.info,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appetite_follows_readiness() {
        assert_eq!(Appetite::from_depth(1), Appetite::BigPicture);
        assert_eq!(Appetite::from_depth(2), Appetite::Outline);
        assert_eq!(Appetite::from_depth(5), Appetite::Specifics);
        for d in 1..=5 {
            assert_eq!(Appetite::from_depth(d).level(), d);
        }
    }
}
