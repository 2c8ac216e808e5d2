//! The game's debrief screen in words: its headings, labels and captions, tab by tab. The
//! debrief's sentences themselves (verdicts, consequences, questions) are in [`super::debrief`],
//! shared with the reports.

use super::plural;

// ---- the top bar and the bottom bar ------------------------------------------------------

/// The debrief's title: `Debrief · First Client`.
pub fn title(scenario: &str) -> String {
    format!("Debrief · {scenario}")
}

/// The overall score: `Score 82/100`.
pub fn score(score: f32) -> String {
    format!("Score {score:.0}/100")
}

/// The rubric's count: `5 of 7 checks passed`.
pub fn checks_passed(passed: usize, of: usize) -> String {
    format!("{passed} of {of} checks passed")
}

/// What the HTML export is, on hover.
pub const HTML_EXPORT_NOTE: &str = "One self-contained page to print or send round";

// ---- the Outcome tab ------------------------------------------------------------------------

/// The seller's card on the Outcome tab.
pub const SELLER_CARD: &str = "The seller's scorecard";
/// The company's card on the Outcome tab.
pub const COMPANY_CARD: &str = "The company's scorecard";
/// Over the key moments.
pub const KEY_MOMENTS: &str = "Key moments";

// ---- the Promises tab -----------------------------------------------------------------------

/// No promise was made.
pub const NO_PROMISE: &str =
    "No promise was made. Every answer stayed within what the offer already said.";

/// Who a promise was made to, and where: `to Sam Pereira · in Discovery, by the seller`.
pub fn made_to(to: &str, made: &str) -> String {
    format!("to {to} · {made}")
}

/// When a consequence came, before it: `week 4:`.
pub fn when_label(when: &str) -> String {
    format!("{when}:")
}

/// The what-if button's hover text on a promise.
pub const TRY_A_CHANGE: &str = "Try a change to this promise on the What-if page";

/// Over the hidden needs.
pub const HIDDEN_NEEDS: &str = "Hidden needs: what the client knew and did not say";

/// A need's owner and what became of it: `Sam Pereira (Practice manager) · found in Discovery`.
pub fn need_line(owner: &str, status: &str) -> String {
    format!("{owner} · {status}")
}

// ---- the Pacing tab -------------------------------------------------------------------------

/// Over the pacing chart.
pub const PACING_CHART: &str = "Depth of each answer against what the room was ready for";
/// How to read the chart.
pub const PACING_HOW_TO_READ: &str = "Each line is a person's readiness for detail (1 vision … 5 plan detail). Answers above their line went too deep; below it, too shallow.";
/// Over the answers that missed.
pub const MISSED_HEADING: &str = "Answers that missed the room";
/// No answer missed.
pub const NONE_MISSED: &str = "None: every answer met the room where it was.";

/// One answer that missed: `Answer 3 · Discovery · depth 4 (Plan)`.
pub fn missed_answer(n: usize, meeting: &str, depth: u8, depth_word: &str) -> String {
    format!("Answer {n} · {meeting} · depth {depth} ({depth_word})")
}

/// Who an answer was too deep for.
pub fn too_deep_for(names: &[String]) -> String {
    format!("Too deep for {}", names.join(", "))
}

/// Who an answer was too shallow for.
pub fn too_shallow_for(names: &[String]) -> String {
    format!("Too shallow for {}", names.join(", "))
}

/// A person's readiness line in the chart: `Dr Okafor: ready for`.
pub fn ready_for(name: &str) -> String {
    format!("{name}: ready for")
}

/// A person's readiness in the chart's legend: `Dr Okafor ready for`.
pub fn ready_for_legend(name: &str) -> String {
    format!("{name} ready for")
}

/// A point of the pacing chart, on hover: `Depth you chose\nanswer 3: 4.0`.
pub fn pacing_point(line: &str, answer: f64, level: f64) -> String {
    format!("{line}\nanswer {answer:.0}: {level:.1}")
}

/// The chosen depth, in the chart.
pub const DEPTH_CHOSEN: &str = "Depth you chose";
/// Answers too deep for someone, in the chart.
pub const TOO_DEEP_FOR_SOMEONE: &str = "Too deep for someone";
/// Answers too shallow for someone, in the chart.
pub const TOO_SHALLOW_FOR_SOMEONE: &str = "Too shallow for someone";
/// The pacing chart's series: answers in words someone in the room does not follow.
pub const WORDS_NOT_FOLLOWED: &str = "Words someone did not follow";
/// Its legend.
pub const WORDS_LEGEND: &str = "words not followed";

