//! The debrief screen: computes the debrief once when the screen opens (with one counterfactual
//! replay per promise), keeps the tab, the what-if form and the last what-if in [`DebriefState`],
//! runs what-if replays and writes the Markdown and HTML exports.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::remote::SeatBarParam;
use super::{Menu, Screen, ScreenIo, root_ui};
use crate::engine::debrief::WHAT_IF_WEEKS;
use crate::engine::{Debrief, Session, WhatIf};
use crate::files::{self, Naming};
use crate::game::net::remote::Remote;
use crate::game::session::{ActiveSession, Intent};
use crate::game::shown::Shown;
use crate::game::theme::UiSystems;
use crate::game::views::debrief::{
    DebriefIntent, DebriefTab, DebriefUi, DebriefView, EditKind, ExportFormat, debrief_view,
};
use crate::game::views::screen::screen_model;
use crate::game::{AppSystems, GameConfig};

/// The debrief of the finished session and the screen's state.
#[derive(Resource, Debug, Clone)]
pub struct DebriefState {
    /// The debrief, computed when the screen opened.
    pub debrief: Debrief,
    /// Tab, what-if form, facilitator mode, last export.
    pub ui: DebriefUi,
    /// The last what-if replay.
    pub what_if: Option<WhatIf>,
}

impl DebriefState {
    /// The debrief of a finished session (None while it is still running).
    pub fn new(session: &Session) -> Option<DebriefState> {
        Some(DebriefState {
            debrief: session.debrief(true)?,
            ui: DebriefUi::default(),
            what_if: None,
        })
    }

    /// The view for this state.
    pub fn view(&self, session: &Session) -> DebriefView {
        DebriefView::build(
            session,
            &self.debrief,
            self.ui.clone(),
            self.what_if.as_ref(),
        )
    }

    /// Applies one debrief intent. `data_dir` is where exports go (under `exports/`).
    pub fn handle(&mut self, session: &Session, intent: &DebriefIntent, data_dir: Option<&Path>) {
        match intent {
            DebriefIntent::Tab(t) => self.ui.tab = *t,
            DebriefIntent::Pick(i) => {
                self.ui.tab = DebriefTab::WhatIf;
                if self.ui.pick != Some(*i) {
                    self.ui.pick = Some(*i);
                    self.ui.kind = EditKind::Drop;
                    self.ui.weeks = self
                        .debrief
                        .promises
                        .get(*i)
                        .and_then(|t| match session.scenario().promises[t.promise.ix()].kind {
                            crate::scenario::model::PromiseKind::Deadline(w) => Some(w),
                            _ => None,
                        })
                        .unwrap_or(0);
                }
            }
            DebriefIntent::Kind(k) => {
                self.ui.kind = *k;
                if *k == EditKind::Deadline {
                    // Start one step away from what was promised, so the replay shows a change.
                    let view = self.view(session);
                    if let Some(w) = self
                        .ui
                        .pick
                        .and_then(|i| view.promises.get(i))
                        .and_then(|p| p.deadline)
                        && self.ui.weeks == w
                    {
                        self.ui.weeks = if WHAT_IF_WEEKS.contains(&(w + 2)) {
                            w + 2
                        } else {
                            w.saturating_sub(2).max(*WHAT_IF_WEEKS.start())
                        };
                    }
                }
            }
            DebriefIntent::Weeks(w) => {
                self.ui.weeks = (*w).clamp(*WHAT_IF_WEEKS.start(), *WHAT_IF_WEEKS.end())
            }
            DebriefIntent::Run(edit) => {
                self.ui.tab = DebriefTab::WhatIf;
                self.what_if = session.what_if(*edit);
            }
            DebriefIntent::RunForm => {
                if let Some(edit) = self.view(session).edit() {
                    self.handle(session, &DebriefIntent::Run(edit), data_dir);
                }
            }
            DebriefIntent::Facilitate(q) => {
                self.ui.facilitate =
                    q.map(|q| q.min(self.debrief.questions.len().saturating_sub(1)));
                if q.is_none() {
                    self.ui.tab = DebriefTab::Discuss;
                }
            }
            DebriefIntent::Export(format) => {
                // The retrospective is answered after the debrief opened: export it as it stands.
                self.debrief.two_roles = session.two_role_debrief();
                self.ui.export = Some(export_notice(export(
                    session,
                    &self.debrief,
                    *format,
                    data_dir,
                )));
            }
        }
    }
}

/// The file name (no extension) a debrief is saved under: the scenario's title made safe, then
/// the seed, so the same run saved again replaces its report and another run keeps its own.
fn export_stem(title: &str, seed: u64) -> String {
    format!("{}-seed-{seed}", files::file_stem(title))
}

/// The file an export goes to: `<data>/exports/<title>-seed-<seed>.<md|html>`.
pub fn export_path(data_dir: &Path, session: &Session, format: ExportFormat) -> PathBuf {
    let stem = export_stem(&session.scenario().title, session.seed());
    files::export_path(data_dir, &stem, format.ext(), Naming::Replace)
}

/// Writes the report atomically and returns where.
pub fn export(
    session: &Session,
    debrief: &Debrief,
    format: ExportFormat,
    data_dir: Option<&Path>,
) -> Result<PathBuf, String> {
    let text = match format {
        ExportFormat::Markdown => crate::report::markdown(session, debrief),
        ExportFormat::Html => crate::report::html(session, debrief),
    };
    let stem = export_stem(&session.scenario().title, session.seed());
    save_report(data_dir, &stem, format, &text)
}

