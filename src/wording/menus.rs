//! The menus' sentences: the title screen, the scenario picker, the about page, the progress
//! page and the pause and settings menus. Counts agree with their nouns here, once.

use super::decimal;
use crate::tr;

// ---- the title screen ---------------------------------------------------------------------

/// The line under the game's name.
pub fn tagline() -> String {
    tr!("menus-tagline")
}

/// A game to go on with: `First Client (12 decisions in)`.
pub fn game_in_progress(title: &str, decisions: usize) -> String {
    tr!(
        "menus-game-in-progress",
        title = title,
        decisions = decisions
    )
}

/// The title's first item when there is a game to go on with: `Continue: First Client (...)`.
pub fn continue_game(game: &str) -> String {
    tr!("menus-continue", game = game)
}

/// The card over a message about the saved game.
pub fn about_saved_game() -> String {
    tr!("menus-about-saved-game")
}

/// How many scenarios are ready to play, and how many files have problems (the title screen).
pub fn title_ready(playable: usize, broken: usize) -> String {
    let line = match playable {
        0 => tr!("menus-title-none-ready"),
        n => tr!("menus-title-ready", playable = n),
    };
    match broken {
        0 => line,
        b => tr!("menus-title-broken", line = line, broken = b),
    }
}

/// The keys the title screen answers to.
pub fn title_keys() -> String {
    tr!("menus-title-keys")
}

// ---- the scenario picker ------------------------------------------------------------------

/// The picker's subtitle: how many scenarios are ready, and how many files have problems.
pub fn picker_ready(playable: usize, broken: usize) -> String {
    match (playable, broken) {
        (0, _) => tr!("menus-picker-none-ready"),
        (n, 0) => tr!("menus-picker-ready", playable = n),
        (n, b) => tr!("menus-picker-ready-broken", playable = n, broken = b),
    }
}

/// A scenario's client and sector: `Marlow Physio · Healthcare`.
pub fn client_sector(client: &str, sector: &str) -> String {
    tr!("menus-client-sector", client = client, sector = sector)
}

/// A scenario's length in minutes, on its chip.
pub fn minutes_chip(minutes: u32) -> String {
    tr!("menus-minutes-chip", minutes = minutes)
}

/// The picker with nothing to play.
pub fn nothing_to_play() -> String {
    tr!("menus-nothing-to-play")
}

/// How to get something to play.
pub fn how_to_add() -> String {
    tr!("menus-how-to-add")
}

/// How a scenario runs: `4 meetings to win the deal, then ... · about 25 minutes`.
pub fn scenario_shape(meetings: usize, minutes: u32) -> String {
    tr!(
        "menus-scenario-shape",
        meetings = meetings,
        minutes = minutes
    )
}

/// Where a broken file lies: `in levels/`.
pub fn in_folder(folder: &str) -> String {
    tr!("menus-in-folder", folder = folder)
}

/// The problems not listed on a broken file's card: `…and 3 more`.
pub fn and_more(n: usize) -> String {
    tr!("menus-and-more", n = n)
}

// ---- the about page -----------------------------------------------------------------------

/// The program's version, under the about page's title.
pub fn version(v: &str) -> String {
    tr!("menus-version", version = v)
}

/// Where the shipped levels are read from: a folder on disk, or the ones built in.
pub fn shipped_levels(dir: Option<&str>, builtin: usize) -> String {
    match dir {
        Some(dir) => tr!("menus-shipped-levels-dir", dir = dir, builtin = builtin),
        None => tr!("menus-shipped-levels-builtin", builtin = builtin),
    }
}

/// What the data folder holds (it exists), or will hold (it is made on the first save).
pub fn data_folder_holds(exists: bool) -> String {
    if exists {
        tr!("menus-data-folder-holds")
    } else {
        tr!("menus-data-folder-will-hold")
    }
}

/// The progress page without a data folder.
pub fn no_data_for_progress() -> String {
    tr!("menus-no-data-for-progress")
}
/// The results settings without a data folder.
pub fn no_data_for_results() -> String {
    tr!("menus-no-data-for-results")
}

/// No data folder could be found.
pub fn no_data_folder() -> String {
    tr!("menus-no-data-folder")
}

// ---- the progress page --------------------------------------------------------------------

/// The progress page's subtitle.
pub fn progress_subtitle() -> String {
    tr!("menus-progress-subtitle")
}

/// Over a damaged progress file's message.
pub fn progress_damaged() -> String {
    tr!("menus-progress-damaged")
}

/// No assessed run recorded yet.
pub fn no_runs_yet() -> String {
    tr!("menus-no-runs-yet")
}

/// One scenario's record: `Seller · best 82 on 2026-12-01 · 3 runs`.
pub fn played_line(role: &str, best: f32, date: &str, runs: u32) -> String {
    tr!(
        "menus-played-line",
        role = role,
        best = decimal(best, 0),
        date = date,
        runs = runs
    )
}

/// When a rubric check was first passed: `First Client · first on 2026-12-01`.
pub fn first_passed(scenario: &str, date: &str) -> String {
    tr!("menus-first-passed", scenario = scenario, date = date)
}

/// The results form's note on the account id.
pub fn pseudonym_note() -> String {
    tr!("menus-pseudonym-note")
}

/// How many learning-record statements wait to be sent.
pub fn statements_waiting(n: usize) -> String {
    match n {
        0 => tr!("menus-no-statement-waiting"),
        n => tr!("menus-statements-waiting", n = n),
    }
}

