# The wording of src/wording/guide.rs.

guide-cues-title = Den Raum lesen
guide-cues-text = Jede Karte oben im Termin steht für eine Person des Kunden. Ring und Gesicht zeigen ihre Stimmung; die Zeile unter dem Namen sagt, wie viel Detail sie hören möchte. Die Bereitschaft wächst, wenn das Gespräch gut läuft.
guide-depth-title = Die Tiefe jeder Antwort
guide-depth-text = Jede Antwort trägt ein Etikett: Vision, Nutzen, Vorgehen, Plan oder Plan im Detail. Passen Sie sie dem Raum an: Zu tief verliert, wer das große Ganze will, zu flach verliert, wer Einzelheiten will.
guide-attendees-title = Wer Sie begleitet und was es kostet
guide-attendees-text = Vor einem Termin wählen Sie, wer aus der Umsetzung teilnimmt. Diese Personen bemerken, was der Kunde nicht sagt, und können Sie beraten, aber ihre Zeit wird dem Vertrieb angerechnet.
guide-ledger-title = Das Zusagenbuch
guide-ledger-text = Jedes Versprechen, das eine Antwort gibt, steht im Zusagenbuch neben dem Termin. Die Umsetzung muss jedes davon halten, ob das Team davon erfährt oder nicht.
guide-pid-title = Die PID
guide-pid-text = Das erfährt die Umsetzung. Ein weggelassenes Versprechen bindet das Unternehmen trotzdem, aber das Team plant es nicht ein: Es kommt später als Überraschung.
guide-burn-up-title = Das Burn-up-Diagramm
guide-burn-up-text = Die obere Linie ist die gesamte Arbeit, die untere die erledigte. Wo sie sich treffen, ist das Projekt fertig; die Markierung ist der versprochene Termin.
guide-scorecards-title = Zwei Scorecards
guide-scorecards-text = Der Kunde beurteilt das Projekt an dem, was ihm versprochen wurde, das Unternehmen an Marge, Moral und Ruf. Ein Verkauf kann das eine gewinnen und das andere verlieren.

guide-someone = jemand
guide-walked-out = { $name } ist gegangen: Das Vertrauen fiel unter die Schwelle, an der diese Person Sie aufgibt.
guide-client-walked-away = Der Kunde ist abgesprungen: Die Geduld war zu Ende, bevor der Auftrag zustande kam.
guide-signed = Der Kunde hat unterschrieben: Was er gehört hat, lag über dem, was er für ein Ja brauchte.
guide-not-signed = Der Kunde hat nicht unterschrieben: Was er gehört hat, lag unter dem, was er brauchte.
guide-promise-broken = Ein Versprechen wurde gebrochen, { $promise }: { $because }.
guide-because-not-delivered = es wurde nicht geliefert
guide-because-late = { $weeks ->
    [one] es kam 1 Woche zu spät
   *[other] es kam { $weeks } Wochen zu spät
}
guide-because-discount-missed = der Rabatt kam nie auf der Rechnung an
guide-because-claim-failed = die Aussage hielt nicht
guide-claim-failed = Eine technische Aussage aus dem Verkauf hielt nicht, als das Team sie ausprobierte, und die Arbeit, sie abzudecken, kam jetzt hinzu.
guide-work-added = { $days } Tage ungeplante Arbeit kamen hinzu: Etwas Versprochenes oder Benötigtes stand nicht im Plan, den das Team bekam.
guide-too-deep = { $name } hat das Interesse verloren: Eine Antwort der Tiefe { $depth } war mehr Detail, als diese Person hören wollte.
guide-too-shallow = { $name } wollte mehr: Eine Antwort der Tiefe { $depth } war flacher, als diese Person es sich wünschte.
guide-lost-thread = { $name } hat den Faden verloren: Die Antwort war in der Tonlage { $register }, Worte, die diese Person nicht verwendet. Einfache Worte und ein Beispiel erreichen alle; eine Person aus der Umsetzung im Raum kann übersetzen.
guide-promise-made = Diese Antwort hat ein Versprechen gegeben, { $promise }: Es steht jetzt im Zusagenbuch.
guide-fact-noticed = Ihre Begleitung ({ $role }) hat allein durch die Anwesenheit im Raum etwas bemerkt, das der Kunde nicht gesagt hatte.
guide-meeting-cost = Personen aus der Umsetzung mitzubringen hat { $cost } an ihrer Zeit gekostet.
guide-matched = { $name } war bei Ihnen: Die Tiefe der Antwort passte, also wuchs das Vertrauen.

guide-step-of = { $step } von { $steps }
guide-step-count = Anleitung · { $count }
guide-why-line = Warum: { $why }
guide-got-it = Verstanden
guide-skip = Anleitung überspringen
