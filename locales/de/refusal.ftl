# The wording of src/wording/refusal.rs.

refusal-session-over = die Sitzung ist vorbei
refusal-phase-invite = wählen Sie zuerst, wer am nächsten Termin teilnimmt
refusal-phase-plan = die Kampagne wird geplant: legen Sie Tage und Buchungen fest und bestätigen Sie dann den Plan
refusal-not-in-plan = der Plan bietet diese Wahl nicht (eine Zahl von Tagen, die er nicht anbietet, oder jemand, den dieser Termin nicht einladen darf)
refusal-already-planned = der Plan sieht das bereits vor
refusal-phase-beat = ein Termin läuft: antworten Sie dem Kunden
refusal-phase-handoff = die Übergabe läuft: schreiben Sie das Dokument
refusal-phase-review = die Projektleitung prüft das Dokument: nehmen Sie es an, hinterfragen Sie einen Punkt oder bitten Sie darum, ein Versprechen neu festzulegen
refusal-not-yours-seller = das entscheidet der Vertrieb
refusal-not-yours-delivery-lead = das entscheidet die Projektleitung
refusal-two-roles-only = das ist nur möglich, wenn zwei Personen spielen
refusal-not-flaggable = niemand aus der Umsetzung im Raum erkennt das in dieser Antwort, oder es ist bereits markiert
refusal-not-in-pid = das steht nicht im Dokument
refusal-already-asked = das wurde bereits gefragt
refusal-retro-too-long = eine Antwort ist { $chars } Zeichen lang; bitte nur wenige Worte (höchstens { $max })
refusal-retro-empty = beantworten Sie mindestens eine der beiden Fragen
refusal-phase-delivery = die Umsetzung läuft: entscheiden Sie diese Woche oder beenden Sie sie
refusal-not-invitable = nur Personen aus der Umsetzung, die dieser Termin einladen darf, können kommen, jede einmal
refusal-not-offered = diese Antwort steht im aktuellen Abschnitt nicht zur Wahl
refusal-locked = diese Antwort steht nur zur Wahl, wenn ihre Voraussetzung erfüllt ist
refusal-not-a-candidate = nur gemachte Versprechen und gefundene verborgene Bedürfnisse können ins Dokument
refusal-already-in-pid = das steht bereits im Dokument
refusal-already-out-of-pid = das ist bereits aus dem Dokument entfernt
refusal-week-full = keine weiteren Entscheidungen diese Woche: beenden Sie die Woche
refusal-overtime-already-on = Überstunden sind bereits an
refusal-overtime-already-off = Überstunden sind bereits aus
refusal-quality-at-maximum = das Testen steht bereits beim Maximum von { $share } %
refusal-quality-unchanged = das Testen steht bereits bei { $share } %
refusal-quality-not-offered = das Testen reicht von 0 bis { $max } % in Schritten von { $step } %, nicht { $share } %
refusal-not-for-hire = diese Person gehört nicht zu den möglichen Neueinstellungen
refusal-already-hired = bereits im Team
refusal-one-change-a-week = ein Änderungsantrag pro Woche
refusal-no-time-requests-left = { $times ->
    [1] der Kunde wurde bereits einmal um mehr Zeit gebeten
    [2] der Kunde wurde bereits zweimal um mehr Zeit gebeten
   *[other] der Kunde wurde bereits { $times }-mal um mehr Zeit gebeten
}
refusal-steps-or = {" oder "}
refusal-weeks-not-offered = mehr Zeit wird in Schritten von { $steps } Wochen erbeten, nicht { $weeks }
refusal-not-in-backlog = dieser Punkt steht nicht im Backlog
refusal-already-dropped = dieser Punkt wurde bereits gestrichen
refusal-already-finished = dieser Punkt ist bereits erledigt
refusal-update-already-planned = diese Woche geht bereits ein Update raus
refusal-account-manager-already-in = das Account-Management ist bereits bei den Reviews dabei

refusal-notice = Das geht jetzt nicht: { $error }.
refusal-not-now = { $action } ist jetzt nicht möglich: { $refusal }
refusal-unknown = { $what } gibt es in diesem Szenario nicht
