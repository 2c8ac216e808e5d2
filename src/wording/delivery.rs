//! The delivery board in words: the week's decisions and what each does, the top bar, what
//! happened, the client, the team, the burn-up chart and the backlog.

use super::{money, plural};

// ---- the week's decisions -----------------------------------------------------------------

/// A share in words: `half`, `a quarter`, `30 %`.
pub fn share_words(x: f32) -> String {
    match (x * 100.0).round() as i32 {
        50 => "half".into(),
        25 => "a quarter".into(),
        p => format!("{p}\u{a0}%"),
    }
}

/// Person-days in words: `half a day`, `a day`, `1.5 days`.
pub fn days_words(x: f32) -> String {
    match (x * 10.0).round() as i32 {
        5 => "half a day".into(),
        10 => "a day".into(),
        _ => format!("{x:.1} days"),
    }
}

/// The overtime button: `Start overtime` or `Stop overtime`.
pub fn overtime_label(on: bool) -> &'static str {
    if on {
        "Stop overtime"
    } else {
        "Start overtime"
    }
}

/// What stopping overtime does.
pub const OVERTIME_STOP_HINT: &str = "Back to normal hours: fatigue wears off a point a week.";

/// What overtime does, in words.
pub const OVERTIME_HINT: &str =
    "More done this week, at a premium; tired people slow down and make more defects.";

/// What overtime does, with the numbers (coach mode).
pub fn overtime_numbers(boost: f32, premium: f32, morale: f32) -> String {
    format!(
        "+{:.0}\u{a0}% capacity, +{:.0}\u{a0}% pay; every week after the first, a fatigue point and −{morale:.0} morale.",
        boost * 100.0,
        premium * 100.0
    )
}

/// Less testing.
pub const LESS_TESTING: &str = "Less testing";

/// What less testing does.
pub fn less_testing_hint(from: u8, to: u8) -> String {
    format!(
        "Testing from {from}\u{a0}% to {to}\u{a0}% of the team's time: more features now, defects found later cost more."
    )
}

/// More testing.
pub const MORE_TESTING: &str = "More testing";

/// What more testing does.
pub fn more_testing_hint(from: u8, to: u8) -> String {
    format!(
        "Testing from {from}\u{a0}% to {to}\u{a0}% of the team's time: defects are found while they are cheap."
    )
}

/// The hire button: `Hire Dana Whitlock`.
pub fn hire(name: &str) -> String {
    format!("Hire {name}")
}

/// What a hire does, in words.
pub fn hire_hint(name: &str, role: &str) -> String {
    format!("{name} ({role}): slow for the first weeks, and the team spends time teaching them.")
}

/// What a hire does, with the numbers (coach mode).
pub fn hire_numbers(
    name: &str,
    role: &str,
    capacity: f32,
    weekly_cost: f32,
    ramp_start: f32,
) -> String {
    format!(
        "{name} ({role}), {capacity:.0} days a week at full speed, {} a week. Starts at {:.0}\u{a0}% and needs teaching.",
        money(weekly_cost),
        ramp_start * 100.0
    )
}

/// The time request button: `Ask +2 weeks`.
pub fn ask_weeks(weeks: u32) -> String {
    format!("Ask +{weeks} weeks")
}

/// What a time request does.
pub const ASK_WEEKS_HINT: &str = "A change request: costs trust with whoever was promised the date, more the later you ask; the client refuses when trust is low.";

/// The client update button.
pub const CLIENT_UPDATE: &str = "Client update";

/// What a client update does.
pub fn client_update_hint(update_days: f32, change_share: f32) -> String {
    format!(
        "An honest status update: a little trust, {} of the project manager, and any change asked this week costs {}.",
        days_words(update_days),
        share_words(change_share)
    )
}

/// The account manager button.
pub const ACCOUNT_MANAGER: &str = "Account manager";

/// What bringing the account manager does.
pub const ACCOUNT_MANAGER_HINT: &str = "The seller joins client reviews from now on: promises left out surface sooner, with less damage.";

/// A decision's hover text when it is refused: what it does, then why not now.
pub fn not_now(hint: &str, why: &str) -> String {
    format!("{hint}\n\nNot now: {why}.")
}

// ---- the top bar and the bottom bar ------------------------------------------------------

/// Where the week stands against the agreed date: `3 weeks to the agreed date`.
pub fn date_status(weeks_left: i64) -> String {
    if weeks_left > 0 {
        format!("{} to the agreed date", plural(weeks_left as u32, "week"))
    } else if weeks_left == 0 {
        "The agreed date is this week".to_string()
    } else {
        format!(
            "{} past the agreed date",
            plural((-weeks_left) as u32, "week")
        )
    }
}

