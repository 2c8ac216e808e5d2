# The wording of src/wording/events.rs.

events-who-role = { $name }, { $role }
events-work-claim = Make good: { $text }
events-work-defects = Fixing defects found in testing
events-work-unpick = Taking out: { $name }

events-trust-fell-sharply = fell sharply
events-trust-slipped = slipped
events-trust-rose-sharply = rose sharply
events-trust-rose = rose

events-claim-confirmed = the senior designer confirmed "{ $claim }".
events-claim-needs-work = the senior designer warned that "{ $claim }" holds only after about { $days } more person-days of work.
events-claim-does-not-hold = the senior designer warned that "{ $claim }" does not hold as said.

events-cause-promise = promise to { $name }
events-cause-hidden-need = hidden need ({ $owner })
events-cause-event = event
events-cause-decision = your decision
events-cause-defects = defects
events-cause-plan = the deal

events-coach-number = { $text } ({ $number })
events-review = Week { $week }: client review with { $client }.
events-promise-recalled = { $name } recalls a promise left out of the handoff ({ $promise }): the plan already covers it.
events-work-reached-team = "{ $promise }", promised to { $name }, reached the team
events-hidden-need-surfaced = Hidden need surfaced: "{ $need }"
events-event-added-work = The event added work
events-work-was-added = Work was added
events-work-added = { $what }: +{ $days } person-days.
events-work-added-surprise = { $what }: +{ $days } person-days nobody planned for.
events-defects-found = Testing found defects: { $days } person-days of rework.
events-trust-changed = { $name }'s trust { $change }
events-trust-changed-over-promise = { $name }'s trust { $change } over "{ $promise }"
events-trust-changed-over-surprise = { $name }'s trust { $change } over the surprise
events-trust-changed-after-decision = { $name }'s trust { $change } after your decision
events-morale-fell = Team morale fell
events-morale-rose = Team morale rose
events-morale-fell-decision = Team morale fell (overtime and pressure)
events-morale-rose-decision = Team morale rose (overtime and pressure)
events-morale-fell-event = Team morale fell with it
events-morale-rose-event = Team morale rose with it
events-extra-cost = Extra cost: { $amount } ({ $cause }).
events-unplanned-cost = An unplanned cost ({ $cause }).
events-claim-held = "{ $claim }" held up in practice.
events-claim-failed = "{ $claim }" did not hold: rework.
events-asked-drop = You asked to drop "{ $name }": the client agreed.
events-asked-drop-refused = You asked to drop "{ $name }": the client refused (trust too low).
events-asked-time = You asked for { $weeks } more weeks: the client agreed.
events-asked-time-refused = You asked for { $weeks } more weeks: the client refused (trust too low).
events-seller-walked-away = You walked away from the deal.
events-refunded = "{ $item }" is dropped: { $amount } of the price goes back to the client.
events-overtime-on = Overtime on.
events-overtime-off = Overtime off.
events-quality-set = { $share } % of the team's time goes to testing.
events-hired = { $name } ({ $role }) joins the team.
events-client-updated = An honest status update goes to the client this week.
events-account-manager-joined = The account manager joins the client reviews.
events-week-ended = Week { $week } closed: the team got through { $capacity } person-days; { $remaining } left.
events-surfaced-by-seller = Not in the PID: { $promise } (the seller promised it in a meeting).
events-surfaced-by-delivery-lead = Not in the PID: { $promise } (the delivery lead promised it in a meeting).
