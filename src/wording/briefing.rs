//! The briefing's sentences: the scenario before play, who the trainee will meet, how they will
//! be judged, the level of support and who plays (solo or two roles).

use super::{decimal, role_name};
use crate::scenario::model::Role;
use crate::tr;

/// The briefing's subtitle: `Briefing · Introductory · about 25 minutes`.
pub fn subtitle(difficulty: &str, minutes: u32) -> String {
    tr!(
        "briefing-subtitle",
        difficulty = difficulty,
        minutes = minutes
    )
}

/// A stakeholder's numbers in coach mode.
pub fn coach_numbers(trust: f32, readiness: f32, weight: f32) -> String {
    tr!(
        "briefing-coach-numbers",
        trust = decimal(trust, 0),
        readiness = decimal(readiness, 1),
        weight = decimal(weight * 100.0, 0)
    )
}

/// Who may come to a meeting: `you go alone`, `you may bring the project manager or the ...`.
pub fn who_may_come(roles: &[Role]) -> String {
    let mut names = roles.iter().map(|r| role_name(*r));
    match names.next() {
        None => tr!("briefing-you-go-alone"),
        Some(first) => {
            let roles = names.fold(first, |roles, role| {
                tr!("briefing-role-or", roles = roles, role = role)
            });
            tr!("briefing-you-may-bring", roles = roles)
        }
    }
}

/// A meeting ahead, after its name: `— you go alone`.
pub fn meeting_note(who: &str) -> String {
    tr!("briefing-meeting-note", who = who)
}

/// A member of the delivery team: `Priya Nair, Project manager`.
pub fn team_member(name: &str, role: &str) -> String {
    tr!("briefing-team-member", name = name, role = role)
}

/// The briefing's main button.
pub fn start() -> String {
    tr!("briefing-start")
}

/// Back to the picker.
pub fn choose_another() -> String {
    tr!("briefing-choose-another")
}

/// Section headings, in the order they appear.
pub fn the_client() -> String {
    tr!("briefing-the-client")
}
/// The people the trainee will meet.
pub fn the_people() -> String {
    tr!("briefing-the-people")
}
/// Over a stakeholder's concerns.
pub fn cares_about() -> String {
    tr!("briefing-cares-about")
}
/// Over the rubric.
pub fn judged() -> String {
    tr!("briefing-judged")
}
/// Under the rubric's heading.
pub fn judged_note() -> String {
    tr!("briefing-judged-note")
}
/// At expert support the rubric is hidden.
pub fn judged_hidden() -> String {
    tr!("briefing-judged-hidden")
}
/// Over the meetings.
pub fn meetings_ahead() -> String {
    tr!("briefing-meetings-ahead")
}
/// Over the delivery team.
pub fn your_team() -> String {
    tr!("briefing-your-team")
}
/// Over the support chooser.
pub fn your_support() -> String {
    tr!("briefing-your-support")
}
/// Over the table chooser.
pub fn who_plays() -> String {
    tr!("briefing-who-plays")
}
/// The solo choice.
pub fn solo() -> String {
    tr!("briefing-solo")
}
/// The two-role choice.
pub fn two_roles() -> String {
    tr!("briefing-two-roles")
}
/// What solo means.
pub fn solo_note() -> String {
    tr!("briefing-solo-note")
}
/// What two roles mean.
pub fn two_roles_note() -> String {
    tr!("briefing-two-roles-note")
}
/// How to reach the name fields by keyboard.
pub fn names_keys() -> String {
    tr!("briefing-names-keys")
}
/// The labels of the two name fields: the seller's and the delivery lead's.
pub fn name_labels() -> (String, String) {
    (
        tr!("briefing-name-seller"),
        tr!("briefing-name-delivery-lead"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_briefing_speaks_english_and_german() {
        let roles = [Role::ProjectManager, Role::SeniorDesigner];
        assert_eq!(
            who_may_come(&roles),
            "you may bring the project manager or the senior designer"
        );
        assert_eq!(who_may_come(&[]), "you go alone");
        assert_eq!(
            coach_numbers(52.4, 1.46, 0.3),
            "trust 52 · readiness 1.5 · weight 30 %"
        );
        assert_eq!(
            subtitle("Introductory", 25),
            "Briefing · Introductory · about 25 minutes"
        );
        with_language(Language::German, || {
            assert_eq!(
                who_may_come(&roles),
                "Sie können Projektleitung oder Senior Designer mitbringen"
            );
            assert_eq!(
                coach_numbers(52.4, 1.46, 0.3),
                "Vertrauen 52 · Bereitschaft 1,5 · Gewicht 30 %"
            );
            assert_eq!(
                subtitle("Einstieg", 1),
                "Briefing · Einstieg · etwa 1 Minute"
            );
        });
    }
}
