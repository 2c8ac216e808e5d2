# The menus: the title screen, the scenario picker, the about page, the progress page, the pause
# and settings menus (src/wording/menus.rs).

## The title screen
menus-tagline = Sell it. Hand it over. Deliver it. See which promise did what.
menus-game-in-progress = { $title } ({ $decisions ->
    [one] 1 decision
   *[other] { $decisions } decisions
} in)
menus-continue = Continue: { $game }
menus-about-saved-game = About your saved game
menus-title-none-ready = No scenario is ready to play
menus-title-ready = { $playable ->
    [one] 1 scenario
   *[other] { $playable } scenarios
} ready
menus-title-broken = { $line } · { $broken ->
    [one] 1 file
   *[other] { $broken } files
} with problems (listed under New game)
menus-title-keys = Keys: number keys choose · Enter confirms · Esc pauses a game

## The scenario picker
menus-picker-none-ready = No scenario is ready to play yet
menus-picker-ready = { $playable ->
    [one] 1 scenario
   *[other] { $playable } scenarios
} ready
menus-picker-ready-broken = { $playable } ready · { $broken ->
    [one] 1 file
   *[other] { $broken } files
} with problems
menus-client-sector = { $client } · { $sector }
menus-minutes-chip = { $minutes } min
menus-nothing-to-play = Nothing to play yet
menus-how-to-add = Put a *.scenario.ron file into a levels folder, or fix the files listed on the left. The list updates by itself when a file changes.
menus-scenario-shape = { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
} to win the deal, then the handoff and delivery · about { $minutes } minutes
menus-in-folder = in { $folder }
menus-and-more = …and { $n } more

## The about page
menus-version = Version { $version }
menus-shipped-levels-dir = Shipped levels: read from { $dir } (files on disk win over the { $builtin } built-in ones)
menus-shipped-levels-builtin = Shipped levels: the { $builtin } built into this program
menus-data-folder-holds = Settings, the autosave, exported debriefs (exports/) and your own levels (levels/) live here.
menus-data-folder-will-hold = Created on the first save. Settings, the autosave, exported debriefs (exports/) and your own levels (levels/) will live here.
menus-no-data-for-progress = No data folder: progress is not kept.
menus-no-data-for-results = No data folder: the results settings cannot be kept.
menus-no-data-folder = No data folder could be found: nothing is saved. Start the game with --data-dir DIR or set OVERPROMISE_DATA_DIR.

## The progress page
menus-progress-subtitle = What you have played, passed and practised
menus-progress-damaged = A progress file was damaged
menus-no-runs-yet = None yet: choose Assessed on a briefing to record a run.
menus-played-line = { $role } · best { $best } on { $date } · { $runs ->
    [one] 1 run
   *[other] { $runs } runs
}
menus-first-passed = { $scenario } · first on { $date }
menus-pseudonym-note = The account id is a pseudonym: results never carry your email unless you write one here.
menus-no-statement-waiting = No statement waiting to be sent.
menus-statements-waiting = { $n ->
    [one] 1 statement
   *[other] { $n } statements
} waiting to be sent.

## The pause and settings menus
menus-saved-after-every-decision = Your game is saved after every decision.
menus-scale-range = From { $smallest } to { $largest }. Larger suits a projector at the back of the room.
menus-support-default = Where every briefing starts. { $blurb }

## Headings and captions
menus-new-game = New game
menus-join-workshop = Join a workshop
menus-host-workshop = Host a workshop
menus-back-to-title = Back to title
menus-choose-scenario = Choose a scenario
menus-read-briefing = Read the briefing
menus-files-with-problems = Files with problems
menus-what-it-teaches = What it teaches
menus-about-title = About Overpromise
menus-where-things-are = Where things are
menus-data-folder = Data folder
menus-font-licence = DejaVu fonts licence
menus-licence-note = · { $note }
menus-scenarios-played = Scenarios played (assessed runs)
menus-checks-passed = Rubric checks passed at least once
menus-none-yet = None yet.
menus-check-passed = ✔ { $check }
menus-drills = Pitch-pacing drills
menus-results-heading = Results for a learning system
menus-send-now = Send now
menus-to-title-screen = Back to the title screen
menus-size-heading = Size of text and controls
menus-smaller = Smaller
menus-larger = Larger
menus-high-contrast = High contrast
menus-high-contrast-what = White on black with yellow highlights.
menus-coach-mode = Coach mode
menus-coach-mode-what = Show the numbers behind the cues: trust, readiness, patience, promises an answer makes.
menus-support-for-the-room = Support for the room
menus-guide-again = Show the guide again
menus-guide-again-what = The guide points at what to read in your next practice game of the first scenario.
menus-language = Language
menus-language-what = The game's words, the reports and the levels that have a translation. The system's language when not chosen.
menus-system-language = System ({ $language })
menus-back = Back
menus-settings-not-saved = Your settings could not be saved: { $error }.
