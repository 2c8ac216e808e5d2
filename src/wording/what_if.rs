//! What-if during play, in words: what a decision would do (the engine's [`Preview`]), and why
//! an assessed run offers none.

use super::{decimal, money, money_delta, promise_what, signed};
use crate::engine::{
    CommissionBasis, DealStanding, DeliveryPreview, PaceVerdict, Projection, SalesEnd,
    SalesPreview, WhatIfBarred,
};
use crate::scenario::model::Scenario;
use crate::tr;

/// The heading of the what-if panel.
pub fn title() -> String {
    tr!("what-if-title")
}

/// The button that asks.
pub fn ask() -> String {
    tr!("what-if-ask")
}

/// The button that closes the panel.
pub fn close() -> String {
    tr!("what-if-close")
}

/// Under the heading in a meeting.
pub fn sales_intro() -> String {
    tr!("what-if-sales-intro")
}

/// Under the heading in delivery.
pub fn delivery_intro() -> String {
    tr!("what-if-delivery-intro")
}

/// Why a run shows no what-if.
pub fn barred(why: WhatIfBarred) -> String {
    match why {
        WhatIfBarred::Assessed => tr!("what-if-barred-assessed"),
    }
}

/// What a previewed commission leaves out, to follow its figure: the delivered margin a plan
/// also pays on, the quarter the deal would miss (empty when it leaves out nothing).
pub fn commission_note(d: &DealStanding) -> String {
    match (d.basis, d.in_quarter) {
        (CommissionBasis::Bookings, true) => String::new(),
        (CommissionBasis::BeforeMargin, true) => tr!("what-if-note-before-margin"),
        (CommissionBasis::Bookings, false) => tr!("what-if-note-after-quarter"),
        (CommissionBasis::BeforeMargin, false) => {
            tr!("what-if-note-before-margin-after-quarter")
        }
    }
}

/// What a sales decision would do, one short line each: the room, the patience, the ledger,
/// the deal and the seller's pay.
pub fn sales_lines(s: &Scenario, p: &SalesPreview) -> Vec<String> {
    let mut out = Vec::new();
    let mut room = Vec::new();
    for person in &p.people {
        let name = &s.stakeholders[person.stakeholder.ix()].name;
        let mut bits = Vec::new();
        match person.verdict {
            Some(PaceVerdict::Matched) => bits.push(tr!("what-if-pace-matched")),
            Some(PaceVerdict::TooDeep) => bits.push(tr!("what-if-pace-too-deep")),
            Some(PaceVerdict::TooShallow) => bits.push(tr!("what-if-pace-too-shallow")),
            None => {}
        }
        let (t0, t1) = person.trust;
        if (t1 - t0).abs() >= 0.05 {
            bits.push(tr!("what-if-trust", change = signed(t1 - t0, 0)));
        }
        if !bits.is_empty() {
            room.push(tr!(
                "what-if-person",
                name = name,
                reactions = bits.join(", ")
            ));
        }
    }
    if !room.is_empty() {
        out.push(room.join(" · "));
    }
    let (pat0, pat1) = p.patience;
    if pat1 != pat0 {
        out.push(tr!(
            "what-if-patience",
            change = signed((pat1 - pat0) as f32, 0),
            left = pat1
        ));
    }
    let (c0, c1) = p.presales_cost;
    if (c1 - c0).abs() >= 0.5 {
        out.push(tr!("what-if-presales", change = money_delta(c1 - c0)));
    }
    if !p.promises.is_empty() {
        let what: Vec<String> = p.promises.iter().map(|x| promise_what(s, *x)).collect();
        out.push(tr!("what-if-ledger", promises = what.join("; ")));
    }
    if !p.warned.is_empty() {
        out.push(tr!("what-if-warned", claims = p.warned.len()));
    }
    if !p.facts.is_empty() {
        out.push(tr!("what-if-facts", facts = p.facts.len()));
    }
    let (b, a) = (&p.deal_before, &p.deal_after);
    out.push(match p.ends {
        Some(SalesEnd::Signed { price }) => tr!(
            "what-if-signs",
            price = money(price),
            commission = money(a.commission),
            note = commission_note(a)
        ),
        Some(SalesEnd::Declined { chance }) => {
            tr!("what-if-declines", chance = super::percent(chance))
        }
        Some(SalesEnd::WalkedAway(Some(k))) => {
            tr!("what-if-walks-away", name = &s.stakeholders[k.ix()].name)
        }
        Some(SalesEnd::WalkedAway(None)) => tr!("what-if-runs-out"),
        None => deal_line(b, a),
    });
    out
}

/// The deal before and after an answer: `Deal: chance to sign 40 % → 55 % · price 60,000 ·
/// your commission 3,000`. A figure the answer leaves as it was is shown once, not as a change.
fn deal_line(b: &DealStanding, a: &DealStanding) -> String {
    let moved = |before: String, after: String| {
        if before == after {
            after
        } else {
            tr!("what-if-moved", before = before, after = after)
        }
    };
    tr!(
        "what-if-deal",
        chance = moved(super::percent(b.sign_chance), super::percent(a.sign_chance)),
        price = moved(money(b.price), money(a.price)),
        commission = moved(money(b.commission), money(a.commission)),
        note = commission_note(a)
    )
}

