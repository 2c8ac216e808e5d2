//! The layering rules, checked on the sources:
//! - only the game (`src/game`) uses Bevy or egui, so the command-line tools build without a game
//!   engine;
//! - inside the crate, imports point down: the scenario model (`src/scenario`) imports nothing
//!   above it, and the rules engine (`src/engine`) never uses the wording module, the reports, the
//!   command line, the policies or the game.

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
    let offenders = imports_above(
        "scenario",
        &["engine", "wording", "report", "cli", "policy", "game"],
    );
    assert!(
        offenders.is_empty(),
        "the scenario model imports a layer above it:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_engine_never_uses_reports_the_command_line_policies_or_the_game() {
    let offenders = imports_above("engine", &["report", "cli", "policy", "game"]);
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
