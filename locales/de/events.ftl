# The wording of src/wording/events.rs.

events-who-role = { $name }, { $role }
events-work-claim = Nachbessern: { $text }
events-work-defects = Beim Testen gefundene Fehler beheben
events-work-unpick = Ausbauen: { $name }

events-trust-fell-sharply = sank stark
events-trust-slipped = sank leicht
events-trust-rose-sharply = stieg stark
events-trust-rose = stieg

events-claim-confirmed = der Senior Designer hat „{ $claim }“ bestätigt.
events-claim-needs-work = der Senior Designer warnte, dass „{ $claim }“ erst nach etwa { $days } weiteren Personentagen Arbeit zutrifft.
events-claim-does-not-hold = der Senior Designer warnte, dass „{ $claim }“ so nicht zutrifft.

events-cause-promise = Versprechen an { $name }
events-cause-hidden-need = verborgenes Bedürfnis ({ $owner })
events-cause-event = Ereignis
events-cause-decision = Ihre Entscheidung
events-cause-defects = Fehler
events-cause-plan = der Auftrag

events-coach-number = { $text } ({ $number })
events-review = Woche { $week }: Kundenreview mit { $client }.
events-promise-recalled = { $name } erinnert an ein Versprechen, das in der Übergabe fehlte ({ $promise }): Der Plan deckt es bereits ab.
events-work-reached-team = „{ $promise }“, versprochen an { $name }, ist beim Team angekommen
events-hidden-need-surfaced = Verborgenes Bedürfnis aufgetaucht: „{ $need }“
events-event-added-work = Das Ereignis brachte zusätzliche Arbeit
events-work-was-added = Arbeit kam hinzu
events-work-added = { $what }: +{ $days } Personentage.
events-work-added-surprise = { $what }: +{ $days } Personentage, die niemand eingeplant hatte.
events-defects-found = Beim Testen wurden Fehler gefunden: { $days } Personentage Nacharbeit.
events-trust-changed = Das Vertrauen von { $name } { $change }
events-trust-changed-over-promise = Das Vertrauen von { $name } { $change } wegen „{ $promise }“
events-trust-changed-over-surprise = Das Vertrauen von { $name } { $change } wegen der Überraschung
events-trust-changed-after-decision = Das Vertrauen von { $name } { $change } nach Ihrer Entscheidung
events-morale-fell = Die Moral des Teams sank
events-morale-rose = Die Moral des Teams stieg
events-morale-fell-decision = Die Moral des Teams sank (Überstunden und Druck)
events-morale-rose-decision = Die Moral des Teams stieg (Überstunden und Druck)
events-morale-fell-event = Die Moral des Teams sank damit
events-morale-rose-event = Die Moral des Teams stieg damit
events-extra-cost = Zusätzliche Kosten: { $amount } ({ $cause }).
events-unplanned-cost = Ungeplante Kosten ({ $cause }).
events-claim-held = „{ $claim }“ hat sich in der Praxis bewährt.
events-claim-failed = „{ $claim }“ hielt nicht: Nacharbeit.
events-asked-drop = Sie haben gebeten, „{ $name }“ zu streichen: Der Kunde hat zugestimmt.
events-asked-drop-refused = Sie haben gebeten, „{ $name }“ zu streichen: Der Kunde hat abgelehnt (zu wenig Vertrauen).
events-asked-time = { $weeks ->
    [one] Sie haben um 1 weitere Woche gebeten: Der Kunde hat zugestimmt.
   *[other] Sie haben um { $weeks } weitere Wochen gebeten: Der Kunde hat zugestimmt.
}
events-asked-time-refused = { $weeks ->
    [one] Sie haben um 1 weitere Woche gebeten: Der Kunde hat abgelehnt (zu wenig Vertrauen).
   *[other] Sie haben um { $weeks } weitere Wochen gebeten: Der Kunde hat abgelehnt (zu wenig Vertrauen).
}
events-seller-walked-away = Sie haben sich von dem Auftrag zurückgezogen.
events-refunded = „{ $item }“ ist gestrichen: { $amount } des Preises gehen an den Kunden zurück.
events-overtime-on = Überstunden an.
events-overtime-off = Überstunden aus.
events-quality-set = { $share } % der Zeit des Teams fließen ins Testen.
events-hired = { $name } ({ $role }) kommt ins Team.
events-client-updated = Diese Woche geht ein ehrlicher Statusbericht an den Kunden.
events-account-manager-joined = Das Account-Management nimmt an den Kundenreviews teil.
events-week-ended = Woche { $week } abgeschlossen: Das Team hat { $capacity } Personentage geschafft; { $remaining } bleiben.
events-surfaced-by-seller = Nicht in der PID: { $promise } (der Vertrieb hat es in einem Termin versprochen).
events-surfaced-by-delivery-lead = Nicht in der PID: { $promise } (die Projektleitung hat es in einem Termin versprochen).
