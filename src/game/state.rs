//! The screen state machine's states: one [`Screen`] at a time, with an optional [`Menu`] over it,
//! and the screen that shows each engine phase. A leaf: it imports nothing else from the game.

use bevy::prelude::*;

use crate::engine::Phase;

/// The screens, in the order a game goes through them.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Continue, new game, settings, quit.
    #[default]
    Title,
    /// Choose a scenario.
    Picker,
    /// Read about the client, the people, the team and how you will be judged.
    Briefing,
    /// Sell: meetings, pacing, promises.
    Sales,
    /// Write the PID.
    Handoff,
    /// Run delivery week by week.
    Delivery,
    /// See the outcome and which promise caused what.
    Debrief,
    /// The pitch-pacing drill: choose, answer beats, see the result and the history.
    Drill,
    /// Scenarios played, rubric checks passed, drill history, results settings.
    Progress,
    /// Version, licences, where the data folder is (from the title screen).
    About,
    /// Two roles: the curtain between the seats (who takes over, who looks away).
    Curtain,
    /// Join a workshop: address, room code, table, role.
    Join,
    /// Host a workshop: start the host, then show its address and room code for the projector.
    HostWorkshop,
    /// The facilitator's console: every table, the controls, the class debrief.
    Console,
    /// A seat at a workshop table, drawn only from what the host sends.
    Remote,
}

impl Screen {
    /// Every screen, in order.
    pub const ALL: [Screen; 15] = [
        Screen::Title,
        Screen::Picker,
        Screen::Briefing,
        Screen::Sales,
        Screen::Handoff,
        Screen::Delivery,
        Screen::Debrief,
        Screen::Drill,
        Screen::Progress,
        Screen::About,
        Screen::Curtain,
        Screen::Join,
        Screen::HostWorkshop,
        Screen::Console,
        Screen::Remote,
    ];

    /// True for the screens that show a game in progress (decisions and the pause menu apply).
    pub fn is_game(self) -> bool {
        matches!(
            self,
            Screen::Sales | Screen::Handoff | Screen::Delivery | Screen::Debrief
        )
    }

    /// Lower-case name (`--screen` values and tour file names).
    pub fn name(self) -> &'static str {
        match self {
            Screen::Title => "title",
            Screen::Picker => "picker",
            Screen::Briefing => "briefing",
            Screen::Sales => "sales",
            Screen::Handoff => "handoff",
            Screen::Delivery => "delivery",
            Screen::Debrief => "debrief",
            Screen::Drill => "drill",
            Screen::Progress => "progress",
            Screen::About => "about",
            Screen::Curtain => "curtain",
            Screen::Join => "join",
            Screen::HostWorkshop => "host",
            Screen::Console => "console",
            Screen::Remote => "remote",
        }
    }

    /// The screen with this [`Screen::name`].
    pub fn from_name(name: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A menu over the current screen.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Menu {
    /// No menu: the screen takes input.
    #[default]
    None,
    /// Resume, settings, back to title.
    Pause,
    /// UI scale, contrast, coach mode.
    Settings,
}

/// How the current game is played, chosen on the briefing.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunMode {
    /// Hints (coach mode, the guide) and what-if allowed; nothing is recorded.
    #[default]
    Practice,
    /// No hints; the result is recorded (progress and an xAPI statement) at the end.
    Assessed,
}

impl RunMode {
    /// Whether this run allows what-if during play, and why not.
    pub fn what_if(self) -> Result<(), crate::engine::WhatIfBarred> {
        match self {
            RunMode::Practice => Ok(()),
            RunMode::Assessed => Err(crate::engine::WhatIfBarred::Assessed),
        }
    }
}

/// The screen that shows a phase.
pub fn screen_for(phase: Phase) -> Screen {
    match phase {
        // The campaign plan is the sales screen's first view (the meetings, planned).
        Phase::Plan | Phase::Invite(_) | Phase::Beat(..) => Screen::Sales,
        // The document's screen: written at the handoff, reviewed by the delivery lead (two roles).
        Phase::Handoff | Phase::Review => Screen::Handoff,
        Phase::Delivery => Screen::Delivery,
        Phase::Over => Screen::Debrief,
    }
}
