//! The layering rule: the scenario model, the rules engine and the shared plain-Rust modules never
//! import Bevy or egui, so the command-line tools build without a game engine.

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

#[test]
fn rules_and_tools_never_mention_bevy_or_egui() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for plain in ["scenario", "engine", "report", "cli", "wording"] {
        rust_files(&root.join(plain), &mut files);
    }
    for single in ["policy.rs", "bundled.rs"] {
        files.push(root.join(single));
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if ["bevy", "egui"].iter().any(|w| code.contains(w)) {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "plain-Rust layers import the game stack:\n{}",
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
