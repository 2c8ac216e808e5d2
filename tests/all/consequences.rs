//! Consequences that teach (issue 19): the simulator warns about a scenario that teaches the
//! wrong lesson. The tests that play the consequences read the engine's raw state, so they are
//! the engine's own unit tests (`src/engine/play_tests/consequences.rs`).

#[test]
fn simulate_warns_when_the_careful_seller_rarely_wins_and_when_walking_away_is_never_right() {
    use overpromise::cli::simulate::{
        CAREFUL_RARELY_WINS, PolicySummary, RunResult, WALKING_NEVER_RIGHT, warnings,
    };
    let run = |won: bool, margin: f32, commission: f32| RunResult {
        won,
        margin,
        satisfaction: if won { 80.0 } else { 40.0 },
        commission,
        deal_size: if won { 100_000.0 } else { 0.0 },
        score: if won { 70.0 } else { 0.0 },
        ..RunResult::default()
    };
    let lossy = RunResult {
        satisfaction: 20.0,
        score: 10.0,
        ..run(true, -50_000.0, 9_000.0)
    };
    let greedy = PolicySummary::new("greedy", &[lossy; 3]);
    // The careful seller wins one deal in four: warned.
    let rare = PolicySummary::new(
        "careful",
        &[
            run(true, 30_000.0, 4_000.0),
            run(false, -1_000.0, 0.0),
            run(false, -1_000.0, 0.0),
            run(false, -1_000.0, 0.0),
        ],
    );
    let w = warnings(&[greedy.clone(), rare]);
    assert!(
        w.iter().any(|x| x.starts_with(CAREFUL_RARELY_WINS)),
        "{w:?}"
    );
    // One in two: not warned.
    let often = PolicySummary::new(
        "careful",
        &[run(true, 30_000.0, 4_000.0), run(false, -1_000.0, 0.0)],
    );
    assert!(warnings(&[greedy.clone(), often.clone()]).is_empty());
    // The walker walks away, never from a deal that would have lost money: warned.
    let wrong = RunResult {
        walked_away: true,
        ..run(false, 0.0, 0.0)
    };
    let walker = PolicySummary::new("walker", &[wrong; 4]);
    let w = warnings(&[greedy.clone(), often.clone(), walker]);
    assert!(
        w.iter().any(|x| x.starts_with(WALKING_NEVER_RIGHT)),
        "{w:?}"
    );
    let right = RunResult {
        walk_away_right: true,
        ..wrong
    };
    let walker = PolicySummary::new("walker", &[wrong, right]);
    assert!(warnings(&[greedy, often, walker]).is_empty());
}