// ---- the What-if tab ------------------------------------------------------------------------

/// A deal never handed over has nothing to replay.
pub const NEVER_HANDED_OVER: &str =
    "What-if replays start from the handoff, and this deal was never handed over.";
/// Step 1.
pub const PICK_A_PROMISE: &str = "1 · Pick a promise";
/// A promise's hover text in the list: `a 15 % discount · to Sam Pereira`.
pub fn promise_to(what: &str, to: &str) -> String {
    format!("{what} · to {to}")
}
/// The keys of the what-if.
pub const WHAT_IF_KEYS: &str =
    "Keys: ↑ ↓ pick · D never made · P handoff · W date · + − weeks · Enter replays";
/// Step 3, before a replay.
pub const SEE_WHAT_WOULD_HAPPEN: &str = "3 · See what would have happened";
/// How the replay works.
pub const REPLAY_NOTE: &str = "The replay uses the same seed and the same weekly decisions from the handoff on, and shows the result beside what really happened.";
/// Step 3, after a replay.
pub const WHAT_WOULD_HAVE_HAPPENED: &str = "3 · What would have happened";
/// The columns of the comparison.
pub const COLUMNS: [&str; 3] = ["What happened", "What if", "Difference"];
/// Step 2.
pub const CHANGE_IT: &str = "2 · Change it";
/// Step 2 before a promise is picked.
pub const PICK_FIRST: &str = "Pick a promise on the left first.";
/// The change: never make the promise.
pub const NEVER_MAKE_IT: &str = "Never make it";

/// The change: the other side of the handoff.
pub fn handoff_change(in_pid: bool) -> &'static str {
    if in_pid {
        "Leave it out of the PID"
    } else {
        "Write it into the PID"
    }
}

/// The change: another date.
pub fn another_date(was_weeks: u32) -> String {
    format!("Promise another date (was {})", plural(was_weeks, "week"))
}

/// The date the what-if promises.
pub fn weeks(n: u32) -> String {
    plural(n, "week")
}

/// Run the replay.
pub const REPLAY: &str = "Replay delivery";
/// What the replay keeps, on hover.
pub const REPLAY_HOVER: &str =
    "Same seed, same weekly decisions (those still possible), from the handoff on.";

// ---- the Discuss tab and facilitator mode -------------------------------------------------

/// Over the questions.
pub const QUESTIONS_FOR_THE_ROOM: &str = "Questions for the room";
/// Facilitator mode's button.
pub const FACILITATOR_MODE: &str = "Facilitator mode";
/// What facilitator mode is, on hover.
pub const FACILITATOR_HOVER: &str =
    "One question at a time, large, for a projector. Arrow keys move on.";

/// Where facilitator mode is: `Question 2 of 6`.
pub fn question_of(n: usize, total: usize) -> String {
    format!("Question {n} of {total}")
}

/// Back to the list of questions.
pub const ALL_QUESTIONS: &str = "All questions";

// ---- the retrospective (the Two roles tab) ------------------------------------------------

/// The retrospective's text fields, empty.
pub const RETRO_HINT: &str = "A few words";
/// How to answer the retrospective by keyboard.
pub const RETRO_KEYS: &str = "Tab moves into the answers and on to the button; Enter presses it.";

/// Characters used of the most allowed: `12 / 280`.
pub fn chars_used(used: usize, max: usize) -> String {
    format!("{used} / {max}")
}

/// Send the retrospective's answers (first time, or changed).
pub fn save_answers(given: bool) -> &'static str {
    if given {
        "Change my answers"
    } else {
        "Save my answers"
    }
}

/// The answers are saved.
pub const SAVED: &str = "✔ Saved";

// ---- the what-if comparison's rows --------------------------------------------------------

/// The comparison's row labels, in order: signing, score, weeks, weeks late, margin,
/// satisfaction, renewal chance, morale, commission.
pub const ROWS: [&str; 9] = [
    "Client signs",
    "Score",
    "Weeks",
    "Weeks late",
    "Margin",
    "Client satisfaction",
    "Renewal chance",
    "Team morale",
    "Commission",
];

/// Yes or no.
pub fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// Weeks taken against weeks agreed: `11 (9 agreed)`.
pub fn weeks_agreed(actual: u32, agreed: u32) -> String {
    format!("{actual} ({agreed} agreed)")
}

pub use super::percent;
