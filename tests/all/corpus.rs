//! Scenario files: the valid fixture loads, and every broken file in `tests/broken/` is refused
//! with a message that says where (`line:col` or a field path) and what.
//!
//! Each broken file starts from `tests/fixtures/minimal.scenario.ron` and breaks one thing.
//! Files too large or too odd to commit (600 KiB, 50k brackets, non-UTF-8) are generated here.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use overpromise::scenario::{self, LoadError, MAX_FILE_BYTES, MAX_NESTING, model};

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn fixture_text() -> String {
    let path = tests_dir().join("fixtures/minimal.scenario.ron");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each broken file (without `.scenario.ron`) and the lines its error must print, in order.
///
/// Every line of the `Display` text is `<path of the file>:` followed by the expected text
/// (compared with `starts_with`): `line:col: …` for syntax, `field.path: …` for rules.
const CORPUS: &[(&str, &[&str])] = &[
    (
        "01_missing_paren",
        &[
            "18:22: a closing `)` is missing here: `client` is not closed before what follows on line 20 (at client)",
        ],
    ),
    (
        "02_unterminated_string",
        &[
            "6:15: Expected comma (the string opened at 5:12 runs over several lines: is a closing `\"` missing?)",
        ],
    ),
    ("03_wrong_type", &["7:13: Expected integer (at minutes)"]),
    (
        "04_unknown_field",
        &[
            "33:13: Unexpected field named `colour` in `Stakeholder`, expected one of `id`, `name`, `role`, `portrait`, `cares`, `weight`, `trust`, `readiness`, `readiness_growth`, `fluency`, or `colleague` instead (at stakeholders[1].colour)",
        ],
    ),
    (
        "05_missing_field",
        &["281:1: Unexpected missing field named `summary` in `ScenarioFile`"],
    ),
    (
        "06_unknown_variant",
        &[
            "8:17: Unexpected variant named `Easy` in enum `Difficulty`, expected one of `Introductory`, `Intermediate`, or `Advanced` instead (at difficulty)",
        ],
    ),
    (
        "07_trailing_characters",
        &["282:2: Non-whitespace trailing characters"],
    ),
    (
        "08_wrong_enum_shape",
        &[
            "109:72: Expected identifier (at sales.meetings[0].beats[0].answers[1].promises[0].kind)",
        ],
    ),
    (
        "09_nan_trust",
        &["stakeholders[0].trust: must be a finite number, not NaN"],
    ),
    (
        "10_infinite_effort",
        &["offer.scope[0].true_effort: must be a finite number, not inf"],
    ),
    (
        "11_unknown_scope",
        &[
            "sales.meetings[1].beats[0].answers[0].promises[0].kind: unknown scope item \"sso\" (known: booking, records)",
        ],
    ),
    (
        "12_unknown_speaker",
        &["sales.meetings[1].beats[0].speaker: unknown stakeholder \"rav\" (known: dana, ravi)"],
    ),
    (
        "13_unknown_fact_revealed",
        &[
            "sales.meetings[1].beats[0].answers[1].reveals[0]: unknown fact \"legacy_record\" (known: legacy_records, board_date)",
        ],
    ),
    (
        "14_unknown_check_in_question",
        &[
            "scoring.questions[1].if_failed: unknown rubric check \"found_legacies\" (known: found_legacy, designer_at_demo, no_discount, honest)",
        ],
    ),
    (
        "15_unknown_milestone_in_rubric",
        &["scoring.rubric[1].test: unknown meeting \"demos\" (known: discovery, demo, close)"],
    ),
    (
        "16_unknown_option_in_rubric",
        &[
            "scoring.rubric[2].test: unknown answer \"discounts\" (known: ask_why, promise_fast, yes_records, ask_records, designer_answers, board_demo, board_later, discount, explain_price, hold_price)",
        ],
    ),
    (
        "17_unknown_promise_in_event",
        &[
            "delivery.events[0].trigger.When.All[0]: unknown promise \"p_hl8\" (known: p_eight_weeks, p_records, p_hl7, p_integration_plan, p_board_demo, p_discount)",
        ],
    ),
    (
        "18_unknown_effect_target",
        &[
            "sales.meetings[0].beats[0].answers[0].effects[0]: unknown stakeholder \"donna\" (known: dana, ravi)",
        ],
    ),
    (
        "19_speaker_not_present",
        &[
            "sales.meetings[0].beats[0].speaker: stakeholder \"ravi\" is not present at this meeting (present: dana)",
        ],
    ),
    (
        "20_duplicate_option",
        &[
            "sales.meetings[1].beats[1].answers[1].id: duplicate answer id \"ask_why\" (first used at sales.meetings[0].beats[0].answers[0])",
        ],
    ),
    (
        "21_duplicate_promise",
        &[
            "sales.meetings[2].beats[0].answers[0].promises[0].id: duplicate promise id \"p_hl7\" (first used at sales.meetings[1].beats[0].answers[0].promises[1])",
        ],
    ),
    (
        "22_duplicate_person",
        &["delivery.hires[0].id: duplicate person id \"sam\" (first used at delivery.team[0])"],
    ),
    (
        "23_duplicate_beat",
        &[
            "sales.meetings[2].beats[0].id: duplicate beat id \"d_goal\" (first used at sales.meetings[0].beats[0])",
        ],
    ),
    (
        "24_bad_id",
        &["id: id \"Clinic-Portal\" may use only lowercase letters a-z, digits and _"],
    ),
    (
        "25_too_many_stakeholders",
        &["stakeholders: need 2 to 5 of the client's people, found 6"],
    ),
    (
        "26_no_closing_milestone",
        &["sales.meetings: no meeting has `closes: true`: the last one must close the sale"],
    ),
    (
        "27_closes_not_last",
        &["sales.meetings[1].closes: only the last meeting may close the sale"],
    ),
    (
        "28_beat_without_options",
        &["sales.meetings[1].beats[1].answers: a beat needs at least one answer"],
    ),
    (
        "29_empty_team",
        &["delivery.team: the team needs at least one person"],
    ),
    (
        "30_nobody_present",
        &["sales.meetings[2].present: at least one stakeholder must be present"],
    ),
    (
        "31_trust_out_of_range",
        &["stakeholders[1].trust: must be from 0 to 100, not 140"],
    ),
    (
        "32_readiness_out_of_range",
        &["stakeholders[1].readiness: must be from 1 to 5, not 7"],
    ),
    (
        "33_depth_out_of_range",
        &["sales.meetings[1].beats[0].answers[2].depth: must be from 1 to 5, not 6"],
    ),
    (
        "34_discount_over_max",
        &[
            "sales.meetings[2].beats[0].answers[0].promises[0].kind: a discount of 25 % is more than offer.max_discount_pct (15)",
        ],
    ),
    (
        "35_minutes_too_long",
        &["minutes: must be from 1 to 240, not 600"],
    ),
    ("36_empty_title", &["title: must not be empty"]),
    (
        "37_max_weeks_too_long",
        &["delivery.max_weeks: must be from 1 to 104, not 200"],
    ),
    (
        "38_chance_window_reversed",
        &["delivery.events[1].trigger: from (week 12) must not be after to (week 6)"],
    ),
    (
        "39_multiplier_below_one",
        &["delivery.model.surprise_multiplier: must be from 1 to 5, not 0.5"],
    ),
    (
        "40_rubric_margin_out_of_range",
        &["scoring.rubric[2].test: must be from 0 to 1, not 15"],
    ),
    (
        "41_zero_weights",
        &["scoring.weights: at least one weight must be more than 0"],
    ),
    (
        "42_deadline_after_max_weeks",
        &[
            "sales.meetings[0].beats[0].answers[1].promises[0].kind: week 30 is after delivery.max_weeks (20): the promise can never act on delivery",
        ],
    ),
    (
        "43_zero_discount",
        &[
            "sales.meetings[2].beats[0].answers[0].promises[0].kind: a discount of 0 % can never act on delivery (must be more than 0)",
        ],
    ),
    (
        "44_extra_without_effort",
        &[
            "sales.meetings[1].beats[1].answers[0].promises[0].kind.effort_days: effort_days of 0 can never act on delivery (must be more than 0)",
        ],
    ),
    (
        "45_need_surfaces_too_late",
        &[
            "facts[0].need.surfaces_week: week 40 is after delivery.max_weeks (20): the need can never act on delivery",
        ],
    ),
    (
        "46_unused_fact",
        &[
            "facts[2]: fact is never used: it is not a hidden need, and nothing reveals, notices or refers to it",
        ],
    ),
    (
        "47_unreachable_later_option",
        &[
            "sales.meetings[1].beats[1].when: unreachable: answer \"discount\" is only offered later, at sales.meetings[2].beats[0]",
        ],
    ),
    (
        "48_unreachable_same_beat",
        &[
            "sales.meetings[2].beats[0].answers[1].requires: unreachable: answer \"discount\" is in this same beat, and only one answer is chosen per beat",
        ],
    ),
    (
        "49_unreachable_fact",
        &[
            "sales.meetings[0].beats[0].when: unreachable: nothing before this point can reveal or notice fact \"legacy_records\"",
        ],
    ),
    (
        "50_unreachable_attending",
        &[
            "sales.meetings[2].beats[0].answers[1].requires: unreachable: ProjectManager is not in this meeting's may_invite, so never attends it",
        ],
    ),
    (
        "51_unreachable_meeting",
        &[
            "sales.meetings[1].when: unreachable: promise \"p_discount\" (made by answer \"discount\") is only offered later, at sales.meetings[2].beats[0]",
        ],
    ),
    (
        "52_no_way_forward",
        &[
            "sales.meetings[1].beats[1].answers: no answer is always available (each has a `requires` or is said by a delivery person who may be absent): a player could be stuck",
        ],
    ),
    (
        "53_said_by_absent_role",
        &[
            "sales.meetings[1].beats[0].answers[2].by: unreachable: said by ProjectManager, who is not in this meeting's may_invite",
        ],
    ),
    (
        "54_empty_file",
        &["1:1: Expected opening `(` for struct `ScenarioFile`"],
    ),
    (
        "55_binary_garbage",
        &["1:1: the file is not UTF-8 text: it contains a NUL byte, which text never has"],
    ),
    (
        "56_deadline_with_decimals",
        &[
            "109:82: weeks are a whole number: write `Deadline(8)`, not `Deadline(8.0)` (at sales.meetings[0].beats[0].answers[1].promises[0].kind.Deadline)",
        ],
    ),
    (
        "57_curly_quotes",
        &[
            "15:15: `“` is a curly quote, as word processors type them: put text between straight quotes `\"` instead (at client.name)",
        ],
    ),
    (
        "58_missing_some",
        &[
            "148:40: `advice` is optional, so a value given for it is wrapped in `Some(...)`: write `advice: Some(...)` around the value, or leave the field out (at sales.meetings[1].beats[0].answers[2].advice)",
        ],
    ),
    (
        "59_missing_comma",
        &[
            "15:35: a comma `,` is missing here, at the end of the line (RON noticed it only at line 16) (at client)",
        ],
    ),
    (
        "60_designer_speaks_without_attending",
        &[
            "sales.meetings[1].beats[0].answers[2].requires: said by the senior designer, but offered even when they are not in the meeting: add `requires: Attending(SeniorDesigner)` (inside `All([...])` with any other condition)",
        ],
    ),
    (
        "61_advice_by_absent_role",
        &[
            "sales.meetings[1].beats[0].answers[2].advice: unreachable: advice by the project manager, who is not in this meeting's may_invite",
        ],
    ),
    (
        "62_advice_without_speaker",
        &[
            "sales.meetings[1].beats[0].answers[2].advice: say whose advice this is: start it with their name and role, as in `Priya (project manager): ...` or `Owen (senior designer): ...`; it is shown only while they attend",
        ],
    ),
    (
        "63_patience_too_low",
        &[
            "client.patience: no player can reach the close: the shortest way through the sales meetings costs 3 patience (one per answer), and the client walks away at 0; set patience to at least 4",
        ],
    ),
    (
        "64_missing_list_bracket",
        &[
            "38:11: a closing `]` is missing here: `stakeholders` is not closed before what follows on line 39 (at stakeholders)",
        ],
    ),
];

/// Checks one error's `Display` text against its expected lines; returns what differs.
fn mismatch(origin: &str, err: &LoadError, expected: &[&str]) -> Option<String> {
    let lines = err.lines();
    let mut out = String::new();
    if lines.len() != expected.len() {
        out.push_str(&format!(
            "  expected {} line(s), got {}\n",
            expected.len(),
            lines.len()
        ));
    }
    for (i, want) in expected.iter().enumerate() {
        let got = lines.get(i).map(String::as_str).unwrap_or("<missing>");
        let rest = got
            .strip_prefix(origin)
            .and_then(|r| r.strip_prefix(':'))
            .map(str::trim_start);
        if !rest.is_some_and(|r| r.starts_with(want)) {
            out.push_str(&format!(
                "  line {i}: want {origin}: {want}\n  line {i}: got  {got}\n"
            ));
        }
    }
    for extra in lines.iter().skip(expected.len()) {
        out.push_str(&format!("  extra line: {extra}\n"));
    }
    (!out.is_empty()).then_some(out)
}

#[test]
fn every_broken_file_is_refused_with_where_and_what() {
    let dir = tests_dir().join("broken");
    let mut failures = String::new();
    for (name, expected) in CORPUS {
        let path = dir.join(format!("{name}.scenario.ron"));
        let origin = path.display().to_string();
        match scenario::load_file(&path) {
            Ok(_) => failures.push_str(&format!("{name}: loaded, but should be refused\n")),
            Err(e) => {
                if e.origin() != origin {
                    failures.push_str(&format!("{name}: origin is {:?}\n", e.origin()));
                }
                if let Some(m) = mismatch(&origin, &e, expected) {
                    failures.push_str(&format!("{name}:\n{m}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{failures}");
}

#[test]
fn the_table_and_the_folder_list_the_same_files() {
    let dir = tests_dir().join("broken");
    let on_disk: Vec<String> = scenario::scenario_files(&dir)
        .expect("tests/broken is readable")
        .iter()
        .filter_map(|p| p.file_name()?.to_str()?.strip_suffix(".scenario.ron"))
        .map(str::to_owned)
        .collect();
    let listed: Vec<String> = CORPUS.iter().map(|(n, _)| (*n).to_owned()).collect();
    assert_eq!(
        on_disk, listed,
        "tests/broken and CORPUS differ (both sorted by name)"
    );
    assert!(
        on_disk.len() >= 35,
        "the corpus has only {} files",
        on_disk.len()
    );
}

#[test]
fn committed_broken_files_are_small() {
    for path in scenario::scenario_files(&tests_dir().join("broken")).expect("readable") {
        let len = std::fs::metadata(&path)
            .map(|m| m.len())
            .unwrap_or(u64::MAX);
        assert!(len < 100 * 1024, "{} is {len} bytes", path.display());
    }
}

#[test]
fn minimal_fixture_validates_into_the_model() {
    let path = tests_dir().join("fixtures/minimal.scenario.ron");
    let s = scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(s.id, "clinic_portal");
    assert_eq!(s.stakeholders.len(), 2);
    assert_eq!(s.meetings.len(), 3);
    assert!(s.meetings.last().is_some_and(|m| m.closes));
    // Weights 2 and 1 are normalised.
    let weights: Vec<f32> = s.stakeholders.iter().map(|x| x.weight).collect();
    assert!((weights[0] - 2.0 / 3.0).abs() < 1e-6 && (weights[1] - 1.0 / 3.0).abs() < 1e-6);
    let w = &s.scoring.weights;
    let total = w.margin + w.satisfaction + w.schedule + w.morale + w.renewal;
    assert!((total - 1.0).abs() < 1e-6 && (w.margin - 2.0 / 7.0).abs() < 1e-6);
    // Answers are flattened in play order; beats refer to them by position.
    let keys: Vec<&str> = s.answers.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "ask_why",
            "promise_fast",
            "yes_records",
            "ask_records",
            "designer_answers",
            "board_demo",
            "board_later",
            "discount",
            "explain_price",
            "hold_price"
        ]
    );
    let demo = &s.meetings[1];
    assert_eq!(
        demo.beats[0].answers,
        [model::AnswerId(2), model::AnswerId(3), model::AnswerId(4)]
    );
    assert_eq!(s.answers[4].meeting, model::MeetingId(1));
    assert_eq!(
        demo.beats[1].when,
        model::Condition::Knows(model::FactId(1))
    );
    assert_eq!(
        demo.present,
        [model::StakeholderId(0), model::StakeholderId(1)]
    );
    // Promises are flattened too, and know who makes them and by which answer.
    let keys: Vec<&str> = s.promises.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "p_eight_weeks",
            "p_records",
            "p_hl7",
            "p_integration_plan",
            "p_board_demo",
            "p_discount"
        ]
    );
    let plan = &s.promises[3];
    assert_eq!(
        (plan.answer, plan.by),
        (model::AnswerId(4), model::Role::SeniorDesigner)
    );
    assert_eq!(plan.to, model::StakeholderId(1));
    assert_eq!(
        s.promises[1].kind,
        model::PromiseKind::Scope(model::ScopeId(1))
    );
    assert_eq!(
        s.promises[2].kind,
        model::PromiseKind::Claim(model::ClaimId(0))
    );
    assert_eq!(
        s.answers[2].promises,
        [model::PromiseId(1), model::PromiseId(2)]
    );
    assert_eq!(s.answers[3].reveals, [model::FactId(0)]);
    // "*" targets everyone in the room.
    assert!(matches!(
        s.answers[8].effects[0],
        model::Effect::Trust(model::Target::All, v) if v == 2.0
    ));
    // Team first, then hires.
    let people: Vec<&str> = s.delivery.people.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(people, ["sam", "lee", "kim"]);
    assert_eq!(s.delivery.team_size, 2);
    assert_eq!(s.scoring.questions[1].if_failed, Some(model::CheckId(0)));
    assert_eq!(s.answer_by_key("discount"), Some(model::AnswerId(7)));
}

#[test]
fn five_different_problems_are_reported_at_once() {
    let text = fixture_text();
    let edits = [
        ("trust: 40.0,", "trust: 140.0,"),
        ("Scope(\"records\")", "Scope(\"sso\")"),
        ("id: \"kim\"", "id: \"sam\""),
        ("when: Knows(\"board_date\"),", "when: Chose(\"discount\"),"),
        ("Avoided(\"discount\")", "Avoided(\"discounts\")"),
    ];
    let mut broken = text.clone();
    for (old, new) in edits {
        assert_eq!(broken.matches(old).count(), 1, "{old}");
        broken = broken.replace(old, new);
    }
    let err = scenario::parse_str(&broken, "five.scenario.ron").expect_err("five problems");
    let expected = [
        "five.scenario.ron: stakeholders[1].trust: must be from 0 to 100, not 140",
        "five.scenario.ron: sales.meetings[1].beats[0].answers[0].promises[0].kind: \
         unknown scope item \"sso\" (known: booking, records)",
        "five.scenario.ron: sales.meetings[1].beats[1].when: unreachable: answer \"discount\" \
         is only offered later, at sales.meetings[2].beats[0]",
        "five.scenario.ron: delivery.hires[0].id: duplicate person id \"sam\" \
         (first used at delivery.team[0])",
        "five.scenario.ron: scoring.rubric[2].test: unknown answer \"discounts\" (known: ask_why, \
         promise_fast, yes_records, ask_records, designer_answers, board_demo, board_later, \
         discount, explain_price, hold_price)",
    ];
    assert_eq!(err.lines(), expected);
    assert_eq!(err.problems().len(), 5);
    assert_eq!(err.problems()[0].path, "stakeholders[1].trust");
}

fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    (dir, path)
}

#[test]
fn a_600_kib_file_is_refused_before_reading() {
    let mut text = fixture_text();
    while text.len() < 600 * 1024 {
        text.push_str("// padding padding padding padding padding padding padding padding\n");
    }
    let (_dir, path) = temp_file("big.scenario.ron", text.as_bytes());
    let err = scenario::load_file(&path).expect_err("too large");
    let origin = path.display().to_string();
    assert_eq!(
        err.to_string(),
        format!(
            "{origin}: the file is {} bytes, more than the limit of {MAX_FILE_BYTES} bytes",
            text.len()
        )
    );
    let err = scenario::parse_str(&text, "big.scenario.ron").expect_err("too large");
    assert!(matches!(err, LoadError::TooLarge { bytes, .. } if bytes == text.len() as u64));
}

#[test]
fn fifty_thousand_nested_brackets_are_refused_quickly() {
    let text = format!("(\n  lessons: {}", "[".repeat(50_000));
    let started = Instant::now();
    let (_dir, path) = temp_file("deep.scenario.ron", text.as_bytes());
    let err = scenario::load_file(&path).expect_err("too deep");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    let origin = path.display().to_string();
    // `(` is level 1 on line 1; the 31st `[` (column 42) is level 32, the next one too deep.
    assert_eq!(
        err.to_string(),
        format!("{origin}:2:43: brackets are nested more than {MAX_NESTING} deep")
    );
    assert_eq!(err.location(), Some((2, 43)));
}

#[test]
fn non_utf8_bytes_are_refused_clearly() {
    let mut bytes = fixture_text().into_bytes();
    // Latin-1 "é" in the title, as an old editor would save it.
    let at = bytes
        .windows(6)
        .position(|w| w == b"Clinic")
        .expect("title");
    bytes.splice(at..at, [0xE9, 0xFF]);
    let (_dir, path) = temp_file("latin1.scenario.ron", &bytes);
    let err = scenario::load_file(&path).expect_err("not UTF-8");
    // The title is on line 5; "Clinic" starts at column 17.
    assert_eq!(
        err.to_string(),
        format!(
            "{}:5:17: the file is not UTF-8 text: byte 0xE9 is not UTF-8 (the file was probably \
             saved as Windows-1252 or Latin-1); save it as UTF-8",
            path.display()
        )
    );
    assert_eq!(err.location(), Some((5, 17)));
}

#[test]
fn curly_quotes_saved_as_windows_1252_are_named_with_their_place() {
    let text = fixture_text().replace(
        "name: \"Northfield Clinics\",",
        "name: \u{93}Northfield Clinics\u{94},",
    );
    // Windows-1252 writes “ and ” as the single bytes 0x93 and 0x94.
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            '\u{93}' => 0x93,
            '\u{94}' => 0x94,
            c => u8::try_from(c).expect("the fixture is ASCII"),
        })
        .collect();
    let (_dir, path) = temp_file("quotes.scenario.ron", &bytes);
    let err = scenario::load_file(&path).expect_err("not UTF-8");
    assert_eq!(
        err.to_string(),
        format!(
            "{}:15:15: the file is not UTF-8 text: byte 0x93 is a curly quote (“) pasted from a \
             word processor and saved as Windows-1252; type straight quotes (\" or ') and save \
             the file as UTF-8",
            path.display()
        )
    );
}

