//! The delivery phase's fixed rules: every tuning number that is not a scenario field, and the
//! formulas the week and the screens both use. `docs/rules.md` names each constant (a test checks).

use super::state::{DeliveryState, Member};
use crate::scenario::model::{Model, Scenario};

/// Trust lost when a promise left out of the handoff surfaces at a review.
pub const LEFT_OUT_TRUST: f32 = 6.0;
/// Share of the left-out trust loss taken when the account manager is in the reviews (they
/// explain it before the client finds it).
pub const ACCOUNT_MANAGER_LEFT_OUT_SHARE: f32 = 0.5;
/// Trust each stakeholder gains at every review the account manager attends.
pub const ACCOUNT_MANAGER_REVIEW_TRUST: f32 = 1.0;
/// Share of a failing claim's trust loss taken when the claim was in the PID (the
/// team warned the client early).
pub const KNOWN_CLAIM_TRUST_SHARE: f32 = 0.5;
/// Trust a stakeholder needs before they agree to a change.
pub const CHANGE_ACCEPT_TRUST: f32 = 40.0;
/// Share of a change request's trust cost paid when a client update goes out the same week.
pub const UPDATE_CHANGE_SHARE: f32 = 0.5;
/// The most times the client can be asked for more weeks.
pub const MAX_TIME_REQUESTS: u32 = 2;
/// The extensions the client can be asked for, in weeks.
pub const TIME_REQUEST_WEEKS: [u32; 2] = [2, 4];
/// Share of capacity on quality when delivery starts, percent.
pub const START_QUALITY_SHARE: u8 = 10;
/// The most capacity that can go to quality, percent.
pub const MAX_QUALITY_SHARE: u8 = 50;
/// The quality share moves in steps of this many percent.
pub const QUALITY_STEP: u8 = 10;
/// Fatigue stops growing here: a team worn out by months of overtime still works, at about
/// half pace once morale losses are counted, rather than grinding to nothing.
pub const MAX_FATIGUE: f32 = 10.0;
/// Fatigue points every overtime week adds.
pub const FATIGUE_PER_WEEK: f32 = 1.0;
/// Fatigue points a week without overtime takes away: rest recovers more slowly than overtime
/// tires, so overtime every other week still builds fatigue.
pub const FATIGUE_RECOVERY_PER_WEEK: f32 = 0.5;
/// A rested team carries the fatigue of this many overtime weeks without slowing down: a short
/// push is paid in money and goodwill, not yet in speed. Fatigue above it slows the team.
pub const FRESH_OVERTIME_WEEKS: u32 = 1;
/// Productivity never falls below this share from fatigue.
pub const MIN_FATIGUE_FACTOR: f32 = 0.3;
/// Productivity never falls below this share from low morale.
pub const MIN_MORALE_FACTOR: f32 = 0.3;
/// Share of a newcomer's missing speed that their teachers lose: someone at a quarter speed takes
/// `0.75 × MENTORING_SHARE` of a person's week from the team in questions and reviews.
pub const MENTORING_SHARE: f32 = 0.5;
/// Communication overhead never takes more than half the team's capacity: this share is left.
pub const MIN_OVERHEAD_FACTOR: f32 = 0.5;
/// Extra defects per fatigue point, as a share of the normal defect rate.
pub const DEFECTS_PER_FATIGUE: f32 = 0.15;
/// The most hidden defects a week can find, as a share of those hidden.
pub const MAX_DETECTION: f32 = 0.9;
/// An item's unseen effort (what a seller's guess missed) shows up when this share of it is left.
pub const UNSEEN_SHOWS_AT: f32 = 0.5;
/// Morale a week without overtime gives back (up to where each person started).
pub const RESTED_MORALE: f32 = 1.0;
/// Share of the work behind plan at which the team loses morale every week.
pub const BEHIND_MORALE_AT: f32 = 0.2;
/// Morale lost in a week the team is that far behind.
pub const BEHIND_MORALE: f32 = 1.0;
/// Trust a scope item dropped by agreement costs each stakeholder, per share of the price the item
/// was (an item that was a quarter of the price costs 10 points), on top of the change request's
/// own cost: the client loses what they bought.
pub const DESCOPE_TRUST_PER_SHARE: f32 = 40.0;
/// A stakeholder the item meant more to (they care about its concern, or it was promised to
/// them) loses this many times as much.
pub const DESCOPE_CARED_FACTOR: f32 = 2.0;
/// Share of the work already built on a dropped item that taking it out costs again (unpicking it
/// from what was built around it): a change costs more the later it comes.
pub const UNPICK_SHARE: f32 = 0.5;
/// Extra defects made with no capacity on quality at all, as a share of the normal rate (linear
/// down to none at [`START_QUALITY_SHARE`]): cutting testing does not only leave defects for the
/// client, it makes more of them, and they surface in delivery as rework.
pub const UNTESTED_DEFECTS: f32 = 1.0;
/// Share of the hidden defects the client finds at a review, trying what was built so far: they
/// come back as rework before the end, at the cost their age has reached.
pub const REVIEW_DETECTION: f32 = 0.4;
/// The most a schedule can be compressed below the team's estimate, as a share of it (COCOMO II:
/// 75 % of the nominal schedule is the shortest feasible; a date below that is not met by any
/// effort, and counts as fully pressed).
pub const MAX_COMPRESSION: f32 = 0.25;
/// Extra defects at full schedule pressure, as a share of the normal rate, in weeks the team is
/// behind: COCOMO II's 1.43 × effort at 75 % of the nominal schedule, arriving as rework.
pub const PRESSURE_DEFECTS: f32 = 0.43;
/// Morale lost each week the team is behind a date pressed below its estimate, at full pressure.
pub const PRESSURE_MORALE: f32 = 2.0;
/// Work left below this many person-days counts as done.
pub const DONE_EPSILON: f32 = 1e-3;
/// Defects found or rework below this is too small to report as an event.
pub const REPORT_EPSILON: f32 = 0.01;

