//! No import cycles inside `src/`: a module never imports another that imports it back.
//!
//! Every `.rs` file is a module (`mod.rs` stands for its folder). Each path a file names
//! (`use crate::a::b`, `use super::x`, `crate::a::f()` in code) is an edge to the deepest module it
//! reaches. An edge is then lifted to the two sibling modules under the lowest common ancestor, so
//! `game::screens::sales -> game::session` counts as `game::screens -> game::session`, each module
//! standing for itself and its submodules. A parent and its own children (a facade re-exporting
//! them, a child implementing part of its parent's type) are one unit and never form a cycle; two
//! siblings that depend on each other, directly or through other siblings, do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

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

/// The module a file defines: `src/game/screens/mod.rs` -> `[game, screens]`.
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Module = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Code without comments and string literals (enough for paths: no macro tricks here).
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if !in_str && c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' && prev != '\'' {
                in_str = !in_str;
                prev = c;
                continue;
            }
            if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Expands `use` trees (`a::{b, c::{d, e}}`) and collects other `crate::`/`super::` paths.
fn paths_in(code: &str) -> Vec<String> {
    fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head = tree[..open].trim_end_matches("::").trim();
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let base = join(prefix, head);
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&base, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&base, &inner[start..], out);
        } else {
            let item = tree.split(" as ").next().unwrap_or("").trim();
            if !item.is_empty() {
                out.push(join(prefix, item));
            }
        }
    }
    fn join(a: &str, b: &str) -> String {
        match (a.is_empty(), b.is_empty()) {
            (true, _) => b.to_string(),
            (_, true) => a.to_string(),
            _ => format!("{a}::{b}"),
        }
    }
    let mut out = Vec::new();
    let mut rest = code;
    // `use` statements, which may span lines.
    while let Some(pos) = rest.find("use ") {
        let before = rest[..pos].chars().last();
        let stmt_start = pos + 4;
        let end = rest[stmt_start..]
            .find(';')
            .map_or(rest.len(), |e| stmt_start + e);
        if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_')) {
            expand("", &rest[stmt_start..end], &mut out);
        }
        rest = &rest[end.min(rest.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    // Paths written in code.
    for start in ["crate::", "super::"] {
        let mut at = 0;
        while let Some(pos) = code[at..].find(start) {
            let begin = at + pos;
            let prev = code[..begin].chars().last();
            let end = code[begin..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| begin + e);
            if prev.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':')) {
                out.push(code[begin..end].trim_end_matches(':').to_string());
            }
            at = end.max(begin + start.len());
        }
    }
    out
}

/// The deepest known module a path reaches from `here`.
fn resolve(here: &Module, is_dir: bool, path: &str, known: &BTreeSet<Module>) -> Option<Module> {
    let segs: Vec<&str> = path.split("::").collect();
    let (mut base, rest): (Module, &[&str]) = match segs.first()? {
        &"crate" => (Vec::new(), &segs[1..]),
        &"super" | &"self" => {
            // `self` in a mod.rs/file is the module itself; `super` its parent.
            let mut m = here.clone();
            let mut i = 0;
            while i < segs.len() && (segs[i] == "super" || segs[i] == "self") {
                if segs[i] == "super" {
                    m.pop()?;
                }
                i += 1;
            }
            let _ = is_dir;
            (m, &segs[i..])
        }
        _ => return None,
    };
    for s in rest {
        let mut next = base.clone();
        next.push(s.to_string());
        if known.contains(&next) {
            base = next;
        } else {
            break;
        }
    }
    Some(base)
}

/// The module-level dependency edges of `src/`, lifted to siblings, with one example each.
fn sibling_edges(src: &Path) -> BTreeMap<(Module, Module), String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let known: BTreeSet<Module> = files.iter().map(|f| module_of(src, f)).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let here = module_of(src, file);
        let is_dir = file.file_name().is_some_and(|n| n == "mod.rs");
        let text = std::fs::read_to_string(file).expect("readable source");
        // A file's `#[cfg(test)] mod tests` block is test code: it may reach anywhere.
        let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        for path in paths_in(&code_only(text)) {
            let Some(to) = resolve(&here, is_dir, &path, &known) else {
                continue;
            };
            let common = here.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common == here.len() || common == to.len() {
                continue; // ancestor and descendant: one unit
            }
            let a = here[..=common].to_vec();
            let b = to[..=common].to_vec();
            edges
                .entry((a, b))
                .or_insert_with(|| format!("{}: {path}", file.display()));
        }
    }
    edges
}

#[test]
fn no_module_imports_another_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = sibling_edges(&src);
    assert!(
        edges.len() > 20,
        "found only {} edges: {edges:?}",
        edges.len()
    );
    let mut graph: BTreeMap<&Module, Vec<&Module>> = BTreeMap::new();
    for (a, b) in edges.keys() {
        graph.entry(a).or_default().push(b);
    }
    // A cycle exists when some edge a -> b has a path back b -> ... -> a.
    let mut cycles = Vec::new();
    for (a, b) in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack = vec![(b, vec![b])];
        while let Some((node, trail)) = stack.pop() {
            if node == a {
                let names: Vec<String> = std::iter::once(a)
                    .chain(trail.iter().copied())
                    .map(|m| m.join("::"))
                    .collect();
                let why: Vec<String> = std::iter::once(a)
                    .chain(trail.iter().copied())
                    .collect::<Vec<_>>()
                    .windows(2)
                    .map(|w| edges[&(w[0].clone(), w[1].clone())].clone())
                    .collect();
                cycles.push(format!(
                    "{}\n    {}",
                    names.join(" -> "),
                    why.join("\n    ")
                ));
                break;
            }
            if !seen.insert(node) {
                continue;
            }
            for next in graph.get(node).into_iter().flatten() {
                let mut t = trail.clone();
                t.push(next);
                stack.push((next, t));
            }
        }
    }
    cycles.sort();
    cycles.dedup();
    assert!(
        cycles.is_empty(),
        "{} import cycles:\n{}",
        cycles.len(),
        cycles.join("\n")
    );
}

#[test]
fn the_cycle_check_sees_a_planted_cycle() {
    let dir = std::env::temp_dir().join(format!("op-cycles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("game")).expect("temp dir");
    std::fs::write(dir.join("lib.rs"), "pub mod game;\n").expect("write");
    std::fs::write(dir.join("game/mod.rs"), "mod a;\nmod b;\n").expect("write");
    std::fs::write(dir.join("game/a.rs"), "use super::b::B;\npub struct A;\n").expect("write");
    std::fs::write(
        dir.join("game/b.rs"),
        "pub struct B;\nfn f() { let _ = crate::game::a::A; }\n",
    )
    .expect("write");
    let edges = sibling_edges(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let a = vec!["game".to_string(), "a".to_string()];
    let b = vec!["game".to_string(), "b".to_string()];
    assert!(edges.contains_key(&(a.clone(), b.clone())), "{edges:?}");
    assert!(edges.contains_key(&(b, a)), "{edges:?}");
}
