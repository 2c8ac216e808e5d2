# The wording of src/wording/console.rs.

console-console-title = Workshop-Konsole
console-leave-console = Konsole verlassen
console-tables-tab = Tische
console-class-debrief = Klassen-Nachbesprechung
console-fetching-board = Die Klassen-Nachbesprechung wird vom Host geholt…
console-waiting-for-host = Warten auf den ersten Bericht des Hosts…
console-no-table-joined = Noch ist kein Tisch beigetreten.
console-seller-short = V
console-lead-short = P
console-both-short = V+P
console-observer-short = B
console-facilitator-short = M
console-devices-key = Geräte: ● verbunden, ○ getrennt (es tritt mit seinem Token wieder bei, auch nach einem Neustart; „Freigeben“ lässt einen neuen Laptop einen Platz übernehmen, dessen Laptop fort ist). V Vertrieb, P Projektleitung, B Beobachter.
console-free-seat = Freigeben
console-release = Durchlassen
console-pace = Tempo
console-timer-minutes = Timer (Min.)
console-start = Starten
console-stop = Stoppen
console-stage = Phase
console-tell-the-room = An alle im Raum
console-broadcast-hint = Noch fünf Minuten für das PID
console-broadcast = Senden
console-push-to = Auslösen für
console-every-table = alle Tische
console-import-table = Einen Offline-Tisch importieren
console-table-name = Tischname
console-result-file = Ergebnisdatei auf diesem Gerät
console-result-file-hint = /home/ich/exporte/first_client-seed-7.md
console-import = Importieren
console-facilitator-key = Moderationsschlüssel
console-key-needed = Die Konsole braucht den Moderationsschlüssel, den der Host beim Start ausgegeben hat (in seiner Zeile „Console“). Die Geräte an den Tischen sehen ihn nie.
console-key-wrong = Das ist nicht der Moderationsschlüssel dieses Workshops, die Konsole bleibt daher geschlossen. Kopieren Sie den Schlüssel oder die ganze Adresse der Konsole aus dem Fenster des Hosts.
console-no-key = Dieser Host konnte keinen Moderationsschlüssel erzeugen (das System lieferte keine Zufallszahlen), daher erhält kein Browser die Konsole: Öffnen Sie sie stattdessen im Spiel.
console-console-needs-script = Die Konsole braucht JavaScript: Schalten Sie es für diese Seite ein.
console-console-lost = Verbindung zum Host verloren: neuer Versuch…
console-controls = Steuerung
console-timer-off = Kein Timer läuft.
console-result-file-browser = Ergebnisdatei (eine exportierte Nachbesprechung, ein Spielstand oder ein Skript)
console-board-page = Tafel der Klassen-Nachbesprechung öffnen
console-board-csv = Klassen-Nachbesprechung herunterladen (CSV)
console-done = Erledigt.
console-join-title = An einem Workshop teilnehmen
console-join-subtitle = Der Bildschirm der Moderation zeigt die Adresse und den Raumcode.
console-join = Teilnehmen
console-not-joined = Nicht beigetreten
console-no-connection = Gar keine Verbindung? Gast-WLANs trennen Geräte oft voneinander: Spielen Sie das Szenario allein über „Neues Spiel“, exportieren Sie das Ergebnis in der Nachbesprechung und geben Sie die Datei der Moderation, die sie in die Klassen-Nachbesprechung importiert.
console-host-address = Adresse des Hosts
console-address-hint = 192.168.1.20:7878
console-room-code = Raumcode
console-code-hint = wie auf dem Projektor
console-your-role = Ihre Rolle
console-table-hint = Tisch 3
console-seller-help = Sie führen die Termine, geben die Versprechen und schreiben das PID. Die Projektleitung Ihres Tisches tritt auf ihrem eigenen Gerät bei.
console-lead-help = Sie sitzen in den Terminen, zu denen Sie eingeladen werden, markieren Antworten, prüfen das PID und steuern die Umsetzung.
console-both-help = Zwei von Ihnen teilen sich dieses Gerät (gemeinsames Gerät): Es spielt beide Rollen, mit einem Vorhang zwischen den Plätzen, und meldet die Entscheidungen des Tisches an den Host.
console-observer-help = Sie sehen einem Tisch zu, wie seine Projektleitung ihn sieht, und entscheiden nichts.
console-facilitator-help = Die Konsole: der Fortschritt jedes Tisches, Timer und Schranken, Durchsagen und die Klassen-Nachbesprechung. Sie braucht den Moderationsschlüssel, den der Host beim Start ausgegeben hat; kein Tischname.
console-type-the-code = Geben Sie den Raumcode vom Bildschirm der Moderation ein.
console-code-shape = Ein Raumcode besteht aus einigen Buchstaben und Ziffern, wie auf dem Projektor.
console-name-your-table = Benennen Sie Ihren Tisch (derselbe Name auf beiden Geräten des Tisches).
console-host-title = Einen Workshop ausrichten
console-start-host = Host starten
console-open-console = Konsole öffnen
console-stop-workshop = Workshop beenden
console-host-failed = Der Host ist nicht gestartet
console-address = Adresse
console-port = Port
console-host-note = Nur Geräte mit dem Raumcode treten bei. Der Host lauscht in jedem Netz dieses Geräts; die Entscheidungen des Workshops liegen im Datenordner, ein neu gestarteter Host macht also weiter.
console-host-code-shape = Ein Raumcode besteht aus 4 bis 32 Buchstaben und Ziffern (ohne ihn startet der Host nie).
console-port-shape = Der Port ist eine Zahl von 1 bis 65535 (7878, sofern er frei ist).
console-no-level = Kein spielbares Szenario: Der Workshop braucht eines.
console-no-data-folder = es gibt keinen Datenordner zum Speichern
console-refresh-board = Aktualisieren
console-save-board-csv = Als CSV speichern
console-save-board-html = Als Webseite speichern
console-role-seller = Vertrieb
console-role-delivery-lead = Projektleitung
console-role-both = Beide an diesem Gerät
console-role-observer = Beobachter
console-role-facilitator = Moderation

