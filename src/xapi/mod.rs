//! Results a learning system can take in: xAPI 1.0.3 statements, a CSV, and an outbox that sends
//! them to a learning record store (LRS) when one is set, without ever blocking play.
//!
//! Every finished assessed session and every drill becomes one statement file in
//! `xapi/statements/` of the data folder (a JSON array of two statements: `completed`, then
//! `passed` or `failed`). With an LRS set, a copy waits in `xapi/outbox/` until the store accepts
//! it. The mapping is described in `docs/practice.md`.

pub mod form;
pub mod send;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rand::{RngExt, SeedableRng, rngs::Xoshiro256PlusPlus};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::engine::Support;
use crate::progress::{DrillRecord, PlayRole, SessionRecord, Workshop, clock, write_atomic};

/// The xAPI version written and sent.
pub const XAPI_VERSION: &str = "1.0.3";
/// The settings file in the data folder.
pub const SETTINGS_FILE: &str = "xapi.json";
/// Where statement files are kept, under the data folder.
pub const STATEMENTS_DIR: &str = "xapi/statements";
/// Where statements wait for the LRS, under the data folder.
pub const OUTBOX_DIR: &str = "xapi/outbox";
/// Where statements wait for their learner while `xapi.json` is damaged, under the data folder.
pub const HELD_DIR: &str = "xapi/held";
/// The `completed` verb.
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The `passed` verb.
pub const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
/// The `failed` verb.
pub const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
/// Context extension: the part played.
pub const EXT_ROLE: &str = "urn:overpromise:xapi:ext:role";
/// Context extension: the workshop.
pub const EXT_WORKSHOP: &str = "urn:overpromise:xapi:ext:workshop";
/// Context extension: the table in the workshop.
pub const EXT_TABLE: &str = "urn:overpromise:xapi:ext:table";
/// Context extension: the level of support played at (`guided`, `standard`, `expert`).
pub const EXT_SUPPORT: &str = "urn:overpromise:xapi:ext:support";
/// Result extension: the outcome's score, 0 to 100.
pub const EXT_OUTCOME_SCORE: &str = "urn:overpromise:xapi:ext:outcome-score";
/// Result extension: the drill's seed and difficulty.
pub const EXT_DRILL: &str = "urn:overpromise:xapi:ext:drill";

/// Who the statements are about and where they go. Kept as `xapi.json` in the data folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct XapiSettings {
    /// The account's home page (the system the name belongs to).
    pub home_page: String,
    /// The pseudonymous account name: random unless set, never an email by default.
    pub account_name: String,
    /// The LRS's statements endpoint base, e.g. `http://lrs.local:8080/xapi/` (none: keep files only).
    pub endpoint: Option<String>,
    /// Basic-auth user (the LRS's key).
    pub username: String,
    /// Basic-auth password (the LRS's secret).
    pub password: String,
    /// Pass mark: share of rubric checks (sessions) or match rate (drills), 0 to 1.
    pub pass_mark: f32,
}

impl Default for XapiSettings {
    fn default() -> Self {
        Self {
            home_page: "urn:overpromise:accounts".into(),
            account_name: String::new(),
            endpoint: None,
            username: String::new(),
            password: String::new(),
            pass_mark: crate::progress::DEFAULT_PASS_MARK,
        }
    }
}