/// Saves a report's text as `stem.ext` in the data folder's `exports/`, replacing an older one.
fn save_report(
    data_dir: Option<&Path>,
    stem: &str,
    format: ExportFormat,
    text: &str,
) -> Result<PathBuf, String> {
    files::save_export(
        data_dir,
        &crate::wording::console::no_data_folder(),
        stem,
        format.ext(),
        Naming::Replace,
        text,
    )
}

/// A workshop seat's debrief screen state (the tab, the facilitator's questions, the last export).
#[derive(Resource, Debug, Clone, Default)]
pub struct SeatDebriefUi(pub DebriefUi);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SeatDebriefUi>();
    app.add_systems(
        Update,
        handle_seat_debrief
            .in_set(AppSystems::Play)
            .run_if(in_state(Screen::Debrief).and_then(in_state(Menu::None))),
    );
    app.add_systems(OnEnter(Screen::Debrief), open_debrief);
    app.add_systems(OnExit(Screen::Debrief), close_debrief);
    app.add_systems(
        Update,
        handle_debrief
            .in_set(AppSystems::Play)
            .run_if(in_state(Screen::Debrief).and_then(in_state(Menu::None))),
    );
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_debrief
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Debrief)),
    );
}

fn open_debrief(mut commands: Commands, session: Option<Res<ActiveSession>>) {
    if let Some(state) = session.and_then(|s| DebriefState::new(&s.session)) {
        commands.insert_resource(state);
    }
}

/// A workshop seat's debrief intents: the tabs, the facilitator's questions, and an export of the
/// seat's own debrief (what-if replays are the local game's).
fn handle_seat_debrief(
    mut intents: MessageReader<Intent>,
    shown: Res<Shown>,
    mut seat: ResMut<SeatDebriefUi>,
    config: Res<GameConfig>,
) {
    if !shown.remote {
        intents.clear();
        return;
    }
    let model = shown.views.first().and_then(|v| v.debrief.as_deref());
    for intent in intents.read() {
        let Intent::Debrief(i) = intent else {
            continue;
        };
        match i {
            DebriefIntent::Tab(t) => seat.0.tab = *t,
            DebriefIntent::Facilitate(q) => {
                let n = model.map_or(0, |m| m.questions.len());
                seat.0.facilitate = q.map(|q| q.min(n.saturating_sub(1)));
                if q.is_none() {
                    seat.0.tab = DebriefTab::Discuss;
                }
            }
            DebriefIntent::Export(format) => {
                if let Some(m) = model {
                    seat.0.export = Some(export_notice(export_model(
                        m,
                        *format,
                        config.data_dir.as_deref(),
                    )));
                }
            }
            _ => {}
        }
    }
}

/// Writes a seat's debrief report atomically into the data folder's `exports/` and returns where.
fn export_model(
    m: &crate::engine::debrief::DebriefModel,
    format: ExportFormat,
    data_dir: Option<&Path>,
) -> Result<PathBuf, String> {
    let text = match format {
        ExportFormat::Markdown => crate::report::markdown_for(m),
        ExportFormat::Html => crate::report::html_for(m),
    };
    let stem = format!("workshop-{}", export_stem(&m.title, m.seed));
    save_report(data_dir, &stem, format, &text)
}

fn close_debrief(mut commands: Commands) {
    commands.remove_resource::<DebriefState>();
}

fn handle_debrief(
    mut intents: MessageReader<Intent>,
    session: Option<Res<ActiveSession>>,
    state: Option<ResMut<DebriefState>>,
    config: Res<GameConfig>,
) {
    let (Some(session), Some(mut state)) = (session, state) else {
        intents.clear();
        return;
    };
    for intent in intents.read() {
        if let Intent::Debrief(i) = intent {
            state.handle(&session.session, i, config.data_dir.as_deref());
        }
    }
}

/// The last view built; rebuilt when the state changes.
#[derive(Default)]
struct Cached {
    view: Option<DebriefView>,
}

fn draw_debrief(
    mut contexts: EguiContexts,
    session: Option<Res<ActiveSession>>,
    state: Option<Res<DebriefState>>,
    mut cache: Local<Cached>,
    (shown, remote, bar, seat_ui): (Res<Shown>, Res<Remote>, SeatBarParam, Res<SeatDebriefUi>),
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if shown.remote {
        // A workshop seat: the game's own debrief, from the debrief its view holds (what this
        // seat may know; everything once the facilitator reveals the ledgers); what-if replays
        // are the local game's.
        let mut ui = root_ui(ctx, "debrief");
        let mut intent = bar.draw(&mut ui);
        if let Some(model) = screen_model(
            &shown,
            remote.revealed_ledger.as_deref(),
            &seat_ui.0,
            None,
            |_| None,
        ) {
            intent = intent.or(model.draw(&mut ui));
        }
        io.send(intent);
        return Ok(());
    }
    let (Some(active), Some(state)) = (session, state) else {
        return Ok(());
    };
    if cache.view.is_none() || state.is_changed() || active.is_changed() {
        let mut view = state.view(&active.session);
        if let Some(page) = &mut view.two_roles {
            page.names = active.table.names.both();
        }
        cache.view = Some(view);
    }
    let Some(view) = &cache.view else {
        return Ok(());
    };
    let mut ui = root_ui(ctx, "debrief");
    let intent = debrief_view(&mut ui, view);
    io.send(intent);
    Ok(())
}

/// What an export says: where the report was saved, or why it was not.
fn export_notice<E: std::fmt::Display>(r: Result<std::path::PathBuf, E>) -> (bool, String) {
    match r {
        Ok(path) => (
            true,
            crate::tr!("views-report-saved", path = path.display().to_string()),
        ),
        Err(e) => (
            false,
            crate::tr!("views-report-not-saved", error = e.to_string()),
        ),
    }
}
