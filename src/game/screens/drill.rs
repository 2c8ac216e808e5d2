//! The pitch-pacing drill screen's plugin and systems: choosing difficulty and seed, drawing the
//! drill from the catalogue, answering (and timing out on hard), recording the result through
//! [`crate::xapi::record_drill`]. The drill itself is plain Rust ([`crate::drill`]); the view is
//! [`crate::game::views::drill`].

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::egui::TextureId;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ScreenGate, ScreenIo, root_ui};
use crate::drill::{Difficulty, Drill, DrillError};
use crate::engine::PaceVerdict;
use crate::game::intent::{DrillIntent, Intent};
use crate::game::levels::Catalogue;
use crate::game::state::Screen;
use crate::game::theme::UiSystems;
use crate::game::theme::cues::{Appetite, Mood, Tone, depth_words};
use crate::game::theme::portraits::{Portraits, stakeholder_portrait};
use crate::game::views::drill::{
    BeatView, ChooseView, DrillView, OptionView, PersonView, ResultView, drill_view,
};
use crate::game::{AppSystems, GameConfig};
use crate::progress::{DrillRecord, Store, clock};
use crate::wording::drill as words;

/// The drill screen's state: kept while the app runs, so the last difficulty stays chosen.
#[derive(Resource, Debug, Clone)]
pub struct DrillRun {
    /// The difficulty chosen.
    pub difficulty: Difficulty,
    /// The seed the next (or current) drill uses.
    pub seed: u64,
    /// The drill under way or just finished.
    pub drill: Option<Drill>,
    /// The last answer's reactions are on show (the player has not gone on yet).
    pub answered: bool,
    /// When the open beat was shown (real seconds since start).
    pub beat_started: f64,
    /// Why the drill cannot start, if so.
    pub problem: Option<String>,
    /// Where the result was kept, or why not.
    pub recorded: Option<String>,
    /// Every drill kept in the data folder, oldest first.
    pub history: Vec<DrillRecord>,
}

impl Default for DrillRun {
    fn default() -> Self {
        Self {
            difficulty: Difficulty::Standard,
            seed: new_seed(),
            drill: None,
            answered: false,
            beat_started: 0.0,
            problem: None,
            recorded: None,
            history: Vec::new(),
        }
    }
}

impl DrillRun {
    /// True when the drill is done and its result is on show.
    pub fn at_result(&self) -> bool {
        self.drill
            .as_ref()
            .is_some_and(|d| d.is_finished() && !self.answered)
    }
}

/// A fresh six-digit seed (short enough to read out to someone else).
pub fn new_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    // SplitMix64 finaliser: consecutive clocks give unrelated seeds.
    let mut z = nanos.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) % 1_000_000
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DrillRun>();
    app.add_systems(OnEnter(Screen::Drill), open_drill);
    app.add_systems(
        Update,
        (handle_drill, time_out_beat.run_if(in_state(Screen::Drill)))
            .chain()
            .in_set(AppSystems::Navigate),
    );
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_drill
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Drill)),
    );
}

fn open_drill(mut run: ResMut<DrillRun>, config: Res<GameConfig>) {
    if run.at_result() || run.drill.is_none() {
        run.drill = None;
        run.answered = false;
        run.recorded = None;
    }
    if let Some(dir) = &config.data_dir {
        run.history = Store::new(dir).load().drills;
    }
}

