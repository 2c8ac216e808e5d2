//! The pitch-pacing drill: generation from a library, truthfulness against the engine, scoring.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use overpromise::drill::{
    BEATS_PER_DRILL, Difficulty, Drill, DrillBeat, DrillError, READINESS_BAND,
};
use overpromise::engine::{Action, Event, PaceVerdict, Phase, Session};
use overpromise::scenario::{self, model::Scenario};
use overpromise::wording;

fn shipped() -> Vec<Arc<Scenario>> {
    static S: OnceLock<Vec<Arc<Scenario>>> = OnceLock::new();
    S.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
        scenario::scenario_files(&dir)
            .expect("levels folder")
            .iter()
            .map(|p| Arc::new(scenario::load_file(p).unwrap_or_else(|e| panic!("{e}"))))
            .collect()
    })
    .clone()
}

/// Replays a beat's source to the moment it was presented.
fn replay(beat: &DrillBeat) -> Session {
    let src = &beat.source;
    let s = Session::replay(beat.scenario.clone(), src.session_seed, &src.actions)
        .unwrap_or_else(|(i, e)| panic!("{}: action {i} does not replay: {e}", src.scenario_id));
    assert_eq!(
        s.phase(),
        Phase::Beat(src.meeting, src.beat),
        "{}: the replay does not reach the beat",
        src.scenario_id
    );
    s
}

