//! Words for screen readers: the text alternatives of pictures and charts, and the names of
//! controls that show no words of their own.

use crate::tr;

/// A portrait: who it is and, where the screen shows it, their mood ("Dana Reyes, mood: Guarded").
/// A face with no name (a team member on a suggestion card) is "A team member".
pub fn portrait(name: &str, mood: Option<&str>) -> String {
    let who = if name.trim().is_empty() {
        tr!("access-team-member")
    } else {
        tr!("access-portrait-of", name = name)
    };
    match mood {
        Some(m) => tr!("access-portrait-mood", who = who, mood = m),
        None => who,
    }
}

/// The delivery chart: the work done and all the work, week by week, against the agreed date.
pub fn burnup_chart(
    week: u32,
    done: f64,
    all_work: f64,
    agreed_week: u32,
    team_week: Option<u32>,
) -> String {
    let done = format!("{}", done.round());
    let all_work = format!("{}", all_work.round());
    match team_week {
        Some(t) => tr!(
            "access-burnup-chart-team",
            week = week,
            done = done,
            all_work = all_work,
            agreed_week = agreed_week,
            team_week = t
        ),
        None => tr!(
            "access-burnup-chart",
            week = week,
            done = done,
            all_work = all_work,
            agreed_week = agreed_week
        ),
    }
}

/// The pacing chart of the debrief: how deep each answer went against what the room was ready
/// for, with its summary ("7 of 11 answers matched the room").
pub fn pacing_chart(answers: usize, summary: &str) -> String {
    tr!("access-pacing-chart", answers = answers, summary = summary)
}

/// The drill's chart of match rate over attempts.
pub fn drill_chart(attempts: usize, last: f64, best: f64) -> String {
    tr!(
        "access-drill-chart",
        attempts = attempts,
        last = super::decimal(last as f32, 0),
        best = super::decimal(best as f32, 0)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn screen_reader_names_in_english_and_german() {
        assert_eq!(
            portrait("Dana", Some("Guarded")),
            "Portrait of Dana, mood: Guarded"
        );
        assert_eq!(portrait(" ", None), "A team member");
        assert_eq!(
            burnup_chart(3, 12.4, 40.0, 8, Some(9)),
            "Chart of the work, week by week: by week 3, 12 of 40 person-days done; the agreed \
             date is week 8; the team's own plan ends in week 9."
        );
        assert_eq!(
            drill_chart(4, 75.0, 100.0),
            "Chart of the match rate over 4 attempts: last 75 %, best 100 %."
        );
        with_language(Language::German, || {
            assert_eq!(portrait("Dana", None), "Porträt von Dana");
            assert_eq!(
                drill_chart(1, 50.0, 50.0),
                "Diagramm der Trefferquote über 1 Versuch: zuletzt 50 %, Bestwert 50 %."
            );
        });
    }
}
