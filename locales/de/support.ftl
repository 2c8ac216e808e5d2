# The wording of src/wording/support.rs.

support-name-guided = Begleitet
support-name-standard = Standard
support-name-expert = Experte
support-blurb-guided = Antworten zeigen ihre Tiefe, Personen ihre Bereitschaft; das Bewertungsraster als Handlungen.
support-blurb-standard = Hinweise in Worten und Stimmung, keine Punkte; das Bewertungsraster als Kompetenzen.
support-blurb-expert = Lesen Sie Gesichter, Stimmungen und Aussagen; das Bewertungsraster wartet auf die Nachbesprechung.
support-line = Gespielt mit der Unterstützung „{ $level }“

support-kind-attended = Wen Sie zu den Terminen mitbringen
support-kind-found = Was Sie vor der Übergabe herausfinden
support-kind-said = Was Sie in den Terminen sagen
support-kind-handoff = Die Übergabe an die Projektleitung
support-kind-claims = Ehrliche Aussagen
support-kind-agreed = Die Zustimmung Ihrer Kolleginnen und Kollegen gewinnen
support-kind-words = In Worten sprechen, denen der Raum folgen kann
support-kind-pacing = Ihre Antworten auf den Raum abstimmen
support-kind-margin = Die Marge, die dem Projekt bleibt
support-kind-satisfaction = Wie zufrieden der Kunde ist
support-kind-on-time = Pünktlich liefern
support-kind-workload = Die Auslastung des Teams
support-kind-won = Den Auftrag gewinnen
support-kind-overall = Das Gesamtergebnis
