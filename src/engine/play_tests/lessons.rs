//! The paired playthroughs: for each shipped scenario, the careful script and the overpromising
//! script (tests/scripts/) played with the scenario's default seed, and their outcomes checked
//! against the lesson the scenario teaches.

use std::path::PathBuf;
use std::sync::Arc;

use crate::engine::outcome::Verdict;
use crate::engine::script::{parse_script, run_script};
use crate::engine::{BrokenBecause, Cause, Event, Outcome, Session};
use crate::scenario::{self, model::Role};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Plays `tests/scripts/<stem>.<kind>.ron` on `levels/<stem>.scenario.ron` with its default seed.
fn played(stem: &str, kind: &str) -> Session {
    let level = root().join("levels").join(format!("{stem}.scenario.ron"));
    let s = Arc::new(scenario::load_file(&level).unwrap_or_else(|e| panic!("{e}")));
    let path = root()
        .join("tests/scripts")
        .join(format!("{stem}.{kind}.ron"));
    let src = std::fs::read_to_string(&path).unwrap();
    let script = parse_script(&src, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"));
    let mut session = Session::new(s.clone(), s.default_seed);
    run_script(&mut session, &script).unwrap_or_else(|e| panic!("{stem}.{kind}: {e}"));
    assert!(session.is_over(), "{stem}.{kind} does not finish");
    session
}

fn outcome(s: &Session) -> &Outcome {
    s.outcome().expect("over")
}

fn promise(s: &Session, key: &str) -> crate::scenario::model::PromiseId {
    s.scenario()
        .promise_by_key(key)
        .unwrap_or_else(|| panic!("no promise {key}"))
}

fn verdict(s: &Session, key: &str) -> Option<Verdict> {
    let p = promise(s, key);
    outcome(s)
        .promises
        .iter()
        .find(|(q, _)| *q == p)
        .map(|(_, v)| *v)
}

/// Person-days that arrived as surprises because of this cause.
fn surprise_days(s: &Session, cause: Cause) -> f32 {
    s.log()
        .iter()
        .filter_map(|e| match e {
            Event::WorkAdded {
                cause: c,
                days,
                surprise: true,
            } if *c == cause => Some(*days),
            _ => None,
        })
        .sum()
}

/// What every pair shares: the careful seller runs a better project for the company.
fn careful_beats_overpromise(stem: &str) -> (Session, Session) {
    let (careful, over) = (played(stem, "careful"), played(stem, "overpromise"));
    let (c, o) = (outcome(&careful), outcome(&over));
    assert!(c.won, "{stem}: the careful seller wins the deal: {c:?}");
    assert_eq!(c.weeks_late, 0, "{stem}: careful delivery is on time");
    assert!(
        c.margin_share > 0.15,
        "{stem}: careful margin {}",
        c.margin_share
    );
    assert!(
        c.satisfaction > 70.0,
        "{stem}: careful satisfaction {}",
        c.satisfaction
    );
    assert!(
        c.score > o.score + 30.0,
        "{stem}: score {} vs {}",
        c.score,
        o.score
    );
    assert!(c.margin > o.margin && c.satisfaction > o.satisfaction);
    let rubric = |s: &Session| {
        s.debrief(false)
            .unwrap()
            .rubric
            .iter()
            .filter(|r| r.passed)
            .count()
    };
    assert!(rubric(&careful) > rubric(&over), "{stem}: rubric");
    assert!(
        c.promises.iter().all(|(_, v)| *v == Verdict::Kept),
        "{stem}: the careful seller keeps every promise: {:?}",
        c.promises
    );
    (careful, over)
}

#[test]
fn first_client_scoping_alone_wins_a_deal_that_loses_money() {
    let (careful, over) = careful_beats_overpromise("01_first_client");
    let (c, o) = (outcome(&careful), outcome(&over));
    // The project manager was in discovery; the seller alone was not, and guessed low.
    let discovery = careful
        .scenario()
        .meetings
        .iter()
        .position(|m| m.key == "discovery")
        .unwrap();
    assert!(careful.state().sales.attended[discovery].contains(&Role::ProjectManager));
    assert!(over.state().sales.attended.iter().all(|a| a.is_empty()));
    let deal = |s: &Session| s.state().sales.deal.clone().unwrap();
    assert!(
        deal(&over).price < deal(&careful).price,
        "the guess priced the deal low"
    );
    // The overpromised deal still signs, and loses money, late.
    assert!(o.won && o.margin < 0.0 && o.weeks_late >= 3, "{o:?}");
    // The training promised in passing and left out of the PID came back as a surprise.
    assert!(surprise_days(&over, Cause::Promise(promise(&over, "p_training"))) > 0.0);
    assert_eq!(
        verdict(&over, "p_six_weeks"),
        Some(Verdict::Broken(BrokenBecause::Late(o.weeks_late)))
    );
    // Careful play found both hidden needs during sales, so neither surfaced as a surprise.
    let debrief = careful.debrief(false).unwrap();
    assert!(
        debrief
            .needs
            .iter()
            .all(|n| n.found && n.in_pid && n.surfaced.is_none())
    );
    assert!(c.scope_delivered == c.scope_sold);
}

#[test]
fn integration_claim_the_false_claim_turns_into_rework_and_a_broken_promise() {
    let (careful, over) = careful_beats_overpromise("02_integration_claim");
    let o = outcome(&over);
    let realtime = promise(&over, "p_realtime");
    // The overpromiser made the claim that does not hold, left it out of the PID, and it failed.
    assert!(over.state().ledger.iter().any(|e| e.promise == realtime));
    assert!(
        over.log()
            .iter()
            .any(|e| matches!(e, Event::ClaimTested { held: false, .. }))
    );
    assert!(
        surprise_days(&over, Cause::Promise(realtime)) > 0.0,
        "rework arrived as a surprise"
    );
    assert_eq!(
        verdict(&over, "p_realtime"),
        Some(Verdict::Broken(BrokenBecause::ClaimFailed))
    );
    assert!(o.weeks_late > 0 && o.margin < 0.0, "{o:?}");
    // The careful seller, with the designer in the room, never made it.
    assert!(!careful.state().ledger.iter().any(|e| e.promise == realtime));
    assert!(
        careful
            .state()
            .sales
            .attended
            .iter()
            .any(|a| a.contains(&Role::SeniorDesigner))
    );
    // The late contractor did not save the overpromised project.
    assert!(over.log().iter().any(|e| matches!(e, Event::Hired(_))));
}

#[test]
fn committee_pacing_an_unpaced_pitch_loses_the_room() {
    let (careful, over) = careful_beats_overpromise("03_committee_pacing");
    let pacing = |s: &Session| s.debrief(false).unwrap().pacing_share;
    assert!(
        pacing(&careful) >= 0.8,
        "careful pacing {}",
        pacing(&careful)
    );
    assert!(pacing(&over) <= 0.3, "overpromise pacing {}", pacing(&over));
    // Promising everything did not make up for a room that was never with the seller.
    assert!(over.state().ledger.len() > careful.state().ledger.len());
    assert!(!outcome(&over).won, "the committee does not sign");
    let deal = over.state().sales.deal.clone().unwrap();
    assert_eq!(deal.sign_chance, 0.0, "{deal:?}");
}

/// "A promise was broken, six weeks for everything: it came N weeks late" measures N against the
/// six weeks the promise named, also after the agreed date was moved out by asking for more time.
#[test]
fn a_late_date_is_late_against_the_weeks_it_promised() {
    use crate::engine::{Action, Phase};
    let over = played("01_first_client", "overpromise");
    let s = over.scenario_arc().clone();
    let mut session = Session::new(s.clone(), s.default_seed);
    for a in over.actions() {
        session.apply(a.clone()).unwrap();
        if session.phase() == Phase::Delivery {
            break;
        }
    }
    // Ask for more time until the client agrees to a later date.
    for w in [2, 3, 4, 1] {
        if session.apply(Action::RequestMoreTime(w)).is_ok()
            && session.state().delivery.as_ref().unwrap().deadline > 6
        {
            break;
        }
    }
    let agreed = session.state().delivery.as_ref().unwrap().deadline;
    assert!(agreed > 6, "the client agreed to more time: {agreed}");
    while !session.is_over() {
        session.apply(Action::EndWeek).unwrap();
    }
    let o = outcome(&session);
    assert_eq!(o.agreed_weeks, agreed);
    assert!(o.actual_weeks > agreed, "{o:?}");
    assert_eq!(
        verdict(&session, "p_six_weeks"),
        Some(Verdict::Broken(BrokenBecause::Late(o.actual_weeks - 6))),
        "{o:?}"
    );
}

/// The Discuss question "the seller earned X under this plan; Y would have paid Z" is asked only
/// when Z is more than X (never the plan compared with itself).
#[test]
fn the_sell_differently_question_never_compares_a_plan_with_itself() {
    use crate::engine::debrief::Question;
    let mut asked = 0;
    let mut equal = 0;
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
    ] {
        for kind in ["careful", "overpromise"] {
            let session = played(stem, kind);
            let cards = session.scorecards().unwrap();
            let best = cards
                .seller
                .under_plans
                .iter()
                .map(|p| p.commission)
                .fold(f32::MIN, f32::max);
            if cards.seller.bookings > 0.0 && best.round() == cards.seller.commission.round() {
                equal += 1;
            }
            for q in session.debrief(false).unwrap().questions {
                if let Question::SellDifferently {
                    commission,
                    best_commission,
                    ..
                } = q
                {
                    asked += 1;
                    assert!(
                        best_commission.round() > commission.round(),
                        "{stem}.{kind}: {commission} against {best_commission}"
                    );
                }
            }
        }
    }
    // The shipped plays include a deal already paid best by its own plan.
    assert!(equal > 0, "asked {asked}");
}

