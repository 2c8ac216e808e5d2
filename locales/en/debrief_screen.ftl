# The wording of src/wording/debrief_screen.rs.

## The top bar and the bottom bar

debrief-screen-title = Debrief · { $scenario }
debrief-screen-score = Score { $score }/100
debrief-screen-checks-passed = { $passed } of { $total } checks passed
debrief-screen-html-export-note = One self-contained page to print or send round

## The Outcome tab

debrief-screen-seller-card = The seller's scorecard
debrief-screen-company-card = The company's scorecard
debrief-screen-key-moments = Key moments

## The Promises tab

debrief-screen-no-promise = No promise was made. Every answer stayed within what the offer already said.
# Who a promise was made to, and where: "to Sam Pereira · in Discovery, by the seller".
debrief-screen-made-to = to { $to } · { $made }
# When a consequence came, before it: "week 4:".
debrief-screen-when-label = { $when }:
debrief-screen-try-a-change = Try a change to this promise on the What-if page
debrief-screen-hidden-needs = Hidden needs: what the client knew and did not say
# A need's owner and what became of it: "Sam Pereira (Practice manager) · found in Discovery".
debrief-screen-need-line = { $owner } · { $status }

## The Pacing tab

debrief-screen-pacing-chart = Depth of each answer against what the room was ready for
debrief-screen-pacing-how-to-read = Each line is a person's readiness for detail (1 vision … 5 plan detail). Answers above their line went too deep; below it, too shallow.
debrief-screen-missed-heading = Answers that missed the room
debrief-screen-none-missed = None: every answer met the room where it was.
debrief-screen-missed-answer = Answer { $number } · { $meeting } · depth { $depth } ({ $depth_word })
debrief-screen-too-deep-for = Too deep for { $names }
debrief-screen-too-shallow-for = Too shallow for { $names }
debrief-screen-ready-for = { $name }: ready for
debrief-screen-ready-for-legend = { $name } ready for
# A point of the pacing chart, on hover: the line's name, then the answer and its level.
debrief-screen-pacing-point =
    { $line }
    answer { $answer }: { $level }
debrief-screen-depth-chosen = Depth you chose
debrief-screen-too-deep-for-someone = Too deep for someone
debrief-screen-too-shallow-for-someone = Too shallow for someone
debrief-screen-words-not-followed = Words someone did not follow
debrief-screen-words-legend = words not followed

## The What-if tab

debrief-screen-never-handed-over = What-if replays start from the handoff, and this deal was never handed over.
debrief-screen-pick-a-promise = 1 · Pick a promise
debrief-screen-promise-to = { $what } · to { $to }
debrief-screen-what-if-keys = Keys: ↑ ↓ pick · D never made · P handoff · W date · + − weeks · Enter replays
debrief-screen-see-what-would-happen = 3 · See what would have happened
debrief-screen-replay-note = The replay uses the same seed and the same weekly decisions from the handoff on, and shows the result beside what really happened.
debrief-screen-what-would-have-happened = 3 · What would have happened
debrief-screen-column-happened = What happened
debrief-screen-column-what-if = What if
debrief-screen-column-difference = Difference
debrief-screen-change-it = 2 · Change it
debrief-screen-pick-first = Pick a promise on the left first.
debrief-screen-never-make-it = Never make it
debrief-screen-leave-out-of-pid = Leave it out of the PID
debrief-screen-write-into-pid = Write it into the PID
debrief-screen-another-date = { $weeks ->
    [one] Promise another date (was 1 week)
   *[other] Promise another date (was { $weeks } weeks)
}
debrief-screen-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
debrief-screen-replay = Replay delivery
debrief-screen-replay-hover = Same seed, same weekly decisions (those still possible), from the handoff on.

## The Discuss tab and facilitator mode

debrief-screen-questions-for-the-room = Questions for the room
debrief-screen-facilitator-mode = Facilitator mode
debrief-screen-facilitator-hover = One question at a time, large, for a projector. Arrow keys move on.
debrief-screen-question-of = Question { $number } of { $total }
debrief-screen-all-questions = All questions

## The retrospective (the Two roles tab)

debrief-screen-retro-hint = A few words
debrief-screen-retro-keys = Tab moves into the answers and on to the button; Enter presses it.
# Characters used of the most allowed: "12 / 280".
debrief-screen-chars-used = { $used } / { $max }
debrief-screen-change-answers = Change my answers
debrief-screen-save-answers = Save my answers
debrief-screen-saved = ✔ Saved

## The what-if comparison's rows

debrief-screen-row-signs = Client signs
debrief-screen-row-score = Score
debrief-screen-row-weeks = Weeks
debrief-screen-row-weeks-late = Weeks late
debrief-screen-row-margin = Margin
debrief-screen-row-satisfaction = Client satisfaction
debrief-screen-row-renewal = Renewal chance
debrief-screen-row-morale = Team morale
debrief-screen-row-commission = Commission
debrief-screen-yes = yes
debrief-screen-no = no
# Weeks taken against weeks agreed: "11 (9 agreed)".
debrief-screen-weeks-agreed = { $actual } ({ $agreed } agreed)

## Labels the debrief's views show as they are

debrief-screen-export-html = Export HTML
debrief-screen-export-markdown = Export Markdown
debrief-screen-rubric = Rubric
debrief-screen-pass = PASS
debrief-screen-fail = FAIL
debrief-screen-pacing = Pacing
debrief-screen-promises = Promises
debrief-screen-what-if-button = What if…
debrief-screen-what-if = What if
debrief-screen-previous = Previous
debrief-screen-next = Next
# The pacing chart's horizontal axis: the answers in order.
debrief-screen-axis-answer = answer
debrief-screen-legend-depth-chosen = depth you chose
debrief-screen-legend-too-deep = too deep
debrief-screen-legend-too-shallow = too shallow
