# Die Texte von src/wording/what_if.rs.

what-if-title = Was wäre, wenn …
what-if-ask = Was wäre, wenn …
what-if-close = Was-wäre-wenn ausblenden
what-if-sales-intro = Was jede Antwort bewirken würde, nach den Spielregeln an einer Kopie dieses Termins durchgerechnet. Gesagt wird erst etwas, wenn Sie wählen.
what-if-delivery-intro = Wo das Projekt enden würde, wenn Sie diese Entscheidung träfen und danach jede Woche beim aktuellen Stand beendeten – verglichen mit keiner Entscheidung.
what-if-barred-assessed = Kein Was-wäre-wenn in einem gewerteten Durchgang: Er hält fest, was Sie ohne Hilfe entscheiden. Wählen Sie im Briefing einen Übungsdurchgang, um zu fragen, was jede Entscheidung bewirken würde.

# Folgen auf die Provision: „Ihre Provision 1.500, bevor die gelieferte Marge feststeht“.
what-if-note-before-margin = , bevor die gelieferte Marge feststeht
what-if-note-after-quarter = {" "}(er käme erst nach Quartalsende zustande: keine Abschlüsse angerechnet)
what-if-note-before-margin-after-quarter = , bevor die gelieferte Marge feststeht (er käme erst nach Quartalsende zustande: keine Abschlüsse angerechnet)

what-if-pace-matched = folgt Ihnen
what-if-pace-too-deep = zu detailliert
what-if-pace-too-shallow = zu oberflächlich
what-if-trust = Vertrauen { $change }
# Eine Person im Raum und wie sie die Antwort aufnimmt („folgt Ihnen, Vertrauen +3“).
what-if-person = { $name }: { $reactions }
what-if-patience = Geduld des Kunden { $change } (noch { $left })
what-if-presales = Presales-Zeit { $change }
what-if-ledger = Ins Zusagenbuch: { $promises }
what-if-warned = { $claims ->
    [one] Der Senior Designer würde vor 1 Aussage warnen
   *[other] Der Senior Designer würde vor { $claims } Aussagen warnen
}
what-if-facts = { $facts ->
    [one] Sie würden 1 neue Tatsache erfahren
   *[other] Sie würden { $facts } neue Tatsachen erfahren
}
what-if-signs = Der Kunde unterschreibt zu { $price }: Ihre Provision { $commission }{ $note }
what-if-declines = Der Kunde entscheidet sich gegen die Unterschrift (Chance { $chance }): keine Provision
what-if-walks-away = { $name } verliert das Vertrauen und der Kunde steigt aus: kein Auftrag, keine Provision
what-if-runs-out = Dem Kunden geht die Geduld aus und er steigt aus: kein Auftrag, keine Provision

# Eine Zahl, die eine Antwort ändert: „40 % → 55 %“.
what-if-moved = { $before } → { $after }
what-if-deal = Auftrag: Chance auf Unterschrift { $chance } · Preis { $price } · Ihre Provision { $commission }{ $note }

what-if-projection = fertig in Woche { $finish } (vereinbart { $agreed }) · Marge { $margin } · Zufriedenheit { $satisfaction } · { $done } von { $items } Leistungen
what-if-projection-late = fertig in Woche { $finish } (vereinbart { $agreed }, { $late ->
    [one] 1 Woche
   *[other] { $late } Wochen
} zu spät) · Marge { $margin } · Zufriedenheit { $satisfaction } · { $done } von { $items } Leistungen
what-if-as-is = Beim aktuellen Stand: { $projection }

what-if-no-change = Keine Änderung bei Fertigstellung, Marge oder Zufriedenheit des Kunden
what-if-finish-still = fertig weiterhin in Woche { $week }
what-if-finish = fertig in Woche { $week } ({ $change } { $weeks ->
    [one] Woche
   *[other] Wochen
})
what-if-agreed-date = vereinbarter Termin Woche { $week }
what-if-margin = Marge { $margin } ({ $change })
what-if-satisfaction = Zufriedenheit { $satisfaction } ({ $change })
what-if-items-delivered = { $done } von { $items } Leistungen geliefert
