//! Progress and results: the store across restarts and damage, xAPI statements against the
//! specification's required fields, the CSV, and sending to a local test LRS (also when it is down).

mod languages;
mod more;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::thread;

use overpromise::drill::{Difficulty, DrillResult};
use overpromise::progress::{
    DRILLS_FILE, DrillRecord, PROGRESS_FILE, PlayRole, SessionRecord, Store, Workshop,
};
use overpromise::xapi::{
    self, OUTBOX_DIR, STATEMENTS_DIR, VERB_COMPLETED, VERB_FAILED, VERB_PASSED, XapiSettings, send,
};
use serde_json::Value;

fn session(score: f32, passed: &[&str], at: u64) -> SessionRecord {
    SessionRecord {
        scenario_id: "first_client".into(),
        title: "Your first client".into(),
        role: PlayRole::Solo,
        finished_at: at,
        seconds: 1234.5,
        score,
        checks_passed: passed.iter().map(|s| s.to_string()).collect(),
        checks_total: 4,
        workshop: None,
        support: overpromise::engine::Support::Expert,
        language: String::new(),
        source_title: String::new(),
    }
}

fn drill(rate: f32, seconds: f32, at: u64) -> DrillRecord {
    DrillRecord {
        finished_at: at,
        result: DrillResult {
            seed: 9,
            difficulty: Difficulty::Standard,
            answered: 10,
            beats: 10,
            match_rate: rate,
            too_deep: 2,
            too_shallow: 1,
            timed_out: 0,
            mean_seconds: seconds,
            missed: Vec::new(),
        },
        language: String::new(),
    }
}

fn files_named(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[test]
fn progress_keeps_the_best_score_and_checks_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.record_session(&session(60.0, &["pm"], 100)).unwrap();
    store
        .record_session(&session(80.0, &["designer"], 200))
        .unwrap();
    store.record_session(&session(70.0, &["pm"], 300)).unwrap();
    store.record_drill(&drill(0.6, 3.0, 400)).unwrap();
    store.record_drill(&drill(0.9, 5.0, 500)).unwrap();
    store.record_drill(&drill(0.9, 4.0, 600)).unwrap();

    let loaded = Store::new(dir.path()).load();
    assert!(loaded.damage.is_empty(), "{:?}", loaded.damage);
    let p = &loaded.progress.played;
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].runs, p[0].best_score, p[0].best_at), (3, 80.0, 200));
    let checks: Vec<_> = loaded
        .progress
        .checks
        .iter()
        .map(|c| (c.check.as_str(), c.first_at))
        .collect();
    assert_eq!(checks, vec![("designer", 200), ("pm", 100)]);
    assert_eq!(loaded.drills.len(), 3);
    let best = loaded.personal_best(Difficulty::Standard).unwrap();
    assert_eq!(
        best.finished_at, 600,
        "same rate: the quicker drill is the best"
    );
    assert!(loaded.personal_best(Difficulty::Hard).is_none());
}

#[test]
fn a_damaged_progress_file_is_reported_set_aside_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(PROGRESS_FILE);
    std::fs::write(&path, "{\n  \"played\": [ oops").unwrap();
    let store = Store::new(dir.path());
    let loaded = store.load();
    assert_eq!(loaded.progress, Default::default());
    assert_eq!(loaded.damage.len(), 1);
    let d = &loaded.damage[0];
    assert_eq!(d.path, path);
    assert!(d.what.starts_with("line 2, column"), "{}", d.what);
    let aside = d.set_aside.clone().expect("moved aside");
    assert_eq!(
        std::fs::read_to_string(&aside).unwrap(),
        "{\n  \"played\": [ oops",
        "kept, never deleted"
    );
    assert!(!path.exists());
    // Play goes on: the next result starts a fresh progress file.
    store.record_session(&session(50.0, &[], 10)).unwrap();
    let again = store.load();
    assert!(again.damage.is_empty());
    assert_eq!(again.progress.played.len(), 1);
    assert_eq!(files_named(dir.path(), "progress.json.damaged-").len(), 1);
}

#[test]
fn a_damaged_drill_history_keeps_its_good_lines() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.record_drill(&drill(0.5, 3.0, 1)).unwrap();
    // A write cut short, then a good drill after it.
    let path = dir.path().join(DRILLS_FILE);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    f.write_all(b"{\"finished_at\": 2, \"res").unwrap();
    drop(f);
    store.record_drill(&drill(0.7, 3.0, 3)).unwrap();
    let loaded = store.load();
    assert_eq!(
        loaded
            .drills
            .iter()
            .map(|d| d.finished_at)
            .collect::<Vec<_>>(),
        vec![1, 3]
    );
    assert_eq!(loaded.damage.len(), 1);
    assert!(
        loaded.damage[0].what.starts_with("line 2:"),
        "{:?}",
        loaded.damage
    );
    assert!(loaded.damage[0].set_aside.as_ref().unwrap().exists());
    // The fresh history has the good lines and loads clean.
    let again = store.load();
    assert!(again.damage.is_empty());
    assert_eq!(again.drills.len(), 2);
}

