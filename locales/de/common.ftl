# Die gemeinsamen Wörter von src/wording/mod.rs: Versprechen, Urteile, Rollen, Unterschiede.

verdict-kept = gehalten
verdict-renegotiated = mit dem Kunden neu verhandelt
verdict-moot = nie geliefert (kein Abschluss)
verdict-broken = gebrochen: { $because }
broken-not-delivered = nicht geliefert
broken-late = { $weeks ->
    [one] 1 Woche zu spät
   *[other] { $weeks } Wochen zu spät
}
broken-discount-missed = der Rabatt kam nie auf der Rechnung an
broken-claim-failed = die Aussage hielt nicht

delta-same-length = gleich lang
delta-shorter = { $weeks ->
    [one] 1 Woche kürzer
   *[other] { $weeks } Wochen kürzer
}
delta-longer = { $weeks ->
    [one] 1 Woche länger
   *[other] { $weeks } Wochen länger
}
delta = { $weeks }, Marge { $margin }, Zufriedenheit { $satisfaction }, Moral { $morale }
without-deadline = Ohne dieses Versprechen (die übliche Dauer oder der nächste zugesagte Termin): { $delta }.
without-discount = Ohne dieses Versprechen (ohne ihn kalkuliert): { $delta }.
without-other = Ohne dieses Versprechen: { $delta }.

role-seller = Vertrieb
role-project-manager = Projektleitung
role-senior-designer = Senior Designer

promise-quoted = „{ $text }“
promise-to = { $promise } (an { $name }, { $role })
promise-deadline = Lieferung in { $weeks } Wochen
promise-discount = ein Rabatt von { $percent }

plan-bookings = Provision auf Abschlüsse
plan-margin = Provision auf gelieferte Marge
plan-split = eine Aufteilung ({ $bookings } auf Abschlüsse, { $margin } auf Marge)
