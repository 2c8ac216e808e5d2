//! The delivery board's view model: plain data built from the session, every figure and every
//! refusal asked of the engine. The decision buttons are built in [`super::actions`].

use super::super::{Cue, Tone};
use super::actions::ActionButton;
use crate::engine::Seat;
use crate::engine::cues;
use crate::engine::delivery::DONE_EPSILON;
use crate::engine::{
    Action, CHANGE_ACCEPT_TRUST, Cause, DeliveryState, Event, PidItem, Session, WorkKind,
};
use crate::game::theme::cues::Mood;
use crate::game::views::what_if::WhatIfView;
use crate::scenario::model::Scenario;
use crate::wording::events::{cause_text, event_line, work_name};

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
    pub descope: Option<Action>,
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
    /// Budget: money spent against the price.
    pub budget: Cue,
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
    /// Whether the week can be ended now.
    pub can_end_week: bool,
    /// What-if (set by the screen from the run mode and the engine's previews).
    pub what_if: WhatIfView,
}

fn morale_cue(m: f32, floor: f32) -> Cue {
    let tone = Tone::of(cues::morale(m, floor));
    let word = match tone {
        Tone::Good => "motivated",
        Tone::Neutral => "steady",
        Tone::Warn => "low, slower",
        _ => "burning out",
    };
    Cue {
        word: word.into(),
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
        word: mood.words().to_string(),
        number: format!("{t:.0}"),
        tone,
    }
}

impl DeliveryView {
    /// The board for a session in delivery (or just finished). `None` before the handoff.
    pub fn build(session: &Session, coach: bool) -> Option<DeliveryView> {
        Self::build_for(session, coach, None)
    }

    /// The board as `seat` knows it (two roles): every date on it is the one that seat's role
    /// view holds (the delivery lead plans to the PID's date, never the deal's); `None`: solo,
    /// both dates.
    pub fn build_for(session: &Session, coach: bool, seat: Option<Seat>) -> Option<DeliveryView> {
        let s = session.scenario();
        let state = session.state();
        let d = state.delivery.as_ref()?;
        let (deadline, team_deadline) = match seat.and_then(|seat| session.view(seat).delivery) {
            Some(known) => (known.deadline, None),
            None => (
                d.deadline,
                (d.team_deadline != d.deadline).then_some(d.team_deadline),
            ),
        };
        let backlog = backlog_rows(session, d);
        let surprise_days = d
            .backlog
            .iter()
            .filter(|w| !w.dropped && w.surprise)
            .map(|w| w.total)
            .sum::<f32>();
        let price = state.sales.deal.as_ref().map_or(0.0, |deal| deal.price);
        let trust = s
            .stakeholders
            .iter()
            .zip(&d.trust)
            .map(|(st, t)| {
                (
                    st.name.clone(),
                    trust_cue(*t, s.sales.walk_away_trust),
                    DeliveryState::refuses_change(*t),
                )
            })
            .collect();
        let (last_week, decided) = week_log(session, coach);
        Some(DeliveryView {
            client: s.client.name.clone(),
            week: d.weeks_done + 1,
            weeks_done: d.weeks_done,
            deadline,
            team_deadline,
            max_weeks: s.delivery.max_weeks,
            coach,
            backlog,
            planned_days: d.planned_days,
            surprise_days,
            done_days: d.done,
            remaining_days: d.remaining(),
            team: team_rows(session, d),
            last_capacity: d.history.last().map(|r| r.capacity),
            fatigue: fatigue_cue(d.fatigue, session.fatigue_slowdown().unwrap_or(0.0)),
            overtime: d.overtime,
            quality_share: d.quality_share,
            budget: budget_cue(d.cost, price),
            trust,
            change_trust: CHANGE_ACCEPT_TRUST,
            burnup: burnup(s, d, deadline, team_deadline),
            last_week,
            decided,
            actions: super::actions::buttons(session, d, coach),
            can_end_week: session.is_legal(&Action::EndWeek),
            what_if: WhatIfView::default(),
        })
    }
}

