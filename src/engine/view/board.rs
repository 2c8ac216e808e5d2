//! The delivery board as a viewer sees it ([`BoardPane`]): the week, the backlog in working order,
//! the team, fatigue, testing, money spent, the client's trust, the burn-up, what the last week
//! and this week's decisions did, and the week's decisions with the engine's reason when one is
//! not possible now.
//!
//! Every date on it is one the viewer knows: the delivery lead plans to the document's date and
//! never sees the deal's price or date; the seller (and a solo player) sees both dates and the
//! money against the price. Only the seat that runs delivery gets the decisions.

use serde::{Deserialize, Serialize};

use super::keys::ActionKey;
use crate::engine::delivery::{
    DONE_EPSILON, TIME_REQUEST_WEEKS, UPDATE_CHANGE_SHARE, quality_step,
};
use crate::engine::told::{CauseText, PromiseText, Told};
use crate::engine::viewer::{ViewOptions, Viewer};
use crate::engine::{
    Action, CHANGE_ACCEPT_TRUST, Cause, DeliveryState, Event, PidItem, Refusal, Session, WorkKind,
};
use crate::scenario::model::{PersonId, Scenario};

/// What a piece of work is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkText {
    /// A scope item (its name).
    Scope(String),
    /// Bespoke work promised.
    Extra(PromiseText),
    /// A hidden need (its text).
    Need(String),
    /// Making good a claim (its text).
    Claim(String),
    /// A scenario event (its text).
    Event(String),
    /// Fixing defects found in testing (all such work, folded into one line).
    Defects,
    /// Taking a dropped scope item's built work back out (its name).
    Unpick(String),
}

impl WorkText {
    /// A piece of work of `s`, in its words.
    pub fn of(s: &Scenario, kind: WorkKind) -> WorkText {
        match kind {
            WorkKind::Scope(i) => WorkText::Scope(s.offer.scope[i.ix()].name.clone()),
            WorkKind::Extra(p) => WorkText::Extra(PromiseText::of(s, p)),
            WorkKind::Need(f) => WorkText::Need(s.facts[f.ix()].text.clone()),
            WorkKind::Claim(c) => WorkText::Claim(s.offer.claims[c.ix()].text.clone()),
            WorkKind::Event(e) => WorkText::Event(s.delivery.events[e.ix()].text.clone()),
            WorkKind::Defects => WorkText::Defects,
            WorkKind::Unpick(i) => WorkText::Unpick(s.offer.scope[i.ix()].name.clone()),
        }
    }
}

/// One line of the backlog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkLine {
    /// What the work is.
    pub what: WorkText,
    /// Where it came from.
    pub cause: CauseText,
    /// A promise's work that surprised the team because the document left it out.
    pub not_in_pid: bool,
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
    /// A scope item: asking the client to drop it, or the engine's reason why not now.
    pub descope: Option<Result<ActionKey, Refusal>>,
}

/// One person on the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberLine {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Person-days a week at full speed.
    pub capacity: f32,
    /// Morale, 0 to 100.
    pub morale: f32,
    /// Share of full speed this coming week while they ramp up (none: full speed).
    pub ramp: Option<f32>,
    /// The week they joined (0: from the start).
    pub joined: u32,
}

/// One of the week's decisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ChoiceKind {
    /// Overtime on or off (`on`: it is on now); the scenario's boost, premium and morale cost.
    Overtime {
        /// On now.
        on: bool,
        /// Output boost.
        boost: f32,
        /// Pay premium.
        premium: f32,
        /// Morale cost a week.
        morale: f32,
    },
    /// Less testing: from, to (percent).
    LessTesting(u8, u8),
    /// More testing: from, to (percent).
    MoreTesting(u8, u8),
    /// Hire a person.
    Hire {
        /// Name.
        name: String,
        /// Job title.
        role: String,
        /// Person-days a week at full speed.
        capacity: f32,
        /// Cost a week.
        weekly_cost: f32,
        /// Share of speed in the first week.
        ramp_start: f32,
    },
    /// Ask the client for more weeks.
    AskWeeks(u32),
    /// An honest status update: person-days it takes, share of trust cost it saves on a change.
    ClientUpdate(f32, f32),
    /// Bring the account manager into the reviews.
    AccountManager,
}

/// A decision button: what, whether it is on, and the action or the engine's reason why not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceLine {
    /// What it is.
    pub kind: ChoiceKind,
    /// For toggles and hires: whether it is on (done).
    pub on: bool,
    /// The decision when possible now, else why not.
    pub action: Result<ActionKey, Refusal>,
}

