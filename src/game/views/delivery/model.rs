//! The delivery board's view model: plain data built from the engine's board pane of the view at
//! the screen (every figure and every refusal is the engine's), in the wording module's words. The
//! decision buttons are built in [`super::actions`].

use super::super::{Cue, Tone};
use super::actions::ActionButton;
use crate::engine::Seat;
use crate::engine::cues;
use crate::engine::told::Told;
use crate::engine::view::RoleView;
use crate::engine::view::board::{BoardPane, WorkLine};
use crate::game::intent::Decision;
use crate::game::theme::cues::Mood;
use crate::game::views::what_if::WhatIfView;
use crate::wording::events::{cause_words, told_line, work_words};

/// One line of the backlog.
#[derive(Debug, Clone, PartialEq)]
pub struct BacklogRow {
    /// What the work is.
    pub name: String,
    /// Where it came from, in words ("promise to Sam Pereira", "hidden need (Jo Lindqvist)").
    pub cause: String,
    /// It arrived unplanned.
    pub surprise: bool,
    /// Week it arrived (0: planned at handoff).
    pub added_week: u32,
    /// Person-days in all.
    pub total: f32,
    /// Person-days left.
    pub remaining: f32,
    /// The week it was finished.
    pub finished: Option<u32>,
    /// Dropped by agreement with the client.
    pub dropped: bool,
    /// Asking the client to drop it, when that is possible now.
    pub descope: Option<Decision>,
    /// Why it cannot be asked to drop now (the engine's refusal, in words), when it cannot.
    pub descope_refused: Option<String>,
    /// It is a scope item (so it can be asked to drop, even when not now).
    pub droppable: bool,
}

/// One person on the team (or one who could be hired).
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Person-days a week at full speed.
    pub capacity: f32,
    /// Morale 0..=100 (numbers shown in coach mode).
    pub morale: f32,
    /// Morale in words.
    pub morale_cue: Cue,
    /// Share of full speed this coming week while they ramp up (None: at full speed).
    pub ramp: Option<f32>,
    /// The week they joined (0: from the start).
    pub joined: u32,
}

/// The burn-up chart's data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Burnup {
    /// `[week, person-days done]`, from week 0.
    pub done: Vec<[f64; 2]>,
    /// `[week, total scope in person-days]`, from week 0.
    pub scope: Vec<[f64; 2]>,
    /// The agreed deadline (week).
    pub deadline: u32,
    /// The team's planned deadline, when it differs.
    pub team_deadline: Option<u32>,
    /// Weeks completed (the "now" line).
    pub now: u32,
    /// The right edge of the chart.
    pub max_week: u32,
}

/// Everything the delivery board shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryView {
    /// The client's name.
    pub client: String,
    /// The week being planned (weeks completed + 1).
    pub week: u32,
    /// Weeks completed.
    pub weeks_done: u32,
    /// Weeks agreed with the client.
    pub deadline: u32,
    /// The week the team is planning to, when it differs from the agreed one (a deadline promise
    /// left out of the PID).
    pub team_deadline: Option<u32>,
    /// The week delivery stops whatever happens.
    pub max_weeks: u32,
    /// Show the engine's numbers beside the cues.
    pub coach: bool,
    /// The backlog, in working order (defect fixes folded into one line).
    pub backlog: Vec<BacklogRow>,
    /// Person-days planned at handoff.
    pub planned_days: f32,
    /// Person-days that arrived as surprises.
    pub surprise_days: f32,
    /// Person-days of rework added since the handoff.
    pub rework_days: f32,
    /// Person-days taken out by agreement with the client.
    pub dropped_days: f32,
    /// Person-days done.
    pub done_days: f32,
    /// Person-days left.
    pub remaining_days: f32,
    /// The team.
    pub team: Vec<MemberRow>,
    /// Capacity the team delivered last week (None before week 1).
    pub last_capacity: Option<f32>,
    /// Fatigue in words (and points).
    pub fatigue: Cue,
    /// Overtime is on.
    pub overtime: bool,
    /// Share of capacity spent on testing, percent.
    pub quality_share: u8,
    /// Budget: money spent (against the price, for the seller's side).
    pub budget: Cue,
    /// The board's reader knows the price (the delivery lead plans without it).
    pub price_known: bool,
    /// Each stakeholder: name, mood from trust, and whether they would refuse a change now.
    pub trust: Vec<(String, Cue, bool)>,
    /// The trust under which a stakeholder refuses a change (the engine's rule, for the hover).
    pub change_trust: f32,
    /// The burn-up chart.
    pub burnup: Burnup,
    /// What happened in the last week that ran (its number and the lines).
    pub last_week: Option<(u32, Vec<(Tone, String)>)>,
    /// Decisions taken so far this week.
    pub decided: Vec<(Tone, String)>,
    /// The week's decisions as buttons (number keys 1..).
    pub actions: Vec<ActionButton>,
    /// End the week, when this seat may.
    pub end_week: Option<Decision>,
    /// What-if (set by the screen from the run mode and the engine's previews).
    pub what_if: WhatIfView,
}

