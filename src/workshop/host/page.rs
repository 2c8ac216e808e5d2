//! The class debrief board laid out: as CSV (the tables, the promises, the retrospectives, each
//! after a blank line) and as one self-contained HTML page (inline CSS, no script) for the
//! projector, a second screen or a file to keep. The console draws the same cells
//! ([`table_cells`]) so that a figure is formatted once.

use std::fmt::Write;

use super::rows::{Board, BoardRow, PromiseRow};
use crate::report::html_escape as esc;
use crate::table_csv::Csv;
use crate::wording::{self, workshop as words};

/// One table's cells under [`words::board_columns`] (the rank empty when ranks are hidden); a
/// table still playing shows where it stands and leaves the results empty.
pub fn table_cells(r: &BoardRow, ranks: bool) -> Vec<String> {
    let rank = if ranks {
        r.rank.map(|n| n.to_string()).unwrap_or_default()
    } else {
        String::new()
    };
    let count = |n: u32| {
        if r.ledger_shown {
            n.to_string()
        } else {
            String::new()
        }
    };
    if !r.finished {
        let mut c = vec![rank, r.table.clone(), r.status.clone()];
        c.extend(std::iter::repeat_n(String::new(), 4));
        c.push(count(r.promises_made));
        c.push(String::new());
        c.push(words::percent(r.pacing_match));
        c.push(words::source(r.imported));
        return c;
    }
    vec![
        rank,
        r.table.clone(),
        words::deal(r.won, r.deal),
        wording::money(r.commission),
        wording::money(r.margin),
        format!("{:.0}", r.satisfaction),
        r.weeks_late.to_string(),
        count(r.promises_made),
        count(r.promises_kept),
        words::percent(r.pacing_match),
        words::source(r.imported),
    ]
}

/// The deadline of every table that signed and finished, under [`words::deadline_columns`].
pub fn deadline_rows(b: &Board) -> Vec<Vec<String>> {
    b.rows
        .iter()
        .filter(|r| r.finished && r.won)
        .map(|r| {
            let mut row = vec![r.table.clone()];
            row.extend(words::deadline_cells(
                r.promised_weeks,
                r.agreed_weeks,
                r.actual_weeks,
                r.late_penalty,
            ));
            row
        })
        .collect()
}

/// The promises grouped by promise, in the board's order: (the promise's words, its rows, the
/// finished tables that did not make it).
pub fn promise_groups(b: &Board) -> Vec<(&str, Vec<&PromiseRow>, &[String])> {
    let mut out: Vec<(&str, Vec<&PromiseRow>, &[String])> = Vec::new();
    for p in &b.promises {
        match out.last_mut() {
            Some((_, rows, _)) if rows[0].promise == p.promise => rows.push(p),
            _ => {
                let without = b
                    .not_promised
                    .iter()
                    .find(|n| n.promise == p.promise)
                    .map_or(&[][..], |n| &n.tables[..]);
                out.push((&p.text, vec![p], without));
            }
        }
    }
    out
}

/// The board as CSV (the one CSV writer, [`crate::table_csv`]): the tables, a blank line, the
/// deadlines, a blank line, the promises, and the retrospectives after a blank line when any.
pub fn csv(b: &Board) -> String {
    let mut out = Csv::new();
    out.row(&words::board_columns());
    for r in &b.rows {
        out.row(&table_cells(r, b.ranks_shown));
    }
    out.section();
    out.row(&words::deadline_columns());
    for row in deadline_rows(b) {
        out.row(&row);
    }
    out.section();
    out.row(&words::promise_columns());
    for p in &b.promises {
        out.row(&[
            p.table.as_str(),
            &p.text,
            &words::in_pid(p.in_pid),
            &p.verdict,
            &p.cost,
        ]);
    }
    if !b.retros.is_empty() {
        out.section();
        out.row(&words::retro_columns());
        for r in &b.retros {
            out.row(&[
                r.table.as_str(),
                &words::role(r.seat),
                &r.went_wrong,
                &r.needed,
            ]);
        }
    }
    out.finish()
}

fn head_row(h: &mut String, heads: &[impl AsRef<str>]) {
    h.push_str("<thead><tr>");
    for c in heads {
        let _ = write!(h, "<th>{}</th>", esc(c.as_ref()));
    }
    h.push_str("</tr></thead>");
}