/// Everything the delivery board shows a viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardPane {
    /// The client's name.
    pub client: String,
    /// Weeks completed.
    pub weeks_done: u32,
    /// The deadline the viewer knows: agreed with the client (seller, solo) or the document's.
    pub deadline: u32,
    /// The team's planned week, when it differs (seller and solo only).
    pub team_deadline: Option<u32>,
    /// The week delivery stops whatever happens.
    pub max_weeks: u32,
    /// The backlog in working order, defect fixes folded into one line at the end.
    pub backlog: Vec<WorkLine>,
    /// Person-days planned at handoff. The totals add up: planned + surprises + rework − dropped
    /// = done + left.
    pub planned_days: f32,
    /// Person-days that arrived as surprises (what the document left out, what an estimate
    /// missed, a scenario's events).
    pub surprise_days: f32,
    /// Person-days of rework added since the handoff: defect fixes, taking out a dropped item.
    pub rework_days: f32,
    /// Person-days taken out of the backlog by agreement with the client (what was left of the
    /// dropped items).
    pub dropped_days: f32,
    /// Person-days done.
    pub done_days: f32,
    /// Person-days left.
    pub remaining_days: f32,
    /// The team.
    pub team: Vec<MemberLine>,
    /// The morale under which people slow down.
    pub morale_floor: f32,
    /// Capacity delivered last week.
    pub last_capacity: Option<f32>,
    /// Fatigue, and the share of speed it takes.
    pub fatigue: (f32, f32),
    /// Overtime on.
    pub overtime: bool,
    /// Testing share, percent.
    pub quality_share: u8,
    /// Money spent so far.
    pub cost: f32,
    /// The price (the seller's side only).
    pub price: Option<f32>,
    /// Each stakeholder: name, trust, whether they would refuse a change now.
    pub trust: Vec<(String, f32, bool)>,
    /// The scenario's walk-away trust (moods are read against it).
    pub walk_away: f32,
    /// The trust under which a stakeholder refuses a change.
    pub change_trust: f32,
    /// The burn-up: `(week, person-days done, scope)` from week 0.
    pub burnup: Vec<(u32, f32, f32)>,
    /// The last week that ran and what happened in it.
    pub last_week: Option<(u32, Vec<Told>)>,
    /// What was decided since.
    pub decided: Vec<Told>,
    /// The week's decisions (only for the seat that runs delivery), in a fixed order.
    pub choices: Vec<ChoiceLine>,
    /// End the week (when this viewer may).
    pub end_week: Option<ActionKey>,
    /// Coach mode.
    pub coach: bool,
}

impl Session {
    /// The delivery board as `viewer` sees it; `None` before delivery.
    pub fn board_pane(&self, viewer: Viewer, opts: ViewOptions) -> Option<BoardPane> {
        let s = self.scenario();
        let st = &self.state;
        let d = st.delivery.as_ref()?;
        let seller = viewer.knows_seller_side();
        let (deadline, team_deadline) = if seller {
            (
                d.deadline,
                (d.team_deadline != d.deadline).then_some(d.team_deadline),
            )
        } else {
            (d.team_deadline, None)
        };
        let runs = match viewer {
            Viewer::Solo => true,
            Viewer::Seat(seat) => seat == crate::engine::Seat::DeliveryLead,
            Viewer::Observer | Viewer::Facilitator => false,
        };
        let legal = |a: &Action| -> Result<ActionKey, Refusal> {
            match self.refusal(a) {
                None if runs => Ok(self.action_key(a)),
                None => Err(Refusal::NotYourAction(crate::engine::Seat::DeliveryLead)),
                Some(r) => Err(r),
            }
        };
        let mut burnup = vec![(0, 0.0, d.planned_days)];
        burnup.extend(d.history.iter().map(|r| (r.week, r.done, r.scope)));
        let (last_week, decided) = self.week_log();
        Some(BoardPane {
            client: s.client.name.clone(),
            weeks_done: d.weeks_done,
            deadline,
            team_deadline,
            max_weeks: s.delivery.max_weeks,
            backlog: self.backlog_lines(d, &legal),
            planned_days: d.planned_days,
            surprise_days: d
                .backlog
                .iter()
                .filter(|w| w.surprise)
                .map(|w| w.total)
                .sum(),
            rework_days: d
                .backlog
                .iter()
                .filter(|w| !w.surprise && w.added_week > 0)
                .map(|w| w.total)
                .sum(),
            dropped_days: d
                .backlog
                .iter()
                .filter(|w| w.dropped)
                .map(|w| w.remaining)
                .sum(),
            done_days: d.done,
            remaining_days: d.remaining(),
            team: d
                .members
                .iter()
                .map(|m| {
                    let p = &s.delivery.people[m.person.ix()];
                    MemberLine {
                        name: p.name.clone(),
                        role: p.role.clone(),
                        capacity: p.capacity,
                        morale: m.morale,
                        ramp: self.ramp(m.person).filter(|r| *r < 1.0),
                        joined: m.joined,
                    }
                })
                .collect(),
            morale_floor: s.delivery.model.morale_floor,
            last_capacity: d.history.last().map(|r| r.capacity),
            fatigue: (d.fatigue, self.fatigue_slowdown().unwrap_or(0.0)),
            overtime: d.overtime,
            quality_share: d.quality_share,
            cost: d.cost,
            price: st
                .sales
                .deal
                .as_ref()
                .filter(|_| seller)
                .map(|deal| deal.price),
            trust: s
                .stakeholders
                .iter()
                .zip(&d.trust)
                .map(|(k, t)| (k.name.clone(), *t, DeliveryState::refuses_change(*t)))
                .collect(),
            walk_away: s.sales.walk_away_trust,
            change_trust: CHANGE_ACCEPT_TRUST,
            burnup,
            last_week,
            decided,
            choices: if runs {
                self.choices(d, &legal)
            } else {
                Vec::new()
            },
            end_week: legal(&Action::EndWeek).ok(),
            coach: opts.coach,
        })
    }

