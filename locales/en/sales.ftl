# The wording of src/wording/sales.rs.

sales-meetings-over = The meetings are over
sales-listen-hint = The seller answers. Flag an answer the team cannot stand behind before it is said: pick it with its number, then F.
sales-walk-away = Walk away from the deal
sales-walk-away-hint = End the sale here, without a deal. The debrief replays the deal on the table as if it had been signed and delivered, and judges whether walking away was right.
sales-not-in-this-meeting = The seller is in this meeting without you
sales-not-in-this-meeting-why = You were not invited, so you do not hear what is said or promised here. You will learn of it only through what the seller writes into the project initiation document.
sales-meetings-over-sentence = The meetings are over.
sales-who-comes = Who comes with you to this meeting?
sales-in-the-room-heading = In the room
sales-with-you = With you
sales-flags-on-question = Flags on this question
sales-what-just-happened = What just happened
sales-promises-made = Promises made
sales-none-yet = None yet.
sales-designer-warned = Your senior designer says this does not hold as said.
sales-what-you-know = What you know
sales-nothing-beyond-brief = Nothing beyond the brief yet.

sales-meeting-skipped = The { $meeting } meeting did not happen.
sales-noticed = Your { $role } noticed: { $fact }
sales-learned = You learned: { $fact }
sales-was-with-you = { $name } was with you.
sales-approval-discount = a discount
sales-approval-early-date = a date sooner than the standard delivery
sales-approval-special-term = a special term
sales-approval-or = { $approvals } or { $approval }
sales-signs-off = Your colleague: signs off { $approvals }
sales-internal-setting = { $setting } Inside your company: this meeting takes diary days but none of the client's patience.
sales-agreed = { $name } agreed: you may offer { $approvals }.
sales-did-not-agree = { $name } did not agree to { $approvals }: promise it now and it goes out without them.
sales-without-agreement = Promised without { $name }'s agreement
sales-lost-thread = { $name } lost the thread: { $register } is not their language.
sales-rescued = Your { $role } put the { $register } into plain words for { $name }.
sales-lost-on = Does not follow: { $registers }
sales-too-detailed = { $name } found that too detailed for now.
sales-wanted-more = { $name } wanted more detail than that.
sales-trust-changed = { $name }: trust { $delta }
sales-readiness-now = { $name }: readiness now { $readiness }
sales-patience-changed = Patience { $delta } ({ $left } left)
sales-promised = You promised: { $what }
sales-seller-promised = The seller promised: { $what }
sales-lost-faith = { $name } lost faith: the client walked away.
sales-ran-out-of-patience = The client ran out of patience and walked away.
sales-signed-at = The client signed, at { $price }.
sales-signed = The client signed.
sales-not-signed = The client decided not to sign.

sales-coach-numbers = trust { $trust } · readiness { $readiness }
sales-patience-numbers = { $left } of { $start }
sales-patience-line = Client patience: { $words }
sales-patience-line-numbers = Client patience: { $words } ({ $numbers })
sales-said-by = your { $role } says this
sales-promises-made-by-answer = Promises { $promises }
sales-depth-tag = Depth { $depth } · { $word }
sales-team-advice = Your team: { $advice }
sales-warning = ⚠ { $text }
sales-flag = ⚑ { $text }
sales-lead-note = Delivery lead's note: { $text }
sales-quoted = “{ $line }”
sales-promise-to = to { $to }, in { $meeting }
sales-subtitle = { $title } · { $client }

sales-go-alone = Go alone
sales-bring = Bring the { $roles }
sales-role-and = { $roles } and the { $role }
sales-no-extra-cost = No extra cost
sales-invite-cost = { $money } of presales time · { $patience } patience
sales-in-the-room = In the room: { $names }.

sales-go-to-meeting = Go to the meeting
sales-say-it = Say it
sales-choose-hint = { $answers ->
    [one] Choose with 1 or a click, then confirm with Enter
   *[other] Choose with 1–{ $answers } or a click, then confirm with Enter
}
sales-choose-or-flag-hint = { $answers ->
    [one] Choose with 1, then Enter says it or F flags it
   *[other] Choose with 1–{ $answers }, then Enter says it or F flags it
}
sales-track-done = ✔ { $name }
sales-track-skipped = { $name } (skipped)
sales-your = Your { $role }
