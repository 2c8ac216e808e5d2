//! The campaign plan (seed 002: the sales process is a project). With `sales.campaign`, the
//! session opens in [`Phase::Plan`]: the seller allows diary days before each meeting and books
//! who from delivery comes, then confirms. Each meeting then needs its days (the meeting itself,
//! a day-finding search for every delivery person not booked ahead, and the client's diary,
//! drawn per seed); when the days allowed run out the meeting slips (patience and trust), and a
//! loose plan closes late (the quarter, the client's decision date). The rules are in
//! `docs/rules.md`, "The campaign plan".

use serde::{Deserialize, Serialize};

use super::{Action, Event, Phase, Refusal, Session};
use crate::scenario::model::{MeetingId, Role};

/// The seller's plan: per meeting, the days allowed before it and who from delivery is booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignPlan {
    /// Days allowed before each meeting (from the one before; the first from the start).
    pub gaps: Vec<u32>,
    /// Who from delivery is booked for each meeting.
    pub booked: Vec<Vec<Role>>,
}

/// A meeting as held against the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    /// The meeting.
    pub meeting: MeetingId,
    /// The day the plan put it on (from the start of the campaign).
    pub planned_day: u32,
    /// The day it was held.
    pub day: u32,
    /// Days it slipped past the days allowed for it (0: on plan).
    pub slipped: u32,
}

impl Session {
    /// A fresh plan: the smallest days allowed that cover each meeting alone, nobody booked.
    pub(super) fn default_plan(&self) -> Option<CampaignPlan> {
        let s = &self.scenario;
        let c = s.sales.campaign.as_ref()?;
        let need = s.sales.incentives.quarter.meeting_days;
        let gap = c
            .gap_choices
            .iter()
            .copied()
            .find(|g| *g >= need)
            .or_else(|| c.gap_choices.last().copied())
            .unwrap_or(need);
        Some(CampaignPlan {
            gaps: vec![gap; s.meetings.len()],
            booked: vec![Vec::new(); s.meetings.len()],
        })
    }

    /// The plan (none without a campaign).
    pub fn campaign_plan(&self) -> Option<&CampaignPlan> {
        self.state.sales.plan.as_ref()
    }

    /// The meetings held so far, against the plan (empty without a campaign).
    pub fn held(&self) -> &[Held] {
        &self.state.sales.held
    }

    /// The day the plan puts the close on, if every meeting is held.
    pub fn planned_close_day(&self) -> Option<u32> {
        self.campaign_plan().map(|p| p.gaps.iter().sum())
    }

    /// Why a planning action is refused now (`None`: accepted).
    pub(super) fn plan_refusal(&self, action: &Action) -> Option<Refusal> {
        let s = &self.scenario;
        let (Some(c), Some(plan)) = (&s.sales.campaign, &self.state.sales.plan) else {
            return Some(Refusal::WrongPhase(self.state.phase));
        };
        match action {
            Action::ConfirmPlan => None,
            Action::PlanGap(m, days) => {
                if m.ix() >= s.meetings.len() || !c.gap_choices.contains(days) {
                    Some(Refusal::NotInPlan)
                } else if plan.gaps[m.ix()] == *days {
                    Some(Refusal::AlreadyPlanned)
                } else {
                    None
                }
            }
            Action::PlanBooking(m, role, book) => {
                if m.ix() >= s.meetings.len() || !s.meetings[m.ix()].may_invite.contains(role) {
                    Some(Refusal::NotInPlan)
                } else if plan.booked[m.ix()].contains(role) == *book {
                    Some(Refusal::AlreadyPlanned)
                } else {
                    None
                }
            }
            _ => Some(Refusal::WrongPhase(Phase::Plan)),
        }
    }

    /// The planning actions open now, in a stable order: each meeting's other day choices and
    /// bookings, then confirm.
    pub(super) fn legal_plan_actions(&self, out: &mut Vec<Action>) {
        let s = &self.scenario;
        let Some(c) = &s.sales.campaign else {
            return;
        };
        for (i, m) in s.meetings.iter().enumerate() {
            let id = MeetingId(i as u16);
            for g in &c.gap_choices {
                let a = Action::PlanGap(id, *g);
                if self.plan_refusal(&a).is_none() {
                    out.push(a);
                }
            }
            for r in &m.may_invite {
                for book in [true, false] {
                    let a = Action::PlanBooking(id, *r, book);
                    if self.plan_refusal(&a).is_none() {
                        out.push(a);
                    }
                }
            }
        }
        out.push(Action::ConfirmPlan);
    }

