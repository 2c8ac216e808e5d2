//! The Markdown report: the same content as the text report, as headings, lists and tables.

use std::fmt::Write;

use super::{View, pace_mark};
use crate::engine::{Debrief, Session};

/// The debrief as Markdown (CommonMark with GitHub tables), for sharing or printing.
pub fn markdown(session: &Session, debrief: &Debrief) -> String {
    render(&View::new(session, debrief))
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

    let _ = writeln!(o, "## Outcome\n");
    for l in &v.outcome {
        let _ = writeln!(o, "{}", md(l));
    }
    let _ = writeln!(o, "\n| | |\n|---|---:|");
    for l in &v.money {
        let _ = writeln!(o, "| {} | {} |", cell(&l.label), cell(&l.value));
    }

    let _ = writeln!(o, "\n## Scorecards\n");
    let _ = writeln!(
        o,
        "| The seller's | | The company's | |\n|---|---:|---|---:|"
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

    let _ = writeln!(o, "\n## Promises: which promise caused what\n");
    if v.promises.is_empty() {
        let _ = writeln!(o, "No promises were made.");
    }
    for (i, p) in v.promises.iter().enumerate() {
        let _ = writeln!(o, "### {}. {}\n", i + 1, md(&p.what));
        let _ = writeln!(o, "{}.  ", md(&p.made));
        let _ = writeln!(o, "**Verdict: {}**\n", md(&p.verdict));
        for e in &p.effects {
            let _ = writeln!(o, "- {}", md(e));
        }
        if let Some(w) = &p.without {
            let _ = writeln!(o, "\n*{}*", md(w));
        }
        o.push('\n');
    }

    let _ = writeln!(o, "## Hidden needs\n");
    if v.needs.is_empty() {
        let _ = writeln!(o, "This scenario has no hidden needs.");
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

    let _ = writeln!(
        o,
        "\n## Pacing\n\n{}. {}.\n",
        md(&v.pacing_summary),
        md(&v.support)
    );
    if !v.pacing.is_empty() {
        let mut head = "| Meeting | Beat | Answer | Depth |".to_string();
        let mut rule = "|---|---|---|---:|".to_string();
        for n in &v.stakeholders {
            let _ = write!(head, " {} |", cell(n));
            rule.push_str("---|");
        }
        let _ = writeln!(o, "{head}\n{rule}");
        for r in &v.pacing {
            let mut row = format!(
                "| {} | `{}` | `{}` | {} |",
                cell(&r.meeting),
                cell(&r.beat),
                cell(&r.answer),
                r.depth
            );
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
    let _ = writeln!(o, "\n## Rubric: {passed} of {total} passed\n");
    for c in &v.rubric {
        let _ = writeln!(
            o,
            "- **{}** {}  \n  {}",
            if c.passed { "PASS" } else { "FAIL" },
            md(&c.label),
            md(&c.detail)
        );
        if !c.passed {
            let _ = writeln!(o, "  *Why it matters:* {}", md(&c.why));
        }
    }

    if let Some(t) = &v.two_roles {
        for (title, lines) in [
            ("Two roles: the ledger beside the document", &t.handoff),
            ("Two roles: flags in meetings", &t.flags),
            ("Two roles: the delivery lead's review", &t.review),
            ("Two roles: the retrospective", &t.retro),
        ] {
            let _ = writeln!(o, "\n## {title}\n");
            if lines.is_empty() {
                let _ = writeln!(o, "- none");
            }
            for l in lines {
                let _ = writeln!(o, "- {}", md(l));
            }
        }
    }

    let _ = writeln!(o, "\n## Key moments\n");
    for m in &v.moments {
        let _ = writeln!(o, "- {}", md(m));
    }

    let _ = writeln!(o, "\n## Questions for the debrief\n");
    for (i, q) in v.questions.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, md(q));
    }
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