/// A client need found in a meeting and left out of the document: the handoff counts it (1 of the
/// 2 needs found written in), and the rubric's "found" check, which passes (it was found), marks
/// it left out of the PID (worded in `wording::debrief`).
#[test]
fn a_found_need_left_out_is_counted_at_the_handoff_and_named_in_the_debrief() {
    use crate::engine::debrief::CheckLine;
    use crate::engine::{Action, Phase, PidItem, ViewOptions, Viewer};
    let careful = played("01_first_client", "careful");
    let s = careful.scenario_arc().clone();
    let codes = s.fact_by_key("insurer_codes").unwrap();
    let mut session = Session::new(s.clone(), s.default_seed);
    for a in careful.actions() {
        if *a == Action::SubmitPid {
            session
                .apply(Action::SetInPid(PidItem::Fact(codes), false))
                .unwrap();
            let doc = session
                .view(Viewer::Solo, ViewOptions::default())
                .document
                .unwrap();
            assert_eq!(
                doc.needs_in,
                (1, 2),
                "one of the two needs found is left out"
            );
        }
        session.apply(a.clone()).unwrap();
    }
    while !session.is_over() {
        assert_eq!(session.phase(), Phase::Delivery);
        session.apply(Action::EndWeek).unwrap();
    }
    let d = session.debrief(false).unwrap();
    let model = session.debrief_model_of(&d, Viewer::Facilitator, ViewOptions::default(), false);
    let line = model
        .rubric
        .iter()
        .find(|r| {
            matches!(&r.detail, CheckLine::Found { fact, .. } if *fact == s.facts[codes.ix()].text)
        })
        .expect("level 01 checks the insurer codes were found");
    assert!(line.passed, "it was found");
    assert!(
        matches!(line.detail, CheckLine::Found { left_out: true, .. }),
        "{:?}",
        line.detail
    );
}

