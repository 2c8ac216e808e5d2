# Words the game's views draw that are not sentences of a wording module (buttons, legends).

# The debrief screen (src/game/views/debrief).
views-export-html = Export HTML
views-export-markdown = Export Markdown
views-pause = Pause
views-tab-outcome = Outcome
views-tab-promises = Promises
views-tab-pacing = Pacing
views-tab-what-if = What if
views-tab-discuss = Discuss
views-tab-two-roles = Two roles
views-rubric = Rubric
views-promises = Promises
views-pacing = Pacing
views-what-if = What if
views-what-if-button = What if…
views-previous = Previous
views-next = Next
views-answer-axis = answer

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