fn handle_drill(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut run: ResMut<DrillRun>,
    catalogue: Res<Catalogue>,
    config: Res<GameConfig>,
    time: Res<Time<Real>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let now = time.elapsed_secs_f64();
    for intent in on.intents(Screen::Drill, &mut intents) {
        match intent {
            Intent::Back => next.set(Screen::Title),
            Intent::Drill(DrillIntent::Difficulty(d)) if run.drill.is_none() => {
                run.difficulty = *d;
            }
            Intent::Drill(DrillIntent::NewSeed) if run.drill.is_none() => run.seed = new_seed(),
            Intent::Drill(DrillIntent::Start) if run.drill.is_none() => {
                let library: Vec<_> = catalogue.playable().map(|(_, s)| s.clone()).collect();
                match Drill::generate(&library, run.seed, run.difficulty) {
                    Ok(d) => {
                        run.drill = Some(d);
                        run.problem = None;
                        run.answered = false;
                        run.recorded = None;
                        run.beat_started = now;
                    }
                    Err(DrillError::NoBeats) => {
                        run.problem = Some(words::no_beats());
                    }
                    Err(e) => run.problem = Some(words::could_not_start(&format!("{e:?}"))),
                }
            }
            Intent::Drill(DrillIntent::Answer(n)) if !run.answered => {
                let started = run.beat_started;
                let Some(drill) = run.drill.as_mut() else {
                    continue;
                };
                let Some(answer) = drill.current().and_then(|b| b.answers.get(*n).copied()) else {
                    continue;
                };
                if drill.answer(answer, (now - started) as f32).is_ok() {
                    run.answered = true;
                }
            }
            Intent::Drill(DrillIntent::Next) if run.answered => {
                run.answered = false;
                run.beat_started = now;
                if run.drill.as_ref().is_some_and(Drill::is_finished) {
                    record(&mut run, &config);
                }
            }
            Intent::Drill(DrillIntent::Again) if run.at_result() => {
                run.drill = None;
                run.recorded = None;
                run.seed = new_seed();
            }
            _ => {}
        }
    }
}

/// Keeps the finished drill: history, statement, outbox (see [`crate::xapi::record_drill`]).
fn record(run: &mut DrillRun, config: &GameConfig) {
    let Some(drill) = &run.drill else {
        return;
    };
    let Some(dir) = &config.data_dir else {
        run.recorded = Some(words::not_kept_no_folder());
        return;
    };
    let (settings, problem) = crate::xapi::XapiSettings::load_or_create(dir);
    let record = DrillRecord {
        finished_at: clock::now_unix(),
        result: drill.result(),
        language: crate::wording::i18n::language().code().to_owned(),
    };
    run.recorded = Some(match crate::xapi::record_drill(dir, &settings, &record) {
        Ok(_) => words::kept(Ok(problem.as_deref())),
        Err(e) => words::kept(Err(&e.to_string())),
    });
    run.history = Store::new(dir).load().drills;
}

/// Hard mode: the beat's time ran out.
fn time_out_beat(mut run: ResMut<DrillRun>, time: Res<Time<Real>>) {
    if run.answered {
        return;
    }
    let started = run.beat_started;
    let Some(drill) = run.drill.as_mut() else {
        return;
    };
    let Some(limit) = drill.difficulty.time_limit() else {
        return;
    };
    if drill.is_finished() || time.elapsed_secs_f64() - started <= limit as f64 {
        return;
    }
    if drill.time_out().is_ok() {
        run.answered = true;
    }
}

