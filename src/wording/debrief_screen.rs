//! The game's debrief screen in words: its headings, labels and captions, tab by tab. The
//! debrief's sentences themselves (verdicts, consequences, questions) are in [`super::debrief`],
//! shared with the reports.

use super::decimal;
use crate::tr;

// ---- the top bar and the bottom bar ------------------------------------------------------

/// The debrief's title: `Debrief · First Client`.
pub fn title(scenario: &str) -> String {
    tr!("debrief-screen-title", scenario = scenario)
}

/// The overall score: `Score 82/100`.
pub fn score(score: f32) -> String {
    tr!("debrief-screen-score", score = decimal(score, 0))
}

/// The rubric's count: `5 of 7 checks passed`.
pub fn checks_passed(passed: usize, of: usize) -> String {
    tr!("debrief-screen-checks-passed", passed = passed, total = of)
}

/// What the HTML export is, on hover.
pub fn html_export_note() -> String {
    tr!("debrief-screen-html-export-note")
}

// ---- the Outcome tab ------------------------------------------------------------------------

/// The seller's card on the Outcome tab.
pub fn seller_card() -> String {
    tr!("debrief-screen-seller-card")
}
/// The company's card on the Outcome tab.
pub fn company_card() -> String {
    tr!("debrief-screen-company-card")
}
/// Over the key moments.
pub fn key_moments() -> String {
    tr!("debrief-screen-key-moments")
}

// ---- the Promises tab -----------------------------------------------------------------------

/// No promise was made.
pub fn no_promise() -> String {
    tr!("debrief-screen-no-promise")
}

/// Who a promise was made to, and where: `to Sam Pereira · in Discovery, by the seller`.
pub fn made_to(to: &str, made: &str) -> String {
    tr!("debrief-screen-made-to", to = to, made = made)
}

/// When a consequence came, before it: `week 4:`.
pub fn when_label(when: &str) -> String {
    tr!("debrief-screen-when-label", when = when)
}

/// The what-if button's hover text on a promise.
pub fn try_a_change() -> String {
    tr!("debrief-screen-try-a-change")
}

/// Over the hidden needs.
pub fn hidden_needs() -> String {
    tr!("debrief-screen-hidden-needs")
}

/// A need's owner and what became of it: `Sam Pereira (Practice manager) · found in Discovery`.
pub fn need_line(owner: &str, status: &str) -> String {
    tr!("debrief-screen-need-line", owner = owner, status = status)
}

// ---- the Pacing tab -------------------------------------------------------------------------

/// Over the pacing chart.
pub fn pacing_chart() -> String {
    tr!("debrief-screen-pacing-chart")
}
/// How to read the chart.
pub fn pacing_how_to_read() -> String {
    tr!("debrief-screen-pacing-how-to-read")
}
/// Over the answers that missed.
pub fn missed_heading() -> String {
    tr!("debrief-screen-missed-heading")
}
/// No answer missed.
pub fn none_missed() -> String {
    tr!("debrief-screen-none-missed")
}

/// One answer that missed: `Answer 3 · Discovery · depth 4 (Plan)`.
pub fn missed_answer(n: usize, meeting: &str, depth: u8, depth_word: &str) -> String {
    tr!(
        "debrief-screen-missed-answer",
        number = n,
        meeting = meeting,
        depth = depth,
        depth_word = depth_word
    )
}

/// Who an answer was too deep for.
pub fn too_deep_for(names: &[String]) -> String {
    tr!("debrief-screen-too-deep-for", names = names.join(", "))
}

/// Who an answer was too shallow for.
pub fn too_shallow_for(names: &[String]) -> String {
    tr!("debrief-screen-too-shallow-for", names = names.join(", "))
}

/// A person's readiness line in the chart: `Dr Okafor: ready for`.
pub fn ready_for(name: &str) -> String {
    tr!("debrief-screen-ready-for", name = name)
}

/// A person's readiness in the chart's legend: `Dr Okafor ready for`.
pub fn ready_for_legend(name: &str) -> String {
    tr!("debrief-screen-ready-for-legend", name = name)
}

/// A point of the pacing chart, on hover: `Depth you chose\nanswer 3: 4.0`.
pub fn pacing_point(line: &str, answer: f64, level: f64) -> String {
    tr!(
        "debrief-screen-pacing-point",
        line = line,
        answer = decimal(answer as f32, 0),
        level = decimal(level as f32, 1)
    )
}