/// The board's title: `Delivery · week 5 of 9`; past the agreed date, `Delivery · week 11 · 3
/// past the agreed 8` (never "week 11 of 8").
pub fn title(week: u32, deadline: u32) -> String {
    if week > deadline {
        format!(
            "Delivery · week {week} · {} past the agreed {deadline}",
            week - deadline
        )
    } else {
        format!("Delivery · week {week} of {deadline}")
    }
}

/// The board's subtitle: `3 weeks to the agreed date · delivering for Marlow Physio`.
pub fn subtitle(status: &str, client: &str) -> String {
    format!("{status} · delivering for {client}")
}

/// Under the budget in words.
pub const BUDGET_CAPTION: &str = "money spent against the price";

/// The budget: `Budget comfortable`.
pub fn budget(word: &str) -> String {
    format!("Budget {word}")
}

/// The end-of-week button: `End week 5`.
pub fn end_week(week: u32) -> String {
    format!("End week {week}")
}

/// What ending the week does, on hover.
pub const END_WEEK_HINT: &str =
    "Run the week: the team works, events happen, the client may review. Esc pauses.";

/// Ending the week with no decision, in the what-if card.
pub fn end_week_alone(week: u32) -> String {
    format!("End week {week} with no decision")
}

/// The team plans to a date the client was not promised.
pub fn team_plans_other_date(team: u32, promised: u32) -> String {
    format!(
        "The team is planning for {team} weeks: the {promised}-week date promised to the client is not in the PID."
    )
}

// ---- what happened, the client, the team --------------------------------------------------

/// Over what happened: `What happened in week 4`, or `Before week 1`.
pub fn happened_title(week: Option<u32>) -> String {
    match week {
        Some(w) => format!("What happened in week {w}"),
        None => "Before week 1".to_string(),
    }
}

/// A week with nothing to tell.
pub const QUIET_WEEK: &str = "A quiet week.";

/// Before the first week.
pub const BEFORE_FIRST_WEEK: &str = "The team starts on the backlog the PID describes. Set overtime and testing, then end the week.";

/// Over the decisions of the week.
pub const DECIDED_THIS_WEEK: &str = "Decided this week";

/// A stakeholder's trust, on hover.
pub fn trust_hover(name: &str, word: &str, number: &str, change_trust: f32) -> String {
    format!(
        "{name}: {word} (trust {number} of 100). Below {change_trust:.0} the client refuses a change."
    )
}

/// Under a stakeholder who would refuse a change.
pub const WOULD_REFUSE: &str = "⚠ would refuse a change now";

/// The team's settings: `Overtime off · 20 % testing · 14.5 d done last week`.
pub fn team_settings(overtime: bool, testing: u8, last_capacity: Option<f32>) -> String {
    let mut line = format!(
        "Overtime {} · {testing}\u{a0}% testing",
        if overtime { "ON" } else { "off" }
    );
    if let Some(c) = last_capacity {
        line.push_str(&format!(" · {c:.1} d done last week"));
    }
    line
}

/// A member's morale, on hover.
pub fn morale_hover(cue: &str) -> String {
    format!("Morale: {cue}")
}

/// A member's pace: `new, about 40 % speed` or `4 d/week`.
pub fn member_pace(ramp: Option<f32>, capacity: f32) -> String {
    match ramp {
        Some(r) => format!("new, about {:.0}\u{a0}% speed", r * 100.0),
        None => format!("{capacity:.0} d/week"),
    }
}

// ---- the burn-up chart and the backlog ----------------------------------------------------

/// A point of the burn-up, on hover.
pub fn burnup_point(line: &str, week: f64, days: f64) -> String {
    format!("{line}\nweek {week:.0}: {days:.0} person-days")
}

/// The burn-up's lines.
pub const ALL_THE_WORK: &str = "All the work";
/// The agreed date's line.
pub const AGREED_DATE: &str = "Agreed date";
/// The team's plan's line.
pub const TEAMS_PLAN: &str = "Team's plan";

/// The legend's agreed date: `agreed date (week 9)`.
pub fn agreed_legend(week: u32) -> String {
    format!("agreed date (week {week})")
}

/// The legend's team plan: `team's plan (week 11)`.
pub fn team_legend(week: u32) -> String {
    format!("team's plan (week {week})")
}

/// Work planned at the handoff: `87 planned`.
pub fn planned(days: f32) -> String {
    format!("{days:.0} planned")
}

/// Work added by surprises: `+12 surprises`.
pub fn surprises(days: f32) -> String {
    format!("+{days:.0} surprises")
}

/// Rework added since the handoff (defect fixes, taking out a dropped item): `+9 rework`.
pub fn rework(days: f32) -> String {
    format!("+{days:.0} rework")
}

/// Work taken out by agreement with the client: `−6 dropped`.
pub fn dropped(days: f32) -> String {
    format!("\u{2212}{days:.0} dropped")
}

