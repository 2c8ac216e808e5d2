//! B-D. Determinism, invariants over random play of every shipped level, and a property test.

use super::*;

// ---- B. determinism -------------------------------------------------------------------------

/// Plays to the end picking `legal_actions()[rng % len]` each step.
pub(super) fn random_play(s: &Arc<Scenario>, seed: u64, policy: u64) -> Session {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(policy);
    let mut session = Session::new(s.clone(), seed);
    let mut steps = 0;
    while !session.is_over() {
        // Walking away ends the sale at once; random play, like the random policy, plays on.
        let mut legal = session.legal_actions();
        legal.retain(|a| *a != Action::WalkAway);
        let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
        session.apply(pick).unwrap();
        steps += 1;
        assert!(steps < MAX_STEPS, "seed {seed} policy {policy}: no end");
    }
    session
}

/// As [`random_play`], keeping the state before each action and at the end (`states[k]` is the
/// state after `k` actions).
fn random_play_recording(
    s: &Arc<Scenario>,
    seed: u64,
    policy: u64,
) -> (Session, Vec<crate::engine::State>) {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(policy);
    let mut session = Session::new(s.clone(), seed);
    let mut states = vec![session.state().clone()];
    while !session.is_over() {
        let legal = session.legal_actions();
        let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
        session.apply(pick).unwrap();
        states.push(session.state().clone());
        assert!(
            states.len() < MAX_STEPS,
            "seed {seed} policy {policy}: no end"
        );
    }
    (session, states)
}

/// More actions than any playthrough can need: meetings are finite, a week takes at most
/// MAX_ACTIONS_PER_WEEK + 1 and the handoff ends with probability 1 long before this.
const MAX_STEPS: usize = 100_000;

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

#[test]
fn same_seed_and_actions_give_the_same_log_and_outcome() {
    for s in [dynamics(), level("01_first_client")] {
        for i in 0..150u64 {
            let (first, states) = random_play_recording(&s, i % 7, i);
            let again = Session::replay(s.clone(), i % 7, first.actions()).unwrap();
            assert_eq!(json(&first.log()), json(&again.log()), "seed {i}");
            assert_eq!(
                json(first.outcome().unwrap()),
                json(again.outcome().unwrap())
            );
            assert_eq!(first.state(), again.state());
            assert_eq!(json(first.state()), json(again.state()));
            // Replaying part of it gives the state the original session had at that point.
            let half = first.actions().len() / 2;
            let part = Session::replay(s.clone(), i % 7, &first.actions()[..half]).unwrap();
            assert_eq!(
                part.state(),
                &states[half],
                "seed {i}, after {half} actions"
            );
            assert_eq!(part.log(), &first.log()[..part.log().len()], "seed {i}");
        }
    }
}

#[test]
fn a_different_seed_changes_only_chance() {
    // The server event fires by chance; with enough seeds both outcomes occur.
    // Runs that saw the same chance events end identically; the seed reaches nothing else.
    let s = dynamics();
    let mut by_events: BTreeMap<Vec<String>, (u32, i64)> = BTreeMap::new();
    for seed in 0..40 {
        let mut x = sell(&s, seed, &[], &[]);
        handoff(&mut x, &[]);
        deliver(&mut x, nothing);
        let fired: Vec<String> = x
            .log()
            .iter()
            .filter(|e| matches!(e, Event::ScenarioEvent(_)))
            .map(|e| format!("{e:?}"))
            .collect();
        let o = outcome(&x);
        let result = (o.actual_weeks, (o.delivery_cost * 100.0) as i64);
        let seen = by_events.entry(fired).or_insert(result);
        assert_eq!(*seen, result, "seed {seed}");
    }
    assert!(
        by_events.len() > 1,
        "the chance event never changed anything"
    );
}

/// Regression guard. These numbers were recorded once from a run of the fixture with this seed
/// and these actions. They must never change unless the rules or the fixture change on purpose:
/// the engine draws chance only from a portable Xoshiro256++ stream seeded per week, and nothing
/// that reaches a result iterates a hash map, so the same inputs give bit-identical floats on
/// every platform and every run. If a deliberate rule change moves them, re-record them and say
/// so in the commit.
#[test]
fn golden_outcome_for_a_fixed_seed_and_actions() {
    let s = dynamics();
    let mut x = sell(
        &s,
        2024,
        &[Role::SeniorDesigner],
        &["s_yes", "c_yes", "x_yes", "d_six"],
    );
    handoff(&mut x, &["pr_training"]);
    deliver(&mut x, |w, x| match w {
        1 => {
            x.apply(Action::SetQualityShare(20)).unwrap();
        }
        3 => {
            x.apply(Action::SetOvertime(true)).unwrap();
        }
        5 => {
            x.apply(Action::SetOvertime(false)).unwrap();
            x.apply(Action::ClientUpdate).unwrap();
            x.apply(Action::RequestMoreTime(2)).unwrap();
        }
        6 => {
            x.apply(Action::Hire(CONTRACTOR)).unwrap();
        }
        _ => {}
    });
    let o = outcome(&x);
    let got = (
        o.actual_weeks,
        o.agreed_weeks,
        o.weeks_late,
        o.price,
        o.delivery_cost,
        o.margin,
        o.satisfaction,
        o.morale,
        o.renewal_chance,
        o.escaped_defects,
        o.score,
    );
    assert_eq!(got, GOLDEN);
}

