# Die Texte von src/wording/debrief.rs.

## Die Scorecards

debrief-deal-size = Auftragsvolumen
debrief-deal-size-won = wofür der Kunde unterschrieben hat
debrief-deal-size-lost = kein Auftrag
debrief-commission = Provision
debrief-commission-note = bei Unterschrift ausgezahlt, was auch immer danach geschieht
debrief-margin = Marge
# Der Anteil der Marge am Preis, mit Prozentzeichen: „18 % des Preises“.
debrief-margin-share = { $share } des Preises
debrief-satisfaction = Zufriedenheit des Kunden
# Ein Wert von hundert: „72/100“.
debrief-out-of-100 = { $value }/100
debrief-satisfaction-note = gemessen an dem, was versprochen wurde
debrief-renewal = Erwarteter Folgeauftrag
debrief-renewal-note = { $chance } Chance auf weitere Arbeit
debrief-morale = Moral des Teams
debrief-overtime = { $weeks ->
    [one] 1 Woche Überstunden
   *[other] { $weeks } Wochen Überstunden
}
debrief-margin-lost-note = Presales-Zeit, und kein Preis, der sie bezahlt
debrief-satisfaction-lost-note = es wurde nichts geliefert, womit man zufrieden sein könnte
debrief-renewal-lost-note = kein erstes Projekt, kein zweites
debrief-morale-lost-note = es lief kein Projekt

## Untertitel des Berichts und das Ergebnis in einer Zeile

debrief-subtitle = { $client } · Seed { $seed }
debrief-not-in-room = (gesagt, ohne dass die Projektleitung im Raum war)
debrief-headline-won = Unterschrieben für { $price } · geliefert in { $weeks } Wochen bei { $agreed } vereinbarten · { $kept } von { $promises } Versprechen gehalten
debrief-headline-won-late = Unterschrieben für { $price } · geliefert in { $weeks } Wochen bei { $agreed } vereinbarten ({ $late ->
    [one] 1 Woche
   *[other] { $late } Wochen
} zu spät) · { $kept } von { $promises } Versprechen gehalten
debrief-headline-lost = Der Kunde hat nicht unterschrieben: Es wurde nichts geliefert

## Aussteigen, und das Urteil der Scorecards

# Wo der Vertrieb ausgestiegen ist, oder leer: „ im Termin Discovery“.
debrief-in-meeting = {" "}im Termin { $meeting }
# Was der Vertrieb aufgegeben hat, oder leer: „; der Vertrieb verzichtete auf 1.200 Provision“.
debrief-gave-up = ; der Vertrieb verzichtete auf { $commission } Provision
debrief-walked-away-right = Sie sind{ $in_meeting } ausgestiegen: die richtige Entscheidung. Hätte der Kunde zu { $price } unterschrieben und wäre geliefert worden, hätte der Auftrag auf dem Tisch { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} gedauert ({ $late ->
    [one] 1 Woche
   *[other] { $late } Wochen
} zu spät) und { $loss } Verlust gebracht{ $gave_up }.
debrief-walked-away-wrong = Sie sind{ $in_meeting } aus einem Auftrag ausgestiegen, der sich gelohnt hätte. Hätte der Kunde zu { $price } unterschrieben und wäre geliefert worden, hätte der Auftrag auf dem Tisch { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} gedauert ({ $late ->
    [one] 1 Woche
   *[other] { $late } Wochen
} zu spät) und dem Unternehmen { $margin } eingebracht{ $gave_up }.
debrief-verdict-no-deal-cost = Beide Scorecards sind sich einig: kein Auftrag, keine Provision, und { $cost } an Presales-Zeit aufgewendet.
debrief-verdict-no-deal = Beide Scorecards sind sich einig: kein Auftrag, keine Provision.
debrief-verdict-worth-winning = Beide Scorecards sind sich einig: ein Auftrag, der sich gelohnt hat, geliefert wie verkauft.
debrief-verdict-disagree = Die Scorecards widersprechen sich: Der Vertrieb wurde für einen Auftrag bezahlt, der { $failed } von { $checks ->
    [one] 1 Prüfpunkt
   *[other] { $checks } Prüfpunkten
} im Bewertungsraster nicht erfüllte.
debrief-verdict-disagree-commission = Die Scorecards widersprechen sich: Der Vertrieb verdiente { $commission } Provision an einem Auftrag, der { $failed } von { $checks ->
    [one] 1 Prüfpunkt
   *[other] { $checks } Prüfpunkten
} im Bewertungsraster nicht erfüllte.
debrief-verdict-avoided = Beide Scorecards zählen, was vermieden wurde: Der Ausstieg hat dem Unternehmen { $saved } erspart.
debrief-verdict-avoided-commission = Beide Scorecards zählen, was vermieden wurde: Der Ausstieg hat dem Unternehmen { $saved } erspart und den Vertrieb { $commission } Provision gekostet.
debrief-verdict-given-up = Die Scorecards zählen, was aufgegeben wurde: { $margin } Marge für das Unternehmen.
debrief-verdict-given-up-commission = Die Scorecards zählen, was aufgegeben wurde: { $margin } Marge für das Unternehmen und { $commission } Provision für den Vertrieb.
debrief-verdict-descoped = Jeder Prüfpunkt ist erfüllt, aber der Auftrag wurde nicht so geliefert, wie er verkauft wurde: { $delivered } von { $sold ->
    [one] 1 Leistung
   *[other] { $sold } Leistungen
} geliefert, { $refund } an den Kunden erstattet.