/// The chosen depth, in the chart.
pub fn depth_chosen() -> String {
    tr!("debrief-screen-depth-chosen")
}
/// Answers too deep for someone, in the chart.
pub fn too_deep_for_someone() -> String {
    tr!("debrief-screen-too-deep-for-someone")
}
/// Answers too shallow for someone, in the chart.
pub fn too_shallow_for_someone() -> String {
    tr!("debrief-screen-too-shallow-for-someone")
}
/// The pacing chart's series: answers in words someone in the room does not follow.
pub fn words_not_followed() -> String {
    tr!("debrief-screen-words-not-followed")
}
/// Its legend.
pub fn words_legend() -> String {
    tr!("debrief-screen-words-legend")
}

// ---- the What-if tab ------------------------------------------------------------------------

/// A deal never handed over has nothing to replay.
pub fn never_handed_over() -> String {
    tr!("debrief-screen-never-handed-over")
}
/// Step 1.
pub fn pick_a_promise() -> String {
    tr!("debrief-screen-pick-a-promise")
}
/// A promise's hover text in the list: `a 15 % discount · to Sam Pereira`.
pub fn promise_to(what: &str, to: &str) -> String {
    tr!("debrief-screen-promise-to", what = what, to = to)
}
/// The keys of the what-if.
pub fn what_if_keys() -> String {
    tr!("debrief-screen-what-if-keys")
}
/// Step 3, before a replay.
pub fn see_what_would_happen() -> String {
    tr!("debrief-screen-see-what-would-happen")
}
/// How the replay works.
pub fn replay_note() -> String {
    tr!("debrief-screen-replay-note")
}
/// Step 3, after a replay.
pub fn what_would_have_happened() -> String {
    tr!("debrief-screen-what-would-have-happened")
}
/// The columns of the comparison.
pub fn columns() -> [String; 3] {
    [
        tr!("debrief-screen-column-happened"),
        tr!("debrief-screen-column-what-if"),
        tr!("debrief-screen-column-difference"),
    ]
}
/// Step 2.
pub fn change_it() -> String {
    tr!("debrief-screen-change-it")
}
/// Step 2 before a promise is picked.
pub fn pick_first() -> String {
    tr!("debrief-screen-pick-first")
}
/// The change: never make the promise.
pub fn never_make_it() -> String {
    tr!("debrief-screen-never-make-it")
}

/// The change: the other side of the handoff.
pub fn handoff_change(in_pid: bool) -> String {
    if in_pid {
        tr!("debrief-screen-leave-out-of-pid")
    } else {
        tr!("debrief-screen-write-into-pid")
    }
}

/// The change: another date.
pub fn another_date(was_weeks: u32) -> String {
    tr!("debrief-screen-another-date", weeks = was_weeks)
}

/// The date the what-if promises.
pub fn weeks(n: u32) -> String {
    tr!("debrief-screen-weeks", weeks = n)
}

/// Run the replay.
pub fn replay() -> String {
    tr!("debrief-screen-replay")
}
/// What the replay keeps, on hover.
pub fn replay_hover() -> String {
    tr!("debrief-screen-replay-hover")
}

// ---- the Discuss tab and facilitator mode -------------------------------------------------

/// Over the questions.
pub fn questions_for_the_room() -> String {
    tr!("debrief-screen-questions-for-the-room")
}
/// Facilitator mode's button.
pub fn facilitator_mode() -> String {
    tr!("debrief-screen-facilitator-mode")
}
/// What facilitator mode is, on hover.
pub fn facilitator_hover() -> String {
    tr!("debrief-screen-facilitator-hover")
}

/// Where facilitator mode is: `Question 2 of 6`.
pub fn question_of(n: usize, total: usize) -> String {
    tr!("debrief-screen-question-of", number = n, total = total)
}

/// Back to the list of questions.
pub fn all_questions() -> String {
    tr!("debrief-screen-all-questions")
}

// ---- the retrospective (the Two roles tab) ------------------------------------------------

/// The retrospective's text fields, empty.
pub fn retro_hint() -> String {
    tr!("debrief-screen-retro-hint")
}
/// How to answer the retrospective by keyboard.
pub fn retro_keys() -> String {
    tr!("debrief-screen-retro-keys")
}

/// Characters used of the most allowed: `12 / 280`.
pub fn chars_used(used: usize, max: usize) -> String {
    tr!("debrief-screen-chars-used", used = used, max = max)
}

