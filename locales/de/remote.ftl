# Die Texte von src/wording/remote.rs.

remote-waiting-before-meeting = Vor dem nächsten Termin
remote-waiting-invite = { $seller } entscheidet, wer aus der Umsetzung an diesem Termin teilnimmt.
remote-waiting-a-meeting = Ein Termin
remote-waiting-beat = { $seller } ist in einem Termin, an dem Sie nicht teilnehmen. Was dort versprochen wird, erfahren Sie nur, wenn es in der PID steht.
remote-waiting-handoff-heading = Die Übergabe
remote-waiting-handoff = { $seller } schreibt das Projektdokument (PID). Sie prüfen es vor dem Kickoff: Sie können jeden Punkt hinterfragen oder einen Termin zur Neuplanung verlangen.
remote-waiting-review-heading = Die Prüfung der PID
remote-waiting-review = { $lead } prüft Ihre PID und kann einen Punkt hinterfragen oder einen Termin zur Neuplanung verlangen.
remote-waiting-delivery-heading = Umsetzung
remote-waiting-delivery = Die Umsetzung läuft: { $lead } steuert sie Woche für Woche.
remote-waiting-over-heading = Das Spiel ist vorbei
remote-waiting-over = Die Moderation zeigt die gemeinsame Nachbesprechung.
remote-waiting-heading = Warten
remote-waiting-other = Warten auf die andere Rolle.

remote-pushed-client-escalates = Die Moderation hat ein Ereignis ausgelöst: Der Kunde eskaliert. Das Vertrauen sinkt bei allen Personen des Kunden.
remote-pushed-name-client-escalates = Der Kunde eskaliert

remote-phase-plan = Kampagnenplanung
remote-phase-invite = Vor dem Termin: { $meeting }
remote-phase-beat = Termin: { $meeting }
remote-phase-handoff = PID wird geschrieben
remote-phase-review = PID wird geprüft
remote-phase-delivery = Umsetzung
remote-phase-over = Beendet

remote-retro-invitation = Jeweils ein paar Worte, dann besprechen Sie es an Ihrem Tisch. Die Moderation zeigt die Antworten aller Tische in der gemeinsamen Nachbesprechung.

remote-back-to-table = Zurück zum Tisch
remote-briefing = Briefing
remote-workshop = Workshop
remote-seat-subtitle = { $seat } · Tisch { $table } · { $link }
remote-timer = { $label } { $minutes }:{ $seconds }
remote-paused = Von der Moderation pausiert
remote-sending = Wird gesendet…
remote-leave = Workshop verlassen
remote-leave-sure = Platz verlassen? Dieser Laptop behält sein Token und kann den Platz durch erneutes Beitreten zurückbekommen.
remote-leave-yes = Ja, verlassen
remote-stay = Bleiben
remote-seat-freed-seller = Die Moderation hat den Platz des Vertriebs an diesem Tisch freigegeben: Ein anderer Laptop kann ihn jetzt übernehmen.
remote-seat-freed-delivery-lead = Die Moderation hat den Platz der Projektleitung an diesem Tisch freigegeben: Ein anderer Laptop kann ihn jetzt übernehmen.
remote-seat-freed = Die Moderation hat einen Platz an diesem Tisch freigegeben: Ein anderer Laptop kann ihn jetzt übernehmen.
remote-broadcast = Von der Moderation: { $text }
remote-gate-closed = Die Moderation hält jeden Tisch vor der Umsetzung an, bis alle unterschrieben haben.
remote-joining = Beitritt zum Tisch…
remote-not-connected = Nicht verbunden
remote-back-to-join = Zurück zum Beitrittsformular
remote-retrospective = Retrospektive
remote-result-won = Der Auftrag wurde gewonnen.
remote-result-lost = Der Auftrag ging verloren.
remote-result-over = Das Spiel ist vorbei.
remote-commission = Ihre Provision: { $commission }
remote-see-projector = Die Moderation zeigt die gemeinsame Nachbesprechung am Projektor.
remote-ledger-revealed = Das Zusagenbuch des Vertriebs, aufgedeckt
remote-left-out-of-pid = { $promise } (nicht in der PID)
remote-connected = Verbunden
remote-joining-link = Verbunden, Beitritt läuft…
remote-connecting = Verbindung wird aufgebaut…
remote-connecting-again = Verbindung wird aufgebaut… (Versuch { $attempt })
remote-reconnecting = Verbindung verloren ({ $reason }); neuer Versuch in { $seconds } s
remote-token-not-kept = Das Token dieses Platzes konnte nicht im Datenordner gespeichert werden ({ $why }): Wenn das Spiel geschlossen wird, bitten Sie die Moderation, den Platz freizugeben.
remote-host-newer = Dieses Spiel spricht Workshop-Protokoll { $ours }, der Host spricht { $host }: Aktualisieren Sie dieses Spiel auf die Version des Hosts, um beizutreten.
remote-host-older = Dieses Spiel spricht Workshop-Protokoll { $ours }, der Host spricht { $host }: Auf dem Host läuft ein älteres Overpromise; bitten Sie die Moderation, es zu aktualisieren, oder installieren Sie die Version des Hosts.
