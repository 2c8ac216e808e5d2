# Words the game's views draw that are not sentences of a wording module (buttons, legends).

# Der Bildschirm der Nachbesprechung (src/game/views/debrief).
views-pause = Pause
views-tab-outcome = Ergebnis
views-tab-promises = Versprechen
views-tab-pacing = Tempo
views-tab-what-if = Was wäre, wenn
views-tab-discuss = Besprechen
views-tab-two-roles = Zwei Rollen
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

# Die Berichte (src/report): Text, Markdown und HTML teilen sie; der Textbericht schreibt seine
# Überschriften in Großbuchstaben.
views-report-outcome = Ergebnis
views-report-delivered = { $delivered } von { $sold } Leistungspunkten geliefert{ $unfinished }; { $overtime } Überstunden; { $defects } Fehler vom Kunden gefunden. Gesamtwertung { $score }/100.
views-report-unfinished = , die Arbeit wurde nicht fertig
views-report-weeks = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}
views-report-price = Preis
views-report-refunded = Erstattet (gestrichener Leistungsumfang)
views-report-delivery-cost = Kosten der Umsetzung
views-report-presales-cost = Vertriebskosten
views-report-late-penalty = Verzugsstrafe
views-report-warranty = Gewährleistung
views-report-margin = Marge
views-report-scorecards = Scorecards
views-report-seller = Sicht des Vertriebs
views-report-company = Sicht des Unternehmens
views-report-seller-paid-on = wofür der Vertrieb bezahlt wird
views-report-company-worth = was der Auftrag wert war
views-report-promises = Versprechen: welches Versprechen was bewirkte
views-report-no-promises = Es wurden keine Versprechen gegeben.
views-report-verdict = Urteil: { $verdict }
views-report-broken = GEBROCHEN { $because }
views-report-hidden-needs = Verborgener Bedarf
views-report-no-hidden-needs = Dieses Szenario hat keinen verborgenen Bedarf.
views-report-what-the-client-knew = Was der Kunde wusste
views-report-who = Wer
views-report-what-became-of-it = Was daraus wurde
views-report-delivery = Umsetzung
views-report-burn-up-caption = Burn-up-Diagramm: erledigte Arbeit (durchgezogen) gegenüber dem gesamten Leistungsumfang (gestrichelt), in Personentagen pro Woche. Die rote Linie ist der vereinbarte Termin{ $first_promised }.
views-report-first-promised = ; die graue gepunktete Linie der zuerst versprochene Termin
views-report-burn-up-label = Burn-up-Diagramm: erledigte Arbeit gegenüber dem Leistungsumfang pro Woche
views-report-pacing = Tempo
views-report-pacing-long = Tempo: gewählte Tiefe gegenüber der Bereitschaft jedes Stakeholders
views-report-pacing-caption = Die Tiefe jeder Antwort (schwarze Quadrate) gegenüber der Bereitschaft jedes Stakeholders im Raum (Punkte; hohl, wo die Antwort für sie zu tief oder zu oberflächlich war).
views-report-pacing-label = Tempo: gewählte Tiefe gegenüber der Bereitschaft pro Antwort
views-report-meeting = Termin
views-report-said = Gesagt
views-report-depth = Tiefe
views-report-mark-ok = passt
views-report-mark-too-deep = zu tief
views-report-mark-too-shallow = zu flach
views-report-rubric = Bewertungsraster: { $passed } von { $total } erfüllt
views-report-pass = ERFÜLLT
views-report-fail = NICHT ERFÜLLT
views-report-why-it-matters = Warum es wichtig ist:
views-report-key-moments = Schlüsselmomente
views-report-questions = Fragen für die Nachbesprechung

# Die Szenarioauswahl und das Briefing.
views-introductory = Einstieg
views-intermediate = Fortgeschritten
views-advanced = Anspruchsvoll
views-source-builtin = Eingebaut
views-source-shipped = Mitgeliefert (levels/ auf der Festplatte)
views-source-extra = Zusätzlicher Ordner
views-source-user = Ihre Szenarien
views-concern-cost = Kosten
views-concern-schedule = Zeitplan
views-concern-risk = Risiko
views-concern-quality = Qualität
views-concern-innovation = Innovation
views-assessed-mode = Gewertet: keine Hinweise, Ergebnis wird gespeichert
views-practice-mode = Übung: Hinweise erlaubt

# Der Export auf dem Bildschirm der Nachbesprechung.
views-report-saved = Gespeichert: { $path }
views-report-not-saved = Der Bericht konnte nicht gespeichert werden: { $error }

