//! The outcome and debrief: both scorecards, the rubric, which promise caused what, the pacing
//! chart, key moments, the facilitator's questions, and what-if replays.
//!
//! [`DebriefView::build`] (in `model.rs`) reads a finished session and its [`Debrief`] and takes
//! every sentence from [`crate::wording::debrief`], the same functions the Markdown and HTML
//! reports use; [`debrief_view`] draws one tab at a time (sized for a projector; one file per
//! tab) and returns an [`Intent`]: tab changes, the what-if form and exports go through
//! [`Intent::Debrief`] so the screen keeps that state.
//!
//! [`Debrief`]: crate::engine::Debrief

mod discuss;
mod model;
mod outcome;
mod pacing;
mod promises;
mod table;
mod what_if;

use bevy_egui::egui::{self, Key, RichText};

pub use model::{
    CompareRow, DebriefView, Metric, NeedRow, PacePoint, Pacing, PromiseRow, RubricRow,
    TwoRolesPage, WhatIfView, edit_text,
};

use crate::game::intent::Intent;
use crate::game::theme::{Palette, size, widgets};
use crate::game::views::{Tone, color, keys, mark, stat};
use crate::wording::debrief_screen as ds;

pub use crate::game::intent::{DebriefIntent, DebriefTab, EditKind, ExportFormat};

/// The debrief screen's own state, kept by the screen and shown by the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebriefUi {
    /// The tab shown.
    pub tab: DebriefTab,
    /// The promise picked for a what-if.
    pub pick: Option<usize>,
    /// The change.
    pub kind: EditKind,
    /// Weeks for a deadline change.
    pub weeks: u32,
    /// The question shown alone in facilitator mode.
    pub facilitate: Option<usize>,
    /// The last export: whether it worked, and the path or the error.
    pub export: Option<(bool, String)>,
}

const TAB_KEYS: [Key; 6] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
];

pub(super) fn wrap(i: DebriefIntent) -> Option<Intent> {
    Some(Intent::Debrief(i))
}

/// Draws the debrief. Number keys 1–5 switch tabs; in facilitator mode the arrow keys move
/// between questions.
pub fn debrief_view(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = keyboard(ui, view);

    widgets::top_bar(
        ui,
        "debrief_top",
        &ds::title(&view.title),
        &view.headline,
        |ui| {
            let passed = view.rubric.iter().filter(|r| r.passed).count();
            let tone = if passed == view.rubric.len() {
                Tone::Good
            } else if passed * 2 >= view.rubric.len() {
                Tone::Warn
            } else {
                Tone::Bad
            };
            stat(
                ui,
                &ds::score(view.score),
                tone,
                &ds::checks_passed(passed, view.rubric.len()),
            );
        },
    );
    widgets::bottom_bar(ui, "debrief_bottom", |ui| {
        if widgets::ActionButton::new(&crate::wording::menus::back_to_title())
            .show(ui)
            .clicked()
        {
            out = Some(Intent::ToTitle);
        }
        if widgets::ActionButton::new(&ds::export_html())
            .show(ui)
            .on_hover_text(ds::html_export_note())
            .clicked()
        {
            out = wrap(DebriefIntent::Export(ExportFormat::Html));
        }
        if widgets::ActionButton::new(&ds::export_markdown())
            .show(ui)
            .clicked()
        {
            out = wrap(DebriefIntent::Export(ExportFormat::Markdown));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if widgets::ActionButton::new(&crate::tr!("views-pause"))
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Pause);
            }
            if let Some((ok, text)) = &view.ui.export {
                let tone = if *ok { Tone::Good } else { Tone::Bad };
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{} {text}", mark(tone)))
                            .size(size::SMALL)
                            .color(color(ui, tone)),
                    )
                    .truncate(),
                )
                .on_hover_text(text);
            }
        });
    });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            if view.ui.facilitate.is_none() {
                ui.horizontal(|ui| {
                    for (i, tab) in DebriefTab::ALL.into_iter().enumerate() {
                        if tab == DebriefTab::TwoRoles && view.two_roles.is_none() {
                            continue;
                        }
                        let key = (i + 1).to_string();
                        if widgets::ActionButton::new(&tab.label())
                            .key(&key)
                            .primary(view.ui.tab == tab)
                            .show(ui)
                            .clicked()
                        {
                            out = wrap(DebriefIntent::Tab(tab));
                        }
                    }
                });
                ui.add_space(10.0);
            }
            // The guide, when it runs, sits below the page, never over it.
            let page =
                super::guide::above_guide(ui, |ui| match (view.ui.facilitate, view.ui.tab) {
                    (Some(q), _) => discuss::facilitate(ui, view, q),
                    (None, DebriefTab::Outcome) => outcome::outcome(ui, view),
                    (None, DebriefTab::Promises) => promises::promises(ui, view),
                    (None, DebriefTab::Pacing) => pacing::pacing(ui, view),
                    (None, DebriefTab::WhatIf) => what_if::what_if(ui, view),
                    (None, DebriefTab::Discuss) => discuss::discuss(ui, view),
                    (None, DebriefTab::TwoRoles) => table::two_roles(ui, view),
                });
            if page.is_some() {
                out = page;
            }
        });
    out
}

