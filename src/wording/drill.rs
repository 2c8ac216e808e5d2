//! The pitch-pacing drill's sentences: difficulties, reactions, the result and the beats missed.

use crate::drill::{Difficulty, DrillResult, Miss, Reaction};
use crate::engine::PaceVerdict;
use crate::scenario::model::{Scenario, StakeholderId};

/// A difficulty's name.
pub fn difficulty(d: Difficulty) -> &'static str {
    match d {
        Difficulty::Coach => "Coach",
        Difficulty::Standard => "Standard",
        Difficulty::Hard => "Hard",
    }
}

/// What a difficulty shows, in one sentence.
pub fn difficulty_blurb(d: Difficulty) -> String {
    match d.time_limit() {
        None if d.visible().numbers => {
            "Readiness and depth are shown as numbers beside the words.".into()
        }
        None => "Read the room from words and portraits.".into(),
        Some(s) => format!("Portraits and mood only, and {s:.0} seconds per answer."),
    }
}

/// A stakeholder's name, or a stand-in when the scenario is not at hand.
fn name(scenario: Option<&Scenario>, k: StakeholderId) -> String {
    scenario
        .and_then(|s| s.stakeholders.get(k.ix()))
        .map_or_else(|| format!("stakeholder {}", k.0 + 1), |s| s.name.clone())
}

/// A depth range: `depth 3` or `depth 2 to 3`.
fn depths((lo, hi): (u8, u8)) -> String {
    if lo == hi {
        format!("depth {lo}")
    } else {
        format!("depth {lo} to {hi}")
    }
}

/// One stakeholder's reaction to an answer, at once: `Too deep for Dana: they wanted depth 1 to 3.`
pub fn reaction(scenario: Option<&Scenario>, r: &Reaction) -> String {
    let who = name(scenario, r.stakeholder);
    match r.verdict {
        PaceVerdict::Matched => format!("{who} was with you."),
        PaceVerdict::TooDeep => format!("Too deep for {who}: they wanted {}.", depths(r.fits)),
        PaceVerdict::TooShallow => {
            format!("Too shallow for {who}: they wanted {}.", depths(r.fits))
        }
    }
}

/// The result in two sentences.
pub fn summary(r: &DrillResult) -> String {
    let matched = (r.match_rate * r.answered as f32).round() as u32;
    let mut s = format!(
        "{matched} of {} answers matched the whole room ({:.0} %). ",
        r.answered,
        r.match_rate * 100.0
    );
    s += &format!(
        "Too deep {}, too shallow {}; {:.1} seconds per answer on average.",
        r.too_deep, r.too_shallow, r.mean_seconds
    );
    if r.timed_out > 0 {
        s += &format!(" The time ran out {}.", super::plural(r.timed_out, "time"));
    }
    s
}

/// A missed beat and the cue that should have told you. `scenario` is the beat's scenario
/// (for names), when at hand.
pub fn miss(scenario: Option<&Scenario>, m: &Miss) -> String {
    let cues: Vec<String> = m
        .cues
        .iter()
        .map(|c| {
            format!(
                "{} was at readiness {:.1}, ready for {}",
                name(scenario, c.stakeholder),
                c.readiness,
                depths(c.fits)
            )
        })
        .collect();
    let what = match m.depth {
        Some(d) => format!("your answer at depth {d} missed"),
        None => "the time ran out".into(),
    };
    let best = match m.best_depth {
        Some(d) => format!(" An answer at depth {d} would have matched everyone."),
        None => " No answer on offer suited everyone in the room.".into(),
    };
    format!("Beat {}: {what}. {}.{best}", m.index + 1, cues.join("; "))
}

// ---- the drill screen ----------------------------------------------------------------------

/// The drill's title.
pub const DRILL_TITLE: &str = "Pitch-pacing drill";
/// The drill's subtitle before it starts.
pub const DRILL_SUBTITLE: &str = "Match the depth of your answer to the room";
/// The result's title.
pub const RESULT_TITLE: &str = "Drill result";
/// What a drill is, on its first page.
pub const DRILL_INTRO: &str =
    "About ten beats from the scenarios. Read the room, answer at the depth it is ready for.";
/// A difficulty's button: `Coach: shows the numbers`.
pub fn difficulty_choice(name: &str, blurb: &str) -> String {
    format!("{name}: {blurb}")
}
/// The drill's seed.
pub fn seed(seed: u64) -> String {
    format!("Seed {seed}")
}
/// Why the seed is shown.
pub const SEED_NOTE: &str = "The same seed gives the same drill: share it to compare.";
/// Draw another seed.
pub const NEW_SEED: &str = "New seed";
/// Start the drill.
pub const START_DRILL: &str = "Start the drill";
/// After the last beat.
pub const SEE_RESULT: &str = "See the result";
/// After any other beat.
pub const NEXT_BEAT: &str = "Next beat";
/// Time left on a timed beat: `7 s left`.
pub fn seconds_left(left: f32) -> String {
    format!("{left:.0} s left")
}
/// What a stakeholder says, in quotation marks.
pub fn quoted(line: &str) -> String {
    format!("“{line}”")
}
/// A timed beat ran out.
pub const TIME_RAN_OUT: &str = "The time ran out: the room waited for an answer.";
/// An answer with its depth shown (coach difficulty): `[Plan] ...`.
pub fn with_depth(depth: &str, text: &str) -> String {
    format!("[{depth}] {text}")
}
/// Another drill, from the result.
pub const ANOTHER_DRILL: &str = "Another drill";
/// Every beat matched.
pub const NO_BEAT_MISSED: &str = "No beat missed.";
/// Over the beats missed.
pub const BEATS_MISSED: &str = "Beats missed";
/// No drill in the history yet.
pub const NO_DRILL_KEPT: &str = "No drill kept yet.";
/// Over the history chart.
pub const MATCH_RATE_OVER_ATTEMPTS: &str = "Match rate (%) over attempts";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drill::Cue;

    #[test]
    fn sentences_name_the_cue() {
        let r = Reaction {
            stakeholder: StakeholderId(1),
            readiness: 2.3,
            verdict: PaceVerdict::TooDeep,
            trust_change: -6.0,
            fits: (1, 2),
        };
        assert_eq!(
            reaction(None, &r),
            "Too deep for stakeholder 2: they wanted depth 1 to 2."
        );
        let m = Miss {
            index: 2,
            scenario_id: "s".into(),
            beat_key: "b".into(),
            depth: Some(4),
            cues: vec![Cue {
                stakeholder: r.stakeholder,
                readiness: r.readiness,
                fits: r.fits,
                verdict: Some(r.verdict),
            }],
            best_depth: Some(2),
        };
        assert_eq!(
            miss(None, &m),
            "Beat 3: your answer at depth 4 missed. stakeholder 2 was at readiness 2.3, \
             ready for depth 1 to 2. An answer at depth 2 would have matched everyone."
        );
    }
}
