# The wording of src/wording/browser.rs.

browser-join-subtitle = Geben Sie den Raumcode der Moderation, den Namen Ihres Tisches und Ihren Platz ein.
browser-table = Tisch
browser-seat = Platz
browser-needs-script = Dieser Platz braucht JavaScript: Schalten Sie es für diese Seite ein, oder bitten Sie die Moderation um einen Laptop mit dem Spiel.
browser-keys-hint = Zifferntasten wählen eine Antwort, Enter gibt sie ab; Tab wechselt zwischen den Schaltflächen.
browser-room = Im Raum
browser-decide = Ihr Zug
browser-promises = Gegebene Versprechen
browser-known = Was Sie über den Kunden wissen
browser-what-happened = Was gerade geschah
browser-patience = Geduld des Kunden
browser-backlog = Backlog
browser-team = Team
browser-this-week = Diese Woche
browser-burnup = Burn-up: erledigte Arbeit gegenüber der gesamten Arbeit
browser-debrief-promises = Was aus jedem Versprechen wurde
browser-track = Termine
browser-walk-away = Auf den Auftrag verzichten
browser-send = Senden
browser-listening = Sie hören hier zu: Die andere Rolle entscheidet.
browser-board-link = Tafel der Klassen-Nachbesprechung
browser-not-on-page = eine Antwort, die nicht mehr auf der Seite steht

browser-role-name-seller = der Vertrieb
browser-role-name-delivery-lead = die Projektleitung
browser-now-playing = Jetzt am Zug: { $name }
browser-person = { $name }, { $role }

browser-whole-debrief = Die ganze Nachbesprechung: Pitch-Tempo, Schlüsselmomente, Bewertungsraster