# Der Fortschrittsbildschirm (src/game/screens/progress.rs).
views-progress-saved = Gespeichert.
views-progress-not-saved = Die Einstellungen für Ergebnisse konnten nicht gespeichert werden: { $error }.
views-progress-no-store = Legen Sie zuerst einen Learning Record Store fest.
views-progress-sending = Wird im Hintergrund gesendet…
views-progress-sent = { $files ->
    [one] 1 Meldungsdatei gesendet.
   *[other] { $files } Meldungsdateien gesendet.
}
views-progress-sent-some = { $sent } gesendet; { $queued } noch in der Warteschlange ({ $why }). Sie werden später gesendet.
views-progress-send-stopped = Das Senden brach unerwartet ab; die Meldungen bleiben in der Warteschlange.
views-progress-assessed-recorded = Gewerteter Durchgang gespeichert: { $passed } von { $total } Kriterien des Bewertungsrasters erfüllt ({ $verdict }).
views-progress-passed = bestanden
views-progress-not-passed-yet = noch nicht bestanden
views-progress-not-recorded = Der gewertete Durchgang konnte nicht gespeichert werden: { $error }.
views-progress-as-seller = Als Vertrieb
views-progress-as-delivery-lead = Als Projektleitung
views-progress-solo = Allein (beide Rollen)

# Die Verbindung zu einem Workshop-Host (src/game/net/client.rs).
views-address-empty = Geben Sie die Adresse des Hosts ein, wie sein Bildschirm sie zeigt (zum Beispiel 192.168.1.20:7878).
views-address-spaces = Eine Adresse enthält keine Leerzeichen.
views-address-scheme = Die Adresse beginnt mit ws://, wss:// oder direkt mit dem Host (192.168.1.20:7878).
views-address-no-host = Die Adresse enthält keinen Hostnamen.
views-address-port = „{ $port }“ ist keine Portnummer (1 bis 65535).
views-link-not-written = Eine Nachricht konnte nicht geschrieben werden: { $error }
views-link-unreachable = Der Host ist nicht erreichbar: { $reason }.
views-link-binary = Der Host hat eine binäre Nachricht gesendet; sie wurde ignoriert.

# Szenarien auf der Festplatte (src/game/levels.rs).
views-level-folder-unreadable = Der Ordner { $folder } konnte nicht gelesen werden: { $error }.
views-level-unreadable = Die Datei konnte nicht gelesen werden: { $error }.
views-level-too-large = Die Datei ist { $size } KB groß; eine Szenariodatei darf höchstens { $limit } KB groß sein.
views-level-too-deep = Zeile { $line }, Spalte { $column }: Klammern sind tiefer als { $limit } Ebenen verschachtelt.
views-level-not-utf8 = Zeile { $line }, Spalte { $column }: Die Datei ist kein UTF-8-Text: { $cause }.
views-level-syntax = Zeile { $line }, Spalte { $column }: { $message }.
views-level-syntax-in = Zeile { $line }, Spalte { $column }: { $message } (beim Lesen von { $field }).
views-level-has-problems = Dieses Szenario kann nicht gespielt werden: Seine Datei hat Fehler.

# Die gemeinsame Nachbesprechung vom Host (src/game/net/board.rs).
views-board-not-fetched-from = Die gemeinsame Nachbesprechung konnte nicht von { $url } abgerufen werden: { $error }.
views-board-not-read = Die gemeinsame Nachbesprechung konnte nicht gelesen werden: { $error }.
views-board-unknown = Diese gemeinsame Nachbesprechung des Hosts kann dieses Spiel nicht lesen: { $error }.
views-board-not-fetched = Die gemeinsame Nachbesprechung konnte nicht abgerufen werden.

# Spielstände und Einstellungen (src/game/save.rs, src/game/prefs.rs).
views-not-saved = Ihr Spiel konnte nicht gespeichert werden ({ $error }). Sie können weiterspielen, es lässt sich später aber nicht fortsetzen.
views-settings-unreadable = Ihre Einstellungsdatei konnte nicht gelesen werden ({ $error }); es gelten die Standardwerte.
# Die Hinweise der Umsetzung und die Legenden der Diagramme.
views-morale-motivated = motiviert
views-morale-steady = stabil
views-morale-low = niedrig, langsamer
views-morale-burning-out = brennt aus
views-fatigue-fresh = frisch
views-fatigue-a-little-tired = etwas müde
views-fatigue-tired = müde: langsamer und mehr Fehler
views-fatigue-exhausted = erschöpft
views-budget-comfortable = komfortabel
views-budget-getting-tight = wird knapp
views-budget-almost-gone = fast aufgebraucht
views-budget-over = über dem Preis: Verlust
views-legend-done = erledigt
views-legend-all-the-work = die gesamte Arbeit
# Der Wiedergabedatensatz am Ende eines exportierten Berichts (src/report/replay.rs).
views-replay-cut-off = der Wiedergabedatensatz des Berichts ist abgeschnitten
views-replay-odd-length = der Wiedergabedatensatz des Berichts ist beschädigt (ungerade Länge)
views-replay-not-hexadecimal = der Wiedergabedatensatz des Berichts ist beschädigt (nicht hexadezimal)
views-replay-not-text = der Wiedergabedatensatz des Berichts ist beschädigt (kein Text)
views-replay-unreadable = der Wiedergabedatensatz des Berichts: { $error }

## Die Diagramme des HTML-Berichts
views-report-axis-depth-readiness = Tiefe / Bereitschaft
views-report-readiness-dot = { $name }: Bereitschaft { $readiness }, { $mark }
views-report-axis-week = Woche
views-report-axis-person-days = Personentage
views-report-agreed-deadline = vereinbarter Termin: Woche { $week }
views-report-week-done = Woche { $week }: { $done } von { $all_work } Personentagen erledigt