## Warum ein Auftrag verloren ging

debrief-loss-lost-faith = Der Auftrag ging verloren: { $who } verlor das Vertrauen{ $in_meeting }, und der Kunde stieg vor der Entscheidung aus.
debrief-loss-out-of-patience = Der Auftrag ging verloren: Dem Kunden ging{ $in_meeting } die Geduld aus, und er stieg vor der Entscheidung aus.
debrief-loss-not-signed = Der Auftrag ging verloren: Der Kunde hörte das Angebot und unterschrieb nicht (die Chance dafür lag bei { $chance }).
debrief-loss-score = Der Kunde kam auf { $score } Punkte, { $threshold } wären für die Unterschrift nötig gewesen.
debrief-loss-over-budget = Der Preis auf dem Tisch lag bei { $price } bei einem Budget von { $budget }: { $over } darüber.
debrief-loss-within-budget = Der Preis auf dem Tisch lag bei { $price } bei einem Budget von { $budget }: innerhalb des Budgets.
debrief-loss-no-budget = Der Preis auf dem Tisch lag bei { $price }; der Kunde hat kein Budget genannt.
debrief-loss-trust = Das Vertrauen von { $who } sank von { $from } auf { $to }; das meiste davon im Termin { $meeting } ({ $change }).

## Was ein Prüfpunkt ergab

debrief-check-attended = { $role } nahm am Termin { $meeting } teil
debrief-check-not-attended = { $role } nahm nicht am Termin { $meeting } teil
debrief-check-found-left-out = „{ $fact }“ wurde während des Verkaufs herausgefunden, aber nicht ins PID aufgenommen, sodass das Team nicht damit planen konnte
debrief-check-found = „{ $fact }“ wurde während des Verkaufs herausgefunden
debrief-check-never-found = „{ $fact }“ wurde während des Verkaufs nie herausgefunden
debrief-check-said = „{ $answer }“ wurde gesagt
debrief-check-never-said = „{ $answer }“ wurde nie gesagt
debrief-measured-no-handoff = keine Übergabe: Der Auftrag ging verloren
debrief-measured-full-handoff = jedes Versprechen kam ins PID
debrief-measured-left-out = { $count ->
    [one] 1 Versprechen fehlte im PID
   *[other] { $count } Versprechen fehlten im PID
}
debrief-measured-all-agreed = jedes Versprechen, das eine Freigabe brauchte, hatte sie
debrief-measured-unagreed = { $count ->
    [one] 1 Versprechen ohne die Freigabe der zuständigen Kollegin oder des Kollegen gegeben
   *[other] { $count } Versprechen ohne die Freigabe der zuständigen Kollegin oder des Kollegen gegeben
}
debrief-measured-none-lost = niemand im Raum verlor den Faden
debrief-measured-lost = { $answers ->
    [one] 1 Antwort
   *[other] { $answers } Antworten
} verloren jemanden im Raum, { $times ->
    [one] 1 Mal
   *[other] { $times } Mal
} insgesamt: in Worten, die die Person nicht verwendet, und niemand da, der es verständlich machte
debrief-measured-no-false-claims = es wurde keine Aussage gemacht, die nicht hält
debrief-measured-false-claims = { $count ->
    [one] 1 Aussage gemacht, die nicht hält
   *[other] { $count } Aussagen gemacht, die nicht halten
}
debrief-measured-pacing = { $share } % der Antworten trafen den Raum (nötig: { $min } %)
debrief-measured-margin = Marge { $share } % des Preises (nötig: { $min } %)
debrief-measured-satisfaction = Zufriedenheit des Kunden { $value } (nötig: { $min })
debrief-measured-nothing-delivered = es wurde nichts geliefert
debrief-measured-on-time = in { $weeks } Wochen geliefert, wie vereinbart
debrief-measured-late = in { $weeks } Wochen geliefert, { $late ->
    [one] 1 Woche
   *[other] { $late } Wochen
} nach den vereinbarten { $agreed }
debrief-measured-overtime = { $weeks ->
    [one] 1 Woche Überstunden (höchstens { $max })
   *[other] { $weeks } Wochen Überstunden (höchstens { $max })
}
debrief-measured-signed = der Kunde hat unterschrieben
debrief-measured-not-signed = der Kunde hat nicht unterschrieben

