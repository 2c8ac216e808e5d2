//! The menus' sentences: the title screen, the scenario picker, the about page, the progress
//! page and the pause and settings menus. Counts agree with their nouns here, once.

use super::plural;

/// `1 file` or `3 files` with problems, and the like: the count with its noun.
fn count(n: usize, noun: &str) -> String {
    plural(u32::try_from(n).unwrap_or(u32::MAX), noun)
}

// ---- the title screen ---------------------------------------------------------------------

/// The line under the game's name.
pub const TAGLINE: &str = "Sell it. Hand it over. Deliver it. See which promise did what.";

/// A game to go on with: `First Client (12 decisions in)`.
pub fn game_in_progress(title: &str, decisions: usize) -> String {
    format!("{title} ({} in)", count(decisions, "decision"))
}

/// The title's first item when there is a game to go on with: `Continue: First Client (...)`.
pub fn continue_game(game: &str) -> String {
    format!("Continue: {game}")
}

/// The card over a message about the saved game.
pub const ABOUT_SAVED_GAME: &str = "About your saved game";

/// How many scenarios are ready to play, and how many files have problems (the title screen).
pub fn title_ready(playable: usize, broken: usize) -> String {
    let mut line = match playable {
        0 => "No scenario is ready to play".to_owned(),
        n => format!("{} ready", count(n, "scenario")),
    };
    if broken > 0 {
        line.push_str(&format!(
            " · {} with problems (listed under New game)",
            count(broken, "file")
        ));
    }
    line
}

/// The keys the title screen answers to.
pub const TITLE_KEYS: &str = "Keys: number keys choose · Enter confirms · Esc pauses a game";

// ---- the scenario picker ------------------------------------------------------------------

/// The picker's subtitle: how many scenarios are ready, and how many files have problems.
pub fn picker_ready(playable: usize, broken: usize) -> String {
    match (playable, broken) {
        (0, _) => "No scenario is ready to play yet".to_owned(),
        (n, 0) => format!("{} ready", count(n, "scenario")),
        (n, b) => format!("{n} ready · {} with problems", count(b, "file")),
    }
}

/// A scenario's client and sector: `Marlow Physio · Healthcare`.
pub fn client_sector(client: &str, sector: &str) -> String {
    format!("{client} · {sector}")
}

/// A scenario's length in minutes, on its chip.
pub fn minutes_chip(minutes: u32) -> String {
    format!("{minutes} min")
}

/// The picker with nothing to play.
pub const NOTHING_TO_PLAY: &str = "Nothing to play yet";

/// How to get something to play.
pub const HOW_TO_ADD: &str = "Put a *.scenario.ron file into a levels folder, or fix the files listed on the left. The list updates by itself when a file changes.";

/// How a scenario runs: `4 meetings to win the deal, then ... · about 25 minutes`.
pub fn scenario_shape(meetings: usize, minutes: u32) -> String {
    format!(
        "{} to win the deal, then the handoff and delivery · about {minutes} minutes",
        count(meetings, "meeting")
    )
}

/// Where a broken file lies: `in levels/`.
pub fn in_folder(folder: &str) -> String {
    format!("in {folder}")
}

/// The problems not listed on a broken file's card: `…and 3 more`.
pub fn and_more(n: usize) -> String {
    format!("…and {n} more")
}

// ---- the about page -----------------------------------------------------------------------

/// The program's version, under the about page's title.
pub fn version(v: &str) -> String {
    format!("Version {v}")
}

/// Where the shipped levels are read from: a folder on disk, or the ones built in.
pub fn shipped_levels(dir: Option<&str>, builtin: usize) -> String {
    match dir {
        Some(dir) => format!(
            "Shipped levels: read from {dir} (files on disk win over the {builtin} built-in ones)"
        ),
        None => format!("Shipped levels: the {builtin} built into this program"),
    }
}

/// What the data folder holds (it exists), or will hold (it is made on the first save).
pub fn data_folder_holds(exists: bool) -> &'static str {
    if exists {
        "Settings, the autosave, exported debriefs (exports/) and your own levels (levels/) live here."
    } else {
        "Created on the first save. Settings, the autosave, exported debriefs (exports/) and your own levels (levels/) will live here."
    }
}

/// The progress page without a data folder.
pub const NO_DATA_FOR_PROGRESS: &str = "No data folder: progress is not kept.";
/// The results settings without a data folder.
pub const NO_DATA_FOR_RESULTS: &str = "No data folder: the results settings cannot be kept.";

/// No data folder could be found.
pub const NO_DATA_FOLDER: &str = "No data folder could be found: nothing is saved. Start the game with --data-dir DIR or set OVERPROMISE_DATA_DIR.";

// ---- the progress page --------------------------------------------------------------------

/// The progress page's subtitle.
pub const PROGRESS_SUBTITLE: &str = "What you have played, passed and practised";

/// Over a damaged progress file's message.
pub const PROGRESS_DAMAGED: &str = "A progress file was damaged";

/// No assessed run recorded yet.
pub const NO_RUNS_YET: &str = "None yet: choose Assessed on a briefing to record a run.";

