//! The one wording module: turns the engine's data into plain-English sentences for the game and the reports alike.
//!
//! This file holds the shared number, role and promise formatting; [`debrief`] words the
//! debrief (verdict, rubric, moments, needs, consequences, questions, why a deal was lost, what-ifs)
//! for the game's debrief screen and the text, Markdown and HTML reports alike. The engine never
//! imports this module.

pub mod access;
pub mod actions;
pub mod briefing;
pub mod browser;
pub mod console;
pub mod cues;
pub mod debrief;
pub mod debrief_screen;
pub mod delivery;

pub mod drill;
pub mod events;
pub mod guide;
pub mod i18n;
pub mod menus;
pub mod pid;
pub mod plan;
pub mod refusal;
pub mod remote;
pub mod results;
pub mod sales;
pub mod scorecards;
pub mod script;
pub mod support;
pub mod table;
pub mod two_roles;
pub mod what_if;
pub mod workshop;

use crate::engine::BrokenBecause;
use crate::engine::debrief::{Delta, PromiseWhat};
use crate::engine::outcome::Verdict;
use crate::scenario::model::{ClaimId, ClaimTruth, PromiseId, Role, Scenario};
use crate::tr;

/// A whole amount of money with thousands separators and a real minus sign, as the language
/// writes them: `112,000`, `−3,200` (German: `112.000`). Scenarios name no currency, so none is
/// printed.
pub fn money(x: f32) -> String {
    let rounded = x.round() as i64;
    let grouped = grouped(rounded.unsigned_abs());
    if rounded < 0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// A whole number with the language's thousands separator: `1,234` (German: `1.234`).
pub fn grouped(n: u64) -> String {
    let (_, thousands) = i18n::language().separators();
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    out
}

/// A number with `decimals` places and the language's decimal separator: `1.5` (German: `1,5`).
pub fn decimal(x: f32, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x);
    let (point, _) = i18n::language().separators();
    if point == '.' {
        s
    } else {
        s.replace('.', &point.to_string())
    }
}

/// A signed money delta: `+4,200` or `−1,800` (zero has no sign).
pub fn money_delta(x: f32) -> String {
    if x.round() as i64 > 0 {
        format!("+{}", money(x))
    } else {
        money(x)
    }
}

