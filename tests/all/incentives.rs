//! Incentives that pull apart: the dilemma in every shipped level (the greedy seller earns more
//! commission, the careful one does better for the company), and each trade-off shown by
//! changing one decision.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use crate::common::level;
use overpromise::cli::simulate::{self, PolicySummary};
use overpromise::engine::policy::{Careful, Policy, play};
use overpromise::engine::{Action, Phase, PidItem, Scorecards, Session, TableMode};
use overpromise::scenario::{self, model::Scenario};

#[test]
fn the_dilemma_holds_in_every_shipped_level() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels");
    let files = scenario::scenario_files(&dir).expect("levels/");
    assert!(files.len() >= 3, "{files:?}");
    let mut failures = String::new();
    for path in files {
        let s = Arc::new(scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}")));
        let runs = 200;
        let sum = |name: &str| {
            let results = simulate::run_many(&s, name, 1, runs, 2, &AtomicUsize::new(0));
            PolicySummary::new(name, &results)
        };
        let (greedy, careful) = (sum("greedy"), sum("careful"));
        let w = simulate::warnings(&[greedy.clone(), careful.clone()]);
        if greedy.seller.mean_commission <= careful.seller.mean_commission
            || careful.company.mean_margin <= greedy.company.mean_margin
            || careful.company.mean_satisfaction <= greedy.company.mean_satisfaction
            || !w.is_empty()
        {
            failures.push_str(&format!(
                "{}: commission greedy {:.0} careful {:.0}; margin greedy {:.0} careful {:.0}; satisfaction greedy {:.1} careful {:.1}; {w:?}\n",
                path.display(),
                greedy.seller.mean_commission,
                careful.seller.mean_commission,
                greedy.company.mean_margin,
                careful.company.mean_margin,
                greedy.company.mean_satisfaction,
                careful.company.mean_satisfaction,
            ));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

/// The careful player, with one decision changed: a promise left out of the PID, the account
/// manager brought into reviews from week 1, and (two roles) a delivery lead who re-baselines the
/// first promise the PID holds.
struct OneChange {
    careful: Careful,
    leave_out: Option<PidItem>,
    account_manager: bool,
    rebaseline: Option<PidItem>,
}

impl Policy for OneChange {
    fn choose(&mut self, session: &Session) -> Action {
        match session.phase() {
            Phase::Handoff => {
                for item in session.pid_candidates() {
                    let want = Some(item) != self.leave_out;
                    if session.in_pid(item) != want {
                        return Action::SetInPid(item, want);
                    }
                }
                Action::SubmitPid
            }
            Phase::Review => match self.rebaseline {
                Some(PidItem::Promise(p))
                    if session.in_pid(PidItem::Promise(p))
                        && session.is_legal(&Action::Rebaseline(p)) =>
                {
                    Action::Rebaseline(p)
                }
                _ => Action::AcceptPid,
            },
            Phase::Delivery
                if self.account_manager && session.is_legal(&Action::InviteAccountManager) =>
            {
                Action::InviteAccountManager
            }
            _ => self.careful.choose(session),
        }
    }
}

fn cards(
    s: &Arc<Scenario>,
    mode: TableMode,
    seed: u64,
    change: OneChange,
) -> (Session, Scorecards) {
    let mut session = Session::with_mode(s.clone(), seed, mode);
    let mut p = change;
    play(&mut session, &mut p);
    let cards = session.scorecards().expect("over");
    (session, cards)
}

fn change(
    leave_out: Option<PidItem>,
    account_manager: bool,
    rebaseline: Option<PidItem>,
) -> OneChange {
    OneChange {
        careful: Careful,
        leave_out,
        account_manager,
        rebaseline,
    }
}

/// The first seed on which the careful player signs within the quarter (the client's roll and
/// the diary differ per seed; these tests need a deal to deliver).
fn winning_seed(s: &Arc<Scenario>) -> u64 {
    (1..200)
        .find(|seed| {
            let (_, c) = cards(s, TableMode::Solo, *seed, change(None, false, None));
            c.seller.bookings > 0.0 && c.seller.in_quarter
        })
        .expect("the careful player wins on some seed")
}

/// The first promise of a careful session's ledger (one the seller could leave out).
fn a_promise(s: &Arc<Scenario>, seed: u64) -> PidItem {
    let (session, _) = cards(s, TableMode::Solo, seed, change(None, false, None));
    PidItem::Promise(session.ledger().first().expect("a promise").promise)
}

#[test]
fn the_account_manager_in_reviews_pays_the_company_when_something_surfaces_and_always_costs_the_seller()
 {
    let s = level("01_first_client");
    let seed = winning_seed(&s);
    let left_out = a_promise(&s, seed);
    // Situation A: a promise was left out of the PID and surfaces at a review.
    let (_, a_skip) = cards(
        &s,
        TableMode::Solo,
        seed,
        change(Some(left_out), false, None),
    );
    let (_, a_join) = cards(
        &s,
        TableMode::Solo,
        seed,
        change(Some(left_out), true, None),
    );
    // Situation B: everything is in the PID; nothing surfaces.
    let (_, b_skip) = cards(&s, TableMode::Solo, seed, change(None, false, None));
    let (_, b_join) = cards(&s, TableMode::Solo, seed, change(None, true, None));
    // The seller pays for the hours in both.
    for (skip, join) in [(&a_skip, &a_join), (&b_skip, &b_join)] {
        assert!(join.seller.review_hours > 0.0);
        assert!(
            join.seller.commission < skip.seller.commission,
            "{:?} against {:?}",
            join.seller,
            skip.seller
        );
    }
    // For the company it pays more where a left-out promise surfaces in front of the client (A:
    // the account manager takes half the blow) than where nothing does (B): the same hours of
    // the seller's, a different return.
    let sat = |c: &Scorecards| c.company.satisfaction;
    let gain_a = sat(&a_join) - sat(&a_skip);
    let gain_b = sat(&b_join) - sat(&b_skip);
    assert!(gain_a > gain_b + 1.0, "A {gain_a}, B {gain_b}");
}

#[test]
fn writing_a_promise_into_the_pid_is_right_with_a_lead_who_accepts_and_costs_the_seller_with_one_who_rebaselines()
 {
    let s = level("01_first_client");
    let seed = winning_seed(&s);
    let promise = a_promise(&s, seed);
    // The one decision: the promise written into the PID, or left out.
    let play = |leave_out: Option<PidItem>, rebaseline: Option<PidItem>| {
        cards(
            &s,
            TableMode::TwoRoles,
            seed,
            change(leave_out, false, rebaseline),
        )
        .1
    };
    // A delivery lead who accepts the PID: writing it in is right. The company keeps the
    // client's trust, the seller loses nothing.
    let (written, left_out) = (play(None, None), play(Some(promise), None));
    assert!(
        written.company.satisfaction > left_out.company.satisfaction,
        "{:?}\n{:?}",
        written.company,
        left_out.company
    );
    assert_eq!(written.seller.commission, left_out.seller.commission);
    // A delivery lead who re-baselines what the PID holds: writing it in costs the seller, so
    // leaving it out is tempting.
    let (written, left_out) = (
        play(None, Some(promise)),
        play(Some(promise), Some(promise)),
    );
    assert!(written.seller.rebaseline_cut > 0.0, "{:?}", written.seller);
    assert_eq!(left_out.seller.rebaseline_cut, 0.0);
    assert!(
        written.seller.commission < left_out.seller.commission,
        "{:?}\n{:?}",
        written.seller,
        left_out.seller
    );
}

#[test]
fn a_deal_that_misses_the_quarter_pays_the_seller_nothing_but_the_company_still_has_it() {
    let s = level("01_first_client");
    let mut late = (*s).clone();
    late.sales.incentives.quarter.days_left = 1;
    let late = Arc::new(late);
    let seed = winning_seed(&s);
    let (_, on_time) = cards(&s, TableMode::Solo, seed, change(None, false, None));
    let (_, missed) = cards(&late, TableMode::Solo, seed, change(None, false, None));
    assert!(!missed.seller.in_quarter);
    assert_eq!(missed.seller.counted_bookings, 0.0);
    assert_eq!(missed.seller.commission, 0.0);
    assert_eq!(missed.company, on_time.company);
}

#[test]
fn the_plans_pay_on_bookings_on_margin_or_split_and_the_accelerator_applies_above_quota() {
    use overpromise::scenario::model::Plan;
    let s = level("01_first_client");
    let (_, c) = cards(
        &s,
        TableMode::Solo,
        winning_seed(&s),
        change(None, false, None),
    );
    let seller = &c.seller;
    let inc = &s.sales.incentives;
    let margin = c.delivery.as_ref().map(|d| d.margin);
    let on_bookings = seller.commission_under(&s, Plan::Bookings, margin);
    let on_margin = seller.commission_under(&s, Plan::Margin, margin);
    let split = seller.commission_under(&s, Plan::Split(0.25), margin);
    assert!((split - (0.25 * on_bookings + 0.75 * on_margin)).abs() < 1e-2);
    assert!(
        (on_margin
            - inc.margin_commission_rate
                * margin.unwrap_or(0.0).max(0.0)
                * (1.0 - seller.rebaseline_cut))
            .abs()
            < 1e-2
    );
    // Above quota, the accelerator multiplies the rate on the part over it.
    let mut fast = (*s).clone();
    fast.sales.incentives.quota = seller.counted_bookings / 2.0;
    fast.sales.incentives.accelerator = 2.0;
    let fast = Arc::new(fast);
    let (_, f) = cards(
        &fast,
        TableMode::Solo,
        winning_seed(&s),
        change(None, false, None),
    );
    let q = fast.sales.incentives.quota;
    let b = f.seller.counted_bookings;
    let want = fast.offer.commission_rate * (q + 2.0 * (b - q));
    assert!(
        (f.seller.commission_under(&fast, Plan::Bookings, None)
            - want * (1.0 - f.seller.rebaseline_cut))
            .abs()
            < 1e-2
    );
    assert!(f.seller.attainment > 1.0);
    // The debrief holds the same cards and names every plan.
    assert_eq!(f.seller.under_plans.len(), 3);
}

#[test]
fn simulate_warns_when_there_is_no_dilemma_and_explains_a_bad_policy() {
    use overpromise::cli::simulate::{NO_DILEMMA, RunResult, parse_policy, warnings};
    let run = |margin: f32, satisfaction: f32, commission: f32| RunResult {
        won: true,
        margin,
        satisfaction,
        commission,
        score: 50.0,
        ..Default::default()
    };
    let greedy = PolicySummary::new("greedy", &[run(0.0, 20.0, 5.0)]);
    let quiz = PolicySummary::new("careful", &[run(10.0, 80.0, 6.0)]);
    let w = warnings(&[greedy.clone(), quiz]);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].starts_with(NO_DILEMMA), "{w:?}");
    let dilemma = PolicySummary::new("careful", &[run(10.0, 80.0, 4.0)]);
    assert!(warnings(&[greedy, dilemma]).is_empty());

    let pair = parse_policy("seller=greedy,delivery=careful").unwrap();
    assert_eq!(pair.0.len(), 1);
    assert_eq!(pair.0[0].label, "seller=greedy,delivery=careful");
    assert_eq!(parse_policy("greedy").unwrap().0[0].label, "greedy");
    // random, greedy, careful and the walker.
    assert_eq!(parse_policy("all").unwrap().0.len(), 4);
    assert_eq!(parse_policy("roles").unwrap().0.len(), 4);
    for (bad, says) in [
        ("reckless", "unknown policy \"reckless\""),
        ("boss=greedy", "unknown role \"boss\""),
        ("seller=greedy,seller=careful", "named twice"),
        ("seller", "unknown policy"),
        ("seller=greedy,delivery", "not `ROLE=POLICY`"),
    ] {
        let e = parse_policy(bad).unwrap_err();
        assert!(e.contains(says), "{bad}: {e}");
    }
}

