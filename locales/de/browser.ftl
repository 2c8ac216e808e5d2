# The wording of src/wording/browser.rs.

browser-whole-debrief = Die ganze Nachbesprechung: Pitch-Tempo, Schlüsselmomente, Bewertungsraster