fn is_uuid_v4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
        && parts[2].starts_with('4')
        && "89ab".contains(&parts[3][..1])
}

fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    !scheme.is_empty()
        && scheme.chars().next().unwrap().is_ascii_alphabetic()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.contains(char::is_whitespace)
}

fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("PT") else {
        return false;
    };
    !rest.is_empty()
        && "HMS".contains(rest.chars().last().unwrap())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || "HMS.".contains(c))
}

/// The xAPI 1.0.3 requirements on a statement this game writes (section 2.4 of the specification).
fn check_statement(s: &Value) {
    assert!(is_uuid_v4(s["id"].as_str().unwrap()), "id {}", s["id"]);
    let actor = &s["actor"];
    assert_eq!(actor["objectType"], "Agent");
    assert!(is_iri(actor["account"]["homePage"].as_str().unwrap()));
    assert!(!actor["account"]["name"].as_str().unwrap().is_empty());
    for ifi in ["mbox", "mbox_sha1sum", "openid"] {
        assert!(
            actor.get(ifi).is_none(),
            "exactly one identifier: the account"
        );
    }
    assert!(!actor.to_string().contains('@'), "no email by default");
    assert!(is_iri(s["verb"]["id"].as_str().unwrap()));
    assert!(s["verb"]["display"]["en-US"].is_string());
    let object = &s["object"];
    assert_eq!(object["objectType"], "Activity");
    assert!(is_iri(object["id"].as_str().unwrap()), "{}", object["id"]);
    assert!(object["definition"]["name"]["en-US"].is_string());
    assert!(is_iri(object["definition"]["type"].as_str().unwrap()));
    let r = &s["result"];
    let score = &r["score"];
    let scaled = score["scaled"].as_f64().unwrap();
    assert!((-1.0..=1.0).contains(&scaled));
    let (raw, min, max) = (
        score["raw"].as_f64().unwrap(),
        score["min"].as_f64().unwrap(),
        score["max"].as_f64().unwrap(),
    );
    assert!(min <= raw && raw <= max);
    assert!(r["success"].is_boolean() && r["completion"].is_boolean());
    assert!(
        is_iso_duration(r["duration"].as_str().unwrap()),
        "{}",
        r["duration"]
    );
    for (k, _) in s["context"]["extensions"].as_object().into_iter().flatten() {
        assert!(is_iri(k), "extension keys are IRIs: {k}");
    }
    assert!(
        is_uuid_v4(s["context"]["registration"].as_str().unwrap()),
        "one registration per attempt"
    );
    assert_ne!(
        s["context"]["extensions"],
        serde_json::json!({}),
        "no empty map"
    );
    let ts = s["timestamp"].as_str().unwrap();
    assert_eq!(ts.len(), 20, "{ts}");
    assert!(ts.ends_with('Z') && ts.as_bytes()[10] == b'T');
    assert_eq!(s["version"], "1.0.3");
}

fn settings() -> XapiSettings {
    XapiSettings {
        account_name: xapi::pseudonym(),
        ..Default::default()
    }
}

#[test]
fn statements_carry_the_required_fields_and_judge_against_the_pass_mark() {
    let st = settings();
    let mut rec = session(72.0, &["a", "b", "c"], 1_796_160_988);
    rec.workshop = Some(Workshop {
        id: "w-12".into(),
        table: Some("3".into()),
    });
    let pair = xapi::session_statements(&st, &rec);
    let pair = pair.as_array().unwrap();
    assert_eq!(pair.len(), 2);
    for s in pair {
        check_statement(s);
    }
    assert_ne!(pair[0]["id"], pair[1]["id"]);
    assert_eq!(pair[0]["verb"]["id"], VERB_COMPLETED);
    assert_eq!(pair[1]["verb"]["id"], VERB_PASSED, "3 of 4 checks ≥ 0.7");
    assert_eq!(pair[1]["result"]["score"]["scaled"], 0.75);
    assert_eq!(pair[1]["result"]["duration"], "PT20M34.5S");
    assert_eq!(pair[1]["timestamp"], "2026-12-01T21:36:28Z");
    assert_eq!(
        pair[1]["object"]["id"],
        "urn:overpromise:scenario:first_client"
    );
    assert_eq!(
        pair[1]["object"]["definition"]["name"]["en-US"],
        "Your first client"
    );
    let ext = &pair[1]["context"]["extensions"];
    assert_eq!(ext[xapi::EXT_ROLE], "solo");
    assert_eq!(ext[xapi::EXT_WORKSHOP], "w-12");
    assert_eq!(ext[xapi::EXT_TABLE], "3");

    let failed = xapi::session_statements(&st, &session(90.0, &["a"], 5));
    assert_eq!(failed[1]["verb"]["id"], VERB_FAILED);
    assert_eq!(failed[1]["result"]["success"], false);
    assert!(
        failed[1]["context"]["extensions"]
            .get(xapi::EXT_WORKSHOP)
            .is_none()
    );

    let d = xapi::drill_statements(&st, &drill(0.8, 3.5, 5));
    for s in d.as_array().unwrap() {
        check_statement(s);
    }
    assert_eq!(d[1]["verb"]["id"], VERB_PASSED);
    assert_eq!(d[1]["result"]["score"]["raw"], 8.0);
    assert_eq!(d[1]["result"]["duration"], "PT35S");
}

