//! What the player asks for: the [`Intent`]s views return and systems act on, including the
//! debrief's own ([`DebriefIntent`]). Imports from the game only the settings' plain data type.

use std::path::PathBuf;

use bevy::prelude::*;

use super::prefs::{JoinRole, Settings};
use super::state::RunMode;
use crate::drill::Difficulty;
use crate::engine::{PromiseEdit, Support};

/// Something the player asked for. Views return these; systems act on them.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Title: choose a scenario for a new game.
    NewGame,
    /// Title: carry on with the saved (or current) game.
    Continue,
    /// Move the highlight on the current screen to item `n` (0-based).
    Highlight(usize),
    /// Picker: play the scenario in this file.
    Pick(PathBuf),
    /// Briefing: start the first meeting.
    Begin,
    /// Briefing: play at this level of support.
    ChooseSupport(Support),
    /// Go back one screen (picker to title, briefing to picker).
    Back,
    /// Open the pause menu.
    Pause,
    /// Close the pause menu.
    Resume,
    /// Open the settings.
    OpenSettings,
    /// Close the settings.
    CloseSettings,
    /// Title: show the about screen (version, licences, data folder).
    OpenAbout,
    /// Use these settings (saved at once).
    SetSettings(Settings),
    /// Leave the game for the title screen (the game stays saved).
    ToTitle,
    /// Quit the application.
    Quit,
    /// Dismiss the notice banner.
    DismissNotice,
    /// A decision in the game: which seat takes it and what, by the scenario's ids (the local
    /// session applies it; a workshop seat sends it to the host).
    Act(Decision),
    /// Debrief: a tab, the what-if form, a replay, an export (handled by the debrief screen).
    Debrief(DebriefIntent),
    /// Title: open the pitch-pacing drill.
    OpenDrill,
    /// Title: open the progress page.
    OpenProgress,
    /// The drill screen's own intents.
    Drill(DrillIntent),
    /// Briefing: play this game as practice or assessed.
    SetRunMode(RunMode),
    /// The guide: on to its next step (or dismiss the current note).
    GuideNext,
    /// The guide: stop it now (it does not come back unless asked for in the settings).
    SkipGuide,
    /// Progress: the results account and learning record store as edited (not yet saved).
    SetResults(ResultsForm),
    /// Progress: save the results settings.
    SaveResults,
    /// Sales or delivery, practice runs only: show (true) or hide what each decision on offer
    /// would do, as the engine works it out on a copy of the session.
    WhatIf(bool),
    /// Progress: send the queued statements to the learning record store now (in the background).
    SendResultsNow,
    /// Briefing: solo or two roles, and the players' names.
    SetTable(TableChoice),
    /// The curtain: the player named takes the seat; the curtain comes down.
    TakeSeat,
    /// The workshop screens (join, host, console, a remote seat).
    Workshop(WorkshopIntent),
}

/// A decision as a screen offers it: the seat that takes it (the seat of the view it came from)
/// and the action by the scenario's ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Who decides.
    pub seat: crate::engine::Seat,
    /// What.
    pub key: crate::engine::view::ActionKey,
}

impl Decision {
    /// Seat `seat` takes `key`.
    pub fn new(seat: crate::engine::Seat, key: crate::engine::view::ActionKey) -> Self {
        Decision { seat, key }
    }
}

/// The briefing's table choice: two roles or solo, and the names typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableChoice {
    /// Two people play.
    pub two_roles: bool,
    /// The names as typed.
    pub names: super::table::SeatNames,
}

/// What the workshop screens ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkshopIntent {
    /// Title: open the join form.
    OpenJoin,
    /// Title: open the host form.
    OpenHost,
    /// Join: the form as edited.
    EditJoin(JoinForm),
    /// Join: connect with the form's answers.
    Join,
    /// Host: the form as edited.
    EditHost(HostForm),
    /// Host: start the host in this process.
    StartHost,
    /// Host: open the facilitator console on this device.
    OpenConsole,
    /// Leave the workshop (disconnect) and go back to the title.
    Leave,
    /// Send this message to the host (a decision, a flag, a console control).
    Send(crate::workshop::protocol::ClientMsg),
    /// Remote seat: dismiss the broadcast banner.
    DismissBroadcast,
    /// Remote seat: show the briefing of the table's game (or go back to the table).
    ShowBriefing(bool),
    /// Console: the console's form as edited (broadcast text, timer, import, target table).
    EditConsole(ConsoleForm),
    /// Console: read the offline result file the form names and send its content to the host.
    Import,
    /// Console: show the class debrief (fetched from the host again) or the tables.
    ShowBoard(bool),
    /// Console: save the class debrief as shown into the data folder's `exports/`.
    SaveBoard(BoardFile),
}

