//! What-if during play, in words: what a decision would do (the engine's [`Preview`]), and why
//! an assessed run offers none.

use super::{money, money_delta, plural, promise_what, signed};
use crate::engine::{
    CommissionBasis, DealStanding, DeliveryPreview, PaceVerdict, Projection, SalesEnd,
    SalesPreview, WhatIfBarred,
};
use crate::scenario::model::Scenario;

/// The heading of the what-if panel.
pub const TITLE: &str = "What if…";

/// The button that asks.
pub const ASK: &str = "What if…";

/// The button that closes the panel.
pub const CLOSE: &str = "Hide what-if";

/// Under the heading in a meeting.
pub const SALES_INTRO: &str = "What each answer would do, worked out by the game's rules on a copy of this meeting. Nothing is said until you choose.";

/// Under the heading in delivery.
pub const DELIVERY_INTRO: &str = "Where the project would end if you made this decision and then ended every week as things stand, against making none.";

/// Why a run shows no what-if.
pub fn barred(why: WhatIfBarred) -> &'static str {
    match why {
        WhatIfBarred::Assessed => {
            "No what-if in an assessed run: it records what you decide, unaided. Choose a practice run on the briefing to ask what each decision would do."
        }
    }
}

/// What a previewed commission leaves out, to follow its figure: the delivered margin a plan
/// also pays on, the quarter the deal would miss (empty when it leaves out nothing).
pub fn commission_note(d: &DealStanding) -> &'static str {
    match (d.basis, d.in_quarter) {
        (CommissionBasis::Bookings, true) => "",
        (CommissionBasis::BeforeMargin, true) => " before the delivered margin is known",
        (CommissionBasis::Bookings, false) => {
            " (it would close after the quarter ends: no bookings counted)"
        }
        (CommissionBasis::BeforeMargin, false) => {
            " before the delivered margin is known (it would close after the quarter ends: no bookings counted)"
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
            Some(PaceVerdict::Matched) => bits.push("with you".to_owned()),
            Some(PaceVerdict::TooDeep) => bits.push("too detailed".to_owned()),
            Some(PaceVerdict::TooShallow) => bits.push("too shallow".to_owned()),
            None => {}
        }
        let (t0, t1) = person.trust;
        if (t1 - t0).abs() >= 0.05 {
            bits.push(format!("trust {}", signed(t1 - t0, 0)));
        }
        if !bits.is_empty() {
            room.push(format!("{name}: {}", bits.join(", ")));
        }
    }
    if !room.is_empty() {
        out.push(room.join(" · "));
    }
    let (pat0, pat1) = p.patience;
    if pat1 != pat0 {
        out.push(format!(
            "Client patience {} ({pat1} left)",
            signed((pat1 - pat0) as f32, 0)
        ));
    }
    let (c0, c1) = p.presales_cost;
    if (c1 - c0).abs() >= 0.5 {
        out.push(format!("Presales time {}", money_delta(c1 - c0)));
    }
    if !p.promises.is_empty() {
        let what: Vec<String> = p.promises.iter().map(|x| promise_what(s, *x)).collect();
        out.push(format!("Into the ledger: {}", what.join("; ")));
    }
    if !p.warned.is_empty() {
        out.push(format!(
            "The senior designer would warn about {}",
            plural(p.warned.len() as u32, "claim")
        ));
    }
    if !p.facts.is_empty() {
        out.push(format!(
            "You would learn {}",
            plural(p.facts.len() as u32, "new fact")
        ));
    }
    let (b, a) = (&p.deal_before, &p.deal_after);
    out.push(match p.ends {
        Some(SalesEnd::Signed { price }) => format!(
            "The client signs at {}: your commission {}{}",
            money(price),
            money(a.commission),
            commission_note(a)
        ),
        Some(SalesEnd::Declined { chance }) => format!(
            "The client decides not to sign (a {} chance): no commission",
            super::percent(chance)
        ),
        Some(SalesEnd::WalkedAway(Some(k))) => format!(
            "{} loses faith and the client walks away: no deal, no commission",
            s.stakeholders[k.ix()].name
        ),
        Some(SalesEnd::WalkedAway(None)) => {
            "The client runs out of patience and walks away: no deal, no commission".to_owned()
        }
        None => deal_line(b, a),
    });
    out
}

/// The deal before and after an answer: `Deal: chance to sign 40 % → 55 % · price 60,000 ·
/// your commission 3,000`. A figure the answer leaves as it was is shown once, not as a change.
fn deal_line(b: &DealStanding, a: &DealStanding) -> String {
    let moved = |label: &str, before: String, after: String| {
        if before == after {
            format!("{label} {after}")
        } else {
            format!("{label} {before} → {after}")
        }
    };
    format!(
        "Deal: {} · {} · {}{}",
        moved(
            "chance to sign",
            super::percent(b.sign_chance),
            super::percent(a.sign_chance)
        ),
        moved("price", money(b.price), money(a.price)),
        moved("your commission", money(b.commission), money(a.commission)),
        commission_note(a)
    )
}

/// One projection in a line: `finishes in week 11 (agreed 10, 1 week late) · margin 9,500 ·
/// satisfaction 72`.
pub fn projection(p: &Projection) -> String {
    let late = if p.weeks_late > 0 {
        format!(", {} late", plural(p.weeks_late, "week"))
    } else {
        String::new()
    };
    format!(
        "finishes in week {} (agreed {}{late}) · margin {} · satisfaction {:.0} · {} of {} items",
        p.finish_week,
        p.agreed_weeks,
        money(p.margin),
        p.satisfaction,
        p.scope.0,
        p.scope.1
    )
}

/// The project's end without any decision.
pub fn as_is(p: &Projection) -> String {
    format!("As things stand: {}", projection(p))
}

/// What a delivery decision would change about the project's end, against making none.
pub fn delivery_lines(p: &DeliveryPreview) -> Vec<String> {
    let (a, w) = (&p.as_is, &p.with);
    if a == w {
        return vec!["No change to the finish, the margin or the client's satisfaction".to_owned()];
    }
    let weeks = w.finish_week as i32 - a.finish_week as i32;
    let mut bits = Vec::new();
    bits.push(match weeks {
        0 => format!("finish still week {}", w.finish_week),
        _ => format!(
            "finish week {} ({} {})",
            w.finish_week,
            signed(weeks as f32, 0),
            if weeks.abs() == 1 { "week" } else { "weeks" }
        ),
    });
    if w.agreed_weeks != a.agreed_weeks {
        bits.push(format!("agreed date week {}", w.agreed_weeks));
    }
    bits.push(format!(
        "margin {} ({})",
        money(w.margin),
        money_delta(w.margin - a.margin)
    ));
    bits.push(format!(
        "satisfaction {:.0} ({})",
        w.satisfaction,
        signed(w.satisfaction - a.satisfaction, 0)
    ));
    if w.scope != a.scope {
        bits.push(format!("{} of {} items delivered", w.scope.0, w.scope.1));
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
}
