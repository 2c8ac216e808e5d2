# The wording of src/wording/table.rs.

table-why-seller-handoff = { $seller_capital } writes the project initiation document (PID) while looking at the promise ledger. { $lead_capital } will only ever read the PID, so what it leaves out, { $lead } does not know.
table-why-seller-invite = { $seller_capital } prepares the next meeting and chooses who from delivery comes along. Without delivery in the room, { $lead } hears nothing of what is promised there.
table-why-seller-meeting = { $seller_capital } runs this meeting with the client; it offers no choice of who comes from delivery. Without delivery in the room, { $lead } hears nothing of what is promised there.
table-why-lead-review = { $seller_capital } has handed over the PID. { $lead_capital } reads it (never the ledger) and, before kickoff, may query an item, ask for a re-baselining meeting with the client, or accept it.
table-why-lead-delivery = { $lead_capital } runs delivery week by week. What the PID left out may surface as a surprise, with the name of who promised it.
table-pass-screen = Pass the screen to { $taker }
table-look-away = { $other_capital }, please look away until { $taker } hands the screen back.
table-show-my-screen = I am { $taker }: show my screen
table-why-over = The project is over. { $seller_capital } and { $lead } sit together for the debrief: both scorecards, the ledger beside the PID, the flags, and a short retrospective.
table-why-together = { $lead_capital } sits in this meeting. Both of you see the delivery lead's notes on the answers; { $lead } may flag an answer before { $seller } gives it, and { $seller } still decides.
table-both-sit = Both of you, sit at the screen
table-both-continue = We are both here: continue
table-both-names = { $seller } and { $lead }

table-note-estimate = { $item } is { $team } days of work, not the { $said } it is priced on.
table-note-claim = We cannot deliver "{ $claim }" as said.
table-note-deadline = We need { $team } weeks, not { $said }.
table-flag-estimate = Flag the estimate
table-flag-claim = Flag the claim
table-flag-date = Flag the date
table-flagged = Flagged by { $by }: { $note }
table-queried-commitment = No estimate behind this item: it is a commitment, not work priced in days.
table-queried-same = Priced on { $priced } days; the team's estimate is the same.
table-queried = Priced on { $priced } days; the team's estimate is { $team } days ({ $difference }).
table-rebaseline-repriced = { $item } is re-priced at the team's estimate
table-rebaseline-taken-back = the promise is taken back
table-rebaseline = Re-baselining: { $what }. Costs { $trust } trust with each stakeholder and { $share } % of the seller's commission.
table-promises-heard-only = { $lead } hears only the promises made with delivery in the room.
table-hot-seat = Hot seat
table-curtain-keys = Enter or Space continues.