/// A file the console saves the class debrief as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardFile {
    /// A spreadsheet's CSV.
    Csv,
    /// One self-contained HTML page.
    Html,
}

/// The console's form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConsoleForm {
    /// The message to broadcast.
    pub broadcast: String,
    /// The stage timer's length in minutes.
    pub timer_minutes: String,
    /// The table a pushed event goes to (`None`: every table).
    pub push_to: Option<String>,
    /// The name the imported table gets on the board.
    pub import_table: String,
    /// The offline result file to import (read on this device).
    pub import_path: String,
}

/// The join form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JoinForm {
    /// The host's address (`192.168.1.20:7878` or `ws://…`).
    pub address: String,
    /// The room code.
    pub code: String,
    /// The table's name.
    pub table: String,
    /// The role this device plays.
    pub role: JoinRole,
    /// The facilitator key (the console's role only; never kept in the settings).
    pub key: String,
}

/// The host form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HostForm {
    /// The room code the tables type.
    pub code: String,
    /// The port to listen on.
    pub port: String,
}

/// The results settings as the form edits them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultsForm {
    /// The pseudonymous account id.
    pub account: String,
    /// The learning record store's endpoint (empty: none).
    pub endpoint: String,
    /// Its user.
    pub username: String,
    /// Its password.
    pub password: String,
    /// The account's home page: the learning system's web address (empty: the default).
    pub home_page: String,
}

/// What the drill screen asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DrillIntent {
    /// Choose the difficulty.
    Difficulty(Difficulty),
    /// Draw a new seed.
    NewSeed,
    /// Start the drill with the chosen difficulty and seed.
    Start,
    /// Answer the current beat with its offered answer `n` (0-based).
    Answer(usize),
    /// After the reactions: on to the next beat (or the result).
    Next,
    /// Back to the answer of difficulty and seed, for another drill.
    Again,
}

/// The debrief's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DebriefTab {
    /// Scorecards, verdict, rubric, key moments.
    #[default]
    Outcome,
    /// Each promise and what it caused.
    Promises,
    /// Depth of each answer against the room.
    Pacing,
    /// Replay delivery with one promise changed.
    WhatIf,
    /// The facilitator's questions.
    Discuss,
    /// Two roles: both seats' cards, the ledger beside the PID, the flags, the retrospective.
    TwoRoles,
}

impl DebriefTab {
    /// Every tab, in order (number keys 1 to 5).
    pub const ALL: [DebriefTab; 6] = [
        DebriefTab::Outcome,
        DebriefTab::Promises,
        DebriefTab::Pacing,
        DebriefTab::WhatIf,
        DebriefTab::Discuss,
        DebriefTab::TwoRoles,
    ];

    /// Its label.
    pub fn label(self) -> String {
        match self {
            DebriefTab::Outcome => crate::tr!("views-tab-outcome"),
            DebriefTab::Promises => crate::tr!("views-tab-promises"),
            DebriefTab::Pacing => crate::tr!("views-tab-pacing"),
            DebriefTab::WhatIf => crate::tr!("views-tab-what-if"),
            DebriefTab::Discuss => crate::tr!("views-tab-discuss"),
            DebriefTab::TwoRoles => crate::tr!("views-tab-two-roles"),
        }
    }
}

/// What change the what-if form makes to the picked promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EditKind {
    /// As if it had never been made.
    #[default]
    Drop,
    /// Into the PID if it was left out, out of it if it was in.
    Handoff,
    /// A deadline promise naming another number of weeks.
    Deadline,
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// A Markdown file.
    Markdown,
    /// One self-contained HTML file.
    Html,
}

impl ExportFormat {
    /// The file name's extension.
    pub fn ext(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
        }
    }
}

/// What the debrief asks of its screen.
#[derive(Debug, Clone, PartialEq)]
pub enum DebriefIntent {
    /// Show this tab.
    Tab(DebriefTab),
    /// Pick the promise (an index into the debrief view's promise list) for a what-if.
    Pick(usize),
    /// Choose the kind of change.
    Kind(EditKind),
    /// Choose the weeks for a deadline change.
    Weeks(u32),
    /// Run the what-if replay for this change.
    Run(PromiseEdit),
    /// Run the what-if replay for whatever the form says (when it is complete).
    RunForm,
    /// Write the report in this format.
    Export(ExportFormat),
    /// Show question `n` alone, large (`None`: back to the list).
    Facilitate(Option<usize>),
}
