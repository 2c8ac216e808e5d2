//! The sales meeting in words: how the room reacted to an answer, the invitation's choices and
//! cost, the notes beside the conversation and the meeting screen's headings and captions.

use super::{decimal, money, role_name};
use crate::scenario::model::Role;
use crate::tr;

// ---- how the room reacted -----------------------------------------------------------------

/// A meeting that was skipped.
pub fn meeting_skipped(meeting: &str) -> String {
    tr!("sales-meeting-skipped", meeting = meeting)
}

/// A member of the team noticed something the client did not say.
pub fn noticed(by: Role, fact: &str) -> String {
    tr!("sales-noticed", role = role_name(by), fact = fact)
}

/// The client told the seller something.
pub fn learned(fact: &str) -> String {
    tr!("sales-learned", fact = fact)
}

/// An answer met a stakeholder where they were.
pub fn was_with_you(name: &str) -> String {
    tr!("sales-was-with-you", name = name)
}

/// What a colleague approves, in words ("a discount or a special term").
pub fn approvals(kinds: &[crate::scenario::model::Approval]) -> String {
    use crate::scenario::model::Approval;
    kinds
        .iter()
        .map(|k| match k {
            Approval::Discount => tr!("sales-approval-discount"),
            Approval::EarlyDate => tr!("sales-approval-early-date"),
            Approval::SpecialTerm => tr!("sales-approval-special-term"),
        })
        .reduce(|approvals, approval| {
            tr!(
                "sales-approval-or",
                approvals = approvals,
                approval = approval
            )
        })
        .unwrap_or_default()
}

/// In the room: what a colleague signs off.
pub fn signs_off(kinds: &[crate::scenario::model::Approval]) -> String {
    tr!("sales-signs-off", approvals = approvals(kinds))
}

/// An internal meeting's setting, with what it costs.
pub fn internal_setting(setting: &str) -> String {
    tr!("sales-internal-setting", setting = setting)
}

/// A colleague's answer at the end of an internal meeting.
pub fn agreement(
    name: &str,
    approves: &[crate::scenario::model::Approval],
    agreed: bool,
) -> String {
    if agreed {
        tr!("sales-agreed", name = name, approvals = approvals(approves))
    } else {
        tr!(
            "sales-did-not-agree",
            name = name,
            approvals = approvals(approves)
        )
    }
}

/// A promise in the document that went out without the colleague who approves it.
pub fn without_agreement(name: &str) -> String {
    tr!("sales-without-agreement", name = name)
}

/// A listener lost the thread: the answer was said in words they do not speak.
pub fn lost_thread(name: &str, register: &str) -> String {
    tr!(
        "sales-lost-thread",
        name = name,
        register = super::in_sentence(register)
    )
}

/// A delivery person in the room put an answer into plain words for a listener.
pub fn rescued(name: &str, register: &str, by: crate::scenario::model::Role) -> String {
    tr!(
        "sales-rescued",
        role = role_name(by),
        register = super::in_sentence(register),
        name = name
    )
}

/// At Guided support, the registers a person in the room does not follow.
pub fn lost_on(labels: &[String]) -> String {
    tr!("sales-lost-on", registers = labels.join(", "))
}

/// An answer went too deep for a stakeholder.
pub fn too_detailed(name: &str) -> String {
    tr!("sales-too-detailed", name = name)
}

/// An answer stayed too shallow for a stakeholder.
pub fn wanted_more(name: &str) -> String {
    tr!("sales-wanted-more", name = name)
}

/// A change of trust (coach mode): `Sam Pereira: trust +4`.
pub fn trust_changed(name: &str, delta: f32) -> String {
    tr!(
        "sales-trust-changed",
        name = name,
        delta = format!("{delta:+.0}")
    )
}

/// A stakeholder's readiness now (coach mode).
pub fn readiness_now(name: &str, readiness: f32) -> String {
    tr!(
        "sales-readiness-now",
        name = name,
        readiness = decimal(readiness, 1)
    )
}

/// A change of the client's patience (coach mode): `Patience -1 (4 left)`.
pub fn patience_changed(delta: i32, left: i32) -> String {
    tr!(
        "sales-patience-changed",
        delta = format!("{delta:+}"),
        left = left
    )
}

/// A promise the answer made.
pub fn promised(what: &str) -> String {
    tr!("sales-promised", what = what)
}

/// A promise the seller made, as the delivery lead in the room hears it.
pub fn seller_promised(what: &str) -> String {
    tr!("sales-seller-promised", what = what)
}