## Wer der Tonlage einer Antwort nicht folgen konnte

# Zwei Namen oder mehr: „Dana und Ravi“.
debrief-and = { $first } und { $second }
debrief-heard-lost = { $register } verlor { $names }
debrief-heard-rescued-seller = Ihr Vertrieb übersetzte { $register } verständlich für { $name }
debrief-heard-rescued-project-manager = Ihre Projektleitung übersetzte { $register } verständlich für { $name }
debrief-heard-rescued-senior-designer = Ihr Senior Designer übersetzte { $register } verständlich für { $name }

## Schlüsselmomente

debrief-moment-brought = { $meeting }: Sie haben { $roles } in den Raum geholt.
debrief-moment-noticed = Bemerkt von { $role }: „{ $fact }“
debrief-moment-claim-warned = Im Raum: { $warning }
debrief-moment-too-deep = { $who } war für so viele Details noch nicht bereit.
debrief-moment-lost-thread = { $meeting }: { $who } verlor bei { $register } den Faden – Worte, die die Person nicht verwendet.
debrief-moment-unagreed = { $promise } ging ohne die Freigabe von { $who } an den Kunden.
debrief-moment-lost-faith = { $who } verlor das Vertrauen, und der Kunde stieg aus.
debrief-moment-out-of-patience = Dem Kunden ging die Geduld aus, und er stieg aus.
debrief-moment-signed = Der Kunde unterschrieb zu { $price }.
debrief-moment-not-signed = Der Kunde hat nicht unterschrieben.
debrief-moment-left-out = { $count ->
    [one] 1 Versprechen kam nicht ins PID.
   *[other] { $count } Versprechen kamen nicht ins PID.
}
debrief-moment-need-surfaced = Woche { $week }: „{ $fact }“ tauchte als Überraschung auf ({ $days } Personentage).
debrief-moment-promise-surfaced = Woche { $week }: { $promise } kam als Überraschung zurück ({ $days } Personentage).
debrief-moment-claim-failed = Woche { $week }: „{ $claim }“ hielt nicht.
debrief-moment-happened = Woche { $week }: { $text }
debrief-moment-change-agreed = Woche { $week }: Sie haben den Kunden um eine Änderung gebeten; er stimmte zu (Vertrauen −{ $cost }).
debrief-moment-change-refused = Woche { $week }: Sie haben den Kunden um eine Änderung gebeten; er lehnte ab (Vertrauen −{ $cost }).
debrief-moment-refunded = Woche { $week }: „{ $item }“ wurde gestrichen und { $amount } des Preises an den Kunden erstattet.
debrief-moment-hired = Woche { $week }: { $person } kam ins Team.
debrief-moment-delivery-ended = Die Lieferung endete nach { $weeks } Wochen ({ $agreed } vereinbart).

## Fragen für die Nachbesprechung

