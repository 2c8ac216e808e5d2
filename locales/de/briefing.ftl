# Die Wörter von src/wording/briefing.rs.

briefing-subtitle = Briefing · { $difficulty } · etwa { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
briefing-coach-numbers = Vertrauen { $trust } · Bereitschaft { $readiness } · Gewicht { $weight } %
briefing-you-go-alone = Sie gehen allein
briefing-you-may-bring = Sie können { $roles } mitbringen
briefing-role-or = { $roles } oder { $role }
briefing-meeting-note = — { $who }
briefing-team-member = { $name }, { $role }

briefing-start = Ersten Termin beginnen
briefing-choose-another = Anderes Szenario wählen
briefing-the-client = Der Kunde
briefing-the-people = Die Menschen, die Sie treffen
briefing-cares-about = Wichtig ist
briefing-judged = Wie Sie bewertet werden
briefing-judged-note = Worauf die Nachbesprechung achtet. Die einzelnen Prüfungen sehen Sie nach dem Spiel.
briefing-judged-hidden = Bei der Unterstützung „Experte“ sehen Sie das Bewertungsraster erst in der Nachbesprechung.
briefing-meetings-ahead = Die anstehenden Termine
briefing-your-team = Ihr Projektteam
briefing-your-support = Ihre Unterstützung
briefing-who-plays = Wer spielt
briefing-solo = Allein: eine Person, beide Rollen
briefing-two-roles = Zwei Rollen an diesem Bildschirm
briefing-solo-note = Sie verkaufen, schreiben die PID und leiten die Umsetzung selbst: So lernen Sie das Spiel.
briefing-two-roles-note = Vertrieb und Projektleitung wechseln sich an diesem Bildschirm ab; ein Vorhang sagt, wer wegschaut.
briefing-names-keys = Tab springt von Schaltfläche zu Schaltfläche und in die Namen; Enter verlässt einen Namen.
briefing-name-seller = Vertrieb
briefing-name-delivery-lead = Projektleitung
