# The wording of src/wording/access.rs.

access-team-member = Ein Teammitglied
access-portrait-of = Porträt von { $name }
access-portrait-mood = { $who }, Stimmung: { $mood }
access-burnup-chart = Diagramm der Arbeit, Woche für Woche: In Woche { $week } sind { $done } von { $all_work } Personentagen erledigt; vereinbart ist Woche { $agreed_week }.
access-burnup-chart-team = Diagramm der Arbeit, Woche für Woche: In Woche { $week } sind { $done } von { $all_work } Personentagen erledigt; vereinbart ist Woche { $agreed_week }; der eigene Plan des Teams endet in Woche { $team_week }.
access-pacing-chart = { $answers ->
    [one] Diagramm der Tiefe Ihrer einen Antwort im Vergleich zu dem, wofür der Raum bereit war. { $summary }
   *[other] Diagramm der Tiefe jeder Ihrer { $answers } Antworten im Vergleich zu dem, wofür der Raum bereit war. { $summary }
}
access-drill-chart = { $attempts ->
    [one] Diagramm der Trefferquote über 1 Versuch: zuletzt { $last } %, Bestwert { $best } %.
   *[other] Diagramm der Trefferquote über { $attempts } Versuche: zuletzt { $last } %, Bestwert { $best } %.
}
