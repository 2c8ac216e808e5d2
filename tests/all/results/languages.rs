//! xAPI statements carry the language they were made in: every display map keeps `en-US` (what
//! every store and report reads) and adds the language of the record when it is another; a
//! scenario played in German is named in both; `context.language` says which.

use super::*;
use overpromise::wording::i18n::Language;

/// A session of level 01 played in German.
pub(super) fn played_in_german(at: u64) -> SessionRecord {
    SessionRecord {
        title: "Der erste Kunde".into(),
        source_title: "First Client".into(),
        language: "de".into(),
        ..session(72.0, &["a", "b", "c"], at)
    }
}

/// A drill played in German.
pub(super) fn drilled_in_german(at: u64) -> DrillRecord {
    DrillRecord {
        language: "de".into(),
        ..drill(0.9, 3.0, at)
    }
}

#[test]
fn in_english_the_maps_are_english_only() {
    let st = settings();
    let pair = xapi::session_statements(&st, &session(72.0, &["a", "b", "c"], 1));
    let s = &pair[1];
    check_statement(s);
    assert_eq!(
        s["verb"]["display"],
        serde_json::json!({ "en-US": "passed" })
    );
    assert_eq!(
        s["object"]["definition"]["name"],
        serde_json::json!({ "en-US": "Your first client" })
    );
    assert_eq!(s["context"]["language"], "en-US");
    let drill = xapi::drill_statements(&st, &drill(0.9, 3.0, 2));
    assert_eq!(
        drill[0]["object"]["definition"]["name"],
        serde_json::json!({ "en-US": "Pitch-pacing drill" })
    );
    assert_eq!(
        drill[0]["verb"]["display"],
        serde_json::json!({ "en-US": "completed" })
    );
}

#[test]
fn in_german_every_map_adds_de_de_and_keeps_en_us() {
    let st = settings();
    let pair = xapi::session_statements(&st, &played_in_german(1));
    for s in pair.as_array().unwrap() {
        check_statement(s);
        assert_eq!(s["context"]["language"], "de-DE");
        assert_eq!(
            s["object"]["definition"]["name"],
            serde_json::json!({ "en-US": "First Client", "de-DE": "Der erste Kunde" })
        );
    }
    assert_eq!(
        pair[0]["verb"]["display"],
        serde_json::json!({ "en-US": "completed", "de-DE": "abgeschlossen" })
    );
    assert_eq!(
        pair[1]["verb"]["display"],
        serde_json::json!({ "en-US": "passed", "de-DE": "bestanden" })
    );
    let failed = xapi::session_statements(
        &st,
        &SessionRecord {
            checks_passed: Vec::new(),
            ..played_in_german(2)
        },
    );
    assert_eq!(
        failed[1]["verb"]["display"],
        serde_json::json!({ "en-US": "failed", "de-DE": "nicht bestanden" })
    );
    let drill = xapi::drill_statements(&st, &drilled_in_german(3));
    check_statement(&drill[1]);
    assert_eq!(
        drill[1]["object"]["definition"]["name"],
        serde_json::json!({ "en-US": "Pitch-pacing drill", "de-DE": "Pitch-Tempo-Übung" })
    );
    assert_eq!(drill[1]["context"]["language"], "de-DE");
}

#[test]
fn every_language_of_the_program_has_its_display_words() {
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(xapi::display_languages(), codes);
    // The tags are the program's: a German record is keyed as the wording module keys German.
    let pair = xapi::session_statements(&settings(), &played_in_german(1));
    assert!(pair[0]["verb"]["display"][Language::German.tag()].is_string());
}

#[test]
fn the_csv_names_a_german_session_by_its_english_title() {
    let dir = tempfile::tempdir().unwrap();
    let st = settings();
    xapi::keep(
        dir.path(),
        &st,
        &xapi::session_statements(&st, &played_in_german(1)),
    )
    .unwrap();
    let (csv, problems) = xapi::results_csv(dir.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert!(csv.contains(",First Client,"), "{csv}");
}
