//! The delivery board in words: the week's decisions and what each does, the top bar, what
//! happened, the client, the team, the burn-up chart and the backlog.

use super::{decimal, money};
use crate::tr;

// ---- the week's decisions -----------------------------------------------------------------

/// A share in words: `half`, `a quarter`, `30 %`.
pub fn share_words(x: f32) -> String {
    match (x * 100.0).round() as i32 {
        50 => tr!("delivery-share-half"),
        25 => tr!("delivery-share-quarter"),
        p => tr!("delivery-share-percent", percent = p),
    }
}

/// Person-days in words: `half a day`, `a day`, `1.5 days`.
pub fn days_words(x: f32) -> String {
    match (x * 10.0).round() as i32 {
        5 => tr!("delivery-half-a-day"),
        10 => tr!("delivery-a-day"),
        _ => tr!("delivery-days", days = decimal(x, 1)),
    }
}

/// The overtime button: `Start overtime` or `Stop overtime`.
pub fn overtime_label(on: bool) -> String {
    if on {
        tr!("delivery-stop-overtime")
    } else {
        tr!("delivery-start-overtime")
    }
}

/// What stopping overtime does.
pub fn overtime_stop_hint() -> String {
    tr!("delivery-overtime-stop-hint")
}

/// What overtime does, in words.
pub fn overtime_hint() -> String {
    tr!("delivery-overtime-hint")
}

/// What overtime does, with the numbers (coach mode).
pub fn overtime_numbers(boost: f32, premium: f32, morale: f32) -> String {
    tr!(
        "delivery-overtime-numbers",
        boost = decimal(boost * 100.0, 0),
        premium = decimal(premium * 100.0, 0),
        morale = decimal(morale, 0)
    )
}

/// Less testing.
pub fn less_testing() -> String {
    tr!("delivery-less-testing")
}

/// What less testing does.
pub fn less_testing_hint(from: u8, to: u8) -> String {
    tr!("delivery-less-testing-hint", from = from, to = to)
}

/// More testing.
pub fn more_testing() -> String {
    tr!("delivery-more-testing")
}

/// What more testing does.
pub fn more_testing_hint(from: u8, to: u8) -> String {
    tr!("delivery-more-testing-hint", from = from, to = to)
}

/// The hire button: `Hire Dana Whitlock`.
pub fn hire(name: &str) -> String {
    tr!("delivery-hire", name = name)
}

/// What a hire does, in words.
pub fn hire_hint(name: &str, role: &str) -> String {
    tr!("delivery-hire-hint", name = name, role = role)
}

/// What a hire does, with the numbers (coach mode).
pub fn hire_numbers(
    name: &str,
    role: &str,
    capacity: f32,
    weekly_cost: f32,
    ramp_start: f32,
) -> String {
    tr!(
        "delivery-hire-numbers",
        name = name,
        role = role,
        capacity = decimal(capacity, 0),
        cost = money(weekly_cost),
        ramp = decimal(ramp_start * 100.0, 0)
    )
}

/// The time request button: `Ask +2 weeks`.
pub fn ask_weeks(weeks: u32) -> String {
    tr!("delivery-ask-weeks", weeks = weeks)
}

/// What a time request does.
pub fn ask_weeks_hint() -> String {
    tr!("delivery-ask-weeks-hint")
}

/// The client update button.
pub fn client_update() -> String {
    tr!("delivery-client-update")
}

/// What a client update does.
pub fn client_update_hint(update_days: f32, change_share: f32) -> String {
    tr!(
        "delivery-client-update-hint",
        days = days_words(update_days),
        share = share_words(change_share)
    )
}

/// The account manager button.
pub fn account_manager() -> String {
    tr!("delivery-account-manager")
}

/// What bringing the account manager does.
pub fn account_manager_hint() -> String {
    tr!("delivery-account-manager-hint")
}

/// A decision's hover text when it is refused: what it does, then why not now.
pub fn not_now(hint: &str, why: &str) -> String {
    format!("{hint}\n\n{}", tr!("delivery-not-now", why = why))
}

// ---- the top bar and the bottom bar ------------------------------------------------------

/// Where the week stands against the agreed date: `3 weeks to the agreed date`.
pub fn date_status(weeks_left: i64) -> String {
    if weeks_left > 0 {
        tr!("delivery-weeks-to-date", weeks = weeks_left)
    } else if weeks_left == 0 {
        tr!("delivery-date-this-week")
    } else {
        tr!(
            "delivery-weeks-past-date",
            weeks = weeks_left.unsigned_abs()
        )
    }
}

/// The board's title: `Delivery · week 5 of 9`; past the agreed date, `Delivery · week 11 · 3
/// past the agreed 8` (never "week 11 of 8").
pub fn title(week: u32, deadline: u32) -> String {
    if week > deadline {
        tr!(
            "delivery-title-late",
            week = week,
            late = week - deadline,
            deadline = deadline
        )
    } else {
        tr!("delivery-title", week = week, deadline = deadline)
    }
}

