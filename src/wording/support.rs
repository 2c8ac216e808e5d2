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
    kind_category(crate::engine::view::briefing::CheckKind::of(t))
}

/// A kind of check as the competency it stands for.
pub fn kind_category(k: crate::engine::view::briefing::CheckKind) -> &'static str {
    use crate::engine::view::briefing::CheckKind as K;
    match k {
        K::Attended => "Who you bring to the meetings",
        K::Found => "What you find out before handoff",
        K::Said => "What you say in the meetings",
        K::Handoff => "The handoff to delivery",
        K::Claims => "Honest claims",
        K::Agreed => "Winning your colleagues' agreement",
        K::Words => "Speaking in words the room follows",
        K::Pacing => "Pacing your answers to the room",
        K::Margin => "The margin the project keeps",
        K::Satisfaction => "How satisfied the client is",
        K::OnTime => "Delivering on time",
        K::Workload => "The team's workload",
        K::Won => "Winning the deal",
        K::Overall => "The overall result",
    }
}

/// The check as a competency: the author's wording, else its category.
pub fn check_competency(c: &Check) -> String {
    c.competency
        .clone()
        .unwrap_or_else(|| check_category(&c.test).to_owned())
}

/// A briefing's rubric line as a competency: the author's wording, else its category.
pub fn line_competency(l: &crate::engine::view::briefing::RubricLine) -> String {
    l.competency
        .clone()
        .unwrap_or_else(|| kind_category(l.kind).to_owned())
}
