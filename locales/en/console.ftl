# The wording of src/wording/console.rs.

console-console-title = Workshop console
console-leave-console = Leave the console
console-tables-tab = Tables
console-class-debrief = Class debrief
console-fetching-board = Fetching the class debrief from the host…
console-waiting-for-host = Waiting for the host's first report…
console-no-table-joined = No table has joined yet.
console-seller-short = S
console-lead-short = D
console-both-short = S+D
console-observer-short = O
console-facilitator-short = F
console-devices-key = Devices: ● connected, ○ dropped (it rejoins with its token, even after a restart; "Free" lets a new laptop take a seat whose laptop is gone). S seller, D delivery lead, O observer.
console-free-seat = Free
console-release = Release
console-pace = Pace
console-timer-minutes = Timer (min)
console-start = Start
console-stop = Stop
console-stage = Stage
console-tell-the-room = Tell the room
console-broadcast-hint = Five minutes left for the PID
console-broadcast = Broadcast
console-push-to = Push to
console-every-table = every table
console-import-table = Import an offline table
console-table-name = Table name
console-result-file = Result file on this device
console-result-file-hint = /home/me/exports/first_client-seed-7.md
console-import = Import
console-facilitator-key = Facilitator key
console-key-needed = The console needs the facilitator key that the host printed when it started (on its "Console" line). Devices at the tables never see it.
console-key-wrong = That is not this workshop's facilitator key, so the console stays closed. Copy the key, or the whole console address, from the host's window.
console-no-key = This host could not make a facilitator key (the system gave it no randomness), so no browser gets the console: open it in the game instead.
console-console-needs-script = The console needs JavaScript: turn it on for this page.
console-console-lost = Connection to the host lost: trying again…
console-controls = Controls
console-timer-off = No timer running.
console-result-file-browser = Result file (an exported debrief, a save file or a script)
console-board-page = Open the class debrief board
console-board-csv = Download the class debrief (CSV)
console-done = Done.
console-join-title = Join a workshop
console-join-subtitle = The facilitator's screen shows the address and the room code.
console-join = Join
console-not-joined = Not joined
console-no-connection = No connection at all? Guest Wi-Fi often keeps devices apart: play the level alone from New game, export the result at the debrief, and give the file to the facilitator, who imports it into the class debrief.
console-host-address = Host address
console-address-hint = 192.168.1.20:7878
console-room-code = Room code
console-code-hint = as on the projector
console-your-role = Your role
console-table-hint = Table 3
console-seller-help = You run the meetings, make the promises and write the PID. Your table's delivery lead joins on their own device.
console-lead-help = You sit in the meetings you are invited to, flag answers, review the PID and run delivery.
console-both-help = Two of you share this device (a hot seat): it plays both roles, with a curtain between the seats, and reports the table's decisions to the host.
console-observer-help = You watch a table as its delivery lead sees it, and decide nothing.
console-facilitator-help = The console: every table's progress, the timers and gates, broadcasts and the class debrief. It needs the facilitator key the host printed at start; no table name.
console-type-the-code = Type the room code shown on the facilitator's screen.
console-code-shape = A room code is a few letters and digits, as on the projector.
console-name-your-table = Name your table (the same name on both devices of the table).
console-host-title = Host a workshop
console-start-host = Start the host
console-open-console = Open the console
console-stop-workshop = Stop the workshop
console-host-failed = The host did not start
console-address = Address
console-port = Port
console-host-note = Only devices with the room code join. The host listens on every network of this device; the workshop's decisions are kept in the data folder, so a restarted host carries on.
console-host-code-shape = A room code is 4 to 32 letters and digits (the host never starts without one).
console-port-shape = The port is a number from 1 to 65535 (7878 unless it is taken).
console-no-level = No playable level: the workshop needs one.
console-no-data-folder = there is no data folder to save into
console-refresh-board = Refresh
console-save-board-csv = Save as CSV
console-save-board-html = Save as a web page
console-role-seller = Seller
console-role-delivery-lead = Delivery lead
console-role-both = Both on this device
console-role-observer = Observer
console-role-facilitator = Facilitator

console-subtitle = Room { $code } · { $address } · { $link }
console-status-playing = { $tables ->
    [one] 1 table
   *[other] { $tables } tables
} · playing
console-status-paused = { $tables ->
    [one] 1 table
   *[other] { $tables } tables
} · PAUSED
console-status-playing-gate = { $tables ->
    [one] 1 table
   *[other] { $tables } tables
} · playing · gate closed before delivery
console-status-paused-gate = { $tables ->
    [one] 1 table
   *[other] { $tables } tables
} · PAUSED · gate closed before delivery
console-column-table = Table
console-column-stage = Stage
console-column-where = Meeting / week
console-column-promises = Promises
console-column-last-decision = Last decision
console-column-devices = Devices
console-table-imported = { $table } (imported)
console-table-hot-seat = { $table } (hot seat)
console-week = week { $week }
console-weeks-taken = { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}
console-seconds-ago = { $seconds } s ago
console-minutes-ago = { $minutes } min ago
console-resume-all = Resume all
console-pause-all = Pause all
console-open-gate = Open the gate
console-close-gate = Wait for all before delivery
console-hide-ledgers = Hide the ledgers
console-reveal-ledgers = Reveal the ledgers
console-hide-ranks = Hide ranks
console-show-ranks = Show ranks
console-board-for-projector = Board for the projector: { $url }
console-table-name-rule = 1 to { $max } letters, digits, spaces, '-' or '_'
console-name-the-import = Name the imported table: { $rule }.
console-unreadable = { $path } cannot be read: { $error }.
console-file-too-large = { $path } is { $kib } KiB; a result file is at most { $limit_kib } KiB.
console-not-text = { $path } is not a text file (a result file is RON text).
console-timer-range = The timer runs 1 to { $max_minutes } minutes.
console-push-to-table = Push to { $table }
console-push-to-every-table = Push to every table
console-free-seat-at = Free seat { $seat } at { $table }
console-release-table = Release { $table }
console-device-connected = { $seat } connected
console-device-dropped = { $seat } dropped
console-table-name-shape = A table name is { $rule }.
console-connection-failed = The connection could not start: { $error }.
console-host-subtitle-running = Tables join from their own devices: Join a workshop, then this address and code.
console-host-subtitle = This device runs the workshop: every table's game, the console and the class debrief.
console-second-screen = Class debrief board for a second screen: { $url } · A table that cannot connect plays offline and gives you its result file to import in the console.
console-console-failed = The console could not connect: { $error }.
console-board-saved = Saved to { $path }
console-board-not-saved = The class debrief could not be saved: { $error }.

console-type-the-key = Type the facilitator key the host printed at start.