/// Work done and left: `· 48 done · 41 left`.
pub fn done_left(done: f32, left: f32) -> String {
    format!("· {done:.0} done · {left:.0} left")
}

/// The finished items, on one line.
pub fn done_items(names: &[&str]) -> String {
    format!("✔ Done: {}", names.join(" · "))
}

/// A backlog item added by a surprise: `surprise, week 4`.
pub fn surprise_tag(week: u32) -> String {
    format!("surprise, week {week}")
}

/// The button that asks to drop an item.
pub const ASK_TO_DROP: &str = "Ask to drop";

/// What asking to drop does, on hover.
pub const ASK_TO_DROP_HINT: &str = "A change request: the client may agree to drop this item. It costs trust with whoever it was promised to, more the later you ask.";

/// An item's status: `done in week 6`, `not needed`, `6 of 26 d left`.
pub fn item_status(finished: Option<u32>, dropped: bool, remaining: f32, total: f32) -> String {
    match finished {
        Some(w) if !dropped => format!("done in week {w}"),
        _ if dropped => "not needed".to_string(),
        _ => format!("{remaining:.0} of {total:.0} d left"),
    }
}

/// Fatigue points and the speed they take (coach mode): `3 pt, −12 % speed`.
pub fn fatigue_number(points: f32, slower_pct: f32) -> String {
    if slower_pct < 0.5 {
        format!("{points:.0} pt")
    } else {
        format!("{points:.0} pt, −{slower_pct:.0}\u{a0}% speed")
    }
}

/// Money spent against the price (coach mode): `spent 40,000 of 114,800 · 35 %`.
pub fn budget_number(cost: f32, price: f32, share: f32) -> String {
    format!(
        "spent {} of {} · {:.0}\u{a0}%",
        money(cost),
        money(price),
        share * 100.0
    )
}

/// Where a backlog line's work came from: the cause, marked when the document left the promise
/// out; defect fixes read as rework.
pub fn work_cause(
    cause: &str,
    not_in_pid: bool,
    what: &crate::engine::view::board::WorkText,
) -> String {
    if matches!(what, crate::engine::view::board::WorkText::Defects) {
        "rework".to_owned()
    } else if not_in_pid {
        format!("{cause}, not in the PID")
    } else {
        cause.to_owned()
    }
}

/// The board's money stat, title and caption: the budget against the price for a reader who knows
/// it (the numbers in coach mode), the money spent so far for the delivery lead, who plans to the
/// document and never sees the price.
pub fn budget_stat(word: &str, number: &str, coach: bool, price_known: bool) -> (String, String) {
    if !price_known {
        return (
            format!("Spent so far: {word}"),
            "the price is the seller's to know".to_owned(),
        );
    }
    (
        budget(word),
        if coach {
            number.to_owned()
        } else {
            BUDGET_CAPTION.to_owned()
        },
    )
}

/// The label and the hover text of a choice.
pub fn choice_words(
    kind: &crate::engine::view::board::ChoiceKind,
    coach: bool,
) -> (String, String) {
    match kind {
        crate::engine::view::board::ChoiceKind::Overtime {
            on,
            boost,
            premium,
            morale,
        } => (
            overtime_label(*on).into(),
            if *on {
                OVERTIME_STOP_HINT.into()
            } else if coach {
                overtime_numbers(*boost, *premium, *morale)
            } else {
                OVERTIME_HINT.into()
            },
        ),
        crate::engine::view::board::ChoiceKind::LessTesting(q, less) => {
            (LESS_TESTING.into(), less_testing_hint(*q, *less))
        }
        crate::engine::view::board::ChoiceKind::MoreTesting(q, more) => {
            (MORE_TESTING.into(), more_testing_hint(*q, *more))
        }
        crate::engine::view::board::ChoiceKind::Hire {
            name,
            role,
            capacity,
            weekly_cost,
            ramp_start,
        } => (
            hire(name),
            if coach {
                hire_numbers(name, role, *capacity, *weekly_cost, *ramp_start)
            } else {
                hire_hint(name, role)
            },
        ),
        crate::engine::view::board::ChoiceKind::AskWeeks(w) => {
            (ask_weeks(*w), ASK_WEEKS_HINT.into())
        }
        crate::engine::view::board::ChoiceKind::ClientUpdate(days, share) => {
            (CLIENT_UPDATE.into(), client_update_hint(*days, *share))
        }
        crate::engine::view::board::ChoiceKind::AccountManager => {
            (ACCOUNT_MANAGER.into(), ACCOUNT_MANAGER_HINT.into())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_late_week_is_not_counted_of_the_deadline() {
        assert_eq!(super::title(5, 9), "Delivery · week 5 of 9");
        assert_eq!(super::title(8, 8), "Delivery · week 8 of 8");
        assert_eq!(
            super::title(11, 8),
            "Delivery · week 11 · 3 past the agreed 8"
        );
    }
}