// ---- the pause and settings menus ---------------------------------------------------------

/// Under the pause menu's title.
pub fn saved_after_every_decision() -> String {
    tr!("menus-saved-after-every-decision")
}

/// The range of the text size setting.
pub fn scale_range(smallest: f32, largest: f32) -> String {
    tr!(
        "menus-scale-range",
        smallest = scale_now(smallest),
        largest = scale_now(largest)
    )
}

/// The level of support new briefings start at, with what it means.
pub fn support_default(blurb: &str) -> String {
    tr!("menus-support-default", blurb = blurb)
}

// ---- headings and captions of the menus ----------------------------------------------------

/// The title screen's items after Continue.
pub fn new_game() -> String {
    tr!("menus-new-game")
}
/// Join a workshop, from the title screen.
pub fn join_workshop() -> String {
    tr!("menus-join-workshop")
}
/// Host a workshop, from the title screen.
pub fn host_workshop() -> String {
    tr!("menus-host-workshop")
}
/// Back to the title screen (buttons).
pub fn back_to_title() -> String {
    tr!("menus-back-to-title")
}
/// The picker's title.
pub fn choose_scenario() -> String {
    tr!("menus-choose-scenario")
}
/// The picker's main button.
pub fn read_briefing() -> String {
    tr!("menus-read-briefing")
}
/// Over the files the picker could not load.
pub fn files_with_problems() -> String {
    tr!("menus-files-with-problems")
}
/// Over a scenario's lessons.
pub fn what_it_teaches() -> String {
    tr!("menus-what-it-teaches")
}
/// The about page's title.
pub fn about_title() -> String {
    tr!("menus-about-title")
}
/// Over the data folder and the levels.
pub fn where_things_are() -> String {
    tr!("menus-where-things-are")
}
/// The data folder's label.
pub fn data_folder() -> String {
    tr!("menus-data-folder")
}
/// Over the font licence's text.
pub fn font_licence() -> String {
    tr!("menus-font-licence")
}
/// A licence's note, after the licence: `· full text below`.
pub fn licence_note(note: &str) -> String {
    tr!("menus-licence-note", note = note)
}
/// Over the assessed runs on the progress page.
pub fn scenarios_played() -> String {
    tr!("menus-scenarios-played")
}
/// Over the rubric checks passed.
pub fn checks_passed() -> String {
    tr!("menus-checks-passed")
}
/// Nothing recorded yet.
pub fn none_yet() -> String {
    tr!("menus-none-yet")
}
/// A check passed: `✔ The project manager came to discovery.`.
pub fn check_passed(check: &str) -> String {
    tr!("menus-check-passed", check = check)
}
/// Over the drills on the progress page.
pub fn drills() -> String {
    tr!("menus-drills")
}
/// Over the learning-record settings.
pub fn results_heading() -> String {
    tr!("menus-results-heading")
}
/// Send the queued statements now.
pub fn send_now() -> String {
    tr!("menus-send-now")
}
/// The pause menu's last item.
pub fn to_title_screen() -> String {
    tr!("menus-to-title-screen")
}
/// Over the text size setting.
pub fn size_heading() -> String {
    tr!("menus-size-heading")
}
/// The text size setting's buttons.
pub fn smaller() -> String {
    tr!("menus-smaller")
}
/// The text size setting's buttons.
pub fn larger() -> String {
    tr!("menus-larger")
}
/// The text size now: `125 %`.
pub fn scale_now(scale: f32) -> String {
    format!("{} %", decimal(scale * 100.0, 0))
}
/// The high-contrast setting and what it does.
pub fn high_contrast() -> (String, String) {
    (tr!("menus-high-contrast"), tr!("menus-high-contrast-what"))
}
/// The coach-mode setting and what it does.
pub fn coach_mode() -> (String, String) {
    (tr!("menus-coach-mode"), tr!("menus-coach-mode-what"))
}
/// The default support setting's label.
pub fn support_for_the_room() -> String {
    tr!("menus-support-for-the-room")
}
/// The guide setting and what it does.
pub fn guide_again() -> (String, String) {
    (tr!("menus-guide-again"), tr!("menus-guide-again-what"))
}
/// The language setting and what it does.
pub fn language_setting() -> (String, String) {
    (tr!("menus-language"), tr!("menus-language-what"))
}

/// The language setting when it follows the system: `System (English)`.
pub fn system_language(endonym: &str) -> String {
    tr!("menus-system-language", language = endonym)
}

/// The button that goes back one screen.
pub fn back() -> String {
    tr!("menus-back")
}

/// The settings could not be written to disk.
pub fn settings_not_saved(error: &str) -> String {
    tr!("menus-settings-not-saved", error = error)
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

    #[test]
    fn german_counts_agree_too() {
        use crate::wording::i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(
                title_ready(1, 2),
                "1 Szenario spielbereit · 2 Dateien mit Problemen (aufgeführt unter Neues Spiel)"
            );
            assert_eq!(
                game_in_progress("Erster Kunde", 1),
                "Erster Kunde (1 Entscheidung getroffen)"
            );
            assert_eq!(
                scale_range(0.8, 1.5),
                "Von 80 % bis 150 %. Größer eignet sich für einen Beamer hinten im Raum."
            );
        });
    }
}