/// Whether a quality share is one the project manager can set.
pub fn quality_share_offered(q: u8) -> bool {
    q <= MAX_QUALITY_SHARE && q.is_multiple_of(QUALITY_STEP)
}

/// The quality share one step up (`more`) or down from `q`, kept within 0 to [`MAX_QUALITY_SHARE`]
/// (equal to `q` at either end).
pub fn quality_step(q: u8, more: bool) -> u8 {
    if more {
        q.saturating_add(QUALITY_STEP).min(MAX_QUALITY_SHARE)
    } else {
        q.saturating_sub(QUALITY_STEP)
    }
}

/// How fast someone works in the week numbered `week`, as a share of full speed while they
/// learn the project: 1 for the starting team, `ramp_start` rising to 1 over `ramp_weeks` for
/// anyone who joined during delivery.
pub fn ramp(s: &Scenario, m: &Member, week: u32) -> f32 {
    let model = &s.delivery.model;
    if m.joined == 0 && m.person.ix() < s.delivery.team_size {
        return 1.0;
    }
    let weeks_in = week.saturating_sub(m.joined + 1) as f32;
    (model.ramp_start + (1.0 - model.ramp_start) * weeks_in / model.ramp_weeks.max(1) as f32)
        .min(1.0)
}

/// The share of full speed left to someone with this morale (1 at or above `morale_floor`).
pub fn morale_factor(model: &Model, morale: f32) -> f32 {
    if morale < model.morale_floor {
        (morale / model.morale_floor).max(MIN_MORALE_FACTOR)
    } else {
        1.0
    }
}

/// The fatigue that slows the team and makes it err: what is above the fresh allowance
/// ([`FRESH_OVERTIME_WEEKS`] × [`FATIGUE_PER_WEEK`]).
pub fn felt_fatigue(fatigue: f32) -> f32 {
    (fatigue - FRESH_OVERTIME_WEEKS as f32 * FATIGUE_PER_WEEK).max(0.0)
}

/// The share of full speed fatigue leaves the team.
pub fn fatigue_factor(model: &Model, fatigue: f32) -> f32 {
    (1.0 - model.fatigue_productivity * felt_fatigue(fatigue)).max(MIN_FATIGUE_FACTOR)
}