const GOLDEN: (u32, u32, u32, f32, f32, f32, f32, f32, f32, f32, f32) = (
    13, 8, 5, 62000.0, 100900.0, -46846.027, 46.060173, 73.75, 0.17658556, 1.9398271, 32.493748,
);

// ---- C. invariants over random play of every shipped level ---------------------------------

fn approx(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1.0)
}

/// Delivery cost rebuilt from the log: each week's run rate (with the overtime premium in
/// overtime weeks), plus every cost incurred outside it (scenario events, the account manager).
fn delivery_cost_from_log(s: &Scenario, log: &[Event]) -> f64 {
    let people = &s.delivery.people;
    let premium = s.delivery.model.overtime_premium as f64;
    let mut rate: f64 = people[..s.delivery.team_size]
        .iter()
        .map(|p| p.weekly_cost as f64)
        .sum();
    let (mut overtime, mut total) = (false, 0.0);
    for e in log {
        match e {
            Event::Hired(p) => rate += people[p.ix()].weekly_cost as f64,
            Event::OvertimeSet(on) => overtime = *on,
            Event::WeekEnded { .. } => total += rate * if overtime { 1.0 + premium } else { 1.0 },
            Event::CostIncurred { amount, .. } => total += *amount as f64,
            _ => {}
        }
    }
    total
}

/// Every invariant a finished session must keep; the error says which one broke.
fn check_finished(s: &Scenario, session: &Session) -> Result<(), String> {
    let state = session.state();
    let o = session.outcome().ok_or("over without an outcome")?;
    let in_range = |what: &str, v: f32, lo: f32, hi: f32| {
        if (lo..=hi).contains(&v) {
            Ok(())
        } else {
            Err(format!("{what} {v} outside {lo}..={hi}"))
        }
    };
    for &t in &state.sales.trust {
        in_range("sales trust", t, 0.0, 100.0)?;
    }
    for &r in &state.sales.readiness {
        in_range("readiness", r, 1.0, 5.0)?;
    }
    in_range("satisfaction", o.satisfaction, 0.0, 100.0)?;
    for &x in &o.stakeholder_satisfaction {
        in_range("stakeholder satisfaction", x, 0.0, 100.0)?;
    }
    in_range("renewal", o.renewal_chance, 0.0, 1.0)?;
    in_range("morale", o.morale, 0.0, 100.0)?;
    if state.sales.patience < 0 {
        return Err(format!("patience {}", state.sales.patience));
    }
    let presales: f64 = session
        .log()
        .iter()
        .map(|e| match e {
            Event::MeetingStarted { presales_cost, .. } => *presales_cost as f64,
            _ => 0.0,
        })
        .sum();
    if !approx(o.presales_cost as f64, presales, 1e-4) {
        return Err(format!("presales {} vs {presales}", o.presales_cost));
    }
    // Dropped scope is refunded: the outcome's refund is what the log says was paid back.
    let refunded: f64 = session
        .log()
        .iter()
        .map(|e| match e {
            Event::Refunded { amount, .. } => *amount as f64,
            _ => 0.0,
        })
        .sum();
    if !approx(o.refund as f64, refunded, 1e-4) {
        return Err(format!("refund {} vs {refunded}", o.refund));
    }
    let margin = o.price as f64
        - o.refund as f64
        - o.delivery_cost as f64
        - o.presales_cost as f64
        - o.late_penalty as f64
        - o.warranty_cost as f64;
    if !approx(o.margin as f64, margin, 1e-2) {
        return Err(format!("margin {} vs {margin}", o.margin));
    }
    if o.scope_delivered > o.scope_sold {
        return Err(format!(
            "delivered {} of {} items",
            o.scope_delivered, o.scope_sold
        ));
    }
    // Every promise in the ledger has exactly one verdict, and the log agrees with it.
    if o.promises.len() != state.ledger.len() {
        return Err(format!(
            "{} verdicts for {} promises",
            o.promises.len(),
            state.ledger.len()
        ));
    }
    let mut judged: BTreeMap<PromiseId, usize> = BTreeMap::new();
    for e in session.log() {
        if let Event::PromiseKept(p) | Event::PromiseBroken { promise: p, .. } = e {
            *judged.entry(*p).or_default() += 1;
        }
    }
    for entry in &state.ledger {
        let p = entry.promise;
        let n = o.promises.iter().filter(|(q, _)| *q == p).count();
        if n != 1 {
            return Err(format!("promise {p:?} has {n} verdicts"));
        }
        let verdict = o.promises.iter().find(|(q, _)| *q == p).unwrap().1;
        let events = judged.get(&p).copied().unwrap_or(0);
        let expected = usize::from(matches!(verdict, Verdict::Kept | Verdict::Broken(_)));
        if events != expected {
            return Err(format!(
                "promise {p:?}: {verdict:?} but {events} verdict events"
            ));
        }
        if !o.won && verdict != Verdict::Moot {
            return Err(format!("lost deal, promise {p:?} judged {verdict:?}"));
        }
    }
    let Some(d) = &state.delivery else {
        return if o.won {
            Err("won without delivery".into())
        } else {
            Ok(())
        };
    };
    for &t in &d.trust {
        in_range("delivery trust", t, 0.0, 100.0)?;
    }
    for m in &d.members {
        in_range("member morale", m.morale, 0.0, 100.0)?;
    }
    if d.weeks_done > s.delivery.max_weeks || d.history.len() != d.weeks_done as usize {
        return Err(format!(
            "week {} of {}, {} records",
            d.weeks_done,
            s.delivery.max_weeks,
            d.history.len()
        ));
    }
    let rebuilt = delivery_cost_from_log(s, session.log());
    if !approx(o.delivery_cost as f64, rebuilt, 1e-4) {
        return Err(format!(
            "delivery cost {} vs {rebuilt} from the log",
            o.delivery_cost
        ));
    }
    if d.history.last().map(|h| h.cost) != Some(o.delivery_cost) {
        return Err("the last week's cost is not the delivery cost".into());
    }
    if o.completed != (d.remaining() <= 1e-3) || o.actual_weeks != d.weeks_done {
        return Err("completion or weeks disagree with the delivery state".into());
    }
    Ok(())
}

