//! Translations of a scenario's text: a strings file per language beside the level.
//!
//! `levels/01_first_client.scenario.ron` is translated into German by
//! `levels/01_first_client.de.ron` (the level's name, the language's code, `.ron`: never taken for
//! a level, which ends in `.scenario.ron`). The file is a RON map from a key built from the
//! scenario's ids ([`texts::visit_texts`] lists them) to the English it translates and the
//! translation:
//!
//! ```ron
//! {
//!     "stakeholder.ruth.role": (
//!         source: "Founder and clinical director",
//!         text: "Gründerin und ärztliche Leiterin",
//!     ),
//! }
//! ```
//!
//! `source` is the whole English text, as Yarn Spinner's string tables keep it: the translator
//! reads what they translate beside their work, and when the author changes the English the entry
//! no longer matches and is *stale*. A stale entry is not shown (its English may now say something
//! else: a new figure, a claim that changed): the English is, until the translator updates both
//! `source` and `text`. A missing or empty entry falls back to the English too. `overpromise
//! validate` lists missing, stale, unknown and duplicate keys with their places.

pub mod texts;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{FILE_SUFFIX, LoadError, MAX_FILE_BYTES, MAX_NESTING, raw};
pub use texts::{Text, texts, visit_texts};

/// The file name ending of a strings file after its language code (`.de.ron`).
pub const STRINGS_SUFFIX: &str = ".ron";

/// One entry of a strings file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key (`beat.intro.line`).
    pub key: String,
    /// The English it was translated from.
    pub source: String,
    /// The translation (empty: not translated yet).
    pub text: String,
    /// Its line in the strings file (1-based), when found.
    pub line: Option<usize>,
}

/// A parsed strings file: its entries in file order (duplicates kept, so they can be reported).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Strings {
    /// The file's name, as messages name it.
    pub origin: String,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

/// What is wrong between a scenario and one of its strings files.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// A text of the scenario has no translation (or an empty one): the English is shown.
    Missing {
        /// Its key.
        key: String,
        /// Its place in the scenario file (`sales.meetings[0].beats[1].line`).
        path: String,
        /// The line of its English in the scenario file, when found.
        line: Option<usize>,
        /// True when the entry is there with an empty `text`.
        empty: bool,
    },
    /// The entry translates English that the scenario no longer has: the English is shown.
    Stale {
        /// Its key.
        key: String,
        /// Its line in the strings file.
        line: Option<usize>,
        /// The line of the current English in the scenario file, when found.
        english_line: Option<usize>,
    },
    /// The strings file has a key the scenario has no text for.
    Unknown {
        /// The key.
        key: String,
        /// Its line in the strings file.
        line: Option<usize>,
    },
    /// A key listed a second time (the first one is used).
    Duplicate {
        /// The key.
        key: String,
        /// The line of the second entry.
        line: Option<usize>,
        /// The line of the first.
        first_line: Option<usize>,
    },
}

impl Issue {
    /// The issue in plain words, starting with its place: `scenario` and `strings` are the two
    /// files' names.
    pub fn describe(&self, scenario: &str, strings: &str) -> String {
        let at = |file: &str, line: &Option<usize>| match line {
            Some(l) => format!("{file}:{l}"),
            None => file.to_owned(),
        };
        match self {
            Issue::Missing {
                key,
                path,
                line,
                empty,
            } => format!(
                "{}: {path}: {} \"{key}\" in {strings}; the English is shown",
                at(scenario, line),
                if *empty {
                    "empty translation for"
                } else {
                    "no translation: add"
                }
            ),
            Issue::Stale {
                key,
                line,
                english_line,
            } => format!(
                "{}: \"{key}\" is stale: its source is not the English at {} any more; the \
                 English is shown until source and text are updated",
                at(strings, line),
                at(scenario, english_line)
            ),
            Issue::Unknown { key, line } => format!(
                "{}: unknown key \"{key}\": the scenario has no such text (renamed or removed?)",
                at(strings, line)
            ),
            Issue::Duplicate {
                key,
                line,
                first_line,
            } => format!(
                "{}: \"{key}\" is listed twice (first at {}); the first is used",
                at(strings, line),
                at(strings, first_line)
            ),
        }
    }
}