fn morale_cue(m: f32, floor: f32) -> Cue {
    let tone = Tone::of(cues::morale(m, floor));
    let word = match tone {
        Tone::Good => crate::tr!("views-morale-motivated"),
        Tone::Neutral => crate::tr!("views-morale-steady"),
        Tone::Warn => crate::tr!("views-morale-low"),
        _ => crate::tr!("views-morale-burning-out"),
    };
    Cue {
        word,
        number: format!("{m:.0}"),
        tone,
    }
}

fn trust_cue(t: f32, walk_away: f32) -> Cue {
    let mood = Mood::from_trust(t, walk_away);
    let tone = match mood {
        Mood::Engaged => Tone::Good,
        Mood::Open => Tone::Info,
        Mood::Guarded => Tone::Warn,
        Mood::Sceptical | Mood::NearWalkout => Tone::Bad,
    };
    Cue {
        word: mood.words(),
        number: format!("{t:.0}"),
        tone,
    }
}

impl DeliveryView {
    /// The board from the views at the screen: the one that runs delivery when it is there (the
    /// delivery lead's, a solo player's), else the first with a board. `None` before delivery.
    pub fn build(views: &[RoleView]) -> Option<DeliveryView> {
        let v = views
            .iter()
            .filter(|v| v.board.is_some())
            .max_by_key(|v| v.board.as_ref().is_some_and(|b| !b.choices.is_empty()))?;
        let b: &BoardPane = v.board.as_ref()?;
        let seat = v.seat;
        let coach = b.coach;
        let decide = |k: &crate::engine::view::ActionKey| Decision::new(seat, k.clone());
        let trust = b
            .trust
            .iter()
            .map(|(name, t, refuses)| (name.clone(), trust_cue(*t, b.walk_away), *refuses))
            .collect();
        let tell = |ts: &[Told]| -> Vec<(Tone, String)> {
            ts.iter()
                .filter_map(|t| told_line(t, coach).map(|(m, l)| (m.into(), l)))
                .collect()
        };
        Some(DeliveryView {
            client: b.client.clone(),
            week: b.weeks_done + 1,
            weeks_done: b.weeks_done,
            deadline: b.deadline,
            team_deadline: b.team_deadline,
            max_weeks: b.max_weeks,
            coach,
            backlog: b.backlog.iter().map(|w| backlog_row(w, seat)).collect(),
            planned_days: b.planned_days,
            surprise_days: b.surprise_days,
            rework_days: b.rework_days,
            dropped_days: b.dropped_days,
            done_days: b.done_days,
            remaining_days: b.remaining_days,
            team: b
                .team
                .iter()
                .map(|m| MemberRow {
                    name: m.name.clone(),
                    role: m.role.clone(),
                    capacity: m.capacity,
                    morale: m.morale,
                    morale_cue: morale_cue(m.morale, b.morale_floor),
                    ramp: m.ramp,
                    joined: m.joined,
                })
                .collect(),
            last_capacity: b.last_capacity,
            fatigue: fatigue_cue(b.fatigue.0, b.fatigue.1),
            overtime: b.overtime,
            quality_share: b.quality_share,
            budget: budget_cue(b.cost, b.price),
            price_known: b.price.is_some(),
            trust,
            change_trust: b.change_trust,
            burnup: burnup(b),
            last_week: b.last_week.as_ref().map(|(w, ts)| (*w, tell(ts))),
            decided: tell(&b.decided),
            actions: super::actions::buttons(&b.choices, seat, coach),
            end_week: b.end_week.as_ref().map(decide),
            what_if: WhatIfView::default(),
        })
    }
}

