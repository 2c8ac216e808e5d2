//! Two roles at one table: seats and turns, flags, the PID review, the seller named when a
//! left-out promise surfaces, and role views that leak nothing (with a planted leak to show the
//! checker can fail).

use crate::common::level;
use std::path::PathBuf;

use overpromise::cli;
use overpromise::engine::script::{parse_script, run_script, start_and_run};
use overpromise::engine::{
    Action, ActionError, Event, FlagConcern, Phase, PidItem, Rebaseline, Refusal, RoleView, Seat,
    Session, Support, TableMode, ViewOptions, Viewer,
};
use overpromise::scenario;
use rand::{Rng, SeedableRng, rngs::Xoshiro256PlusPlus};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const LEVELS: [&str; 3] = [
    "01_first_client",
    "02_integration_claim",
    "03_committee_pacing",
];

/// Plays `tests/scripts/<stem>.<kind>.ron` on its level with the default seed, checking the
/// views after every step.
fn play(stem: &str, kind: &str) -> Session {
    let s = level(stem);
    let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    for (i, step) in script.steps.iter().enumerate() {
        overpromise::engine::script::run_step(&mut session, step)
            .unwrap_or_else(|e| panic!("{stem}.{kind} step {}: {e}", i + 1));
        assert_no_leak(&session, &format!("{stem}.{kind} step {}", i + 1));
    }
    assert!(session.is_over(), "{stem}.{kind}");
    session
}

fn two_roles(stem: &str, seed: u64) -> Session {
    Session::with_mode(level(stem), seed, TableMode::TwoRoles)
}

// ---- seats and turns ------------------------------------------------------------------------

/// Random two-role playthroughs: every legal action belongs to a seat that is to act, the other
/// seat is refused it with `NotYourAction`, and `seat_refusal` agrees with `legal_actions_as`.
#[test]
fn each_seats_actions_are_refused_for_the_other_seat() {
    for stem in LEVELS {
        for seed in 0..12u64 {
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
            let mut session = two_roles(stem, seed);
            while !session.is_over() {
                let to_act = session.to_act();
                for seat in [Seat::Seller, Seat::DeliveryLead] {
                    let mine = session.legal_actions_as(seat);
                    assert_eq!(!mine.is_empty(), to_act.contains(&seat), "{stem} {seat:?}");
                    for a in session.legal_actions() {
                        let refusal = session.seat_refusal(seat, &a);
                        if a.seat() == seat {
                            assert_eq!(refusal, None, "{a:?}");
                        } else {
                            assert_eq!(refusal, Some(Refusal::NotYourAction(a.seat())), "{a:?}");
                            let mut copy = session.clone();
                            let before = copy.state().clone();
                            assert!(matches!(
                                copy.apply_as(seat, a.clone()),
                                Err(ActionError::NotNow {
                                    refusal: Refusal::NotYourAction(_),
                                    ..
                                })
                            ));
                            assert_eq!(copy.state(), &before, "a refusal changes nothing");
                        }
                    }
                }
                let legal = session.legal_actions();
                let pick = legal[(rng.next_u64() % legal.len() as u64) as usize].clone();
                session
                    .apply_as(pick.seat(), pick)
                    .expect("a legal action applies");
            }
        }
    }
}

#[test]
fn solo_has_no_flags_and_no_review() {
    for stem in LEVELS {
        let s = level(stem);
        let mut session = Session::new(s.clone(), s.default_seed);
        assert_eq!(session.mode(), TableMode::Solo);
        let mut steps = 0;
        while !session.is_over() {
            let legal = session.legal_actions();
            assert!(!legal.iter().any(|a| matches!(
                a,
                Action::Flag(..) | Action::QueryPid(_) | Action::Rebaseline(_) | Action::AcceptPid
            )));
            assert_ne!(session.phase(), Phase::Review);
            if let Phase::Beat(..) = session.phase() {
                let c = match legal[0] {
                    Action::Choose(c) => c,
                    _ => unreachable!(),
                };
                assert_eq!(
                    session.refusal(&Action::Flag(c, FlagConcern::Deadline(1))),
                    Some(Refusal::TwoRolesOnly)
                );
            }
            let pick = legal.last().unwrap().clone();
            session.apply(pick).unwrap();
            steps += 1;
            assert!(steps < 5_000);
        }
        assert!(session.two_role_debrief().is_none());
        assert!(session.debrief(false).unwrap().two_roles.is_none());
    }
}

