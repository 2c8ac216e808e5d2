//! The class debrief board: every table side by side (deal, commission, margin, satisfaction,
//! weeks late, promises made and kept, pacing match rate) and every promise compared (which table
//! promised what, whether it was written into the PID, and what it cost), as data
//! ([`Board`]), as CSV and as one self-contained HTML page. Every figure comes from the host's own
//! sessions; words and headings come from `src/wording/workshop.rs`.

use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::tables::{Workshop, lock};
use crate::engine::outcome::Verdict;
use crate::engine::{PidItem, Session};
use crate::wording::{self, workshop as words};

/// One table on the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRow {
    /// The rank by the company's score (finished tables only, 1 is best).
    pub rank: Option<u32>,
    /// The table.
    pub table: String,
    /// Finished (the session is over).
    pub finished: bool,
    /// Where the table stands, in words, while it plays.
    pub status: String,
    /// The deal was won.
    pub won: bool,
    /// The price signed.
    pub deal: f32,
    /// The seller's commission.
    pub commission: f32,
    /// The company's margin.
    pub margin: f32,
    /// Client satisfaction (0 to 100).
    pub satisfaction: f32,
    /// Weeks late.
    pub weeks_late: u32,
    /// Promises made.
    pub promises_made: u32,
    /// Promises kept.
    pub promises_kept: u32,
    /// Share of answers whose depth matched the room (0 to 1).
    pub pacing_match: f32,
    /// The company's score (ranks the tables).
    pub score: f32,
    /// Imported from an offline result file.
    pub imported: bool,
}

/// One promise of one table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseRow {
    /// The table.
    pub table: String,
    /// The promise's id.
    pub promise: String,
    /// The promise in words.
    pub text: String,
    /// Written into the PID.
    pub in_pid: bool,
    /// Its verdict, in words (empty while the table plays).
    pub verdict: String,
    /// What it cost: the late penalty for a date missed, in words (empty otherwise).
    pub cost: String,
}

/// The whole board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Board {
    /// The scenario's title.
    pub title: String,
    /// Whether ranks are shown.
    pub ranks_shown: bool,
    /// The tables, best first when ranks are shown, else by name.
    pub rows: Vec<BoardRow>,
    /// The promises, by promise then table.
    pub promises: Vec<PromiseRow>,
}

fn row(name: &str, s: &Session, imported: bool) -> BoardRow {
    let st = s.state();
    let pacing = &st.sales.pacing;
    let pacing_match = if pacing.is_empty() {
        0.0
    } else {
        pacing.iter().filter(|p| p.matched()).count() as f32 / pacing.len() as f32
    };
    let o = s.outcome();
    BoardRow {
        rank: None,
        table: name.to_owned(),
        finished: o.is_some(),
        status: if o.is_some() {
            String::new()
        } else {
            words::still_playing(&format!("{:?}", s.phase()).to_lowercase())
        },
        won: o.is_some_and(|o| o.won),
        deal: o.map_or(0.0, |o| if o.won { o.price } else { 0.0 }),
        commission: o.map_or(0.0, |o| o.seller.commission),
        margin: o.map_or(0.0, |o| o.margin),
        satisfaction: o.map_or(0.0, |o| o.satisfaction),
        weeks_late: o.map_or(0, |o| o.weeks_late),
        promises_made: st.ledger.len() as u32,
        promises_kept: o.map_or(0, |o| {
            o.promises
                .iter()
                .filter(|(_, v)| matches!(v, Verdict::Kept))
                .count() as u32
        }),
        pacing_match,
        score: o.map_or(0.0, |o| o.score),
        imported,
    }
}

fn promise_rows(name: &str, s: &Session) -> Vec<PromiseRow> {
    let sc = s.scenario();
    let st = s.state();
    let o = s.outcome();
    st.ledger
        .iter()
        .map(|e| {
            let verdict = o.and_then(|o| o.promises.iter().find(|(p, _)| *p == e.promise));
            let cost = match (verdict, &sc.promises[e.promise.ix()].kind, o) {
                (
                    Some((_, Verdict::Broken(_))),
                    crate::scenario::model::PromiseKind::Deadline(_),
                    Some(o),
                ) if o.late_penalty > 0.0 => wording::money(o.late_penalty),
                _ => String::new(),
            };
            PromiseRow {
                table: name.to_owned(),
                promise: sc.promises[e.promise.ix()].key.clone(),
                text: wording::describe_promise(sc, e.promise),
                in_pid: st.pid.contains(&PidItem::Promise(e.promise)),
                verdict: verdict
                    .map(|(_, v)| wording::verdict(*v))
                    .unwrap_or_default(),
                cost,
            }
        })
        .collect()
}

