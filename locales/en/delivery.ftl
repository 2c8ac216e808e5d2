# The wording of src/wording/delivery.rs.

delivery-overtime-stop-hint = Back to normal hours: fatigue wears off a point a week.
delivery-overtime-hint = More done this week, at a premium; tired people slow down and make more defects.
delivery-less-testing = Less testing
delivery-more-testing = More testing
delivery-ask-weeks-hint = A change request: costs trust with whoever was promised the date, more the later you ask; the client refuses when trust is low.
delivery-client-update = Client update
delivery-account-manager = Account manager
delivery-account-manager-hint = The seller joins client reviews from now on: promises left out surface sooner, with less damage.
delivery-budget-caption = money spent against the price
delivery-end-week-hint = Run the week: the team works, events happen, the client may review. Esc pauses.
delivery-quiet-week = A quiet week.
delivery-before-first-week = The team starts on the backlog the PID describes. Set overtime and testing, then end the week.
delivery-decided-this-week = Decided this week
delivery-would-refuse = ⚠ would refuse a change now
delivery-all-the-work = All the work
delivery-agreed-date = Agreed date
delivery-teams-plan = Team's plan
delivery-ask-to-drop = Ask to drop
delivery-ask-to-drop-hint = A change request: the client may agree to drop this item. It costs trust with whoever it was promised to, more the later you ask.

delivery-share-half = half
delivery-share-quarter = a quarter
delivery-share-percent = { $percent } %
delivery-half-a-day = half a day
delivery-a-day = a day
delivery-days = { $days } days
delivery-stop-overtime = Stop overtime
delivery-start-overtime = Start overtime
delivery-overtime-numbers = +{ $boost } % capacity, +{ $premium } % pay; every week after the first, a fatigue point and −{ $morale } morale.
delivery-less-testing-hint = Testing from { $from } % to { $to } % of the team's time: more features now, defects found later cost more.
delivery-more-testing-hint = Testing from { $from } % to { $to } % of the team's time: defects are found while they are cheap.
delivery-hire = Hire { $name }
delivery-hire-hint = { $name } ({ $role }): slow for the first weeks, and the team spends time teaching them.
delivery-hire-numbers = { $name } ({ $role }), { $capacity } days a week at full speed, { $cost } a week. Starts at { $ramp } % and needs teaching.
delivery-ask-weeks = { $weeks ->
    [one] Ask +1 week
   *[other] Ask +{ $weeks } weeks
}
delivery-client-update-hint = An honest status update: a little trust, { $days } of the project manager, and any change asked this week costs { $share }.
delivery-not-now = Not now: { $why }.

delivery-weeks-to-date = { $weeks ->
    [one] 1 week to the agreed date
   *[other] { $weeks } weeks to the agreed date
}
delivery-date-this-week = The agreed date is this week
delivery-weeks-past-date = { $weeks ->
    [one] 1 week past the agreed date
   *[other] { $weeks } weeks past the agreed date
}
delivery-title-late = Delivery · week { $week } · { $late } past the agreed { $deadline }
delivery-title = Delivery · week { $week } of { $deadline }
delivery-subtitle = { $status } · delivering for { $client }
delivery-budget = Budget { $word }
delivery-end-week = End week { $week }
delivery-end-week-alone = End week { $week } with no decision
delivery-team-plans-other-date = The team is planning for { $team } weeks: the { $promised }-week date promised to the client is not in the PID.

delivery-happened-in-week = What happened in week { $week }
delivery-before-week-one = Before week 1
delivery-trust-hover = { $name }: { $word } (trust { $number } of 100). Below { $change_trust } the client refuses a change.
delivery-team-settings-on = Overtime ON · { $testing } % testing
delivery-team-settings-off = Overtime off · { $testing } % testing
delivery-last-capacity = {" "}· { $days } d done last week
delivery-morale-hover = Morale: { $cue }
delivery-pace-new = new, about { $percent } % speed
delivery-pace = { $days } d/week

delivery-burnup-point = week { $week }: { $days } person-days
delivery-agreed-legend = agreed date (week { $week })
delivery-team-legend = team's plan (week { $week })
delivery-planned = { $days } planned
delivery-surprises = +{ $days } surprises
delivery-rework = +{ $days } rework
delivery-dropped = −{ $days } dropped
delivery-done-left = · { $done } done · { $left } left
delivery-done-items = ✔ Done: { $names }
delivery-surprise-tag = surprise, week { $week }
delivery-done-in-week = done in week { $week }
delivery-not-needed = not needed
delivery-days-left = { $remaining } of { $total } d left
delivery-fatigue = { $points } pt
delivery-fatigue-slower = { $points } pt, −{ $slower } % speed
delivery-budget-number = spent { $cost } of { $price } · { $share } %
delivery-rework-cause = rework
delivery-not-in-pid = { $cause }, not in the PID
delivery-spent-so-far = Spent so far: { $word }
delivery-price-unknown = the price is the seller's to know

delivery-tag-dropped = dropped
delivery-tag-rework = rework
delivery-tag-planned = planned
