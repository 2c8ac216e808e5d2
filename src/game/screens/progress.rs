//! The progress page's plugin and systems, and the recording of assessed runs.
//!
//! - The page: [`crate::progress::Store::load`] when it opens (a damaged file is reported on the
//!   page and as a notice; the core has set it aside), the results settings form
//!   ([`crate::xapi::XapiSettings`]) and "send now" (the core's background flush, polled here).
//! - Assessed runs ([`RunMode::Assessed`], chosen on the briefing): coach mode is held off while
//!   the game runs, and when it ends the result is recorded with [`crate::xapi::record_session`].
//!
//! The view is [`crate::game::views::progress`].

use std::thread::JoinHandle;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ScreenGate, ScreenIo, root_ui};
use crate::engine::Phase;
use crate::game::intent::{Intent, ResultsForm};
use crate::game::levels::Catalogue;
use crate::game::notice::Notice;
use crate::game::save::AssessedSoFar;
use crate::game::session::ActiveSession;
use crate::game::settings::Settings;
use crate::game::state::{Menu, RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::views::progress::{PlayedRow, ProgressView, ResultsFormView, progress_view};
use crate::game::{AppSystems, GameConfig};
use crate::progress::{Loaded, PlayRole, SessionRecord, Store, clock};
use crate::xapi::form::{self, FormProblem};
use crate::xapi::send::FlushReport;
use crate::xapi::{self, OUTBOX_DIR, XapiSettings};

/// The progress page's state.
#[derive(Resource, Debug, Default)]
pub struct ProgressPage {
    /// What was loaded when the page opened.
    pub loaded: Loaded,
    /// The results settings as saved.
    pub saved: XapiSettings,
    /// The form as edited.
    pub form: ResultsForm,
    /// The last word on saving or sending.
    pub status: Option<String>,
    /// A background send under way.
    pub sending: Option<JoinHandle<FlushReport>>,
}

/// The assessed run under way, if any.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct AssessedRun {
    /// Real seconds since start when it began (`None`: no assessed run under way).
    pub started: Option<f64>,
    /// The coach-mode setting to give back when the run ends.
    pub coach_was: Option<bool>,
    /// Where its result went, or why it could not be kept (set when recorded).
    pub recorded: Option<Result<std::path::PathBuf, String>>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ProgressPage>()
        .init_resource::<RunMode>()
        .init_resource::<AssessedRun>();
    app.add_systems(OnEnter(Screen::Progress), open_progress);
    app.add_systems(OnEnter(Menu::Settings), open_settings);
    app.add_systems(OnEnter(Screen::Title), end_assessed_run);
    app.add_systems(
        Update,
        (
            (handle_progress, poll_sending).in_set(AppSystems::Navigate),
            start_assessed_run.in_set(AppSystems::Navigate),
            (hold_coach_off, record_assessed_run, keep_assessed_so_far)
                .chain()
                .in_set(AppSystems::Follow),
        ),
    );
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_progress
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Progress)),
    );
}

fn form_of(s: &XapiSettings) -> ResultsForm {
    ResultsForm {
        account: s.account_name.clone(),
        endpoint: s.endpoint.clone().unwrap_or_default(),
        username: s.username.clone(),
        password: s.password.clone(),
        // The default (no learning system named yet) shows as an empty field.
        home_page: if s.home_page == XapiSettings::default().home_page {
            String::new()
        } else {
            s.home_page.clone()
        },
    }
}

fn open_progress(
    mut page: ResMut<ProgressPage>,
    config: Res<GameConfig>,
    mut notice: ResMut<Notice>,
) {
    let Some(dir) = &config.data_dir else {
        page.loaded = Loaded::default();
        page.status = Some(crate::wording::menus::no_data_for_progress());
        return;
    };
    page.loaded = Store::new(dir).load();
    if let Some(d) = page.loaded.damage.first() {
        notice.set(damage_words(d));
    }
    load_results(&mut page, dir);
}

/// Reads the results settings into the form (on the progress page, and when the settings menu
/// opens: one form for both).
fn load_results(page: &mut ProgressPage, dir: &std::path::Path) {
    let (saved, problem) = XapiSettings::load_or_create(dir);
    page.form = form_of(&saved);
    page.saved = saved;
    page.status = problem;
}

fn open_settings(mut page: ResMut<ProgressPage>, config: Res<GameConfig>) {
    if let Some(dir) = &config.data_dir {
        load_results(&mut page, dir);
    } else {
        page.status = Some(crate::wording::menus::no_data_for_results());
    }
}

fn damage_words(d: &crate::progress::Damage) -> String {
    match &d.set_aside {
        Some(to) => format!(
            "{} was damaged ({}); it was set aside as {} and a fresh one is in use.",
            d.path.display(),
            d.what,
            to.display()
        ),
        None => format!(
            "{} is damaged ({}); it was left in place and is not used.",
            d.path.display(),
            d.what
        ),
    }
}

