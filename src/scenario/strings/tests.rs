//! Strings files: applying a translation, and what is missing, stale, unknown or broken.

use super::*;
use crate::scenario::{self, TranslationCheck, parse_raw, parse_str_in};

fn level(stem: &str) -> String {
    let path = format!("{}/levels/{stem}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const LEVEL: &str = "01_first_client.scenario.ron";

/// The line (1-based) of the first line of `src` containing `needle`.
fn line_of(src: &str, needle: &str) -> usize {
    src.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not found"))
        + 1
}

fn strings(text: &str) -> Strings {
    parse_strings(text, "x.de.ron").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_translation_is_applied_before_validation_and_a_missing_one_falls_back_to_english() {
    let src = level(LEVEL);
    let s = strings(
        r#"{
            "title": (source: "First Client", text: "Der erste Kunde"),
            "stakeholder.ruth.role": (
                source: "Founder and clinical director",
                text: "Gründerin und fachliche Leiterin",
            ),
        }"#,
    );
    let t = parse_str_in(&src, LEVEL, &s, "de").unwrap();
    assert_eq!(t.translated, 2);
    assert_eq!(t.scenario.title, "Der erste Kunde");
    assert_eq!(t.scenario.source_title, "First Client");
    assert_eq!(t.scenario.language, "de");
    assert_eq!(
        t.scenario.stakeholders[0].role,
        "Gründerin und fachliche Leiterin"
    );
    // Not translated: the English, and each one reported with its place.
    assert_eq!(t.scenario.client.name, "Marlow Physio");
    let english = parse_raw(&src, LEVEL).unwrap();
    assert_eq!(t.issues.len(), texts(&english).len() - 2);
    let summary = t
        .issues
        .iter()
        .find(|i| matches!(i, Issue::Missing { key, .. } if key == "summary"))
        .expect("the summary is missing");
    assert_eq!(
        summary,
        &Issue::Missing {
            key: "summary".into(),
            path: "summary".into(),
            line: Some(line_of(&src, "summary: \"Marlow Physio runs")),
            empty: false,
        }
    );
    let advice = t
        .issues
        .iter()
        .find(|i| matches!(i, Issue::Missing { key, .. } if key == "answer.dk_walk.advice"))
        .expect("an answer's advice is a text");
    let Issue::Missing { path, line, .. } = advice else {
        unreachable!()
    };
    assert_eq!(path, "sales.meetings[1].beats[0].answers[0].advice");
    assert_eq!(
        *line,
        Some(line_of(&src, "Priya (project manager): Good. Watch"))
    );
}

#[test]
fn a_stale_entry_shows_the_english_and_is_reported_with_both_places() {
    let src = level(LEVEL);
    let text = "{\n    \"title\": (\n        source: \"First client\",\n        text: \"Der erste Kunde\",\n    ),\n}\n";
    let t = parse_str_in(&src, LEVEL, &strings(text), "de").unwrap();
    assert_eq!(
        t.scenario.title, "First Client",
        "a stale text is not shown"
    );
    assert_eq!(t.scenario.language, "en", "nothing was translated");
    let stale = Issue::Stale {
        key: "title".into(),
        line: Some(2),
        english_line: Some(line_of(&src, "title: \"First Client\"")),
    };
    assert!(t.issues.contains(&stale), "{:?}", t.issues);
    assert_eq!(
        stale.describe(LEVEL, "x.de.ron"),
        format!(
            "x.de.ron:2: \"title\" is stale: its source is not the English at {LEVEL}:{} any \
             more; the English is shown until source and text are updated",
            line_of(&src, "title: \"First Client\"")
        )
    );
}

#[test]
fn unknown_duplicate_and_empty_entries_are_reported_with_their_lines() {
    let src = level(LEVEL);
    let text = r#"{
    "title": (source: "First Client", text: "Der erste Kunde"),
    "meeting.nowhere.name": (source: "Lunch", text: "Mittagessen"),
    "title": (source: "First Client", text: "Erster Kunde"),
    "summary": (source: "Marlow Physio runs six physiotherapy clinics and opens a seventh in nine weeks. Patients cannot book after six in the evening, and the founder has a dream about home-exercise videos. Your first deal: will you scope it alone, or bring the people who will build it?", text: " "),
}"#;
    let t = parse_str_in(&src, LEVEL, &strings(text), "de").unwrap();
    assert_eq!(
        t.scenario.title, "Der erste Kunde",
        "the first of two is used"
    );
    assert!(t.issues.contains(&Issue::Unknown {
        key: "meeting.nowhere.name".into(),
        line: Some(3),
    }));
    assert!(t.issues.contains(&Issue::Duplicate {
        key: "title".into(),
        line: Some(4),
        first_line: Some(2),
    }));
    assert!(t.issues.iter().any(|i| matches!(
        i,
        Issue::Missing { key, empty: true, .. } if key == "summary"
    )));
    assert!(t.scenario.summary.starts_with("Marlow Physio runs"));
}

#[test]
fn a_broken_strings_file_is_an_error_with_its_place_never_a_panic() {
    for (text, line) in [
        ("{\n  \"title\": (source: \"a\", txt: \"b\"),\n}", 2),
        ("{\n  \"title\": (source: \"a\"),\n}", 2),
        ("[\"title\"]", 1),
        (
            "{\n  \"title\": (source: \"a\", text: \"b\")\n  \"summary\": x\n}",
            3,
        ),
        ("", 1),
    ] {
        match parse_strings(text, "x.de.ron") {
            Err(LoadError::Syntax { line: l, .. }) => assert_eq!(l, line, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    let deep = format!("{}{}", "{\"a\":".repeat(40), "}".repeat(40));
    assert!(matches!(
        parse_strings(&deep, "x.de.ron"),
        Err(LoadError::TooDeep { .. })
    ));
    // A check of a broken strings file reports it; the level itself still loads.
    let check = TranslationCheck::of_text(
        &level(LEVEL),
        LEVEL,
        Ok("{ \"title\": 3 }".into()),
        "x.de.ron",
        "de",
    )
    .unwrap();
    assert!(check.result.is_err());
    assert!(
        check.lines(LEVEL)[0].starts_with("x.de.ron:1:"),
        "{:?}",
        check.lines(LEVEL)
    );
}

#[test]
fn a_blank_translation_is_never_applied_so_the_rules_still_hold() {
    let src = level(LEVEL);
    let t = parse_str_in(
        &src,
        LEVEL,
        &strings(r#"{ "title": (source: "First Client", text: "   ") , "client.name": (source: "Marlow Physio", text: "Marlow") }"#),
        "de",
    )
    .unwrap();
    // The blank title counts as not translated (a title must not be empty); the name is applied.
    assert_eq!(t.scenario.title, "First Client");
    assert_eq!(t.scenario.client.name, "Marlow");
    assert!(t.refused.is_empty());
}

#[test]
fn the_german_level_01_is_complete_and_current() {
    let src = level(LEVEL);
    let de = level("01_first_client.de.ron");
    let check = TranslationCheck::of_text(&src, LEVEL, Ok(de), "01_first_client.de.ron", "de")
        .expect("level 01 loads");
    assert_eq!(check.lines(LEVEL), Vec::<String>::new());
    let t = check.result.unwrap();
    let english = parse_raw(&src, LEVEL).unwrap();
    assert_eq!(t.translated, texts(&english).len());
    assert_eq!(t.scenario.title, "Der erste Kunde");
    assert_eq!(t.scenario.language, "de");
    // Advice keeps its speaker (read from the English) and reads in German.
    let walk = t
        .scenario
        .answers
        .iter()
        .find(|a| a.key == "dk_walk")
        .unwrap();
    assert!(
        walk.advice
            .as_deref()
            .unwrap()
            .starts_with("Priya (Projektleitung): ")
    );
    assert_eq!(
        walk.advice_by,
        Some(crate::scenario::model::Role::ProjectManager)
    );
    // Every text is German, not a copy of the English (names of people and places aside).
    let german = texts(&{
        let mut raw = english.clone();
        translate(&mut raw, &src, &strings(&level("01_first_client.de.ron")));
        raw
    });
    let same: Vec<&str> = german
        .iter()
        .zip(texts(&english))
        .filter(|(g, e)| g.text == e.text)
        .map(|(g, _)| g.key.as_str())
        .filter(|k| !k.ends_with(".name") || k.starts_with("meeting.") || k.starts_with("scope."))
        .collect();
    assert_eq!(same, Vec::<&str>::new(), "untranslated texts");
}

#[test]
fn keys_are_unique_in_every_shipped_level_and_the_template_round_trips() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
    for path in scenario::scenario_files(&dir).unwrap() {
        let src = std::fs::read_to_string(&path).unwrap();
        let raw = parse_raw(&src, "level").unwrap();
        let all = texts(&raw);
        let keys: HashSet<&str> = all.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys.len(), all.len(), "{}: keys repeat", path.display());
        let t = parse_str_in(&src, "level", &strings(&template(&raw)), "de").unwrap();
        assert_eq!(t.issues, vec![], "{}", path.display());
        assert_eq!(t.translated, all.len());
        // Every English text is found in its file.
        let mut locate = Locator::new(&src);
        for text in &all {
            assert!(
                locate.line(&text.text).is_some(),
                "{}: {} not located",
                path.display(),
                text.key
            );
        }
    }
}

#[test]
fn strings_files_sit_beside_their_level_and_are_never_taken_for_levels() {
    let dir = tempfile::tempdir().unwrap();
    let level = dir.path().join("07_x.scenario.ron");
    for name in [
        "07_x.scenario.ron",
        "07_x.de.ron",
        "07_x.pt-BR.ron",
        "07_x.notes.ron",
        "07_y.de.ron",
        "07_x.DE.ron",
    ] {
        std::fs::write(dir.path().join(name), "{}").unwrap();
    }
    assert_eq!(
        strings_path(&level, "de"),
        Some(dir.path().join("07_x.de.ron"))
    );
    assert_eq!(strings_path(&dir.path().join("x.ron"), "de"), None);
    let found: Vec<String> = strings_files(&level).into_iter().map(|(c, _)| c).collect();
    assert_eq!(found, vec!["de", "pt-BR"]);
    let levels = scenario::scenario_files(dir.path()).unwrap();
    assert_eq!(levels, vec![level]);
}

#[test]
fn loading_in_a_language_uses_its_strings_file_and_survives_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(LEVEL);
    std::fs::write(&path, level(LEVEL)).unwrap();
    let de = dir.path().join("01_first_client.de.ron");
    std::fs::write(&de, level("01_first_client.de.ron")).unwrap();
    assert_eq!(
        scenario::load_file_in(&path, "de").unwrap().title,
        "Der erste Kunde"
    );
    assert_eq!(
        scenario::load_file_in(&path, "en").unwrap().title,
        "First Client"
    );
    assert_eq!(
        scenario::load_file_in(&path, "fr").unwrap().title,
        "First Client"
    );
    std::fs::write(&de, "{ \"title\": (").unwrap();
    assert_eq!(
        scenario::load_file_in(&path, "de").unwrap().title,
        "First Client"
    );
    let checks = scenario::check_translations(&path);
    assert_eq!(checks.len(), 1);
    assert!(checks[0].result.is_err());
}

#[test]
fn quoting_escapes_only_what_ron_needs() {
    assert_eq!(
        quote("we'll \"train\" \\ you\n"),
        r#""we'll \"train\" \\ you\n""#
    );
    let back: String = ron::from_str(&quote("a'b\"c\\d\ne\u{1}")).unwrap();
    assert_eq!(back, "a'b\"c\\d\ne\u{1}");
}

#[test]
fn an_updated_file_keeps_current_translations_and_empties_changed_ones() {
    let src = level(LEVEL);
    let raw = parse_raw(&src, LEVEL).unwrap();
    let old = strings(
        r#"{
        "title": (source: "First Client", text: "Der erste Kunde"),
        "summary": (source: "An older summary.", text: "Eine ältere Zusammenfassung."),
        "meeting.gone.name": (source: "Gone", text: "Weg"),
    }"#,
    );
    let text = updated(&raw, &old);
    let new = strings(&text);
    assert_eq!(
        new.entries.len(),
        texts(&raw).len(),
        "every text, nothing else"
    );
    assert_eq!(new.entries[0].text, "Der erste Kunde");
    assert_eq!(new.entries[1].key, "summary");
    assert_eq!(new.entries[1].text, "", "changed: to be translated again");
    assert!(
        text.contains("    // old text: \"Eine ältere Zusammenfassung.\"\n"),
        "{text}"
    );
    assert!(!text.contains("meeting.gone.name"));
    let (issues, translated) = translate(&mut raw.clone(), &src, &new);
    assert_eq!(translated, 1);
    assert!(
        issues
            .iter()
            .all(|i| matches!(i, Issue::Missing { empty: true, .. }))
    );
}
