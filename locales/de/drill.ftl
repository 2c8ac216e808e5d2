# Die Texte von src/wording/drill.rs.

drill-coach = Coach
drill-standard = Standard
drill-hard = Schwer
drill-blurb-numbers = Bereitschaft und Tiefe stehen als Zahlen neben den Worten.
drill-blurb-words = Lesen Sie den Raum an Worten und Porträts ab.
drill-blurb-timed = Nur Porträts und Stimmung, und { $seconds } Sekunden pro Antwort.
drill-stakeholder = Stakeholder { $number }
drill-depth = Tiefe { $depth }
drill-depth-range = Tiefe { $low } bis { $high }
drill-matched = { $who } war bei Ihnen.
drill-too-deep = Zu tief für { $who }: gewünscht war { $depths }.
drill-too-shallow = Zu oberflächlich für { $who }: gewünscht war { $depths }.
drill-summary-matched = { $matched } von { $answered } Antworten passten zum ganzen Raum ({ $percent } %).
drill-summary-depths = Zu tief { $too_deep }, zu oberflächlich { $too_shallow }; im Schnitt { $seconds } Sekunden pro Antwort.
drill-summary-timed-out = { $times ->
    [one] Die Zeit lief 1-mal ab.
   *[other] Die Zeit lief { $times }-mal ab.
}
drill-cue = { $name } war bei Bereitschaft { $readiness }, bereit für { $depths }
drill-miss-depth = Ihre Antwort auf Tiefe { $depth } passte nicht
drill-miss-time = die Zeit lief ab
drill-best-depth = Eine Antwort auf Tiefe { $depth } hätte für alle gepasst.
drill-no-best = Keine der angebotenen Antworten passte für alle im Raum.
drill-miss = Schritt { $beat }: { $what }. { $cues }. { $best }
drill-cue-separator = {"; "}

drill-title = Übung Pitch-Tempo
drill-subtitle = Passen Sie die Tiefe Ihrer Antwort dem Raum an
drill-result-title = Ergebnis der Übung
drill-intro = Etwa zehn Schritte aus den Szenarien. Lesen Sie den Raum und antworten Sie in der Tiefe, für die er bereit ist.
drill-difficulty-choice = { $name }: { $blurb }
drill-seed = Seed { $seed }
drill-seed-note = Derselbe Seed ergibt dieselbe Übung: Teilen Sie ihn, um zu vergleichen.
drill-new-seed = Neuer Seed
drill-start = Übung starten
drill-see-result = Zum Ergebnis
drill-next-beat = Nächster Schritt
drill-seconds-left = noch { $seconds } s
drill-quoted = „{ $line }“
drill-time-ran-out = Die Zeit ist abgelaufen: Der Raum wartete auf eine Antwort.
drill-with-depth = {"["}{ $depth }] { $text }
drill-another = Noch eine Übung
drill-no-beat-missed = Kein Schritt verfehlt.
drill-beats-missed = Verfehlte Schritte
drill-no-drill-kept = Noch keine Übung gespeichert.
drill-match-rate-over-attempts = Trefferquote (%) über die Versuche
drill-heading = { $difficulty } · Seed { $seed }
drill-personal-best = Persönliche Bestleistung auf { $difficulty }: { $percent } %
drill-best-at = Bestleistung auf { $difficulty }: { $percent } % (Seed { $seed }, { $date })
drill-beat-heading = Schritt { $beat } von { $beats } · { $heading }
drill-no-beats = Kein Szenario der Bibliothek hat einen Schritt mit Antworten unterschiedlicher Tiefe, daher gibt es nichts zu üben.
drill-could-not-start = Die Übung konnte nicht starten: { $detail }.
drill-not-kept-no-folder = Kein Datenordner: Dieses Ergebnis wird nicht gespeichert.
drill-kept-with-problem = In Ihrem Fortschritt gespeichert. { $problem }
drill-kept = In Ihrem Fortschritt und als Ergebnismeldung gespeichert.
drill-could-not-keep = Dieses Ergebnis konnte nicht gespeichert werden: { $detail }.
drill-chart-match-rate = Trefferquote
drill-chart-attempts = Versuche
drill-chart-best = Bestwert