/// The strings file for `code` beside a scenario file (`x.scenario.ron` → `x.de.ron`), or None
/// when the path is not a scenario file's.
pub fn strings_path(scenario: &Path, code: &str) -> Option<PathBuf> {
    let name = scenario.file_name()?.to_str()?;
    let stem = name.strip_suffix(FILE_SUFFIX).filter(|s| !s.is_empty())?;
    Some(scenario.with_file_name(format!("{stem}.{code}{STRINGS_SUFFIX}")))
}

/// True for a language code as strings files are named: two or three lowercase letters, then
/// optionally `-` and a region or script (`de`, `pt-BR`).
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The strings files beside a scenario file, as `(language code, path)`, sorted by code.
pub fn strings_files(scenario: &Path) -> Vec<(String, PathBuf)> {
    let Some(stem) = scenario
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(FILE_SUFFIX))
    else {
        return Vec::new();
    };
    let dir = match scenario.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_owned();
            let code = name
                .strip_prefix(stem)?
                .strip_prefix('.')?
                .strip_suffix(STRINGS_SUFFIX)?;
            (is_language_code(code) && e.path().is_file()).then(|| (code.to_owned(), e.path()))
        })
        .collect();
    found.sort();
    found
}

/// The entry as written: exactly `source` and `text`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    source: String,
    text: String,
}

/// The map's entries in file order, duplicates kept.
struct RawEntries(Vec<(String, RawEntry)>);

impl<'de> Deserialize<'de> for RawEntries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RawEntries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from keys to (source: \"...\", text: \"...\")")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<RawEntries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = m.next_entry::<String, RawEntry>()? {
                    out.push(entry);
                }
                Ok(RawEntries(out))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// Parses a strings file's text; `origin` names it in messages. Errors carry `line:col`.
pub fn parse_strings(src: &str, origin: &str) -> Result<Strings, LoadError> {
    if src.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            origin: origin.to_owned(),
            bytes: src.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if let Some((line, col)) = super::scan(src, MAX_NESTING).too_deep {
        return Err(LoadError::TooDeep {
            origin: origin.to_owned(),
            line,
            col,
            limit: MAX_NESTING,
        });
    }
    let syntax = |e: ron::error::SpannedError| LoadError::Syntax {
        origin: origin.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        field_path: String::new(),
        message: e.code.to_string(),
    };
    let mut de = ron::Deserializer::from_str(src).map_err(syntax)?;
    let parsed = RawEntries::deserialize(&mut de).map_err(|e| syntax(de.span_error(e)))?;
    de.end().map_err(|e| syntax(de.span_error(e)))?;
    let mut from = 0;
    let entries = parsed
        .0
        .into_iter()
        .map(|(key, e)| {
            let line = find_key(src, from, &key).map(|at| {
                from = at + key.len();
                line_at(src, at)
            });
            Entry {
                key,
                source: e.source,
                text: e.text,
                line,
            }
        })
        .collect();
    Ok(Strings {
        origin: origin.to_owned(),
        entries,
    })
}

/// Reads and parses a strings file (size checked first, UTF-8 only).
pub fn load_strings(path: &Path) -> Result<Strings, LoadError> {
    let text = super::read_text(path)?;
    parse_strings(&text, &path.display().to_string())
}

/// Where the quoted key `"key"` followed by `:` starts, at or after byte `from`.
fn find_key(src: &str, from: usize, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut at = from;
    while let Some(i) = src.get(at..)?.find(&quoted) {
        let start = at + i;
        let after = src[start + quoted.len()..].trim_start();
        if after.starts_with(':') {
            return Some(start);
        }
        at = start + quoted.len();
    }
    None
}