/// Actions to try where they are not legal: each must be refused and leave the session as it was.
fn illegal_probes(session: &Session) -> Vec<Action> {
    let quality = session
        .state()
        .delivery
        .as_ref()
        .map_or(10, |d| d.quality_share);
    let legal = session.legal_actions();
    [
        Action::Choose(AnswerId(u16::MAX)),
        Action::Hire(PersonId(u16::MAX)),
        Action::RequestDescope(ScopeId(u16::MAX)),
        Action::SetInPid(PidItem::Fact(FactId(u16::MAX)), true),
        Action::Choose(AnswerId(0)),
        Action::Invite(vec![Role::Seller, Role::Seller]),
        Action::SubmitPid,
        Action::EndWeek,
        Action::SetQualityShare(55),
        Action::SetQualityShare(quality),
        Action::RequestMoreTime(3),
        Action::Hire(PersonId(0)),
    ]
    .into_iter()
    .filter(|a| !legal.contains(a))
    .collect()
}

fn probe_illegal(session: &mut Session) -> Result<(), String> {
    for bad in illegal_probes(session) {
        let before = session.state().clone();
        let (log, actions) = (session.log().len(), session.actions().len());
        if session.apply(bad.clone()).is_ok() {
            return Err(format!("{bad:?} accepted in {:?}", session.phase()));
        }
        if session.state() != &before
            || session.log().len() != log
            || session.actions().len() != actions
        {
            return Err(format!("refused {bad:?} changed the session"));
        }
    }
    Ok(())
}

fn every_legal_action_is_accepted(session: &Session) -> Result<(), String> {
    for a in session.legal_actions() {
        let mut copy = session.clone();
        copy.apply(a.clone())
            .map_err(|e| format!("legal {a:?} refused: {e}"))?;
    }
    Ok(())
}

/// How thoroughly one random playthrough is checked at each step.
#[derive(Clone, Copy)]
struct Depth {
    /// Try every legal action on a copy at every step.
    all_legal: bool,
    /// Try the illegal probes at every step (else only at phase changes).
    illegal_every_step: bool,
}

