//! One delivery week, as a short sequence of named steps over the delivery state:
//! surprises surface ([`super::surprises`]), the team's capacity is worked out, testing finds
//! defects, work burns the backlog, money and morale move, and the week is recorded.

use rand::{SeedableRng, rngs::Xoshiro256PlusPlus};

use super::rules::{
    BEHIND_MORALE, BEHIND_MORALE_AT, DONE_EPSILON, FATIGUE_PER_WEEK, FATIGUE_RECOVERY_PER_WEEK,
    MAX_DETECTION, MAX_FATIGUE, PRESSURE_DEFECTS, PRESSURE_MORALE, REPORT_EPSILON, RESTED_MORALE,
    REVIEW_DETECTION, UNSEEN_SHOWS_AT, base_capacity, defects_made, detection, rework_days,
    schedule_pressure,
};
use super::state::{DeliveryState, WeekRecord, WorkItem, WorkKind};
use crate::engine::{Cause, Event, Session};
use crate::scenario::model::{Model, Scenario};

/// What the capacity step leaves for the rest of the week.
struct Capacity {
    /// Person-days the team has this week, all told.
    days: f32,
    /// Morale change from the week's hours (before the behind-plan check).
    morale_delta: f32,
}

/// Unseen effort that showed up this week: it joins the backlog once the week is worked.
type Revealed = Vec<(WorkKind, Cause, f32)>;