impl XapiSettings {
    /// Reads `xapi.json`; a missing one gives a fresh pseudonym, saved at once. A damaged one is
    /// reported and left in place; the defaults are used with NO account (never a made-up learner):
    /// statements made meanwhile are held ([`HELD_DIR`]) until the file is mended.
    pub fn load_or_create(data_dir: &Path) -> (XapiSettings, Option<String>) {
        let path = data_dir.join(SETTINGS_FILE);
        match fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<XapiSettings>(&bytes) {
                Ok(mut s) if !s.account_name.is_empty() => {
                    s.pass_mark = s.pass_mark.clamp(0.0, 1.0);
                    (s, None)
                }
                Ok(mut s) => {
                    s.account_name = pseudonym();
                    let _ = s.save(data_dir);
                    (s, None)
                }
                // Never a made-up learner: no account (statements are held until the file is
                // mended), no store; the damaged file stays for its owner to mend.
                Err(e) => (
                    XapiSettings::default(),
                    Some(format!(
                        "{}: line {}, column {}: {e}; results are kept on this computer and held \
                         until the file is mended (nothing is sent meanwhile)",
                        path.display(),
                        e.line(),
                        e.column()
                    )),
                ),
            },
            Err(_) => {
                let s = XapiSettings {
                    account_name: pseudonym(),
                    ..Default::default()
                };
                let _ = s.save(data_dir);
                (s, None)
            }
        }
    }

    /// Writes `xapi.json` atomically.
    pub fn save(&self, data_dir: &Path) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        write_atomic(&data_dir.join(SETTINGS_FILE), &json)
    }

    fn actor(&self) -> Value {
        json!({
            "objectType": "Agent",
            "account": { "homePage": self.home_page, "name": self.account_name },
        })
    }
}

/// Fresh random bits: the clock, the process and a counter, mixed (no OS random source needed).
fn fresh_rng() -> Xoshiro256PlusPlus {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    Xoshiro256PlusPlus::seed_from_u64(
        nanos ^ (u64::from(std::process::id()) << 32) ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15),
    )
}

/// A random (version 4) UUID in its usual text form.
pub fn uuid_v4() -> String {
    let mut rng = fresh_rng();
    let mut b: [u8; 16] = rng.random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// A pseudonymous account name: `player-` and twelve random hex digits.
pub fn pseudonym() -> String {
    let n: u64 = fresh_rng().random();
    format!("player-{:012x}", n & 0xffff_ffff_ffff)
}

/// The activity IRI of a scenario.
pub fn scenario_iri(id: &str) -> String {
    format!("urn:overpromise:scenario:{}", iri_segment(id))
}

/// The activity IRI of the pitch-pacing drill.
pub const DRILL_IRI: &str = "urn:overpromise:drill:pitch-pacing";

fn iri_segment(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._~".contains(c) {
                c.to_string()
            } else {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

/// The words of the statements' display maps in one language the program speaks.
struct Words {
    /// The program's code for the language (`de`), as records keep it.
    code: &'static str,
    /// Its RFC 5646 tag, the key of a language map.
    tag: &'static str,
    completed: &'static str,
    passed: &'static str,
    failed: &'static str,
    drill: &'static str,
}

/// The display words per language, English (the source) first. They live here, not in the
/// wording module's Fluent files, because the wording module words this module's settings form
/// (`xapi::form`): importing it back would make a cycle. A record names its language (`de`);
/// the wording module's language list and this one are compared by a test.
const WORDS: &[Words] = &[
    Words {
        code: "en",
        tag: "en-US",
        completed: "completed",
        passed: "passed",
        failed: "failed",
        drill: "Pitch-pacing drill",
    },
    Words {
        code: "de",
        tag: "de-DE",
        completed: "abgeschlossen",
        passed: "bestanden",
        failed: "nicht bestanden",
        drill: "Pitch-Tempo-Übung",
    },
];

/// The language codes whose display words this module has (`en`, `de`).
pub fn display_languages() -> Vec<&'static str> {
    WORDS.iter().map(|w| w.code).collect()
}

/// The words of the language `code` names (`de`, `de-AT`); English for one it does not have
/// and for a record older than the field (empty).
fn words(code: &str) -> &'static Words {
    let primary = code.split(['-', '_']).next().unwrap_or("");
    WORDS
        .iter()
        .find(|w| w.code == primary)
        .unwrap_or(&WORDS[0])
}

/// A language map: always `en-US` (what every store and report reads), and the language the
/// record was made in when it is another (xAPI 1.0.3, Language Map: each value in the language
/// its RFC 5646 tag names).
fn display(code: &str, pick: fn(&Words) -> &'static str) -> Value {
    let (english, now) = (&WORDS[0], words(code));
    let mut map = serde_json::Map::new();
    map.insert(english.tag.into(), json!(pick(english)));
    if now.code != english.code {
        map.insert(now.tag.into(), json!(pick(now)));
    }
    Value::Object(map)
}

