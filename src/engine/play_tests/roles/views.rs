//! Role views that leak nothing, the notes, and who sees what at the review and the retrospective.

use super::*;

/// The forbidden content of each seat's view now, as readable problems (empty: no leak).
///
/// - The delivery lead's view (and an observer's, who sees what the lead sees) holds no ledger,
///   no commission figure, no price while the game is played (the debrief shows the company's
///   figures), and never a promise (its id or its words) that the document leaves
///   out and that was made in a meeting delivery did not attend, unless it has surfaced in
///   delivery.
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
        if let crate::scenario::model::PromiseKind::Extra { text, .. } = &s.promises[p.ix()].kind
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
fn hidden_promises(session: &Session) -> Vec<crate::scenario::model::PromiseId> {
    let st = session.state();
    let unheard = |e: &&crate::engine::LedgerEntry| st.sales.attended[e.meeting.ix()].is_empty();
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

pub(super) fn assert_no_leak(session: &Session, at: &str) {
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
    // (a flag as the engine writes it, on a meeting delivery did not attend)
    let planted = serde_json::json!({
        "answer": "fc_yes",
        "note": { "meeting": "qualified", "concern": { "Deadline": 6 }, "about": "", "said": 6.0, "team": 9.0 },
        "said_anyway": true,
    });
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
        let s = level("01_first_client");
        let text = std::fs::read_to_string(
            root().join(format!("tests/scripts/01_first_client.{kind}.ron")),
        )
        .unwrap();
        let script = crate::engine::script::parse_script(&text, kind).unwrap();
        let (played, result) =
            crate::engine::script::start_and_run(s.clone(), s.default_seed, &script);
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
    let s = level("01_first_client");
    let text =
        std::fs::read_to_string(root().join("tests/scripts/01_first_client.two.overpromise.ron"))
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
    let s = level("01_first_client");
    let text =
        std::fs::read_to_string(root().join("tests/scripts/01_first_client.two.careful.ron"))
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
                Action::Retro(seat, crate::engine::RetroAnswer::new(words, "x")),
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
