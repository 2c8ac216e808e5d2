//! Unit tests of the delivery rules on the dynamics fixture.

use std::sync::Arc;

use super::*;
use crate::engine::{Action, ChangeKind, Event, Phase, Session};
use crate::scenario::model::PersonId;
use crate::scenario::model::Scenario;

fn fixture() -> Arc<Scenario> {
    let src = include_str!("../../../tests/fixtures/dynamics.scenario.ron");
    Arc::new(crate::scenario::parse_str(src, "dynamics").expect("fixture loads"))
}

/// The fixture played with every beat's first answer and an empty PID, at week 0 of delivery.
fn at_handoff() -> Session {
    let mut s = Session::new(fixture(), 3);
    while s.phase() != Phase::Delivery {
        let a = match s.phase() {
            Phase::Invite(_) => Action::Invite(vec![]),
            Phase::Handoff => Action::SubmitPid,
            _ => s.legal_actions()[0].clone(),
        };
        s.apply(a).unwrap();
    }
    s
}

fn week(s: &mut Session) -> Vec<Event> {
    s.apply(Action::EndWeek).unwrap()
}

#[test]
fn a_defect_costs_more_to_fix_the_longer_it_stayed_hidden() {
    let m = fixture().delivery.model.clone();
    let mut per_defect = Vec::new();
    for age in 1..=6u32 {
        let mut s = at_handoff();
        let d = s.state.delivery.as_mut().unwrap();
        // Week 7 is about to run; one defect made in week 7 − age.
        d.weeks_done = 6;
        d.hidden_defects = vec![0.0; 6];
        d.hidden_defects[(6 - age) as usize] = 1.0;
        let found = week(&mut s)
            .into_iter()
            .find_map(|e| match e {
                Event::DefectsFound { count, rework_days } => Some((count, rework_days)),
                _ => None,
            })
            .expect("some of the defect is found");
        let detection = m.base_detection + m.detection_per_quality; // quality share 10 %
        assert!((found.0 - detection).abs() < 1e-6, "{found:?}");
        let cost = found.1 / found.0;
        let expected = m.defect_fix_days * (1.0 + m.defect_age_cost * age as f32);
        assert!(
            (cost - expected).abs() < 1e-5,
            "age {age}: {cost} vs {expected}"
        );
        per_defect.push(cost);
    }
    assert!(per_defect.windows(2).all(|w| w[1] > w[0]), "{per_defect:?}");
    // Six weeks hidden: about three times the fix cost of one week.
    assert!(per_defect[5] > 2.0 * per_defect[0]);
}

#[test]
fn overtime_boosts_the_first_week_and_fatigue_eats_the_rest() {
    let m = fixture().delivery.model.clone();
    let mut s = at_handoff();
    s.apply(Action::SetOvertime(true)).unwrap();
    for k in 0..4u32 {
        week(&mut s);
        let d = s.state.delivery.as_ref().unwrap();
        let cap = d.history.last().unwrap().capacity;
        // The first weeks of a streak are fresh; fatigue builds from the week after.
        let tired = k.saturating_sub(FRESH_OVERTIME_WEEKS) as f32;
        let expected = 11.0 * (1.0 - m.fatigue_productivity * tired) * (1.0 + m.overtime_boost);
        assert!(
            (cap - expected).abs() < 1e-4,
            "week {}: {cap} vs {expected}",
            k + 1
        );
        // Every overtime week adds fatigue; the first week's is carried without slowing down.
        assert_eq!(d.fatigue, (k + 1) as f32 * FATIGUE_PER_WEEK);
        let morale = 75.0 - m.overtime_morale * k as f32;
        assert!(
            d.members.iter().all(|x| x.morale == morale),
            "{:?}",
            d.members
        );
    }
    // Switched off, fatigue drains more slowly than it built.
    s.apply(Action::SetOvertime(false)).unwrap();
    week(&mut s);
    assert_eq!(
        s.state.delivery.as_ref().unwrap().fatigue,
        4.0 * FATIGUE_PER_WEEK - FATIGUE_RECOVERY_PER_WEEK
    );
}

#[test]
fn a_newcomer_costs_mentoring_and_overhead_before_they_help() {
    let m = fixture().delivery.model.clone();
    let mut s = at_handoff();
    s.apply(Action::Hire(PersonId(3))).unwrap();
    let mut caps = Vec::new();
    for _ in 0..5 {
        week(&mut s);
        caps.push(
            s.state
                .delivery
                .as_ref()
                .unwrap()
                .history
                .last()
                .unwrap()
                .capacity,
        );
    }
    // Three pairs of people more than the starting team of three.
    let overhead = 1.0 - 3.0 * m.overhead_per_link;
    for (k, cap) in caps.iter().enumerate() {
        let ramp = (m.ramp_start + (1.0 - m.ramp_start) * k as f32 / m.ramp_weeks as f32).min(1.0);
        // The newcomer adds what they can and takes as much teaching time as they lack.
        let expected = (11.0 + 4.0 * ramp - (1.0 - ramp) * 4.0 * MENTORING_SHARE) * overhead;
        assert!(
            (cap - expected).abs() < 1e-4,
            "week {}: {cap} vs {expected}",
            k + 1
        );
    }
    assert!(caps[0] < 11.0 && caps[1] < 11.0, "{caps:?}");
    assert!(caps.windows(2).all(|w| w[1] >= w[0]), "{caps:?}");
}

#[test]
fn a_change_request_is_refused_below_the_trust_it_needs_and_still_costs_trust() {
    let mut s = at_handoff();
    let d = s.state.delivery.as_mut().unwrap();
    d.trust = vec![CHANGE_ACCEPT_TRUST - 1.0; 2];
    let events = s.apply(Action::RequestMoreTime(2)).unwrap();
    assert!(events.contains(&Event::ChangeRequested {
        change: ChangeKind::MoreTime(2),
        accepted: false,
        trust_cost: 4.0,
    }));
    let d = s.state.delivery.as_ref().unwrap();
    assert_eq!(d.deadline, 8);
    assert_eq!(d.trust, vec![CHANGE_ACCEPT_TRUST - 5.0; 2]);
    // One change a week.
    assert!(!s.legal_actions().contains(&Action::RequestMoreTime(2)));
}

#[test]
fn a_date_pressed_below_the_teams_estimate_makes_more_defects_and_costs_morale() {
    // The team's own estimate: the planned work over the starting team's 11 person-days a week.
    let nominal = at_handoff().state.delivery.as_ref().unwrap().planned_days / 11.0;
    let run = |share: f32| {
        let mut s = at_handoff();
        // Same work, same team: only the date the team works to changes.
        let deadline = (nominal * share).floor().max(1.0) as u32;
        let d = s.state.delivery.as_mut().unwrap();
        d.deadline = deadline;
        d.team_deadline = deadline;
        for _ in 0..4 {
            week(&mut s);
        }
        let d = s.state.delivery.as_ref().unwrap();
        let made: f32 = d.hidden_defects.iter().sum::<f32>() + d.defects_found;
        (made, d.morale())
    };
    let (relaxed, pressed) = (run(3.0), run(0.6));
    assert!(
        pressed.0 > relaxed.0 * 1.1,
        "defects: pressed {} vs relaxed {}",
        pressed.0,
        relaxed.0
    );
    assert!(
        pressed.1 < relaxed.1,
        "morale: pressed {} vs relaxed {}",
        pressed.1,
        relaxed.1
    );
}
