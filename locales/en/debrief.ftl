# The wording of src/wording/debrief.rs.

## The scorecards

debrief-deal-size = Deal size
debrief-deal-size-won = what the client signed for
debrief-deal-size-lost = no deal
debrief-commission = Commission
debrief-commission-note = paid at signature, whatever happens next
debrief-margin = Margin
# The margin's share of the price, written with its percent sign: "18 % of the price".
debrief-margin-share = { $share } of the price
debrief-satisfaction = Client satisfaction
# A score out of a hundred: "72/100".
debrief-out-of-100 = { $value }/100
debrief-satisfaction-note = against what was promised
debrief-renewal = Expected renewal
debrief-renewal-note = { $chance } chance of more work
debrief-morale = Team morale
debrief-overtime = { $weeks ->
    [one] 1 week of overtime
   *[other] { $weeks } weeks of overtime
}
debrief-margin-lost-note = presales time, and no price to pay for it
debrief-satisfaction-lost-note = nothing was delivered to be satisfied with
debrief-renewal-lost-note = no first project, no second
debrief-morale-lost-note = no project was run

## The report's subtitle and the outcome in one line

debrief-subtitle = { $client } · seed { $seed }
debrief-not-in-room = (said without delivery in the room)
debrief-headline-won = Signed for { $price } · delivered in { $weeks } weeks against { $agreed } agreed · { $kept } of { $promises } promises kept
debrief-headline-won-late = Signed for { $price } · delivered in { $weeks } weeks against { $agreed } agreed ({ $late ->
    [one] 1 week
   *[other] { $late } weeks
} late) · { $kept } of { $promises } promises kept
debrief-headline-lost = The client did not sign: nothing was delivered

## Walking away, and the scorecards' verdict

# Where the seller walked away, or empty: " in the Discovery meeting".
debrief-in-meeting = {" "}in the { $meeting } meeting
# What the seller gave up, or empty: "; the seller gave up 1,200 of commission".
debrief-gave-up = ; the seller gave up { $commission } of commission
debrief-walked-away-right = You walked away{ $in_meeting }: the right call. Had the client signed at { $price } and delivered, the deal on the table would have taken { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} ({ $late ->
    [one] 1 week
   *[other] { $late } weeks
} late) and lost { $loss }{ $gave_up }.
debrief-walked-away-wrong = You walked away{ $in_meeting } from a deal worth having. Had the client signed at { $price } and delivered, the deal on the table would have taken { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} ({ $late ->
    [one] 1 week
   *[other] { $late } weeks
} late) and made { $margin } for the company{ $gave_up }.
debrief-verdict-no-deal-cost = Both scorecards agree: no deal, no commission, and { $cost } of presales time spent.
debrief-verdict-no-deal = Both scorecards agree: no deal, no commission.
debrief-verdict-worth-winning = Both scorecards agree: a deal worth winning, delivered the way it was sold.
debrief-verdict-disagree = The scorecards disagree: the seller was paid on a deal that failed { $failed } of { $checks ->
    [one] 1 check
   *[other] { $checks } checks
} in the rubric.
debrief-verdict-disagree-commission = The scorecards disagree: the seller earned { $commission } in commission on a deal that failed { $failed } of { $checks ->
    [one] 1 check
   *[other] { $checks } checks
} in the rubric.
debrief-verdict-avoided = Both scorecards count what was avoided: walking away saved the company { $saved }.
debrief-verdict-avoided-commission = Both scorecards count what was avoided: walking away saved the company { $saved } and cost the seller { $commission } of commission.
debrief-verdict-given-up = The scorecards count what was given up: { $margin } of margin for the company.
debrief-verdict-given-up-commission = The scorecards count what was given up: { $margin } of margin for the company and { $commission } of commission for the seller.
debrief-verdict-descoped = Every check passed, but the deal was not delivered the way it was sold: { $delivered } of { $sold ->
    [one] 1 scope item
   *[other] { $sold } scope items
} delivered, { $refund } refunded to the client.

## Why a deal was lost

