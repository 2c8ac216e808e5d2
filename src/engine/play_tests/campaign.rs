//! The campaign plan (seed 002: the sales process is a project): the minimal fixture with a
//! quarter of 30 days, meetings of 5 days, 3 days to find a slot for anyone from delivery not
//! booked ahead, a client's diary that adds up to 4 days, and a rebooking week for a meeting
//! that slips. Each test changes one decision of the plan.

use super::*;
use crate::engine::campaign::Held;
use crate::scenario::raw;

fn fixture() -> Arc<Scenario> {
    let path = root().join("tests/fixtures/minimal.scenario.ron");
    let src = std::fs::read_to_string(&path).unwrap();
    let mut f = scenario::parse_raw(&src, "minimal").unwrap();
    f.sales.quarter = raw::Quarter {
        days_left: 30,
        meeting_days: 5,
        invite_days: 3,
        slip_days: 4,
    };
    f.sales.campaign = Some(
        ron::from_str("(decision_day: 40, gap_choices: [5, 7, 10, 14], rebook_days: 7)").unwrap(),
    );
    Arc::new(scenario::validate::validate(&f).unwrap_or_else(|e| panic!("{e:?}")))
}

/// Plans every meeting with `gap` days (booking `book` for the demo), then sells with the
/// first answers, inviting `invite` wherever the meeting allows it.
fn campaign(seed: u64, gap: u32, book: &[Role], invite: &[Role]) -> Session {
    let s = fixture();
    let mut session = Session::new(s.clone(), seed);
    assert_eq!(session.phase(), Phase::Plan);
    for m in 0..s.meetings.len() {
        let id = crate::scenario::model::MeetingId(m as u16);
        if session.campaign_plan().unwrap().gaps[m] != gap {
            session.apply(Action::PlanGap(id, gap)).unwrap();
        }
        for r in book {
            if s.meetings[m].may_invite.contains(r) {
                session.apply(Action::PlanBooking(id, *r, true)).unwrap();
            }
        }
    }
    session.apply(Action::ConfirmPlan).unwrap();
    loop {
        match session.phase() {
            Phase::Invite(m) => {
                let may = &s.meetings[m.ix()].may_invite;
                let roles: Vec<Role> = invite.iter().filter(|r| may.contains(r)).copied().collect();
                session.apply(Action::Invite(roles)).unwrap();
            }
            Phase::Beat(..) => {
                let legal = session.legal_actions();
                session.apply(legal[0].clone()).unwrap();
            }
            _ => return session,
        }
    }
}

fn slips(s: &Session) -> usize {
    s.held().iter().filter(|h| h.slipped > 0).count()
}

fn close_day(s: &Session) -> u32 {
    s.held().last().map_or(0, |h: &Held| h.day)
}

#[test]
fn a_plan_with_no_slack_slips_and_misses_the_quarter_one_with_slack_does_not() {
    // A seed where the client's diary pushes at least two of the three meetings.
    let seed = (0..500)
        .find(|seed| slips(&campaign(*seed, 5, &[], &[])) >= 2)
        .expect("some seed fills the diary twice");
    let tight = campaign(seed, 5, &[], &[]);
    let slack = campaign(seed, 10, &[], &[]);
    assert!(slips(&tight) >= 2);
    assert_eq!(slips(&slack), 0, "{:?}", slack.held());
    assert!(
        close_day(&tight) > 30,
        "tight closes on day {}",
        close_day(&tight)
    );
    assert_eq!(close_day(&slack), 30);
    // Each slip cost patience and trust.
    let slipped: Vec<&Event> = tight
        .log()
        .iter()
        .filter(|e| matches!(e, Event::MeetingSlipped { .. }))
        .collect();
    assert_eq!(slipped.len(), slips(&tight));
    assert!(tight.state().sales.patience < slack.state().sales.patience);
    // The quarter: the seller's card counts the slack plan's deal, not the tight one's.
    assert!(close_day(&tight) > tight.scenario().sales.incentives.quarter.days_left);
    assert_eq!(
        tight.critical_meeting(),
        tight
            .held()
            .iter()
            .max_by_key(|h| h.slipped)
            .map(|h| h.meeting)
    );
}

#[test]
fn a_plan_too_loose_closes_after_the_quarter_without_a_slip() {
    let loose = campaign(3, 14, &[], &[]);
    assert_eq!(slips(&loose), 0);
    assert_eq!(close_day(&loose), 42);
    // After the client's decision date (40): the late close weighs on their score.
    assert!(loose.late_close_score(42) > 0.0);
    assert_eq!(loose.late_close_score(30), 0.0);
}

#[test]
fn booking_delivery_ahead_keeps_a_meeting_on_plan() {
    // A seed where the demo's diary adds 3 or more days: with the designer not booked ahead
    // (3 more days to find a slot) a 10-day allowance runs out.
    let s = fixture();
    let demo = s.meetings.iter().position(|m| m.key == "demo").unwrap();
    let seed = (0..500)
        .find(|seed| {
            let c = campaign(*seed, 10, &[], &[Role::SeniorDesigner]);
            c.held()
                .iter()
                .any(|h| h.meeting.ix() == demo && h.slipped > 0)
        })
        .expect("some seed fills the demo's diary");
    let unbooked = campaign(seed, 10, &[], &[Role::SeniorDesigner]);
    let booked = campaign(seed, 10, &[Role::SeniorDesigner], &[Role::SeniorDesigner]);
    let slipped = |c: &Session| {
        c.held()
            .iter()
            .find(|h| h.meeting.ix() == demo)
            .unwrap()
            .slipped
    };
    assert!(slipped(&unbooked) > 0);
    assert_eq!(slipped(&booked), 0);
}

#[test]
fn the_plan_actions_are_checked_and_legal_actions_agree() {
    let s = fixture();
    let mut session = Session::new(s.clone(), 1);
    let m = crate::scenario::model::MeetingId(0);
    assert!(
        !session.is_legal(&Action::PlanGap(m, 6)),
        "6 is not a choice"
    );
    assert!(!session.is_legal(&Action::PlanBooking(m, Role::ProjectManager, true)));
    assert!(session.is_legal(&Action::PlanGap(m, 14)));
    for a in session.legal_actions() {
        assert!(session.is_legal(&a), "{a:?}");
    }
    // Before the plan is confirmed, no meeting starts.
    assert!(!session.is_legal(&Action::Invite(vec![])));
    session.apply(Action::ConfirmPlan).unwrap();
    assert!(matches!(
        session.phase(),
        Phase::Invite(_) | Phase::Beat(..)
    ));
    assert!(!session.is_legal(&Action::ConfirmPlan));
}

#[test]
fn a_scenario_without_a_campaign_starts_at_the_first_meeting() {
    let s = level("01_first_client");
    let session = Session::new(s, 1);
    assert_ne!(session.phase(), Phase::Plan);
    assert!(session.campaign_plan().is_none());
}
