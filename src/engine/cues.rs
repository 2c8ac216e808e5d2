//! How a screen reads the engine's numbers: the bands that turn a figure (trust, patience,
//! fatigue, money spent, morale, a scorecard figure) into a reading the views colour and word.
//!
//! These bands judge nothing in the rules: no rule of the engine reads them, and the verdict on a
//! deal comes from the scenario's rubric ([`crate::engine::debrief`]). They live here so that the
//! game, the reports and any other view read a number the same way, and so that no view writes a
//! threshold of its own.

use serde::{Deserialize, Serialize};

/// How a figure reads, from good news to bad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reading {
    /// Good news.
    Good,
    /// Nothing to worry about yet.
    Fair,
    /// Something to watch.
    Watch,
    /// Bad news.
    Bad,
}

/// Trust at which a stakeholder reads as engaged.
pub const MOOD_ENGAGED_TRUST: f32 = 70.0;
/// Trust at which a stakeholder reads as open.
pub const MOOD_OPEN_TRUST: f32 = 50.0;
/// Trust at which a stakeholder reads as guarded (below it: sceptical).
pub const MOOD_GUARDED_TRUST: f32 = 30.0;
/// Points above the scenario's walk-away line within which a stakeholder reads as close to
/// walking out.
pub const NEAR_WALKOUT_MARGIN: f32 = 10.0;

/// How a stakeholder feels about the seller, from trust (0 to 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mood {
    /// Trust [`MOOD_ENGAGED_TRUST`] and up.
    Engaged,
    /// Trust from [`MOOD_OPEN_TRUST`].
    Open,
    /// Trust from [`MOOD_GUARDED_TRUST`].
    Guarded,
    /// Lower, but not yet near walking out.
    Sceptical,
    /// Within [`NEAR_WALKOUT_MARGIN`] points of the scenario's walk-away line.
    NearWalkout,
}

impl Mood {
    /// The mood for a trust value, given the scenario's walk-away threshold.
    pub fn from_trust(trust: f32, walk_away: f32) -> Mood {
        if trust < walk_away + NEAR_WALKOUT_MARGIN {
            Mood::NearWalkout
        } else if trust >= MOOD_ENGAGED_TRUST {
            Mood::Engaged
        } else if trust >= MOOD_OPEN_TRUST {
            Mood::Open
        } else if trust >= MOOD_GUARDED_TRUST {
            Mood::Guarded
        } else {
            Mood::Sceptical
        }
    }
}

/// Share of the starting patience above which the client reads as having plenty of time.
pub const PATIENCE_PLENTY_SHARE: f32 = 0.6;
/// Share above which the client reads as wanting to keep it moving.
pub const PATIENCE_MOVING_SHARE: f32 = 0.35;
/// Share above which the client's patience reads as wearing thin (below: losing patience).
pub const PATIENCE_THIN_SHARE: f32 = 0.15;

/// The client's patience, from what is left and what they started with.
pub fn patience(left: i32, start: i32) -> Reading {
    let share = if start > 0 {
        left as f32 / start as f32
    } else {
        0.0
    };
    bands_down(
        share,
        PATIENCE_PLENTY_SHARE,
        PATIENCE_MOVING_SHARE,
        PATIENCE_THIN_SHARE,
    )
}

/// Fatigue points below which the team reads as fresh.
pub const FATIGUE_FRESH: f32 = 0.5;
/// Fatigue points below which the team reads as a little tired.
pub const FATIGUE_LITTLE: f32 = 1.5;
/// Fatigue points below which the team reads as tired (from here: exhausted).
pub const FATIGUE_TIRED: f32 = 3.5;

/// The team's fatigue.
pub fn fatigue(points: f32) -> Reading {
    if points < FATIGUE_FRESH {
        Reading::Good
    } else if points < FATIGUE_LITTLE {
        Reading::Fair
    } else if points < FATIGUE_TIRED {
        Reading::Watch
    } else {
        Reading::Bad
    }
}

/// Share of the price spent below which the budget reads as comfortable.
pub const BUDGET_COMFORTABLE_SHARE: f32 = 0.6;
/// Share below which it reads as getting tight (then almost gone, then over the price).
pub const BUDGET_TIGHT_SHARE: f32 = 0.85;

/// Money spent in delivery against the price.
pub fn budget(cost: f32, price: f32) -> Reading {
    let share = budget_share(cost, price);
    if share < BUDGET_COMFORTABLE_SHARE {
        Reading::Good
    } else if share < BUDGET_TIGHT_SHARE {
        Reading::Fair
    } else if share < 1.0 {
        Reading::Watch
    } else {
        Reading::Bad
    }
}

/// Money spent as a share of the price (1 when there is no price).
pub fn budget_share(cost: f32, price: f32) -> f32 {
    if price > 0.0 { cost / price } else { 1.0 }
}

