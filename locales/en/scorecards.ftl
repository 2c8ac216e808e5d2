# The wording of src/wording/scorecards.rs.

scorecards-bookings = Bookings
scorecards-no-deal = no deal
scorecards-closed-on-day = closed on day { $day }
scorecards-closed-in-quarter = closed on day { $day } of the quarter's { $quarter_days }
scorecards-closed-after-quarter = closed on day { $day }, after the quarter's { $quarter_days }: it does not count
scorecards-quota-attainment = Quota attainment
scorecards-counted-of-quota = { $counted } counted of a { $quota } quota
scorecards-review-hours = Hours in delivery reviews
scorecards-of-selling-time = { $cost } of selling time
scorecards-refunded = Refunded
scorecards-refunded-seller-note = scope dropped in delivery: the client paid less than was booked
scorecards-commission-not-earned = Commission not earned
scorecards-walked-away-note = walked away from the deal on the table
scorecards-less-for-rebaselining = { $plan }, less { $cut } for re-baselining
scorecards-commission = Commission
scorecards-margin = Margin
scorecards-margin-note = what the project made
scorecards-weeks-late = Weeks late
scorecards-weeks-late-note = past the agreed deadline
scorecards-team-morale = Team morale
scorecards-out-of-100 = { $value }/100
scorecards-scope-delivered = { $sold ->
    [one] { $delivered } of 1 scope item delivered
   *[other] { $delivered } of { $sold } scope items delivered
}
scorecards-company-margin-note = the team's result
scorecards-client-satisfaction = Client satisfaction
scorecards-satisfaction-note = against what was promised
scorecards-expected-renewal = Expected renewal
scorecards-renewal-note = { $chance } chance of more work
scorecards-loss-avoided = Loss avoided
scorecards-margin-given-up = Margin given up
scorecards-walked-away-company-note = what the deal on the table would have made, walked away from
scorecards-under-plan = Under { $plan }: { $commission }
scorecards-under-plan-actual = Under { $plan }: { $commission } (this scenario's plan)
scorecards-refund-note = dropped scope paid back to the client, out of the margin

scorecards-cards-heading-named = { $seller } and { $lead }: the scorecards
scorecards-cards-heading = The seller, the delivery lead and the company: three scorecards
scorecards-role-seller = seller
scorecards-role-delivery-lead = delivery lead
scorecards-seller-named = { $name }, seller
scorecards-seller = The seller
scorecards-delivery-lead-named = { $name }, delivery lead
scorecards-delivery-lead = The delivery lead
scorecards-company-card-title = The company: your team's result
scorecards-no-delivery = No deal, nothing delivered.
scorecards-played-solo = Played solo: one trainee held both roles, selling the deal and delivering it, so the seller's card and the delivery lead's card are both theirs.
scorecards-played-two-roles = Played in two roles: one trainee sold the deal and wrote the PID, another reviewed it and delivered.
scorecards-plans-heading = What the seller would have earned under each plan
scorecards-lead-earns-no-commission = The delivery lead earns no commission under any plan: their card is margin, weeks late and morale.
scorecards-ledger-heading = The ledger beside the PID
scorecards-flags-heading = Who flagged what, and what was said anyway
scorecards-review-heading-named = { $name }'s review of the PID
scorecards-review-heading = The delivery lead's review of the PID
scorecards-retro-heading = Retrospective
scorecards-retro-prompt = React to what happened together: a few words each, then talk it through.
scorecards-none-yet = None.