#[test]
fn the_same_playthrough_ends_the_same_solo_and_for_two_when_nobody_flags_or_reviews() {
    // Two roles with no flags and an accepted document is the solo game, figure for figure.
    for stem in LEVELS {
        let s = level(stem);
        let script = parse_script(
            &std::fs::read_to_string(root().join(format!("tests/scripts/{stem}.careful.ron")))
                .unwrap(),
            "x",
        )
        .unwrap();
        let mut solo = Session::new(s.clone(), s.default_seed);
        run_script(&mut solo, &script).unwrap();
        let mut two = two_roles(stem, s.default_seed);
        for a in solo.actions() {
            two.apply(a.clone()).unwrap();
            if two.phase() == Phase::Review {
                two.apply_as(Seat::DeliveryLead, Action::AcceptPid).unwrap();
            }
        }
        assert_eq!(solo.outcome(), two.outcome(), "{stem}");
    }
}

// ---- flags ----------------------------------------------------------------------------------

#[test]
fn flags_are_recorded_with_what_was_said_anyway() {
    let careful = play("01_first_client", "two.careful");
    let flags = &careful.state().roles.flags;
    assert_eq!(flags.len(), 3);
    assert!(flags.iter().all(|f| f.said_anyway == Some(false)));
    assert!(flags.iter().all(|f| f.by == Seat::DeliveryLead));
    let six = flags
        .iter()
        .find(|f| matches!(f.concern, FlagConcern::Deadline(6)))
        .expect("the six-week date is flagged");
    assert_eq!(
        (six.said, six.team),
        (6.0, careful.scenario().offer.standard_weeks as f32)
    );

    let over = play("01_first_client", "two.overpromise");
    let flags = &over.state().roles.flags;
    assert!(!flags.is_empty());
    assert!(flags.iter().all(|f| f.said_anyway == Some(true)));
    let s = over.scenario();
    let portal = flags
        .iter()
        .find(|f| f.answer == s.answer_by_key("pw_yes").unwrap())
        .unwrap();
    let FlagConcern::Estimate(item) = portal.concern else {
        panic!("{portal:?}")
    };
    let scope = &s.offer.scope[item.ix()];
    assert_eq!(
        (portal.said, portal.team),
        (scope.sales_estimate, scope.true_effort)
    );
    assert!(
        over.log()
            .iter()
            .any(|e| matches!(e, Event::Flagged { .. }))
    );
}

#[test]
fn a_flag_needs_delivery_in_the_room_and_is_raised_once() {
    let s = level("01_first_client");
    let mut alone = two_roles("01_first_client", 1);
    alone
        .apply(Action::Choose(s.answer_by_key("fc_ask").unwrap()))
        .unwrap();
    alone
        .apply(Action::Choose(s.answer_by_key("as_meet").unwrap()))
        .unwrap();
    alone.apply(Action::Invite(vec![])).unwrap();
    assert!(alone.flags_available().is_empty());
    assert_eq!(alone.to_act(), vec![Seat::Seller]);

    let mut with_pm = two_roles("01_first_client", 1);
    for k in ["fc_ask", "as_meet"] {
        with_pm
            .apply(Action::Choose(s.answer_by_key(k).unwrap()))
            .unwrap();
    }
    with_pm
        .apply(Action::Invite(vec![scenario::model::Role::ProjectManager]))
        .unwrap();
    with_pm
        .apply(Action::Choose(s.answer_by_key("dk_walk").unwrap()))
        .unwrap();
    let flags = with_pm.flags_available();
    assert!(
        !flags.is_empty(),
        "the portal's guessed size can be flagged"
    );
    assert_eq!(with_pm.to_act(), vec![Seat::Seller, Seat::DeliveryLead]);
    let (c, concern) = flags[0];
    with_pm
        .apply_as(Seat::DeliveryLead, Action::Flag(c, concern))
        .unwrap();
    assert_eq!(
        with_pm.refusal(&Action::Flag(c, concern)),
        Some(Refusal::NotFlaggable)
    );
    assert!(!with_pm.flags_available().contains(&(c, concern)));
}

