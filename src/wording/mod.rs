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

/// A whole amount of money with thousands separators and a real minus sign: `112,000`, `−3,200`.
/// Scenarios name no currency, so none is printed.
pub fn money(x: f32) -> String {
    let rounded = x.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0 {
        format!("−{out}")
    } else {
        out
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

/// A signed number with a real minus sign and `decimals` places: `+3`, `−1.5` (zero has no sign).
pub fn signed(x: f32, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let zero = s.chars().all(|c| c == '0' || c == '.');
    if zero {
        s
    } else if x < 0.0 {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

/// A share as a percentage: `90 %` (a no-break space before the sign).
pub fn percent(share: f32) -> String {
    format!("{:.0}\u{a0}%", share * 100.0)
}

/// A count with its noun: `1 week`, `3 weeks`.
pub fn plural(n: u32, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// An author's label inside a sentence: its first letter in lower case (`Plain words` → `plain
/// words`), unless its first word is an abbreviation written in capitals (`IT jargon` stays).
pub fn in_sentence(label: &str) -> String {
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
        Verdict::Kept => "kept".into(),
        Verdict::Renegotiated => "renegotiated with the client".into(),
        Verdict::Moot => "never delivered (no deal)".into(),
        Verdict::Broken(b) => format!(
            "broken: {}",
            match b {
                BrokenBecause::NotDelivered => "not delivered".to_string(),
                BrokenBecause::Late(w) => format!("{} late", plural(w, "week")),
                BrokenBecause::DiscountMissed => "the discount never reached the invoice".into(),
                BrokenBecause::ClaimFailed => "the claim did not hold".into(),
            }
        ),
    }
}

/// A counterfactual's difference: `2 weeks shorter, margin +8,400, satisfaction +12, morale +3`.
pub fn delta_text(d: &Delta) -> String {
    let weeks = match d.weeks {
        0 => "same length".to_string(),
        w if w < 0 => format!("{} shorter", plural(w.unsigned_abs(), "week")),
        w => format!("{} longer", plural(w as u32, "week")),
    };
    format!(
        "{weeks}, margin {}, satisfaction {}, morale {}",
        money_delta(d.margin),
        signed(d.satisfaction, 0),
        signed(d.morale, 0)
    )
}

/// The "without this promise" sentence: `Without this promise (priced without it): same length, ...`.
pub fn without_of(what: &PromiseWhat, d: &Delta) -> String {
    let note = match what {
        PromiseWhat::Deadline(_) => " (the standard length or the next deadline promised)",
        PromiseWhat::Discount(_) => " (priced without it)",
        _ => "",
    };
    format!("Without this promise{note}: {}.", delta_text(d))
}

/// A role in plain words.
pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Seller => "seller",
        Role::ProjectManager => "project manager",
        Role::SeniorDesigner => "senior designer",
    }
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
        _ => format!("\"{text}\""),
    };
    format!("{text} (to {name}, {role})")
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
        PromiseWhat::Deadline(w) => format!("delivery in {w} weeks"),
        PromiseWhat::Discount(d) => format!("a {d:.0} % discount"),
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
        crate::scenario::model::Plan::Bookings => "commission on bookings".into(),
        crate::scenario::model::Plan::Margin => "commission on delivered margin".into(),
        crate::scenario::model::Plan::Split(share) => format!(
            "a split ({:.0}\u{a0}% on bookings, {:.0}\u{a0}% on margin)",
            share * 100.0,
            (1.0 - share) * 100.0
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
        assert_eq!(plural(1, "week"), "1 week");
        assert_eq!(plural(3, "week"), "3 weeks");
        assert_eq!(capitalized("kept"), "Kept");
        // A register's label in a sentence: "put the IT jargon plainly", not "the it jargon".
        assert_eq!(in_sentence("Plain words"), "plain words");
        assert_eq!(in_sentence("IT jargon"), "IT jargon");
        assert_eq!(in_sentence("A"), "a");
        assert_eq!(
            verdict(Verdict::Broken(BrokenBecause::Late(2))),
            "broken: 2 weeks late"
        );
    }
}