/// One scenario's record: `Seller · best 82 on 2026-12-01 · 3 runs`.
pub fn played_line(role: &str, best: f32, date: &str, runs: u32) -> String {
    format!(
        "{role} · best {best:.0} on {date} · {}",
        plural(runs, "run")
    )
}

/// When a rubric check was first passed: `First Client · first on 2026-12-01`.
pub fn first_passed(scenario: &str, date: &str) -> String {
    format!("{scenario} · first on {date}")
}

/// The results form's note on the account id.
pub const PSEUDONYM_NOTE: &str =
    "The account id is a pseudonym: results never carry your email unless you write one here.";

/// How many learning-record statements wait to be sent.
pub fn statements_waiting(n: usize) -> String {
    match n {
        0 => "No statement waiting to be sent.".to_owned(),
        n => format!("{} waiting to be sent.", count(n, "statement")),
    }
}

// ---- the pause and settings menus ---------------------------------------------------------

/// Under the pause menu's title.
pub const SAVED_AFTER_EVERY_DECISION: &str = "Your game is saved after every decision.";

/// The range of the text size setting.
pub fn scale_range(smallest: f32, largest: f32) -> String {
    format!(
        "From {:.0} % to {:.0} %. Larger suits a projector at the back of the room.",
        smallest * 100.0,
        largest * 100.0
    )
}

/// The level of support new briefings start at, with what it means.
pub fn support_default(blurb: &str) -> String {
    format!("Where every briefing starts. {blurb}")
}

// ---- headings and captions of the menus ----------------------------------------------------

/// The title screen's items after Continue.
pub const NEW_GAME: &str = "New game";
/// Join a workshop, from the title screen.
pub const JOIN_WORKSHOP: &str = "Join a workshop";
/// Host a workshop, from the title screen.
pub const HOST_WORKSHOP: &str = "Host a workshop";
/// Back to the title screen (buttons).
pub const BACK_TO_TITLE: &str = "Back to title";
/// The picker's title.
pub const CHOOSE_SCENARIO: &str = "Choose a scenario";
/// The picker's main button.
pub const READ_BRIEFING: &str = "Read the briefing";
/// Over the files the picker could not load.
pub const FILES_WITH_PROBLEMS: &str = "Files with problems";
/// Over a scenario's lessons.
pub const WHAT_IT_TEACHES: &str = "What it teaches";
/// The about page's title.
pub const ABOUT_TITLE: &str = "About Overpromise";
/// Over the data folder and the levels.
pub const WHERE_THINGS_ARE: &str = "Where things are";
/// The data folder's label.
pub const DATA_FOLDER: &str = "Data folder";
/// Over the font licence's text.
pub const FONT_LICENCE: &str = "DejaVu fonts licence";
/// A licence's note, after the licence: `· full text below`.
pub fn licence_note(note: &str) -> String {
    format!("· {note}")
}
/// Over the assessed runs on the progress page.
pub const SCENARIOS_PLAYED: &str = "Scenarios played (assessed runs)";
/// Over the rubric checks passed.
pub const CHECKS_PASSED: &str = "Rubric checks passed at least once";
/// Nothing recorded yet.
pub const NONE_YET: &str = "None yet.";
/// A check passed: `✔ The project manager came to discovery.`.
pub fn check_passed(check: &str) -> String {
    format!("✔ {check}")
}
/// Over the drills on the progress page.
pub const DRILLS: &str = "Pitch-pacing drills";
/// Over the learning-record settings.
pub const RESULTS_HEADING: &str = "Results for a learning system";
/// Send the queued statements now.
pub const SEND_NOW: &str = "Send now";
/// The pause menu's last item.
pub const TO_TITLE_SCREEN: &str = "Back to the title screen";
/// Over the text size setting.
pub const SIZE_HEADING: &str = "Size of text and controls";
/// The text size now: `125 %`.
pub fn scale_now(scale: f32) -> String {
    format!("{:.0} %", scale * 100.0)
}
/// The high-contrast setting and what it does.
pub const HIGH_CONTRAST: (&str, &str) = ("High contrast", "White on black with yellow highlights.");
/// The coach-mode setting and what it does.
pub const COACH_MODE: (&str, &str) = (
    "Coach mode",
    "Show the numbers behind the cues: trust, readiness, patience, promises an answer makes.",
);
/// The default support setting's label.
pub const SUPPORT_FOR_THE_ROOM: &str = "Support for the room";
/// The guide setting and what it does.
pub const GUIDE_AGAIN: (&str, &str) = (
    "Show the guide again",
    "The guide points at what to read in your next practice game of the first scenario.",
);

/// The button that goes back one screen.
pub const BACK: &str = "Back";

/// The settings could not be written to disk.
pub fn settings_not_saved(error: &str) -> String {
    format!("Your settings could not be saved: {error}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(
            title_ready(1, 1),
            "1 scenario ready · 1 file with problems (listed under New game)"
        );
        assert_eq!(picker_ready(3, 2), "3 ready · 2 files with problems");
        assert_eq!(
            game_in_progress("First Client", 1),
            "First Client (1 decision in)"
        );
        assert_eq!(statements_waiting(1), "1 statement waiting to be sent.");
        assert!(scenario_shape(1, 20).starts_with("1 meeting to win"));
    }
}
