//! The wording module's languages: Fluent resources (`locales/<lang>/<module>.ftl`, built into the
//! program), the language in use, and numbers written the way each language writes them.
//!
//! English is the source: every message exists in `locales/en`, and a test finds each of them in
//! every other language with the same variables. A sentence is asked for with [`tr!`]:
//! `tr!("menus-continue", game = title)`. Counts go in as numbers (Fluent picks the plural form
//! with the language's rules); money, decimals and percentages go in already written by
//! [`super::money`], [`super::signed`] and [`super::percent`], which follow the language.
//!
//! The language is the process's ([`set_language`], from the settings or `--lang`), unless a
//! thread has its own ([`with_language`]: the tests, a report written in another language).

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language the program is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// English, the source language.
    #[default]
    English,
    /// German.
    German,
}

impl Language {
    /// Every language, the source first.
    pub const ALL: [Language; 2] = [Language::English, Language::German];

    /// The language's BCP 47 tag, as xAPI display maps and HTML `lang` attributes want it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-US",
            Language::German => "de-DE",
        }
    }

    /// The language's folder under `locales/` and its short code on the command line (`en`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
        }
    }

    /// The language's own name for itself, as the settings list it.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
        }
    }

    /// The language a code or a system locale (`de`, `de-AT`, `de_DE.UTF-8`, `en-GB`) names, if the
    /// program has it.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The system's language when the program has it, English otherwise.
    pub fn of_system() -> Language {
        sys_locale::get_locales()
            .find_map(|l| Language::from_code(&l))
            .unwrap_or_default()
    }

    /// The decimal separator and the thousands separator.
    pub(super) fn separators(self) -> (char, char) {
        match self {
            Language::English => ('.', ','),
            Language::German => (',', '.'),
        }
    }

    fn index(self) -> u8 {
        match self {
            Language::English => 0,
            Language::German => 1,
        }
    }
}

static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD_LANGUAGE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Sets the language of the whole program (the game's setting, the host's `--lang`).
pub fn set_language(l: Language) {
    PROCESS_LANGUAGE.store(l.index(), Ordering::Relaxed);
}

/// The language sentences are written in now: this thread's, else the program's.
pub fn language() -> Language {
    THREAD_LANGUAGE.with(Cell::get).unwrap_or_else(|| {
        match PROCESS_LANGUAGE.load(Ordering::Relaxed) {
            1 => Language::German,
            _ => Language::English,
        }
    })
}

/// Makes this thread write in `l` from now on, whatever the program's language (a host's worker
/// threads, started for a workshop in its language).
pub fn set_thread_language(l: Language) {
    THREAD_LANGUAGE.with(|c| c.set(Some(l)));
}

/// The language to start in: `OVERPROMISE_LANG` when it names one the program has, else the
/// system's (English when the program lacks the system's).
pub fn starting_language() -> Language {
    std::env::var("OVERPROMISE_LANG")
        .ok()
        .and_then(|v| Language::from_code(&v))
        .unwrap_or_else(Language::of_system)
}

/// Reads a language from the command line (`en`, `de`, `de-DE`).
pub fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "no language {code:?}: this program speaks {}",
            known.join(", ")
        )
    })
}

/// Runs `f` with this thread writing in `l` (the program's language is untouched), then puts the
/// thread's language back.
pub fn with_language<T>(l: Language, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_LANGUAGE.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(THREAD_LANGUAGE.with(|c| c.replace(Some(l))));
    f()
}

/// The Fluent resources, one per wording module, for one language.
macro_rules! resources {
    ($lang:literal: $($name:literal),+ $(,)?) => {
        &[$(($name, include_str!(concat!("../../locales/", $lang, "/", $name, ".ftl")))),+]
    };
}

/// The resource names, one per wording module (and `common` for this module's own words).
pub const RESOURCE_NAMES: [&str; 28] = [
    "common",
    "access",
    "actions",
    "briefing",
    "browser",
    "console",
    "cues",
    "debrief",
    "debrief_screen",
    "delivery",
    "drill",
    "events",
    "guide",
    "menus",
    "pid",
    "plan",
    "refusal",
    "remote",
    "results",
    "sales",
    "scorecards",
    "script",
    "support",
    "table",
    "two_roles",
    "what_if",
    "workshop",
    "views",
];

/// The text of each resource of a language, in [`RESOURCE_NAMES`]' order.
pub fn sources(l: Language) -> &'static [(&'static str, &'static str)] {
    match l {
        Language::English => resources!("en": "common", "access", "actions", "briefing", "browser",
            "console", "cues", "debrief", "debrief_screen", "delivery", "drill", "events", "guide",
            "menus", "pid", "plan", "refusal", "remote", "results", "sales", "scorecards", "script",
            "support", "table", "two_roles", "what_if", "workshop", "views"),
        Language::German => resources!("de": "common", "access", "actions", "briefing", "browser",
            "console", "cues", "debrief", "debrief_screen", "delivery", "drill", "events", "guide",
            "menus", "pid", "plan", "refusal", "remote", "results", "sales", "scorecards", "script",
            "support", "table", "two_roles", "what_if", "workshop", "views"),
    }
}

/// A problem in a language's resources: a file that does not parse, or a message defined twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceProblem {
    /// `locales/de/menus.ftl`.
    pub file: String,
    /// What is wrong.
    pub what: String,
}

/// Builds a language's bundle, with every problem of its files (the tests insist there are none;
/// the program uses what parsed).
pub fn build_bundle(l: Language) -> (FluentBundle<FluentResource>, Vec<ResourceProblem>) {
    let langid: unic_langid::LanguageIdentifier =
        l.tag().parse().expect("the language tags are well formed");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks show as boxes in egui and in plain-text reports.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (name, text) in sources(l) {
        let file = format!("locales/{}/{name}.ftl", l.code());
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(ResourceProblem {
                        file: file.clone(),
                        what: format!("does not parse at byte {}: {:?}", e.pos.start, e.kind),
                    });
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(ResourceProblem {
                    file: file.clone(),
                    what: format!("{e:?}"),
                });
            }
        }
    }
    (bundle, problems)
}

fn bundle(l: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<HashMap<Language, FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|l| (l, build_bundle(l).0))
            .collect()
    });
    &bundles[&l]
}

/// A value for a message's variable: a count (for plural forms) or words.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A count or a whole number, written as is (Fluent picks plural forms by it).
    Number(f64),
    /// Words, or a number already written for the language.
    Text(String),
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )+};
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// The message `id` in the language in use, with its variables; English where the language
/// lacks it, and the id itself (never a panic) where English lacks it too.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(language(), id, args)
}

/// The message `id` in the language `l` (as [`message`]).
pub fn message_in(l: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            match v {
                Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
                Arg::Text(s) => fa.set(*k, FluentValue::from(s.as_str())),
            }
        }
        fa
    });
    for l in [l, Language::English] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// A sentence of the wording module: `tr!("menus-continue", game = title)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::wording::i18n::message($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::wording::i18n::message(
            $id,
            &[$((stringify!($k), $crate::wording::i18n::Arg::from($v))),+],
        )
    };
}

#[cfg(test)]
mod tests;
