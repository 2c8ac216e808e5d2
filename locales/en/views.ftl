# Words the game's views draw that are not sentences of a wording module (buttons, legends).

# The debrief screen (src/game/views/debrief).
views-pause = Pause
views-tab-outcome = Outcome
views-tab-promises = Promises
views-tab-pacing = Pacing
views-tab-what-if = What if
views-tab-discuss = Discuss
views-tab-two-roles = Two roles
# Delivery (src/game/views/delivery).
views-burn-up-card = Burn-up: work done against all the work
views-backlog-card = Backlog, in person-days
views-client = Client
views-team = Team
views-fatigue = Fatigue:
views-week-axis = week
views-person-days-axis = person-days
views-done = Done

# The pause menu, the title menu and the other screens.
views-resume = Resume
views-settings = Settings
views-paused = Paused
views-done-button = Done
views-on = On
views-off = Off
views-progress = Progress
views-about = About
views-quit = Quit
views-save = Save
views-licences = Licences
views-query = Query
views-dismiss = Dismiss
views-handoff = Handoff
views-new = New

# The reports (src/report): text, Markdown and HTML share these; the text report writes its
# headings in capitals.
views-report-outcome = Outcome
views-report-delivered = { $delivered } of { $sold } scope items delivered{ $unfinished }; { $overtime } of overtime; { $defects } defects found by the client. Overall score { $score }/100.
views-report-unfinished = , the work was not finished
views-report-weeks = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
views-report-price = Price
views-report-refunded = Refunded (dropped scope)
views-report-delivery-cost = Delivery cost
views-report-presales-cost = Presales cost
views-report-late-penalty = Late penalty
views-report-warranty = Warranty
views-report-margin = Margin
views-report-scorecards = Scorecards
views-report-seller = The seller's
views-report-company = The company's
views-report-seller-paid-on = what sales is paid on
views-report-company-worth = what the deal was worth
views-report-promises = Promises: which promise caused what
views-report-no-promises = No promises were made.
views-report-verdict = Verdict: { $verdict }
views-report-broken = BROKEN { $because }
views-report-hidden-needs = Hidden needs
views-report-no-hidden-needs = This scenario has no hidden needs.
views-report-what-the-client-knew = What the client knew
views-report-who = Who
views-report-what-became-of-it = What became of it
views-report-delivery = Delivery
views-report-burn-up-caption = Burn-up: work done (solid) against total scope (dashed), in person-days per week. The red line is the agreed deadline{ $first_promised }.
views-report-first-promised = ; the grey dotted line the deadline first promised
views-report-burn-up-label = Burn-up: work done against scope per week
views-report-pacing = Pacing
views-report-pacing-long = Pacing: depth chosen against each stakeholder's readiness
views-report-pacing-caption = Each answer's depth (black squares) against the readiness of each stakeholder in the room (dots; hollow where the answer was too deep or too shallow for them).
views-report-pacing-label = Pacing: depth chosen against readiness per answer
views-report-meeting = Meeting
views-report-said = Said
views-report-depth = Depth
views-report-mark-ok = ok
views-report-mark-too-deep = too deep
views-report-mark-too-shallow = too shallow
views-report-rubric = Rubric: { $passed } of { $total } passed
views-report-pass = PASS
views-report-fail = FAIL
views-report-why-it-matters = Why it matters:
views-report-key-moments = Key moments
views-report-questions = Questions for the debrief

# The picker and the briefing.
views-introductory = Introductory
views-intermediate = Intermediate
views-advanced = Advanced
views-source-builtin = Built-in
views-source-shipped = Shipped (levels/ on disk)
views-source-extra = Extra folder
views-source-user = Your levels
views-concern-cost = Cost
views-concern-schedule = Schedule
views-concern-risk = Risk
views-concern-quality = Quality
views-concern-innovation = Innovation
views-assessed-mode = Assessed: no hints, result recorded
views-practice-mode = Practice: hints allowed

# The debrief screen's export.
views-report-saved = Saved { $path }
views-report-not-saved = Could not save the report: { $error }

