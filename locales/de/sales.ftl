# Die Wörter von src/wording/sales.rs.

sales-meetings-over = Die Termine sind vorbei
sales-listen-hint = Der Vertrieb antwortet. Markieren Sie eine Antwort, hinter der das Team nicht stehen kann, bevor sie gesagt wird: Wählen Sie sie mit ihrer Ziffer, dann F.
sales-walk-away = Vom Auftrag zurücktreten
sales-walk-away-hint = Den Verkauf hier beenden, ohne Auftrag. Die Nachbesprechung spielt den Auftrag durch, als wäre er unterschrieben und geliefert worden, und beurteilt, ob der Rückzug richtig war.
sales-not-in-this-meeting = Der Vertrieb ist ohne Sie in diesem Termin
sales-not-in-this-meeting-why = Sie wurden nicht eingeladen, also hören Sie nicht, was hier gesagt oder versprochen wird. Sie erfahren davon nur durch das, was der Vertrieb in das Projektdokument (PID) schreibt.
sales-meetings-over-sentence = Die Termine sind vorbei.
sales-who-comes = Wer begleitet Sie zu diesem Termin?
sales-in-the-room-heading = Im Raum
sales-with-you = Mit Ihnen
sales-flags-on-question = Markierungen zu dieser Frage
sales-what-just-happened = Was gerade passiert ist
sales-promises-made = Gegebene Versprechen
sales-none-yet = Noch keine.
sales-designer-warned = Ihr Senior Designer sagt: Das hält so nicht.
sales-what-you-know = Was Sie wissen
sales-nothing-beyond-brief = Noch nichts über das Briefing hinaus.

sales-meeting-skipped = Der Termin { $meeting } hat nicht stattgefunden.
sales-noticed = Bemerkt von Ihrem Team ({ $role }): { $fact }
sales-learned = Sie haben erfahren: { $fact }
sales-was-with-you = { $name } war bei Ihnen.
sales-approval-discount = einen Rabatt
sales-approval-early-date = einen früheren Termin als die übliche Lieferung
sales-approval-special-term = eine Sonderkondition
sales-approval-or = { $approvals } oder { $approval }
sales-signs-off = Ihre Kollegin/Ihr Kollege: gibt { $approvals } frei
sales-internal-setting = { $setting } Im eigenen Haus: Dieser Termin kostet Kalendertage, aber keine Geduld des Kunden.
sales-agreed = { $name } hat zugestimmt: Sie dürfen { $approvals } anbieten.
sales-did-not-agree = { $name } hat { $approvals } nicht zugestimmt: Versprechen Sie es jetzt, geht es ohne diese Freigabe hinaus.
sales-without-agreement = Ohne die Freigabe von { $name } versprochen
sales-lost-thread = { $name } hat den Faden verloren: Mit { $register } kann diese Person nichts anfangen.
sales-rescued = Ihr Team ({ $role }) hat { $register } für { $name } in einfache Worte gefasst.
sales-lost-on = Folgt nicht: { $registers }
sales-too-detailed = { $name } war das fürs Erste zu detailliert.
sales-wanted-more = { $name } wollte mehr Einzelheiten.
sales-trust-changed = { $name }: Vertrauen { $delta }
sales-readiness-now = { $name }: Bereitschaft jetzt { $readiness }
sales-patience-changed = Geduld { $delta } (noch { $left })
sales-promised = Sie haben versprochen: { $what }
sales-seller-promised = Der Vertrieb hat versprochen: { $what }
sales-lost-faith = { $name } hat das Vertrauen verloren: Der Kunde ist gegangen.
sales-ran-out-of-patience = Dem Kunden ist die Geduld ausgegangen, und er ist gegangen.
sales-signed-at = Der Kunde hat unterschrieben, zu { $price }.
sales-signed = Der Kunde hat unterschrieben.
sales-not-signed = Der Kunde hat sich gegen die Unterschrift entschieden.

sales-coach-numbers = Vertrauen { $trust } · Bereitschaft { $readiness }
sales-patience-numbers = { $left } von { $start }
sales-patience-line = Geduld des Kunden: { $words }
sales-patience-line-numbers = Geduld des Kunden: { $words } ({ $numbers })
sales-said-by = das sagt Ihr Team ({ $role })
sales-promises-made-by-answer = Verspricht { $promises }
sales-depth-tag = Tiefe { $depth } · { $word }
sales-team-advice = Ihr Team: { $advice }
sales-warning = ⚠ { $text }
sales-flag = ⚑ { $text }
sales-lead-note = Notiz der Projektleitung: { $text }
sales-quoted = „{ $line }“
sales-promise-to = an { $to }, im Termin { $meeting }
sales-subtitle = { $title } · { $client }

sales-go-alone = Allein gehen
sales-bring = { $roles } mitnehmen
sales-role-and = { $roles } und { $role }
sales-no-extra-cost = Keine zusätzlichen Kosten
sales-invite-cost = { $money } Presales-Aufwand · { $patience } Geduld
sales-in-the-room = Im Raum: { $names }.

sales-go-to-meeting = Zum Termin gehen
sales-say-it = Sagen
sales-choose-hint = { $answers ->
    [one] Wählen Sie mit 1 oder per Klick, dann bestätigen Sie mit Enter
   *[other] Wählen Sie mit 1–{ $answers } oder per Klick, dann bestätigen Sie mit Enter
}
sales-choose-or-flag-hint = { $answers ->
    [one] Wählen Sie mit 1, dann sagt Enter die Antwort oder F markiert sie
   *[other] Wählen Sie mit 1–{ $answers }, dann sagt Enter die Antwort oder F markiert sie
}
sales-track-done = ✔ { $name }
sales-track-skipped = { $name } (ausgelassen)
sales-your = Aus Ihrem Team: { $role }
