//! The class debrief board as data ([`Board`]): every table side by side (deal, commission,
//! margin, satisfaction, weeks late, promises made and kept, pacing match rate), every promise
//! compared (which table promised what, whether it was written into the PID, what became of it
//! and what it did to the deal: the engine's replay of the same delivery without it), and the
//! tables' retrospectives. Every figure comes from each table's debrief model (the engine's, for
//! the facilitator: a finished table's in full, none of a table still playing), promises keyed
//! by their ids; words come from `src/wording/`. `page.rs` lays it out as CSV and as one HTML page.

use super::rows::{Board, BoardRow, NotPromised, PromiseRow, RetroRow};
use super::tables::{Table, Workshop, lock};
use crate::engine::debrief::DebriefModel;
use crate::engine::outcome::Verdict;
use crate::engine::{Seat, Session, ViewOptions, Viewer};
use crate::wording::{self, workshop as words};

/// The facilitator's debrief model of a table (`None` while it plays): a finished table's figures
/// are the class debrief's; its promises are shown only once the ledgers are revealed (`row`,
/// `Workshop::board`).
fn model(s: &Session, counterfactuals: bool) -> Option<DebriefModel> {
    s.debrief_model(
        Viewer::Facilitator,
        ViewOptions {
            support: s.support(),
            ..Default::default()
        },
        false,
        counterfactuals,
    )
}

fn row(name: &str, s: &Session, imported: bool, ledger_shown: bool) -> BoardRow {
    let m = model(s, false);
    let o = m.as_ref().map(|m| &m.outcome);
    let shown = |n: u32| if ledger_shown { n } else { 0 };
    BoardRow {
        rank: None,
        table: name.to_owned(),
        finished: o.is_some(),
        status: if o.is_some() {
            String::new()
        } else {
            words::still_playing(&wording::remote::phase_line(
                &s.phase_view(),
                s.meeting_name().as_deref(),
            ))
        },
        won: o.is_some_and(|o| o.won),
        deal: o.map_or(0.0, |o| if o.won { o.price } else { 0.0 }),
        commission: m.as_ref().and_then(|m| m.commission).unwrap_or(0.0),
        margin: o.map_or(0.0, |o| o.margin),
        satisfaction: o.map_or(0.0, |o| o.satisfaction),
        weeks_late: o.map_or(0, |o| o.weeks_late),
        promised_weeks: o.map_or(0, |o| o.promised_weeks),
        agreed_weeks: o.map_or(0, |o| o.agreed_weeks),
        actual_weeks: o.map_or(0, |o| o.actual_weeks),
        late_penalty: o.map_or(0.0, |o| o.late_penalty),
        promises_made: shown(m.as_ref().map_or(s.promises_made(), |m| m.promises.len()) as u32),
        promises_kept: shown(m.as_ref().map_or(0, |m| {
            m.promises
                .iter()
                .filter(|p| matches!(p.verdict, Verdict::Kept))
                .count() as u32
        })),
        pacing_match: m.as_ref().map_or(s.pacing_share(), |m| m.pacing_share),
        score: o.map_or(0.0, |o| o.score),
        imported,
        ledger_shown,
    }
}

/// A finished table's promises, from its debrief model (each traced, with delivery replayed
/// without it); none while the table plays (its ledger is the seller's).
fn promise_rows(name: &str, s: &Session) -> Vec<PromiseRow> {
    let Some(m) = model(s, true) else {
        return Vec::new();
    };
    m.promises
        .iter()
        .map(|p| {
            let effect = p.without.map(|d| d.reversed());
            PromiseRow {
                table: name.to_owned(),
                promise: p.key.clone(),
                text: wording::describe(&p.what, &p.to.name, &p.to.role),
                in_pid: p.in_pid,
                verdict: wording::verdict(p.verdict),
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
        // Promises grouped by promise (the scenario's order), then by table: two promises with
        // the same words are still two promises.
        let order = |key: &str| self.scenario.promises.iter().position(|p| p.key == key);
        promises.sort_by(|a, b| {
            order(&a.promise)
                .cmp(&order(&b.promise))
                .then(a.table.cmp(&b.table))
        });
        let mut not_promised: Vec<NotPromised> = Vec::new();
        for p in &promises {
            if not_promised.iter().any(|n| n.promise == p.promise) {
                continue;
            }
            let tables: Vec<String> = rows
                .iter()
                .filter(|r| r.ledger_shown)
                .filter(|r| {
                    !promises
                        .iter()
                        .any(|q| q.promise == p.promise && q.table == r.table)
                })
                .map(|r| r.table.clone())
                .collect();
            not_promised.push(NotPromised {
                promise: p.promise.clone(),
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
