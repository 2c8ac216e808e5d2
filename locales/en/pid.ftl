# The wording of src/wording/pid.rs.

pid-pid-title = Project initiation document (PID)
pid-need-found = Client need you found
pid-hand-over = Hand over to delivery
pid-ledger-heading = What you said to the client
pid-tick-hint = Tick what goes into the document (number keys or click).
pid-nothing-to-write = You made no promises and found no hidden needs.
pid-claim-warned = Your senior designer warned this claim does not hold as said.
pid-scope-sold = Scope sold
pid-written-in-heading = Written in for delivery
pid-nothing-written = Nothing yet: delivery will plan from the scope alone.
pid-left-out = Not in the document
pid-accept = Accept the PID and start delivery
pid-query-hint = Query an item with its number key or a click
pid-heard-heading = What you heard yourself
pid-nothing-promised-there = Nothing was promised there.
pid-review-rules = Before kickoff you may query any item once, or take a promise back to the client in a re-baselining meeting.
pid-empty-document = The document is empty: you will plan from the scope alone.
pid-ask-rebaseline = Ask to re-baseline

pid-client-and-title = { $client } · { $title }
pid-handoff-subtitle = { $client } signed · { $title } · write down what delivery needs to know
pid-promised-to = Promised to { $stakeholder } in { $meeting }
pid-deal-price = Price
pid-deal-deadline = Deadline
pid-deal-discount = Discount
pid-deal-estimate = Estimate
pid-deal-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
pid-deal-discount-value = { $percent } %
pid-deal-no-discount = none
pid-deal-person-days = { $days } person-days
pid-written-in-promises = { $promises } of { $of_promises } promises written in
pid-written-in-promises-and-needs = { $promises } of { $of_promises } promises and { $needs } of { $of_needs } client needs written in
pid-client-need = Client need: { $text }
pid-rebaselined-repriced = Re-baselined: re-priced at the team's estimate.
pid-rebaselined-taken-back = Re-baselined: taken back with the client.
pid-review-title = PID review · { $lead }
pid-heard-nothing = You sat in no meeting: all you know is what { $seller } wrote.
pid-handed-you = { $seller } handed you this document. Push back now, or accept it.
