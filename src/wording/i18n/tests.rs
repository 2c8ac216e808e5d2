//! The languages are complete: every file parses, every English message is in every language with
//! the same variables, nothing is left over, and every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

/// Every message of a language, with the variables its value uses (`menus-continue` → {game}).
fn messages(l: Language) -> BTreeMap<String, BTreeSet<String>> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    let mut all = BTreeMap::new();
    for (name, text) in sources(l) {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}.ftl: {e:?}", l.code()));
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern(v, &mut vars);
                }
                let before = all.insert(m.id.name.to_owned(), vars);
                assert!(
                    before.is_none(),
                    "locales/{}/{name}.ftl defines {} a second time",
                    l.code(),
                    m.id.name
                );
            }
        }
    }
    all
}

#[test]
fn every_language_parses_without_a_problem() {
    for l in Language::ALL {
        let (_, problems) = build_bundle(l);
        assert!(problems.is_empty(), "{:?}: {problems:#?}", l);
    }
}

#[test]
fn every_english_message_is_in_every_language_with_the_same_variables() {
    let english = messages(Language::English);
    assert!(!english.is_empty());
    for l in Language::ALL.into_iter().skip(1) {
        let other = messages(l);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{l:?} lacks {} messages: {missing:#?}",
            missing.len()
        );
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{l:?} has messages English does not: {extra:#?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id], vars,
                "{l:?}'s {id} uses other variables than English's"
            );
        }
    }
}

/// Every `.rs` file under `src/`.
fn rust_sources() -> Vec<(std::path::PathBuf, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("src/ is readable").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file is readable");
                // Comments may show how `tr!` is called: only code counts.
                let code: String = text
                    .lines()
                    .map(|l| match l.trim_start().starts_with("//") {
                        true => "\n".to_owned(),
                        false => format!("{l}\n"),
                    })
                    .collect();
                out.push((path, code));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_asked_for() {
    let english = messages(Language::English);
    let sources = rust_sources();
    let mut asked = BTreeSet::new();
    for (path, text) in &sources {
        // This file speaks of `tr!(` without asking for a message.
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        // `tr!("id"` and `tr!(\n "id"`, and `message("id"`/`message_in(l, "id"`.
        let mut rest = text.as_str();
        while let Some(at) = rest.find("tr!(") {
            // `include_str!(` is not `tr!(`.
            let word = rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[at + 4..];
            if word {
                continue;
            }
            let trimmed = rest.trim_start();
            if let Some(after_quote) = trimmed.strip_prefix('"') {
                let id = &after_quote[..after_quote.find('"').unwrap_or(0)];
                assert!(
                    english.contains_key(id),
                    "{} asks for {id}, which locales/en does not define",
                    path.display()
                );
                asked.insert(id.to_owned());
            }
        }
    }
    let all_text: String = sources.iter().map(|(_, t)| t.as_str()).collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !asked.contains(*id) && !all_text.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages nothing asks for: {unused:#?}");
}

#[test]
fn a_thread_can_write_in_another_language_without_touching_the_others() {
    let german = with_language(Language::German, language);
    assert_eq!(german, Language::German);
    assert_eq!(language(), Language::English);
    assert_eq!(message("no-such-message", &[]), "no-such-message");
}

#[test]
fn languages_are_found_from_codes_and_system_locales() {
    assert_eq!(Language::from_code("de_DE.UTF-8"), Some(Language::German));
    assert_eq!(Language::from_code("de-AT"), Some(Language::German));
    assert_eq!(Language::from_code("en-GB"), Some(Language::English));
    assert_eq!(Language::from_code("C"), None);
    assert_eq!(Language::from_code("fr"), None);
}