/// The board's subtitle: `3 weeks to the agreed date · delivering for Marlow Physio`.
pub fn subtitle(status: &str, client: &str) -> String {
    tr!("delivery-subtitle", status = status, client = client)
}

/// Under the budget in words.
pub fn budget_caption() -> String {
    tr!("delivery-budget-caption")
}

/// The budget: `Budget comfortable`.
pub fn budget(word: &str) -> String {
    tr!("delivery-budget", word = word)
}

/// The end-of-week button: `End week 5`.
pub fn end_week(week: u32) -> String {
    tr!("delivery-end-week", week = week)
}

/// What ending the week does, on hover.
pub fn end_week_hint() -> String {
    tr!("delivery-end-week-hint")
}

/// Ending the week with no decision, in the what-if card.
pub fn end_week_alone(week: u32) -> String {
    tr!("delivery-end-week-alone", week = week)
}

/// The team plans to a date the client was not promised.
pub fn team_plans_other_date(team: u32, promised: u32) -> String {
    tr!(
        "delivery-team-plans-other-date",
        team = team,
        promised = promised
    )
}

// ---- what happened, the client, the team --------------------------------------------------

/// Over what happened: `What happened in week 4`, or `Before week 1`.
pub fn happened_title(week: Option<u32>) -> String {
    match week {
        Some(w) => tr!("delivery-happened-in-week", week = w),
        None => tr!("delivery-before-week-one"),
    }
}

/// A week with nothing to tell.
pub fn quiet_week() -> String {
    tr!("delivery-quiet-week")
}

/// Before the first week.
pub fn before_first_week() -> String {
    tr!("delivery-before-first-week")
}

/// Over the decisions of the week.
pub fn decided_this_week() -> String {
    tr!("delivery-decided-this-week")
}

/// A stakeholder's trust, on hover.
pub fn trust_hover(name: &str, word: &str, number: &str, change_trust: f32) -> String {
    tr!(
        "delivery-trust-hover",
        name = name,
        word = word,
        number = number,
        change_trust = decimal(change_trust, 0)
    )
}

/// Under a stakeholder who would refuse a change.
pub fn would_refuse() -> String {
    tr!("delivery-would-refuse")
}

/// The team's settings: `Overtime off · 20 % testing · 14.5 d done last week`.
pub fn team_settings(overtime: bool, testing: u8, last_capacity: Option<f32>) -> String {
    let mut line = if overtime {
        tr!("delivery-team-settings-on", testing = testing)
    } else {
        tr!("delivery-team-settings-off", testing = testing)
    };
    if let Some(c) = last_capacity {
        line.push_str(&tr!("delivery-last-capacity", days = decimal(c, 1)));
    }
    line
}

/// A member's morale, on hover.
pub fn morale_hover(cue: &str) -> String {
    tr!("delivery-morale-hover", cue = cue)
}

/// A member's pace: `new, about 40 % speed` or `4 d/week`.
pub fn member_pace(ramp: Option<f32>, capacity: f32) -> String {
    match ramp {
        Some(r) => tr!("delivery-pace-new", percent = decimal(r * 100.0, 0)),
        None => tr!("delivery-pace", days = decimal(capacity, 0)),
    }
}

// ---- the burn-up chart and the backlog ----------------------------------------------------

/// A point of the burn-up, on hover.
pub fn burnup_point(line: &str, week: f64, days: f64) -> String {
    format!(
        "{line}\n{}",
        tr!(
            "delivery-burnup-point",
            week = decimal(week as f32, 0),
            days = decimal(days as f32, 0)
        )
    )
}

/// The burn-up's lines.
pub fn all_the_work() -> String {
    tr!("delivery-all-the-work")
}
/// The agreed date's line.
pub fn agreed_date() -> String {
    tr!("delivery-agreed-date")
}
/// The team's plan's line.
pub fn teams_plan() -> String {
    tr!("delivery-teams-plan")
}

/// The legend's agreed date: `agreed date (week 9)`.
pub fn agreed_legend(week: u32) -> String {
    tr!("delivery-agreed-legend", week = week)
}

/// The legend's team plan: `team's plan (week 11)`.
pub fn team_legend(week: u32) -> String {
    tr!("delivery-team-legend", week = week)
}

/// A backlog item's tag: dropped from the scope.
pub fn backlog_tag_dropped() -> String {
    tr!("delivery-tag-dropped")
}

/// A backlog item's tag: rework of a defect.
pub fn backlog_tag_rework() -> String {
    tr!("delivery-tag-rework")
}

/// A backlog item's tag: planned at the handoff.
pub fn backlog_tag_planned() -> String {
    tr!("delivery-tag-planned")
}

/// Work planned at the handoff: `87 planned`.
pub fn planned(days: f32) -> String {
    tr!("delivery-planned", days = decimal(days, 0))
}

/// Work added by surprises: `+12 surprises`.
pub fn surprises(days: f32) -> String {
    tr!("delivery-surprises", days = decimal(days, 0))
}