#[test]
fn the_account_is_a_saved_pseudonym_and_kept_files_make_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let (a, problem) = XapiSettings::load_or_create(dir.path());
    assert!(problem.is_none());
    assert!(a.account_name.starts_with("player-") && !a.account_name.contains('@'));
    let (b, _) = XapiSettings::load_or_create(dir.path());
    assert_eq!(a.account_name, b.account_name, "the pseudonym is kept");
    std::fs::write(dir.path().join(xapi::SETTINGS_FILE), "{ nope").unwrap();
    let (_, problem) = XapiSettings::load_or_create(dir.path());
    assert!(problem.unwrap().contains("line 1, column"));

    let mut rec = session(72.0, &["a", "b", "c"], 10);
    rec.title = "Commas, \"quotes\"".into();
    xapi::keep(dir.path(), &a, &xapi::session_statements(&a, &rec)).unwrap();
    xapi::keep(
        dir.path(),
        &a,
        &xapi::drill_statements(&a, &drill(0.5, 3.0, 20)),
    )
    .unwrap();
    assert_eq!(xapi::json_files(&dir.path().join(STATEMENTS_DIR)).len(), 2);
    assert_eq!(
        xapi::json_files(&dir.path().join(OUTBOX_DIR)).len(),
        2,
        "no LRS set yet: queued for when one is"
    );
    let (csv, problems) = xapi::results_csv(dir.path());
    assert!(problems.is_empty());
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], xapi::CSV_HEADER);
    assert_eq!(lines.len(), 3);
    assert!(
        lines[1].contains(",passed,urn:overpromise:scenario:first_client,\"Commas, \"\"quotes\"\"\",0.75,3.0,4.0,true,true,PT20M34.5S,solo,,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains(",failed,urn:overpromise:drill:pitch-pacing,"),
        "{}",
        lines[2]
    );
}

/// A tiny LRS: answers `n` requests with `status`, and hands each request's head and body back.
fn lrs(listener: TcpListener, n: usize, status: &'static str) -> mpsc::Receiver<(String, Vec<u8>)> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for stream in listener.incoming().take(n) {
            let mut stream: TcpStream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line == "\r\n" || line.is_empty() {
                    break;
                }
                head.push_str(&line);
            }
            let len: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length: ")
                        .map(str::to_owned)
                })
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            write!(stream, "HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n").unwrap();
            tx.send((head, body)).unwrap();
        }
    });
    rx
}

#[test]
fn statements_wait_while_the_store_is_down_and_go_when_it_is_up() {
    let dir = tempfile::tempdir().unwrap();
    // A port with nobody listening: bind, note it, close.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let st = XapiSettings {
        endpoint: Some(format!("http://127.0.0.1:{port}/xapi/")),
        username: "key".into(),
        password: "secret".into(),
        ..settings()
    };
    let kept = xapi::keep(
        dir.path(),
        &st,
        &xapi::session_statements(&st, &session(70.0, &["a"], 1)),
    )
    .unwrap();
    xapi::keep(
        dir.path(),
        &st,
        &xapi::drill_statements(&st, &drill(0.9, 2.0, 2)),
    )
    .unwrap();
    let report = send::flush(dir.path(), &st);
    assert!(report.sent.is_empty());
    assert_eq!(report.queued.len(), 2);
    assert!(matches!(
        report.queued[0].1,
        send::SendError::Unreachable(..)
    ));
    assert_eq!(
        xapi::json_files(&dir.path().join(OUTBOX_DIR)).len(),
        2,
        "nothing lost"
    );

    // The store comes up on that port; a background flush sends both, oldest first.
    let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
    let got = lrs(listener, 2, "200 OK");
    let report = send::flush_in_background(dir.path().to_path_buf(), st.clone())
        .join()
        .unwrap();
    assert_eq!(report.sent.len(), 2, "{:?}", report.queued);
    assert!(xapi::json_files(&dir.path().join(OUTBOX_DIR)).is_empty());
    assert!(kept.exists(), "the kept statement file stays");
    let (head, body) = got.recv().unwrap();
    assert!(
        head.starts_with("POST /xapi/statements HTTP/1.1\r\n"),
        "{head}"
    );
    // Header names are case-insensitive; values are compared as sent.
    let header = |name: &str| {
        head.lines()
            .find_map(|l| {
                l.split_once(':')
                    .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            })
            .map(|(_, v)| v.trim().to_string())
    };
    assert_eq!(header("X-Experience-API-Version").as_deref(), Some("1.0.3"));
    let auth = format!("Basic {}", send::base64(b"key:secret"));
    assert_eq!(header("Authorization"), Some(auth));
    assert_eq!(header("Content-Type").as_deref(), Some("application/json"));
    assert_eq!(body, std::fs::read(&kept).unwrap());
    let statements: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(statements[0]["verb"]["id"], VERB_COMPLETED);
    let (_, second) = got.recv().unwrap();
    let second: Value = serde_json::from_slice(&second).unwrap();
    assert_eq!(second[0]["object"]["id"], xapi::DRILL_IRI);
}

