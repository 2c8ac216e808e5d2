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

/// Level 05 (seed 004, plain words): the overpromiser's impressive answers are at the right depth
/// but in IT jargon and sales talk, and lose the operations and finance directors again and again;
/// the careful seller speaks plain words, and the one answer in IT jargon is put plainly by the
/// senior designer in the room. The jargon play still pays its seller more.
#[test]
fn plain_words_jargon_at_the_right_depth_loses_the_listeners_who_do_not_speak_it() {
    use crate::engine::Heard;
    let (careful, over) = careful_beats_overpromise("05_plain_words");
    let s = careful.scenario_arc().clone();
    let who = |key: &str| {
        crate::scenario::model::StakeholderId(
            s.stakeholders.iter().position(|k| k.key == key).unwrap() as u16,
        )
    };
    let (maureen, kwame, devika) = (who("maureen"), who("kwame"), who("devika"));
    let heard = |x: &Session, k, h: Heard| {
        x.log()
            .iter()
            .filter(|e| {
                matches!(e, Event::Heard { stakeholder, heard, .. } if *stakeholder == k && *heard == h)
            })
            .count()
    };
    let trust =
        |x: &Session, k: crate::scenario::model::StakeholderId| x.state().sales.trust[k.ix()];
    let readiness =
        |x: &Session, k: crate::scenario::model::StakeholderId| x.state().sales.readiness[k.ix()];
    // The overpromiser lost Maureen (no jargon) at every answer she heard, Kwame (half the sales
    // talk) at ten, Devika (IT fluent) only to sales talk; the careful seller lost nobody, and
    // the one IT answer was put plainly for Maureen and Kwame by the designer in the room.
    assert_eq!(heard(&over, maureen, Heard::Lost), 12);
    assert_eq!(heard(&over, kwame, Heard::Lost), 10);
    assert_eq!(heard(&over, devika, Heard::Lost), 4);
    let it = s
        .sales
        .registers
        .iter()
        .position(|r| r.key == "it")
        .unwrap();
    assert!(!over.log().iter().any(|e| matches!(e,
        Event::Heard { stakeholder, register, .. } if *stakeholder == devika && register.ix() == it)));
    for k in [maureen, kwame, devika] {
        assert_eq!(heard(&careful, k, Heard::Lost), 0);
    }
    for k in [maureen, kwame] {
        assert_eq!(heard(&careful, k, Heard::Rescued(Role::SeniorDesigner)), 1);
    }
    // At the right depth all the same: three in four of the jargon play's answers matched the
    // room's readiness, and nine of them matched and still lost someone.
    let pacing = |x: &Session| x.debrief(false).unwrap().pacing_share;
    assert_eq!(pacing(&over), 0.75);
    let matched_but_lost = over
        .state()
        .sales
        .pacing
        .iter()
        .filter(|r| r.matched() && r.heard.iter().any(|(_, h)| *h == Heard::Lost))
        .count();
    assert_eq!(matched_but_lost, 9);
    assert!(
        careful
            .state()
            .sales
            .pacing
            .iter()
            .all(|r| !r.heard.contains(&(maureen, Heard::Lost)))
    );
    // Lost listeners learn nothing: Maureen ends the sales as ready as she began (1.5), Kwame too
    // (2.0), and their trust is a fraction of the careful seller's (18 and 26 against 92 and 87).
    assert_eq!(readiness(&over, maureen), 1.5);
    assert_eq!(readiness(&over, kwame), 2.0);
    assert!(
        readiness(&careful, maureen) > 3.5,
        "{}",
        readiness(&careful, maureen)
    );
    assert_eq!((trust(&over, maureen), trust(&over, kwame)), (18.0, 26.0));
    assert_eq!(
        (trust(&careful, maureen), trust(&careful, kwame)),
        (92.0, 87.0)
    );
    // The rubric's plain-words check says so: every one of the jargon play's 12 answers lost
    // someone, 26 listeners in all; the careful play lost nobody.
    let none_lost = |x: &Session| {
        x.debrief(false)
            .unwrap()
            .rubric
            .into_iter()
            .find(|r| {
                matches!(
                    x.scenario().scoring.rubric[r.check.ix()].test,
                    crate::scenario::model::CheckTest::NoneLost
                )
            })
            .expect("level 05 checks that nobody lost the thread")
    };
    let (c, o) = (none_lost(&careful), none_lost(&over));
    assert!(c.passed && !o.passed);
    assert_eq!(
        o.detail,
        crate::engine::debrief::CheckDetail::NoneLost {
            answers: 12,
            listeners: 26
        }
    );
    // The impressive answers still sign the deal, and pay their seller: the jargon play closes on
    // day 44 and earns 2,697; the careful deal closes on day 60, after the quarter, and earns
    // nothing for the seller while the company makes a 28 % margin against a loss.
    let commission = |x: &Session| x.scorecards().unwrap().seller.commission;
    assert!(outcome(&over).won && outcome(&over).margin < 0.0);
    assert_eq!(commission(&careful), 0.0);
    assert!(commission(&over) > 2_600.0, "{}", commission(&over));
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
        "05_plain_words",
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
