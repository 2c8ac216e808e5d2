# Die Texte von src/wording/workshop.rs.

workshop-protocol-too-old = dieses Gerät spricht Workshop-Protokoll { $device }, älter als das des Hosts ({ $host }): aktualisieren Sie Overpromise auf diesem Gerät
workshop-protocol-too-new = dieses Gerät spricht Workshop-Protokoll { $device }, neuer als das des Hosts ({ $host }): aktualisieren Sie Overpromise auf dem Host
workshop-wrong-room = das ist nicht der Raumcode dieses Workshops: prüfen Sie den Code auf dem Bildschirm der Moderation
workshop-slow-down = zu viele falsche Raumcodes von dieser Adresse: warten Sie { $seconds } Sekunden, bevor Sie es erneut versuchen
workshop-malformed = die Nachricht konnte nicht gelesen werden ({ $detail }); nichts wurde geändert
workshop-hello-timeout = keine Anmeldung innerhalb von { $seconds } Sekunden: die Verbindung wird geschlossen
workshop-stale = Entscheidung { $seq } ist nicht neuer als die letzte von diesem Platz übernommene ({ $last }): nichts wurde geändert; nummerieren Sie die nächste höher als { $last }
workshop-seat-taken-back = Ihr Platz an Tisch „{ $table }“ wurde von einer anderen Verbindung übernommen (mit seinem Token, oder die Moderation hat ihn freigegeben); diese Verbindung wird geschlossen
workshop-no-such-seat = an Tisch „{ $table }“ wurde dieser Platz keinem Gerät zugewiesen: nichts freizugeben
workshop-too-large = die Nachricht ist zu groß ({ $size }, die Grenze liegt bei { $limit } Byte); nichts wurde geändert
workshop-not-joined = melden Sie sich zuerst an: mit Raumcode, Tisch und Platz
workshop-already-joined = dieses Gerät ist bereits angemeldet; verbinden Sie sich neu, um Tisch oder Platz zu wechseln
workshop-seat-taken = der Platz „{ $seat }“ an Tisch „{ $table }“ ist bereits belegt: das Gerät, das ihn belegt hat, kann mit seinem Token zurückkehren
workshop-bad-token = dieses Token gehört zu keinem Platz an Tisch „{ $table }“
workshop-wrong-mode-imported = Tisch „{ $table }“ wurde offline gespielt und importiert: treten Sie als Beobachter bei
workshop-wrong-mode-hot-seat = Tisch „{ $table }“ wird von einem Gerät in beiden Rollen gespielt (gemeinsames Gerät): treten Sie als Beobachter bei
workshop-wrong-mode-two-devices = Tisch „{ $table }“ wird von zwei Geräten gespielt, Vertrieb und Projektleitung: wählen Sie einen dieser Plätze

workshop-seat-seller = Vertrieb
workshop-seat-delivery-lead = Projektleitung
workshop-seat-hot-seat = gemeinsames Gerät
workshop-wrong-seat-seller = das ist eine Entscheidung des Vertriebs, und dieses Gerät hat diesen Platz nicht; nichts wurde geändert
workshop-wrong-seat-delivery-lead = das ist eine Entscheidung der Projektleitung, und dieses Gerät hat diesen Platz nicht; nichts wurde geändert
workshop-session-over = die Sitzung ist beendet; nichts wurde geändert
workshop-not-your-turn = Sie sind nicht am Zug: der Tisch wartet auf { $who }; nichts wurde geändert
workshop-the-seller = den Vertrieb
workshop-the-delivery-lead = die Projektleitung
workshop-and = { $first } und { $second }
workshop-illegal = { $action } ist jetzt nicht möglich: { $refusal }; nichts wurde geändert
workshop-unknown-id = { $detail }; nichts wurde geändert
workshop-paused = die Moderation hat den Workshop pausiert: warten Sie, bis es weitergeht; nichts wurde geändert
workshop-gate-closed = die Moderation wartet, bis jeder Tisch unterschrieben hat, bevor die Umsetzung beginnt: warten Sie oder bitten Sie um Freigabe; nichts wurde geändert
workshop-not-facilitator = das kann nur die Konsole der Moderation
workshop-observer = ein Beobachter verfolgt den Tisch und entscheidet nichts
workshop-import-failed = die Ergebnisdatei konnte nicht importiert werden: { $detail }
workshop-no-such-table = in diesem Workshop gibt es keinen Tisch „{ $table }“
workshop-storage = der Host konnte nicht auf die Festplatte schreiben ({ $detail }); ein Neustart würde dies nicht überstehen: sagen Sie der Moderation Bescheid
workshop-push-refused = Tisch „{ $table }“ ist fertig: es kann nichts mehr an ihn gesendet werden