/// The share of capacity communication leaves: each pair of people beyond the starting team's
/// costs `overhead_per_link`.
pub fn overhead_factor(s: &Scenario, team: usize) -> f32 {
    let n0 = s.delivery.team_size as f32;
    let n = team as f32;
    let extra_links = (n * (n - 1.0) / 2.0 - n0 * (n0 - 1.0) / 2.0).max(0.0);
    (1.0 - s.delivery.model.overhead_per_link * extra_links).max(MIN_OVERHEAD_FACTOR)
}

/// The share of hidden defects a week finds at this quality share.
pub fn detection(model: &Model, quality_share: u8) -> f32 {
    (model.base_detection + model.detection_per_quality * quality_share as f32 / 10.0)
        .min(MAX_DETECTION)
}

/// Hidden defects made by `worked` person-days of work at this fatigue and quality share: below
/// the starting share the team skips the reviews and tests that prevent defects, up to
/// [`UNTESTED_DEFECTS`] more at 0 %.
pub fn defects_made(model: &Model, worked: f32, fatigue: f32, quality_share: u8) -> f32 {
    let skipped = (1.0 - quality_share as f32 / START_QUALITY_SHARE as f32).clamp(0.0, 1.0)
        * UNTESTED_DEFECTS;
    worked
        * model.defect_rate
        * (1.0 + DEFECTS_PER_FATIGUE * felt_fatigue(fatigue))
        * (1.0 + skipped)
}

/// The team's own estimate of the weeks the planned work needs: the person-days planned at
/// handoff over the starting team's weekly capacity.
pub fn nominal_weeks(s: &Scenario, d: &DeliveryState) -> f32 {
    let capacity: f32 = s.delivery.people[..s.delivery.team_size]
        .iter()
        .map(|p| p.capacity)
        .sum();
    if capacity > 0.0 {
        d.planned_days / capacity
    } else {
        0.0
    }
}

/// Schedule pressure, 0 to 1: how far the date the team works to is below its own estimate, as a
/// share of the most compression a schedule bears ([`MAX_COMPRESSION`]; 1 at or beyond it).
pub fn schedule_pressure(s: &Scenario, d: &DeliveryState) -> f32 {
    let nominal = nominal_weeks(s, d);
    if nominal <= 0.0 {
        return 0.0;
    }
    let shortfall = 1.0 - d.team_deadline as f32 / nominal;
    (shortfall / MAX_COMPRESSION).clamp(0.0, 1.0)
}

/// Person-days of rework to fix `found` defects found `age` weeks after they were made.
pub fn rework_days(model: &Model, found: f32, age: u32) -> f32 {
    found * model.defect_fix_days * (1.0 + model.defect_age_cost * age as f32)
}

/// The trust a change request costs with each stakeholder it touches, asked after `weeks_done`
/// weeks, with or without a client update the same week.
pub fn change_cost(model: &Model, weeks_done: u32, update_planned: bool) -> f32 {
    let cost = model.change_trust + model.change_trust_per_week * weeks_done as f32;
    if update_planned {
        cost * UPDATE_CHANGE_SHARE
    } else {
        cost
    }
}

/// The team's capacity in the coming week before overtime, updates and event adjustments:
/// each person's capacity × ramp × morale, less the teaching newcomers take ([`MENTORING_SHARE`]
/// of what they lack), × overhead × fatigue.
pub fn base_capacity(s: &Scenario, d: &DeliveryState, week: u32) -> f32 {
    let model = &s.delivery.model;
    let mut capacity = 0.0;
    let mut mentoring = 0.0;
    for m in &d.members {
        let p = &s.delivery.people[m.person.ix()];
        let ramp = ramp(s, m, week);
        // A newcomer takes time from the people who teach them.
        mentoring += (1.0 - ramp) * p.capacity * MENTORING_SHARE;
        capacity += p.capacity * ramp * morale_factor(model, m.morale);
    }
    (capacity - mentoring).max(0.0)
        * overhead_factor(s, d.members.len())
        * fatigue_factor(model, d.fatigue)
}