/// The backlog in working order, defect fixes folded into one line at the end.
fn backlog_rows(session: &Session, d: &DeliveryState) -> Vec<BacklogRow> {
    let s = session.scenario();
    let state = session.state();
    let mut backlog = Vec::new();
    let mut defects: Option<BacklogRow> = None;
    for w in &d.backlog {
        if w.kind == WorkKind::Defects {
            let row = defects.get_or_insert_with(|| BacklogRow {
                name: work_name(s, WorkKind::Defects),
                cause: "rework".into(),
                surprise: false,
                added_week: w.added_week,
                total: 0.0,
                remaining: 0.0,
                finished: None,
                dropped: false,
                descope: None,
                descope_refused: None,
                droppable: false,
            });
            row.total += w.total;
            row.remaining += w.remaining;
            row.finished = if row.remaining <= DONE_EPSILON {
                w.finished_week.max(row.finished)
            } else {
                None
            };
            continue;
        }
        let (descope, descope_refused) = match w.kind {
            WorkKind::Scope(i) => {
                let ask = Action::RequestDescope(i);
                match session.refusal(&ask) {
                    None => (Some(ask), None),
                    Some(r) => (None, Some(crate::wording::refusal::refusal(r))),
                }
            }
            _ => (None, None),
        };
        let mut cause = cause_text(s, w.cause);
        if let Cause::Promise(p) = w.cause
            && w.surprise
            && !state.pid.contains(&PidItem::Promise(p))
        {
            cause.push_str(", not in the PID");
        }
        backlog.push(BacklogRow {
            name: work_name(s, w.kind),
            cause,
            surprise: w.surprise,
            added_week: w.added_week,
            total: w.total,
            remaining: w.remaining,
            finished: w.finished_week,
            dropped: w.dropped,
            descope,
            descope_refused,
            droppable: matches!(w.kind, WorkKind::Scope(_)),
        });
    }
    backlog.extend(defects);
    backlog
}

/// The team: who is on it, and how far along newcomers are (the engine's ramp).
fn team_rows(session: &Session, d: &DeliveryState) -> Vec<MemberRow> {
    let s = session.scenario();
    let floor = s.delivery.model.morale_floor;
    d.members
        .iter()
        .map(|m| {
            let p = &s.delivery.people[m.person.ix()];
            MemberRow {
                name: p.name.clone(),
                role: p.role.clone(),
                capacity: p.capacity,
                morale: m.morale,
                morale_cue: morale_cue(m.morale, floor),
                ramp: session.ramp(m.person).filter(|r| *r < 1.0),
                joined: m.joined,
            }
        })
        .collect()
}

/// Fatigue in words, with the share of speed it takes (the engine's figure) in coach mode.
fn fatigue_cue(f: f32, slowdown: f32) -> Cue {
    let tone = Tone::of(cues::fatigue(f));
    let word = match tone {
        Tone::Good => "fresh",
        Tone::Neutral => "a little tired",
        Tone::Warn => "tired: slower and more defects",
        _ => "exhausted",
    };
    let slower = slowdown * 100.0;
    Cue {
        word: word.into(),
        number: crate::wording::delivery::fatigue_number(f, slower),
        tone,
    }
}

/// Money spent against the price, in words.
fn budget_cue(cost: f32, price: f32) -> Cue {
    let share = cues::budget_share(cost, price);
    let tone = Tone::of(cues::budget(cost, price));
    let word = match tone {
        Tone::Good => "comfortable",
        Tone::Neutral => "getting tight",
        Tone::Warn => "almost gone",
        _ => "over the price: losing money",
    };
    Cue {
        word: word.into(),
        number: crate::wording::delivery::budget_number(cost, price, share),
        tone,
    }
}

fn burnup(s: &Scenario, d: &DeliveryState, deadline: u32, team_deadline: Option<u32>) -> Burnup {
    let mut burnup = Burnup {
        done: vec![[0.0, 0.0]],
        scope: vec![[0.0, d.planned_days as f64]],
        deadline,
        team_deadline,
        now: d.weeks_done,
        max_week: 0,
    };
    for r in &d.history {
        burnup.done.push([r.week as f64, r.done as f64]);
        burnup.scope.push([r.week as f64, r.scope as f64]);
    }
    burnup.max_week = (deadline.max(team_deadline.unwrap_or(0)).max(d.weeks_done) + 1)
        .min(s.delivery.max_weeks.max(d.weeks_done));
    burnup
}

