# The wording of src/wording/script.rs.

script-promise-or-hidden-need = Versprechen oder verborgenes Bedürfnis
script-known-none = {" "}(es hat keine)
script-known = {" "}(bekannt: { $ids })
script-known-some = {" "}(es hat { $count } davon, z.{"\u00a0"}B. { $ids }, ...)
script-list-separator = {", "}
script-nothing-to-flag = in der Antwort „{ $answer }“ kann die Projektleitung jetzt nichts markieren
script-not-a-promise = „{ $id }“ ist ein verborgenes Bedürfnis, kein Versprechen: Nur ein Versprechen kann neu festgelegt werden
script-no-document-now = die PID kann jetzt nicht geschrieben werden
script-now-plan = die Kampagne wird geplant: Allow(meeting, days) und Book(meeting, [roles]) für die Termine { $meetings }, dann ConfirmPlan
script-now-invite = der nächste Termin ist `{ $meeting }` und darf einladen: { $roles } (oder Invite([]), um allein zu gehen)
script-now-beat = der aktuelle Abschnitt ist `{ $beat }` (Termin `{ $meeting }`) und bietet: { $offered }
script-candidate-in = { $key } (drin)
script-now-handoff = die Übergabe läuft: Das Dokument kann { $items } aufnehmen ; dann SubmitPid
script-now-handoff-empty = die Übergabe läuft: Das Dokument kann nichts aufnehmen ; dann SubmitPid
script-now-review = die Projektleitung prüft das Dokument ({ $pid }): Accept, Query(id) oder Rebaseline(id)
script-now-review-empty = die Projektleitung prüft das Dokument (es ist leer): Accept, Query(id) oder Rebaseline(id)
script-quality-choice = Quality(0 bis { $max }, in Schritten von { $step })
script-now-delivery = Umsetzung, Woche { $week }: möglich: { $possible }
script-now-over-won = nichts mehr zu spielen: Die Umsetzung ist beendet
script-now-over-lost = nichts mehr zu spielen: Der Auftrag ging verloren
script-unknown-id = es gibt in diesem Szenario kein Element vom Typ „{ $kind }“ mit der ID „{ $id }“{ $known }
script-not-legal = { $why }; { $now }
script-too-large = das Skript hat { $bytes } Bytes, mehr als die Grenze von { $max } Bytes
script-parse-error = { $origin }:{ $line }:{ $col }: { $problem }
script-step-error = Schritt { $step } `{ $written }`: { $problem }