impl Workshop {
    /// The class debrief board now.
    pub fn board(&self) -> Board {
        let mut rows = Vec::new();
        let mut promises = Vec::new();
        for arc in self.all_tables() {
            let t = lock(&arc);
            rows.push(row(&t.name, &t.session, t.imported));
            promises.extend(promise_rows(&t.name, &t.session));
        }
        let ranks_shown = lock(&self.settings).leaderboard_shown;
        if ranks_shown {
            let mut finished: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].finished).collect();
            finished.sort_by(|&a, &b| rows[b].score.total_cmp(&rows[a].score));
            for (r, i) in finished.into_iter().enumerate() {
                rows[i].rank = Some(r as u32 + 1);
            }
            rows.sort_by_key(|r| r.rank.unwrap_or(u32::MAX));
        }
        promises.sort_by(|a, b| a.promise.cmp(&b.promise).then(a.table.cmp(&b.table)));
        Board {
            title: words::board_title(&self.scenario.title),
            ranks_shown,
            rows,
            promises,
        }
    }
}

fn cells(r: &BoardRow, ranks: bool) -> Vec<String> {
    let rank = if ranks {
        r.rank.map(|n| n.to_string()).unwrap_or_default()
    } else {
        String::new()
    };
    if !r.finished {
        let mut c = vec![rank, r.table.clone(), r.status.clone()];
        c.extend(std::iter::repeat_n(String::new(), 4));
        c.push(r.promises_made.to_string());
        c.push(String::new());
        c.push(words::percent(r.pacing_match));
        c.push(words::source(r.imported).into());
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
        r.promises_made.to_string(),
        r.promises_kept.to_string(),
        words::percent(r.pacing_match),
        words::source(r.imported).into(),
    ]
}

fn csv_field(s: &str) -> String {
    // A cell a spreadsheet would run as a formula is quoted with a leading apostrophe.
    let s = if s.starts_with(['=', '+', '-', '@']) && !s.starts_with('−') {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The board as CSV: the tables, a blank line, then the promises.
pub fn csv(b: &Board) -> String {
    let mut out = String::new();
    let line = |out: &mut String, cells: &[String]| {
        let row: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    };
    line(
        &mut out,
        &words::BOARD_COLUMNS
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
    );
    for r in &b.rows {
        line(&mut out, &cells(r, b.ranks_shown));
    }
    out.push('\n');
    line(
        &mut out,
        &words::PROMISE_COLUMNS
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>(),
    );
    for p in &b.promises {
        line(
            &mut out,
            &[
                p.table.clone(),
                p.text.clone(),
                if p.in_pid { "yes" } else { "no" }.into(),
                p.verdict.clone(),
                p.cost.clone(),
            ],
        );
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The board as one self-contained HTML page (inline CSS, no script); `refresh_s` adds an
/// automatic reload for the page the host serves.
pub fn html(b: &Board, refresh_s: Option<u32>) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    );
    if let Some(s) = refresh_s {
        let _ = write!(h, "<meta http-equiv=\"refresh\" content=\"{s}\">");
    }
    let _ = write!(
        h,
        "<title>{t}</title><style>\
         body{{font-family:system-ui,sans-serif;margin:2rem;background:#fafaf7;color:#222}}\
         h1{{font-size:2rem}} table{{border-collapse:collapse;margin:1rem 0 2rem;font-size:1.2rem}}\
         th,td{{border-bottom:1px solid #ccc;padding:.4rem .8rem;text-align:left}}\
         th{{background:#e8e6df}} td.n{{text-align:right}} .note{{color:#666}}\
         </style></head><body><h1>{t}</h1>",
        t = esc(&b.title)
    );
    h.push_str("<table id=\"tables\"><thead><tr>");
    for (i, c) in words::BOARD_COLUMNS.iter().enumerate() {
        if i == 0 && !b.ranks_shown {
            continue;
        }
        let _ = write!(h, "<th>{}</th>", esc(c));
    }
    h.push_str("</tr></thead><tbody>");
    for r in &b.rows {
        h.push_str("<tr>");
        for (i, c) in cells(r, b.ranks_shown).iter().enumerate() {
            if i == 0 && !b.ranks_shown {
                continue;
            }
            let class = if (2..=9).contains(&i) {
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
        let _ = write!(h, "<p class=\"note\">{}</p>", esc(words::ranks_hidden()));
    }
    h.push_str("<table id=\"promises\"><thead><tr>");
    for c in words::PROMISE_COLUMNS {
        let _ = write!(h, "<th>{}</th>", esc(c));
    }
    h.push_str("</tr></thead><tbody>");
    for p in &b.promises {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            esc(&p.table),
            esc(&p.text),
            if p.in_pid { "yes" } else { "no" },
            esc(&p.verdict),
            esc(&p.cost)
        );
    }
    h.push_str("</tbody></table></body></html>\n");
    h
}
