# The wording of src/wording/drill.rs.

drill-coach = Coach
drill-standard = Standard
drill-hard = Hard
drill-blurb-numbers = Readiness and depth are shown as numbers beside the words.
drill-blurb-words = Read the room from words and portraits.
drill-blurb-timed = Portraits and mood only, and { $seconds } seconds per answer.
drill-stakeholder = stakeholder { $number }
drill-depth = depth { $depth }
drill-depth-range = depth { $low } to { $high }
drill-matched = { $who } was with you.
drill-too-deep = Too deep for { $who }: they wanted { $depths }.
drill-too-shallow = Too shallow for { $who }: they wanted { $depths }.
drill-summary-matched = { $matched } of { $answered } answers matched the whole room ({ $percent } %).
drill-summary-depths = Too deep { $too_deep }, too shallow { $too_shallow }; { $seconds } seconds per answer on average.
drill-summary-timed-out = { $times ->
    [one] The time ran out 1 time.
   *[other] The time ran out { $times } times.
}
drill-cue = { $name } was at readiness { $readiness }, ready for { $depths }
drill-miss-depth = your answer at depth { $depth } missed
drill-miss-time = the time ran out
drill-best-depth = An answer at depth { $depth } would have matched everyone.
drill-no-best = No answer on offer suited everyone in the room.
drill-miss = Beat { $beat }: { $what }. { $cues }. { $best }
drill-cue-separator = {"; "}

drill-title = Pitch-pacing drill
drill-subtitle = Match the depth of your answer to the room
drill-result-title = Drill result
drill-intro = About ten beats from the scenarios. Read the room, answer at the depth it is ready for.
drill-difficulty-choice = { $name }: { $blurb }
drill-seed = Seed { $seed }
drill-seed-note = The same seed gives the same drill: share it to compare.
drill-new-seed = New seed
drill-start = Start the drill
drill-see-result = See the result
drill-next-beat = Next beat
drill-seconds-left = { $seconds } s left
drill-quoted = “{ $line }”
drill-time-ran-out = The time ran out: the room waited for an answer.
drill-with-depth = {"["}{ $depth }] { $text }
drill-another = Another drill
drill-no-beat-missed = No beat missed.
drill-beats-missed = Beats missed
drill-no-drill-kept = No drill kept yet.
drill-match-rate-over-attempts = Match rate (%) over attempts
drill-heading = { $difficulty } · seed { $seed }
drill-personal-best = Personal best at { $difficulty }: { $percent } %
drill-best-at = Best at { $difficulty }: { $percent } % (seed { $seed }, { $date })
drill-beat-heading = Beat { $beat } of { $beats } · { $heading }
drill-no-beats = No scenario in the library has a beat with answers of different depths, so there is nothing to drill.
drill-could-not-start = The drill could not start: { $detail }.
drill-not-kept-no-folder = No data folder: this result is not kept.
drill-kept-with-problem = Kept in your progress. { $problem }
drill-kept = Kept in your progress and as a result statement.
drill-could-not-keep = This result could not be kept: { $detail }.
drill-chart-match-rate = match rate
drill-chart-attempts = attempts
drill-chart-best = best
