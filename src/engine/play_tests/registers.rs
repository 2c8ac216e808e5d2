//! Registers (seed 004, plain words): the minimal fixture with an IT-jargon register that Ravi
//! (the client's IT lead) speaks and Dana (operations) does not. Each test changes one thing.

use super::*;
use crate::engine::Heard;
use crate::scenario::raw;

const DANA: StakeholderId = StakeholderId(0);
const RAVI: StakeholderId = StakeholderId(1);

/// The fixture with registers; `ask_records` (depth 2, in the demo with both) said in `register`.
fn fixture(register: Option<&str>, dana_fluency: Option<f32>) -> Arc<Scenario> {
    let f = fixture_raw(register, dana_fluency);
    Arc::new(scenario::validate::validate(&f).unwrap_or_else(|e| panic!("{e:?}")))
}

/// [`fixture`] before validation.
fn fixture_raw(register: Option<&str>, dana_fluency: Option<f32>) -> raw::ScenarioFile {
    let path = root().join("tests/fixtures/minimal.scenario.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    let mut f = scenario::parse_raw(&src, "minimal").unwrap();
    let reg = |id: &str, everyone: bool, rescued_by: Vec<Role>| raw::Register {
        id: id.into(),
        label: id.to_uppercase(),
        everyone,
        rescued_by,
        lost_trust: 6.0,
    };
    f.sales.registers = vec![
        reg("plain", true, vec![]),
        reg("it", false, vec![Role::SeniorDesigner]),
    ];
    f.stakeholders[1].fluency.insert("it".into(), 1.0);
    if let Some(v) = dana_fluency {
        f.stakeholders[0].fluency.insert("it".into(), v);
    }
    for m in &mut f.sales.meetings {
        for b in &mut m.beats {
            for a in &mut b.answers {
                if a.id == "ask_records" {
                    a.register = register.map(str::to_owned);
                }
            }
        }
    }
    f
}

/// Plays discovery neutrally, then the demo's first beat with `ask_records`, inviting `invite`.
fn demo(s: &Arc<Scenario>, invite: &[Role]) -> (Session, Vec<Event>) {
    let mut session = Session::new(s.clone(), 7);
    let ask = s.answer_by_key("ask_records").unwrap();
    loop {
        match session.phase() {
            Phase::Invite(_) => {
                session.apply(Action::Invite(invite.to_vec())).unwrap();
            }
            Phase::Beat(..) => {
                let legal = session.legal_actions();
                if legal.contains(&Action::Choose(ask)) {
                    let events = session.apply(Action::Choose(ask)).unwrap();
                    return (session, events);
                }
                session.apply(legal[0].clone()).unwrap();
            }
            p => panic!("never reached the demo: {p:?}"),
        }
    }
}

fn lost(events: &[Event]) -> Vec<(StakeholderId, Heard)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Heard {
                stakeholder, heard, ..
            } => Some((*stakeholder, *heard)),
            _ => None,
        })
        .collect()
}

#[test]
fn jargon_at_the_right_depth_loses_the_listener_who_does_not_speak_it_and_not_the_one_who_does() {
    let (plain, plain_events) = demo(&fixture(Some("plain"), None), &[]);
    let (jargon, jargon_events) = demo(&fixture(Some("it"), None), &[]);
    // The same depth: pacing is judged the same for both.
    let verdicts = |ev: &[Event]| -> Vec<(StakeholderId, PaceVerdict)> {
        ev.iter()
            .filter_map(|e| match e {
                Event::Paced {
                    stakeholder,
                    verdict,
                    ..
                } => Some((*stakeholder, *verdict)),
                _ => None,
            })
            .collect()
    };
    assert_eq!(verdicts(&plain_events), verdicts(&jargon_events));
    assert!(lost(&plain_events).is_empty());
    assert_eq!(lost(&jargon_events), vec![(DANA, Heard::Lost)]);
    let (p, j) = (&plain.state().sales, &jargon.state().sales);
    // Dana: 6 trust lost, and no readiness gained from the answer.
    assert!(
        (p.trust[DANA.ix()] - j.trust[DANA.ix()] - 6.0).abs() < 1e-3,
        "{} vs {}",
        p.trust[DANA.ix()],
        j.trust[DANA.ix()]
    );
    assert!(j.readiness[DANA.ix()] < p.readiness[DANA.ix()]);
    // Ravi speaks it: nothing changes for him.
    assert_eq!(p.trust[RAVI.ix()], j.trust[RAVI.ix()]);
    assert_eq!(p.readiness[RAVI.ix()], j.readiness[RAVI.ix()]);
    // The pacing record says who was lost, for the debrief.
    let rec = j.pacing.last().unwrap();
    assert_eq!(rec.heard, vec![(DANA, Heard::Lost)]);
    assert!(p.pacing.last().unwrap().heard.is_empty());
}

