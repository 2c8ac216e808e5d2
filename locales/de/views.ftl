# Words the game's views draw that are not sentences of a wording module (buttons, legends).

# Der Bildschirm der Nachbesprechung (src/game/views/debrief).
views-export-html = Als HTML exportieren
views-export-markdown = Als Markdown exportieren
views-pause = Pause
views-tab-outcome = Ergebnis
views-tab-promises = Versprechen
views-tab-pacing = Tempo
views-tab-what-if = Was wäre, wenn
views-tab-discuss = Besprechen
views-tab-two-roles = Zwei Rollen
views-rubric = Bewertungsraster
views-promises = Versprechen
views-pacing = Tempo
views-what-if = Was wäre, wenn
views-what-if-button = Was wäre, wenn…
views-previous = Zurück
views-next = Weiter
views-answer-axis = Antwort

# Umsetzung (src/game/views/delivery).
views-burn-up-card = Burn-up-Diagramm: erledigte Arbeit gegenüber der gesamten Arbeit
views-backlog-card = Backlog, in Personentagen
views-client = Kunde
views-team = Team
views-fatigue = Erschöpfung:
views-week-axis = Woche
views-person-days-axis = Personentage
views-done = Erledigt

# Das Pausenmenü, das Titelmenü und die übrigen Bildschirme.
views-resume = Fortsetzen
views-settings = Einstellungen
views-paused = Pausiert
views-done-button = Fertig
views-on = An
views-off = Aus
views-progress = Fortschritt
views-about = Über
views-quit = Beenden
views-save = Speichern
views-licences = Lizenzen
views-query = Hinterfragen
views-dismiss = Schließen
views-handoff = Übergabe
views-new = Neu