/// The client walked away: a stakeholder lost faith, or the client's patience ran out.
pub fn walked_away(lost_faith: Option<&str>) -> String {
    match lost_faith {
        Some(name) => tr!("sales-lost-faith", name = name),
        None => tr!("sales-ran-out-of-patience"),
    }
}

/// The client's decision: signed at a price (when the reader knows it), or not.
pub fn decided(signed: bool, price: Option<f32>) -> String {
    match (signed, price) {
        (true, Some(price)) => tr!("sales-signed-at", price = money(price)),
        (true, None) => tr!("sales-signed"),
        (false, _) => tr!("sales-not-signed"),
    }
}

// ---- the room and the answers -------------------------------------------------------------

/// A stakeholder's numbers (coach mode).
pub fn coach_numbers(trust: f32, readiness: f32) -> String {
    tr!(
        "sales-coach-numbers",
        trust = decimal(trust, 0),
        readiness = decimal(readiness, 1)
    )
}

/// The client's patience in numbers (coach mode): `4 of 6`.
pub fn patience_numbers(left: i32, start: i32) -> String {
    tr!("sales-patience-numbers", left = left, start = start)
}

/// The client's patience over the meeting: `Client patience: wearing thin (2 of 6)`.
pub fn patience_line(words: &str, numbers: Option<&str>) -> String {
    match numbers {
        Some(n) => tr!("sales-patience-line-numbers", words = words, numbers = n),
        None => tr!("sales-patience-line", words = words),
    }
}

/// An answer a member of the team gives: `your senior designer says this`.
pub fn said_by(by: Role) -> String {
    tr!("sales-said-by", role = role_name(by))
}

/// The promises an answer makes (coach mode).
pub fn promises_made_by_answer(promises: &[String]) -> String {
    tr!(
        "sales-promises-made-by-answer",
        promises = promises.join("; ")
    )
}

/// An answer's depth: `Depth 3 · Approach`.
pub fn depth_tag(depth: u8, word: &str) -> String {
    tr!("sales-depth-tag", depth = depth, word = word)
}

/// The team's advice on an answer.
pub fn team_advice(advice: &str) -> String {
    tr!("sales-team-advice", advice = advice)
}

/// A designer's warning on an answer.
pub fn warning(text: &str) -> String {
    tr!("sales-warning", text = text)
}

/// A flag on an answer.
pub fn flag(text: &str) -> String {
    tr!("sales-flag", text = text)
}

/// The delivery lead's note on an answer.
pub fn lead_note(text: &str) -> String {
    tr!("sales-lead-note", text = text)
}

/// What a stakeholder says, in quotation marks.
pub fn quoted(line: &str) -> String {
    tr!("sales-quoted", line = line)
}

/// Who a promise was made to, and where: `to Sam Pereira, in Discovery`.
pub fn promise_to(to: &str, meeting: &str) -> String {
    tr!("sales-promise-to", to = to, meeting = meeting)
}

/// The meeting screen's subtitle: `First Client · Marlow Physio`.
pub fn subtitle(title: &str, client: &str) -> String {
    tr!("sales-subtitle", title = title, client = client)
}

/// After the last meeting.
pub fn meetings_over() -> String {
    tr!("sales-meetings-over")
}

/// The delivery lead's hint in a meeting: they listen and flag, the seller answers.
pub fn listen_hint() -> String {
    tr!("sales-listen-hint")
}

/// The button that walks away from the deal.
pub fn walk_away() -> String {
    tr!("sales-walk-away")
}

/// What walking away does.
pub fn walk_away_hint() -> String {
    tr!("sales-walk-away-hint")
}

/// A delivery lead waiting while the seller meets the client without them.
pub fn not_in_this_meeting() -> String {
    tr!("sales-not-in-this-meeting")
}

/// Why the room is empty for them.
pub fn not_in_this_meeting_why() -> String {
    tr!("sales-not-in-this-meeting-why")
}

/// After the last meeting, as a sentence.
pub fn meetings_over_sentence() -> String {
    tr!("sales-meetings-over-sentence")
}

// ---- the invitation -----------------------------------------------------------------------

/// An invitation's choice: `Go alone`, or `Bring the project manager and the senior designer`.
pub fn invite_label(roles: &[Role]) -> String {
    let mut names = roles.iter().map(|r| role_name(*r));
    match names.next() {
        None => tr!("sales-go-alone"),
        Some(first) => {
            let roles = names.fold(first, |roles, role| {
                tr!("sales-role-and", roles = roles, role = role)
            });
            tr!("sales-bring", roles = roles)
        }
    }
}

