//! The plain-text report for the terminal: fixed-width columns, wrapped at 100 characters.

use std::fmt::Write;

use super::{View, pace_mark};
use crate::engine::debrief::DebriefModel;
use crate::engine::{Debrief, Seat, Session};
use crate::wording::scorecards as sc;

/// Width text is wrapped to.
const WIDTH: usize = 100;

/// The debrief as plain text: outcome, scorecards side by side, the promise trace with each
/// promise's consequences and counterfactual, hidden needs, the pacing table, the rubric, key
/// moments and the facilitator's questions.
pub fn text(session: &Session, debrief: &Debrief) -> String {
    render(&View::of_session(session, debrief))
}

/// The plain-text report of one viewer's debrief model.
pub fn text_for(m: &DebriefModel) -> String {
    render(&View::new(m))
}

fn render(v: &View) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{}", v.title);
    let _ = writeln!(o, "{}", v.subtitle);
    let _ = writeln!(o, "{}", v.support);

    heading(&mut o, &crate::tr!("views-report-outcome").to_uppercase());
    for l in &v.outcome {
        wrap(&mut o, l, "  ", "  ");
    }
    o.push('\n');
    let w = v
        .money
        .iter()
        .map(|l| l.label.chars().count())
        .max()
        .unwrap_or(0);
    for l in &v.money {
        let _ = writeln!(o, "  {:<w$}  {:>16}", l.label, l.value);
    }

    heading(
        &mut o,
        &crate::tr!("views-report-scorecards").to_uppercase(),
    );
    let col = 44;
    let seller = format!(
        "{} ({})",
        crate::tr!("views-report-seller"),
        crate::tr!("views-report-seller-paid-on")
    );
    let company = format!(
        "{} ({})",
        crate::tr!("views-report-company"),
        crate::tr!("views-report-company-worth")
    );
    let _ = writeln!(o, "  {seller:<col$}  {company}");
    let rows = v.seller.len().max(v.company.len());
    for i in 0..rows {
        let left = v
            .seller
            .get(i)
            .map(|l| format!("{:<18}{:>22}", l.label, l.value))
            .unwrap_or_default();
        let right = v
            .company
            .get(i)
            .map(|l| format!("{:<18}{:>24}", l.label, l.value))
            .unwrap_or_default();
        let _ = writeln!(o, "  {left:<col$}  {right}");
    }
    o.push('\n');
    wrap(&mut o, &v.verdict, "  ", "  ");

    heading(&mut o, &sc::cards_heading(None, None).to_uppercase());
    wrap(&mut o, &v.who_played, "  ", "  ");
    for (title, figures) in [
        (sc::seat_card_title(Seat::Seller, None), &v.cards.seller),
        (
            sc::seat_card_title(Seat::DeliveryLead, None),
            &v.cards.delivery,
        ),
        (sc::company_card_title(), &v.cards.company),
    ] {
        let _ = writeln!(o, "\n  {title}");
        if figures.is_empty() {
            wrap(&mut o, &sc::no_delivery(), "    ", "    ");
        }
        for f in figures {
            let head = format!("    {:<26}{:>12}", f.label, f.value);
            let pad = " ".repeat(head.chars().count() + 3);
            wrap(&mut o, &f.note, &format!("{head}   "), &pad);
        }
    }
    if !v.cards.plans.is_empty() {
        let _ = writeln!(o, "\n  {}", &sc::plans_heading());
        for p in &v.cards.plans {
            wrap(&mut o, p, "    - ", "      ");
        }
        wrap(&mut o, &sc::lead_earns_no_commission(), "  ", "  ");
    }

    heading(&mut o, &crate::tr!("views-report-promises").to_uppercase());
    if v.promises.is_empty() {
        let _ = writeln!(o, "  {}", crate::tr!("views-report-no-promises"));
    }
    for (i, p) in v.promises.iter().enumerate() {
        let head = format!("{}. {}", i + 1, p.what);
        wrap(&mut o, &head, "  ", "     ");
        wrap(&mut o, &p.made, "     ", "     ");
        let verdict = if p.broken {
            // "broken: 2 weeks late" reads "BROKEN 2 weeks late".
            let broken = crate::tr!("verdict-broken", because = "");
            crate::tr!(
                "views-report-broken",
                because = p.verdict.trim_start_matches(broken.as_str())
            )
        } else {
            crate::tr!("views-report-verdict", verdict = &p.verdict)
        };
        let _ = writeln!(o, "     {verdict}");
        for e in &p.effects {
            wrap(&mut o, e, "       - ", "         ");
        }
        if let Some(w) = &p.without {
            wrap(&mut o, w, "     ", "     ");
        }
    }

    heading(
        &mut o,
        &crate::tr!("views-report-hidden-needs").to_uppercase(),
    );
    if v.needs.is_empty() {
        let _ = writeln!(o, "  {}", crate::tr!("views-report-no-hidden-needs"));
    }
    for n in &v.needs {
        wrap(&mut o, &crate::wording::quoted(&n.text), "  - ", "    ");
        wrap(
            &mut o,
            &format!("{}: {}", n.owner, n.status),
            "    ",
            "    ",
        );
    }

    if !v.campaign.is_empty() {
        heading(
            &mut o,
            &crate::wording::plan::debrief_heading().to_uppercase(),
        );
        for l in &v.campaign {
            let _ = writeln!(o, "  {l}");
        }
    }
    heading(
        &mut o,
        &crate::tr!("views-report-pacing-long").to_uppercase(),
    );
    let _ = writeln!(o, "  {}. {}.", v.pacing_summary, v.support);
    if !v.pacing.is_empty() {
        let (meeting_h, said_h, depth_h) = (
            crate::tr!("views-report-meeting"),
            crate::tr!("views-report-said"),
            crate::tr!("views-report-depth"),
        );
        let mw = col_width(v.pacing.iter().map(|r| r.meeting.as_str()), &meeting_h, 14);
        let aw = col_width(v.pacing.iter().map(|r| r.said.as_str()), &said_h, 30);
        let names: Vec<String> = v.stakeholders.iter().map(|n| clip(n, 16)).collect();
        let mut header = format!("  {meeting_h:<mw$} {said_h:<aw$} {depth_h}");
        for n in &names {
            let _ = write!(header, "  {n:<16}");
        }
        let _ = writeln!(o, "{}", header.trim_end());
        let mut last = "";
        for r in &v.pacing {
            let meeting = if r.meeting == last { "" } else { &r.meeting };
            last = &r.meeting;
            let mut row = format!(
                "  {:<mw$} {:<aw$} {:>5}",
                clip(meeting, mw),
                clip(&r.said, aw),
                r.depth
            );
            for cell in &r.room {
                let c = match cell {
                    Some((ready, verdict)) => format!("{ready:.1} {}", pace_mark(*verdict)),
                    None => "-".into(),
                };
                let _ = write!(row, "  {c:<16}");
            }
            let _ = writeln!(o, "{}", row.trim_end());
            if let Some(h) = &r.heard {
                let _ = writeln!(o, "  {:<mw$} {h}", "");
            }
        }
    }

    let (passed, total) = v.rubric_score();
    heading(
        &mut o,
        &crate::tr!("views-report-rubric", passed = passed, total = total).to_uppercase(),
    );
    for c in &v.rubric {
        let mark = if c.passed {
            format!("[{}]", crate::tr!("views-report-pass"))
        } else {
            format!("[{}]", crate::tr!("views-report-fail"))
        };
        wrap(&mut o, &format!("{mark} {}", c.label), "  ", "         ");
        wrap(&mut o, &c.detail, "         ", "         ");
        if !c.passed {
            wrap(
                &mut o,
                &format!("{} {}", crate::tr!("views-report-why-it-matters"), c.why),
                "         ",
                "         ",
            );
        }
    }

    if let Some(t) = &v.two_roles {
        heading(&mut o, &sc::ledger_heading().to_uppercase());
        if t.handoff.is_empty() {
            wrap(&mut o, &sc::none_yet(), "  ", "  ");
        }
        for (i, l) in t.handoff.iter().enumerate() {
            let gap = v.gaps.get(i).copied().unwrap_or(false);
            wrap(&mut o, l, if gap { "  x " } else { "  - " }, "    ");
        }
        for (title, lines) in [
            (sc::flags_heading(), &t.flags),
            (sc::review_heading(None), &t.review),
            (sc::retro_heading(), &t.retro),
        ] {
            heading(&mut o, &title.to_uppercase());
            if lines.is_empty() {
                wrap(&mut o, &sc::none_yet(), "  ", "  ");
            }
            for l in lines {
                wrap(&mut o, l, "  - ", "    ");
            }
        }
    }

    heading(
        &mut o,
        &crate::tr!("views-report-key-moments").to_uppercase(),
    );
    for m in &v.moments {
        wrap(&mut o, m, "  - ", "    ");
    }

    heading(&mut o, &crate::tr!("views-report-questions").to_uppercase());
    for (i, q) in v.questions.iter().enumerate() {
        wrap(&mut o, q, &format!("  {}. ", i + 1), "     ");
    }
    o
}

fn heading(o: &mut String, title: &str) {
    let _ = writeln!(o, "\n{title}\n{}", "-".repeat(title.chars().count()));
}

/// The width of a column: its longest entry, at least the header, at most `max`.
fn col_width<'a>(items: impl Iterator<Item = &'a str>, header: &str, max: usize) -> usize {
    items
        .map(|s| s.chars().count())
        .chain([header.chars().count()])
        .max()
        .unwrap_or(0)
        .min(max)
}

/// The first `n` characters, with `~` marking a cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('~');
        t
    }
}

/// Writes `text` wrapped at [`WIDTH`]: the first line after `first`, the rest after `rest`.
fn wrap(o: &mut String, text: &str, first: &str, rest: &str) {
    let mut line = String::from(first);
    let mut len = first.chars().count();
    let mut empty = true;
    for word in text.split_whitespace() {
        let wl = word.chars().count();
        if !empty && len + 1 + wl > WIDTH {
            o.push_str(&line);
            o.push('\n');
            line = String::from(rest);
            len = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += wl;
        empty = false;
    }
    o.push_str(line.trim_end());
    o.push('\n');
}
