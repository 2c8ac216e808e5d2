# The wording of src/wording/browser.rs.

browser-whole-debrief = The whole debrief: pacing, key moments, rubric