# The progress screen (src/game/screens/progress.rs).
views-progress-saved = Saved.
views-progress-not-saved = The results settings could not be saved: { $error }.
views-progress-no-store = Set a learning record store first.
views-progress-sending = Sending in the background…
views-progress-sent = { $files ->
    [one] Sent 1 statement file.
   *[other] Sent { $files } statement files.
}
views-progress-sent-some = Sent { $sent }; { $queued } still queued ({ $why }). They will be sent later.
views-progress-send-stopped = Sending stopped unexpectedly; the statements stay queued.
views-progress-assessed-recorded = Assessed run recorded: { $passed } of { $total } rubric checks passed ({ $verdict }).
views-progress-passed = passed
views-progress-not-passed-yet = not passed yet
views-progress-not-recorded = The assessed run could not be recorded: { $error }.
views-progress-as-seller = As the seller
views-progress-as-delivery-lead = As the delivery lead
views-progress-solo = Alone (both parts)

# The link to a workshop host (src/game/net/client.rs).
views-address-empty = Type the host's address, as its screen shows it (for example 192.168.1.20:7878).
views-address-spaces = An address has no spaces.
views-address-scheme = The address starts with ws://, wss://, or just the host (192.168.1.20:7878).
views-address-no-host = The address has no host name.
views-address-port = "{ $port }" is not a port number (1 to 65535).
views-link-not-written = A message could not be written: { $error }
views-link-unreachable = Cannot reach the host: { $reason }.
views-link-binary = The host sent a binary message; it was ignored.

# Levels on disk (src/game/levels.rs).
views-level-folder-unreadable = The folder { $folder } could not be read: { $error }.
views-level-unreadable = The file could not be read: { $error }.
views-level-too-large = The file is { $size } KB; a scenario file may be at most { $limit } KB.
views-level-too-deep = Line { $line }, column { $column }: brackets are nested more than { $limit } deep.
views-level-not-utf8 = Line { $line }, column { $column }: the file is not UTF-8 text: { $cause }.
views-level-syntax = Line { $line }, column { $column }: { $message }.
views-level-syntax-in = Line { $line }, column { $column }: { $message } (while reading { $field }).
views-level-has-problems = That scenario can't be played: its file has problems.

# The class debrief fetched from the host (src/game/net/board.rs).
views-board-not-fetched-from = The class debrief could not be fetched from { $url }: { $error }.
views-board-not-read = The class debrief could not be read: { $error }.
views-board-unknown = The host's class debrief is not one this game can read: { $error }.
views-board-not-fetched = The class debrief could not be fetched.

# Saves and settings (src/game/save.rs, src/game/prefs.rs).
views-not-saved = Your game could not be saved ({ $error }). You can keep playing, but it will not resume later.
views-settings-unreadable = Your settings file could not be read ({ $error }); the defaults are in use.
# Delivery's cues and the charts' legends.
views-morale-motivated = motivated
views-morale-steady = steady
views-morale-low = low, slower
views-morale-burning-out = burning out
views-fatigue-fresh = fresh
views-fatigue-a-little-tired = a little tired
views-fatigue-tired = tired: slower and more defects
views-fatigue-exhausted = exhausted
views-budget-comfortable = comfortable
views-budget-getting-tight = getting tight
views-budget-almost-gone = almost gone
views-budget-over = over the price: losing money
views-legend-done = done
views-legend-all-the-work = all the work
# The replay record an exported report ends with (src/report/replay.rs).
views-replay-cut-off = the report's replay record is cut off
views-replay-odd-length = the report's replay record is damaged (odd length)
views-replay-not-hexadecimal = the report's replay record is damaged (not hexadecimal)
views-replay-not-text = the report's replay record is damaged (not text)
views-replay-unreadable = the report's replay record: { $error }

## The HTML report's charts
views-report-axis-depth-readiness = depth / readiness
views-report-readiness-dot = { $name }: readiness { $readiness }, { $mark }
views-report-axis-week = week
views-report-axis-person-days = person-days
views-report-agreed-deadline = agreed deadline: week { $week }
views-report-week-done = week { $week }: { $done } of { $all_work } person-days done
