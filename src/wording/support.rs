//! Levels of support and rubric checks in words: the level's name and what it shows, and the
//! competency (or the category, when the author gave none) the briefing shows for a check.

use crate::engine::Support;
use crate::scenario::model::{Check, CheckTest};

/// The level's name: "Guided", "Standard", "Expert".
pub fn support_name(s: Support) -> &'static str {
    match s {
        Support::Guided => "Guided",
        Support::Standard => "Standard",
        Support::Expert => "Expert",
    }
}

/// What the level shows while playing, in one sentence.
pub fn support_blurb(s: Support) -> &'static str {
    match s {
        Support::Guided => {
            "Answers show their depth, people their readiness; the rubric as actions."
        }
        Support::Standard => "Cues in words and mood, no dots; the rubric as competencies.",
        Support::Expert => "Read faces, moods and lines; the rubric waits for the debrief.",
    }
}

/// The line the reports and the pacing chart carry: "Played with Expert support".
pub fn support_line(s: Support) -> String {
    format!("Played with {} support", support_name(s))
}

/// The category of a check, from the kind of its test (shown when no competency is written).
pub fn check_category(t: &CheckTest) -> &'static str {
    match t {
        CheckTest::Attended(..) => "Who you bring to the meetings",
        CheckTest::Found(_) => "What you find out before handoff",
        CheckTest::Avoided(_) | CheckTest::Chose(_) => "What you say in the meetings",
        CheckTest::FullHandoff => "The handoff to delivery",
        CheckTest::NoFalseClaims => "Honest claims",
        CheckTest::PacingAtLeast(_) => "Pacing your answers to the room",
        CheckTest::MarginAtLeast(_) => "The margin the project keeps",
        CheckTest::SatisfactionAtLeast(_) => "How satisfied the client is",
        CheckTest::OnTime => "Delivering on time",
        CheckTest::OvertimeAtMost(_) => "The team's workload",
        CheckTest::Won => "Winning the deal",
        CheckTest::All(_) => "The overall result",
    }
}

/// The check as a competency: the author's wording, else its category.
pub fn check_competency(c: &Check) -> String {
    c.competency
        .clone()
        .unwrap_or_else(|| check_category(&c.test).to_owned())
}