/// A signed number with a real minus sign and `decimals` places: `+3`, `−1.5` (zero has no sign;
/// German writes `−1,5`).
pub fn signed(x: f32, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let zero = s.chars().all(|c| c == '0' || c == '.');
    let s = decimal(x.abs(), decimals);
    if zero {
        s
    } else if x < 0.0 {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

/// A share as a percentage: `90 %` (a no-break space before the sign, in English and German alike).
pub fn percent(share: f32) -> String {
    let p = (share * 100.0).round();
    if p < 0.0 {
        format!("−{:.0}\u{a0}%", -p)
    } else {
        // `+ 0.0` turns a rounded −0 into 0.
        format!("{:.0}\u{a0}%", p + 0.0)
    }
}

/// An author's label inside a sentence: its first letter in lower case (`Plain words` → `plain
/// words`), unless its first word is an abbreviation written in capitals (`IT jargon` stays).
/// German writes its nouns with a capital inside a sentence too, so a label stays as written.
pub fn in_sentence(label: &str) -> String {
    if i18n::language() == i18n::Language::German {
        return label.to_owned();
    }
    let first_word = label.split_whitespace().next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && first_word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return label.to_owned();
    }
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text with its first letter in upper case: `kept` → `Kept`.
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What became of a promise, in words: `kept`, `broken: 2 weeks late`.
pub fn verdict(v: Verdict) -> String {
    match v {
        Verdict::Kept => tr!("verdict-kept"),
        Verdict::Renegotiated => tr!("verdict-renegotiated"),
        Verdict::Moot => tr!("verdict-moot"),
        Verdict::Broken(b) => tr!(
            "verdict-broken",
            because = match b {
                BrokenBecause::NotDelivered => tr!("broken-not-delivered"),
                BrokenBecause::Late(w) => tr!("broken-late", weeks = w),
                BrokenBecause::DiscountMissed => tr!("broken-discount-missed"),
                BrokenBecause::ClaimFailed => tr!("broken-claim-failed"),
            }
        ),
    }
}

/// A counterfactual's difference: `2 weeks shorter, margin +8,400, satisfaction +12, morale +3`.
pub fn delta_text(d: &Delta) -> String {
    let weeks = match d.weeks {
        0 => tr!("delta-same-length"),
        w if w < 0 => tr!("delta-shorter", weeks = w.unsigned_abs()),
        w => tr!("delta-longer", weeks = w),
    };
    tr!(
        "delta",
        weeks = weeks,
        margin = money_delta(d.margin),
        satisfaction = signed(d.satisfaction, 0),
        morale = signed(d.morale, 0)
    )
}

/// The "without this promise" sentence: `Without this promise (priced without it): same length, ...`.
pub fn without_of(what: &PromiseWhat, d: &Delta) -> String {
    let delta = delta_text(d);
    match what {
        PromiseWhat::Deadline(_) => tr!("without-deadline", delta = delta),
        PromiseWhat::Discount(_) => tr!("without-discount", delta = delta),
        _ => tr!("without-other", delta = delta),
    }
}

/// A role in plain words.
pub fn role_name(r: Role) -> String {
    match r {
        Role::Seller => tr!("role-seller"),
        Role::ProjectManager => tr!("role-project-manager"),
        Role::SeniorDesigner => tr!("role-senior-designer"),
    }
}

/// Words someone said, in the language's quotation marks: `"…"` (German: `„…“`).
pub fn quoted(text: &str) -> String {
    tr!("promise-quoted", text = text)
}

/// A promise in plain words: `a 10 % discount (to Dana, CFO)`.
pub fn describe_promise(s: &Scenario, p: PromiseId) -> String {
    let to = &s.stakeholders[s.promises[p.ix()].to.ix()];
    describe(&PromiseWhat::of(s, p), &to.name, &to.role)
}

/// A promise of the debrief model in plain words, with whom it was made to.
pub fn describe(what: &PromiseWhat, name: &str, role: &str) -> String {
    let text = what_text(what);
    let text = match what {
        PromiseWhat::Deadline(_) | PromiseWhat::Discount(_) => text,
        _ => tr!("promise-quoted", text = text),
    };
    tr!("promise-to", promise = text, name = name, role = role)
}

/// What a promise is about, without who it was made to: `Online booking for all seven clinics`,
/// `delivery in 6 weeks`, `a 10 % discount`.
pub fn promise_what(s: &Scenario, p: PromiseId) -> String {
    what_text(&PromiseWhat::of(s, p))
}

/// What a promise of the debrief model is about (as [`promise_what`]).
pub fn what_text(what: &PromiseWhat) -> String {
    match what {
        PromiseWhat::Scope(name) => name.clone(),
        PromiseWhat::Deadline(w) => tr!("promise-deadline", weeks = *w),
        PromiseWhat::Discount(d) => tr!(
            "promise-discount",
            percent = format!("{} %", decimal(*d, 0))
        ),
        PromiseWhat::Claim(text) | PromiseWhat::Extra(text) => text.clone(),
    }
}

/// What the senior designer says about a claim that is not simply true, in plain words.
pub fn claim_warning(s: &Scenario, c: ClaimId) -> String {
    let claim = &s.offer.claims[c.ix()];
    claim_warning_of(&claim.text, claim.truth)
}

/// What the senior designer says about a claim (its text and whether it holds).
pub fn claim_warning_of(text: &str, truth: ClaimTruth) -> String {
    events::claim_note(&crate::engine::told::ClaimNote {
        text: text.to_owned(),
        warning: truth.into(),
    })
}

/// A plan's name: `commission on bookings`, `commission on delivered margin`, `a 50/50 split`.
pub fn plan_name(plan: crate::scenario::model::Plan) -> String {
    match plan {
        crate::scenario::model::Plan::Bookings => tr!("plan-bookings"),
        crate::scenario::model::Plan::Margin => tr!("plan-margin"),
        crate::scenario::model::Plan::Split(share) => tr!(
            "plan-split",
            bookings = percent(share),
            margin = percent(1.0 - share)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_thousands_and_uses_a_real_minus() {
        assert_eq!(money(0.0), "0");
        assert_eq!(money(999.4), "999");
        assert_eq!(money(1000.0), "1,000");
        assert_eq!(money(-1234567.0), "−1,234,567");
        assert_eq!(money_delta(4200.0), "+4,200");
        assert_eq!(money_delta(-0.2), "0");
        assert_eq!(signed(-1.49, 1), "−1.5");
        assert_eq!(signed(0.01, 1), "0.0");
        assert_eq!(capitalized("kept"), "Kept");
        // A register's label in a sentence: "put the IT jargon plainly", not "the it jargon".
        assert_eq!(in_sentence("Plain words"), "plain words");
        assert_eq!(in_sentence("IT jargon"), "IT jargon");
        assert_eq!(in_sentence("A"), "a");
        assert_eq!(percent(-0.004), "0\u{a0}%");
        assert_eq!(percent(-0.79), "−79\u{a0}%");
        assert_eq!(
            i18n::with_language(i18n::Language::German, || in_sentence("Fachsprache")),
            "Fachsprache"
        );
        assert_eq!(
            verdict(Verdict::Broken(BrokenBecause::Late(2))),
            "broken: 2 weeks late"
        );
    }

    #[test]
    fn numbers_are_written_the_way_the_language_writes_them() {
        use i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(money(-1234567.0), "−1.234.567");
            assert_eq!(money_delta(4200.0), "+4.200");
            assert_eq!(signed(-1.49, 1), "−1,5");
            assert_eq!(
                verdict(Verdict::Broken(BrokenBecause::Late(1))),
                "gebrochen: 1 Woche zu spät"
            );
        });
        assert_eq!(money(1000.0), "1,000");
    }
}
