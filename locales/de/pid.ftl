# Die Wörter von src/wording/pid.rs.

pid-pid-title = Projektdokument (PID)
pid-need-found = Kundenbedarf, den Sie gefunden haben
pid-hand-over = An die Projektleitung übergeben
pid-ledger-heading = Was Sie dem Kunden gesagt haben
pid-tick-hint = Kreuzen Sie an, was ins Dokument kommt (Zifferntasten oder Klick).
pid-nothing-to-write = Sie haben nichts versprochen und keinen verborgenen Bedarf gefunden.
pid-claim-warned = Ihr Senior Designer hat gewarnt: Diese Aussage hält so nicht.
pid-scope-sold = Verkaufter Leistungsumfang
pid-written-in-heading = Für die Umsetzung festgehalten
pid-nothing-written = Noch nichts: Die Umsetzung plant allein nach dem Leistungsumfang.
pid-left-out = Nicht im Dokument
pid-accept = PID annehmen und Umsetzung beginnen
pid-query-hint = Fragen Sie mit der Zifferntaste oder per Klick nach einem Punkt
pid-heard-heading = Was Sie selbst gehört haben
pid-nothing-promised-there = Dort wurde nichts versprochen.
pid-review-rules = Vor dem Kickoff können Sie zu jedem Punkt einmal nachfragen oder ein Versprechen in einem Termin zur Neuplanung mit dem Kunden zurücknehmen.
pid-empty-document = Das Dokument ist leer: Sie planen allein nach dem Leistungsumfang.
pid-ask-rebaseline = Neuplanung anfragen

pid-client-and-title = { $client } · { $title }
pid-handoff-subtitle = { $client } hat unterschrieben · { $title } · halten Sie fest, was die Umsetzung wissen muss
pid-promised-to = Versprochen an { $stakeholder } im Termin { $meeting }
pid-deal-price = Preis
pid-deal-deadline = Liefertermin
pid-deal-discount = Rabatt
pid-deal-estimate = Schätzung
pid-deal-weeks = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}
pid-deal-discount-value = { $percent } %
pid-deal-no-discount = keiner
pid-deal-person-days = { $days } Personentage
pid-written-in-promises = { $promises } von { $of_promises } Versprechen festgehalten
pid-written-in-promises-and-needs = { $promises } von { $of_promises } Versprechen und { $needs } von { $of_needs } Kundenbedarfen festgehalten
pid-client-need = Kundenbedarf: { $text }
pid-rebaselined-repriced = Neu geplant: zum Schätzwert des Teams neu kalkuliert.
pid-rebaselined-taken-back = Neu geplant: mit dem Kunden zurückgenommen.
pid-review-title = PID-Prüfung · { $lead }
pid-heard-nothing = Sie waren in keinem Termin: Sie wissen nur, was { $seller } aufgeschrieben hat.
pid-handed-you = { $seller } hat Ihnen dieses Dokument übergeben. Haken Sie jetzt nach oder nehmen Sie es an.
