# The wording of src/wording/scorecards.rs.

scorecards-bookings = Abschlüsse
scorecards-no-deal = kein Auftrag
scorecards-closed-on-day = abgeschlossen an Tag { $day }
scorecards-closed-in-quarter = abgeschlossen an Tag { $day } von { $quarter_days } im Quartal
scorecards-closed-after-quarter = abgeschlossen an Tag { $day }, nach den { $quarter_days } Tagen des Quartals: zählt nicht
scorecards-quota-attainment = Erreichung der Quote
scorecards-counted-of-quota = { $counted } angerechnet von einer Quote von { $quota }
scorecards-review-hours = Stunden in Reviews der Umsetzung
scorecards-of-selling-time = { $cost } an Verkaufszeit
scorecards-refunded = Erstattet
scorecards-refunded-seller-note = Leistungsumfang in der Umsetzung gestrichen: Der Kunde zahlte weniger als abgeschlossen
scorecards-commission-not-earned = Entgangene Provision
scorecards-walked-away-note = vom vorliegenden Auftrag zurückgezogen
scorecards-less-for-rebaselining = { $plan }, abzüglich { $cut } für die Neufestlegung
scorecards-commission = Provision
scorecards-margin = Marge
scorecards-margin-note = was das Projekt eingebracht hat
scorecards-weeks-late = Wochen Verzug
scorecards-weeks-late-note = über den vereinbarten Termin hinaus
scorecards-team-morale = Moral des Teams
scorecards-out-of-100 = { $value }/100
scorecards-scope-delivered = { $sold ->
    [one] { $delivered } von 1 Leistungspunkt geliefert
   *[other] { $delivered } von { $sold } Leistungspunkten geliefert
}
scorecards-company-margin-note = das Ergebnis des Teams
scorecards-client-satisfaction = Zufriedenheit des Kunden
scorecards-satisfaction-note = gemessen an dem, was versprochen wurde
scorecards-expected-renewal = Erwartete Verlängerung
scorecards-renewal-note = { $chance } Chance auf weitere Aufträge
scorecards-loss-avoided = Vermiedener Verlust
scorecards-margin-given-up = Aufgegebene Marge
scorecards-walked-away-company-note = was der vorliegende Auftrag eingebracht hätte, von dem Sie sich zurückgezogen haben
scorecards-under-plan = Plan „{ $plan }“: { $commission }
scorecards-under-plan-actual = Plan „{ $plan }“: { $commission } (der Plan dieses Szenarios)
scorecards-refund-note = gestrichener Leistungsumfang, dem Kunden erstattet, aus der Marge

scorecards-cards-heading-named = { $seller } und { $lead }: die Scorecards
scorecards-cards-heading = Vertrieb, Projektleitung und Unternehmen: drei Scorecards
scorecards-role-seller = Vertrieb
scorecards-role-delivery-lead = Projektleitung
scorecards-seller-named = { $name }, Vertrieb
scorecards-seller = Der Vertrieb
scorecards-delivery-lead-named = { $name }, Projektleitung
scorecards-delivery-lead = Die Projektleitung
scorecards-company-card-title = Das Unternehmen: das Ergebnis Ihres Teams
scorecards-no-delivery = Kein Auftrag, nichts geliefert.
scorecards-played-solo = Allein gespielt: Eine Person hatte beide Rollen, verkaufte den Auftrag und setzte ihn um; die Scorecard des Vertriebs und die der Projektleitung gehören also beide ihr.
scorecards-played-two-roles = In zwei Rollen gespielt: Eine Person verkaufte den Auftrag und schrieb die PID, eine andere prüfte sie und setzte um.
scorecards-plans-heading = Was der Vertrieb unter jedem Plan verdient hätte
scorecards-lead-earns-no-commission = Die Projektleitung erhält unter keinem Plan Provision: Ihre Scorecard zeigt Marge, Wochen Verzug und Moral.
scorecards-ledger-heading = Das Zusagenbuch neben der PID
scorecards-flags-heading = Wer was markiert hat und was trotzdem gesagt wurde
scorecards-review-heading-named = Die Prüfung der PID durch { $name }
scorecards-review-heading = Die Prüfung der PID durch die Projektleitung
scorecards-retro-heading = Retrospektive
scorecards-retro-prompt = Reagieren Sie gemeinsam auf das Geschehene: jede Person ein paar Worte, dann besprechen Sie es.
scorecards-none-yet = Keine.
