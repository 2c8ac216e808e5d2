# The wording of src/wording/remote.rs.

remote-waiting-before-meeting = Before the next meeting
remote-waiting-invite = { $seller } is deciding who from delivery joins this meeting.
remote-waiting-a-meeting = A meeting
remote-waiting-beat = { $seller } is in a meeting you did not attend. You will hear what was promised there only if it is written into the PID.
remote-waiting-handoff-heading = The handoff
remote-waiting-handoff = { $seller } is writing the project initiation document (PID). You will review it before kickoff: query any item, or ask for a re-baselining meeting.
remote-waiting-review-heading = The PID review
remote-waiting-review = { $lead } is reviewing your PID: they may query an item or ask for a re-baselining meeting.
remote-waiting-delivery-heading = Delivery
remote-waiting-delivery = Delivery is under way: { $lead } runs it week by week.
remote-waiting-over-heading = The game is over
remote-waiting-over = The facilitator shows the class debrief.
remote-waiting-heading = Waiting
remote-waiting-other = Waiting for the other role.

remote-pushed-client-escalates = The facilitator pushed an event: the client escalates. Trust falls across the client's people.
remote-pushed-name-client-escalates = The client escalates

remote-phase-plan = Planning the campaign
remote-phase-invite = Before the meeting: { $meeting }
remote-phase-beat = Meeting: { $meeting }
remote-phase-handoff = Writing the PID
remote-phase-review = Reviewing the PID
remote-phase-delivery = Delivery
remote-phase-over = Over

remote-retro-invitation = A few words each, then talk it through at your table. The facilitator shows every table's answers on the class debrief.

remote-back-to-table = Back to the table
remote-briefing = Briefing
remote-workshop = Workshop
remote-seat-subtitle = { $seat } · table { $table } · { $link }
remote-timer = { $label } { $minutes }:{ $seconds }
remote-paused = Paused by the facilitator
remote-sending = Sending…
remote-leave = Leave the workshop
remote-leave-sure = Leave your seat? This laptop keeps its token and can take the seat back by joining again.
remote-leave-yes = Yes, leave
remote-stay = Stay
remote-seat-freed-seller = The facilitator freed the seller's seat at this table: a new laptop can take it now.
remote-seat-freed-delivery-lead = The facilitator freed the delivery lead's seat at this table: a new laptop can take it now.
remote-seat-freed = The facilitator freed a seat at this table: a new laptop can take it now.
remote-broadcast = From the facilitator: { $text }
remote-gate-closed = The facilitator holds every table before delivery until all have signed.
remote-joining = Joining the table…
remote-not-connected = Not connected
remote-back-to-join = Back to the join form
remote-retrospective = Retrospective
remote-result-won = The deal was won.
remote-result-lost = The deal was lost.
remote-result-over = The game is over.
remote-commission = Your commission: { $commission }
remote-see-projector = The facilitator shows the class debrief on the projector.
remote-ledger-revealed = The seller's ledger, revealed
remote-left-out-of-pid = { $promise } (left out of the PID)
remote-connected = Connected
remote-joining-link = Connected, joining…
remote-connecting = Connecting…
remote-connecting-again = Connecting… (attempt { $attempt })
remote-reconnecting = Connection lost ({ $reason }); trying again in { $seconds } s
remote-token-not-kept = This seat's token could not be kept in the data folder ({ $why }): if the game closes, ask the facilitator to free the seat.
remote-host-newer = This game speaks workshop protocol { $ours }, the host speaks { $host }: update this game to the host's version to join.
remote-host-older = This game speaks workshop protocol { $ours }, the host speaks { $host }: the host runs an older Overpromise; ask the facilitator to update it, or install the host's version.