// ---- the review -----------------------------------------------------------------------------

/// Plays a two-role script up to the review (its steps before the first `Lead(Query|Rebaseline|Accept)`).
fn at_review(stem: &str, kind: &str) -> Session {
    let s = level(stem);
    let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    for step in &script.steps {
        if session.phase() == Phase::Review {
            break;
        }
        overpromise::engine::script::run_step(&mut session, step).unwrap();
    }
    assert_eq!(session.phase(), Phase::Review);
    session
}

#[test]
fn rebaselining_a_date_takes_it_back_at_a_price_in_trust_and_commission() {
    let review = at_review("01_first_client", "two.overpromise");
    let s = review.scenario_arc().clone();
    let six = s.promise_by_key("p_six_weeks").unwrap();
    assert!(review.state().pid.contains(&PidItem::Promise(six)));
    assert_eq!(
        review.state().sales.deal.as_ref().unwrap().deadline_weeks,
        6
    );

    let mut accepted = review.clone();
    accepted
        .apply_as(Seat::DeliveryLead, Action::AcceptPid)
        .unwrap();
    let mut rebased = review.clone();
    assert_eq!(rebased.rebaseline_result(six), Rebaseline::Removed);
    let trust_before = rebased.state().sales.trust.clone();
    rebased
        .apply_as(Seat::DeliveryLead, Action::Rebaseline(six))
        .unwrap();
    let st = rebased.state();
    assert!(!st.ledger.iter().any(|e| e.promise == six));
    assert!(!st.pid.contains(&PidItem::Promise(six)));
    assert_eq!(
        st.sales.deal.as_ref().unwrap().deadline_weeks,
        s.offer.standard_weeks
    );
    for (b, a) in trust_before.iter().zip(&st.sales.trust) {
        assert_eq!(*a, (b - s.sales.rebaseline_trust).max(0.0));
    }
    assert_eq!(
        rebased.refusal(&Action::Rebaseline(six)),
        Some(Refusal::NotInPid)
    );
    rebased.apply(Action::AcceptPid).unwrap();
    // The rest of delivery the same way for both.
    for s in [&mut accepted, &mut rebased] {
        while !s.is_over() {
            s.apply(Action::EndWeek).unwrap();
        }
    }
    let (a, r) = (accepted.outcome().unwrap(), rebased.outcome().unwrap());
    let s = rebased.scenario();
    assert!(
        (r.seller.commission
            - r.price * s.offer.commission_rate * (1.0 - s.sales.rebaseline_commission_share))
            .abs()
            < 0.01,
        "{} of {}",
        r.seller.commission,
        r.price
    );
    assert!(r.seller.commission < a.seller.commission);
    assert!(
        r.weeks_late <= a.weeks_late,
        "the team now plans to a date it can meet"
    );
}

#[test]
fn rebaselining_a_guessed_scope_item_reprices_it() {
    let mut review = at_review("02_integration_claim", "two.overpromise");
    let s = review.scenario_arc().clone();
    let app = s.promise_by_key("p_app_all").unwrap();
    let Rebaseline::Repriced(item) = review.rebaseline_result(app) else {
        panic!("the app was sold at the seller's guess");
    };
    let before = review.state().sales.deal.as_ref().unwrap().price;
    review
        .apply_as(Seat::DeliveryLead, Action::Rebaseline(app))
        .unwrap();
    let after = review.state().sales.deal.as_ref().unwrap().price;
    let scope = &s.offer.scope[item.ix()];
    let discount = review.state().sales.deal.as_ref().unwrap().discount_pct;
    let expected =
        s.offer.day_rate * (scope.true_effort - scope.sales_estimate) * (1.0 - discount / 100.0);
    assert!(
        (after - before - expected).abs() < 0.5,
        "{before} -> {after}"
    );
    assert!(
        review.state().pid.contains(&PidItem::Promise(app)),
        "re-priced, still promised"
    );
    // Querying tells the same numbers the re-pricing used, and only once.
    let q = Action::QueryPid(PidItem::Promise(app));
    review.apply_as(Seat::DeliveryLead, q.clone()).unwrap();
    assert_eq!(review.refusal(&q), Some(Refusal::AlreadyAsked));
    assert_eq!(
        review.item_days(PidItem::Promise(app)),
        (scope.true_effort, scope.true_effort)
    );
}

