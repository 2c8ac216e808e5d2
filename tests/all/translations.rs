//! Scenario translations on the command line: `validate` checks each strings file beside a level
//! (`levels/<stem>.<lang>.ron`) and names what is missing, stale or unknown with its place.

use std::path::{Path, PathBuf};

use overpromise::cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn validate(args: &[&str]) -> (u8, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut all = vec!["overpromise", "validate"];
    all.extend_from_slice(args);
    let code = cli::run(all, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap())
}

/// The 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not found"))
        + 1
}

/// Level 01 and its German strings, copied into `dir` after `edit_level` and `edit_strings`.
fn copy_level_01(
    dir: &Path,
    edit_level: impl FnOnce(String) -> String,
    edit_strings: impl FnOnce(String) -> String,
) -> (PathBuf, PathBuf) {
    let level = dir.join("01_first_client.scenario.ron");
    let strings = dir.join("01_first_client.de.ron");
    let read = |name: &str| std::fs::read_to_string(root().join("levels").join(name)).unwrap();
    std::fs::write(&level, edit_level(read("01_first_client.scenario.ron"))).unwrap();
    std::fs::write(&strings, edit_strings(read("01_first_client.de.ron"))).unwrap();
    (level, strings)
}

#[test]
fn the_shipped_german_level_01_is_complete() {
    for target in [
        root().join("levels").display().to_string(),
        "builtin:01".to_owned(),
    ] {
        let (code, out) = validate(&[&target]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains("01_first_client.de.ron (Deutsch): 122 text(s) translated, 0 to look at"),
            "{out}"
        );
        assert!(
            !out.lines()
                .any(|l| l.starts_with("warning: ") && l.contains("01_first_client.de.ron")),
            "{out}"
        );
    }
}

#[test]
fn validate_reports_a_stale_and_a_missing_german_string_with_their_places() {
    let dir = tempfile::tempdir().unwrap();
    const OLD: &str = "Where do you want to start? Jo has run this front desk for eight years;";
    const NEW: &str = "Where shall we start? Jo has run this front desk for eight years;";
    let (level, strings) = copy_level_01(
        dir.path(),
        // The author rewords a line: its German entry is now stale.
        |l| l.replace(OLD, NEW),
        // The translator has not done the discount answer yet.
        |s| {
            let start = s.find("    \"answer.pr_disc.text\": (").unwrap();
            let end = start + s[start..].find("    ),\n").unwrap() + "    ),\n".len();
            format!("{}{}", &s[..start], &s[end..])
        },
    );
    let (level_text, strings_text) = (
        std::fs::read_to_string(&level).unwrap(),
        std::fs::read_to_string(&strings).unwrap(),
    );
    let (code, out) = validate(&[&level.display().to_string()]);
    assert_eq!(code, 0, "warnings alone do not fail: {out}");
    let (l, s) = (level.display(), strings.display());
    let missing = format!(
        "warning: {l}:{}: sales.meetings[2].beats[0].answers[1].text: no translation: add \
         \"answer.pr_disc.text\" in {s}; the English is shown",
        line_of(&level_text, "Sign this month and I'll take fifteen percent")
    );
    let stale = format!(
        "warning: {s}:{}: \"beat.desk.line\" is stale: its source is not the English at {l}:{} \
         any more; the English is shown until source and text are updated",
        line_of(&strings_text, "\"beat.desk.line\""),
        line_of(&level_text, NEW)
    );
    assert!(out.contains(&missing), "{missing}\nnot in:\n{out}");
    assert!(out.contains(&stale), "{stale}\nnot in:\n{out}");
    assert!(
        out.contains(&format!(
            "translation: {s} (Deutsch): 120 text(s) translated, 2 to look at"
        )),
        "{out}"
    );
    assert!(
        out.contains("1 file checked: 1 valid, 0 invalid, 2 warning(s)"),
        "{out}"
    );
}

#[test]
fn unknown_keys_are_named_and_a_broken_strings_file_fails_without_stopping_the_level() {
    let dir = tempfile::tempdir().unwrap();
    let (level, strings) = copy_level_01(
        dir.path(),
        |l| l,
        |s| s.replace("\"meeting.close.name\"", "\"meeting.closing.name\""),
    );
    let (code, out) = validate(&[&level.display().to_string()]);
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(&strings).unwrap();
    assert!(
        out.contains(&format!(
            "warning: {}:{}: unknown key \"meeting.closing.name\"",
            strings.display(),
            line_of(&text, "meeting.closing.name")
        )),
        "{out}"
    );
    assert!(out.contains("\"meeting.close.name\" in"), "{out}");

    std::fs::write(
        &strings,
        "{\n  \"title\": (source: \"First Client\", text: 7),\n}\n",
    )
    .unwrap();
    let (code, out) = validate(&[&level.display().to_string()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("error: {}:2:", strings.display())),
        "{out}"
    );
    assert!(
        out.contains("01_first_client.de.ron: this strings file (Deutsch) is not used: the level plays in English"),
        "{out}"
    );
    assert!(out.contains("1 valid, 0 invalid"), "{out}");
    // The level itself still loads, in English, for play in German.
    let s = overpromise::scenario::load_file_in(&level, "de").unwrap();
    assert_eq!(s.title, "First Client");
}

#[test]
fn validate_strings_prints_the_file_to_work_on_next() {
    let dir = tempfile::tempdir().unwrap();
    const OLD: &str = "Straight question. Kestrel Digital quoted";
    let (level, _) = copy_level_01(
        dir.path(),
        |l| l.replace(OLD, "A straight question. Kestrel Digital quoted"),
        |s| s,
    );
    let (code, out) = validate(&["--strings", "de", &level.display().to_string()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("        text: \"Der erste Kunde\","),
        "kept: {out}"
    );
    assert!(
        out.contains("    // old text: \"Ganz direkt gefragt:"),
        "{out}"
    );
    assert!(
        out.contains("source: \"A straight question. Kestrel Digital quoted"),
        "{out}"
    );
    // Written beside the level, it loads, and only the changed line is left to translate.
    std::fs::write(dir.path().join("01_first_client.de.ron"), &out).unwrap();
    let (code, checked) = validate(&[&level.display().to_string()]);
    assert_eq!(code, 0, "{checked}");
    assert!(
        checked.contains("121 text(s) translated, 1 to look at"),
        "{checked}"
    );
    assert!(
        checked.contains("empty translation for \"beat.rival.line\""),
        "{checked}"
    );

    let (code, out) = validate(&["--strings", "German", &level.display().to_string()]);
    assert_eq!(code, 1, "{out}");
    let (code, out) = validate(&["--strings", "de", "levels", "more"]);
    assert_eq!(code, 1, "{out}");
}
