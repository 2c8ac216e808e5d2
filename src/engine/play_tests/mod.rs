//! The rules engine under test (unit tests, because they read the raw state): delivery dynamics, determinism, invariants over random play, what-if.
//!
//! Dynamics tests play `tests/fixtures/dynamics.scenario.ron` twice with the same seed and the
//! same actions except one decision, and compare concrete numbers. Invariant tests play every
//! shipped level 10,000 times with a seeded random policy.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use crate::engine::outcome::Verdict;
use crate::engine::{
    Action, BrokenBecause, Cause, ChangeKind, Event, Outcome, PaceVerdict, Phase, PidItem,
    PromiseEdit, Session, WorkKind,
};
use crate::scenario::{
    self,
    model::{AnswerId, FactId, PersonId, PromiseId, Role, Scenario, ScopeId, StakeholderId},
};
use proptest::prelude::*;
use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};

mod answers;
mod campaign;
mod colleagues;
mod consequences;
mod dynamics;
mod lessons;
mod random;
mod registers;
mod roles;
mod tradeoffs;

/// The repository's root.
fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A shipped level by its file stem (`01_first_client`), loaded and checked.
fn level(stem: &str) -> Arc<Scenario> {
    load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("levels")
            .join(format!("{stem}.scenario.ron")),
    )
}

// ---- helpers -------------------------------------------------------------------------------

fn load(path: &Path) -> Arc<Scenario> {
    Arc::new(scenario::load_file(path).unwrap_or_else(|e| panic!("{e}")))
}

fn dynamics() -> Arc<Scenario> {
    static S: OnceLock<Arc<Scenario>> = OnceLock::new();
    S.get_or_init(|| {
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dynamics.scenario.ron"))
    })
    .clone()
}

const ALEX: StakeholderId = StakeholderId(0);
const BEA: StakeholderId = StakeholderId(1);
const CONTRACTOR: PersonId = PersonId(3);

fn promise(key: &str) -> PromiseId {
    dynamics()
        .promise_by_key(key)
        .unwrap_or_else(|| panic!("no promise {key}"))
}

fn fact(key: &str) -> FactId {
    dynamics()
        .fact_by_key(key)
        .unwrap_or_else(|| panic!("no fact {key}"))
}

/// Plays the sales phase: `invite` joins discovery, `say` names the answers that differ from
/// each beat's neutral first answer.
fn sell(s: &Arc<Scenario>, seed: u64, invite: &[Role], say: &[&str]) -> Session {
    let mut session = Session::new(s.clone(), seed);
    loop {
        match session.phase() {
            Phase::Invite(_) => session.apply(Action::Invite(invite.to_vec())).unwrap(),
            Phase::Beat(..) => {
                let legal = session.legal_actions();
                let named = |a: &&Action| matches!(a, Action::Choose(c) if say.contains(&s.answers[c.ix()].key.as_str()));
                let pick = legal.iter().find(named).unwrap_or(&legal[0]).clone();
                session.apply(pick).unwrap()
            }
            _ => return session,
        };
    }
}

fn item_key(s: &Scenario, item: PidItem) -> &str {
    match item {
        PidItem::Promise(p) => &s.promises[p.ix()].key,
        PidItem::Fact(f) => &s.facts[f.ix()].key,
    }
}

/// Writes every candidate into the PID except those named, and hands over.
fn handoff(session: &mut Session, leave_out: &[&str]) {
    assert_eq!(session.phase(), Phase::Handoff, "the deal was not signed");
    let s = session.scenario_arc().clone();
    for item in session.pid_candidates() {
        if !leave_out.contains(&item_key(&s, item)) {
            session.apply(Action::SetInPid(item, true)).unwrap();
        }
    }
    session.apply(Action::SubmitPid).unwrap();
}

/// Runs delivery to the end; `decide(week, session)` acts before each week is run.
fn deliver(session: &mut Session, mut decide: impl FnMut(u32, &mut Session)) {
    while !session.is_over() {
        let week = session.state().delivery.as_ref().unwrap().weeks_done + 1;
        decide(week, session);
        session.apply(Action::EndWeek).unwrap();
    }
}

/// One whole playthrough of the dynamics fixture with its default seed.
fn play(
    say: &[&str],
    leave_out: &[&str],
    invite: &[Role],
    decide: impl FnMut(u32, &mut Session),
) -> Session {
    let s = dynamics();
    let mut session = sell(&s, s.default_seed, invite, say);
    handoff(&mut session, leave_out);
    deliver(&mut session, decide);
    session
}

fn nothing(_: u32, _: &mut Session) {}

fn outcome(s: &Session) -> &Outcome {
    s.outcome().expect("the session is over")
}

fn capacities(s: &Session) -> Vec<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.history.iter().map(|h| h.capacity).collect()
}

fn morales(s: &Session) -> Vec<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.history.iter().map(|h| h.morale).collect()
}

/// Each event with the delivery week it happened in (0 before delivery).
fn by_week(s: &Session) -> Vec<(u32, &Event)> {
    let mut week = 0;
    s.log()
        .iter()
        .map(|e| {
            if let Event::WeekStarted(w) = e {
                week = *w;
            }
            (week, e)
        })
        .collect()
}

/// Work added with this cause: (week, days, surprise).
fn work_added(s: &Session, cause: Cause) -> Vec<(u32, f32, bool)> {
    by_week(s)
        .into_iter()
        .filter_map(|(w, e)| match e {
            Event::WorkAdded {
                cause: c,
                days,
                surprise,
            } if *c == cause => Some((w, *days, *surprise)),
            _ => None,
        })
        .collect()
}

/// Trust moves in delivery with this cause: (week, stakeholder, delta).
fn trust_moves(s: &Session, cause: Cause) -> Vec<(u32, StakeholderId, f32)> {
    by_week(s)
        .into_iter()
        .filter_map(|(w, e)| match e {
            Event::TrustChanged {
                stakeholder,
                delta,
                cause: Some(c),
            } if *c == cause => Some((w, *stakeholder, *delta)),
            _ => None,
        })
        .collect()
}

fn planned(s: &Session, kind: WorkKind) -> Option<f32> {
    let d = s.state().delivery.as_ref().unwrap();
    d.backlog
        .iter()
        .find(|w| w.kind == kind && w.added_week == 0 && !w.surprise)
        .map(|w| w.total)
}

fn defect_totals(s: &Session) -> (f32, f32) {
    s.log().iter().fold((0.0, 0.0), |(n, r), e| match e {
        Event::DefectsFound { count, rework_days } => (n + count, r + rework_days),
        _ => (n, r),
    })
}