debrief-question-lost-faith = { $who } ging im Termin { $meeting } verloren. Was hätte die Person dort hören müssen, und wer hätte es sagen können?
debrief-question-over-budget = Der Preis lag bei { $price } bei einem Budget von { $budget }. Welche Versprechen haben ihn nach oben getrieben, und welche waren es wert?
debrief-question-short-of-score = Der Kunde kam auf { $score } Punkte, { $threshold } wären nötig gewesen. Welche Antwort würden Sie zuerst ändern?
debrief-question-out-of-patience = Dem Kunden ging vor der Entscheidung die Geduld aus. Welcher Termin hat länger gedauert als nötig?
debrief-question-sell-differently = Der Vertrieb verdiente mit diesem Modell { $commission }; { $plan } hätte { $best } gebracht. Was würde Sie anders verkaufen lassen?
debrief-question-paid-for-a-loss = Der Vertrieb erhielt { $commission } für einen Auftrag, der dem Unternehmen { $loss } Verlust brachte. Wer sollte die Kosten eines zu großen Versprechens tragen, und wie?
debrief-question-missed-quarter = Der Auftrag wurde am Tag { $day } abgeschlossen, nach den { $days } Tagen des Quartals: Er zählte nicht für die Quote des Vertriebs. War die Zeit mit der Projektleitung das wert, und für wen?
debrief-question-review-time = Der Vertrieb verbrachte { $hours } Stunden in Reviews mit der Projektleitung, { $cost } an Verkaufszeit. Wer hat von diesen Stunden profitiert, und wer hat dafür bezahlt?

## Verborgene Bedürfnisse, Folgen und Versprechen

debrief-need-surfaced-found = Herausgefunden, aber nicht ins PID aufgenommen: tauchte in Woche { $week } als { $days } ungeplante Personentage auf
debrief-need-surfaced-unfound = Während des Verkaufs nie herausgefunden: tauchte in Woche { $week } als { $days } ungeplante Personentage auf
debrief-need-planned = Während des Verkaufs herausgefunden und ab Woche 1 eingeplant
debrief-need-left-out = Während des Verkaufs herausgefunden, nicht ins PID aufgenommen
debrief-need-unfound = Nie herausgefunden; es war noch nicht aufgetaucht
debrief-need-found-no-deal = Während des Verkaufs herausgefunden; es gab keinen Auftrag, in den es hätte eingeplant werden können
debrief-need-missed-no-deal = Während des Verkaufs nie herausgefunden
debrief-when-handoff = Übergabe
debrief-when-week = Woche { $week }
debrief-effect-work = +{ $days } Personentage Arbeit
debrief-effect-work-surprise = +{ $days } Personentage ungeplante Arbeit
debrief-effect-trust = Vertrauen { $change } bei { $who }
debrief-effect-claim-held = die Aussage wurde geprüft und hielt
debrief-effect-claim-failed = die Aussage wurde geprüft und hielt nicht
debrief-effect-judged = Urteil: { $verdict }
debrief-made = im Termin { $meeting }, gegeben von: { $role }
debrief-handoff-no-deal = nie übergeben (kein Auftrag)
debrief-handoff-in-pid = im PID
debrief-handoff-not-in-pid = NICHT im PID
debrief-pacing-summary = { $matched } von { $answers ->
    [one] 1 Antwort
   *[other] { $answers } Antworten
} trafen den Raum ({ $share })

## Was-wäre-wenn-Änderungen

debrief-edit-drop = „{ $promise }“ nie versprechen
debrief-edit-write-in = „{ $promise }“ ins PID aufnehmen
debrief-edit-leave-out = „{ $promise }“ aus dem PID weglassen
debrief-edit-deadline = Stattdessen Lieferung in { $weeks } Wochen versprechen
debrief-would-sign = Der Kunde hätte trotzdem unterschrieben: eine Chance von { $chance } % beim selben Wurf (seine Punkte { $score }, nötig { $threshold }).
debrief-would-not-sign = Der Kunde hätte NICHT unterschrieben: eine Chance von { $chance } % beim selben Wurf (seine Punkte { $score }, nötig { $threshold }). Kein Auftrag, keine Provision; die Zahlen unten zeigen die Lieferung so, als hätte er unterschrieben.

## Die Retrospektive

debrief-retro-went-wrong = Was für mich schiefging
debrief-retro-needed-from-delivery-lead = Was ich von der Projektleitung gebraucht hätte
debrief-retro-needed-from-seller = Was ich vom Vertrieb gebraucht hätte
debrief-retro-seller-not-answered = Der Vertrieb hat die Retrospektive noch nicht beantwortet.
debrief-retro-lead-not-answered = Die Projektleitung hat die Retrospektive noch nicht beantwortet.
debrief-retro-seller-went-wrong = Vertrieb, was für mich schiefging: „{ $text }“
debrief-retro-seller-needed = Vertrieb, was ich von der Projektleitung gebraucht hätte: „{ $text }“
debrief-retro-lead-went-wrong = Projektleitung, was für mich schiefging: „{ $text }“
debrief-retro-lead-needed = Projektleitung, was ich vom Vertrieb gebraucht hätte: „{ $text }“
debrief-retro-no-answer = (keine Antwort)
