//! Incentives that pull apart: the dilemma in every shipped level (the greedy seller earns more
//! commission, the careful one does better for the company), and each trade-off shown by
//! changing one decision.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use overpromise::cli::simulate::{self, PolicySummary};
use overpromise::engine::{Action, Phase, PidItem, Scorecards, Session, TableMode};
use overpromise::policy::{Careful, Policy, play};
use overpromise::scenario::{self, model::Scenario};

fn level(prefix: &str) -> Arc<Scenario> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("levels");
    let files = scenario::scenario_files(&dir).expect("levels/");
    let path = files
        .iter()
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no level {prefix}"));
    Arc::new(scenario::load_file(path).unwrap_or_else(|e| panic!("{e}")))
}

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
    rebaseline: bool,
}

impl Policy for OneChange {
    fn choose(&mut self, session: &Session) -> Action {
        match session.phase() {
            Phase::Handoff => {
                for item in session.pid_candidates() {
                    let want = Some(item) != self.leave_out;
                    if session.state().pid.contains(&item) != want {
                        return Action::SetInPid(item, want);
                    }
                }
                Action::SubmitPid
            }
            Phase::Review if self.rebaseline => {
                let first = session.state().pid.iter().find_map(|i| match i {
                    PidItem::Promise(p) => Some(*p),
                    PidItem::Fact(_) => None,
                });
                match first {
                    Some(p) if session.is_legal(&Action::Rebaseline(p)) => Action::Rebaseline(p),
                    _ => Action::AcceptPid,
                }
            }
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

fn change(leave_out: Option<PidItem>, account_manager: bool, rebaseline: bool) -> OneChange {
    OneChange {
        careful: Careful,
        leave_out,
        account_manager,
        rebaseline,
    }
}

/// The first promise of a careful session's ledger (one the seller could leave out).
fn a_promise(s: &Arc<Scenario>, seed: u64) -> PidItem {
    let (session, _) = cards(s, TableMode::Solo, seed, change(None, false, false));
    PidItem::Promise(session.state().ledger.first().expect("a promise").promise)
}

/// The company's card in money: margin plus expected renewal.
fn company_value(c: &Scorecards) -> f32 {
    c.company.margin + c.company.expected_renewal
}

#[test]
fn the_account_manager_in_reviews_pays_when_something_surfaces_and_costs_the_seller_always() {
    let s = level("01");
    let seed = s.default_seed;
    let left_out = a_promise(&s, seed);
    // Situation A: a promise was left out of the PID and surfaces at a review.
    let (_, a_skip) = cards(
        &s,
        TableMode::Solo,
        seed,
        change(Some(left_out), false, false),
    );
    let (_, a_join) = cards(
        &s,
        TableMode::Solo,
        seed,
        change(Some(left_out), true, false),
    );
    // Situation B: everything is in the PID; nothing surfaces.
    let (_, b_skip) = cards(&s, TableMode::Solo, seed, change(None, false, false));
    let (_, b_join) = cards(&s, TableMode::Solo, seed, change(None, true, false));
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
    // Right for the company in A, wrong in B.
    let gain_a = company_value(&a_join) - company_value(&a_skip);
    let gain_b = company_value(&b_join) - company_value(&b_skip);
    assert!(gain_a > 0.0, "A: {gain_a}\n{a_join:?}\n{a_skip:?}");
    assert!(gain_b < 0.0, "B: {gain_b}\n{b_join:?}\n{b_skip:?}");
}

#[test]
fn writing_a_promise_into_the_pid_costs_the_seller_when_the_lead_rebaselines_it() {
    let s = level("01");
    let seed = s.default_seed;
    let promise = a_promise(&s, seed);
    // The one decision: the promise written into the PID or left out, with a delivery lead who
    // re-baselines the first promise the PID holds.
    let (_, written) = cards(&s, TableMode::TwoRoles, seed, change(None, false, true));
    let (_, left_out) = cards(
        &s,
        TableMode::TwoRoles,
        seed,
        change(Some(promise), false, true),
    );
    assert!(written.seller.rebaseline_cut > 0.0, "{:?}", written.seller);
    // Tempting for the seller to leave it out ...
    assert!(
        left_out.seller.commission > written.seller.commission,
        "{:?}\n{:?}",
        left_out.seller,
        written.seller
    );
    // ... and the company pays later.
    assert!(
        written.company.satisfaction > left_out.company.satisfaction,
        "{:?}\n{:?}",
        written.company,
        left_out.company
    );
}

#[test]
fn a_deal_that_misses_the_quarter_pays_the_seller_nothing_but_the_company_still_has_it() {
    let s = level("01");
    let mut late = (*s).clone();
    late.sales.incentives.quarter.days_left = 1;
    let late = Arc::new(late);
    let (_, on_time) = cards(&s, TableMode::Solo, 1, change(None, false, false));
    let (_, missed) = cards(&late, TableMode::Solo, 1, change(None, false, false));
    assert!(!missed.seller.in_quarter);
    assert_eq!(missed.seller.counted_bookings, 0.0);
    assert_eq!(missed.seller.commission, 0.0);
    assert_eq!(missed.company, on_time.company);
}

#[test]
fn the_plans_pay_on_bookings_on_margin_or_split_and_the_accelerator_applies_above_quota() {
    use overpromise::scenario::model::Plan;
    let s = level("01");
    let (_, c) = cards(&s, TableMode::Solo, 1, change(None, false, false));
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
    let (_, f) = cards(&fast, TableMode::Solo, 1, change(None, false, false));
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