console-subtitle = Raum { $code } · { $address } · { $link }
console-status-playing = { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · läuft
console-status-paused = { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · PAUSIERT
console-status-playing-gate = { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · läuft · Schranke vor der Umsetzung geschlossen
console-status-paused-gate = { $tables ->
    [one] 1 Tisch
   *[other] { $tables } Tische
} · PAUSIERT · Schranke vor der Umsetzung geschlossen
console-column-table = Tisch
console-column-stage = Phase
console-column-where = Termin / Woche
console-column-promises = Versprechen
console-column-last-decision = Letzte Entscheidung
console-column-devices = Geräte
console-table-imported = { $table } (importiert)
console-table-hot-seat = { $table } (gemeinsames Gerät)
console-week = Woche { $week }
console-weeks-taken = { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}
console-seconds-ago = vor { $seconds } s
console-minutes-ago = vor { $minutes } Min.
console-resume-all = Alle fortsetzen
console-pause-all = Alle pausieren
console-open-gate = Schranke öffnen
console-close-gate = Vor der Umsetzung auf alle warten
console-hide-ledgers = Zusagenbücher verbergen
console-reveal-ledgers = Zusagenbücher aufdecken
console-hide-ranks = Ränge verbergen
console-show-ranks = Ränge zeigen
console-board-for-projector = Tafel für den Projektor: { $url }
console-table-name-rule = 1 bis { $max } Buchstaben, Ziffern, Leerzeichen, „-“ oder „_“
console-name-the-import = Benennen Sie den importierten Tisch: { $rule }.
console-unreadable = { $path } lässt sich nicht lesen: { $error }.
console-file-too-large = { $path } hat { $kib } KiB; eine Ergebnisdatei hat höchstens { $limit_kib } KiB.
console-not-text = { $path } ist keine Textdatei (eine Ergebnisdatei ist RON-Text).
console-timer-range = Der Timer läuft 1 bis { $max_minutes } Minuten.
console-push-to-table = Auslösen für { $table }
console-push-to-every-table = Auslösen für alle Tische
console-free-seat-at = Platz { $seat } an { $table } freigeben
console-release-table = { $table } durchlassen
console-device-connected = { $seat } verbunden
console-device-dropped = { $seat } getrennt
console-table-name-shape = Ein Tischname hat { $rule }.
console-connection-failed = Die Verbindung ließ sich nicht aufbauen: { $error }.
console-host-subtitle-running = Die Tische treten von ihren eigenen Geräten bei: „An einem Workshop teilnehmen“, dann diese Adresse und dieser Code.
console-host-subtitle = Dieses Gerät richtet den Workshop aus: das Spiel jedes Tisches, die Konsole und die Klassen-Nachbesprechung.
console-second-screen = Tafel der Klassen-Nachbesprechung für einen zweiten Bildschirm: { $url } · Ein Tisch ohne Verbindung spielt offline und gibt Ihnen seine Ergebnisdatei, die Sie in der Konsole importieren.
console-console-failed = Die Konsole konnte sich nicht verbinden: { $error }.
console-board-saved = Gespeichert unter { $path }
console-board-not-saved = Die Klassen-Nachbesprechung ließ sich nicht speichern: { $error }.

console-type-the-key = Geben Sie den Moderationsschlüssel ein, den der Host beim Start ausgegeben hat.