#[test]
fn a_left_out_promise_surfaces_naming_the_seller() {
    let session = play("01_first_client", "two.overpromise");
    let s = session.scenario();
    let named: Vec<&str> = session
        .log()
        .iter()
        .filter_map(|e| match e {
            Event::PromiseSurfaced {
                promise,
                promised_by: Seat::Seller,
            } => Some(s.promises[promise.ix()].key.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(named, vec!["p_training", "p_monthly_calls"]);
    let lead = session.seat_view(Seat::DeliveryLead);
    assert_eq!(lead.surfaced.len(), 2);
    // Solo: the same play names nobody.
    let solo = play("01_first_client", "overpromise");
    assert!(
        !solo
            .log()
            .iter()
            .any(|e| matches!(e, Event::PromiseSurfaced { .. }))
    );
}

#[test]
fn the_two_role_debrief_marks_the_gaps_and_the_reports_show_it() {
    let session = play("01_first_client", "two.overpromise");
    let d = session.debrief(false).unwrap();
    let two = d.two_roles.as_ref().unwrap();
    let s = session.scenario();
    let gaps: Vec<&str> = two
        .handoff
        .iter()
        .filter(|l| l.gap())
        .map(|l| s.promises[l.promise.ix()].key.as_str())
        .collect();
    assert_eq!(gaps, vec!["p_training", "p_monthly_calls"]);
    assert!(two.handoff.iter().any(|l| l.rebaselined));
    assert_eq!(two.commission_cut, s.sales.rebaseline_commission_share);
    // The text report wraps its lines: read it with its whitespace flattened.
    let text = overpromise::report::text(&session, &d)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("GAP: left out of the document"), "{text}");
    assert!(text.contains("the seller said it anyway"));
    let md = overpromise::report::markdown(&session, &d);
    assert!(md.contains("## The delivery lead's review of the PID"));
    let html = overpromise::report::html(&session, &d);
    assert!(html.contains("<h2>Who flagged what, and what was said anyway</h2>"));
}

#[test]
fn play_prints_the_flags_and_the_review_of_every_two_role_script() {
    for stem in LEVELS {
        for kind in ["two.careful", "two.overpromise"] {
            let level = root().join(format!("levels/{stem}.scenario.ron"));
            let script = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let code = cli::run(
                [
                    "overpromise",
                    "play",
                    level.to_str().unwrap(),
                    "--script",
                    script.to_str().unwrap(),
                    "--no-what-if",
                ],
                &mut out,
                &mut err,
            );
            let out = String::from_utf8(out).unwrap();
            assert_eq!(code, 0, "{stem}.{kind}: {}", String::from_utf8_lossy(&err));
            assert!(
                out.contains("WHO FLAGGED WHAT, AND WHAT WAS SAID ANYWAY"),
                "{stem}.{kind}"
            );
            assert!(out.contains("the delivery lead flagged"), "{stem}.{kind}");
            assert!(out.contains("THE DELIVERY LEAD'S REVIEW"), "{stem}.{kind}");
            assert!(out.contains("The delivery lead accepted the document."));
        }
    }
}

#[test]
fn a_script_step_by_the_wrong_seat_is_refused_with_its_place() {
    let s = level("01_first_client");
    let script = parse_script(
        "Script(mode: TwoRoles, steps: [Seller(Choose(\"fc_ask\")), Lead(Choose(\"as_meet\"))])",
        "x.ron",
    )
    .unwrap();
    let (session, result) = start_and_run(s, 1, &script);
    let e = result.unwrap_err();
    assert_eq!(e.step, 2, "{e}");
    assert!(
        e.to_string().contains("that is the seller's decision"),
        "{e}"
    );
    assert_eq!(session.actions().len(), 1);
}

// ---- views ----------------------------------------------------------------------------------

/// The forbidden content of each seat's view now, as readable problems (empty: no leak).
///
/// - The delivery lead's view (and an observer's, who sees what the lead sees) holds no ledger,
///   no commission figure, no price while the game is played (the debrief shows the company's
///   figures), and never a promise (its id or its words) that the document leaves out and that
///   was made in a meeting delivery did not attend, unless it has surfaced in delivery.
/// - The seller's view holds the team's numbers (notes and flags) only for meetings delivery
///   attended.
/// - While the game is played, no view holds the words of a client fact nobody has found (in a
///   meeting or in delivery).
fn leaks(session: &Session, lead: &Value, seller: &Value) -> Vec<String> {
    let s = session.scenario();
    let st = session.state();
    let mut out = Vec::new();
    let lead_text = lead.to_string();
    let mut commissions = Vec::new();
    collect_numbers(lead, "commission", &mut commissions);
    if commissions.iter().any(|c| *c != 0.0) {
        out.push(format!(
            "the delivery lead's view holds the commission: {commissions:?}"
        ));
    }
    if lead["ledger"].as_array().is_some_and(|a| !a.is_empty()) {
        out.push("the delivery lead's view holds the ledger".into());
    }
    let mut prices = Vec::new();
    collect_numbers(lead, "price", &mut prices);
    if !prices.is_empty() && !session.is_over() {
        out.push(format!(
            "the delivery lead's view holds a price: {prices:?}"
        ));
    }
    for p in hidden_promises(session) {
        let key = format!("\"{}\"", s.promises[p.ix()].key);
        if lead_text.contains(&key) {
            out.push(format!("the delivery lead's view holds {key}"));
        }
        if let overpromise::scenario::model::PromiseKind::Extra { text, .. } =
            &s.promises[p.ix()].kind
            && lead_text.contains(text.as_str())
        {
            out.push(format!("the delivery lead's view holds the words of {key}"));
        }
    }
    let surfaced = st.delivery.as_ref().map(|d| d.needs_surfaced.clone());
    for (i, f) in s.facts.iter().enumerate() {
        // The debrief names the needs nobody found: that is its lesson.
        let found =
            st.sales.known[i] || surfaced.as_ref().is_some_and(|n| n[i]) || session.is_over();
        for (who, v) in [("delivery lead", lead), ("seller", seller)] {
            if !found && v.to_string().contains(&json_text(&f.text)) {
                out.push(format!("the {who}'s view holds the unfound fact {}", f.key));
            }
        }
    }
    // A meeting is named by its id in a role view's notes and by its name in the debrief's flags.
    let attended: Vec<String> = s
        .meetings
        .iter()
        .zip(&st.sales.attended)
        .filter(|(_, a)| !a.is_empty())
        .flat_map(|(m, _)| [m.key.clone(), m.name.clone()])
        .collect();
    let mut notes = Vec::new();
    collect_notes(seller, &mut notes);
    for m in notes {
        if !attended.contains(&m) {
            out.push(format!(
                "the seller's view holds the team's numbers for meeting {m}, which delivery did not attend"
            ));
        }
    }
    out
}

/// A text as it appears inside a JSON string (quotes and backslashes escaped).
fn json_text(t: &str) -> String {
    let quoted = serde_json::to_string(t).unwrap();
    quoted[1..quoted.len() - 1].to_owned()
}

/// Every figure a view holds under the key `key`.
fn collect_numbers(v: &Value, key: &str, out: &mut Vec<f64>) {
    match v {
        Value::Object(map) => {
            if let Some(p) = map.get(key).and_then(Value::as_f64) {
                out.push(p);
            }
            map.values().for_each(|x| collect_numbers(x, key, out));
        }
        Value::Array(items) => items.iter().for_each(|x| collect_numbers(x, key, out)),
        _ => {}
    }
}

/// The promises the delivery lead must not know of now: before the handoff, every promise made
/// without delivery in the room; after it, those of them the document leaves out that have not
/// surfaced (nor been re-baselined, which the lead asked for from the document).
fn hidden_promises(session: &Session) -> Vec<overpromise::scenario::model::PromiseId> {
    let st = session.state();
    let unheard =
        |e: &&overpromise::engine::LedgerEntry| st.sales.attended[e.meeting.ix()].is_empty();
    if matches!(
        st.phase,
        Phase::Invite(_) | Phase::Beat(..) | Phase::Handoff
    ) {
        return st
            .ledger
            .iter()
            .filter(unheard)
            .map(|e| e.promise)
            .collect();
    }
    st.ledger
        .iter()
        .chain(st.roles.withdrawn.iter())
        .filter(unheard)
        .filter(|e| !st.pid.contains(&PidItem::Promise(e.promise)))
        .filter(|e| !st.roles.surfaced.contains(&e.promise))
        .filter(|e| !st.roles.rebaselined(e.promise))
        .map(|e| e.promise)
        .collect()
}

/// Every `meeting` of an object holding the team's numbers (`team`).
fn collect_notes(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if map.contains_key("team")
                && let Some(m) = map.get("meeting").and_then(Value::as_str)
            {
                out.push(m.to_owned());
            }
            map.values().for_each(|x| collect_notes(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| collect_notes(x, out)),
        _ => {}
    }
}

fn views(session: &Session) -> (Value, Value) {
    let to = |v: RoleView| serde_json::to_value(v).expect("a view serialises");
    (
        to(session.seat_view(Seat::DeliveryLead)),
        to(session.seat_view(Seat::Seller)),
    )
}

/// Every way a view can be asked for: each level of support, coach mode on and off.
fn every_option() -> Vec<ViewOptions> {
    Support::ALL
        .into_iter()
        .flat_map(|support| {
            [false, true].map(|coach| ViewOptions {
                support,
                coach,
                ..Default::default()
            })
        })
        .collect()
}

/// Checks the delivery lead's and an observer's views against the seller's, at every level of
/// support with coach mode on and off (`all_options`; else the session's own).
fn assert_no_leak_at(session: &Session, at: &str, all_options: bool) {
    if session.mode() != TableMode::TwoRoles {
        return;
    }
    let options = if all_options {
        every_option()
    } else {
        vec![session.options()]
    };
    let to = |v: RoleView| serde_json::to_value(v).expect("a view serialises");
    for opts in options {
        let seller = to(session.view(Viewer::Seat(Seat::Seller), opts));
        for viewer in [Viewer::Seat(Seat::DeliveryLead), Viewer::Observer] {
            let lead = to(session.view(viewer, opts));
            let found = leaks(session, &lead, &seller);
            assert!(found.is_empty(), "{at}, {viewer:?} at {opts:?}: {found:?}");
        }
    }
}

fn assert_no_leak(session: &Session, at: &str) {
    assert_no_leak_at(session, at, true);
}

#[test]
fn role_views_leak_nothing_in_the_shipped_two_role_scripts() {
    for stem in LEVELS {
        for kind in ["two.careful", "two.overpromise"] {
            play(stem, kind);
        }
    }
}

#[test]
fn role_views_leak_nothing_in_random_two_role_play() {
    let (mut checked, mut with_gaps) = (0, 0);
    for stem in LEVELS {
        for seed in 0..25u64 {
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed ^ 0x5eed);
            let mut session = two_roles(stem, seed);
            // Lean toward leaving things out of the document, so gaps exist to leak.
            while !session.is_over() {
                // Walking away would end most sales before there is a document to leak.
                let mut legal = session.legal_actions();
                legal.retain(|a| *a != Action::WalkAway);
                let pick = if session.phase() == Phase::Handoff && rng.next_u64() % 5 < 3 {
                    Action::SubmitPid
                } else {
                    legal[(rng.next_u64() % legal.len() as u64) as usize].clone()
                };
                session.apply(pick).unwrap();
                // Every option on one seed a level (the shipped scripts check them all).
                assert_no_leak_at(&session, &format!("{stem} seed {seed}"), seed == 0);
                checked += 1;
                if session.phase() == Phase::Delivery && !hidden_promises(&session).is_empty() {
                    with_gaps += 1;
                }
            }
        }
    }
    assert!(checked > 500, "{checked}");
    assert!(
        with_gaps > 20,
        "too few states with a gap to leak: {with_gaps}"
    );
}

#[test]
fn the_leak_checker_finds_a_planted_leak() {
    // The overpromising play leaves p_training out of the document, made without delivery.
    let session = play("01_first_client", "two.overpromise");
    let mut at_review = at_review("01_first_client", "two.overpromise");
    let (mut lead, mut seller) = views(&at_review);
    assert!(leaks(&at_review, &lead, &seller).is_empty());
    // 1. A left-out promise in the delivery lead's view.
    lead["pid"]
        .as_array_mut()
        .unwrap()
        .push(Value::String("p_training".into()));
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1);
    // 2. The commission in the delivery lead's view.
    let (mut lead, _) = views(&at_review);
    lead["commission"] = Value::from(1234.0);
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1);
    lead["commission"] = Value::Null;
    lead["planted"] = serde_json::json!({ "scorecard": { "commission": 1234.0 } });
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1);
    // 3. The team's numbers for an unattended meeting in the seller's view.
    let (lead, _) = views(&at_review);
    let flag = seller["flags"][0].clone();
    let mut planted = flag.clone();
    planted["note"]["meeting"] = Value::String("qualified".into());
    seller["flags"].as_array_mut().unwrap().push(planted);
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1, "{seller}");
    // 4. The deal's price in the delivery lead's view.
    let (mut lead, seller) = views(&at_review);
    lead["planted"] = serde_json::json!({ "price": 48000.0 });
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1);
    // 5. The words of a fact nobody has found, in either view.
    let unfound = at_review
        .scenario()
        .facts
        .iter()
        .enumerate()
        .find(|(i, _)| !at_review.state().sales.known[*i])
        .map(|(_, f)| f.text.clone())
        .expect("the overpromising play leaves a need unfound");
    let (lead, mut seller) = views(&at_review);
    seller["planted"] = Value::String(unfound);
    assert_eq!(leaks(&at_review, &lead, &seller).len(), 1);
    // And the views themselves, all the way through, are clean.
    at_review.apply(Action::AcceptPid).unwrap();
    let (lead, seller) = views(&session);
    assert!(leaks(&session, &lead, &seller).is_empty());
}