debrief-loss-lost-faith = The deal was lost: { $who } lost faith{ $in_meeting } and the client walked away before the decision.
debrief-loss-out-of-patience = The deal was lost: the client ran out of patience{ $in_meeting } and walked away before the decision.
debrief-loss-not-signed = The deal was lost: the client heard the offer and did not sign (a { $chance } chance that they would).
debrief-loss-score = The client's score was { $score } against { $threshold } needed to sign.
debrief-loss-over-budget = The price on the table was { $price } against a budget of { $budget }: { $over } over.
debrief-loss-within-budget = The price on the table was { $price } against a budget of { $budget }: within it.
debrief-loss-no-budget = The price on the table was { $price }; the client set no budget.
debrief-loss-trust = { $who }'s trust went from { $from } to { $to }; most of it went in the { $meeting } meeting ({ $change }).

## What a rubric check found

debrief-check-attended = { $role } attended the { $meeting } meeting
debrief-check-not-attended = { $role } did not attend the { $meeting } meeting
debrief-check-found-left-out = "{ $fact }" was found during sales, but left out of the PID, so the team could not plan for it
debrief-check-found = "{ $fact }" was found during sales
debrief-check-never-found = "{ $fact }" was never found during sales
debrief-check-said = "{ $answer }" was said
debrief-check-never-said = "{ $answer }" was never said
debrief-measured-no-handoff = no handoff: the deal was lost
debrief-measured-full-handoff = every promise went into the PID
debrief-measured-left-out = { $count } promise(s) left out of the PID
debrief-measured-all-agreed = every promise that needed a colleague's agreement had it
debrief-measured-unagreed = { $count } promise(s) made without the colleague who approves them
debrief-measured-none-lost = nobody in the room lost the thread
debrief-measured-lost = { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} lost someone in the room, { $times ->
    [one] 1 time
   *[other] { $times } times
} in all: said in words they do not use, with nobody there to put it plainly
debrief-measured-no-false-claims = no claim that does not hold was made
debrief-measured-false-claims = { $count } claim(s) that do not hold were made
debrief-measured-pacing = { $share } % of answers matched the room (needed { $min } %)
debrief-measured-margin = margin { $share } % of price (needed { $min } %)
debrief-measured-satisfaction = client satisfaction { $value } (needed { $min })
debrief-measured-nothing-delivered = nothing was delivered
debrief-measured-on-time = delivered in { $weeks } weeks, as agreed
debrief-measured-late = delivered in { $weeks } weeks, { $late ->
    [one] 1 week
   *[other] { $late } weeks
} past the agreed { $agreed }
debrief-measured-overtime = { $weeks } week(s) of overtime (at most { $max })
debrief-measured-signed = the client signed
debrief-measured-not-signed = the client did not sign

## Who did not follow an answer's register

# Two names or more: "Dana and Ravi".
debrief-and = { $first } and { $second }
debrief-heard-lost = { $register } lost { $names }
debrief-heard-rescued-seller = your seller put the { $register } plainly for { $name }
debrief-heard-rescued-project-manager = your project manager put the { $register } plainly for { $name }
debrief-heard-rescued-senior-designer = your senior designer put the { $register } plainly for { $name }

## Key moments

debrief-moment-brought = { $meeting }: you brought { $roles } into the room.
debrief-moment-noticed = The { $role } noticed: "{ $fact }"
debrief-moment-claim-warned = In the room, { $warning }
debrief-moment-too-deep = { $who } was not ready for that much detail yet.
debrief-moment-lost-thread = { $meeting }: { $who } lost the thread in { $register }, words they do not use.
debrief-moment-unagreed = { $promise } went to the client without { $who }'s agreement.
debrief-moment-lost-faith = { $who } lost faith and the client walked away.
debrief-moment-out-of-patience = The client ran out of patience and walked away.
debrief-moment-signed = The client signed at { $price }.
debrief-moment-not-signed = The client did not sign.
debrief-moment-left-out = { $count } promise(s) did not make it into the PID.
debrief-moment-need-surfaced = Week { $week }: "{ $fact }" surfaced as a surprise ({ $days } person-days).
debrief-moment-promise-surfaced = Week { $week }: { $promise } came back as a surprise ({ $days } person-days).
debrief-moment-claim-failed = Week { $week }: "{ $claim }" did not hold.
debrief-moment-happened = Week { $week }: { $text }
debrief-moment-change-agreed = Week { $week }: you asked the client for a change; they agreed (trust −{ $cost }).
debrief-moment-change-refused = Week { $week }: you asked the client for a change; they refused (trust −{ $cost }).
debrief-moment-refunded = Week { $week }: "{ $item }" was dropped and { $amount } of the price refunded to the client.
debrief-moment-hired = Week { $week }: { $person } joined the team.
debrief-moment-delivery-ended = Delivery ended after { $weeks } weeks ({ $agreed } agreed).

