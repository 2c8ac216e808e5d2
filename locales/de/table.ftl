# Die Texte von src/wording/table.rs.

table-why-seller-handoff = { $seller_capital } schreibt das Projektdokument (PID) und hat dabei das Zusagenbuch vor sich. { $lead_capital } liest nur die PID: Was darin fehlt, erfährt { $lead } nicht.
table-why-seller-invite = { $seller_capital } bereitet den nächsten Termin vor und wählt, wer aus der Umsetzung mitkommt. Ist niemand aus der Umsetzung im Raum, erfährt { $lead } nichts von dem, was dort versprochen wird.
table-why-seller-meeting = { $seller_capital } führt diesen Termin mit dem Kunden; wer aus der Umsetzung mitkommt, steht hier nicht zur Wahl. Ist niemand aus der Umsetzung im Raum, erfährt { $lead } nichts von dem, was dort versprochen wird.
table-why-lead-review = { $seller_capital } hat die PID übergeben. { $lead_capital } liest sie (nie das Zusagenbuch) und kann vor dem Kickoff einen Punkt hinterfragen, einen Termin zur Neuplanung mit dem Kunden verlangen oder sie annehmen.
table-why-lead-delivery = { $lead_capital } steuert die Umsetzung Woche für Woche. Was in der PID fehlt, kann als Überraschung auftauchen, mit dem Namen der Person, die es versprochen hat.
table-pass-screen = Geben Sie den Bildschirm an { $taker } weiter
table-look-away = { $other_capital }, bitte schauen Sie weg, bis { $taker } den Bildschirm zurückgibt.
table-show-my-screen = Ich bin { $taker }: meinen Bildschirm zeigen
table-why-over = Das Projekt ist abgeschlossen. { $seller_capital } und { $lead } setzen sich zur Nachbesprechung zusammen: beide Scorecards, das Zusagenbuch neben der PID, die Beanstandungen und eine kurze Retrospektive.
table-why-together = { $lead_capital } sitzt in diesem Termin. Sie sehen beide die Notizen der Projektleitung zu den Antworten; { $lead } kann eine Antwort beanstanden, bevor { $seller } sie gibt, und { $seller } entscheidet weiterhin.
table-both-sit = Setzen Sie sich beide vor den Bildschirm
table-both-continue = Wir sind beide da: weiter
table-both-names = { $seller } und { $lead }

table-note-estimate = { $item } ist { $team } Tage Arbeit, nicht die { $said }, mit denen kalkuliert wurde.
table-note-claim = „{ $claim }“ können wir so nicht liefern.
table-note-deadline = Wir brauchen { $team } Wochen, nicht { $said }.
table-flag-estimate = Schätzung beanstanden
table-flag-claim = Aussage beanstanden
table-flag-date = Liefertermin beanstanden
table-flagged = Beanstandet von { $by }: { $note }
table-queried-commitment = Hinter diesem Punkt steht keine Schätzung: Er ist eine Zusage, keine in Tagen kalkulierte Arbeit.
table-queried-same = Kalkuliert mit { $priced } Tagen; die Schätzung des Teams ist gleich.
table-queried = Kalkuliert mit { $priced } Tagen; die Schätzung des Teams liegt bei { $team } Tagen ({ $difference }).
table-rebaseline-repriced = { $item } wird zur Schätzung des Teams neu kalkuliert
table-rebaseline-taken-back = das Versprechen wird zurückgenommen
table-rebaseline = Neuplanung: { $what }. Kostet { $trust } Vertrauen bei jedem Stakeholder und { $share } % der Provision des Vertriebs.
table-promises-heard-only = { $lead } hört nur die Versprechen, die gegeben wurden, während die Umsetzung im Raum war.
table-hot-seat = Gemeinsames Gerät
table-curtain-keys = Eingabe oder Leertaste: weiter.
