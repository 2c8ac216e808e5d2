//! The progress page's view: scenarios played in each role with the best score and its date, rubric
//! checks passed at least once, the drill history chart, damaged files, and the results settings
//! (pseudonymous account, learning record store, "send now"). Built by
//! [`crate::game::screens::progress`].

use bevy_egui::egui::{self, RichText, Ui};

use super::keys;
use crate::game::intent::{Intent, ResultsForm};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, size};
use crate::wording::menus;
use crate::wording::results;
use crate::xapi::form::Field;

/// One scenario played in one role.
#[derive(Debug, Clone, PartialEq)]
pub struct PlayedRow {
    /// The scenario's title.
    pub title: String,
    /// The role, in words.
    pub role: String,
    /// Runs recorded.
    pub runs: u32,
    /// The best score, 0 to 100.
    pub best: f32,
    /// When the best was reached (`2026-12-01`).
    pub date: String,
}

/// What the progress page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProgressView {
    /// Scenarios played.
    pub played: Vec<PlayedRow>,
    /// Rubric checks passed at least once: (scenario, check, first date).
    pub checks: Vec<(String, String, String)>,
    /// Drill match rates (percent), oldest first, all difficulties.
    pub drills: Vec<f64>,
    /// Personal bests per difficulty, in words.
    pub bests: Vec<String>,
    /// Damaged files found (each: what and where it was put).
    pub damage: Vec<String>,
    /// The results settings form.
    pub results: ResultsFormView,
}

/// The results settings form: on the progress page and in the settings menu alike.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultsFormView {
    /// The results settings being edited.
    pub form: ResultsForm,
    /// The form differs from what is saved.
    pub form_dirty: bool,
    /// What is wrong with what was typed, in words, by field; `true`: it blocks the save.
    pub problems: Vec<(Field, String, bool)>,
    /// Statements waiting in the outbox.
    pub queued: usize,
    /// The last word on saving or sending.
    pub status: Option<String>,
}

impl ResultsFormView {
    /// True when a problem blocks the save.
    pub fn blocked(&self) -> bool {
        self.problems.iter().any(|p| p.2)
    }
}

/// Draws the progress page. Esc goes back to the title.
pub fn progress_view(ui: &mut Ui, view: &ProgressView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if keys::escape(ui) {
        out = Some(Intent::ToTitle);
    }
    widgets::top_bar(
        ui,
        "progress_top",
        &crate::tr!("views-progress"),
        &menus::progress_subtitle(),
        |ui| {
            if ActionButton::new(&menus::back_to_title())
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::ToTitle);
            }
        },
    );
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for d in &view.damage {
                    widgets::card(ui, |ui| {
                        ui.label(
                            RichText::new(menus::progress_damaged())
                                .strong()
                                .color(pal.warn),
                        );
                        ui.add(egui::Label::new(RichText::new(d).color(pal.text)).wrap());
                    });
                    ui.add_space(8.0);
                }
                ui.columns(2, |cols| {
                    let ui = &mut cols[0];
                    widgets::overline(ui, &menus::scenarios_played());
                    if view.played.is_empty() {
                        widgets::weak(ui, &menus::no_runs_yet());
                    }
                    for p in &view.played {
                        ui.label(RichText::new(&p.title).strong().color(pal.text));
                        widgets::weak(ui, &menus::played_line(&p.role, p.best, &p.date, p.runs));
                    }
                    ui.add_space(12.0);
                    widgets::overline(ui, &menus::checks_passed());
                    if view.checks.is_empty() {
                        widgets::weak(ui, &menus::none_yet());
                    }
                    for (scenario, check, date) in &view.checks {
                        ui.label(RichText::new(menus::check_passed(check)).color(pal.good));
                        widgets::weak(ui, &menus::first_passed(scenario, date));
                    }
                    let ui = &mut cols[1];
                    widgets::overline(ui, &menus::drills());
                    super::drill::history_chart(ui, &pal, "progress_drills", &view.drills);
                    for b in &view.bests {
                        ui.label(RichText::new(b).color(pal.text));
                    }
                    ui.add_space(12.0);
                    if let Some(i) = results_form(ui, &view.results) {
                        out = Some(i);
                    }
                });
            });
        });
    out
}

/// The results settings: account and learning record store, each field with what is wrong with
/// it, Save (refused while something blocks it) and Send now. Shared by the progress page and the
/// settings menu.
pub fn results_form(ui: &mut Ui, view: &ResultsFormView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    widgets::overline(ui, &menus::results_heading());
    let mut form = view.form.clone();
    let mut changed = false;
    let problems = |ui: &mut Ui, f: Field| {
        for (field, text, blocks) in &view.problems {
            if *field == f {
                ui.label("");
                let color = if *blocks { pal.bad } else { pal.warn };
                ui.add(egui::Label::new(RichText::new(text).size(size::SMALL).color(color)).wrap());
                ui.end_row();
            }
        }
    };
    egui::Grid::new(ui.id().with("results_form"))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let w = (ui.available_width() - 130.0).max(160.0);
            let label = ui.label(results::field(Field::Account));
            changed |= ui
                .add(egui::TextEdit::singleline(&mut form.account).desired_width(w))
                .labelled_by(label.id)
                .changed();
            ui.end_row();
            problems(ui, Field::Account);
            let label = ui.label(results::field(Field::Endpoint));
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut form.endpoint)
                        .hint_text("https://lrs.example/xapi")
                        .desired_width(w),
                )
                .labelled_by(label.id)
                .changed();
            ui.end_row();
            problems(ui, Field::Endpoint);
            let label = ui.label(results::field(Field::User));
            changed |= ui
                .add(egui::TextEdit::singleline(&mut form.username).desired_width(w))
                .labelled_by(label.id)
                .changed();
            ui.end_row();
            problems(ui, Field::User);
            let label = ui.label(results::field(Field::Password));
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut form.password)
                        .password(true)
                        .desired_width(w),
                )
                .labelled_by(label.id)
                .changed();
            ui.end_row();
            problems(ui, Field::Password);
            let label = ui.label(results::field(Field::HomePage));
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut form.home_page)
                        .hint_text("https://lms.example.com/")
                        .desired_width(w),
                )
                .labelled_by(label.id)
                .changed();
            ui.end_row();
            problems(ui, Field::HomePage);
        });
    if changed {
        out = Some(Intent::SetResults(form));
    }
    widgets::weak(ui, &menus::pseudonym_note());
    ui.horizontal(|ui| {
        if ActionButton::new(&crate::tr!("views-save"))
            .primary(view.form_dirty && !view.blocked())
            .enabled(view.form_dirty)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::SaveResults);
        }
        let can_send = !view.form.endpoint.trim().is_empty() && !view.form_dirty;
        if ActionButton::new(&menus::send_now())
            .enabled(can_send)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::SendResultsNow);
        }
    });
    ui.label(
        RichText::new(menus::statements_waiting(view.queued))
            .size(size::SMALL)
            .color(pal.text_weak),
    );
    if let Some(s) = &view.status {
        ui.add(egui::Label::new(RichText::new(s).color(pal.text)).wrap());
    }
    out
}