## Questions for the debrief

debrief-question-lost-faith = { $who } was lost in the { $meeting } meeting. What did they need to hear there, and who could have said it?
debrief-question-over-budget = The price was { $price } against a budget of { $budget }. Which promises pushed it up, and which were worth it?
debrief-question-short-of-score = The client's score was { $score } against { $threshold } needed. Which answer would you change first?
debrief-question-out-of-patience = The client ran out of patience before the decision. Which meeting took longer than it needed to?
debrief-question-sell-differently = The seller earned { $commission } under this plan; { $plan } would have paid { $best }. What would make you sell differently?
debrief-question-paid-for-a-loss = The seller was paid { $commission } on a deal that lost the company { $loss }. Who should carry the cost of an overpromise, and how?
debrief-question-missed-quarter = The deal closed on day { $day }, after the quarter's { $days } days: it did not count for the seller's quota. Was the time spent with delivery worth it, and to whom?
debrief-question-review-time = The seller spent { $hours } hours in delivery reviews, { $cost } of selling time. Who gained from those hours, and who paid for them?

## Hidden needs, consequences and promises

debrief-need-surfaced-found = Found, but left out of the PID: surfaced in week { $week } as { $days } person-days nobody planned for
debrief-need-surfaced-unfound = Never found during sales: surfaced in week { $week } as { $days } person-days nobody planned for
debrief-need-planned = Found during sales and planned from week 1
debrief-need-left-out = Found during sales, left out of the PID
debrief-need-unfound = Never found; it had not surfaced yet
debrief-need-found-no-deal = Found during sales; there was no deal to plan it into
debrief-need-missed-no-deal = Never found during sales
debrief-when-handoff = handoff
debrief-when-week = week { $week }
debrief-effect-work = +{ $days } person-days of work
debrief-effect-work-surprise = +{ $days } person-days of unplanned work
debrief-effect-trust = trust { $change } with { $who }
debrief-effect-claim-held = the claim was tested and held
debrief-effect-claim-failed = the claim was tested and did not hold
debrief-effect-judged = judged: { $verdict }
debrief-made = in { $meeting }, by the { $role }
debrief-handoff-no-deal = never handed over (no deal)
debrief-handoff-in-pid = in the PID
debrief-handoff-not-in-pid = NOT in the PID
debrief-pacing-summary = { $matched } of { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} matched the room ({ $share })

## What-if changes

debrief-edit-drop = Never promise "{ $promise }"
debrief-edit-write-in = Write "{ $promise }" into the PID
debrief-edit-leave-out = Leave "{ $promise }" out of the PID
debrief-edit-deadline = Promise delivery in { $weeks } weeks instead
debrief-would-sign = The client would still have signed: a { $chance } % chance on the same roll (their score { $score }, needed { $threshold }).
debrief-would-not-sign = The client would NOT have signed: a { $chance } % chance on the same roll (their score { $score }, needed { $threshold }). No deal, no commission; the numbers below show the delivery as if they had.

## The retrospective

# An answer quoted after the seat and its question, the question lower-cased as the reports have
# always written it ("what i needed").

debrief-retro-went-wrong = What went wrong for me
debrief-retro-needed-from-delivery-lead = What I needed from the delivery lead
debrief-retro-needed-from-seller = What I needed from the seller
debrief-retro-seller-not-answered = The seller has not answered the retrospective.
debrief-retro-lead-not-answered = The delivery lead has not answered the retrospective.
debrief-retro-seller-went-wrong = The seller, what went wrong for me: "{ $text }"
debrief-retro-seller-needed = The seller, what i needed from the delivery lead: "{ $text }"
debrief-retro-lead-went-wrong = The delivery lead, what went wrong for me: "{ $text }"
debrief-retro-lead-needed = The delivery lead, what i needed from the seller: "{ $text }"
debrief-retro-no-answer = (no answer)
