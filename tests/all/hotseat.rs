//! Two roles on one machine: the retrospective in the engine (a typed action of each seat once
//! the session is over, length-limited, kept by replays and exports), and the saves that record
//! the table. The hot-seat screens' headless test lives in `tests/all/hotseat_app.rs`.

use crate::common::level;
use std::path::PathBuf;

use overpromise::engine::script::{parse_script, run_step};
use overpromise::engine::{
    Action, ActionError, RETRO_MAX_CHARS, Refusal, RetroAnswer, Seat, Session, TableMode,
};
use overpromise::report;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Plays `tests/scripts/<stem>.<kind>.ron` to the end.
fn play(stem: &str, kind: &str) -> Session {
    let s = level(stem);
    let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    for step in &script.steps {
        run_step(&mut session, step).unwrap();
    }
    assert!(session.is_over());
    session
}

fn refusal(e: ActionError) -> Refusal {
    match e {
        ActionError::NotNow { refusal, .. } => refusal,
        other => panic!("{other:?}"),
    }
}

fn retro(seat: Seat, a: &str, b: &str) -> Action {
    Action::Retro(seat, RetroAnswer::new(a, b))
}

#[test]
fn each_seat_answers_the_retrospective_once_the_session_is_over() {
    let mut s = play("01_first_client", "two.overpromise");
    assert_eq!(s.retro_open(), vec![Seat::Seller, Seat::DeliveryLead]);
    // A seat answers for itself only.
    let e = s
        .apply_as(Seat::DeliveryLead, retro(Seat::Seller, "x", "y"))
        .unwrap_err();
    assert_eq!(refusal(e), Refusal::NotYourAction(Seat::Seller));
    s.apply_as(
        Seat::Seller,
        retro(
            Seat::Seller,
            "  I sold a date we could not keep ",
            "the real estimate",
        ),
    )
    .unwrap();
    assert_eq!(s.retro_open(), vec![Seat::DeliveryLead]);
    let a = s.retro().of(Seat::Seller).unwrap();
    assert_eq!(a.went_wrong, "I sold a date we could not keep", "trimmed");
    s.apply_as(
        Seat::DeliveryLead,
        retro(Seat::DeliveryLead, "surprises in week 3", ""),
    )
    .unwrap();
    assert!(s.retro_open().is_empty());
    // Answering again replaces the answer.
    s.apply_as(
        Seat::DeliveryLead,
        retro(
            Seat::DeliveryLead,
            "surprises in week 3",
            "the whole ledger",
        ),
    )
    .unwrap();
    assert_eq!(
        s.retro().of(Seat::DeliveryLead).unwrap().needed,
        "the whole ledger"
    );
    // Other actions stay refused: the session is over.
    assert!(s.legal_actions().is_empty());
    assert!(s.to_act().is_empty());
}

#[test]
fn a_long_or_empty_answer_is_refused_and_changes_nothing() {
    let mut s = play("02_integration_claim", "two.careful");
    let before = s.clone();
    let long = "a".repeat(RETRO_MAX_CHARS + 1);
    let e = s.apply(retro(Seat::Seller, &long, "")).unwrap_err();
    assert_eq!(
        refusal(e.clone()),
        Refusal::RetroTooLong(RETRO_MAX_CHARS as u32 + 1)
    );
    let words = overpromise::wording::refusal::notice(&e);
    assert!(words.contains(&RETRO_MAX_CHARS.to_string()), "{words}");
    // Characters, not bytes: the limit itself is accepted in any script.
    let at_limit = "é".repeat(RETRO_MAX_CHARS);
    assert!(s.refusal(&retro(Seat::Seller, &at_limit, "")).is_none());
    let e = s.apply(retro(Seat::Seller, "  ", "")).unwrap_err();
    assert_eq!(refusal(e), Refusal::RetroEmpty);
    assert!(s.same_state(&before));
}

#[test]
fn the_retrospective_is_two_roles_only_and_after_the_end() {
    let s = level("01_first_client");
    let mut solo = Session::new(s.clone(), 1);
    let e = solo.apply(retro(Seat::Seller, "x", "y")).unwrap_err();
    assert_eq!(refusal(e), Refusal::TwoRolesOnly);
    let mut two = Session::with_mode(s, 1, TableMode::TwoRoles);
    let e = two.apply(retro(Seat::Seller, "x", "y")).unwrap_err();
    assert!(matches!(refusal(e), Refusal::WrongPhase(_)));
    assert!(two.retro_open().is_empty());
    let mut solo_over = play("01_first_client", "careful");
    assert!(solo_over.retro_open().is_empty());
    assert_eq!(
        refusal(solo_over.apply(retro(Seat::Seller, "x", "y")).unwrap_err()),
        Refusal::TwoRolesOnly
    );
}

#[test]
fn replays_and_exports_keep_the_retrospective() {
    let mut s = play("02_integration_claim", "two.overpromise");
    s.apply(retro(
        Seat::Seller,
        "I chased the quota",
        "a warning in the meeting",
    ))
    .unwrap();
    s.apply(retro(Seat::DeliveryLead, "the date", "the ledger"))
        .unwrap();
    let again = Session::replay_mode(
        s.scenario_arc().clone(),
        s.seed(),
        TableMode::TwoRoles,
        s.actions(),
    )
    .unwrap();
    assert_eq!(again.retro(), s.retro());
    let d = again.debrief(false).unwrap();
    let two = d.two_roles.as_ref().unwrap();
    assert_eq!(&two.retro, s.retro());
    let md = report::markdown(&again, &d);
    let html = report::html(&again, &d);
    let lines = overpromise::wording::debrief::retro_lines(s.retro());
    assert_eq!(lines.len(), 4);
    assert!(md.contains("## Retrospective"), "{md}");
    assert!(html.contains("<h2>Retrospective</h2>"));
    for needle in [
        "I chased the quota",
        "a warning in the meeting",
        "the ledger",
    ] {
        assert!(md.contains(needle) && html.contains(needle), "{needle}");
    }
    assert!(
        lines[1].contains(
            "What I needed from the delivery lead"
                .to_lowercase()
                .as_str()
        )
    );
    // The serialised retrospective carries it; a solo session has none.
    let json = serde_json::to_string(again.retro()).unwrap();
    assert!(json.contains("I chased the quota"));
    let solo = play("01_first_client", "careful");
    assert!(solo.retro().is_empty());
}