#[test]
fn the_delivery_lead_sees_the_notes_and_the_seller_sees_them_only_with_delivery_in_the_room() {
    let s = level("02_integration_claim");
    let mut session = two_roles("02_integration_claim", 11);
    for k in ["ex_listen", "en_meeting", "bu_payback", "ti_ask"] {
        session
            .apply(Action::Choose(s.answer_by_key(k).unwrap()))
            .unwrap();
    }
    let mut alone = session.clone();
    session
        .apply(Action::Invite(vec![scenario::model::Role::SeniorDesigner]))
        .unwrap();
    session
        .apply(Action::Choose(s.answer_by_key("od_shadow").unwrap()))
        .unwrap();
    let lead = session.seat_view(Seat::DeliveryLead);
    let beat = lead.beat.as_ref().expect("the lead is in the room");
    let ls_yes = beat.answers.iter().find(|o| o.answer == "ls_yes").unwrap();
    assert!(matches!(ls_yes.notes[0].concern, FlagConcern::Claim(_)));
    assert_eq!(
        session.seat_view(Seat::Seller).beat,
        lead.beat,
        "both sit at the screen"
    );
    assert!(lead.your_turn && session.seat_view(Seat::Seller).your_turn);

    alone.apply(Action::Invite(vec![])).unwrap();
    alone
        .apply(Action::Choose(s.answer_by_key("od_shadow").unwrap()))
        .unwrap();
    assert!(alone.seat_view(Seat::DeliveryLead).beat.is_none());
    assert!(!alone.seat_view(Seat::DeliveryLead).your_turn);
    let seller = alone.seat_view(Seat::Seller);
    assert!(
        seller
            .beat
            .unwrap()
            .answers
            .iter()
            .all(|o| o.notes.is_empty()),
        "no true estimates without delivery"
    );
}

