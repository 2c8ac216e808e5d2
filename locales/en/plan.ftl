# The wording of src/wording/plan.rs.

plan-title = Campaign plan
plan-intro = Work back from the client's decision date. Allow each meeting its days: the meeting itself, a search for a slot in the diary of anyone from delivery you did not book ahead, and the client's own diary. Too tight and meetings slip; too loose and you close late.
plan-confirm = Confirm the plan
plan-keys-hint = 1–9: more days for a meeting · Tab: bookings
plan-seller-plans = The seller is planning the campaign; you see where you are booked.
plan-summary = Against the calendar
plan-debrief-heading = The campaign: plan against what happened

plan-meeting-label = Meeting { $number }
plan-meeting-label-internal = Meeting { $number } · inside your company
plan-row-heading = { $name } · { $label }
plan-row-note = { $takes } { $planned_on } · { $spare }
plan-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
plan-takes = Takes { $days }
plan-takes-diary = ; the client's diary can add up to { $days }
plan-takes-unbooked = ; anyone from delivery not booked ahead adds { $days }
plan-takes-end = .
plan-spare = { $days } spare
plan-spare-at-risk = { $days } spare: it can slip
plan-planned-on = Planned for day { $day }
plan-held-on = Held on day { $day }
plan-held-on-late = Held on day { $day }, { $late } late
plan-booked = ☑ { $role } booked
plan-book = ☐ Book the { $role }
plan-closes-on = The plan closes on day { $day }.
plan-decide-by = The client wants to decide by day { $day }.
plan-quarter-ends = Your quarter ends on day { $day }.
plan-warning-after-decision = After the client's decision date: a late close weighs against you.
plan-warning-after-quarter = After your quarter ends: the deal would not count for this quarter.
plan-warning-at-risk = { $meetings ->
    [one] One meeting has no room for the client's diary.
   *[other] { $meetings } meetings have no room for the client's diary.
}
plan-slip-cost = A meeting that slips is rebooked: { $days } more, { $patience ->
    [one] 1 unit
   *[other] { $patience } units
} of the client's patience and { $trust } trust with everyone in the room.
plan-slipped = { $meeting } slipped { $days } past your plan: the diaries were full.
plan-critical-question-slipped = Which activity was critical to the close date? The plan lost most at { $meeting } ({ $days }): what would you plan differently there?
plan-critical-question-held = Which activity was critical to the close date? Nothing slipped, and { $meeting } had the most days allowed: what would have happened with less slack there?
plan-debrief-row = { $name }: planned for day { $planned }, held on day { $held }
plan-debrief-row-late = { $name }: planned for day { $planned }, held on day { $held } ({ $late } late)
plan-debrief-close = Planned close day { $planned }, actual day { $actual }; the client wanted day { $decision }.
plan-debrief-close-quarter = Planned close day { $planned }, actual day { $actual }; the client wanted day { $decision }, the quarter ended on day { $quarter_end }.
