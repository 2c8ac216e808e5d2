//! The class debrief on the facilitator's console, in type a projector carries: the tables side
//! by side, then promise by promise (which table made it, whether it reached the PID, what became
//! of it, what it did to the deal, and who finished without it), then the retrospectives. The
//! cells are the board's own ([`table_cells`]), so the console and the web page never disagree.

use bevy_egui::egui::{self, RichText, Ui};

use crate::game::theme::widgets;
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::workshop as words;
use crate::workshop::host::{Board, deadline_rows, promise_groups, table_cells};

/// The column of [`words::board_columns`] that says where a result came from.
const SOURCE: usize = 10;

/// Draws the board.
pub fn class_debrief(ui: &mut Ui, pal: &Palette, b: &Board) {
    ui.label(
        RichText::new(&b.title)
            .font(bold_font(size::TITLE))
            .color(pal.text),
    );
    if b.rows.is_empty() {
        widgets::weak(ui, &words::no_table_yet());
        return;
    }
    let [tables_h, deadlines_h, promises_h, retros_h] = words::board_sections();
    section(ui, pal, &tables_h);
    egui::Grid::new("class_debrief")
        .striped(true)
        .spacing([22.0, 10.0])
        .show(ui, |ui| {
            // The source column is left out: the imported tables are named under the grid.
            for (i, h) in words::board_columns().iter().enumerate() {
                if (i == 0 && !b.ranks_shown) || i == SOURCE {
                    continue;
                }
                ui.label(
                    RichText::new(h.as_str())
                        .size(size::SMALL)
                        .color(pal.text_weak),
                );
            }
            ui.end_row();
            for r in &b.rows {
                for (i, c) in table_cells(r, b.ranks_shown).into_iter().enumerate() {
                    if (i == 0 && !b.ranks_shown) || i == SOURCE {
                        continue;
                    }
                    let (size, color) = if !r.finished && i == 2 {
                        (size::BODY, pal.text_weak)
                    } else {
                        (size::HEADING, pal.text)
                    };
                    ui.label(RichText::new(c).size(size).color(color));
                }
                ui.end_row();
            }
        });
    let imported: Vec<String> = b
        .rows
        .iter()
        .filter(|r| r.imported)
        .map(|r| r.table.clone())
        .collect();
    if !imported.is_empty() {
        widgets::weak(ui, &words::imported_tables(&imported));
    }
    if !b.ranks_shown {
        widgets::weak(ui, &words::ranks_hidden());
    }
    let deadlines = deadline_rows(b);
    if !deadlines.is_empty() {
        section(ui, pal, &deadlines_h);
        egui::Grid::new("class_debrief_deadlines")
            .striped(true)
            .spacing([22.0, 6.0])
            .show(ui, |ui| {
                for h in words::deadline_columns() {
                    ui.label(RichText::new(h).size(size::SMALL).color(pal.text_weak));
                }
                ui.end_row();
                for row in &deadlines {
                    for c in row {
                        ui.label(RichText::new(c).size(size::BODY).color(pal.text));
                    }
                    ui.end_row();
                }
            });
    }
    let groups = promise_groups(b);
    if !groups.is_empty() {
        section(ui, pal, &promises_h);
    }
    let [table_h, _, pid_h, verdict_h, cost_h] = words::promise_columns();
    for (n, (text, rows, without)) in groups.into_iter().enumerate() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(text)
                .font(bold_font(size::HEADING))
                .color(pal.text),
        );
        egui::Grid::new(("class_debrief_promise", n))
            .striped(true)
            .spacing([22.0, 6.0])
            .show(ui, |ui| {
                for h in [&table_h, &pid_h, &verdict_h, &cost_h] {
                    ui.label(RichText::new(h).size(size::SMALL).color(pal.text_weak));
                }
                ui.end_row();
                for p in rows {
                    ui.label(RichText::new(&p.table).size(size::BODY).color(pal.text));
                    ui.label(RichText::new(words::in_pid(p.in_pid)).color(pal.text));
                    ui.label(RichText::new(&p.verdict).color(pal.text));
                    let bad = p.cost_margin.is_some_and(|m| m < 0.0);
                    ui.label(RichText::new(&p.cost).color(if bad { pal.bad } else { pal.text }));
                    ui.end_row();
                }
            });
        if !without.is_empty() {
            widgets::weak(ui, &words::not_promised(without));
        }
    }
    if !b.retros.is_empty() {
        section(ui, pal, &retros_h);
        egui::Grid::new("class_debrief_retros")
            .striped(true)
            .spacing([22.0, 6.0])
            .show(ui, |ui| {
                for h in words::retro_columns() {
                    ui.label(RichText::new(h).size(size::SMALL).color(pal.text_weak));
                }
                ui.end_row();
                for r in &b.retros {
                    ui.label(RichText::new(&r.table).color(pal.text));
                    ui.label(RichText::new(words::role(r.seat)).color(pal.text));
                    ui.add(egui::Label::new(RichText::new(&r.went_wrong).color(pal.text)).wrap());
                    ui.add(egui::Label::new(RichText::new(&r.needed).color(pal.text)).wrap());
                    ui.end_row();
                }
            });
    }
}

fn section(ui: &mut Ui, pal: &Palette, title: &str) {
    ui.add_space(14.0);
    ui.label(
        RichText::new(title)
            .font(bold_font(size::HEADING))
            .color(pal.text_weak),
    );
    ui.add_space(4.0);
}