/// Rework added since the handoff (defect fixes, taking out a dropped item): `+9 rework`.
pub fn rework(days: f32) -> String {
    tr!("delivery-rework", days = decimal(days, 0))
}

/// Work taken out by agreement with the client: `−6 dropped`.
pub fn dropped(days: f32) -> String {
    tr!("delivery-dropped", days = decimal(days, 0))
}

/// Work done and left: `· 48 done · 41 left`.
pub fn done_left(done: f32, left: f32) -> String {
    tr!(
        "delivery-done-left",
        done = decimal(done, 0),
        left = decimal(left, 0)
    )
}

/// The finished items, on one line.
pub fn done_items(names: &[&str]) -> String {
    tr!("delivery-done-items", names = names.join(" · "))
}

/// A backlog item added by a surprise: `surprise, week 4`.
pub fn surprise_tag(week: u32) -> String {
    tr!("delivery-surprise-tag", week = week)
}

/// The button that asks to drop an item.
pub fn ask_to_drop() -> String {
    tr!("delivery-ask-to-drop")
}

/// What asking to drop does, on hover.
pub fn ask_to_drop_hint() -> String {
    tr!("delivery-ask-to-drop-hint")
}

/// An item's status: `done in week 6`, `not needed`, `6 of 26 d left`.
pub fn item_status(finished: Option<u32>, dropped: bool, remaining: f32, total: f32) -> String {
    match finished {
        Some(w) if !dropped => tr!("delivery-done-in-week", week = w),
        _ if dropped => tr!("delivery-not-needed"),
        _ => tr!(
            "delivery-days-left",
            remaining = decimal(remaining, 0),
            total = decimal(total, 0)
        ),
    }
}

/// Fatigue points and the speed they take (coach mode): `3 pt, −12 % speed`.
pub fn fatigue_number(points: f32, slower_pct: f32) -> String {
    if slower_pct < 0.5 {
        tr!("delivery-fatigue", points = decimal(points, 0))
    } else {
        tr!(
            "delivery-fatigue-slower",
            points = decimal(points, 0),
            slower = decimal(slower_pct, 0)
        )
    }
}

/// Money spent against the price (coach mode): `spent 40,000 of 114,800 · 35 %`.
pub fn budget_number(cost: f32, price: f32, share: f32) -> String {
    tr!(
        "delivery-budget-number",
        cost = money(cost),
        price = money(price),
        share = decimal(share * 100.0, 0)
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
        tr!("delivery-rework-cause")
    } else if not_in_pid {
        tr!("delivery-not-in-pid", cause = cause)
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
            tr!("delivery-spent-so-far", word = word),
            tr!("delivery-price-unknown"),
        );
    }
    (
        budget(word),
        if coach {
            number.to_owned()
        } else {
            budget_caption()
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
            overtime_label(*on),
            if *on {
                overtime_stop_hint()
            } else if coach {
                overtime_numbers(*boost, *premium, *morale)
            } else {
                overtime_hint()
            },
        ),
        crate::engine::view::board::ChoiceKind::LessTesting(q, less) => {
            (less_testing(), less_testing_hint(*q, *less))
        }
        crate::engine::view::board::ChoiceKind::MoreTesting(q, more) => {
            (more_testing(), more_testing_hint(*q, *more))
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
        crate::engine::view::board::ChoiceKind::AskWeeks(w) => (ask_weeks(*w), ask_weeks_hint()),
        crate::engine::view::board::ChoiceKind::ClientUpdate(days, share) => {
            (client_update(), client_update_hint(*days, *share))
        }
        crate::engine::view::board::ChoiceKind::AccountManager => {
            (account_manager(), account_manager_hint())
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

    #[test]
    fn the_board_speaks_english_and_german() {
        use super::*;
        use crate::wording::i18n::{Language, with_language};
        assert_eq!(
            team_settings(false, 20, Some(14.5)),
            "Overtime off · 20\u{a0}% testing · 14.5 d done last week"
        );
        assert_eq!(date_status(-1), "1 week past the agreed date");
        assert_eq!(not_now("Hint", "why"), "Hint\n\nNot now: why.");
        assert_eq!(
            burnup_point("Line", 3.0, 41.6),
            "Line\nweek 3: 42 person-days"
        );
        with_language(Language::German, || {
            assert_eq!(
                team_settings(true, 20, Some(14.5)),
                "Überstunden AN · 20\u{a0}% Testanteil · 14,5 T letzte Woche geschafft"
            );
            assert_eq!(date_status(3), "3 Wochen bis zum vereinbarten Termin");
            assert_eq!(title(5, 9), "Umsetzung · Woche 5 von 9");
            assert_eq!(
                title(11, 8),
                "Umsetzung · Woche 11 · 3 nach der vereinbarten Woche 8"
            );
            assert_eq!(
                budget_number(40000.0, 114800.0, 0.35),
                "40.000 von 114.800 ausgegeben · 35\u{a0}%"
            );
            assert_eq!(days_words(1.5), "1,5 Tage");
        });
    }
}
