# The wording of src/wording/script.rs.

script-promise-or-hidden-need = promise or hidden need
script-known-none = {" "}(it has none)
script-known = {" "}(known: { $ids })
script-known-some = {" "}(it has { $count } of them, e.g. { $ids }, ...)
script-list-separator = {", "}
script-nothing-to-flag = there is nothing the delivery lead can flag in answer "{ $answer }" now
script-not-a-promise = "{ $id }" is a hidden need, not a promise: only a promise can be re-baselined
script-no-document-now = writing the PID is not possible now
script-now-plan = the campaign is being planned: Allow(meeting, days) and Book(meeting, [roles]) for the meetings { $meetings }, then ConfirmPlan
script-now-invite = the next meeting is `{ $meeting }`, which may invite: { $roles } (or Invite([]) to go alone)
script-now-beat = the current beat is `{ $beat }` (meeting `{ $meeting }`) offering: { $offered }
script-candidate-in = { $key } (in)
script-now-handoff = the handoff is under way: the document can hold { $items } ; then SubmitPid
script-now-handoff-empty = the handoff is under way: the document can hold nothing ; then SubmitPid
script-now-review = the delivery lead reviews the document ({ $pid }): Accept, Query(id) or Rebaseline(id)
script-now-review-empty = the delivery lead reviews the document (it is empty): Accept, Query(id) or Rebaseline(id)
script-quality-choice = Quality(0 to { $max }, steps of { $step })
script-now-delivery = delivery week { $week }: possible: { $possible }
script-now-over-won = nothing more to play: delivery has ended
script-now-over-lost = nothing more to play: the deal was lost
script-unknown-id = there is no { $kind } with id "{ $id }" in this scenario{ $known }
script-not-legal = { $why }; { $now }
script-too-large = the script is { $bytes } bytes, more than the limit of { $max } bytes
script-parse-error = { $origin }:{ $line }:{ $col }: { $problem }
script-step-error = step { $step } `{ $written }`: { $problem }
