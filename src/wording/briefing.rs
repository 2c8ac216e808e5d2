//! The briefing's sentences: the scenario before play, who the trainee will meet, how they will
//! be judged, the level of support and who plays (solo or two roles).

use super::role_name;
use crate::scenario::model::Role;

/// The briefing's subtitle: `Briefing · Introductory · about 25 minutes`.
pub fn subtitle(difficulty: &str, minutes: u32) -> String {
    format!("Briefing · {difficulty} · about {minutes} minutes")
}

/// A stakeholder's numbers in coach mode.
pub fn coach_numbers(trust: f32, readiness: f32, weight: f32) -> String {
    format!(
        "trust {trust:.0} · readiness {readiness:.1} · weight {:.0} %",
        weight * 100.0
    )
}

/// Who may come to a meeting: `you go alone`, `you may bring the project manager or the ...`.
pub fn who_may_come(roles: &[Role]) -> String {
    if roles.is_empty() {
        "you go alone".to_owned()
    } else {
        let names: Vec<String> = roles.iter().map(|r| role_name(*r)).collect();
        format!("you may bring the {}", names.join(" or the "))
    }
}

/// A meeting ahead, after its name: `— you go alone`.
pub fn meeting_note(who: &str) -> String {
    format!("— {who}")
}

/// A member of the delivery team: `Priya Nair, Project manager`.
pub fn team_member(name: &str, role: &str) -> String {
    format!("{name}, {role}")
}

/// The briefing's main button.
pub const START: &str = "Start the first meeting";

/// Back to the picker.
pub const CHOOSE_ANOTHER: &str = "Choose another";

/// Section headings, in the order they appear.
pub const THE_CLIENT: &str = "The client";
/// The people the trainee will meet.
pub const THE_PEOPLE: &str = "The people you will meet";
/// Over a stakeholder's concerns.
pub const CARES_ABOUT: &str = "Cares about";
/// Over the rubric.
pub const JUDGED: &str = "How you will be judged";
/// Under the rubric's heading.
pub const JUDGED_NOTE: &str =
    "What the debrief looks for. The checks themselves are shown after the game.";
/// At expert support the rubric is hidden.
pub const JUDGED_HIDDEN: &str = "At Expert support the rubric is shown only in the debrief.";
/// Over the meetings.
pub const MEETINGS_AHEAD: &str = "The meetings ahead";
/// Over the delivery team.
pub const YOUR_TEAM: &str = "Your delivery team";
/// Over the support chooser.
pub const YOUR_SUPPORT: &str = "Your level of support";
/// Over the table chooser.
pub const WHO_PLAYS: &str = "Who plays";
/// The solo choice.
pub const SOLO: &str = "Solo: one player, both roles";
/// The two-role choice.
pub const TWO_ROLES: &str = "Two roles on this screen";
/// What solo means.
pub const SOLO_NOTE: &str =
    "You sell, write the PID and run delivery yourself: the way to learn the game.";
/// What two roles mean.
pub const TWO_ROLES_NOTE: &str =
    "A seller and a delivery lead take turns at this screen; a curtain tells who looks away.";
/// How to reach the name fields by keyboard.
pub const NAMES_KEYS: &str =
    "Tab moves from button to button and into the names; Enter leaves a name.";
