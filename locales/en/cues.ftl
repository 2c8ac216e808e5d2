# The wording of src/wording/cues.rs.

cues-mood-engaged = Engaged
cues-mood-open = Open
cues-mood-guarded = Guarded
cues-mood-sceptical = Sceptical
cues-mood-near-walkout = Close to walking out

cues-appetite-big-picture = Wants the big picture
cues-appetite-outline = Wants the outline
cues-appetite-how-it-works = Wants to know how it works
cues-appetite-plan = Wants the plan
cues-appetite-specifics = Wants specifics

cues-depth-vision = Vision
cues-depth-benefits = Benefits
cues-depth-approach = Approach
cues-depth-plan = Plan
cues-depth-plan-detail = Plan detail

cues-patience-good = Plenty of time for you
cues-patience-fair = Keep it moving
cues-patience-watch = Wearing thin
cues-patience-bad = Losing patience