/// The view for the drill's state. `now` is real seconds since start (for the countdown);
/// `portrait` gives a stakeholder's portrait texture.
pub fn build_view(
    run: &DrillRun,
    now: f64,
    mut portrait: impl FnMut(&crate::scenario::model::Scenario, usize) -> Option<TextureId>,
) -> DrillView {
    let Some(drill) = &run.drill else {
        return DrillView::Choose(ChooseView {
            difficulty: run.difficulty,
            difficulties: Difficulty::ALL
                .iter()
                .map(|d| (*d, words::difficulty(*d), words::difficulty_blurb(*d)))
                .collect(),
            seed: run.seed,
            problem: run.problem.clone(),
        });
    };
    let heading = words::heading(drill.difficulty, drill.seed);
    if run.at_result() {
        let result = drill.result();
        let misses = result
            .missed
            .iter()
            .map(|m| words::miss(drill.beats.get(m.index).map(|b| &*b.scenario), m))
            .collect();
        let same: Vec<&DrillRecord> = run
            .history
            .iter()
            .filter(|r| r.result.difficulty == drill.difficulty)
            .collect();
        let best = same
            .iter()
            .map(|r| r.result.match_rate)
            .fold(None::<f32>, |b, x| Some(b.map_or(x, |b| b.max(x))));
        return DrillView::Result(ResultView {
            heading,
            summary: words::summary(&result),
            misses,
            history: same
                .iter()
                .map(|r| (r.result.match_rate * 100.0) as f64)
                .collect(),
            best: best.map(|b| words::personal_best(drill.difficulty, b)),
            recorded: run.recorded.clone().unwrap_or_default(),
        });
    }
    // The beat on show: the one just answered, or the open one.
    let index = if run.answered {
        drill.answers.len().saturating_sub(1)
    } else {
        drill.answers.len()
    };
    let beat = &drill.beats[index.min(drill.beats.len() - 1)];
    let answer = if run.answered {
        drill.answers.last()
    } else {
        None
    };
    let s = &*beat.scenario;
    let vis = drill.difficulty.visible();
    let meeting = &s.meetings[beat.source.meeting.ix()];
    let line = &meeting.beats[beat.source.beat as usize];
    let room = beat
        .room
        .iter()
        .map(|a| {
            let k = a.stakeholder.ix();
            let person = &s.stakeholders[k];
            let reaction = answer
                .and_then(|ans| {
                    ans.reactions
                        .iter()
                        .find(|r| r.stakeholder == a.stakeholder)
                })
                .map(|r| {
                    let tone = match r.verdict {
                        PaceVerdict::Matched => Tone::Good,
                        _ => Tone::Bad,
                    };
                    (words::reaction(Some(s), r), tone)
                });
            // After answering, the portrait shows the mood the answer left them in.
            let trust = answer
                .and_then(|ans| {
                    ans.reactions
                        .iter()
                        .find(|r| r.stakeholder == a.stakeholder)
                })
                .map_or(a.trust, |r| (a.trust + r.trust_change).clamp(0.0, 100.0));
            PersonView {
                name: person.name.clone(),
                role: person.role.clone(),
                portrait: if vis.portraits { portrait(s, k) } else { None },
                mood: Mood::from_trust(trust, beat.walk_away_trust()),
                appetite: vis
                    .words
                    .then(|| Appetite::from_depth(beat.fits(a.readiness).1).words()),
                numbers: vis
                    .numbers
                    .then(|| format!("readiness {:.1} · trust {:.0}", a.readiness, a.trust)),
                reaction,
            }
        })
        .collect();
    let offered = beat
        .answers
        .iter()
        .map(|c| {
            let offer = &s.answers[c.ix()];
            OptionView {
                text: offer.text.clone(),
                depth: match (vis.words, vis.numbers) {
                    (true, true) => Some(format!(
                        "{} · depth {}",
                        depth_words(offer.depth),
                        offer.depth
                    )),
                    (true, false) => Some(depth_words(offer.depth)),
                    _ => None,
                },
                chosen: answer.is_some_and(|a| a.answer == Some(*c)),
            }
        })
        .collect();
    let limit = drill.difficulty.time_limit();
    DrillView::Beat(BeatView {
        heading: words::beat_heading(index + 1, drill.beats.len(), &heading),
        place: format!("{} · {}", s.title, meeting.name),
        speaker: format!("{}:", s.stakeholders[line.speaker.ix()].name),
        line: line.line.clone(),
        room,
        offered,
        answered: run.answered,
        timed_out: answer.is_some_and(|a| a.answer.is_none()),
        seconds_left: limit
            .filter(|_| !run.answered)
            .map(|l| (l - (now - run.beat_started) as f32).max(0.0)),
        time_limit: limit,
        last: index + 1 == drill.beats.len(),
    })
}

fn draw_drill(
    mut contexts: EguiContexts,
    run: Res<DrillRun>,
    time: Res<Time<Real>>,
    mut portraits: ResMut<Portraits>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = build_view(&run, time.elapsed_secs_f64(), |s, i| {
        portraits.get(ctx, &stakeholder_portrait(s, i))
    });
    if let DrillView::Beat(b) = &view
        && b.seconds_left.is_some()
    {
        // Wake only while a countdown runs.
        ctx.request_repaint_after(Duration::from_millis(250));
    }
    let mut ui = root_ui(ctx, "drill");
    let intent = drill_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
