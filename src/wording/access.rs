//! Words for screen readers: the text alternatives of pictures and charts, and the names of
//! controls that show no words of their own.

/// A portrait: who it is and, where the screen shows it, their mood ("Dana Reyes, mood: Guarded").
/// A face with no name (a team member on a suggestion card) is "A team member".
pub fn portrait(name: &str, mood: Option<&str>) -> String {
    let who = if name.trim().is_empty() {
        "A team member".to_string()
    } else {
        format!("Portrait of {name}")
    };
    match mood {
        Some(m) => format!("{who}, mood: {m}"),
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
    let mut s = format!(
        "Chart of the work, week by week: by week {week}, {} of {} person-days done; the agreed \
         date is week {agreed_week}",
        done.round(),
        all_work.round()
    );
    if let Some(t) = team_week {
        s.push_str(&format!("; the team's own plan ends in week {t}"));
    }
    s.push('.');
    s
}

/// The pacing chart of the debrief: how deep each answer went against what the room was ready
/// for, with its summary ("7 of 11 answers matched the room").
pub fn pacing_chart(answers: usize, summary: &str) -> String {
    format!(
        "Chart of the depth of each of your {answers} answers against what the room was ready \
         for. {summary}"
    )
}

/// The drill's chart of match rate over attempts.
pub fn drill_chart(attempts: usize, last: f64, best: f64) -> String {
    format!(
        "Chart of the match rate over {attempts} attempts: last {:.0} %, best {:.0} %.",
        last, best
    )
}
