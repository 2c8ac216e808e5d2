# The wording of src/wording/workshop.rs.

workshop-protocol-too-old = this device speaks workshop protocol { $device }, older than the host's { $host }: update Overpromise on this device
workshop-protocol-too-new = this device speaks workshop protocol { $device }, newer than the host's { $host }: update Overpromise on the host
workshop-wrong-room = that is not this workshop's room code: check the code on the facilitator's screen
workshop-slow-down = too many wrong room codes from this address: wait { $seconds } seconds before trying again
workshop-malformed = the message could not be read ({ $detail }); nothing changed
workshop-hello-timeout = no hello within { $seconds } seconds: the connection is closed
workshop-stale = decision { $seq } is not newer than the last one applied from this seat ({ $last }): nothing changed; number the next one above { $last }
workshop-seat-taken-back = your seat at table "{ $table }" was taken by another connection (its token, or the facilitator freed it); this one is closed
workshop-no-such-seat = no device was given that seat at table "{ $table }": nothing to free
workshop-too-large = the message is too large ({ $size }, the limit is { $limit } bytes); nothing changed
workshop-not-joined = say hello first: the room code, the table and the seat
workshop-already-joined = this device has already joined; reconnect to change table or seat
workshop-seat-taken = the { $seat } seat at table "{ $table }" is already taken: the device that took it can rejoin with its token
workshop-bad-token = that token does not belong to any seat at table "{ $table }"
workshop-wrong-mode-imported = table "{ $table }" was played offline and imported: join it as an observer
workshop-wrong-mode-hot-seat = table "{ $table }" is played by one device in both roles (a hot seat): join it as an observer
workshop-wrong-mode-two-devices = table "{ $table }" is played by two devices, a seller and a delivery lead: join one of those seats

workshop-seat-seller = seller
workshop-seat-delivery-lead = delivery lead
workshop-seat-hot-seat = hot seat
workshop-wrong-seat-seller = that is the seller's decision, and this device does not hold that seat; nothing changed
workshop-wrong-seat-delivery-lead = that is the delivery lead's decision, and this device does not hold that seat; nothing changed
workshop-session-over = the session is over; nothing changed
workshop-not-your-turn = it is not your turn: the table waits for { $who }; nothing changed
workshop-the-seller = the seller
workshop-the-delivery-lead = the delivery lead
workshop-and = { $first } and { $second }
workshop-illegal = { $action } is not possible now: { $refusal }; nothing changed
workshop-unknown-id = { $detail }; nothing changed
workshop-paused = the facilitator has paused the workshop: wait for them to resume; nothing changed
workshop-gate-closed = the facilitator waits for every table to sign before delivery starts: wait, or ask to be released; nothing changed
workshop-not-facilitator = only the facilitator's console can do that
workshop-observer = an observer watches the table and decides nothing
workshop-import-failed = the result file could not be imported: { $detail }
workshop-no-such-table = there is no table "{ $table }" in this workshop
workshop-storage = the host could not write to disk ({ $detail }); it will not survive a restart: tell the facilitator
workshop-push-refused = table "{ $table }" has finished: nothing can be pushed to it

workshop-column-rank = Rank
workshop-column-table = Table
workshop-column-deal = Deal
workshop-column-commission = Commission
workshop-column-margin = Margin
workshop-column-satisfaction = Satisfaction
workshop-column-weeks-late = Weeks late
workshop-column-promises-made = Promises made
workshop-column-promises-kept = Promises kept
workshop-column-pacing-match = Pacing match
workshop-column-source = Source
workshop-column-promise = Promise
workshop-column-in-the-pid = In the PID
workshop-column-verdict = Verdict
workshop-column-what-it-did = What it did to the deal
workshop-column-role = Role
workshop-column-went-wrong = What went wrong for me
workshop-column-needed = What I needed from the other role
workshop-column-promised = Promised to the client
workshop-column-agreed = Agreed by the end
workshop-column-delivered = Delivered in
workshop-column-late-penalty = Late penalty
workshop-section-tables = Tables side by side
workshop-section-deadlines = Deadlines: promised, agreed, delivered
workshop-section-promises = Promise by promise
workshop-section-retrospectives = Retrospectives

workshop-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
workshop-no-penalty = none
workshop-in-pid-yes = yes
workshop-in-pid-no = no
workshop-effect-same-length = same length
workshop-effect-sooner = { $weeks ->
    [one] 1 week sooner
   *[other] { $weeks } weeks sooner
}
workshop-effect-later = { $weeks ->
    [one] 1 week later
   *[other] { $weeks } weeks later
}
workshop-effect = margin { $margin }, { $weeks }, satisfaction { $satisfaction }
workshop-name-the-seat = a hot-seat device holds both seats: name the seat the retrospective is from
workshop-both-roles = Seller and delivery lead
workshop-imported-tables = Played offline and imported: { $tables }.
workshop-not-promised = Finished without this promise: { $tables }.
workshop-role-seller = Seller
workshop-role-delivery-lead = Delivery lead
workshop-board-title = Class debrief: { $scenario }
workshop-still-playing = still playing ({ $phase })
workshop-source-imported = offline, imported
workshop-source-host = at the host
workshop-deal-lost = lost
workshop-ranks-hidden = Ranks are hidden by the facilitator.
workshop-no-table-yet = No table yet.
workshop-table-log-not-started = its decision log could not be started

workshop-facilitator-key-needed = The console needs the facilitator key the host printed at start (the room code alone is not enough).

## What `overpromise host` prints
workshop-host-banner = Overpromise workshop host

    Join at   { $ws }
    Browsers  { $browsers }
    Board at  { $board }
    Room code { $code }
workshop-host-console = Console   { $url }
    {"          "}(the facilitator's console in a browser: keep this address to yourself)
workshop-host-decisions-kept = Decisions are kept in { $dir } ({ $tables ->
    [one] 1 table
   *[other] { $tables } tables
} resumed).
workshop-host-stop = Stop with Ctrl-C.
