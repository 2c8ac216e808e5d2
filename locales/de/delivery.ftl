# Die Wörter von src/wording/delivery.rs.

delivery-overtime-stop-hint = Zurück zur normalen Arbeitszeit: Die Ermüdung sinkt um einen Punkt pro Woche.
delivery-overtime-hint = Mehr geschafft in dieser Woche, gegen Zuschlag; müde Menschen werden langsamer und machen mehr Fehler.
delivery-less-testing = Weniger testen
delivery-more-testing = Mehr testen
delivery-ask-weeks-hint = Ein Änderungsantrag: Kostet Vertrauen bei der Person, der der Termin versprochen wurde, umso mehr, je später Sie fragen; bei geringem Vertrauen lehnt der Kunde ab.
delivery-client-update = Kunden-Update
delivery-account-manager = Account Manager
delivery-account-manager-hint = Der Vertrieb nimmt ab jetzt an den Kundenreviews teil: Weggelassene Versprechen kommen früher und mit weniger Schaden ans Licht.
delivery-budget-caption = ausgegebenes Geld im Verhältnis zum Preis
delivery-end-week-hint = Die Woche laufen lassen: Das Team arbeitet, Ereignisse treten ein, der Kunde prüft vielleicht. Esc pausiert.
delivery-quiet-week = Eine ruhige Woche.
delivery-before-first-week = Das Team beginnt mit dem Backlog, den die PID beschreibt. Legen Sie Überstunden und Testanteil fest, dann beenden Sie die Woche.
delivery-decided-this-week = Diese Woche entschieden
delivery-would-refuse = ⚠ würde eine Änderung jetzt ablehnen
delivery-all-the-work = Die gesamte Arbeit
delivery-agreed-date = Vereinbarter Termin
delivery-teams-plan = Plan des Teams
delivery-ask-to-drop = Streichung erbitten
delivery-ask-to-drop-hint = Ein Änderungsantrag: Der Kunde stimmt vielleicht zu, diesen Posten zu streichen. Das kostet Vertrauen bei der Person, der er versprochen wurde, umso mehr, je später Sie fragen.

delivery-share-half = die Hälfte
delivery-share-quarter = ein Viertel
delivery-share-percent = { $percent } %
delivery-half-a-day = einen halben Tag
delivery-a-day = einen Tag
delivery-days = { $days } Tage
delivery-stop-overtime = Überstunden beenden
delivery-start-overtime = Überstunden beginnen
delivery-overtime-numbers = +{ $boost } % Kapazität, +{ $premium } % Lohn; jede Woche nach der ersten ein Ermüdungspunkt und −{ $morale } Moral.
delivery-less-testing-hint = Testanteil von { $from } % auf { $to } % der Teamzeit: jetzt mehr Funktionen, später gefundene Fehler kosten mehr.
delivery-more-testing-hint = Testanteil von { $from } % auf { $to } % der Teamzeit: Fehler werden gefunden, solange sie billig sind.
delivery-hire = { $name } einstellen
delivery-hire-hint = { $name } ({ $role }): In den ersten Wochen langsam, und das Team verbringt Zeit mit der Einarbeitung.
delivery-hire-numbers = { $name } ({ $role }), { $capacity } Tage pro Woche bei voller Geschwindigkeit, { $cost } pro Woche. Beginnt bei { $ramp } % und braucht Einarbeitung.
delivery-ask-weeks = { $weeks ->
    [one] +1 Woche erbitten
   *[other] +{ $weeks } Wochen erbitten
}
delivery-client-update-hint = Ein ehrlicher Statusbericht: etwas Vertrauen, { $days } der Projektleitung, und jede in dieser Woche erbetene Änderung kostet { $share }.
delivery-not-now = Jetzt nicht: { $why }.

delivery-weeks-to-date = { $weeks ->
    [one] 1 Woche bis zum vereinbarten Termin
   *[other] { $weeks } Wochen bis zum vereinbarten Termin
}
delivery-date-this-week = Der vereinbarte Termin ist diese Woche
delivery-weeks-past-date = { $weeks ->
    [one] 1 Woche über dem vereinbarten Termin
   *[other] { $weeks } Wochen über dem vereinbarten Termin
}
delivery-title-late = Umsetzung · Woche { $week } · { $late } nach der vereinbarten Woche { $deadline }
delivery-title = Umsetzung · Woche { $week } von { $deadline }
delivery-subtitle = { $status } · Umsetzung für { $client }
delivery-budget = Budget { $word }
delivery-end-week = Woche { $week } beenden
delivery-end-week-alone = Woche { $week } ohne Entscheidung beenden
delivery-team-plans-other-date = Das Team plant mit { $team } Wochen: Der dem Kunden versprochene Termin von { $promised } Wochen steht nicht in der PID.

delivery-happened-in-week = Was in Woche { $week } geschah
delivery-before-week-one = Vor Woche 1
delivery-trust-hover = { $name }: { $word } (Vertrauen { $number } von 100). Unter { $change_trust } lehnt der Kunde Änderungen ab.
delivery-team-settings-on = Überstunden AN · { $testing } % Testanteil
delivery-team-settings-off = Überstunden aus · { $testing } % Testanteil
delivery-last-capacity = {" "}· { $days } T letzte Woche geschafft
delivery-morale-hover = Moral: { $cue }
delivery-pace-new = neu, etwa { $percent } % Geschwindigkeit
delivery-pace = { $days } T/Woche

delivery-burnup-point = Woche { $week }: { $days } Personentage
delivery-agreed-legend = vereinbarter Termin (Woche { $week })
delivery-team-legend = Plan des Teams (Woche { $week })
delivery-planned = { $days } geplant
delivery-surprises = +{ $days } Überraschungen
delivery-rework = +{ $days } Nacharbeit
delivery-dropped = −{ $days } gestrichen
delivery-done-left = · { $done } erledigt · { $left } offen
delivery-done-items = ✔ Erledigt: { $names }
delivery-surprise-tag = Überraschung, Woche { $week }
delivery-done-in-week = erledigt in Woche { $week }
delivery-not-needed = nicht nötig
delivery-days-left = noch { $remaining } von { $total } T
delivery-fatigue = { $points } Pkt.
delivery-fatigue-slower = { $points } Pkt., −{ $slower } % Geschwindigkeit
delivery-budget-number = { $cost } von { $price } ausgegeben · { $share } %
delivery-rework-cause = Nacharbeit
delivery-not-in-pid = { $cause }, nicht in der PID
delivery-spent-so-far = Bisher ausgegeben: { $word }
delivery-price-unknown = den Preis kennt nur der Vertrieb

delivery-tag-dropped = gestrichen
delivery-tag-rework = Nacharbeit
delivery-tag-planned = geplant
