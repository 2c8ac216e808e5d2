//! The Markdown report: the same content as the text report, as headings, lists and tables.

use std::fmt::Write;

use super::{View, pace_mark};
use crate::engine::debrief::DebriefModel;
use crate::engine::{Debrief, Seat, Session};
use crate::wording::scorecards as sc;

/// The debrief as Markdown (CommonMark with GitHub tables), for sharing or printing.
pub fn markdown(session: &Session, debrief: &Debrief) -> String {
    render(&View::of_session(session, debrief))
}

/// The Markdown report of one viewer's debrief model.
pub fn markdown_for(m: &DebriefModel) -> String {
    render(&View::new(m))
}

fn render(v: &View) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# {}\n\n{}  \n{}\n",
        md(&v.title),
        md(&v.subtitle),
        md(&v.support)
    );

    let _ = writeln!(o, "## {}\n", crate::tr!("views-report-outcome"));
    for l in &v.outcome {
        let _ = writeln!(o, "{}", md(l));
    }
    let _ = writeln!(o, "\n| | |\n|---|---:|");
    for l in &v.money {
        let _ = writeln!(o, "| {} | {} |", cell(&l.label), cell(&l.value));
    }

    let _ = writeln!(o, "\n## {}\n", crate::tr!("views-report-scorecards"));
    let _ = writeln!(
        o,
        "| {} | | {} | |\n|---|---:|---|---:|",
        md(&crate::tr!("views-report-seller")),
        md(&crate::tr!("views-report-company"))
    );
    for i in 0..v.seller.len().max(v.company.len()) {
        let (a, b) = v.seller.get(i).map_or((String::new(), String::new()), |l| {
            (cell(&l.label), cell(&l.value))
        });
        let (c, d) = v
            .company
            .get(i)
            .map_or((String::new(), String::new()), |l| {
                (cell(&l.label), cell(&l.value))
            });
        let _ = writeln!(o, "| {a} | {b} | {c} | {d} |");
    }
    let _ = writeln!(o, "\n**{}**", md(&v.verdict));

    let _ = writeln!(
        o,
        "\n## {}\n\n{}",
        md(&sc::cards_heading(None, None)),
        md(&v.who_played)
    );
    for (title, figures) in [
        (sc::seat_card_title(Seat::Seller, None), &v.cards.seller),
        (
            sc::seat_card_title(Seat::DeliveryLead, None),
            &v.cards.delivery,
        ),
        (sc::company_card_title(), &v.cards.company),
    ] {
        let _ = writeln!(o, "\n### {}\n", md(&title));
        if figures.is_empty() {
            let _ = writeln!(o, "{}", md(&sc::no_delivery()));
            continue;
        }
        let _ = writeln!(o, "| | | |\n|---|---:|---|");
        for f in figures {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                cell(&f.label),
                cell(&f.value),
                cell(&f.note)
            );
        }
    }
    if !v.cards.plans.is_empty() {
        let _ = writeln!(o, "\n### {}\n", md(&sc::plans_heading()));
        for p in &v.cards.plans {
            let _ = writeln!(o, "- {}", md(p));
        }
        let _ = writeln!(o, "\n*{}*", md(&sc::lead_earns_no_commission()));
    }

    let _ = writeln!(o, "\n## {}\n", md(&crate::tr!("views-report-promises")));
    if v.promises.is_empty() {
        let _ = writeln!(o, "{}", crate::tr!("views-report-no-promises"));
    }
    for (i, p) in v.promises.iter().enumerate() {
        let _ = writeln!(o, "### {}. {}\n", i + 1, md(&p.what));
        let _ = writeln!(o, "{}.  ", md(&p.made));
        let verdict = crate::tr!("views-report-verdict", verdict = &p.verdict);
        let _ = writeln!(o, "**{}**\n", md(&verdict));
        for e in &p.effects {
            let _ = writeln!(o, "- {}", md(e));
        }
        if let Some(w) = &p.without {
            let _ = writeln!(o, "\n*{}*", md(w));
        }
        o.push('\n');
    }

    let _ = writeln!(o, "## {}\n", crate::tr!("views-report-hidden-needs"));
    if v.needs.is_empty() {
        let _ = writeln!(o, "{}", crate::tr!("views-report-no-hidden-needs"));
    }
    for n in &v.needs {
        let _ = writeln!(
            o,
            "- \"{}\" ({}): {}",
            md(&n.text),
            md(&n.owner),
            md(&n.status)
        );
    }

    if !v.campaign.is_empty() {
        let _ = writeln!(o, "\n## {}\n", crate::wording::plan::debrief_heading());
        for l in &v.campaign {
            let _ = writeln!(o, "- {}", md(l));
        }
    }
    let _ = writeln!(
        o,
        "\n## {}\n\n{}. {}.\n",
        crate::tr!("views-report-pacing"),
        md(&v.pacing_summary),
        md(&v.support)
    );
    if !v.pacing.is_empty() {
        let mut head = format!(
            "| {} | {} | {} |",
            crate::tr!("views-report-meeting"),
            crate::tr!("views-report-said"),
            crate::tr!("views-report-depth")
        );
        let mut rule = "|---|---|---:|".to_string();
        for n in &v.stakeholders {
            let _ = write!(head, " {} |", cell(n));
            rule.push_str("---|");
        }
        let _ = writeln!(o, "{head}\n{rule}");
        for r in &v.pacing {
            let said = match &r.heard {
                Some(h) => format!("{} ({h})", r.said),
                None => r.said.clone(),
            };
            let mut row = format!("| {} | {} | {} |", cell(&r.meeting), cell(&said), r.depth);
            for c in &r.room {
                match c {
                    Some((ready, verdict)) => {
                        let _ = write!(row, " {ready:.1} {} |", pace_mark(*verdict));
                    }
                    None => row.push_str(" – |"),
                }
            }
            let _ = writeln!(o, "{row}");
        }
    }

    let (passed, total) = v.rubric_score();
    let rubric = crate::tr!("views-report-rubric", passed = passed, total = total);
    let _ = writeln!(o, "\n## {rubric}\n");
    for c in &v.rubric {
        let _ = writeln!(
            o,
            "- **{}** {}  \n  {}",
            if c.passed {
                crate::tr!("views-report-pass")
            } else {
                crate::tr!("views-report-fail")
            },
            md(&c.label),
            md(&c.detail)
        );
        if !c.passed {
            let why = crate::tr!("views-report-why-it-matters");
            let _ = writeln!(o, "  *{}* {}", md(&why), md(&c.why));
        }
    }

    if let Some(t) = &v.two_roles {
        let _ = writeln!(o, "\n## {}\n", md(&sc::ledger_heading()));
        if t.handoff.is_empty() {
            let _ = writeln!(o, "{}", md(&sc::none_yet()));
        }
        for (i, l) in t.handoff.iter().enumerate() {
            if v.gaps.get(i).copied().unwrap_or(false) {
                let _ = writeln!(o, "- **{}**", md(l));
            } else {
                let _ = writeln!(o, "- {}", md(l));
            }
        }
        for (title, lines) in [
            (sc::flags_heading(), &t.flags),
            (sc::review_heading(None), &t.review),
            (sc::retro_heading(), &t.retro),
        ] {
            let _ = writeln!(o, "\n## {}\n", md(&title));
            if lines.is_empty() {
                let _ = writeln!(o, "{}", md(&sc::none_yet()));
            }
            for l in lines {
                let _ = writeln!(o, "- {}", md(l));
            }
        }
    }

    let _ = writeln!(o, "\n## {}\n", crate::tr!("views-report-key-moments"));
    for m in &v.moments {
        let _ = writeln!(o, "- {}", md(m));
    }

    let _ = writeln!(o, "\n## {}\n", crate::tr!("views-report-questions"));
    for (i, q) in v.questions.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, md(q));
    }
    // Hidden: what a workshop host imports this report by.
    let _ = write!(o, "\n{}", v.replay);
    o
}

/// Text on one line with the characters Markdown would read as markup escaped (except inside
/// `` `code` ``, where ids are written).
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut code = false;
    for c in s.chars() {
        match c {
            '`' => {
                code = !code;
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ if code => out.push(c),
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text for a table cell: as [`md`], and never empty.
fn cell(s: &str) -> String {
    let t = md(s);
    if t.is_empty() { " ".into() } else { t }
}