#[test]
fn a_file_saved_as_utf16_is_named_as_such() {
    let text = fixture_text();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (_dir, path) = temp_file("utf16.scenario.ron", &bytes);
    let err = scenario::load_file(&path).expect_err("UTF-16");
    assert_eq!(
        err.to_string(),
        format!(
            "{}:1:1: the file is not UTF-8 text: it is saved as UTF-16 (called \"Unicode\" in \
             some editors); save it as UTF-8",
            path.display()
        )
    );
    // Without the byte-order mark, the NUL bytes between the letters give it away.
    let (_dir, path) = temp_file("utf16.scenario.ron", &bytes[2..]);
    let err = scenario::load_file(&path).expect_err("UTF-16");
    assert!(err.to_string().contains("saved as UTF-16"), "{err}");
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fixture_text().into_bytes());
    let (_dir, path) = temp_file("bom.scenario.ron", &bytes);
    scenario::load_file(&path).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let path = tests_dir().join("broken/does_not_exist.scenario.ron");
    let err = scenario::load_file(&path).expect_err("missing");
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("{}: cannot read the file: ", path.display()))
    );
}

#[test]
fn scenario_files_lists_only_scenarios_sorted() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in [
        "b.scenario.ron",
        "a.scenario.ron",
        "notes.ron",
        ".scenario.ron",
        "c.txt",
    ] {
        std::fs::write(dir.path().join(name), "").expect("write");
    }
    std::fs::create_dir(dir.path().join("d.scenario.ron")).expect("mkdir");
    let names: Vec<String> = scenario::scenario_files(dir.path())
        .expect("list")
        .iter()
        .filter_map(|p| Some(p.file_name()?.to_str()?.to_owned()))
        .collect();
    assert_eq!(names, ["a.scenario.ron", "b.scenario.ron"]);
    assert!(scenario::scenario_files(Path::new("/no/such/dir")).is_err());
}