#[test]
fn a_careful_delivery_lead_cannot_save_a_greedy_sellers_deal() {
    let s = level("01_first_client");
    let sum = |name: &str| {
        let results = simulate::run_many(&s, name, 1, 60, 2, &AtomicUsize::new(0));
        PolicySummary::new(name, &results)
    };
    let greedy = sum("greedy");
    let rescued = sum("seller=greedy,delivery=careful");
    let careful = sum("careful");
    // The seller's card is the same: delivery does not change commission on bookings.
    assert_eq!(
        greedy.seller.mean_commission,
        rescued.seller.mean_commission
    );
    // A careful delivery lead limits the damage, but the deal as sold still loses money.
    assert!(rescued.company.mean_margin < 0.0, "{rescued:?}");
    assert!(rescued.company.mean_margin < careful.company.mean_margin);
}

#[test]
fn incentive_fields_are_checked_with_their_place_default_when_absent_and_warned_when_odd() {
    use overpromise::scenario::model::Incentives;
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels/01_first_client.scenario.ron");
    let src = std::fs::read_to_string(path).unwrap();
    let bad = src
        .replace("accelerator: 2.0,", "accelerator: 0.5,")
        .replace("quota: 150000.0,", "quota: -1.0,")
        .replace("weight: 0.45", "weight: -1.0");
    let e = scenario::parse_str(&bad, "bad").unwrap_err().to_string();
    for place in ["sales.quota", "sales.accelerator", "sales.rival.weight"] {
        assert!(e.contains(place), "{place}: {e}");
    }
    // An older file without the fields loads with the defaults: no quarter end, no rival, no
    // quota, commission on bookings.
    let old: String = src
        .lines()
        .filter(|l| {
            ![
                "quota:",
                "quarter:",
                "rival:",
                "accelerator:",
                "plan:",
                "review_hours:",
                "bookings_per_selling_hour:",
            ]
            .iter()
            .any(|k| l.trim_start().starts_with(k))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let s = scenario::parse_str(&old, "old").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.sales.incentives, Incentives::default());
    // A quarter too short for the meetings alone loads, with a warning at its place.
    let odd = src.replace("days_left: 60,", "days_left: 5,");
    let s = scenario::parse_str(&odd, "odd").unwrap_or_else(|e| panic!("{e}"));
    let w = scenario::validate::warnings(&s);
    assert!(
        w.iter()
            .any(|p| format!("{p:?}").contains("sales.quarter.days_left")),
        "{w:?}"
    );
}
