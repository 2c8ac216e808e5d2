//! The campaign plan's words: the screen, the slips in a meeting, and the debrief's plan against
//! what happened.

use super::{plural, role_name};
use crate::scenario::model::Role;

/// The screen's title.
pub const TITLE: &str = "Campaign plan";
/// What the plan is for, above it.
pub const INTRO: &str = "Work back from the client's decision date. Allow each meeting its days: \
     the meeting itself, a search for a slot in the diary of anyone from delivery you did not book \
     ahead, and the client's own diary. Too tight and meetings slip; too loose and you close late.";
/// The confirm button.
pub const CONFIRM: &str = "Confirm the plan";
/// The keys, under the plan.
pub const KEYS_HINT: &str = "1–9: more days for a meeting · Tab: bookings";
/// The delivery lead's note while the seller plans.
pub const SELLER_PLANS: &str = "The seller is planning the campaign; you see where you are booked.";
/// The heading of the summary.
pub const SUMMARY: &str = "Against the calendar";

/// "Discovery" with its place: "Meeting 1 · internal".
pub fn meeting_label(n: usize, internal: bool) -> String {
    if internal {
        format!("Meeting {n} · inside your company")
    } else {
        format!("Meeting {n}")
    }
}

/// A meeting of the plan as one heading: "Discovery · Meeting 1".
pub fn row_heading(name: &str, n: usize, internal: bool) -> String {
    format!("{name} · {}", meeting_label(n, internal))
}

/// A meeting's days as one line: what it takes, its planned day, its spare days.
pub fn row_note(takes: &str, planned_day: u32, spare_days: u32, at_risk: bool) -> String {
    format!(
        "{takes} {} · {}",
        planned_on(planned_day),
        spare(spare_days, at_risk)
    )
}

/// A day choice's label.
pub fn days(d: u32) -> String {
    plural(d, "day")
}

/// What a meeting needs, and how far the diary can push it.
pub fn takes(takes: u32, unbooked: u32, diary: u32) -> String {
    let mut s = format!("Takes {}", plural(takes, "day"));
    if diary > 0 {
        s.push_str(&format!(
            "; the client's diary can add up to {}",
            plural(diary, "day")
        ));
    }
    if unbooked > 0 {
        s.push_str(&format!(
            "; anyone from delivery not booked ahead adds {}",
            plural(unbooked, "day")
        ));
    }
    s.push('.');
    s
}

/// The row's spare days, and whether it can slip.
pub fn spare(spare: u32, at_risk: bool) -> String {
    if at_risk {
        format!("{} spare: it can slip", plural(spare, "day"))
    } else {
        format!("{} spare", plural(spare, "day"))
    }
}

/// The day the plan puts a meeting on.
pub fn planned_on(day: u32) -> String {
    format!("Planned for day {day}")
}

/// A held meeting against its planned day.
pub fn held_on(day: u32, slipped: u32) -> String {
    if slipped > 0 {
        format!("Held on day {day}, {} late", plural(slipped, "day"))
    } else {
        format!("Held on day {day}")
    }
}

/// A booking toggle's label.
pub fn booking(role: Role, booked: bool) -> String {
    if booked {
        format!("☑ {} booked", super::capitalized(&role_name(role)))
    } else {
        format!("☐ Book the {}", role_name(role))
    }
}

/// The plan's close against the calendar.
pub fn close_line(close: u32, quarter_end: Option<u32>, decision: u32) -> Vec<String> {
    let mut out = vec![format!("The plan closes on day {close}.")];
    out.push(format!("The client wants to decide by day {decision}."));
    if let Some(q) = quarter_end {
        out.push(format!("Your quarter ends on day {q}."));
    }
    out
}

/// Warnings under the close.
pub fn warnings(after_quarter: bool, after_decision: bool, at_risk: usize) -> Vec<String> {
    let mut out = Vec::new();
    if after_decision {
        out.push("After the client's decision date: a late close weighs against you.".into());
    }
    if after_quarter {
        out.push("After your quarter ends: the deal would not count for this quarter.".into());
    }
    if at_risk > 0 {
        out.push(format!(
            "{} no room for the client's diary.",
            if at_risk == 1 {
                "One meeting has".to_owned()
            } else {
                format!("{at_risk} meetings have")
            }
        ));
    }
    out
}

/// What a slip costs.
pub fn slip_cost(rebook: u32, patience: i32, trust: f32) -> String {
    format!(
        "A meeting that slips is rebooked: {} more, {} of the client's patience and {trust:.0} trust with everyone in the room.",
        plural(rebook, "day"),
        plural(patience.max(0) as u32, "unit")
    )
}

/// In a meeting: it slipped.
pub fn slipped(meeting: &str, days: u32) -> String {
    format!(
        "{meeting} slipped {} past your plan: the diaries were full.",
        plural(days, "day")
    )
}

/// The debrief's heading.
pub const DEBRIEF_HEADING: &str = "The campaign: plan against what happened";
/// The debrief's question: about the meeting that slipped most, or, when nothing slipped, the
/// one given the most days.
pub fn critical_question(meeting: &str, slipped: u32) -> String {
    if slipped > 0 {
        format!(
            "Which activity was critical to the close date? The plan lost most at {meeting} ({}): \
             what would you plan differently there?",
            plural(slipped, "day")
        )
    } else {
        format!(
            "Which activity was critical to the close date? Nothing slipped, and {meeting} had the \
             most days allowed: what would have happened with less slack there?"
        )
    }
}

/// One meeting of the debrief's plan table.
pub fn debrief_row(name: &str, planned: u32, held: u32, slipped: u32) -> String {
    if slipped > 0 {
        format!(
            "{name}: planned for day {planned}, held on day {held} ({} late)",
            plural(slipped, "day")
        )
    } else {
        format!("{name}: planned for day {planned}, held on day {held}")
    }
}

/// The close against the plan.
pub fn debrief_close(planned: u32, actual: u32, decision: u32, quarter_end: Option<u32>) -> String {
    let mut s = format!(
        "Planned close day {planned}, actual day {actual}; the client wanted day {decision}"
    );
    if let Some(q) = quarter_end {
        s.push_str(&format!(", the quarter ended on day {q}"));
    }
    s.push('.');
    s
}

/// The debrief's campaign lines: each meeting planned and held, then the close.
pub fn debrief_lines(c: &crate::engine::debrief::CampaignModel) -> Vec<String> {
    let mut out: Vec<String> = c
        .held
        .iter()
        .map(|h| debrief_row(&h.meeting, h.planned_day, h.day, h.slipped))
        .collect();
    out.push(debrief_close(
        c.planned_close,
        c.close_day,
        c.decision_day,
        c.quarter_end,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::critical_question;

    #[test]
    fn the_critical_question_says_what_slipped_and_never_a_loss_when_nothing_did() {
        let slipped = critical_question("Systems workshop", 9);
        assert!(
            slipped.contains("lost most at Systems workshop (9 days)"),
            "{slipped}"
        );
        let held = critical_question("Systems workshop", 0);
        assert!(!held.contains("lost"), "{held}");
        assert!(held.contains("Nothing slipped"), "{held}");
    }
}