/// The log: the last week that ran (its number and lines), then what was decided since.
type WeekLog = (Option<(u32, Vec<(Tone, String)>)>, Vec<(Tone, String)>);

fn week_log(session: &Session, coach: bool) -> WeekLog {
    let s = session.scenario();
    let log = session.log();
    let ended = log
        .iter()
        .rposition(|e| matches!(e, Event::WeekEnded { .. }));
    let last_week = ended.and_then(|end| {
        let start = log[..end]
            .iter()
            .rposition(|e| matches!(e, Event::WeekStarted(_)))?;
        let Event::WeekStarted(w) = log[start] else {
            return None;
        };
        let lines = log[start + 1..=end]
            .iter()
            .filter_map(|e| event_line(s, e, coach).map(|(m, t)| (m.into(), t)))
            .collect();
        Some((w, lines))
    });
    let since = ended.map(|i| i + 1).unwrap_or_else(|| {
        log.iter()
            .rposition(|e| matches!(e, Event::HandedOff { .. }))
            .map_or(log.len(), |i| i + 1)
    });
    let decided = log[since..]
        .iter()
        .filter_map(|e| event_line(s, e, coach).map(|(m, t)| (m.into(), t)))
        .collect();
    (last_week, decided)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::engine::Refusal;
    use crate::engine::script::{Step, parse_script, run_step};
    use crate::wording::refusal::refusal;

    /// Level 01 played by its careful script up to the handoff.
    fn delivering() -> Session {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/levels/01_first_client.scenario.ron"
        );
        let s = Arc::new(crate::scenario::load_file(std::path::Path::new(dir)).expect("level"));
        let src = include_str!("../../../../tests/scripts/01_first_client.careful.ron");
        let script = parse_script(src, "careful").expect("script");
        let mut session = Session::new(s.clone(), s.default_seed);
        for step in &script.steps {
            run_step(&mut session, step).expect("step");
            if *step == Step::SubmitPid {
                break;
            }
        }
        session
    }

    fn button<'a>(view: &'a DeliveryView, label: &str) -> &'a ActionButton {
        view.actions
            .iter()
            .find(|b| b.label == label)
            .unwrap_or_else(|| panic!("no button {label}"))
    }

    #[test]
    fn the_board_shows_the_engines_refusals_and_figures() {
        let mut session = delivering();
        session.apply(Action::RequestMoreTime(2)).unwrap();
        let hire = session.scenario().delivery.team_size;
        let newcomer = crate::scenario::model::PersonId(hire as u16);
        session.apply(Action::Hire(newcomer)).unwrap();
        let view = DeliveryView::build(&session, true).unwrap();
        let why = refusal(Refusal::OneChangeAWeek);
        assert_eq!(
            button(&view, "Ask +4 weeks").why_not.as_deref(),
            Some(why.as_str())
        );
        assert_eq!(button(&view, "Ask +4 weeks").action, None);
        let open = view
            .backlog
            .iter()
            .find(|r| r.droppable && !r.dropped && r.finished.is_none())
            .expect("an open scope item");
        assert_eq!(open.descope, None);
        assert_eq!(open.descope_refused.as_deref(), Some(why.as_str()));
        // The newcomer's speed is the engine's ramp.
        let row = view.team.last().unwrap();
        assert_eq!(row.ramp, session.ramp(newcomer));
        assert!(row.ramp.is_some_and(|r| r < 1.0));
        // Testing at the careful share: one step each way, from the engine.
        let q = session.state().delivery.as_ref().unwrap().quality_share;
        let less = crate::engine::delivery::quality_step(q, false);
        assert_eq!(
            button(&view, crate::wording::delivery::LESS_TESTING).action,
            Some(Action::SetQualityShare(less))
        );
    }
}
