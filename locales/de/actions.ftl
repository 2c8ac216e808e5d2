# Die Wörter von src/wording/actions.rs.
# IDs in geraden Anführungszeichen ("fc_ask") sind die IDs des Szenarios, wie ein Skript oder ein Gerät sie nennt.

actions-plan-gap = { $days ->
    [one] 1 Tag vor dem Termin "{ $key }" einplanen
   *[other] { $days } Tage vor dem Termin "{ $key }" einplanen
}
actions-plan-booking = { $roles } für den Termin "{ $key }" einplanen
actions-plan-cancel = { $roles } für den Termin "{ $key }" absagen
actions-confirm-plan = den Kampagnenplan bestätigen
actions-go-alone = allein gehen
actions-invite = { $roles } einladen
actions-answer = Antwort "{ $key }"
actions-answer-number = Antwort Nr. { $number }
actions-include-promise = das Versprechen "{ $key }" aufnehmen
actions-include-fact = die Tatsache "{ $key }" aufnehmen
actions-leave-out-promise = das Versprechen "{ $key }" weglassen
actions-leave-out-fact = die Tatsache "{ $key }" weglassen
actions-submit-pid = übergeben
actions-walk-away = vom Auftrag zurücktreten
actions-overtime-on = Überstunden an
actions-overtime-off = Überstunden aus
actions-quality-share = Qualitätsanteil { $share } %
actions-hire = "{ $key }" einstellen
actions-descope = die Streichung von "{ $key }" erbitten
actions-more-time = { $weeks ->
    [one] 1 Woche mehr erbitten
   *[other] { $weeks } Wochen mehr erbitten
}
actions-client-update = ein Kunden-Update
actions-invite-account-manager = den Account Manager einladen
actions-end-week = die Woche beenden
actions-flag = Antwort "{ $key }" markieren ({ $concern })
actions-query-promise = nach dem Versprechen "{ $key }" fragen
actions-query-fact = nach der Tatsache "{ $key }" fragen
actions-rebaseline = das Versprechen "{ $key }" neu planen lassen
actions-accept-pid = das Dokument annehmen
actions-retro = die Retrospektive beantworten

actions-unknown-answer = Antwort Nr. { $number }
actions-unknown-person = Person Nr. { $number }
actions-unknown-scope = Leistungsposten Nr. { $number }

actions-no-promise-or-fact = es gibt kein Versprechen und keine Tatsache mit der ID "{ $id }"
actions-no-promise = es gibt kein Versprechen mit der ID "{ $id }"
actions-no-answer = es gibt keine Antwort mit der ID "{ $id }"
actions-no-scope = es gibt keinen Leistungsposten mit der ID "{ $id }"
actions-no-person = es gibt keine Person mit der ID "{ $id }"
actions-no-claim = es gibt keine Aussage mit der ID "{ $id }"
actions-no-meeting = es gibt keinen Termin mit der ID "{ $id }"

## Welche Art von Ding eine ID benennt (Probleme eines Skripts)
actions-kind-promise-or-fact = Versprechen oder Tatsache
actions-kind-promise = Versprechen
actions-kind-answer = Antwort
actions-kind-scope = Leistungsbestandteil
actions-kind-person = Person
actions-kind-claim = Aussage
actions-kind-meeting = Termin
