//! The pitch-pacing drill's sentences: difficulties, reactions, the result and the beats missed.

use crate::drill::{Difficulty, DrillResult, Miss, Reaction};
use crate::engine::PaceVerdict;
use crate::scenario::model::{Scenario, StakeholderId};
use crate::tr;

use super::decimal;

/// A difficulty's name.
pub fn difficulty(d: Difficulty) -> String {
    match d {
        Difficulty::Coach => tr!("drill-coach"),
        Difficulty::Standard => tr!("drill-standard"),
        Difficulty::Hard => tr!("drill-hard"),
    }
}

/// What a difficulty shows, in one sentence.
pub fn difficulty_blurb(d: Difficulty) -> String {
    match d.time_limit() {
        None if d.visible().numbers => tr!("drill-blurb-numbers"),
        None => tr!("drill-blurb-words"),
        Some(s) => tr!("drill-blurb-timed", seconds = decimal(s, 0)),
    }
}

/// A stakeholder's name, or a stand-in when the scenario is not at hand.
fn name(scenario: Option<&Scenario>, k: StakeholderId) -> String {
    scenario
        .and_then(|s| s.stakeholders.get(k.ix()))
        .map_or_else(
            || tr!("drill-stakeholder", number = u32::from(k.0) + 1),
            |s| s.name.clone(),
        )
}

/// A depth range: `depth 3` or `depth 2 to 3`.
fn depths((lo, hi): (u8, u8)) -> String {
    if lo == hi {
        tr!("drill-depth", depth = lo)
    } else {
        tr!("drill-depth-range", low = lo, high = hi)
    }
}

/// One stakeholder's reaction to an answer, at once: `Too deep for Dana: they wanted depth 1 to 3.`
pub fn reaction(scenario: Option<&Scenario>, r: &Reaction) -> String {
    let who = name(scenario, r.stakeholder);
    match r.verdict {
        PaceVerdict::Matched => tr!("drill-matched", who = who),
        PaceVerdict::TooDeep => tr!("drill-too-deep", who = who, depths = depths(r.fits)),
        PaceVerdict::TooShallow => {
            tr!("drill-too-shallow", who = who, depths = depths(r.fits))
        }
    }
}

/// The result in two sentences.
pub fn summary(r: &DrillResult) -> String {
    let matched = (r.match_rate * r.answered as f32).round() as u32;
    let mut s = tr!(
        "drill-summary-matched",
        matched = matched,
        answered = r.answered,
        percent = decimal(r.match_rate * 100.0, 0)
    );
    s.push(' ');
    s += &tr!(
        "drill-summary-depths",
        too_deep = r.too_deep,
        too_shallow = r.too_shallow,
        seconds = decimal(r.mean_seconds, 1)
    );
    if r.timed_out > 0 {
        s.push(' ');
        s += &tr!("drill-summary-timed-out", times = r.timed_out);
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
            tr!(
                "drill-cue",
                name = name(scenario, c.stakeholder),
                readiness = decimal(c.readiness, 1),
                depths = depths(c.fits)
            )
        })
        .collect();
    let what = match m.depth {
        Some(d) => tr!("drill-miss-depth", depth = d),
        None => tr!("drill-miss-time"),
    };
    let best = match m.best_depth {
        Some(d) => tr!("drill-best-depth", depth = d),
        None => tr!("drill-no-best"),
    };
    tr!(
        "drill-miss",
        beat = m.index + 1,
        what = what,
        cues = cues.join(&tr!("drill-cue-separator")),
        best = best
    )
}

// ---- the drill screen ----------------------------------------------------------------------

