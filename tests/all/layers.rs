//! The layering rules, checked on the sources:
//! - only the game (`src/game`) uses Bevy or egui, so the command-line tools build without a game
//!   engine;
//! - inside the crate, imports point down: the scenario model (`src/scenario`) imports nothing
//!   above it, and the rules engine (`src/engine`) never uses the wording module, the reports, the
//!   command line or the game (the automatic players live in it, `engine::policy`, because they
//!   read its raw state);
//! - the raw state is the engine's own: nothing outside `src/engine` reads it.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a line, without its comment.
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// Every top-level crate module a source file names, with the line: `crate::engine::X` and each
/// name inside `use crate::{engine::X, wording}` (braces may span lines).
fn crate_modules(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().map(code).collect();
    for (n, line) in lines.iter().enumerate() {
        let mut rest = *line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // The group may run over the following lines; read to its closing brace.
                let mut body = group.to_string();
                let mut k = n + 1;
                while body.matches('{').count() >= body.matches('}').count() && k < lines.len() {
                    body.push_str(lines[k]);
                    k += 1;
                }
                let mut depth = 0;
                let mut item = String::new();
                for c in body.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.push((n + 1, first_segment(&item)));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    if depth == 0 || c != '{' {
                        item.push(c);
                    }
                }
                if !item.trim().is_empty() {
                    out.push((n + 1, first_segment(&item)));
                }
            } else {
                out.push((n + 1, first_segment(rest)));
            }
        }
    }
    out
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Files under `dir` naming one of `forbidden` crate modules: `file:line: module`.
fn imports_above(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&src().join(dir), &mut files);
    assert!(files.len() >= 3, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (line, module) in crate_modules(&text) {
            if forbidden.contains(&module.as_str()) {
                offenders.push(format!("{}:{line}: crate::{module}", file.display()));
            }
        }
    }
    offenders
}

#[test]
fn the_import_scanner_sees_plain_and_grouped_paths() {
    let text = "use crate::engine::Session;\nuse crate::{\n    report::View,\n    wording::{money, plural},\n};\nlet x = crate::game::run(); // crate::cli in a comment\n";
    let found: Vec<String> = crate_modules(text).into_iter().map(|(_, m)| m).collect();
    assert_eq!(found, vec!["engine", "report", "wording", "game"]);
}

#[test]
fn the_scenario_model_imports_nothing_above_it() {
    let offenders = imports_above("scenario", &["engine", "wording", "report", "cli", "game"]);
    assert!(
        offenders.is_empty(),
        "the scenario model imports a layer above it:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_engine_never_uses_reports_the_command_line_or_the_game() {
    let offenders = imports_above("engine", &["report", "cli", "game"]);
    assert!(
        offenders.is_empty(),
        "the engine imports a layer above it:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_engine_never_uses_the_wording_module() {
    let wording = imports_above("engine", &["wording"]);
    assert!(
        wording.is_empty(),
        "the engine uses the wording module (it returns data; src/wording words it):\n{}",
        wording.join("\n")
    );
}

#[test]
fn only_the_game_mentions_bevy_or_egui() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    // The binary's entry point starts the game and reads its exit code; everything else outside
    // `src/game` is plain Rust.
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| !f.starts_with(root.join("game")) && *f != root.join("main.rs"))
        .collect();
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            if ["bevy", "egui"].iter().any(|w| code(line).contains(w)) {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "code outside the game imports the game stack:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_game_is_the_only_module_behind_the_gui_feature() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("lib.rs");
    let gated: Vec<&str> = lib
        .lines()
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0].contains("cfg(feature = \"gui\")"))
        .map(|w| w[1].trim())
        .collect();
    assert_eq!(gated, vec!["pub mod game;"], "{lib}");
}

#[test]
fn the_workshop_host_and_protocol_build_without_the_game() {
    // The host runs headless on a server (`--no-default-features`): it never uses the game or
    // the command line, and its crates are not behind the `gui` feature.
    let offenders = imports_above("workshop", &["game", "cli"]);
    assert!(
        offenders.is_empty(),
        "the workshop imports the game or the command line:\n{}",
        offenders.join("\n")
    );
    // The wording module words the workshop's refusals from plain data, never importing it.
    let back = imports_above("wording", &["workshop"]);
    assert!(back.is_empty(), "{}", back.join("\n"));
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    for krate in ["axum", "tokio"] {
        let line = manifest
            .lines()
            .find(|l| l.starts_with(&format!("{krate} =")))
            .unwrap_or_else(|| panic!("{krate} is a dependency"));
        assert!(!line.contains("optional"), "{line}");
    }
    let gui = manifest
        .lines()
        .find(|l| l.starts_with("gui ="))
        .expect("the gui feature");
    // The game's client (tokio-tungstenite) may come with it; the host's own crates may not.
    assert!(
        !gui.contains("\"dep:axum\"") && !gui.contains("\"dep:tokio\""),
        "{gui}"
    );
}