/// The 1-based line of byte `at`.
fn line_at(src: &str, at: usize) -> usize {
    src.as_bytes()[..at.min(src.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Finds the lines of texts in a scenario file's source: the n-th use of the same text is its
/// n-th occurrence as a string literal.
struct Locator<'a> {
    src: &'a str,
    seen: HashMap<String, usize>,
}

impl<'a> Locator<'a> {
    fn new(src: &'a str) -> Self {
        Locator {
            src,
            seen: HashMap::new(),
        }
    }

    fn line(&mut self, text: &str) -> Option<usize> {
        let n = self.seen.entry(text.to_owned()).or_default();
        let nth = *n;
        *n += 1;
        let plain = Some(quote(text));
        let escaped = ron::to_string(&text).ok();
        [plain, escaped].into_iter().flatten().find_map(|lit| {
            self.src
                .match_indices(lit.as_str())
                .nth(nth)
                .map(|(at, _)| line_at(self.src, at))
        })
    }
}

/// Puts the translations of `strings` into `file` (a stale, empty or missing one leaves the
/// English) and lists what is missing, stale, unknown or duplicated. `src` is the scenario
/// file's text, to give the English texts' lines. Returns the issues and how many texts were
/// translated.
pub fn translate(
    file: &mut raw::ScenarioFile,
    src: &str,
    strings: &Strings,
) -> (Vec<Issue>, usize) {
    let mut by_key: HashMap<&str, &Entry> = HashMap::new();
    let mut issues = Vec::new();
    for e in &strings.entries {
        match by_key.get(e.key.as_str()) {
            Some(first) => issues.push(Issue::Duplicate {
                key: e.key.clone(),
                line: e.line,
                first_line: first.line,
            }),
            None => {
                by_key.insert(&e.key, e);
            }
        }
    }
    let mut used = HashSet::new();
    let mut locate = Locator::new(src);
    let mut translated = 0;
    visit_texts(file, &mut |key, path, text| {
        let line = locate.line(text);
        match by_key.get(key) {
            Some(e) if e.source != *text => issues.push(Issue::Stale {
                key: key.to_owned(),
                line: e.line,
                english_line: line,
            }),
            Some(e) if e.text.trim().is_empty() => issues.push(Issue::Missing {
                key: key.to_owned(),
                path: path.to_owned(),
                line,
                empty: true,
            }),
            Some(e) => {
                text.clone_from(&e.text);
                translated += 1;
            }
            None => issues.push(Issue::Missing {
                key: key.to_owned(),
                path: path.to_owned(),
                line,
                empty: false,
            }),
        }
        used.insert(key.to_owned());
    });
    let mut reported = HashSet::new();
    for e in &strings.entries {
        if !used.contains(&e.key) && reported.insert(e.key.as_str()) {
            issues.push(Issue::Unknown {
                key: e.key.clone(),
                line: e.line,
            });
        }
    }
    (issues, translated)
}

/// A strings file for `file` with every text's English as both source and text: where a
/// translator starts.
pub fn template(file: &raw::ScenarioFile) -> String {
    let mut out = String::from("{\n");
    for t in texts(file) {
        out.push_str(&format!(
            "    {}: (\n        source: {},\n        text: {},\n    ),\n",
            quote(&t.key),
            quote(&t.text),
            quote(&t.text)
        ));
    }
    out.push_str("}\n");
    out
}

/// The strings file for `file` a translator works on next: every text of the scenario in order,
/// with the translation of `existing` kept where its source is still the English, and an empty
/// `text` (shown in English until filled in) for a new text or one whose English changed; a
/// changed one carries its old source and translation in comments above it. Entries for texts
/// the scenario no longer has are dropped.
pub fn updated(file: &raw::ScenarioFile, existing: &Strings) -> String {
    let mut by_key: HashMap<&str, &Entry> = HashMap::new();
    for e in &existing.entries {
        by_key.entry(e.key.as_str()).or_insert(e);
    }
    let mut out = String::from("{\n");
    for t in texts(file) {
        let text = match by_key.get(t.key.as_str()) {
            Some(e) if e.source == t.text => e.text.as_str(),
            Some(e) => {
                for (what, was) in [("source", &e.source), ("text", &e.text)] {
                    out.push_str(&format!("    // old {what}: {}\n", quote(was)));
                }
                ""
            }
            None => "",
        };
        out.push_str(&format!(
            "    {}: (\n        source: {},\n        text: {},\n    ),\n",
            quote(&t.key),
            quote(&t.text),
            quote(text)
        ));
    }
    out.push_str("}\n");
    out
}

/// A RON string literal as an author would type it: only `\\`, `"` and control characters
/// escaped (apostrophes and letters stay as they are).
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
