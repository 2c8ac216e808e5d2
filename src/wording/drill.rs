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