/// The drill's title.
pub fn drill_title() -> String {
    tr!("drill-title")
}
/// The drill's subtitle before it starts.
pub fn drill_subtitle() -> String {
    tr!("drill-subtitle")
}
/// The result's title.
pub fn result_title() -> String {
    tr!("drill-result-title")
}
/// What a drill is, on its first page.
pub fn drill_intro() -> String {
    tr!("drill-intro")
}
/// A difficulty's button: `Coach: shows the numbers`.
pub fn difficulty_choice(name: &str, blurb: &str) -> String {
    tr!("drill-difficulty-choice", name = name, blurb = blurb)
}
/// The drill's seed.
pub fn seed(seed: u64) -> String {
    tr!("drill-seed", seed = seed.to_string())
}
/// Why the seed is shown.
pub fn seed_note() -> String {
    tr!("drill-seed-note")
}
/// Draw another seed.
pub fn new_seed() -> String {
    tr!("drill-new-seed")
}
/// Start the drill.
pub fn start_drill() -> String {
    tr!("drill-start")
}
/// After the last beat.
pub fn see_result() -> String {
    tr!("drill-see-result")
}
/// After any other beat.
pub fn next_beat() -> String {
    tr!("drill-next-beat")
}
/// Time left on a timed beat: `7 s left`.
pub fn seconds_left(left: f32) -> String {
    tr!("drill-seconds-left", seconds = decimal(left, 0))
}
/// What a stakeholder says, in quotation marks.
pub fn quoted(line: &str) -> String {
    tr!("drill-quoted", line = line)
}
/// A timed beat ran out.
pub fn time_ran_out() -> String {
    tr!("drill-time-ran-out")
}
/// An answer with its depth shown (coach difficulty): `[Plan] ...`.
pub fn with_depth(depth: &str, text: &str) -> String {
    tr!("drill-with-depth", depth = depth, text = text)
}
/// Another drill, from the result.
pub fn another_drill() -> String {
    tr!("drill-another")
}
/// Every beat matched.
pub fn no_beat_missed() -> String {
    tr!("drill-no-beat-missed")
}
/// Over the beats missed.
pub fn beats_missed() -> String {
    tr!("drill-beats-missed")
}
/// No drill in the history yet.
pub fn no_drill_kept() -> String {
    tr!("drill-no-drill-kept")
}
/// Over the history chart.
pub fn match_rate_over_attempts() -> String {
    tr!("drill-match-rate-over-attempts")
}
/// The drill's heading: `Coach · seed 42`.
pub fn heading(d: Difficulty, seed: u64) -> String {
    tr!(
        "drill-heading",
        difficulty = difficulty(d),
        seed = seed.to_string()
    )
}
/// The best match rate at a difficulty, under the result: `Personal best at Coach: 80 %`.
pub fn personal_best(d: Difficulty, match_rate: f32) -> String {
    tr!(
        "drill-personal-best",
        difficulty = difficulty(d),
        percent = decimal(match_rate * 100.0, 0)
    )
}
/// A personal best on the progress page: `Best at Coach: 80 % (seed 42, 2026-12-05)`.
pub fn best_at(d: Difficulty, match_rate: f32, seed: u64, date: &str) -> String {
    tr!(
        "drill-best-at",
        difficulty = difficulty(d),
        percent = decimal(match_rate * 100.0, 0),
        seed = seed.to_string(),
        date = date
    )
}

/// A beat's heading on the drill screen: `Beat 3 of 10 · Coach · seed 42`.
pub fn beat_heading(beat: usize, beats: usize, heading: &str) -> String {
    tr!(
        "drill-beat-heading",
        beat = beat,
        beats = beats,
        heading = heading
    )
}
/// No scenario has a beat to drill.
pub fn no_beats() -> String {
    tr!("drill-no-beats")
}
/// The drill could not start (`detail`: why, from the drill library).
pub fn could_not_start(detail: &str) -> String {
    tr!("drill-could-not-start", detail = detail)
}
/// Where a finished drill was kept: `Ok(problem)` kept (with a problem of the results settings,
/// if any), `Err(why)` not kept.
pub fn kept(outcome: Result<Option<&str>, &str>) -> String {
    match outcome {
        Ok(Some(problem)) => tr!("drill-kept-with-problem", problem = problem),
        Ok(None) => tr!("drill-kept"),
        Err(why) => tr!("drill-could-not-keep", detail = why),
    }
}
/// No data folder to keep a drill in.
pub fn not_kept_no_folder() -> String {
    tr!("drill-not-kept-no-folder")
}
/// The history chart's lines: the match rate, the attempts, the best.
pub fn chart_lines() -> (String, String, String) {
    (
        tr!("drill-chart-match-rate"),
        tr!("drill-chart-attempts"),
        tr!("drill-chart-best"),
    )
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

    #[test]
    fn the_drill_speaks_german() {
        use crate::wording::i18n::{Language, with_language};
        let m = Miss {
            index: 0,
            scenario_id: "s".into(),
            beat_key: "b".into(),
            depth: None,
            cues: vec![Cue {
                stakeholder: StakeholderId(0),
                readiness: 1.3,
                fits: (2, 2),
                verdict: None,
            }],
            best_depth: None,
        };
        with_language(Language::German, || {
            assert_eq!(
                miss(None, &m),
                "Schritt 1: die Zeit lief ab. Stakeholder 1 war bei Bereitschaft 1,3, bereit für \
                 Tiefe 2. Keine der angebotenen Antworten passte für alle im Raum."
            );
            assert_eq!(with_depth("Plan", "Ja."), "[Plan] Ja.");
            assert_eq!(quoted("Gut."), "„Gut.“");
        });
        assert_eq!(with_depth("Plan", "Yes."), "[Plan] Yes.");
        assert_eq!(seconds_left(6.6), "7 s left");
    }
}