/// Morale points around the scenario's morale floor that separate motivated from steady, and
/// low from burning out.
pub const MORALE_BAND: f32 = 15.0;

/// A team member's morale against the scenario's morale floor (below the floor they work slower).
pub fn morale(morale: f32, floor: f32) -> Reading {
    if morale >= floor + MORALE_BAND {
        Reading::Good
    } else if morale >= floor {
        Reading::Fair
    } else if morale >= floor - MORALE_BAND {
        Reading::Watch
    } else {
        Reading::Bad
    }
}

/// Margin share of the price from which the company's margin reads as good.
pub const SCORE_MARGIN_GOOD: f32 = 0.15;
/// Client satisfaction from which it reads as good.
pub const SCORE_SATISFACTION_GOOD: f32 = 65.0;
/// Client satisfaction from which it reads as fair (below: bad).
pub const SCORE_SATISFACTION_FAIR: f32 = 45.0;
/// Renewal chance from which it reads as good.
pub const SCORE_RENEWAL_GOOD: f32 = 0.6;
/// Renewal chance from which it reads as fair (below: bad).
pub const SCORE_RENEWAL_FAIR: f32 = 0.3;
/// Team morale at the end from which it reads as good.
pub const SCORE_MORALE_GOOD: f32 = 65.0;
/// Team morale at the end from which it reads as fair (below: bad).
pub const SCORE_MORALE_FAIR: f32 = 50.0;

/// A figure of the company's scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CompanyFigure {
    /// Margin as a share of the price (any loss reads as bad).
    MarginShare,
    /// Client satisfaction, 0 to 100.
    Satisfaction,
    /// Renewal chance, 0 to 1.
    RenewalChance,
    /// Team morale at the end, 0 to 100.
    Morale,
}

/// How a figure of the company's scorecard reads. These colour the figures only: the verdict on
/// the deal comes from the scenario's rubric.
pub fn company(figure: CompanyFigure, value: f32) -> Reading {
    let (good, fair) = match figure {
        CompanyFigure::MarginShare => (SCORE_MARGIN_GOOD, 0.0),
        CompanyFigure::Satisfaction => (SCORE_SATISFACTION_GOOD, SCORE_SATISFACTION_FAIR),
        CompanyFigure::RenewalChance => (SCORE_RENEWAL_GOOD, SCORE_RENEWAL_FAIR),
        CompanyFigure::Morale => (SCORE_MORALE_GOOD, SCORE_MORALE_FAIR),
    };
    if value >= good {
        Reading::Good
    } else if value >= fair {
        Reading::Watch
    } else {
        Reading::Bad
    }
}

/// Above `a`: good; above `b`: fair; above `c`: watch; else bad.
fn bands_down(x: f32, a: f32, b: f32, c: f32) -> Reading {
    if x > a {
        Reading::Good
    } else if x > b {
        Reading::Fair
    } else if x > c {
        Reading::Watch
    } else {
        Reading::Bad
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mood_bands_follow_trust_and_the_walk_away_line() {
        assert_eq!(Mood::from_trust(80.0, 10.0), Mood::Engaged);
        assert_eq!(Mood::from_trust(55.0, 10.0), Mood::Open);
        assert_eq!(Mood::from_trust(35.0, 10.0), Mood::Guarded);
        assert_eq!(Mood::from_trust(25.0, 10.0), Mood::Sceptical);
        assert_eq!(Mood::from_trust(15.0, 10.0), Mood::NearWalkout);
        assert_eq!(Mood::from_trust(45.0, 40.0), Mood::NearWalkout);
    }

    #[test]
    fn readings_run_from_good_to_bad() {
        assert_eq!(patience(10, 10), Reading::Good);
        assert_eq!(patience(4, 10), Reading::Fair);
        assert_eq!(patience(2, 10), Reading::Watch);
        assert_eq!(patience(1, 10), Reading::Bad);
        assert_eq!(patience(3, 0), Reading::Bad);
        assert_eq!(fatigue(0.0), Reading::Good);
        assert_eq!(fatigue(5.0), Reading::Bad);
        assert_eq!(budget(50.0, 100.0), Reading::Good);
        assert_eq!(budget(120.0, 100.0), Reading::Bad);
        assert_eq!(budget(1.0, 0.0), Reading::Bad);
        assert_eq!(morale(80.0, 50.0), Reading::Good);
        assert_eq!(morale(30.0, 50.0), Reading::Bad);
        assert_eq!(company(CompanyFigure::MarginShare, -0.1), Reading::Bad);
        assert_eq!(company(CompanyFigure::MarginShare, 0.05), Reading::Watch);
        assert_eq!(company(CompanyFigure::Satisfaction, 70.0), Reading::Good);
    }
}