#[test]
fn a_refusing_store_keeps_the_statement_queued_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let st = XapiSettings {
        endpoint: Some(format!("http://127.0.0.1:{port}")),
        ..settings()
    };
    xapi::keep(
        dir.path(),
        &st,
        &xapi::drill_statements(&st, &drill(0.9, 2.0, 2)),
    )
    .unwrap();
    let _got = lrs(listener, 1, "401 Unauthorized");
    let report = send::flush(dir.path(), &st);
    assert_eq!(
        report.queued[0].1,
        send::SendError::Refused(401, "Unauthorized".into())
    );
    assert_eq!(xapi::json_files(&dir.path().join(OUTBOX_DIR)).len(), 1);
    // An https endpoint is accepted (TLS by rustls); a closed port is merely unreachable.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let https = XapiSettings {
        endpoint: Some(format!("https://127.0.0.1:{closed}/xapi/")),
        ..st.clone()
    };
    assert!(matches!(
        send::flush(dir.path(), &https).queued[0].1,
        send::SendError::Unreachable(..)
    ));
    let no_scheme = XapiSettings {
        endpoint: Some("lrs.example.com/xapi/".into()),
        ..st
    };
    assert!(matches!(
        send::flush(dir.path(), &no_scheme).queued[0].1,
        send::SendError::BadEndpoint(_)
    ));
}

#[test]
fn recording_a_result_never_waits_on_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let st = XapiSettings {
        endpoint: Some(format!("http://127.0.0.1:{port}/")),
        ..settings()
    };
    let rec = xapi::record_session(dir.path(), &st, &session(70.0, &["a"], 1)).unwrap();
    let report = rec.flush.expect("an LRS is set").join().unwrap();
    assert_eq!(report.queued.len(), 1, "the store is down: queued");
    assert!(rec.statement.exists());
    let rec = xapi::record_drill(dir.path(), &st, &drill(0.8, 2.0, 2)).unwrap();
    rec.flush.unwrap().join().unwrap();
    let loaded = Store::new(dir.path()).load();
    assert_eq!(loaded.progress.played.len(), 1);
    assert_eq!(loaded.drills.len(), 1);
    assert_eq!(xapi::json_files(&dir.path().join(OUTBOX_DIR)).len(), 2);
    let no_lrs = xapi::record_drill(dir.path(), &settings(), &drill(0.8, 2.0, 3)).unwrap();
    assert!(no_lrs.flush.is_none());
}

#[test]
fn the_command_line_exports_the_csv_and_flushes_the_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let st = settings();
    xapi::keep(
        dir.path(),
        &st,
        &xapi::drill_statements(&st, &drill(0.9, 2.0, 2)),
    )
    .unwrap();
    let run = |args: &[&str]| {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = overpromise::cli::run(args, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    };
    let (code, out, _) = run(&[
        "overpromise",
        "results",
        "export",
        "--csv",
        "-",
        "--data-dir",
        d,
    ]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2, "{out}");
    let file = dir.path().join("out.csv");
    let (code, out, _) = run(&[
        "overpromise",
        "results",
        "--data-dir",
        d,
        "export",
        "--csv",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        (code, out.trim()),
        (0, format!("wrote 1 result to {}", file.display()).as_str())
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("pitch-pacing")
    );
    let (code, _, err) = run(&["overpromise", "results", "flush", "--data-dir", d]);
    assert_eq!(code, 1);
    assert!(err.contains("no learning record store is set"), "{err}");
}