fn keyboard(ui: &egui::Ui, view: &DebriefView) -> Option<Intent> {
    // Enter runs the what-if and Space moves on unless a button has the focus (then they are
    // that button's).
    let enter_free = !keys::focused(ui);
    keys::read(ui, |i| {
        if let Some(q) = view.ui.facilitate {
            let last = view.questions.len().saturating_sub(1);
            if i.key_pressed(Key::ArrowRight) || (enter_free && i.key_pressed(Key::Space)) {
                return wrap(DebriefIntent::Facilitate(Some((q + 1).min(last))));
            }
            if i.key_pressed(Key::ArrowLeft) {
                return wrap(DebriefIntent::Facilitate(Some(q.saturating_sub(1))));
            }
            if i.key_pressed(Key::F) {
                return wrap(DebriefIntent::Facilitate(None));
            }
            return None;
        }
        if i.key_pressed(Key::F) && !view.questions.is_empty() {
            return wrap(DebriefIntent::Facilitate(Some(0)));
        }
        for (k, tab) in TAB_KEYS.iter().zip(DebriefTab::ALL) {
            if i.key_pressed(*k)
                && view.ui.tab != tab
                && (tab != DebriefTab::TwoRoles || view.two_roles.is_some())
            {
                return wrap(DebriefIntent::Tab(tab));
            }
        }
        if view.ui.tab == DebriefTab::WhatIf {
            // Arrows pick a promise, D / P / W choose the change, + and − move the weeks,
            // Enter replays: the what-if needs no mouse either.
            let n = view.promises.len();
            if n > 0 && (i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowUp)) {
                let step = if i.key_pressed(Key::ArrowDown) {
                    1
                } else {
                    n - 1
                };
                let next = view.ui.pick.map_or(0, |p| (p + step) % n);
                return wrap(DebriefIntent::Pick(next));
            }
            for (key, kind) in [
                (Key::D, EditKind::Drop),
                (Key::P, EditKind::Handoff),
                (Key::W, EditKind::Deadline),
            ] {
                if i.key_pressed(key) {
                    return wrap(DebriefIntent::Kind(kind));
                }
            }
            if (i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals))
                && view.what_if_weeks.contains(&(view.ui.weeks + 1))
            {
                return wrap(DebriefIntent::Weeks(view.ui.weeks + 1));
            }
            if i.key_pressed(Key::Minus)
                && view
                    .what_if_weeks
                    .contains(&(view.ui.weeks.saturating_sub(1)))
            {
                return wrap(DebriefIntent::Weeks(view.ui.weeks - 1));
            }
            if enter_free && i.key_pressed(Key::Enter) {
                return wrap(DebriefIntent::RunForm);
            }
        }
        None
    })
}

pub(super) fn scroll<R>(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .show(ui, add)
        .inner
}
