# The wording of src/wording/support.rs.

support-name-guided = Guided
support-name-standard = Standard
support-name-expert = Expert
support-blurb-guided = Answers show their depth, people their readiness; the rubric as actions.
support-blurb-standard = Cues in words and mood, no dots; the rubric as competencies.
support-blurb-expert = Read faces, moods and lines; the rubric waits for the debrief.
support-line = Played with { $level } support

support-kind-attended = Who you bring to the meetings
support-kind-found = What you find out before handoff
support-kind-said = What you say in the meetings
support-kind-handoff = The handoff to delivery
support-kind-claims = Honest claims
support-kind-agreed = Winning your colleagues' agreement
support-kind-words = Speaking in words the room follows
support-kind-pacing = Pacing your answers to the room
support-kind-margin = The margin the project keeps
support-kind-satisfaction = How satisfied the client is
support-kind-on-time = Delivering on time
support-kind-workload = The team's workload
support-kind-won = Winning the deal
support-kind-overall = The overall result
