# The wording of src/wording/browser.rs.

browser-join-subtitle = Type the room code the facilitator shows, your table's name and the seat you take.
browser-table = Table
browser-seat = Seat
browser-needs-script = This seat needs JavaScript: turn it on for this page, or ask the facilitator for a laptop with the game.
browser-keys-hint = Number keys pick a choice, Enter gives it; Tab moves through the buttons.
browser-room = In the room
browser-decide = Your move
browser-promises = Promises made
browser-known = What you know about the client
browser-what-happened = What just happened
browser-patience = Client patience
browser-backlog = Backlog
browser-team = Team
browser-this-week = This week
browser-burnup = Burn-up: work done against all the work
browser-debrief-promises = What became of each promise
browser-track = Meetings
browser-walk-away = Walk away from the deal
browser-send = Send
browser-listening = You listen here: the other role decides.
browser-board-link = Class debrief board
browser-not-on-page = a choice that is no longer on the page

browser-role-name-seller = the seller
browser-role-name-delivery-lead = the delivery lead
browser-now-playing = Now playing: { $name }
browser-person = { $name }, { $role }

browser-whole-debrief = The whole debrief: pacing, key moments, rubric