/// The engine's raw-state types: nothing outside `src/engine` names them.
const RAW_STATE_TYPES: [&str; 2] = ["State", "SalesState"];

/// Every read of the engine's raw state in a source file, with its line: a call of `.state()`,
/// the path `engine::State` (or `engine::SalesState`), or either name inside a grouped
/// `engine::{…}` import (braces may span lines). Bevy's `State<Screen>` and axum's `State(…)` are
/// other types and do not count.
fn raw_state_reads(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = text.lines().map(code).collect();
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        if line.contains(".state()") {
            out.push((n + 1, ".state()".to_string()));
        }
        for ty in RAW_STATE_TYPES {
            let path = format!("engine::{ty}");
            let mut rest = *line;
            while let Some(at) = rest.find(&path) {
                rest = &rest[at + path.len()..];
                if !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                    out.push((n + 1, path.clone()));
                }
            }
        }
        let mut rest = *line;
        while let Some(at) = rest.find("engine::{") {
            rest = &rest[at + "engine::{".len()..];
            // The group may run over the following lines; read to its closing brace.
            let mut body = rest.to_string();
            let mut k = n + 1;
            while body.matches('{').count() >= body.matches('}').count() && k < lines.len() {
                body.push_str(lines[k]);
                k += 1;
            }
            let mut depth = 0;
            let group: String = body
                .chars()
                .take_while(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return false,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    true
                })
                .collect();
            for name in group.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if RAW_STATE_TYPES.contains(&name) {
                    out.push((n + 1, format!("engine::{{{name}}}")));
                }
            }
        }
    }
    out
}

#[test]
fn the_raw_state_scanner_sees_every_kind_of_read() {
    // A planted read of each kind, beside code that only looks alike.
    let text = "let deal = session.state().sales.deal;\n\
                use crate::engine::State;\n\
                fn f(s: &overpromise::engine::SalesState) {}\n\
                use crate::engine::{\n    Phase,\n    State, Session,\n};\n\
                use crate::engine::{delivery::{SalesState}};\n\
                screen: Res<State<Screen>>,\n\
                State(ws): State<Arc<Workshop>>,\n\
                use crate::engine::{Phase, StateView};\n\
                let p = session.phase(); // session.state() in a comment\n\
                use crate::engine::StateOfPlay;\n";
    let found: Vec<(usize, String)> = raw_state_reads(text);
    let want: Vec<(usize, String)> = vec![
        (1, ".state()".into()),
        (2, "engine::State".into()),
        (3, "engine::SalesState".into()),
        (4, "engine::{State}".into()),
        (8, "engine::{SalesState}".into()),
    ];
    assert_eq!(found, want);
}

#[test]
fn nothing_outside_the_engine_reads_its_raw_state() {
    // The raw state is the engine's own: the game, the workshop, the drill, the reports and the
    // command line read the views, the outcome, the log and the engine's purpose-named facts.
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|f| !f.starts_with(root.join("engine")))
        .collect();
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (line, read) in raw_state_reads(&text) {
            offenders.push(format!("{}:{line}: {read}", file.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "code outside the engine reads its raw state:\n{}",
        offenders.join("\n")
    );
}

/// The engine's facts a screen must not read: what the views already decide who may know.
const SEAT_FACTS: [&str; 6] = [
    ".ledger()",
    ".delivery()",
    ".trust()",
    ".readiness()",
    ".withdrawn()",
    ".attended(",
];

/// Each line of `text` (outside comments) that reads one of [`SEAT_FACTS`].
fn fact_reads(text: &str) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for fact in SEAT_FACTS {
            if code(line).contains(fact) {
                out.push((n + 1, fact));
            }
        }
    }
    out
}

#[test]
fn the_screens_and_the_reports_draw_only_from_the_views() {
    // The game's screens and views, the workshop seat's and the reports draw what a viewer may
    // know from the engine's views and debrief model; the facts a view filters (the ledger,
    // delivery, trust, who attended) are for the engine, its tests and the automatic players.
    let root = src();
    let mut files = Vec::new();
    for dir in ["game/screens", "game/views", "game/net", "report"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "found only {}", files.len());
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (line, fact) in fact_reads(&text) {
            offenders.push(format!("{}:{line}: {fact}", file.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "a screen or a report reads what its view should decide:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_fact_scanner_sees_a_planted_read() {
    let planted = "let x = 1;\nlet l = session.ledger().len(); // counts\n// session.delivery()\n";
    assert_eq!(fact_reads(planted), vec![(2, ".ledger()")]);
}