    /// Applies a planning action (already checked).
    pub(super) fn plan(&mut self, action: &Action, events: &mut Vec<Event>) {
        let Some(plan) = self.state.sales.plan.as_mut() else {
            return;
        };
        match action {
            Action::PlanGap(m, days) => plan.gaps[m.ix()] = *days,
            Action::PlanBooking(m, role, book) => {
                plan.booked[m.ix()].retain(|r| r != role);
                if *book {
                    plan.booked[m.ix()].push(*role);
                    plan.booked[m.ix()].sort();
                }
            }
            Action::ConfirmPlan => {
                events.push(Event::PlanConfirmed {
                    close_day: plan.gaps.iter().sum(),
                });
                self.enter_meeting(0, events);
            }
            _ => {}
        }
    }

    /// The days meeting `m` needs with `roles` attending: the meeting, a search for each delivery
    /// person not booked ahead (none booked without a plan), and the client's diary.
    pub(super) fn needed_days(&self, m: MeetingId, roles: &[Role]) -> u32 {
        let q = &self.scenario.sales.incentives.quarter;
        let booked = self
            .state
            .sales
            .plan
            .as_ref()
            .map(|p| p.booked[m.ix()].clone())
            .unwrap_or_default();
        let unbooked = roles.iter().filter(|r| !booked.contains(r)).count() as u32;
        q.meeting_days + q.invite_days * unbooked + Self::slip_days(self.seed, m, q.slip_days)
    }

    /// Moves the calendar to meeting `m`: without a plan, the days it needs; with one, the days
    /// allowed or, when they run out, the days it needs, and the slip costs patience and trust.
    pub(super) fn book_meeting(&mut self, m: MeetingId, roles: &[Role], events: &mut Vec<Event>) {
        let needed = self.needed_days(m, roles);
        let Some(plan) = self.state.sales.plan.clone() else {
            self.state.sales.days += needed;
            return;
        };
        let s = self.scenario.clone();
        let allowed = plan.gaps[m.ix()];
        let planned_day = self.state.sales.held.last().map_or(0, |h| h.planned_day) + allowed;
        let rebook = s.sales.campaign.as_ref().map_or(0, |c| c.rebook_days);
        let over = needed.saturating_sub(allowed);
        // A meeting whose days ran out is rebooked: it loses the new slot's wait on top.
        let slipped = if over > 0 { over + rebook } else { 0 };
        self.state.sales.days += allowed + slipped;
        self.state.sales.held.push(Held {
            meeting: m,
            planned_day,
            day: self.state.sales.days,
            slipped,
        });
        if slipped > 0 {
            events.push(Event::MeetingSlipped {
                meeting: m,
                days: slipped,
            });
            if let Some(c) = &s.sales.campaign {
                if !s.is_internal(m) {
                    self.change_patience(-c.slip_patience, events);
                }
                for &k in &s.meetings[m.ix()].present {
                    self.change_trust(k, -c.slip_trust, events);
                }
            }
        }
    }

    /// The client score lost for closing after their decision date (0 without a campaign).
    pub fn late_close_score(&self, close_day: u32) -> f32 {
        let Some(c) = &self.scenario.sales.campaign else {
            return 0.0;
        };
        let late = close_day.saturating_sub(c.decision_day);
        c.late_score * late.div_ceil(7) as f32
    }

    /// The meeting that moved the close most: the one with the largest slip, or else the one
    /// with the most days allowed (what a facilitator asks about: the critical activity).
    pub fn critical_meeting(&self) -> Option<MeetingId> {
        let held = &self.state.sales.held;
        let plan = self.state.sales.plan.as_ref()?;
        held.iter()
            .max_by_key(|h| (h.slipped, plan.gaps[h.meeting.ix()]))
            .map(|h| h.meeting)
    }
}

/// A careful planner's next step: allow each meeting the days it needs even when the client's
/// diary runs long (the meeting, plus the most it can slip), book the project manager and the
/// senior designer ahead wherever they may come, then confirm.
pub fn careful_plan_step(session: &Session) -> Action {
    let s = session.scenario();
    let (Some(c), Some(plan)) = (&s.sales.campaign, session.campaign_plan()) else {
        return Action::ConfirmPlan;
    };
    let q = &s.sales.incentives.quarter;
    let want = q.meeting_days + q.slip_days;
    let target = c
        .gap_choices
        .iter()
        .copied()
        .find(|g| *g >= want)
        .or_else(|| c.gap_choices.last().copied())
        .unwrap_or(want);
    for (i, m) in s.meetings.iter().enumerate() {
        let id = MeetingId(i as u16);
        if plan.gaps[i] != target {
            return Action::PlanGap(id, target);
        }
        for r in &m.may_invite {
            if !plan.booked[i].contains(r) {
                return Action::PlanBooking(id, *r, true);
            }
        }
    }
    Action::ConfirmPlan
}
