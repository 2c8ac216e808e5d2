//! Colleagues (seed 001: internal conversations are customer conversations): the minimal
//! fixture with Fatima, the seller's finance director, who approves discounts, and an internal
//! deal-desk meeting before the close. Each test changes one decision.

use super::*;
use crate::engine::view::document::DocumentStage;
use crate::engine::{Seat, TableMode, ViewOptions, Viewer};
use crate::scenario::model::MeetingId;
use crate::scenario::raw;

const FATIMA: StakeholderId = StakeholderId(2);

fn fixture(just_sign_trust: f32) -> Arc<Scenario> {
    let path = root().join("tests/fixtures/minimal.scenario.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    let mut f = scenario::parse_raw(&src, "minimal").unwrap();
    let deal_desk = r#"(
        id: "deal_desk",
        name: "Deal desk",
        setting: "Fatima, your finance director, signs off discounts.",
        present: ["fatima"],
        beats: [(
            id: "fd_ask",
            speaker: "fatima",
            line: "What margin is left if we discount?",
            answers: [
                (id: "margin_case", text: "Here is the margin, line by line, and why the client is worth it.", depth: 2, effects: [Trust("fatima", 20.0)]),
                (id: "just_sign", text: "Trust me, we need this one. Sign it off.", depth: 1, effects: [Trust("fatima", JUST_SIGN)]),
            ],
        )],
    )"#;
    let deal_desk = deal_desk.replace("JUST_SIGN", &format!("{just_sign_trust:.1}"));
    let fatima = r#"(
        id: "fatima",
        name: "Fatima Rahman",
        role: "Finance director (your company)",
        cares: [Cost],
        trust: 45.0,
        readiness: 2.0,
        colleague: Some((approves: [Discount], agrees_at: 55.0)),
    )"#;
    f.stakeholders.push(ron::from_str(fatima).unwrap());
    let close = f.sales.meetings.len() - 1;
    f.sales
        .meetings
        .insert(close, ron::from_str::<raw::Meeting>(&deal_desk).unwrap());
    Arc::new(scenario::validate::validate(&f).unwrap_or_else(|e| panic!("{e:?}")))
}

/// Plays a two-role table to the review, naming the answers that differ from the first.
fn to_review(say: &[&str], seed: u64) -> Session {
    let s = fixture(-5.0);
    let mut session = Session::with_mode(s.clone(), seed, TableMode::TwoRoles);
    loop {
        match session.phase() {
            Phase::Invite(_) => {
                session
                    .apply_as(Seat::Seller, Action::Invite(vec![]))
                    .unwrap();
            }
            Phase::Beat(..) => {
                let legal = session.legal_actions_as(Seat::Seller);
                let named = |a: &&Action| matches!(a, Action::Choose(c) if say.contains(&s.answers[c.ix()].key.as_str()));
                let pick = legal.iter().find(named).unwrap_or(&legal[0]).clone();
                session.apply_as(Seat::Seller, pick).unwrap();
            }
            Phase::Handoff => {
                for item in session.pid_candidates() {
                    session
                        .apply_as(Seat::Seller, Action::SetInPid(item, true))
                        .unwrap();
                }
                session.apply_as(Seat::Seller, Action::SubmitPid).unwrap();
            }
            _ => return session,
        }
    }
}

/// The lead's document at the review: (promise text key, the colleague it went out without).
fn review_gaps(session: &Session) -> Vec<(String, Option<String>)> {
    let v = session.view(Viewer::Seat(Seat::DeliveryLead), ViewOptions::default());
    let d = v.document.expect("the lead reviews the document");
    assert_eq!(d.stage, DocumentStage::Reviewing);
    d.lines
        .into_iter()
        .filter(|l| l.included)
        .map(|l| (l.key, l.unagreed))
        .collect()
}