/// Send the retrospective's answers (first time, or changed).
pub fn save_answers(given: bool) -> String {
    if given {
        tr!("debrief-screen-change-answers")
    } else {
        tr!("debrief-screen-save-answers")
    }
}

/// The answers are saved.
pub fn saved() -> String {
    tr!("debrief-screen-saved")
}

// ---- the what-if comparison's rows --------------------------------------------------------

/// The comparison's row labels, in order: signing, score, weeks, weeks late, margin,
/// satisfaction, renewal chance, morale, commission.
pub fn rows() -> [String; 9] {
    [
        tr!("debrief-screen-row-signs"),
        tr!("debrief-screen-row-score"),
        tr!("debrief-screen-row-weeks"),
        tr!("debrief-screen-row-weeks-late"),
        tr!("debrief-screen-row-margin"),
        tr!("debrief-screen-row-satisfaction"),
        tr!("debrief-screen-row-renewal"),
        tr!("debrief-screen-row-morale"),
        tr!("debrief-screen-row-commission"),
    ]
}

/// Yes or no.
pub fn yes_no(yes: bool) -> String {
    if yes {
        tr!("debrief-screen-yes")
    } else {
        tr!("debrief-screen-no")
    }
}

/// Weeks taken against weeks agreed: `11 (9 agreed)`.
pub fn weeks_agreed(actual: u32, agreed: u32) -> String {
    tr!(
        "debrief-screen-weeks-agreed",
        actual = actual,
        agreed = agreed
    )
}

// ---- labels the views show as they are ---------------------------------------------------

/// Export HTML, on the bottom bar.
pub fn export_html() -> String {
    tr!("debrief-screen-export-html")
}

/// Export Markdown, on the bottom bar.
pub fn export_markdown() -> String {
    tr!("debrief-screen-export-markdown")
}

/// Over the rubric on the Outcome tab.
pub fn rubric() -> String {
    tr!("debrief-screen-rubric")
}

/// A rubric check that passed.
pub fn pass() -> String {
    tr!("debrief-screen-pass")
}

/// A rubric check that failed.
pub fn fail() -> String {
    tr!("debrief-screen-fail")
}

/// Over the pacing record.
pub fn pacing() -> String {
    tr!("debrief-screen-pacing")
}

/// Over the promises.
pub fn promises() -> String {
    tr!("debrief-screen-promises")
}

/// The button on a promise that opens the What-if page.
pub fn what_if_button() -> String {
    tr!("debrief-screen-what-if-button")
}

/// Over the What-if page when there is nothing to replay.
pub fn what_if() -> String {
    tr!("debrief-screen-what-if")
}

/// Facilitator mode: the question before.
pub fn previous() -> String {
    tr!("debrief-screen-previous")
}

/// Facilitator mode: the question after.
pub fn next() -> String {
    tr!("debrief-screen-next")
}

/// The pacing chart's horizontal axis.
pub fn axis_answer() -> String {
    tr!("debrief-screen-axis-answer")
}

/// The chosen depth, in the chart's legend.
pub fn legend_depth_chosen() -> String {
    tr!("debrief-screen-legend-depth-chosen")
}

/// Too deep, in the chart's legend.
pub fn legend_too_deep() -> String {
    tr!("debrief-screen-legend-too-deep")
}

/// Too shallow, in the chart's legend.
pub fn legend_too_shallow() -> String {
    tr!("debrief-screen-legend-too-shallow")
}

pub use super::percent;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_screen_words_stay_english_and_speak_german() {
        assert_eq!(
            pacing_point("Depth you chose", 3.0, 4.0),
            "Depth you chose\nanswer 3: 4.0"
        );
        assert_eq!(another_date(1), "Promise another date (was 1 week)");
        assert_eq!(weeks(3), "3 weeks");
        assert_eq!(score(81.6), "Score 82/100");
        with_language(Language::German, || {
            assert_eq!(
                pacing_point("Von Ihnen gewählte Tiefe", 3.0, 4.5),
                "Von Ihnen gewählte Tiefe\nAntwort 3: 4,5"
            );
            assert_eq!(weeks(1), "1 Woche");
            assert_eq!(checks_passed(5, 7), "5 von 7 Prüfpunkten erfüllt");
            assert_eq!(rows()[0], "Kunde unterschreibt");
        });
    }
}