/// The language map of a scenario's title as a record has it: English under `en-US`, and the
/// title it was played under in its own language's tag when that was another.
fn title_map(r: &SessionRecord) -> Value {
    let played = words(&r.language);
    let english = if r.source_title.is_empty() || played.code == WORDS[0].code {
        &r.title
    } else {
        &r.source_title
    };
    let mut map = serde_json::Map::new();
    map.insert(WORDS[0].tag.into(), json!(english));
    if played.code != WORDS[0].code {
        map.insert(played.tag.into(), json!(r.title));
    }
    Value::Object(map)
}

fn verb(id: &str, code: &str) -> Value {
    let pick: fn(&Words) -> &'static str = match id {
        VERB_COMPLETED => |w| w.completed,
        VERB_PASSED => |w| w.passed,
        _ => |w| w.failed,
    };
    json!({ "id": id, "display": display(code, pick) })
}

/// What a statement pair says, independent of whether it is a session or a drill.
struct Facts {
    object: Value,
    raw: f32,
    max: f32,
    scaled: f32,
    success: bool,
    seconds: f32,
    at: u64,
    role: Option<PlayRole>,
    workshop: Option<Workshop>,
    support: Option<Support>,
    extensions: Value,
    /// The language the experience happened in, as the record has it (`de`; empty: English).
    language: String,
}

/// The level of support as the statements name it.
pub fn support_slug(s: Support) -> &'static str {
    match s {
        Support::Guided => "guided",
        Support::Standard => "standard",
        Support::Expert => "expert",
    }
}

/// A score as JSON writes it: the f32 rounded to six places, so 0.8 is written `0.8`.
fn num(x: f32) -> f64 {
    (f64::from(x) * 1e6).round() / 1e6
}

fn pair(settings: &XapiSettings, f: Facts) -> Value {
    let mut ctx = serde_json::Map::new();
    if let Some(r) = f.role {
        ctx.insert(EXT_ROLE.into(), json!(r.slug()));
    }
    if let Some(s) = f.support {
        ctx.insert(EXT_SUPPORT.into(), json!(support_slug(s)));
    }
    if let Some(w) = &f.workshop {
        ctx.insert(EXT_WORKSHOP.into(), json!(w.id));
        if let Some(t) = &w.table {
            ctx.insert(EXT_TABLE.into(), json!(t));
        }
    }
    // One attempt, one registration: its `completed` and its `passed` or `failed` are grouped by
    // it. Empty maps are left out (xAPI 1.0.3, "Empty values SHOULD NOT be present").
    let registration = uuid_v4();
    let mut context = serde_json::Map::new();
    context.insert("registration".into(), json!(registration));
    context.insert("platform".into(), json!("Overpromise"));
    context.insert("language".into(), json!(words(&f.language).tag));
    if !ctx.is_empty() {
        context.insert("extensions".into(), Value::Object(ctx));
    }
    let statement = |verb_id: &str| {
        json!({
            "id": uuid_v4(),
            "actor": settings.actor(),
            "verb": verb(verb_id, &f.language),
            "object": f.object,
            "result": {
                "score": { "scaled": num(f.scaled), "raw": num(f.raw), "min": 0.0, "max": num(f.max) },
                "success": f.success,
                "completion": true,
                "duration": clock::iso_duration(f.seconds),
                "extensions": f.extensions,
            },
            "context": Value::Object(context.clone()),
            "timestamp": clock::iso8601(f.at),
            "version": XAPI_VERSION,
        })
    };
    let judged = if f.success { VERB_PASSED } else { VERB_FAILED };
    json!([statement(VERB_COMPLETED), statement(judged)])
}

