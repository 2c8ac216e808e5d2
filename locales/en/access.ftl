# The wording of src/wording/access.rs.

access-team-member = A team member
access-portrait-of = Portrait of { $name }
access-portrait-mood = { $who }, mood: { $mood }
access-burnup-chart = Chart of the work, week by week: by week { $week }, { $done } of { $all_work } person-days done; the agreed date is week { $agreed_week }.
access-burnup-chart-team = Chart of the work, week by week: by week { $week }, { $done } of { $all_work } person-days done; the agreed date is week { $agreed_week }; the team's own plan ends in week { $team_week }.
access-pacing-chart = Chart of the depth of each of your { $answers } answers against what the room was ready for. { $summary }
access-drill-chart = Chart of the match rate over { $attempts } attempts: last { $last } %, best { $best } %.