/// What an invitation costs: `No extra cost`, or `800 of presales time · 1 patience`.
pub fn invite_cost(money_cost: f32, patience: i32) -> String {
    if money_cost == 0.0 && patience == 0 {
        tr!("sales-no-extra-cost")
    } else {
        tr!(
            "sales-invite-cost",
            money = money(money_cost),
            patience = patience
        )
    }
}

/// Over the invitation.
pub fn who_comes() -> String {
    tr!("sales-who-comes")
}

/// Who is in the room: `In the room: Dr Okafor, Sam Pereira.`.
pub fn in_the_room(names: &[&str]) -> String {
    tr!("sales-in-the-room", names = names.join(", "))
}

// ---- the screen's captions and headings ---------------------------------------------------

/// The main button: go to the meeting (invitation) or say the chosen answer.
pub fn confirm(inviting: bool) -> String {
    if inviting {
        tr!("sales-go-to-meeting")
    } else {
        tr!("sales-say-it")
    }
}

/// How to choose.
pub fn choose_hint(n: usize) -> String {
    tr!("sales-choose-hint", answers = n)
}

/// How to choose when the delivery lead may flag an answer: the same keys, and F.
pub fn choose_or_flag_hint(n: usize) -> String {
    tr!("sales-choose-or-flag-hint", answers = n)
}

/// A meeting on the track: done, or skipped.
pub fn track_done(name: &str) -> String {
    tr!("sales-track-done", name = name)
}

/// A skipped meeting on the track.
pub fn track_skipped(name: &str) -> String {
    tr!("sales-track-skipped", name = name)
}

/// Over the people in the room.
pub fn in_the_room_heading() -> String {
    tr!("sales-in-the-room-heading")
}
/// Over the team members attending.
pub fn with_you() -> String {
    tr!("sales-with-you")
}

/// A team member attending: `Your project manager`.
pub fn your(role: &str) -> String {
    tr!("sales-your", role = role)
}

/// Over the flags on the question.
pub fn flags_on_question() -> String {
    tr!("sales-flags-on-question")
}
/// Over the reactions.
pub fn what_just_happened() -> String {
    tr!("sales-what-just-happened")
}
/// Over the promises made.
pub fn promises_made() -> String {
    tr!("sales-promises-made")
}
/// No promise yet.
pub fn none_yet() -> String {
    tr!("sales-none-yet")
}
/// Under a promise the senior designer warned about.
pub fn designer_warned() -> String {
    tr!("sales-designer-warned")
}
/// Over what the seller knows.
pub fn what_you_know() -> String {
    tr!("sales-what-you-know")
}
/// Nothing learned yet.
pub fn nothing_beyond_brief() -> String {
    tr!("sales-nothing-beyond-brief")
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_answer_is_chosen_with_one_key() {
        assert_eq!(
            super::choose_hint(1),
            "Choose with 1 or a click, then confirm with Enter"
        );
        assert!(super::choose_hint(3).starts_with("Choose with 1–3 "));
    }

    #[test]
    fn the_meeting_speaks_english_and_german() {
        use super::*;
        use crate::scenario::model::Approval;
        use crate::wording::i18n::{Language, with_language};
        let both = [Role::ProjectManager, Role::SeniorDesigner];
        let kinds = [Approval::Discount, Approval::SpecialTerm];
        assert_eq!(
            invite_label(&both),
            "Bring the project manager and the senior designer"
        );
        assert_eq!(
            agreement("Ana", &kinds, true),
            "Ana agreed: you may offer a discount or a special term."
        );
        assert_eq!(trust_changed("Sam", -3.2), "Sam: trust -3");
        assert_eq!(invite_cost(800.0, 1), "800 of presales time · 1 patience");
        with_language(Language::German, || {
            assert_eq!(
                invite_label(&both),
                "Projektleitung und Senior Designer mitnehmen"
            );
            assert_eq!(
                agreement("Ana", &kinds, true),
                "Ana hat zugestimmt: Sie dürfen einen Rabatt oder eine Sonderkondition anbieten."
            );
            assert_eq!(
                decided(true, Some(112000.0)),
                "Der Kunde hat unterschrieben, zu 112.000."
            );
            assert_eq!(quoted("Ja"), "„Ja“");
            assert_eq!(
                choose_hint(1),
                "Wählen Sie mit 1 oder per Klick, dann bestätigen Sie mit Enter"
            );
        });
    }
}