/// One projection in a line: `finishes in week 11 (agreed 10, 1 week late) · margin 9,500 ·
/// satisfaction 72`.
pub fn projection(p: &Projection) -> String {
    if p.weeks_late > 0 {
        tr!(
            "what-if-projection-late",
            finish = p.finish_week,
            agreed = p.agreed_weeks,
            late = p.weeks_late,
            margin = money(p.margin),
            satisfaction = decimal(p.satisfaction, 0),
            done = p.scope.0,
            items = p.scope.1
        )
    } else {
        tr!(
            "what-if-projection",
            finish = p.finish_week,
            agreed = p.agreed_weeks,
            margin = money(p.margin),
            satisfaction = decimal(p.satisfaction, 0),
            done = p.scope.0,
            items = p.scope.1
        )
    }
}

/// The project's end without any decision.
pub fn as_is(p: &Projection) -> String {
    tr!("what-if-as-is", projection = projection(p))
}

/// What a delivery decision would change about the project's end, against making none.
pub fn delivery_lines(p: &DeliveryPreview) -> Vec<String> {
    let (a, w) = (&p.as_is, &p.with);
    if a == w {
        return vec![tr!("what-if-no-change")];
    }
    let weeks = w.finish_week as i32 - a.finish_week as i32;
    let mut bits = Vec::new();
    bits.push(match weeks {
        0 => tr!("what-if-finish-still", week = w.finish_week),
        _ => tr!(
            "what-if-finish",
            week = w.finish_week,
            change = signed(weeks as f32, 0),
            weeks = weeks.unsigned_abs()
        ),
    });
    if w.agreed_weeks != a.agreed_weeks {
        bits.push(tr!("what-if-agreed-date", week = w.agreed_weeks));
    }
    bits.push(tr!(
        "what-if-margin",
        margin = money(w.margin),
        change = money_delta(w.margin - a.margin)
    ));
    bits.push(tr!(
        "what-if-satisfaction",
        satisfaction = decimal(w.satisfaction, 0),
        change = signed(w.satisfaction - a.satisfaction, 0)
    ));
    if w.scope != a.scope {
        bits.push(tr!(
            "what-if-items-delivered",
            done = w.scope.0,
            items = w.scope.1
        ));
    }
    vec![super::capitalized(&bits.join(" · "))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(commission: f32, basis: CommissionBasis, in_quarter: bool) -> DealStanding {
        DealStanding {
            sign_chance: 1.0,
            price: 100_000.0,
            commission,
            basis,
            in_quarter,
        }
    }

    #[test]
    fn a_commission_says_what_it_cannot_count_yet() {
        let plain = standing(5000.0, CommissionBasis::Bookings, true);
        assert_eq!(commission_note(&plain), "");
        let margin = standing(1500.0, CommissionBasis::BeforeMargin, true);
        assert_eq!(
            commission_note(&margin),
            " before the delivered margin is known"
        );
        let late = standing(0.0, CommissionBasis::Bookings, false);
        assert!(commission_note(&late).contains("after the quarter ends"));
        let both = standing(0.0, CommissionBasis::BeforeMargin, false);
        assert!(commission_note(&both).starts_with(" before the delivered margin is known ("));
    }

    #[test]
    fn an_unchanged_figure_is_not_shown_as_a_change() {
        let mut before = standing(5000.0, CommissionBasis::Bookings, true);
        before.sign_chance = 0.0;
        let mut after = before;
        after.price = 120_000.0;
        let line = deal_line(&before, &after);
        assert!(!line.contains("0\u{a0}% → 0\u{a0}%"), "{line}");
        assert!(line.contains("chance to sign 0\u{a0}% · price"), "{line}");
        assert!(line.contains("price 100,000 → 120,000"), "{line}");
    }

    #[test]
    fn the_deal_line_speaks_german() {
        use crate::wording::i18n::{Language, with_language};
        let before = standing(1500.0, CommissionBasis::BeforeMargin, true);
        let mut after = before;
        after.price = 120_000.0;
        let line = with_language(Language::German, || deal_line(&before, &after));
        assert_eq!(
            line,
            "Auftrag: Chance auf Unterschrift 100\u{a0}% · Preis 100.000 → 120.000 · Ihre Provision 1.500, bevor die gelieferte Marge feststeht"
        );
        assert_eq!(
            with_language(Language::German, || barred(WhatIfBarred::Assessed)),
            "Kein Was-wäre-wenn in einem gewerteten Durchgang: Er hält fest, was Sie ohne Hilfe entscheiden. Wählen Sie im Briefing einen Übungsdurchgang, um zu fragen, was jede Entscheidung bewirken würde."
        );
    }
}
