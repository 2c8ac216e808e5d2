//! Levels of support: what the player's screens show, decided here so that no view decides it.
//!
//! Support is the player's view, never the engine's rules: a [`Session`](super::Session) may
//! record the level as metadata for the debrief, the reports and the result record, but no rule
//! reads it. The same decisions give the same events and outcome at every level.

use serde::{Deserialize, Serialize};

/// How much the screens help the player read the room and the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Support {
    /// Every cue: depth labels and dots on answers, readiness dots, the rubric as actions.
    #[default]
    Guided,
    /// Cues in words and mood without dots; the rubric as competencies.
    Standard,
    /// Cues only from portraits, mood and the client's lines; the rubric only in the debrief.
    Expert,
}

/// How the briefing shows the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RubricForm {
    /// Each check as the specific action it tests, with why it matters.
    Specific,
    /// Each check as the competency behind it (or its category when the author gave none).
    Competency,
    /// Not at all: the rubric is shown in the debrief.
    Hidden,
}

/// The ways a stakeholder's appetite for detail can show on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueChannels {
    /// Readiness as dots.
    pub dots: bool,
    /// Readiness in words ("Wants the big picture").
    pub words: bool,
}

impl Support {
    /// Every level, least support last.
    pub const ALL: [Support; 3] = [Support::Guided, Support::Standard, Support::Expert];

    /// Whether answers on offer carry their depth label and dots.
    pub fn shows_depth(self) -> bool {
        self == Support::Guided
    }

    /// Whether answers carry their register's label and the people in the room the registers
    /// they follow: hidden with depth, so at Standard and Expert the player reads the words.
    pub fn shows_register(self) -> bool {
        self.shows_depth()
    }

    /// Whether stakeholders carry readiness dots.
    pub fn shows_readiness_dots(self) -> bool {
        self.cue_channels().dots
    }

    /// How a stakeholder's appetite for detail shows; their portrait, mood and lines show always.
    pub fn cue_channels(self) -> CueChannels {
        match self {
            Support::Guided => CueChannels {
                dots: true,
                words: true,
            },
            Support::Standard => CueChannels {
                dots: false,
                words: true,
            },
            Support::Expert => CueChannels {
                dots: false,
                words: false,
            },
        }
    }

    /// How the briefing shows the rubric. The debrief shows the specific rubric at every level.
    pub fn rubric_on_briefing(self) -> RubricForm {
        match self {
            Support::Guided => RubricForm::Specific,
            Support::Standard => RubricForm::Competency,
            Support::Expert => RubricForm::Hidden,
        }
    }

    /// Whether an answer's delivery advice is shown, given whether the delivery person who gives
    /// it is in the room. At every level advice needs its giver in the room (`docs/rules.md`);
    /// Expert shows nothing else of the kind.
    pub fn shows_advice(self, delivery_in_room: bool) -> bool {
        delivery_in_room
    }

    /// The next level (`+1`) or the previous one (`-1`), staying within [`Support::ALL`].
    pub fn step(self, dir: i32) -> Support {
        let i = Support::ALL.iter().position(|s| *s == self).unwrap_or(0) as i32;
        Support::ALL[(i + dir).clamp(0, Support::ALL.len() as i32 - 1) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn support_fades_level_by_level() {
        assert!(Support::Guided.shows_depth());
        assert!(!Support::Standard.shows_depth() && !Support::Expert.shows_depth());
        assert!(Support::Guided.shows_readiness_dots());
        assert!(!Support::Standard.shows_readiness_dots());
        assert!(Support::Standard.cue_channels().words);
        assert!(!Support::Expert.cue_channels().words);
        assert_eq!(Support::Guided.rubric_on_briefing(), RubricForm::Specific);
        assert_eq!(
            Support::Standard.rubric_on_briefing(),
            RubricForm::Competency
        );
        assert_eq!(Support::Expert.rubric_on_briefing(), RubricForm::Hidden);
        assert!(!Support::Expert.shows_advice(false) && Support::Expert.shows_advice(true));
        assert_eq!(Support::Guided.step(1), Support::Standard);
        assert_eq!(Support::Expert.step(1), Support::Expert);
        assert_eq!(Support::Guided.step(-1), Support::Guided);
    }
}
