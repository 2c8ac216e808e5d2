# Die Texte von src/wording/debrief_screen.rs.

## Die obere und die untere Leiste

debrief-screen-title = Nachbesprechung · { $scenario }
debrief-screen-score = Punktzahl { $score }/100
debrief-screen-checks-passed = { $passed } von { $total } Prüfpunkten erfüllt
debrief-screen-html-export-note = Eine eigenständige Seite zum Drucken oder Weitergeben

## Der Reiter Ergebnis

debrief-screen-seller-card = Die Scorecard des Vertriebs
debrief-screen-company-card = Die Scorecard des Unternehmens
debrief-screen-key-moments = Schlüsselmomente

## Der Reiter Versprechen

debrief-screen-no-promise = Es wurde kein Versprechen gegeben. Jede Antwort blieb im Rahmen dessen, was das Angebot schon sagte.
# Wem ein Versprechen gegeben wurde, und wo: „an Sam Pereira · in der Bedarfsanalyse, vom Vertrieb“.
debrief-screen-made-to = an { $to } · { $made }
# Wann eine Folge eintrat, davor: „Woche 4:“.
debrief-screen-when-label = { $when }:
debrief-screen-try-a-change = Eine Änderung an diesem Versprechen auf der Seite „Was wäre, wenn“ ausprobieren
debrief-screen-hidden-needs = Verborgene Bedürfnisse: was der Kunde wusste und nicht sagte
# Wem ein Bedürfnis gehört und was daraus wurde.
debrief-screen-need-line = { $owner } · { $status }

## Der Reiter Pitch-Tempo

debrief-screen-pacing-chart = Tiefe jeder Antwort im Vergleich dazu, wofür der Raum bereit war
debrief-screen-pacing-how-to-read = Jede Linie zeigt, wie bereit eine Person für Details ist (1 Vision … 5 Planungsdetail). Antworten über ihrer Linie gingen zu tief, darunter zu wenig tief.
debrief-screen-missed-heading = Antworten, die den Raum verfehlten
debrief-screen-none-missed = Keine: Jede Antwort holte den Raum dort ab, wo er stand.
debrief-screen-missed-answer = Antwort { $number } · { $meeting } · Tiefe { $depth } ({ $depth_word })
debrief-screen-too-deep-for = Zu tief für { $names }
debrief-screen-too-shallow-for = Zu oberflächlich für { $names }
debrief-screen-ready-for = { $name }: bereit für
debrief-screen-ready-for-legend = { $name } bereit für
# Ein Punkt des Diagramms beim Darüberfahren: der Name der Linie, dann die Antwort und ihr Wert.
debrief-screen-pacing-point =
    { $line }
    Antwort { $answer }: { $level }
debrief-screen-depth-chosen = Von Ihnen gewählte Tiefe
debrief-screen-too-deep-for-someone = Für jemanden zu tief
debrief-screen-too-shallow-for-someone = Für jemanden zu oberflächlich
debrief-screen-words-not-followed = Worte, denen jemand nicht folgen konnte
debrief-screen-words-legend = Worte nicht verstanden

## Der Reiter Was wäre, wenn

debrief-screen-never-handed-over = Was-wäre-wenn-Wiederholungen beginnen bei der Übergabe, und dieser Auftrag wurde nie übergeben.
debrief-screen-pick-a-promise = 1 · Versprechen wählen
debrief-screen-promise-to = { $what } · an { $to }
debrief-screen-what-if-keys = Tasten: ↑ ↓ wählen · D nie gegeben · P Übergabe · W Termin · + − Wochen · Enter spielt ab
debrief-screen-see-what-would-happen = 3 · Sehen, was passiert wäre
debrief-screen-replay-note = Die Wiederholung verwendet denselben Seed und dieselben wöchentlichen Entscheidungen ab der Übergabe und zeigt das Ergebnis neben dem, was wirklich geschah.
debrief-screen-what-would-have-happened = 3 · Was passiert wäre
debrief-screen-column-happened = Was geschah
debrief-screen-column-what-if = Was wäre, wenn
debrief-screen-column-difference = Unterschied
debrief-screen-change-it = 2 · Ändern
debrief-screen-pick-first = Wählen Sie zuerst links ein Versprechen.
debrief-screen-never-make-it = Nie geben
debrief-screen-leave-out-of-pid = Aus dem PID weglassen
debrief-screen-write-into-pid = Ins PID aufnehmen
debrief-screen-another-date = { $weeks ->
    [one] Einen anderen Termin versprechen (bisher 1 Woche)
   *[other] Einen anderen Termin versprechen (bisher { $weeks } Wochen)
}
debrief-screen-weeks = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}
debrief-screen-replay = Lieferung wiederholen
debrief-screen-replay-hover = Gleicher Seed, gleiche wöchentliche Entscheidungen (soweit noch möglich), ab der Übergabe.

## Der Reiter Diskussion und die Moderation

debrief-screen-questions-for-the-room = Fragen an die Runde
debrief-screen-facilitator-mode = Moderationsmodus
debrief-screen-facilitator-hover = Eine Frage nach der anderen, groß, für den Beamer. Mit den Pfeiltasten geht es weiter.
debrief-screen-question-of = Frage { $number } von { $total }
debrief-screen-all-questions = Alle Fragen

## Die Retrospektive (der Reiter Zwei Rollen)

debrief-screen-retro-hint = Ein paar Worte
debrief-screen-retro-keys = Mit Tab gelangen Sie in die Antworten und weiter zur Schaltfläche; Enter löst sie aus.
# Verwendete Zeichen von den höchstens erlaubten: „12 / 280“.
debrief-screen-chars-used = { $used } / { $max }
debrief-screen-change-answers = Meine Antworten ändern
debrief-screen-save-answers = Meine Antworten speichern
debrief-screen-saved = ✔ Gespeichert

## Die Zeilen des Was-wäre-wenn-Vergleichs

debrief-screen-row-signs = Kunde unterschreibt
debrief-screen-row-score = Punktzahl
debrief-screen-row-weeks = Wochen
debrief-screen-row-weeks-late = Wochen Verzug
debrief-screen-row-margin = Marge
debrief-screen-row-satisfaction = Zufriedenheit des Kunden
debrief-screen-row-renewal = Chance auf Folgeauftrag
debrief-screen-row-morale = Moral des Teams
debrief-screen-row-commission = Provision
debrief-screen-yes = ja
debrief-screen-no = nein
# Gebrauchte Wochen gegen vereinbarte: „11 (9 vereinbart)“.
debrief-screen-weeks-agreed = { $actual } ({ $agreed } vereinbart)

## Beschriftungen, die die Ansichten der Nachbesprechung unverändert zeigen

debrief-screen-export-html = Als HTML exportieren
debrief-screen-export-markdown = Als Markdown exportieren
debrief-screen-rubric = Bewertungsraster
debrief-screen-pass = ERFÜLLT
debrief-screen-fail = NICHT ERFÜLLT
debrief-screen-pacing = Pitch-Tempo
debrief-screen-promises = Versprechen
debrief-screen-what-if-button = Was wäre, wenn …
debrief-screen-what-if = Was wäre, wenn
debrief-screen-previous = Zurück
debrief-screen-next = Weiter
# Die waagrechte Achse des Diagramms: die Antworten der Reihe nach.
debrief-screen-axis-answer = Antwort
debrief-screen-legend-depth-chosen = von Ihnen gewählte Tiefe
debrief-screen-legend-too-deep = zu tief
debrief-screen-legend-too-shallow = zu oberflächlich
