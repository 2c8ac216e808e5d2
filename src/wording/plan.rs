//! The campaign plan's words: the screen, the slips in a meeting, and the debrief's plan against
//! what happened.

use super::{decimal, role_name};
use crate::scenario::model::Role;
use crate::tr;

/// The screen's title.
pub fn title() -> String {
    tr!("plan-title")
}
/// What the plan is for, above it.
pub fn intro() -> String {
    tr!("plan-intro")
}
/// The confirm button.
pub fn confirm() -> String {
    tr!("plan-confirm")
}
/// The keys, under the plan.
pub fn keys_hint() -> String {
    tr!("plan-keys-hint")
}
/// The delivery lead's note while the seller plans.
pub fn seller_plans() -> String {
    tr!("plan-seller-plans")
}
/// The heading of the summary.
pub fn summary() -> String {
    tr!("plan-summary")
}

/// "Discovery" with its place: "Meeting 1 · internal".
pub fn meeting_label(n: usize, internal: bool) -> String {
    if internal {
        tr!("plan-meeting-label-internal", number = n)
    } else {
        tr!("plan-meeting-label", number = n)
    }
}

/// A meeting of the plan as one heading: "Discovery · Meeting 1".
pub fn row_heading(name: &str, n: usize, internal: bool) -> String {
    tr!(
        "plan-row-heading",
        name = name,
        label = meeting_label(n, internal)
    )
}

/// A meeting's days as one line: what it takes, its planned day, its spare days.
pub fn row_note(takes: &str, planned_day: u32, spare_days: u32, at_risk: bool) -> String {
    tr!(
        "plan-row-note",
        takes = takes,
        planned_on = planned_on(planned_day),
        spare = spare(spare_days, at_risk)
    )
}

/// A day choice's label.
pub fn days(d: u32) -> String {
    tr!("plan-days", days = d)
}

/// What a meeting needs, and how far the diary can push it.
pub fn takes(takes: u32, unbooked: u32, diary: u32) -> String {
    let mut s = tr!("plan-takes", days = days(takes));
    if diary > 0 {
        s.push_str(&tr!("plan-takes-diary", days = days(diary)));
    }
    if unbooked > 0 {
        s.push_str(&tr!("plan-takes-unbooked", days = days(unbooked)));
    }
    s.push_str(&tr!("plan-takes-end"));
    s
}

/// The row's spare days, and whether it can slip.
pub fn spare(spare: u32, at_risk: bool) -> String {
    if at_risk {
        tr!("plan-spare-at-risk", days = days(spare))
    } else {
        tr!("plan-spare", days = days(spare))
    }
}

/// The day the plan puts a meeting on.
pub fn planned_on(day: u32) -> String {
    tr!("plan-planned-on", day = day)
}

/// A held meeting against its planned day.
pub fn held_on(day: u32, slipped: u32) -> String {
    if slipped > 0 {
        tr!("plan-held-on-late", day = day, late = days(slipped))
    } else {
        tr!("plan-held-on", day = day)
    }
}

/// A booking toggle's label.
pub fn booking(role: Role, booked: bool) -> String {
    if booked {
        tr!("plan-booked", role = super::capitalized(&role_name(role)))
    } else {
        tr!("plan-book", role = role_name(role))
    }
}

/// The plan's close against the calendar.
pub fn close_line(close: u32, quarter_end: Option<u32>, decision: u32) -> Vec<String> {
    let mut out = vec![tr!("plan-closes-on", day = close)];
    out.push(tr!("plan-decide-by", day = decision));
    if let Some(q) = quarter_end {
        out.push(tr!("plan-quarter-ends", day = q));
    }
    out
}

/// Warnings under the close.
pub fn warnings(after_quarter: bool, after_decision: bool, at_risk: usize) -> Vec<String> {
    let mut out = Vec::new();
    if after_decision {
        out.push(tr!("plan-warning-after-decision"));
    }
    if after_quarter {
        out.push(tr!("plan-warning-after-quarter"));
    }
    if at_risk > 0 {
        out.push(tr!("plan-warning-at-risk", meetings = at_risk));
    }
    out
}

/// What a slip costs.
pub fn slip_cost(rebook: u32, patience: i32, trust: f32) -> String {
    tr!(
        "plan-slip-cost",
        days = days(rebook),
        patience = patience.max(0),
        trust = decimal(trust, 0)
    )
}

/// In a meeting: it slipped.
pub fn slipped(meeting: &str, slipped: u32) -> String {
    tr!("plan-slipped", meeting = meeting, days = days(slipped))
}

/// The debrief's heading.
pub fn debrief_heading() -> String {
    tr!("plan-debrief-heading")
}
/// The debrief's question: about the meeting that slipped most, or, when nothing slipped, the
/// one given the most days.
pub fn critical_question(meeting: &str, slipped: u32) -> String {
    if slipped > 0 {
        tr!(
            "plan-critical-question-slipped",
            meeting = meeting,
            days = days(slipped)
        )
    } else {
        tr!("plan-critical-question-held", meeting = meeting)
    }
}

/// One meeting of the debrief's plan table.
pub fn debrief_row(name: &str, planned: u32, held: u32, slipped: u32) -> String {
    if slipped > 0 {
        tr!(
            "plan-debrief-row-late",
            name = name,
            planned = planned,
            held = held,
            late = days(slipped)
        )
    } else {
        tr!(
            "plan-debrief-row",
            name = name,
            planned = planned,
            held = held
        )
    }
}

/// The close against the plan.
pub fn debrief_close(planned: u32, actual: u32, decision: u32, quarter_end: Option<u32>) -> String {
    match quarter_end {
        Some(q) => tr!(
            "plan-debrief-close-quarter",
            planned = planned,
            actual = actual,
            decision = decision,
            quarter_end = q
        ),
        None => tr!(
            "plan-debrief-close",
            planned = planned,
            actual = actual,
            decision = decision
        ),
    }
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

    #[test]
    fn the_plan_speaks_english_and_german() {
        use super::{slip_cost, takes, warnings};
        use crate::wording::i18n::{Language, with_language};
        assert_eq!(
            takes(1, 2, 3),
            "Takes 1 day; the client's diary can add up to 3 days; anyone from delivery not \
             booked ahead adds 2 days."
        );
        assert_eq!(
            warnings(false, false, 1),
            ["One meeting has no room for the client's diary."]
        );
        assert_eq!(
            slip_cost(2, 1, 4.4),
            "A meeting that slips is rebooked: 2 days more, 1 unit of the client's patience and 4 \
             trust with everyone in the room."
        );
        with_language(Language::German, || {
            assert_eq!(
                takes(2, 0, 1),
                "Dauert 2 Tage; der Kalender des Kunden kann bis zu 1 Tag hinzufügen."
            );
            assert_eq!(
                warnings(true, false, 3),
                [
                    "Nach Ihrem Quartalsende: Der Auftrag zählt nicht mehr für dieses Quartal.",
                    "3 Termine haben keinen Spielraum für den Kalender des Kunden."
                ]
            );
            assert!(critical_question("Workshop", 9).contains("bei Workshop (9 Tage)"));
        });
    }
}