/// The statements (`completed`, then `passed` or `failed`) for a finished assessed session.
pub fn session_statements(settings: &XapiSettings, r: &SessionRecord) -> Value {
    let scaled = r.rubric_share();
    pair(
        settings,
        Facts {
            object: json!({
                "objectType": "Activity",
                "id": scenario_iri(&r.scenario_id),
                "definition": {
                    "name": title_map(r),
                    "type": "http://adlnet.gov/expapi/activities/simulation",
                },
            }),
            raw: r.checks_passed.len() as f32,
            max: r.checks_total as f32,
            scaled,
            success: r.passed(settings.pass_mark),
            seconds: r.seconds,
            at: r.finished_at,
            role: Some(r.role),
            workshop: r.workshop.clone(),
            support: Some(r.support),
            extensions: json!({ EXT_OUTCOME_SCORE: num(r.score) }),
            language: r.language.clone(),
        },
    )
}

/// The statements for a finished drill.
pub fn drill_statements(settings: &XapiSettings, d: &DrillRecord) -> Value {
    let r = &d.result;
    let matched = (r.match_rate * r.answered as f32).round();
    pair(
        settings,
        Facts {
            object: json!({
                "objectType": "Activity",
                "id": DRILL_IRI,
                "definition": {
                    "name": display(&d.language, |w| w.drill),
                    "type": "http://adlnet.gov/expapi/activities/assessment",
                },
            }),
            raw: matched,
            max: r.answered as f32,
            scaled: r.match_rate,
            success: r.match_rate >= settings.pass_mark,
            seconds: r.mean_seconds * r.answered as f32,
            at: d.finished_at,
            role: None,
            workshop: None,
            support: None,
            language: d.language.clone(),
            extensions: json!({ EXT_DRILL: {
                "seed": r.seed,
                "difficulty": r.difficulty,
                "too_deep": r.too_deep,
                "too_shallow": r.too_shallow,
                "timed_out": r.timed_out,
            }}),
        },
    )
}

/// Writes a statement file to `xapi/statements/` and a copy to the outbox, where it waits for a
/// store (set now or later: `results flush` sends what was kept before). Without a known learner
/// (a damaged `xapi.json`) the file is held in [`HELD_DIR`] instead, until [`release_held`].
/// Returns the file's path.
pub fn keep(data_dir: &Path, settings: &XapiSettings, statements: &Value) -> io::Result<PathBuf> {
    let first_id = statements[0]["id"].as_str().unwrap_or("statement");
    let at = statements[0]["timestamp"].as_str().unwrap_or("");
    let name = format!("{}-{first_id}.json", at.replace(':', ""));
    let bytes = serde_json::to_vec_pretty(statements).map_err(io::Error::other)?;
    if settings.account_name.is_empty() {
        let path = data_dir.join(HELD_DIR).join(&name);
        write_atomic(&path, &bytes)?;
        return Ok(path);
    }
    let path = data_dir.join(STATEMENTS_DIR).join(&name);
    write_atomic(&path, &bytes)?;
    write_atomic(&data_dir.join(OUTBOX_DIR).join(&name), &bytes)?;
    Ok(path)
}