fn backlog_row(w: &WorkLine, seat: Seat) -> BacklogRow {
    let cause = crate::wording::delivery::work_cause(&cause_words(&w.cause), w.not_in_pid, &w.what);
    let (descope, descope_refused) = match &w.descope {
        Some(Ok(k)) => (Some(Decision::new(seat, k.clone())), None),
        Some(Err(r)) => (None, Some(crate::wording::refusal::refusal(*r))),
        None => (None, None),
    };
    BacklogRow {
        name: work_words(&w.what),
        cause,
        surprise: w.surprise,
        added_week: w.added_week,
        total: w.total,
        remaining: w.remaining,
        finished: w.finished,
        dropped: w.dropped,
        droppable: w.descope.is_some(),
        descope,
        descope_refused,
    }
}

/// Fatigue in words, with the share of speed it takes (the engine's figure) in coach mode.
fn fatigue_cue(f: f32, slowdown: f32) -> Cue {
    let tone = Tone::of(cues::fatigue(f));
    let word = match tone {
        Tone::Good => crate::tr!("views-fatigue-fresh"),
        Tone::Neutral => crate::tr!("views-fatigue-a-little-tired"),
        Tone::Warn => crate::tr!("views-fatigue-tired"),
        _ => crate::tr!("views-fatigue-exhausted"),
    };
    let slower = slowdown * 100.0;
    Cue {
        word,
        number: crate::wording::delivery::fatigue_number(f, slower),
        tone,
    }
}

/// Money spent against the price (the seller's side), or spent so far (the delivery lead, who
/// never sees the price), in words.
fn budget_cue(cost: f32, price: Option<f32>) -> Cue {
    let Some(price) = price else {
        return Cue {
            word: crate::wording::money(cost),
            number: crate::wording::money(cost),
            tone: Tone::Neutral,
        };
    };
    let share = cues::budget_share(cost, price);
    let tone = Tone::of(cues::budget(cost, price));
    let word = match tone {
        Tone::Good => crate::tr!("views-budget-comfortable"),
        Tone::Neutral => crate::tr!("views-budget-getting-tight"),
        Tone::Warn => crate::tr!("views-budget-almost-gone"),
        _ => crate::tr!("views-budget-over"),
    };
    Cue {
        word,
        number: crate::wording::delivery::budget_number(cost, price, share),
        tone,
    }
}

fn burnup(b: &BoardPane) -> Burnup {
    let (deadline, team_deadline) = (b.deadline, b.team_deadline);
    Burnup {
        done: b
            .burnup
            .iter()
            .map(|(w, done, _)| [*w as f64, *done as f64])
            .collect(),
        scope: b
            .burnup
            .iter()
            .map(|(w, _, scope)| [*w as f64, *scope as f64])
            .collect(),
        deadline,
        team_deadline,
        now: b.weeks_done,
        max_week: (deadline.max(team_deadline.unwrap_or(0)).max(b.weeks_done) + 1)
            .min(b.max_weeks.max(b.weeks_done)),
    }
}