/// A seed on which the deal is signed both ways (the client's roll is per seed).
fn signed_seed() -> u64 {
    (0..200)
        .find(|seed| {
            [
                &["discount", "margin_case"][..],
                &["discount", "just_sign"][..],
            ]
            .iter()
            .all(|say| to_review(say, *seed).phase() == Phase::Review)
        })
        .expect("some seed signs both ways")
}

#[test]
fn a_discount_given_without_finances_agreement_is_a_gap_in_the_pid_review() {
    let seed = signed_seed();
    let agreed = to_review(&["discount", "margin_case"], seed);
    let alone = to_review(&["discount", "just_sign"], seed);
    assert!(agreed.state().sales.agreed.contains(&FATIMA));
    assert!(!alone.state().sales.agreed.contains(&FATIMA));
    let gap = |s: &Session| {
        review_gaps(s)
            .into_iter()
            .find(|(k, _)| k == "p_discount")
            .expect("the discount is in the document")
            .1
    };
    assert_eq!(gap(&agreed), None);
    assert_eq!(gap(&alone), Some("Fatima Rahman".to_owned()));
    // Nothing else in the document needed her.
    assert!(
        review_gaps(&alone)
            .iter()
            .all(|(k, u)| k == "p_discount" || u.is_none())
    );
}

#[test]
fn an_internal_meeting_costs_days_not_the_clients_patience_and_a_colleague_never_walks_away() {
    // "Just sign it" drops her trust to 5, far below the walk-away line of 10.
    let s = fixture(-40.0);
    let mut session = Session::new(s.clone(), 1);
    let desk = MeetingId(
        s.meetings
            .iter()
            .position(|m| m.key == "deal_desk")
            .unwrap() as u16,
    );
    assert!(s.is_internal(desk));
    let mut patience_in_desk = Vec::new();
    loop {
        match session.phase() {
            Phase::Invite(_) => {
                session.apply(Action::Invite(vec![])).unwrap();
            }
            Phase::Beat(m, _) if m == desk => {
                let before = session.state().sales.patience;
                let just_sign = s.answer_by_key("just_sign").unwrap();
                let ev = session.apply(Action::Choose(just_sign)).unwrap();
                patience_in_desk.push(session.state().sales.patience - before);
                assert!(session.state().sales.trust[FATIMA.ix()] < s.sales.walk_away_trust);
                assert!(
                    !ev.iter()
                        .any(|e| matches!(e, Event::ClientWalkedAway { .. })),
                    "{ev:?}"
                );
                assert!(ev.contains(&Event::Agreement {
                    colleague: FATIMA,
                    agreed: false
                }));
            }
            Phase::Beat(..) => {
                let legal = session.legal_actions();
                session.apply(legal[0].clone()).unwrap();
            }
            _ => break,
        }
    }
    assert_eq!(patience_in_desk, vec![0]);
    assert!(session.state().sales.days > 0);
}

#[test]
fn colleagues_are_checked_with_their_places() {
    let path = root().join("tests/fixtures/minimal.scenario.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    let mut f = scenario::parse_raw(&src, "minimal").unwrap();
    let mut c: raw::Stakeholder = ron::from_str(
        r#"(id: "fatima", name: "Fatima", role: "Finance", cares: [Cost], weight: 1.0,
            colleague: Some((approves: [], agrees_at: 150.0)))"#,
    )
    .unwrap();
    c.fluency.clear();
    f.stakeholders.push(c);
    // In the client's room, and promised something.
    f.sales.meetings[0].present.push("fatima".into());
    f.sales.meetings[0].beats[0].answers[1].promises[0].to = "fatima".into();
    let problems = scenario::validate::validate(&f).unwrap_err();
    let at: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for want in [
        "stakeholders[2].weight",
        "stakeholders[2].colleague.approves",
        "stakeholders[2].colleague.agrees_at",
        "sales.meetings[0].present",
        "sales.meetings[0].beats[0].answers[1].promises[0].to",
    ] {
        assert!(at.contains(&want), "{want} not in {at:?}");
    }
}
