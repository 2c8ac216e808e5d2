# Die Menüs: Titelbild, Szenarioauswahl, Info-Seite, Fortschritt, Pause- und Einstellungsmenü
# (src/wording/menus.rs).

## Das Titelbild
menus-tagline = Verkaufen. Übergeben. Liefern. Sehen, welches Versprechen was bewirkt hat.
menus-game-in-progress = { $title } ({ $decisions ->
    [one] 1 Entscheidung
   *[other] { $decisions } Entscheidungen
} getroffen)
menus-continue = Weiterspielen: { $game }
menus-about-saved-game = Zu Ihrem gespeicherten Spiel
menus-title-none-ready = Kein Szenario ist spielbereit
menus-title-ready = { $playable ->
    [one] 1 Szenario
   *[other] { $playable } Szenarien
} spielbereit
menus-title-broken = { $line } · { $broken ->
    [one] 1 Datei
   *[other] { $broken } Dateien
} mit Problemen (aufgeführt unter Neues Spiel)
menus-title-keys = Tasten: Zifferntasten wählen · Enter bestätigt · Esc pausiert ein Spiel

## Die Szenarioauswahl
menus-picker-none-ready = Noch ist kein Szenario spielbereit
menus-picker-ready = { $playable ->
    [one] 1 Szenario
   *[other] { $playable } Szenarien
} spielbereit
menus-picker-ready-broken = { $playable } spielbereit · { $broken ->
    [one] 1 Datei
   *[other] { $broken } Dateien
} mit Problemen
menus-client-sector = { $client } · { $sector }
menus-minutes-chip = { $minutes } Min.
menus-nothing-to-play = Noch nichts zu spielen
menus-how-to-add = Legen Sie eine *.scenario.ron-Datei in einen Szenario-Ordner oder beheben Sie die links aufgeführten Dateien. Die Liste aktualisiert sich von selbst, wenn sich eine Datei ändert.
menus-scenario-shape = { $meetings ->
    [one] 1 Termin
   *[other] { $meetings } Termine
}, um den Auftrag zu gewinnen, dann Übergabe und Lieferung · etwa { $minutes } Minuten
menus-in-folder = in { $folder }
menus-and-more = …und { $n } weitere

## Die Info-Seite
menus-version = Version { $version }
menus-shipped-levels-dir = Mitgelieferte Szenarien: gelesen aus { $dir } (Dateien auf der Festplatte haben Vorrang vor den { $builtin } eingebauten)
menus-shipped-levels-builtin = Mitgelieferte Szenarien: die { $builtin } in dieses Programm eingebauten
menus-data-folder-holds = Hier liegen die Einstellungen, die automatische Sicherung, exportierte Nachbesprechungen (exports/) und Ihre eigenen Szenarien (levels/).
menus-data-folder-will-hold = Wird beim ersten Speichern angelegt. Hier werden die Einstellungen, die automatische Sicherung, exportierte Nachbesprechungen (exports/) und Ihre eigenen Szenarien (levels/) liegen.
menus-no-data-for-progress = Kein Datenordner: Der Fortschritt wird nicht gespeichert.
menus-no-data-for-results = Kein Datenordner: Die Ergebnis-Einstellungen können nicht gespeichert werden.
menus-no-data-folder = Es wurde kein Datenordner gefunden: Nichts wird gespeichert. Starten Sie das Spiel mit --data-dir ORDNER oder setzen Sie OVERPROMISE_DATA_DIR.

## Die Fortschrittsseite
menus-progress-subtitle = Was Sie gespielt, bestanden und geübt haben
menus-progress-damaged = Eine Fortschrittsdatei war beschädigt
menus-no-runs-yet = Noch keine: Wählen Sie im Briefing „Gewertet“, um einen Durchgang aufzuzeichnen.
menus-played-line = { $role } · bestes Ergebnis { $best } am { $date } · { $runs ->
    [one] 1 Durchgang
   *[other] { $runs } Durchgänge
}
menus-first-passed = { $scenario } · zuerst am { $date }
menus-pseudonym-note = Die Konto-ID ist ein Pseudonym: Ergebnisse enthalten Ihre E-Mail-Adresse nur, wenn Sie hier eine eintragen.
menus-no-statement-waiting = Keine Meldung wartet auf den Versand.
menus-statements-waiting = { $n ->
    [one] 1 Meldung wartet
   *[other] { $n } Meldungen warten
} auf den Versand.

## Pause- und Einstellungsmenü
menus-saved-after-every-decision = Ihr Spiel wird nach jeder Entscheidung gespeichert.
menus-scale-range = Von { $smallest } bis { $largest }. Größer eignet sich für einen Beamer hinten im Raum.
menus-support-default = Hier beginnt jedes Briefing. { $blurb }

## Überschriften und Beschriftungen
menus-new-game = Neues Spiel
menus-join-workshop = An einem Workshop teilnehmen
menus-host-workshop = Einen Workshop ausrichten
menus-back-to-title = Zurück zum Titel
menus-choose-scenario = Szenario wählen
menus-read-briefing = Briefing lesen
menus-files-with-problems = Dateien mit Problemen
menus-what-it-teaches = Was es vermittelt
menus-about-title = Über Overpromise
menus-where-things-are = Wo was liegt
menus-data-folder = Datenordner
menus-font-licence = Lizenz der DejaVu-Schriften
menus-licence-note = · { $note }
menus-scenarios-played = Gespielte Szenarien (gewertete Durchgänge)
menus-checks-passed = Mindestens einmal bestandene Kriterien des Bewertungsrasters
menus-none-yet = Noch keine.
menus-check-passed = ✔ { $check }
menus-drills = Übungen zum Pitch-Tempo
menus-results-heading = Ergebnisse für ein Lernsystem
menus-send-now = Jetzt senden
menus-to-title-screen = Zurück zum Titelbild
menus-size-heading = Größe von Text und Bedienelementen
menus-smaller = Kleiner
menus-larger = Größer
menus-high-contrast = Hoher Kontrast
menus-high-contrast-what = Weiß auf Schwarz mit gelben Hervorhebungen.
menus-coach-mode = Coach-Modus
menus-coach-mode-what = Die Zahlen hinter den Signalen zeigen: Vertrauen, Bereitschaft, Geduld und welche Versprechen eine Antwort gibt.
menus-support-for-the-room = Unterstützung für den Raum
menus-guide-again = Die Anleitung noch einmal zeigen
menus-guide-again-what = Die Anleitung zeigt in Ihrer nächsten Übungsrunde des ersten Szenarios, worauf Sie achten sollten.
menus-language = Sprache
menus-language-what = Die Texte des Spiels, die Berichte und die Szenarien, die eine Übersetzung haben. Ohne Auswahl die Sprache des Systems.
menus-system-language = System ({ $language })
menus-back = Zurück
menus-settings-not-saved = Ihre Einstellungen konnten nicht gespeichert werden: { $error }.