workshop-column-rank = Rang
workshop-column-table = Tisch
workshop-column-deal = Auftrag
workshop-column-commission = Provision
workshop-column-margin = Marge
workshop-column-satisfaction = Zufriedenheit
workshop-column-weeks-late = Wochen Verzug
workshop-column-promises-made = Versprechen gegeben
workshop-column-promises-kept = Versprechen gehalten
workshop-column-pacing-match = Pitch-Tempo getroffen
workshop-column-source = Herkunft
workshop-column-promise = Versprechen
workshop-column-in-the-pid = In der PID
workshop-column-verdict = Urteil
workshop-column-what-it-did = Was es für den Auftrag bedeutete
workshop-column-role = Rolle
workshop-column-went-wrong = Was für mich schiefging
workshop-column-needed = Was ich von der anderen Rolle gebraucht hätte
workshop-column-promised = Dem Kunden versprochen
workshop-column-agreed = Am Ende vereinbart
workshop-column-delivered = Geliefert in
workshop-column-late-penalty = Verzugsstrafe
workshop-section-tables = Die Tische im Vergleich
workshop-section-deadlines = Termine: versprochen, vereinbart, geliefert
workshop-section-promises = Versprechen für Versprechen
workshop-section-retrospectives = Retrospektiven

workshop-weeks = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}
workshop-no-penalty = keine
workshop-in-pid-yes = ja
workshop-in-pid-no = nein
workshop-effect-same-length = gleich lang
workshop-effect-sooner = { $weeks ->
    [one] 1 Woche früher
   *[other] { $weeks } Wochen früher
}
workshop-effect-later = { $weeks ->
    [one] 1 Woche später
   *[other] { $weeks } Wochen später
}
workshop-effect = Marge { $margin }, { $weeks }, Zufriedenheit { $satisfaction }
workshop-name-the-seat = ein gemeinsames Gerät hat beide Plätze: nennen Sie den Platz, von dem die Retrospektive stammt
workshop-both-roles = Vertrieb und Projektleitung
workshop-imported-tables = Offline gespielt und importiert: { $tables }.
workshop-not-promised = Ohne dieses Versprechen abgeschlossen: { $tables }.
workshop-role-seller = Vertrieb
workshop-role-delivery-lead = Projektleitung
workshop-board-title = Gemeinsame Nachbesprechung: { $scenario }
workshop-still-playing = spielt noch ({ $phase })
workshop-source-imported = offline, importiert
workshop-source-host = am Host
workshop-deal-lost = verloren
workshop-ranks-hidden = Die Moderation hat die Ränge ausgeblendet.
workshop-no-table-yet = Noch kein Tisch.
workshop-table-log-not-started = sein Entscheidungsprotokoll konnte nicht angelegt werden

workshop-facilitator-key-needed = Die Konsole braucht den Moderationsschlüssel, den der Host beim Start ausgegeben hat (der Raumcode allein genügt nicht).

## Was `overpromise host` ausgibt
workshop-host-banner = Overpromise-Workshop-Host

    Geräte      { $ws }
    Browser     { $browsers }
    Tafel       { $board }
    Raumcode    { $code }
workshop-host-console = Konsole     { $url }
    {"            "}(die Konsole der Moderation im Browser: behalten Sie diese Adresse für sich)
workshop-host-decisions-kept = Die Entscheidungen liegen in { $dir } ({ $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} fortgesetzt).
workshop-host-stop = Beenden mit Strg+C.