/// One random playthrough with the invariants checked along the way and at the end.
fn checked_play(
    s: &Arc<Scenario>,
    seed: u64,
    picks: impl FnMut(&[Action]) -> usize,
    depth: Depth,
) -> Result<Session, String> {
    let mut picks = picks;
    let mut session = Session::new(s.clone(), seed);
    let mut steps = 0;
    let mut phase = None;
    while !session.is_over() {
        let legal = session.legal_actions();
        if legal.is_empty() {
            return Err(format!("stuck in {:?} with nothing legal", session.phase()));
        }
        let changed = phase != Some(std::mem::discriminant(&session.phase()));
        if depth.illegal_every_step || changed {
            probe_illegal(&mut session)?;
        }
        if depth.all_legal || changed {
            every_legal_action_is_accepted(&session)?;
        }
        phase = Some(std::mem::discriminant(&session.phase()));
        let pick = legal[picks(&legal) % legal.len()].clone();
        session
            .apply(pick.clone())
            .map_err(|e| format!("legal {pick:?} refused: {e}"))?;
        for &t in &session.state().sales.trust {
            if !(0.0..=100.0).contains(&t) {
                return Err(format!("trust {t} after {pick:?}"));
            }
        }
        steps += 1;
        if steps >= MAX_STEPS {
            return Err("no end".into());
        }
    }
    probe_illegal(&mut session)?;
    check_finished(s, &session)?;
    Ok(session)
}

const RUNS_PER_LEVEL: u64 = 10_000;

/// One checked random playthrough of the invariant test: its outcome's (won, weeks), or why not.
fn invariant_run(s: &Arc<Scenario>, run: u64) -> Result<(bool, u32), String> {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(run ^ 0x5EED);
    // Every run is checked at each phase change; some at every step, a few exhaustively.
    let depth = Depth {
        all_legal: run.is_multiple_of(200),
        illegal_every_step: run.is_multiple_of(50),
    };
    let seed = run % 97;
    let picks = move |_: &[Action]| rng.next_u64() as usize;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        checked_play(s, seed, picks, depth)
    }));
    match result {
        Ok(Ok(session)) => {
            let o = session.outcome().unwrap();
            Ok((o.won, o.actual_weeks))
        }
        Ok(Err(why)) => Err(format!("run {run} (seed {seed}): {why}")),
        Err(_) => Err(format!("run {run} (seed {seed}) panicked")),
    }
}

#[test]
fn ten_thousand_random_playthroughs_per_level_keep_the_invariants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
    let files = scenario::scenario_files(&dir).expect("levels/ is readable");
    assert!(!files.is_empty(), "no levels in {}", dir.display());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    for path in files {
        // A shipped level that does not load fails here too: a run over zero levels proves nothing.
        let s = Arc::new(
            scenario::load_file(&path)
                .unwrap_or_else(|e| panic!("{} does not load: {e}", path.display())),
        );
        let started = Instant::now();
        let results: Vec<Result<(u64, u64), String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..workers)
                .map(|w| {
                    let s = &s;
                    scope.spawn(move || {
                        let (mut won, mut weeks) = (0, 0);
                        for run in (w..RUNS_PER_LEVEL).step_by(workers as usize) {
                            let (w, k) = invariant_run(s, run)?;
                            won += u64::from(w);
                            weeks += u64::from(k);
                        }
                        Ok((won, weeks))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let (mut won, mut weeks) = (0, 0);
        for r in results {
            let (w, k) = r.unwrap_or_else(|why| panic!("{}: {why}", path.display()));
            won += w;
            weeks += k;
        }
        eprintln!(
            "{}: {RUNS_PER_LEVEL} random playthroughs in {:.1?} on {workers} threads, {won} won, \
             {:.1} delivery weeks on average",
            path.display(),
            started.elapsed(),
            weeks as f64 / won.max(1) as f64
        );
    }
}

// ---- D. property test on the dynamics fixture ----------------------------------------------

/// The fixture's answers that end the sale on purpose (walk-away and refusal tests).
const LOSING: [&str; 3] = ["m_ten", "m_nine", "g_cold"];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_action_indices_never_panic_and_keep_the_invariants(
        seed in any::<u64>(),
        may_lose in proptest::bool::weighted(0.15),
        picks in proptest::collection::vec(any::<u16>(), 0..300),
    ) {
        let s = dynamics();
        let mut i = 0;
        let next = move |legal: &[Action]| {
            // Mostly steer clear of the answers that end the sale, so delivery gets played.
            let open: Vec<usize> = (0..legal.len())
                .filter(|&k| {
                    may_lose
                        || !matches!(&legal[k], Action::Choose(c) if LOSING.contains(&s.answers[c.ix()].key.as_str()))
                })
                .collect();
            i += 1;
            match picks.get(i - 1) {
                Some(p) => open[*p as usize % open.len()],
                // When the list runs out, move on: hand over, end the week, else the first answer.
                None => legal
                    .iter()
                    .position(|a| matches!(a, Action::SubmitPid | Action::EndWeek))
                    .unwrap_or(0),
            }
        };
        let depth = Depth { all_legal: true, illegal_every_step: true };
        let result = checked_play(&dynamics(), seed, next, depth);
        prop_assert!(result.is_ok(), "{}", result.err().unwrap_or_default());
    }
}
