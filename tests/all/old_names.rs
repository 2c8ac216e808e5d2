//! Scenario files written before the glossary rename (`milestones:`, `options:`) still load.

use overpromise::scenario::parse_str;

const LEVELS: [&str; 4] = [
    include_str!("../../levels/01_first_client.scenario.ron"),
    include_str!("../../levels/02_integration_claim.scenario.ron"),
    include_str!("../../levels/03_committee_pacing.scenario.ron"),
    include_str!("../../levels/05_plain_words.scenario.ron"),
];

/// The shipped level with the field names authors used before: `milestones` and `options`.
fn old_style(text: &str) -> String {
    let old = text
        .replace("meetings:", &["mile", "stones:"].concat())
        .replace("answers:", &["opt", "ions:"].concat());
    assert_ne!(old, text, "the level has no field to write the old way");
    old
}

#[test]
fn an_old_style_scenario_file_loads_the_same_as_the_new_one() {
    for text in LEVELS {
        let new = parse_str(text, "new.scenario.ron").expect("the shipped level loads");
        let old =
            parse_str(&old_style(text), "old.scenario.ron").expect("the old-style level loads");
        assert_eq!(format!("{old:?}"), format!("{new:?}"));
    }
}

#[test]
fn an_old_style_file_still_reports_its_problems_with_the_new_field_names() {
    let text = old_style(LEVELS[0]);
    let at = text.find("depth: ").expect("a depth");
    let end = at + text[at..].find(',').expect("a comma");
    let broken = format!("{}depth: 9{}", &text[..at], &text[end..]);
    let err = format!(
        "{}",
        parse_str(&broken, "old.scenario.ron").expect_err("depth 9 is refused")
    );
    assert!(err.contains(".answers["), "{err}");
    assert!(err.contains("meetings["), "{err}");
}