    fn backlog_lines(
        &self,
        d: &DeliveryState,
        legal: &dyn Fn(&Action) -> Result<ActionKey, Refusal>,
    ) -> Vec<WorkLine> {
        let s = self.scenario();
        let mut backlog = Vec::new();
        let mut defects: Option<WorkLine> = None;
        for w in &d.backlog {
            if w.kind == WorkKind::Defects {
                let row = defects.get_or_insert(WorkLine {
                    what: WorkText::Defects,
                    cause: CauseText::Defects,
                    not_in_pid: false,
                    surprise: false,
                    added_week: w.added_week,
                    total: 0.0,
                    remaining: 0.0,
                    finished: None,
                    dropped: false,
                    descope: None,
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
            backlog.push(WorkLine {
                what: WorkText::of(s, w.kind),
                cause: CauseText::of(s, w.cause),
                not_in_pid: matches!(w.cause, Cause::Promise(p)
                    if w.surprise && !self.state.pid.contains(&PidItem::Promise(p))),
                surprise: w.surprise,
                added_week: w.added_week,
                total: w.total,
                remaining: w.remaining,
                finished: w.finished_week,
                dropped: w.dropped,
                descope: match w.kind {
                    WorkKind::Scope(i) => Some(legal(&Action::RequestDescope(i))),
                    _ => None,
                },
            });
        }
        backlog.extend(defects);
        backlog
    }

    fn choices(
        &self,
        d: &DeliveryState,
        legal: &dyn Fn(&Action) -> Result<ActionKey, Refusal>,
    ) -> Vec<ChoiceLine> {
        let s = self.scenario();
        let model = &s.delivery.model;
        let mut out = Vec::new();
        let mut push = |kind: ChoiceKind, action: Action, on: bool| {
            out.push(ChoiceLine {
                kind,
                on,
                action: legal(&action),
            });
        };
        push(
            ChoiceKind::Overtime {
                on: d.overtime,
                boost: model.overtime_boost,
                premium: model.overtime_premium,
                morale: model.overtime_morale,
            },
            Action::SetOvertime(!d.overtime),
            d.overtime,
        );
        let q = d.quality_share;
        let (less, more) = (quality_step(q, false), quality_step(q, true));
        push(
            ChoiceKind::LessTesting(q, less),
            Action::SetQualityShare(less),
            false,
        );
        push(
            ChoiceKind::MoreTesting(q, more),
            Action::SetQualityShare(more),
            false,
        );
        for i in s.delivery.team_size..s.delivery.people.len() {
            let p = &s.delivery.people[i];
            push(
                ChoiceKind::Hire {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    capacity: p.capacity,
                    weekly_cost: p.weekly_cost,
                    ramp_start: model.ramp_start,
                },
                Action::Hire(PersonId(i as u16)),
                d.members.iter().any(|m| m.person.ix() == i),
            );
        }
        for w in TIME_REQUEST_WEEKS {
            push(ChoiceKind::AskWeeks(w), Action::RequestMoreTime(w), false);
        }
        push(
            ChoiceKind::ClientUpdate(model.update_days, UPDATE_CHANGE_SHARE),
            Action::ClientUpdate,
            d.update_planned,
        );
        push(
            ChoiceKind::AccountManager,
            Action::InviteAccountManager,
            d.account_manager.is_some(),
        );
        out
    }

    /// The last week that ran (its number and what happened), then what was decided since.
    #[allow(clippy::type_complexity)]
    fn week_log(&self) -> (Option<(u32, Vec<Told>)>, Vec<Told>) {
        let s = self.scenario();
        let log = self.log();
        let tell =
            |es: &[Event]| -> Vec<Told> { es.iter().filter_map(|e| Told::of(s, e)).collect() };
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
            Some((w, tell(&log[start + 1..=end])))
        });
        let since = ended.map(|i| i + 1).unwrap_or_else(|| {
            log.iter()
                .rposition(|e| matches!(e, Event::HandedOff { .. }))
                .map_or(log.len(), |i| i + 1)
        });
        (last_week, tell(&log[since..]))
    }
}
