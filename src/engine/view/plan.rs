//! The campaign plan as a viewer sees it ([`PlanPane`]): every meeting with the days allowed
//! before it and the choices, the days it needs at least and how far the client's diary can
//! push it, who from delivery is booked, and the plan's close against the quarter's end and the
//! client's decision date; once meetings are held, each against its planned day. The seller plans;
//! the delivery lead sees the plan they are booked into.

use serde::{Deserialize, Serialize};

use super::keys::ActionKey;
use crate::engine::viewer::Viewer;
use crate::engine::{Action, Phase, Session};
use crate::scenario::model::{MeetingId, Role};

/// One meeting of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    /// The meeting's name.
    pub name: String,
    /// An internal meeting (only colleagues).
    pub internal: bool,
    /// Days allowed before it.
    pub days: u32,
    /// Each choice of days, with its action while this viewer may plan.
    pub choices: Vec<(u32, Option<ActionKey>)>,
    /// The days it takes at least (the meeting alone).
    pub takes: u32,
    /// Days a delivery person not booked ahead adds (0 where nobody from delivery may come).
    pub unbooked_days: u32,
    /// The day the plan puts it on, if every meeting before it is held.
    pub planned_day: u32,
    /// Who from delivery may come: booked or not, and the booking to change it.
    pub booking: Vec<(Role, bool, Option<ActionKey>)>,
    /// Once held: the day it was held and the days it slipped.
    pub held: Option<(u32, u32)>,
    /// Days allowed beyond what the meeting alone takes.
    pub spare: u32,
    /// The client's diary alone can make it slip: fewer spare days than the diary can add.
    pub at_risk: bool,
}

/// Everything the plan shows a viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanPane {
    /// The meetings, in order.
    pub rows: Vec<PlanRow>,
    /// Up to this many more days per meeting, from the client's diary (drawn per seed).
    pub diary_slip: u32,
    /// The day the plan closes on, if every meeting is held.
    pub close_day: u32,
    /// The quarter's last day (none: no quarter end).
    pub quarter_end: Option<u32>,
    /// The client's decision date.
    pub decision_day: u32,
    /// What a slipped meeting costs: days to rebook it, client patience, and trust with each
    /// person in the room.
    pub slip_cost: (u32, i32, f32),
    /// The plan closes after the quarter ends.
    pub after_quarter: bool,
    /// The plan closes after the client's decision date.
    pub after_decision: bool,
    /// Confirm the plan (while this viewer may).
    pub confirm: Option<ActionKey>,
    /// The plan is still being made.
    pub planning: bool,
}

impl Session {
    /// The plan pane for `viewer` (none without a campaign, or for a viewer with no part in the
    /// sale: the observer and the facilitator see it too, without actions).
    pub fn plan_pane(&self, viewer: Viewer) -> Option<PlanPane> {
        let s = self.scenario();
        let c = s.sales.campaign.as_ref()?;
        let plan = self.campaign_plan()?;
        let q = &s.sales.incentives.quarter;
        let legal = self.legal_for(viewer);
        let offer = |a: Action| legal.contains(&a).then(|| self.action_key(&a));
        let mut day = 0;
        let rows = s
            .meetings
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let id = MeetingId(i as u16);
                day += plan.gaps[i];
                PlanRow {
                    name: m.name.clone(),
                    internal: s.is_internal(id),
                    days: plan.gaps[i],
                    choices: c
                        .gap_choices
                        .iter()
                        .map(|g| (*g, offer(Action::PlanGap(id, *g))))
                        .collect(),
                    takes: q.meeting_days,
                    // Nobody from delivery may come: no diary to search.
                    unbooked_days: if m.may_invite.is_empty() {
                        0
                    } else {
                        q.invite_days
                    },
                    planned_day: day,
                    booking: m
                        .may_invite
                        .iter()
                        .map(|r| {
                            let booked = plan.booked[i].contains(r);
                            (*r, booked, offer(Action::PlanBooking(id, *r, !booked)))
                        })
                        .collect(),
                    held: self
                        .held()
                        .iter()
                        .find(|h| h.meeting == id)
                        .map(|h| (h.day, h.slipped)),
                    spare: plan.gaps[i].saturating_sub(q.meeting_days),
                    at_risk: plan.gaps[i].saturating_sub(q.meeting_days) < q.slip_days,
                }
            })
            .collect();
        Some(PlanPane {
            rows,
            diary_slip: q.slip_days,
            close_day: day,
            quarter_end: (q.days_left > 0).then_some(q.days_left),
            decision_day: c.decision_day,
            slip_cost: (c.rebook_days, c.slip_patience, c.slip_trust),
            after_quarter: q.days_left > 0 && day > q.days_left,
            after_decision: day > c.decision_day,
            confirm: offer(Action::ConfirmPlan),
            planning: self.phase() == Phase::Plan,
        })
    }
}