impl Session {
    /// The seeded random stream for one week.
    pub(super) fn week_rng(&self, week: u32) -> Xoshiro256PlusPlus {
        // One stream per week, so a what-if that changes one week's randomness leaves the others alone.
        let mix = self.seed ^ (week as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        Xoshiro256PlusPlus::seed_from_u64(mix)
    }

    /// Runs the coming week. Returns true when delivery is over (the backlog is done or the
    /// scenario's last week has run).
    pub(super) fn run_week(&mut self, events: &mut Vec<Event>) -> bool {
        let s = self.scenario.clone();
        let Some(week) = self.state.delivery.as_ref().map(|d| d.weeks_done + 1) else {
            return false;
        };
        let mut rng = self.week_rng(week);
        events.push(Event::WeekStarted(week));
        self.review(week, events);
        self.surface_hidden_needs(week, events);
        self.test_claims(week, events);
        self.fire_scenario_events(week, &mut rng, events);
        let capacity = self.work_out_capacity(week);
        self.find_defects(week, events);
        let Some(d) = self.state.delivery.as_mut() else {
            return false;
        };
        let revealed = burn_backlog(&s, d, week, capacity.days);
        pay_and_move_morale(&s, d, capacity.morale_delta, events);
        d.weeks_done = week;
        d.update_planned = false;
        d.change_this_week = false;
        d.actions_this_week = 0;
        d.capacity_adjust = 0.0;
        // Work the estimate missed joins the backlog before the week is recorded, so the
        // burn-up's scope and the backlog always agree.
        for (kind, cause, days) in revealed {
            self.add_work(kind, cause, days, true, events);
        }
        let remaining = self.record_week(week, capacity.days, events);
        remaining <= DONE_EPSILON || week >= s.delivery.max_weeks
    }

    /// The team's capacity this week: people, ramp, morale, overhead and fatigue, then overtime
    /// (and its fatigue), the client update's cost, and what events added or took.
    fn work_out_capacity(&mut self, week: u32) -> Capacity {
        let s = self.scenario.clone();
        let model = &s.delivery.model;
        let Some(d) = self.state.delivery.as_mut() else {
            return Capacity {
                days: 0.0,
                morale_delta: 0.0,
            };
        };
        let mut days = base_capacity(&s, d, week);
        let mut morale_delta = 0.0;
        if d.overtime {
            days *= 1.0 + model.overtime_boost;
            d.overtime_streak += 1;
            d.fatigue = (d.fatigue + FATIGUE_PER_WEEK).min(MAX_FATIGUE);
            d.overtime_weeks += 1;
            if d.overtime_streak > 1 {
                morale_delta -= model.overtime_morale;
            }
        } else {
            d.fatigue = (d.fatigue - FATIGUE_RECOVERY_PER_WEEK).max(0.0);
            d.overtime_streak = 0;
            morale_delta += RESTED_MORALE;
        }
        if d.update_planned {
            days -= model.update_days;
        }
        Capacity {
            days: (days + d.capacity_adjust).max(0.0),
            morale_delta,
        }
    }

    /// Quality work finds hidden defects; the older they are, the more they cost to fix.
    fn find_defects(&mut self, week: u32, events: &mut Vec<Event>) {
        // At a client review, the client trying the work finds some of what testing missed.
        let review = if self.is_review(week) {
            REVIEW_DETECTION
        } else {
            0.0
        };
        let s = self.scenario.clone();
        let model = &s.delivery.model;
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        let share = (detection(model, d.quality_share) + review).min(MAX_DETECTION);
        let mut found = 0.0;
        let mut rework = 0.0;
        for (i, cohort) in d.hidden_defects.iter_mut().enumerate() {
            let age = week.saturating_sub(i as u32 + 1);
            let f = *cohort * share;
            *cohort -= f;
            found += f;
            rework += rework_days(model, f, age);
        }
        d.defects_found += found;
        if found > REPORT_EPSILON {
            events.push(Event::DefectsFound {
                count: found,
                rework_days: rework,
            });
        }
        if rework > REPORT_EPSILON {
            self.add_work(WorkKind::Defects, Cause::Defects, rework, false, events);
        }
    }

    /// Records the finished week for the burn-up and reports it; returns the work left.
    fn record_week(&mut self, week: u32, capacity: f32, events: &mut Vec<Event>) -> f32 {
        let Some(d) = self.state.delivery.as_mut() else {
            return 0.0;
        };
        let remaining = d.remaining();
        let record = WeekRecord {
            week,
            capacity,
            done: d.done,
            scope: d.done + remaining,
            cost: d.cost,
            morale: d.morale(),
        };
        d.history.push(record);
        events.push(Event::WeekEnded {
            week,
            capacity,
            done: d.done,
            remaining,
            cost: d.cost,
            morale: record.morale,
        });
        remaining
    }

    /// Adds work to the backlog (nothing when `days` is not positive).
    pub(super) fn add_work(
        &mut self,
        kind: WorkKind,
        cause: Cause,
        days: f32,
        surprise: bool,
        events: &mut Vec<Event>,
    ) {
        let Some(d) = self.state.delivery.as_mut() else {
            return;
        };
        if days <= 0.0 {
            return;
        }
        d.backlog.push(WorkItem {
            kind,
            cause,
            total: days,
            remaining: days,
            surprise,
            added_week: d.weeks_done + 1,
            finished_week: None,
            dropped: false,
            unseen: 0.0,
        });
        events.push(Event::WorkAdded {
            cause,
            days,
            surprise,
        });
    }
}

/// Work burns the backlog in order, after the quality share; tired people make more defects.
/// Returns the unseen effort of items now half done.
fn burn_backlog(s: &Scenario, d: &mut DeliveryState, week: u32, capacity: f32) -> Revealed {
    let model: &Model = &s.delivery.model;
    let mut budget = capacity * (1.0 - d.quality_share as f32 / 100.0);
    let mut worked = 0.0;
    for w in d.backlog.iter_mut() {
        if budget <= 0.0 {
            break;
        }
        if w.dropped || w.remaining <= 0.0 {
            continue;
        }
        let step = w.remaining.min(budget);
        w.remaining -= step;
        budget -= step;
        worked += step;
        if w.remaining <= DONE_EPSILON {
            w.remaining = 0.0;
            w.finished_week = Some(week);
        }
    }
    d.done += worked;
    // Behind a date pressed below its own estimate, the team cuts corners.
    let pressed = if d.behind() > 0.0 {
        1.0 + PRESSURE_DEFECTS * schedule_pressure(s, d)
    } else {
        1.0
    };
    let made = defects_made(model, worked, d.fatigue, d.quality_share) * pressed;
    let mut revealed = Vec::new();
    for w in d.backlog.iter_mut() {
        if w.unseen > 0.0 && !w.dropped && w.remaining <= w.total * UNSEEN_SHOWS_AT {
            revealed.push((w.kind, w.cause, w.unseen));
            w.unseen = 0.0;
        }
    }
    d.hidden_defects.push(made);
    revealed
}

/// The week's pay (with the overtime premium) and the team's morale: rest restores it up to
/// where each person started; overtime and being far behind wear it down.
fn pay_and_move_morale(
    s: &Scenario,
    d: &mut DeliveryState,
    mut morale_delta: f32,
    events: &mut Vec<Event>,
) {
    let model = &s.delivery.model;
    let mut run_rate = 0.0;
    for m in &d.members {
        let p = &s.delivery.people[m.person.ix()];
        run_rate += p.weekly_cost
            * if d.overtime {
                1.0 + model.overtime_premium
            } else {
                1.0
            };
    }
    d.cost += run_rate;
    if d.behind() > BEHIND_MORALE_AT {
        morale_delta -= BEHIND_MORALE;
    }
    if d.behind() > 0.0 {
        morale_delta -= PRESSURE_MORALE * schedule_pressure(s, d);
    }
    for m in d.members.iter_mut() {
        let start = s.delivery.people[m.person.ix()].morale;
        let target = if morale_delta > 0.0 {
            (m.morale + morale_delta).min(start.max(m.morale))
        } else {
            m.morale + morale_delta
        };
        m.morale = target.clamp(0.0, 100.0);
    }
    if morale_delta < 0.0 {
        events.push(Event::MoraleChanged {
            delta: morale_delta,
            cause: Cause::Decision,
        });
    }
}