#[test]
fn cut_or_damaged_fixtures_are_refused_without_panicking() {
    let text = fixture_text();
    // Cut before the closing bracket: a cut in the trailing line end still leaves a whole file.
    let cuts: Vec<usize> = (0..text.trim_end().len())
        .step_by(17)
        .filter(|i| text.is_char_boundary(*i))
        .collect();
    for &at in &cuts {
        // Cut short: always an error, never a panic.
        assert!(
            scenario::parse_str(&text[..at], "cut.ron").is_err(),
            "cut at {at}"
        );
        // One character replaced by a bracket: an error or a valid file, never a panic.
        let mut damaged = text.clone();
        if let Some(c) = damaged[at..].chars().next() {
            damaged.replace_range(at..at + c.len_utf8(), "[");
            let _ = scenario::parse_str(&damaged, "damaged.ron");
        }
    }
}

/// The ```ron blocks of `levels/README.md`, in order.
pub(crate) fn guide_blocks() -> Vec<String> {
    let guide = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("levels/README.md"),
    )
    .expect("the authoring guide");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in guide.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```ron") => current = Some(String::new()),
            (Some(_), l) if l.starts_with("```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn the_authoring_guides_example_scenario_is_valid() {
    let blocks = guide_blocks();
    let example = blocks
        .iter()
        .find(|b| b.contains("stakeholders"))
        .expect("the guide has a whole example scenario");
    let scenario = scenario::parse_str(example, "levels/README.md example")
        .unwrap_or_else(|e| panic!("the guide's example does not validate:\n{e}"));
    assert!(scenario.meetings.len() >= 2);
    // The script printed beside it plays it to the end.
    let script = blocks
        .iter()
        .find(|b| b.trim_start().starts_with("Script("))
        .expect("the guide shows a script");
    let script = overpromise::engine::script::parse_script(script, "levels/README.md script")
        .unwrap_or_else(|e| panic!("{e}"));
    let scenario = std::sync::Arc::new(scenario);
    let mut session = overpromise::engine::Session::new(scenario.clone(), scenario.default_seed);
    overpromise::engine::script::run_script(&mut session, &script)
        .unwrap_or_else(|e| panic!("the guide's script: {e}"));
    assert!(session.is_over());
}
