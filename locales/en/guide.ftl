# The wording of src/wording/guide.rs.

guide-cues-title = Read the room
guide-cues-text = Each card at the top of the meeting is one of the client's people. The ring and the face show their mood; the line under the name says how much detail they are ready for. Readiness grows as the conversation goes well.
guide-depth-title = The depth of each answer
guide-depth-text = Each answer is labelled Vision, Benefits, Approach, Plan or Plan detail. Match it to the room: too deep loses someone who wants the big picture, too shallow loses someone who wants specifics.
guide-attendees-title = Who comes with you, and what it costs
guide-attendees-text = Before a meeting you choose who from delivery attends. They notice what the client does not say and can advise you, but their time is charged to the sale.
guide-ledger-title = The promise ledger
guide-ledger-text = Every promise an answer makes is written in the ledger beside the meeting. Delivery will have to keep each one, whether or not the team hears of it.
guide-pid-title = The PID
guide-pid-text = This is what delivery is told. A promise left out still binds the firm, but the team will not plan for it: it arrives later as a surprise.
guide-burn-up-title = The burn-up chart
guide-burn-up-text = The upper line is all the work, the lower line the work done. Where they meet is when the project finishes; the marker is the date that was promised.
guide-scorecards-title = Two scorecards
guide-scorecards-text = The client judges the project by what they were promised; the firm by margin, morale and reputation. A sale can win one and lose the other.

guide-someone = someone
guide-walked-out = { $name } walked out: their trust fell below the line where they give up on you.
guide-client-walked-away = The client walked away: their patience ran out before the deal was made.
guide-signed = The client signed: what they heard scored above what they needed to say yes.
guide-not-signed = The client did not sign: what they heard scored below what they needed.
guide-promise-broken = A promise was broken, { $promise }: { $because }.
guide-because-not-delivered = it was not delivered
guide-because-late = { $weeks ->
    [one] it came 1 week late
   *[other] it came { $weeks } weeks late
}
guide-because-discount-missed = the discount never reached the invoice
guide-because-claim-failed = the claim did not hold
guide-claim-failed = A technical claim made in the sale did not hold when the team tried it, and the work to cover it arrived now.
guide-work-added = { $days } days of unplanned work arrived: something promised or needed was not in the plan the team was given.
guide-too-deep = { $name } lost interest: an answer at depth { $depth } was more detail than they were ready for.
guide-too-shallow = { $name } wanted more: an answer at depth { $depth } was shallower than they were ready for.
guide-lost-thread = { $name } lost the thread: the answer was in { $register }, words they do not use. Plain words and an example reach everyone; a delivery person in the room can translate.
guide-promise-made = That answer made a promise, { $promise }: it is now in the ledger.
guide-fact-noticed = The { $role } noticed something the client had not said, just by being in the room.
guide-meeting-cost = Bringing people from delivery cost { $cost } of their time.
guide-matched = { $name } was with you: the depth of the answer suited them, so their trust grew.

guide-step-of = { $step } of { $steps }
guide-step-count = Guide · { $count }
guide-why-line = Why: { $why }
guide-got-it = Got it
guide-skip = Skip the guide