#[test]
fn the_same_seed_gives_the_same_drill_whatever_the_library_order() {
    let lib = shipped();
    let mut reversed = lib.clone();
    reversed.reverse();
    let a = Drill::generate(&lib, 7, Difficulty::Standard).unwrap();
    let b = Drill::generate(&reversed, 7, Difficulty::Standard).unwrap();
    let c = Drill::generate(&lib, 8, Difficulty::Standard).unwrap();
    let key = |d: &Drill| {
        d.beats
            .iter()
            .map(|b| (b.source.clone(), b.room.clone(), b.answers.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(a.beats.len(), BEATS_PER_DRILL);
    assert_eq!(key(&a), key(&b));
    assert_ne!(key(&a), key(&c), "another seed gives another drill");
    // Beats come from more than one scenario and are distinct.
    let mut places: Vec<_> = a
        .beats
        .iter()
        .map(|b| {
            (
                b.source.scenario_id.clone(),
                b.source.meeting,
                b.source.beat,
            )
        })
        .collect();
    let scenarios: std::collections::BTreeSet<_> = places.iter().map(|p| p.0.clone()).collect();
    assert!(scenarios.len() > 1, "{scenarios:?}");
    places.sort();
    places.dedup();
    assert_eq!(places.len(), a.beats.len(), "a beat repeats");
}

#[test]
fn every_offered_answer_is_legal_in_the_beat_it_comes_from_on_every_shipped_level() {
    for level in shipped() {
        for seed in 0..6u64 {
            let drill = Drill::generate(std::slice::from_ref(&level), seed, Difficulty::Coach)
                .unwrap_or_else(|e| panic!("{}: {e}", level.id));
            assert!(!drill.beats.is_empty());
            for beat in &drill.beats {
                let session = replay(beat);
                let legal: Vec<Action> = session
                    .legal_actions()
                    .into_iter()
                    .filter(|a| matches!(a, Action::Choose(_)))
                    .collect();
                let offered: Vec<Action> =
                    beat.answers.iter().map(|c| Action::Choose(*c)).collect();
                for a in &offered {
                    assert!(session.is_legal(a), "{}: {a:?} is not legal", level.id);
                }
                assert_eq!(
                    offered, legal,
                    "{}: the drill offers other answers",
                    level.id
                );
                // Readiness stays in the plausible band around the playthrough's.
                let present = &level.meetings[beat.source.meeting.ix()].present;
                assert_eq!(beat.room.len(), present.len());
                for a in &beat.room {
                    let real = session.readiness()[a.stakeholder.ix()];
                    assert!(
                        (a.readiness - real).abs() <= READINESS_BAND + 0.05
                            && (1.0..=5.0).contains(&a.readiness),
                        "{}: readiness {} far from {real}",
                        level.id,
                        a.readiness
                    );
                    assert_eq!(a.trust, session.trust()[a.stakeholder.ix()]);
                }
            }
        }
    }
}

/// A stakeholder's trust at the moment the beat was presented.
fn session_before_trust(beat: &DrillBeat, k: overpromise::scenario::model::StakeholderId) -> f32 {
    replay(beat).trust()[k.ix()]
}

#[test]
fn reactions_are_the_engines_own_verdicts() {
    let drill = Drill::generate(&shipped(), 3, Difficulty::Coach).unwrap();
    let mut compared = 0;
    for beat in &drill.beats {
        for &c in &beat.answers {
            let mut session = replay(beat);
            // The same beat with the playthrough's own readiness: the drill must judge as the engine.
            let mut real = beat.clone();
            for a in &mut real.room {
                a.readiness = session.readiness()[a.stakeholder.ix()];
            }
            let depth = beat.scenario.answers[c.ix()].depth;
            let events = session.apply(Action::Choose(c)).unwrap();
            let engine: Vec<_> = events
                .iter()
                .filter_map(|e| match e {
                    Event::Paced {
                        stakeholder,
                        verdict,
                        ..
                    } => Some((*stakeholder, *verdict)),
                    _ => None,
                })
                .collect();
            let ours: Vec<_> = real
                .reactions(depth)
                .iter()
                .map(|r| (r.stakeholder, r.verdict))
                .collect();
            assert_eq!(ours, engine, "{}", beat.source.scenario_id);
            // The trust each reaction promises is what the engine's pacing moved (before the
            // answer's own effects, which come after the Paced event).
            for r in real.reactions(depth) {
                let moved = events
                    .iter()
                    .skip_while(|e| !matches!(e, Event::Paced { stakeholder, .. } if *stakeholder == r.stakeholder))
                    .nth(1);
                let before = session_before_trust(beat, r.stakeholder);
                let expected = (before + r.trust_change).clamp(0.0, 100.0) - before;
                match moved {
                    Some(Event::TrustChanged {
                        stakeholder, delta, ..
                    }) if *stakeholder == r.stakeholder => {
                        assert!((delta - expected).abs() < 1e-4, "{delta} vs {expected}");
                    }
                    _ => assert_eq!(expected, 0.0, "no trust event, so no change"),
                }
            }
            compared += 1;
        }
    }
    assert!(compared >= 20, "only {compared} answers compared");
}

#[test]
fn a_perfect_drill_and_a_careless_one_are_scored_and_explained() {
    let lib = shipped();
    let mut good = Drill::generate(&lib, 11, Difficulty::Coach).unwrap();
    let mut bad = Drill::generate(&lib, 11, Difficulty::Coach).unwrap();
    let mut expect_good_misses = 0;
    while let Some(beat) = good.current() {
        let pick = beat.matching_answers().first().copied();
        match pick {
            Some(c) => {
                good.answer(c, 2.0).unwrap();
            }
            None => {
                // No answer fits everyone: any answer misses.
                let c = beat.answers[0];
                good.answer(c, 2.0).unwrap();
                expect_good_misses += 1;
            }
        }
    }
    let r = good.result();
    assert_eq!(r.answered, r.beats);
    assert_eq!(r.missed.len(), expect_good_misses);
    assert!((r.mean_seconds - 2.0).abs() < 1e-5);
    assert!(r.match_rate > 0.5, "{r:?}");

    // Always the deepest answer on offer.
    let mut deep_misses = 0;
    while let Some(beat) = bad.current() {
        let c = *beat
            .answers
            .iter()
            .max_by_key(|c| beat.scenario.answers[c.ix()].depth)
            .unwrap();
        let a = bad.answer(c, 4.0).unwrap().clone();
        if !a.matched() {
            deep_misses += 1;
            assert!(a.too_deep() || a.too_shallow());
        }
    }
    let r = bad.result();
    assert_eq!(r.missed.len(), deep_misses);
    assert!(r.too_deep > 0, "{r:?}");
    for m in &r.missed {
        assert!(!m.cues.is_empty());
        for c in &m.cues {
            assert!(matches!(
                c.verdict,
                Some(PaceVerdict::TooDeep | PaceVerdict::TooShallow)
            ));
            assert!(c.fits.0 <= c.fits.1);
            // The depth the player chose is outside what the cue asked for.
            let d = m.depth.unwrap();
            assert!(d < c.fits.0 || d > c.fits.1, "{m:?}");
        }
        let scenario = lib.iter().find(|s| s.id == m.scenario_id).unwrap();
        let text = wording::drill::miss(Some(scenario), m);
        assert!(text.contains("readiness"), "{text}");
    }
    assert!(
        (r.match_rate - (r.answered as usize - deep_misses) as f32 / r.answered as f32).abs()
            < 1e-6
    );
    assert!(wording::drill::summary(&r).contains(&format!("of {} answers", r.answered)));
    assert_eq!(
        bad.answer(bad.beats[0].answers[0], 1.0),
        Err(DrillError::Finished)
    );
}

#[test]
fn hard_mode_times_out_slow_answers_and_refuses_answers_not_on_offer() {
    let lib = shipped();
    let mut d = Drill::generate(&lib, 5, Difficulty::Hard).unwrap();
    let limit = Difficulty::Hard.time_limit().unwrap();
    assert!(!Difficulty::Hard.visible().numbers && !Difficulty::Hard.visible().words);
    assert!(Difficulty::Coach.visible().numbers && Difficulty::Coach.time_limit().is_none());
    let not_offered = (0..d.beats[0].scenario.answers.len() as u16)
        .map(overpromise::scenario::model::AnswerId)
        .find(|c| !d.beats[0].answers.contains(c))
        .unwrap();
    assert_eq!(d.answer(not_offered, 1.0), Err(DrillError::NotOffered));
    let c = d.beats[0].answers[0];
    let a = d.answer(c, limit + 1.0).unwrap();
    assert_eq!(a.answer, None, "too slow counts as the time running out");
    d.time_out().unwrap();
    let r = d.result();
    assert_eq!((r.answered, r.timed_out), (2, 2));
    assert_eq!(r.match_rate, 0.0);
    assert_eq!(r.missed.len(), 2);
    assert_eq!(r.missed[0].depth, None);
    assert_eq!(r.missed[0].cues.len(), d.beats[0].room.len());
    assert!(r.missed[0].cues.iter().all(|c| c.verdict.is_none()));
    assert!((r.mean_seconds - limit).abs() < 1e-5);
}

#[test]
fn an_empty_library_has_no_drill() {
    assert_eq!(
        Drill::generate(&[], 1, Difficulty::Coach).err(),
        Some(DrillError::NoBeats)
    );
}