#[test]
fn delivery_starts_at_the_review_in_two_roles_and_at_the_handoff_solo() {
    for (kind, mode) in [
        ("two.careful", TableMode::TwoRoles),
        ("careful", TableMode::Solo),
    ] {
        let s = crate::common::level("01_first_client");
        let text = std::fs::read_to_string(
            crate::common::root().join(format!("tests/scripts/01_first_client.{kind}.ron")),
        )
        .unwrap();
        let script = overpromise::engine::script::parse_script(&text, kind).unwrap();
        let (played, result) =
            overpromise::engine::script::start_and_run(s.clone(), s.default_seed, &script);
        result.unwrap();
        let mut replay = Session::with_mode(s.clone(), s.default_seed, played.mode());
        let mut starts = 0;
        for a in played.actions() {
            let before = replay.phase();
            let starting = replay.starts_delivery(a);
            assert_eq!(
                replay.before_delivery(),
                before
                    == match mode {
                        TableMode::TwoRoles => Phase::Review,
                        TableMode::Solo => Phase::Handoff,
                    }
            );
            replay.apply(a.clone()).unwrap();
            assert_eq!(
                starting,
                before != Phase::Delivery && replay.phase() == Phase::Delivery,
                "{kind}: {a:?}"
            );
            starts += usize::from(starting);
        }
        assert_eq!(starts, 1, "{kind}");
    }
}