/// Gives the held statement files their learner, once `settings` has one: each goes to
/// `xapi/statements/` and the outbox, and leaves [`HELD_DIR`]. Returns how many; a file that
/// cannot be read stays held, with its problem.
pub fn release_held(data_dir: &Path, settings: &XapiSettings) -> (usize, Vec<String>) {
    let mut released = 0;
    let mut problems = Vec::new();
    if settings.account_name.is_empty() {
        return (0, problems);
    }
    for path in json_files(&data_dir.join(HELD_DIR)) {
        let read = fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice::<Value>(&b).map_err(|e| e.to_string()));
        let mut statements = match read {
            Ok(Value::Array(a)) => a,
            Ok(_) => {
                problems.push(format!("{}: not a list of statements", path.display()));
                continue;
            }
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        for s in &mut statements {
            s["actor"] = settings.actor();
        }
        match keep(data_dir, settings, &Value::Array(statements)) {
            Ok(_) => {
                let _ = fs::remove_file(&path);
                released += 1;
            }
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    (released, problems)
}

/// What recording a finished session or drill left behind.
#[derive(Debug)]
pub struct Recorded {
    /// The statement file kept in `xapi/statements/`.
    pub statement: PathBuf,
    /// The background flush of the outbox, when an LRS is set (join it, or let it run).
    pub flush: Option<std::thread::JoinHandle<send::FlushReport>>,
}

fn kept_and_flushing(
    data_dir: &Path,
    settings: &XapiSettings,
    statements: &Value,
) -> io::Result<Recorded> {
    release_held(data_dir, settings);
    let statement = keep(data_dir, settings, statements)?;
    let flush = settings
        .endpoint
        .as_ref()
        .map(|_| send::flush_in_background(data_dir.to_path_buf(), settings.clone()));
    Ok(Recorded { statement, flush })
}

/// Records a finished assessed session everywhere: progress, its statement file, the outbox,
/// and a background flush when an LRS is set. Returns at once: the network is never waited on.
pub fn record_session(
    data_dir: &Path,
    settings: &XapiSettings,
    record: &SessionRecord,
) -> io::Result<Recorded> {
    crate::progress::Store::new(data_dir).record_session(record)?;
    kept_and_flushing(data_dir, settings, &session_statements(settings, record))
}

/// Records a finished drill everywhere: the drill history, its statement file, the outbox, and a
/// background flush when an LRS is set. Returns at once.
pub fn record_drill(
    data_dir: &Path,
    settings: &XapiSettings,
    record: &DrillRecord,
) -> io::Result<Recorded> {
    crate::progress::Store::new(data_dir).record_drill(record)?;
    kept_and_flushing(data_dir, settings, &drill_statements(settings, record))
}

/// The `*.json` files directly in a folder, by name (empty when it does not exist).
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .collect();
    out.sort();
    out
}

/// The CSV header of [`results_csv`].
pub const CSV_HEADER: &str = "timestamp,account,verb,activity,title,scaled,raw,max,success,completion,duration,role,workshop,table";

fn csv_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A language map's `en-US` value, else its first (a statement kept by another program).
fn english_or_first(map: &Value) -> Value {
    map.get(WORDS[0].tag)
        .or_else(|| map.as_object().and_then(|m| m.values().next()))
        .cloned()
        .unwrap_or(Value::Null)
}

/// A CSV of every kept statement that passes or fails (one row per result), oldest first,
/// with a list of the files that could not be read (file and what). Written by the one CSV
/// writer ([`crate::table_csv`]): a cell that would run as a formula is shown as text.
pub fn results_csv(data_dir: &Path) -> (String, Vec<String>) {
    let mut out = crate::table_csv::Csv::new();
    out.row(&CSV_HEADER.split(',').collect::<Vec<_>>());
    let mut problems = Vec::new();
    for path in json_files(&data_dir.join(STATEMENTS_DIR)) {
        let parsed = fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice::<Value>(&b).map_err(|e| e.to_string()));
        let statements = match parsed {
            Ok(Value::Array(a)) => a,
            Ok(_) => {
                problems.push(format!("{}: not a list of statements", path.display()));
                continue;
            }
            Err(e) => {
                problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        for s in statements {
            let verb = s["verb"]["id"].as_str().unwrap_or("");
            if verb == VERB_COMPLETED {
                continue;
            }
            let ext = &s["context"]["extensions"];
            let row = [
                &s["timestamp"],
                &s["actor"]["account"]["name"],
                &json!(verb.rsplit('/').next().unwrap_or("")),
                &s["object"]["id"],
                &english_or_first(&s["object"]["definition"]["name"]),
                &s["result"]["score"]["scaled"],
                &s["result"]["score"]["raw"],
                &s["result"]["score"]["max"],
                &s["result"]["success"],
                &s["result"]["completion"],
                &s["result"]["duration"],
                &ext[EXT_ROLE],
                &ext[EXT_WORKSHOP],
                &ext[EXT_TABLE],
            ]
            .map(csv_text);
            out.row(&row);
        }
    }
    (out.finish(), problems)
}
