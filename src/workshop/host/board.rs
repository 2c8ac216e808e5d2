//! The class debrief board as data ([`Board`]): every table side by side (deal, commission,
//! margin, satisfaction, weeks late, promises made and kept, pacing match rate), every promise
//! compared (which table promised what, whether it was written into the PID, what became of it
//! and what it did to the deal: the engine's replay of the same delivery without it), and the
//! tables' retrospectives. Every figure comes from the host's own sessions; words come from
//! `src/wording/`. `page.rs` lays it out as CSV and as one HTML page.

use super::rows::{Board, BoardRow, NotPromised, PromiseRow, RetroRow};
use super::tables::{Table, Workshop, lock};
use crate::engine::outcome::Verdict;
use crate::engine::{PidItem, Seat, Session};
use crate::scenario::model::PromiseId;
use crate::wording::{self, workshop as words};

fn row(name: &str, s: &Session, imported: bool, ledger_shown: bool) -> BoardRow {
    let st = s.state();
    let o = s.outcome();
    let shown = |n: u32| if ledger_shown { n } else { 0 };
    BoardRow {
        rank: None,
        table: name.to_owned(),
        finished: o.is_some(),
        status: if o.is_some() {
            String::new()
        } else {
            words::still_playing(&wording::remote::phase_line(&s.phase_view()))
        },
        won: o.is_some_and(|o| o.won),
        deal: o.map_or(0.0, |o| if o.won { o.price } else { 0.0 }),
        commission: o.map_or(0.0, |o| o.seller.commission),
        margin: o.map_or(0.0, |o| o.margin),
        satisfaction: o.map_or(0.0, |o| o.satisfaction),
        weeks_late: o.map_or(0, |o| o.weeks_late),
        promised_weeks: o.map_or(0, |o| o.promised_weeks),
        agreed_weeks: o.map_or(0, |o| o.agreed_weeks),
        actual_weeks: o.map_or(0, |o| o.actual_weeks),
        late_penalty: o.map_or(0.0, |o| o.late_penalty),
        promises_made: shown(st.ledger.len() as u32),
        promises_kept: shown(o.map_or(0, |o| {
            o.promises
                .iter()
                .filter(|(_, v)| matches!(v, Verdict::Kept))
                .count() as u32
        })),
        pacing_match: s.pacing_share(),
        score: o.map_or(0.0, |o| o.score),
        imported,
        ledger_shown,
    }
}

fn promise_rows(name: &str, s: &Session) -> Vec<PromiseRow> {
    let sc = s.scenario();
    let st = s.state();
    // Once over, the engine's debrief traces each promise, with delivery replayed without it.
    let traces = s.debrief(true).map(|d| d.promises).unwrap_or_default();
    st.ledger
        .iter()
        .map(|e| {
            let trace = traces.iter().find(|t| t.promise == e.promise);
            let effect = trace.and_then(|t| t.without).map(|d| d.reversed());
            PromiseRow {
                table: name.to_owned(),
                promise: sc.promises[e.promise.ix()].key.clone(),
                text: wording::describe_promise(sc, e.promise),
                in_pid: st.pid.contains(&PidItem::Promise(e.promise)),
                verdict: trace
                    .map(|t| wording::verdict(t.verdict))
                    .unwrap_or_default(),
                cost: effect
                    .map(|d| words::promise_effect(&d))
                    .unwrap_or_default(),
                cost_margin: effect.map(|d| d.margin),
                cost_weeks: effect.map(|d| d.weeks),
                cost_satisfaction: effect.map(|d| d.satisfaction),
            }
        })
        .collect()
}

/// A table's promise rows, computed again only when the table has changed.
fn cached_promise_rows(t: &mut Table) -> Vec<PromiseRow> {
    match &t.board_cache {
        Some((v, rows)) if *v == t.version => rows.clone(),
        _ => {
            let rows = promise_rows(&t.name, &t.session);
            t.board_cache = Some((t.version, rows.clone()));
            rows
        }
    }
}

fn retro_rows(name: &str, s: &Session) -> Vec<RetroRow> {
    [Seat::Seller, Seat::DeliveryLead]
        .into_iter()
        .filter_map(|seat| {
            s.retro().of(seat).map(|a| RetroRow {
                table: name.to_owned(),
                seat,
                went_wrong: a.went_wrong.clone(),
                needed: a.needed.clone(),
            })
        })
        .collect()
}

impl Workshop {
    /// The class debrief board now.
    pub fn board(&self) -> Board {
        let mut rows = Vec::new();
        let mut promises = Vec::new();
        let mut retros = Vec::new();
        let revealed = lock(&self.settings).ledgers_revealed;
        for arc in self.all_tables() {
            let mut t = lock(&arc);
            let shown = t.ledger_revealed(revealed);
            rows.push(row(&t.name, &t.session, t.imported, shown));
            if shown {
                promises.extend(cached_promise_rows(&mut t));
            }
            retros.extend(retro_rows(&t.name, &t.session));
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
        // Promises grouped by their words (the scenario's order of the first with those words),
        // then by table.
        let texts: Vec<String> = (0..self.scenario.promises.len())
            .map(|i| wording::describe_promise(&self.scenario, PromiseId(i as u16)))
            .collect();
        let order = |text: &str| texts.iter().position(|t| t == text);
        promises.sort_by(|a, b| {
            order(&a.text)
                .cmp(&order(&b.text))
                .then(a.table.cmp(&b.table))
        });
        let mut not_promised: Vec<NotPromised> = Vec::new();
        for p in &promises {
            if not_promised.iter().any(|n| n.text == p.text) {
                continue;
            }
            let tables: Vec<String> = rows
                .iter()
                .filter(|r| r.ledger_shown)
                .filter(|r| {
                    !promises
                        .iter()
                        .any(|q| q.text == p.text && q.table == r.table)
                })
                .map(|r| r.table.clone())
                .collect();
            not_promised.push(NotPromised {
                text: p.text.clone(),
                tables,
            });
        }
        not_promised.retain(|n| !n.tables.is_empty());
        Board {
            title: words::board_title(&self.scenario.title),
            ranks_shown,
            rows,
            promises,
            not_promised,
            retros,
        }
    }
}
