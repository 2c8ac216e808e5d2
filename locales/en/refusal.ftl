# The wording of src/wording/refusal.rs.

refusal-session-over = the session is over
refusal-phase-invite = first choose who joins the next meeting
refusal-phase-plan = the campaign is being planned: set the days and bookings, then confirm the plan
refusal-not-in-plan = the plan offers no such choice (a number of days it does not list, or someone that meeting may not invite)
refusal-already-planned = the plan already says so
refusal-phase-beat = a meeting is under way: answer the client
refusal-phase-handoff = the handoff is under way: write the document
refusal-phase-review = the delivery lead is reviewing the document: accept it, query an item or ask to re-baseline a promise
refusal-not-yours-seller = that is the seller's decision
refusal-not-yours-delivery-lead = that is the delivery lead's decision
refusal-two-roles-only = that is possible only when two people play
refusal-not-flaggable = nobody from delivery in the room sees that in this answer, or it is already flagged
refusal-not-in-pid = that is not in the document
refusal-already-asked = that was already asked
refusal-retro-too-long = an answer is { $chars } characters long; a few words, please (at most { $max })
refusal-retro-empty = write at least one of the two answers
refusal-phase-delivery = delivery is under way: decide this week or end it
refusal-not-invitable = only delivery people this meeting may invite can come, each once
refusal-not-offered = that answer is not offered in the current beat
refusal-locked = that answer is offered only when what it requires holds
refusal-not-a-candidate = only promises made and hidden needs found can go into the document
refusal-already-in-pid = it is already in the document
refusal-already-out-of-pid = it is already out of the document
refusal-week-full = no more decisions this week: end the week
refusal-overtime-already-on = overtime is already on
refusal-overtime-already-off = overtime is already off
refusal-quality-at-maximum = testing is already at the { $share } % maximum
refusal-quality-unchanged = testing is already at { $share } %
refusal-quality-not-offered = testing goes from 0 to { $max } % in steps of { $step } %, not { $share } %
refusal-not-for-hire = that person is not one of the possible hires
refusal-already-hired = already on the team
refusal-one-change-a-week = one change request a week
refusal-no-time-requests-left = { $times ->
    [1] the client has been asked for time once already
    [2] the client has been asked for time twice already
   *[other] the client has been asked for time { $times } times already
}
refusal-steps-or = {" or "}
refusal-weeks-not-offered = more time is asked { $steps } weeks at a time, not { $weeks }
refusal-not-in-backlog = that item is not in the backlog
refusal-already-dropped = that item was already dropped
refusal-already-finished = that item is already done
refusal-update-already-planned = an update is already going out this week
refusal-account-manager-already-in = the account manager is already in the reviews

refusal-notice = That can't be done now: { $error }.
refusal-not-now = { $action } is not possible now: { $refusal }
refusal-unknown = { $what } does not exist in this scenario