fn handle_progress(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    menu: Res<State<Menu>>,
    mut page: ResMut<ProgressPage>,
    config: Res<GameConfig>,
    mut next: ResMut<NextState<Screen>>,
) {
    // The results form is on the progress page and in the settings menu.
    let page_open = on.is(Screen::Progress);
    let form_open = page_open || *menu.get() == Menu::Settings;
    for intent in intents.read() {
        match intent {
            Intent::Back if page_open => next.set(Screen::Title),
            Intent::SetResults(form) if form_open => page.form = form.clone(),
            Intent::SaveResults if form_open => {
                let Some(dir) = &config.data_dir else {
                    page.status = Some(crate::wording::menus::no_data_for_results());
                    continue;
                };
                let blocking = form_problems(&page.form)
                    .iter()
                    .filter(|p| p.blocks())
                    .count();
                if blocking > 0 {
                    page.status = Some(crate::wording::results::not_saved(blocking));
                    continue;
                }
                let mut s = page.saved.clone();
                let f = page.form.clone();
                s.account_name = f.account.trim().to_owned();
                if s.account_name.is_empty() {
                    s.account_name = xapi::pseudonym();
                }
                let endpoint = f.endpoint.trim();
                s.endpoint = (!endpoint.is_empty()).then(|| endpoint.to_owned());
                s.username = f.username;
                s.password = f.password;
                let home = f.home_page.trim();
                s.home_page = if home.is_empty() {
                    XapiSettings::default().home_page
                } else {
                    home.to_owned()
                };
                page.status = Some(match s.save(dir) {
                    Ok(()) => crate::tr!("views-progress-saved"),
                    Err(e) => crate::tr!("views-progress-not-saved", error = e.to_string()),
                });
                page.form = form_of(&s);
                page.saved = s;
            }
            Intent::SendResultsNow if form_open && page.sending.is_none() => {
                let Some(dir) = &config.data_dir else {
                    continue;
                };
                if page.saved.endpoint.is_none() {
                    page.status = Some(crate::tr!("views-progress-no-store"));
                    continue;
                }
                page.status = Some(crate::tr!("views-progress-sending"));
                page.sending = Some(xapi::send::flush_in_background(
                    dir.clone(),
                    page.saved.clone(),
                ));
            }
            _ => {}
        }
    }
}

fn poll_sending(mut page: ResMut<ProgressPage>) {
    if !page.sending.as_ref().is_some_and(JoinHandle::is_finished) {
        return;
    }
    let Some(handle) = page.sending.take() else {
        return;
    };
    page.status = Some(match handle.join() {
        Ok(r) => match r.queued.first() {
            None => crate::tr!("views-progress-sent", files = r.sent.len()),
            Some((_, why)) => crate::tr!(
                "views-progress-sent-some",
                sent = r.sent.len(),
                queued = r.queued.len(),
                why = format!("{why:?}")
            ),
        },
        Err(_) => crate::tr!("views-progress-send-stopped"),
    });
}

/// Briefing → Begin with assessed chosen: the run starts, coach mode is held off.
fn start_assessed_run(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mode: Res<RunMode>,
    time: Res<Time<Real>>,
    mut run: ResMut<AssessedRun>,
) {
    for intent in on.intents(Screen::Briefing, &mut intents) {
        if *intent == Intent::Begin {
            let coach_was = run.coach_was.take();
            *run = AssessedRun {
                started: (*mode == RunMode::Assessed).then(|| time.elapsed_secs_f64()),
                coach_was,
                recorded: None,
            };
        }
    }
}

/// No hints in an assessed run: coach mode stays off in memory (the settings file keeps the
/// player's own answer, given back when the run ends).
fn hold_coach_off(mut run: ResMut<AssessedRun>, mut settings: ResMut<Settings>) {
    if run.started.is_some() && run.recorded.is_none() && settings.coach_mode {
        run.coach_was.get_or_insert(true);
        settings.coach_mode = false;
    }
}

/// Back at the title: coach mode is given back. An assessed run not yet over stays under way
/// (paused): "Continue" carries it on, assessed, and it is recorded when it ends; the autosave
/// keeps it assessed for a game started again after a crash ([`AssessedSoFar`]).
fn end_assessed_run(mut run: ResMut<AssessedRun>, mut settings: ResMut<Settings>) {
    if let Some(c) = run.coach_was.take() {
        settings.coach_mode = c;
    }
    if run.recorded.is_some() {
        run.started = None;
    }
}

/// What the autosave keeps of the assessed run under way: the seconds played so far.
fn keep_assessed_so_far(
    run: Res<AssessedRun>,
    time: Res<Time<Real>>,
    mut so_far: ResMut<AssessedSoFar>,
) {
    let now = run
        .started
        .filter(|_| run.recorded.is_none())
        .map(|s| (time.elapsed_secs_f64() - s).max(0.0) as f32);
    if so_far.0 != now {
        so_far.0 = now;
    }
}