/// Days a played session's meetings slipped, meeting by meeting, and the day it closed.
fn campaign_days(s: &Session) -> (Vec<u32>, u32) {
    let held = s.held();
    (
        held.iter().map(|h| h.slipped).collect(),
        held.last().map_or(0, |h| h.day),
    )
}

/// Replays `played`'s sales with its plan replaced by `plan` (before the plan is confirmed),
/// up to the handoff.
fn replanned(played: &Session, plan: &[crate::engine::Action]) -> Session {
    use crate::engine::{Action, Phase};
    let s = played.scenario_arc().clone();
    let mut session = Session::new(s.clone(), s.default_seed);
    for a in plan {
        session.apply(a.clone()).unwrap();
    }
    let sales = played
        .actions()
        .iter()
        .skip_while(|a| **a != Action::ConfirmPlan);
    for a in sales {
        if !matches!(
            session.phase(),
            Phase::Plan | Phase::Invite(_) | Phase::Beat(..)
        ) {
            break;
        }
        session.apply(a.clone()).unwrap();
    }
    session
}

/// Level 06 (seed 002: the sales process is a project). The careful plan, worked back from the
/// council's cabinet date (day 45) with slack and delivery booked ahead, holds every meeting on
/// its planned day and closes on day 44. The plan as it comes (five days a meeting, day 20 on
/// paper, inside the quarter's 36) slips at every meeting, the workshop most (the designer found
/// a slot at the last minute), and closes on day 49: after the quarter and the cabinet date.
#[test]
fn campaign_plan_a_plan_with_no_slack_slips_past_the_quarter_and_the_cabinet_date() {
    use crate::engine::Action;
    use crate::scenario::model::MeetingId;
    let (careful, over) = careful_beats_overpromise("06_campaign_plan");
    let s = careful.scenario_arc().clone();
    let quarter = s.sales.incentives.quarter.days_left;
    let decision = s.sales.campaign.as_ref().unwrap().decision_day;
    assert_eq!((quarter, decision), (36, 45));
    let workshop = MeetingId(s.meetings.iter().position(|m| m.key == "workshop").unwrap() as u16);
    let slips = |x: &Session| {
        x.log()
            .iter()
            .filter(|e| matches!(e, Event::MeetingSlipped { .. }))
            .count()
    };
    // The careful plan: on plan at every meeting, closed before the cabinet date.
    assert_eq!(careful.planned_close_day(), Some(44));
    assert_eq!(campaign_days(&careful), (vec![0, 0, 0, 0], 44));
    assert_eq!(slips(&careful), 0);
    assert_eq!(careful.late_close_score(44), 0.0);
    // The plan as it comes: day 20 on paper, every meeting slipped, day 49 in fact.
    assert_eq!(over.planned_close_day(), Some(20));
    assert!(over.planned_close_day().unwrap() <= quarter);
    assert_eq!(campaign_days(&over), (vec![5, 9, 7, 8], 49));
    assert_eq!(slips(&over), 4);
    assert!(over.late_close_score(49) > 0.0, "after the cabinet date");
    // Neither counts for the seller's quarter: the squeeze did not even buy that.
    let in_quarter = |x: &Session| x.scorecards().unwrap().seller.in_quarter;
    assert!(!in_quarter(&over) && !in_quarter(&careful));
    // Each slip cost the client's patience (one each) and the room's trust: the careful seller
    // brought three delivery people (a patience each) and still kept more of it.
    assert!(
        over.state().sales.patience + 2 < careful.state().sales.patience,
        "{} against {}",
        over.state().sales.patience,
        careful.state().sales.patience
    );
    assert!(over.state().sales.trust[0] < careful.state().sales.trust[0]);
    // The critical activity: the systems workshop, in both plays. The overpromiser's slipped
    // most (5 days to find Owen a slot, 4 to rebook); the careful plan gave it the most days.
    assert_eq!(over.critical_meeting(), Some(workshop));
    assert_eq!(careful.critical_meeting(), Some(workshop));
    // The debrief asks about it: as the meeting that lost 9 days, or (nothing slipped) as the
    // one given the most days.
    let critical = |x: &Session| {
        x.debrief(false)
            .unwrap()
            .questions
            .into_iter()
            .find_map(|q| match q {
                crate::engine::debrief::Question::CriticalActivity { meeting, slipped } => {
                    Some((meeting, slipped))
                }
                _ => None,
            })
    };
    assert_eq!(critical(&over), Some((workshop, 9)));
    assert_eq!(critical(&careful), Some((workshop, 0)));
    // Booking Owen ahead for the workshop keeps it on plan: the same play closes 9 days sooner.
    let booked = replanned(
        &over,
        &[Action::PlanBooking(
            workshop,
            crate::scenario::model::Role::SeniorDesigner,
            true,
        )],
    );
    assert_eq!(campaign_days(&booked), (vec![5, 0, 7, 8], 40));
    // A plan too loose (three weeks before every meeting) never slips, and closes on day 84,
    // weeks after the cabinet date: the client's score loses 0.05 a week (0.30), more than the
    // tight plan's four slips cost it in trust.
    let loose: Vec<Action> = (0..s.meetings.len())
        .map(|m| Action::PlanGap(MeetingId(m as u16), 21))
        .collect();
    let loose = replanned(&over, &loose);
    assert_eq!(campaign_days(&loose), (vec![0, 0, 0, 0], 84));
    let score = |x: &Session| x.state().sales.deal.as_ref().unwrap().score;
    assert!((loose.late_close_score(84) - 0.30).abs() < 1e-4);
    assert!(
        score(&loose) < score(&over) - 0.1,
        "{} against {}",
        score(&loose),
        score(&over)
    );
}
