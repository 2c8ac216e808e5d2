# Die Wörter von src/wording/plan.rs.

plan-title = Kampagnenplan
plan-intro = Planen Sie rückwärts vom Entscheidungstermin des Kunden. Geben Sie jedem Termin seine Tage: den Termin selbst, die Suche nach einem freien Platz im Kalender aller aus der Umsetzung, die Sie nicht vorab eingeplant haben, und den Kalender des Kunden. Zu knapp, und Termine rutschen; zu großzügig, und Sie schließen spät ab.
plan-confirm = Plan bestätigen
plan-keys-hint = 1–9: mehr Tage für einen Termin · Tab: Einplanungen
plan-seller-plans = Der Vertrieb plant die Kampagne; Sie sehen, wo Sie eingeplant sind.
plan-summary = Im Abgleich mit dem Kalender
plan-debrief-heading = Die Kampagne: Plan und Wirklichkeit

plan-meeting-label = Termin { $number }
plan-meeting-label-internal = Termin { $number } · im eigenen Haus
plan-row-heading = { $name } · { $label }
plan-row-note = { $takes } { $planned_on } · { $spare }
plan-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}
plan-takes = Dauert { $days }
plan-takes-diary = ; der Kalender des Kunden kann bis zu { $days } hinzufügen
plan-takes-unbooked = ; wer aus der Umsetzung nicht vorab eingeplant ist, fügt { $days } hinzu
plan-takes-end = .
plan-spare = { $days } Puffer
plan-spare-at-risk = { $days } Puffer: Der Termin kann rutschen
plan-planned-on = Geplant für Tag { $day }
plan-held-on = Stattgefunden an Tag { $day }
plan-held-on-late = Stattgefunden an Tag { $day }, { $late } zu spät
plan-booked = ☑ { $role } eingeplant
plan-book = ☐ { $role } einplanen
plan-closes-on = Der Plan schließt an Tag { $day } ab.
plan-decide-by = Der Kunde will bis Tag { $day } entscheiden.
plan-quarter-ends = Ihr Quartal endet an Tag { $day }.
plan-warning-after-decision = Nach dem Entscheidungstermin des Kunden: Ein später Abschluss spricht gegen Sie.
plan-warning-after-quarter = Nach Ihrem Quartalsende: Der Auftrag zählt nicht mehr für dieses Quartal.
plan-warning-at-risk = { $meetings ->
    [one] Ein Termin hat keinen Spielraum für den Kalender des Kunden.
   *[other] { $meetings } Termine haben keinen Spielraum für den Kalender des Kunden.
}
plan-slip-cost = Ein Termin, der rutscht, wird neu angesetzt: { $days } mehr, { $patience ->
    [one] 1 Einheit
   *[other] { $patience } Einheiten
} der Geduld des Kunden und { $trust } Vertrauen bei allen im Raum.
plan-slipped = { $meeting } ist { $days } über Ihren Plan gerutscht: Die Kalender waren voll.
plan-critical-question-slipped = Welche Aktivität war für den Abschlusstermin entscheidend? Der Plan verlor am meisten bei { $meeting } ({ $days }): Was würden Sie dort anders planen?
plan-critical-question-held = Welche Aktivität war für den Abschlusstermin entscheidend? Nichts ist gerutscht, und { $meeting } hatte die meisten Tage: Was wäre mit weniger Puffer dort passiert?
plan-debrief-row = { $name }: geplant für Tag { $planned }, stattgefunden an Tag { $held }
plan-debrief-row-late = { $name }: geplant für Tag { $planned }, stattgefunden an Tag { $held } ({ $late } zu spät)
plan-debrief-close = Geplanter Abschluss an Tag { $planned }, tatsächlich an Tag { $actual }; der Kunde wollte Tag { $decision }.
plan-debrief-close-quarter = Geplanter Abschluss an Tag { $planned }, tatsächlich an Tag { $actual }; der Kunde wollte Tag { $decision }, das Quartal endete an Tag { $quarter_end }.