/// The board as one self-contained HTML page (inline CSS, no script); `refresh_s` adds an
/// automatic reload for the page the host serves.
pub fn html(b: &Board, refresh_s: Option<u32>) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        crate::wording::i18n::language().code()
    );
    if let Some(s) = refresh_s {
        let _ = write!(h, "<meta http-equiv=\"refresh\" content=\"{s}\">");
    }
    let _ = write!(
        h,
        "<title>{t}</title><style>\
         body{{font-family:system-ui,sans-serif;margin:2rem;background:#fafaf7;color:#222}}\
         h1{{font-size:2rem}} h2{{font-size:1.5rem;margin-top:2.5rem}} h3{{font-size:1.2rem;margin:1.5rem 0 .2rem}}\
         table{{border-collapse:collapse;margin:.5rem 0 1rem;font-size:1.1rem}}\
         th,td{{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}}\
         th{{background:#e8e6df}} td.n{{text-align:right}} .note{{color:#666}} .bad{{color:#a3262a}}\
         @media print{{body{{margin:0;background:#fff}}}}\
         </style></head><body><h1>{t}</h1>",
        t = esc(&b.title)
    );
    let [tables_h, deadlines_h, promises_h, retros_h] = words::board_sections();
    let _ = write!(h, "<h2>{}</h2>", esc(&tables_h));
    h.push_str("<table id=\"tables\">");
    let heads: Vec<String> = words::board_columns()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| *i != 0 || b.ranks_shown)
        .map(|(_, c)| c)
        .collect();
    head_row(&mut h, &heads);
    h.push_str("<tbody>");
    for r in &b.rows {
        h.push_str("<tr>");
        for (i, c) in table_cells(r, b.ranks_shown).iter().enumerate() {
            if i == 0 && !b.ranks_shown {
                continue;
            }
            let class = if (3..=9).contains(&i) && r.finished {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(h, "<td{class}>{}</td>", esc(c));
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody></table>");
    if !b.ranks_shown {
        let _ = write!(h, "<p class=\"note\">{}</p>", esc(&words::ranks_hidden()));
    }
    let deadlines = deadline_rows(b);
    if !deadlines.is_empty() {
        let _ = write!(h, "<h2>{}</h2><table id=\"deadlines\">", esc(&deadlines_h));
        head_row(&mut h, &words::deadline_columns());
        h.push_str("<tbody>");
        for row in &deadlines {
            h.push_str("<tr>");
            for (i, c) in row.iter().enumerate() {
                let class = if i > 0 { " class=\"n\"" } else { "" };
                let _ = write!(h, "<td{class}>{}</td>", esc(c));
            }
            h.push_str("</tr>");
        }
        h.push_str("</tbody></table>");
    }
    let _ = write!(h, "<h2>{}</h2><div id=\"promises\">", esc(&promises_h));
    let [table_h, _, pid_h, verdict_h, cost_h] = words::promise_columns();
    for (text, rows, without) in promise_groups(b) {
        let _ = write!(h, "<h3>{}</h3><table class=\"promise\">", esc(text));
        head_row(&mut h, &[&table_h, &pid_h, &verdict_h, &cost_h]);
        h.push_str("<tbody>");
        for p in rows {
            let cost_class = if p.cost_margin.is_some_and(|m| m < 0.0) {
                " class=\"bad\""
            } else {
                ""
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td{cost_class}>{}</td></tr>",
                esc(&p.table),
                words::in_pid(p.in_pid),
                esc(&p.verdict),
                esc(&p.cost)
            );
        }
        h.push_str("</tbody></table>");
        if !without.is_empty() {
            let _ = write!(
                h,
                "<p class=\"note\">{}</p>",
                esc(&words::not_promised(without))
            );
        }
    }
    h.push_str("</div>");
    if !b.retros.is_empty() {
        let _ = write!(h, "<h2>{}</h2><table id=\"retros\">", esc(&retros_h));
        head_row(&mut h, &words::retro_columns());
        h.push_str("<tbody>");
        for r in &b.retros {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.table),
                words::role(r.seat),
                esc(&r.went_wrong),
                esc(&r.needed)
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</body></html>\n");
    h
}
