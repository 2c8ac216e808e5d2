# Die Wörter von src/wording/cues.rs.

cues-mood-engaged = Engagiert
cues-mood-open = Offen
cues-mood-guarded = Zurückhaltend
cues-mood-sceptical = Skeptisch
cues-mood-near-walkout = Kurz davor, zu gehen

cues-appetite-big-picture = Will das große Ganze
cues-appetite-outline = Will die Grundzüge
cues-appetite-how-it-works = Will wissen, wie es funktioniert
cues-appetite-plan = Will den Plan
cues-appetite-specifics = Will Einzelheiten

cues-depth-vision = Vision
cues-depth-benefits = Nutzen
cues-depth-approach = Vorgehen
cues-depth-plan = Plan
cues-depth-plan-detail = Plandetails

cues-patience-good = Reichlich Zeit für Sie
cues-patience-fair = Zügig bleiben
cues-patience-watch = Wird knapp
cues-patience-bad = Verliert die Geduld