/// The assessed game is over: its result goes to progress and an xAPI statement file.
fn record_assessed_run(
    mut run: ResMut<AssessedRun>,
    session: Option<Res<ActiveSession>>,
    config: Res<GameConfig>,
    time: Res<Time<Real>>,
    mut settings: ResMut<Settings>,
    mut notice: ResMut<Notice>,
) {
    let (Some(started), None) = (run.started, &run.recorded) else {
        return;
    };
    let Some(active) = session else {
        return;
    };
    if active.session.phase() != Phase::Over {
        return;
    }
    let Some(debrief) = active.session.debrief(false) else {
        return;
    };
    if let Some(c) = run.coach_was.take() {
        settings.coach_mode = c;
    }
    let Some(dir) = &config.data_dir else {
        run.recorded = Some(Err("no data folder".into()));
        return;
    };
    let record = SessionRecord::from_session(
        &active.session,
        &debrief,
        PlayRole::Solo,
        clock::now_unix(),
        (time.elapsed_secs_f64() - started) as f32,
    );
    let (xs, _) = XapiSettings::load_or_create(dir);
    run.recorded = Some(match xapi::record_session(dir, &xs, &record) {
        Ok(r) => {
            notice.set(crate::tr!(
                "views-progress-assessed-recorded",
                passed = record.checks_passed.len(),
                total = record.checks_total,
                verdict = if record.passed(xs.pass_mark) {
                    crate::tr!("views-progress-passed")
                } else {
                    crate::tr!("views-progress-not-passed-yet")
                }
            ));
            Ok(r.statement)
        }
        Err(e) => {
            notice.set(crate::tr!(
                "views-progress-not-recorded",
                error = e.to_string()
            ));
            Err(e.to_string())
        }
    });
}

/// The progress view from what was loaded.
pub fn build_view(page: &ProgressPage, catalogue: &Catalogue, queued: usize) -> ProgressView {
    let title_of = |id: &str, fallback: &str| {
        catalogue
            .by_id(id)
            .map_or_else(|| fallback.to_owned(), |(_, s)| s.title.clone())
    };
    let p = &page.loaded.progress;
    let played = p
        .played
        .iter()
        .map(|r| PlayedRow {
            title: title_of(&r.scenario_id, &r.title),
            role: match r.role {
                PlayRole::Seller => crate::tr!("views-progress-as-seller"),
                PlayRole::DeliveryLead => crate::tr!("views-progress-as-delivery-lead"),
                PlayRole::Solo => crate::tr!("views-progress-solo"),
            },
            runs: r.runs,
            best: r.best_score,
            date: clock::iso_date(r.best_at),
        })
        .collect();
    let checks = p
        .checks
        .iter()
        .map(|c| {
            let found = catalogue.by_id(&c.scenario_id).and_then(|(_, s)| {
                s.scoring
                    .rubric
                    .iter()
                    .find(|k| k.key == c.check)
                    .map(|k| (s.title.clone(), k.label.clone()))
            });
            let (scenario, check) =
                found.unwrap_or_else(|| (c.scenario_id.clone(), c.check.clone()));
            (scenario, check, clock::iso_date(c.first_at))
        })
        .collect();
    let bests = crate::drill::Difficulty::ALL
        .iter()
        .filter_map(|d| {
            page.loaded.personal_best(*d).map(|r| {
                crate::wording::drill::best_at(
                    *d,
                    r.result.match_rate,
                    r.result.seed,
                    &clock::iso_date(r.finished_at),
                )
            })
        })
        .collect();
    ProgressView {
        played,
        checks,
        drills: page
            .loaded
            .drills
            .iter()
            .map(|r| (r.result.match_rate * 100.0) as f64)
            .collect(),
        bests,
        damage: page.loaded.damage.iter().map(damage_words).collect(),
        results: results_view(page, queued),
    }
}

fn form_problems(f: &ResultsForm) -> Vec<FormProblem> {
    let mut out = form::check(&f.account, &f.endpoint, &f.username, &f.password);
    out.extend(form::check_home_page(&f.home_page));
    out
}

/// The results settings form's view: the form as edited, what is wrong with it, the queue.
pub fn results_view(page: &ProgressPage, queued: usize) -> ResultsFormView {
    ResultsFormView {
        form_dirty: page.form != form_of(&page.saved),
        form: page.form.clone(),
        problems: form_problems(&page.form)
            .iter()
            .map(|p| (p.field(), crate::wording::results::problem(p), p.blocks()))
            .collect(),
        queued,
        status: page.status.clone(),
    }
}

/// Statements waiting in the outbox.
pub fn queued(config: &GameConfig) -> usize {
    config
        .data_dir
        .as_ref()
        .map_or(0, |d| xapi::json_files(&d.join(OUTBOX_DIR)).len())
}

fn draw_progress(
    mut contexts: EguiContexts,
    page: Res<ProgressPage>,
    catalogue: Res<Catalogue>,
    config: Res<GameConfig>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = build_view(&page, &catalogue, queued(&config));
    if page.sending.is_some() {
        ctx.request_repaint_after(std::time::Duration::from_millis(300));
    }
    let mut ui = root_ui(ctx, "progress");
    let intent = progress_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
