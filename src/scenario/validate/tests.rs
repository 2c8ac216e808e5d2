//! Unit tests of the validator's play-order reasoning and messages.

use super::*;

const FIXTURE: &str = include_str!("../../../tests/fixtures/minimal.scenario.ron");

/// The fixture with the `d_board` beat's `when` replaced; returns the problems' lines.
fn with_board_when(when: &str) -> Vec<String> {
    let src = FIXTURE.replace("when: Knows(\"board_date\"),", &format!("when: {when},"));
    assert_ne!(src, FIXTURE);
    match super::super::parse_raw(&src, "t.ron").map(|raw| validate(&raw)) {
        Ok(Ok(_)) => Vec::new(),
        Ok(Err(problems)) => problems.iter().map(ToString::to_string).collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn earlier_beats_and_meetings_are_visible() {
    assert_eq!(
        with_board_when("Chose(\"ask_records\")"),
        Vec::<String>::new()
    );
    assert_eq!(
        with_board_when("Promised(\"p_eight_weeks\")"),
        Vec::<String>::new()
    );
    assert_eq!(
        with_board_when("Knows(\"legacy_records\")"),
        Vec::<String>::new()
    );
    assert_eq!(
        with_board_when("Involved(SeniorDesigner)"),
        Vec::<String>::new()
    );
}

#[test]
fn any_needs_one_branch_and_not_is_not_judged() {
    assert_eq!(
        with_board_when("Any([Chose(\"discount\"), Always])"),
        Vec::<String>::new()
    );
    assert_eq!(
        with_board_when("Not(Chose(\"discount\"))"),
        Vec::<String>::new()
    );
    assert_eq!(
        with_board_when("All([Always, Chose(\"discount\")])"),
        [
            "sales.meetings[1].beats[1].when: unreachable: answer \"discount\" is only \
          offered later, at sales.meetings[2].beats[0]"
        ]
    );
    assert_eq!(
        with_board_when("Any([Chose(\"hold_price\"), Involved(ProjectManager)])"),
        [
            "sales.meetings[1].beats[1].when: unreachable: no alternative can hold: answer \
          \"hold_price\" is only offered later, at sales.meetings[2].beats[0]"
        ]
    );
    assert_eq!(
        with_board_when("Not(Always)"),
        ["sales.meetings[1].beats[1].when: unreachable: Not(Always) never holds"]
    );
}

#[test]
fn unknown_ids_inside_nested_conditions_have_their_path() {
    assert_eq!(
        with_board_when("Not(All([Always, Knows(\"parking\")]))"),
        [
            "sales.meetings[1].beats[1].when.Not.All[1]: unknown fact \"parking\" \
          (known: legacy_records, board_date)"
        ]
    );
    assert_eq!(
        with_board_when("TrustAtLeast(\"dana\", 120.0)"),
        ["sales.meetings[1].beats[1].when: must be from 0 to 100, not 120"]
    );
}

#[test]
fn known_lists_are_shortened() {
    let names: Vec<String> = (0..15).map(|i| format!("s{i}")).collect();
    let ids = Ids::new(
        "stakeholder",
        "stakeholders",
        names.iter().map(|n| (n.as_str(), String::new())),
    );
    assert_eq!(
        ids.known(),
        "known: s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, and 3 more"
    );
    let none = Ids::new("claim", "claims", std::iter::empty());
    assert_eq!(none.known(), "no claims are defined");
}

/// The minimal fixture with `from` replaced by `to`; returns the problems' lines.
fn with(from: &str, to: &str) -> Vec<String> {
    let src = FIXTURE.replace(from, to);
    assert_ne!(src, FIXTURE, "{from} is not in the fixture");
    match super::super::parse_raw(&src, "t.ron").map(|raw| validate(&raw)) {
        Ok(Ok(_)) => Vec::new(),
        Ok(Err(problems)) => problems.iter().map(ToString::to_string).collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn a_discount_written_as_a_share_and_a_share_written_as_a_percentage_are_refused_with_their_place()
{
    // Discounts are in percent: 0.1 is a tenth of a percent, surely meant as 10 %.
    let p = with("kind: Discount(10.0)", "kind: Discount(0.1)");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("p_discount") || p[0].contains("promises"),
        "{p:?}"
    );
    assert!(
        p[0].contains("looks like a share") && p[0].contains("write 10 for 10 %"),
        "{p:?}"
    );
    // Shares are from 0 to 1: 2 (%) is surely meant as 0.02.
    let p = with(
        "late_penalty_per_week: 0.02,",
        "late_penalty_per_week: 2.0,",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("offer.late_penalty_per_week"), "{p:?}");
    assert!(p[0].contains("a share: write 0.02 for 2 %"), "{p:?}");
    // The refund share of dropped scope is a share too, and a new field with a default.
    let p = with("day_rate: 900.0,", "day_rate: 900.0, descope_refund: 50.0,");
    assert!(
        p[0].contains("offer.descope_refund") && p[0].contains("write 0.5 for 50 %"),
        "{p:?}"
    );
    assert!(with("day_rate: 900.0,", "day_rate: 900.0, descope_refund: 0.5,").is_empty());
}