#[test]
fn only_the_delivery_lead_at_the_review_sees_what_a_rebaselining_would_cost() {
    let s = crate::common::level("01_first_client");
    let text = std::fs::read_to_string(
        crate::common::root().join("tests/scripts/01_first_client.two.overpromise.ron"),
    )
    .unwrap();
    let script = parse_script(&text, "two.overpromise").unwrap();
    let (played, _) = start_and_run(s.clone(), s.default_seed, &script);
    let mut session = Session::with_mode(s.clone(), s.default_seed, TableMode::TwoRoles);
    let mut seen = 0;
    for a in played.actions() {
        let lead = session.seat_view(Seat::DeliveryLead);
        assert!(session.seat_view(Seat::Seller).rebaseline_costs.is_empty());
        if session.phase() != Phase::Review {
            assert!(lead.rebaseline_costs.is_empty(), "{:?}", session.phase());
        }
        for c in &lead.rebaseline_costs {
            seen += 1;
            // What the meeting then really does is what the view said it would.
            let p = s.promise_by_key(&c.promise).unwrap();
            let mut copy = session.clone();
            copy.apply_as(Seat::DeliveryLead, Action::Rebaseline(p))
                .unwrap();
            let cut =
                copy.seller_scorecard().rebaseline_cut - session.seller_scorecard().rebaseline_cut;
            assert!((cut - c.commission_share).abs() < 1e-6, "{cut} vs {c:?}");
            assert!(copy.state().roles.rebaselined(p));
        }
        session.apply(a.clone()).unwrap();
    }
    assert!(seen > 0, "the review offered a re-baselining");
}

#[test]
fn a_seat_sees_only_its_own_retrospective_answer() {
    let s = crate::common::level("01_first_client");
    let text = std::fs::read_to_string(
        crate::common::root().join("tests/scripts/01_first_client.two.careful.ron"),
    )
    .unwrap();
    let (mut session, result) = start_and_run(
        s.clone(),
        s.default_seed,
        &parse_script(&text, "two.careful").unwrap(),
    );
    result.unwrap();
    for (seat, words) in [
        (Seat::Seller, "SELLER-ONLY words"),
        (Seat::DeliveryLead, "LEAD-ONLY words"),
    ] {
        session
            .apply_as(
                seat,
                Action::Retro(seat, overpromise::engine::RetroAnswer::new(words, "x")),
            )
            .unwrap();
    }
    for (seat, mine, theirs) in [
        (Seat::Seller, "SELLER-ONLY", "LEAD-ONLY"),
        (Seat::DeliveryLead, "LEAD-ONLY", "SELLER-ONLY"),
    ] {
        let view = serde_json::to_string(&session.seat_view(seat)).unwrap();
        assert!(view.contains(mine), "{seat:?} sees its own answer");
        assert!(!view.contains(theirs), "{seat:?} must not see the other's");
    }
}