#[test]
fn partial_fluency_loses_a_share_of_the_trust() {
    let (none, _) = demo(&fixture(Some("it"), None), &[]);
    let (half, _) = demo(&fixture(Some("it"), Some(0.5)), &[]);
    let (t0, t5) = (
        none.state().sales.trust[DANA.ix()],
        half.state().sales.trust[DANA.ix()],
    );
    assert!((t5 - t0 - 3.0).abs() < 1e-3, "{t0} vs {t5}");
}

#[test]
fn a_senior_designer_in_the_room_puts_the_jargon_into_plain_words() {
    let (alone, _) = demo(&fixture(Some("it"), None), &[]);
    let (with, events) = demo(&fixture(Some("it"), None), &[Role::SeniorDesigner]);
    assert_eq!(
        lost(&events),
        vec![(DANA, Heard::Rescued(Role::SeniorDesigner))]
    );
    let (_, without_loss) = demo(&fixture(Some("plain"), None), &[Role::SeniorDesigner]);
    assert!(lost(&without_loss).is_empty());
    // Rescued: Dana keeps the trust she lost when the seller was alone.
    assert!(with.state().sales.trust[DANA.ix()] > alone.state().sales.trust[DANA.ix()] - 1e-3);
    assert!(with.state().sales.readiness[DANA.ix()] > alone.state().sales.readiness[DANA.ix()]);
}

#[test]
fn registers_are_checked_with_their_places() {
    let path = root().join("tests/fixtures/minimal.scenario.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    let mut f = scenario::parse_raw(&src, "minimal").unwrap();
    f.sales.registers = vec![raw::Register {
        id: "it".into(),
        label: " ".into(),
        everyone: false,
        rescued_by: vec![Role::Seller],
        lost_trust: 600.0,
    }];
    f.stakeholders[0].fluency.insert("legalese".into(), 2.0);
    f.sales.meetings[0].beats[0].answers[0].register = Some("jargon".into());
    let problems = scenario::validate::validate(&f).unwrap_err();
    let at: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for want in [
        "sales.registers[0].label",
        "sales.registers[0].lost_trust",
        "sales.registers[0].rescued_by",
        "stakeholders[0].fluency[\"legalese\"]",
        "sales.meetings[0].beats[0].answers[0].register",
    ] {
        assert!(at.contains(&want), "{want} not in {at:?}");
    }
}

#[test]
fn a_scenario_without_registers_plays_as_before() {
    let s = fixture(None, None);
    let (_, events) = demo(&s, &[]);
    assert!(lost(&events).is_empty());
}

/// The fixture with a `NoneLost` check, played through the demo's jargon beat (inviting
/// `invite`) and then to the end: whether the check passed, and its detail.
fn none_lost(register: &str, invite: &[Role]) -> (bool, crate::engine::debrief::CheckDetail) {
    let mut f = fixture_raw(Some(register), None);
    f.scoring.rubric.push(raw::Check {
        id: "plain_words".into(),
        label: "Nobody lost the thread.".into(),
        why: "Why.".into(),
        competency: Some("Say it in the listener's words".into()),
        test: raw::CheckTest::NoneLost,
    });
    let s = Arc::new(scenario::validate::validate(&f).unwrap_or_else(|e| panic!("{e:?}")));
    let (mut session, _) = demo(&s, invite);
    while !session.is_over() {
        let mut legal = session.legal_actions();
        legal.retain(|a| *a != Action::WalkAway);
        session.apply(legal[0].clone()).unwrap();
    }
    let check = s.scoring.rubric.len() - 1;
    let r = session
        .debrief(false)
        .unwrap()
        .rubric
        .into_iter()
        .find(|r| r.check.ix() == check)
        .expect("a sales check is judged on a lost deal too");
    (r.passed, r.detail)
}

#[test]
fn the_none_lost_check_fails_when_jargon_lost_a_listener_and_passes_in_plain_words_or_rescued() {
    use crate::engine::debrief::CheckDetail;
    let (passed, detail) = none_lost("it", &[]);
    assert!(!passed);
    assert_eq!(
        detail,
        CheckDetail::NoneLost {
            answers: 1,
            listeners: 1
        }
    );
    let (passed, detail) = none_lost("plain", &[]);
    assert!(passed, "{detail:?}");
    let (passed, detail) = none_lost("it", &[Role::SeniorDesigner]);
    assert!(passed, "rescued: {detail:?}");
}

#[test]
fn the_none_lost_check_needs_a_register_someone_may_not_follow() {
    let mut f = fixture_raw(Some("plain"), None);
    f.sales.registers.retain(|r| r.everyone);
    let n = f.scoring.rubric.len();
    f.scoring.rubric.push(raw::Check {
        id: "plain_words".into(),
        label: "Nobody lost the thread.".into(),
        why: "Why.".into(),
        competency: None,
        test: raw::CheckTest::NoneLost,
    });
    let problems = scenario::validate::validate(&f).unwrap_err();
    let want = format!("scoring.rubric[{n}].test");
    assert!(
        problems.iter().any(|p| p.path == want),
        "{want} not in {problems:?}"
    );
}
