//! The sales meeting in words: how the room reacted to an answer, the invitation's choices and
//! cost, the notes beside the conversation and the meeting screen's headings and captions.

use super::{money, role_name};
use crate::scenario::model::Role;

// ---- how the room reacted -----------------------------------------------------------------

/// A meeting that was skipped.
pub fn meeting_skipped(meeting: &str) -> String {
    format!("The {meeting} meeting did not happen.")
}

/// A member of the team noticed something the client did not say.
pub fn noticed(by: Role, fact: &str) -> String {
    format!("Your {} noticed: {fact}", role_name(by))
}

/// The client told the seller something.
pub fn learned(fact: &str) -> String {
    format!("You learned: {fact}")
}

/// An answer met a stakeholder where they were.
pub fn was_with_you(name: &str) -> String {
    format!("{name} was with you.")
}

/// What a colleague approves, in words ("a discount or a special term").
pub fn approvals(kinds: &[crate::scenario::model::Approval]) -> String {
    use crate::scenario::model::Approval;
    let w: Vec<&str> = kinds
        .iter()
        .map(|k| match k {
            Approval::Discount => "a discount",
            Approval::EarlyDate => "a date sooner than the standard delivery",
            Approval::SpecialTerm => "a special term",
        })
        .collect();
    w.join(" or ")
}

/// In the room: what a colleague signs off.
pub fn signs_off(kinds: &[crate::scenario::model::Approval]) -> String {
    format!("Your colleague: signs off {}", approvals(kinds))
}

/// An internal meeting's setting, with what it costs.
pub fn internal_setting(setting: &str) -> String {
    format!(
        "{setting} Inside your company: this meeting takes diary days but none of the client's patience."
    )
}

/// A colleague's answer at the end of an internal meeting.
pub fn agreement(
    name: &str,
    approves: &[crate::scenario::model::Approval],
    agreed: bool,
) -> String {
    if agreed {
        format!("{name} agreed: you may offer {}.", approvals(approves))
    } else {
        format!(
            "{name} did not agree to {}: promise it now and it goes out without them.",
            approvals(approves)
        )
    }
}

/// A promise in the document that went out without the colleague who approves it.
pub fn without_agreement(name: &str) -> String {
    format!("Promised without {name}'s agreement")
}

/// A listener lost the thread: the answer was said in words they do not speak.
pub fn lost_thread(name: &str, register: &str) -> String {
    format!(
        "{name} lost the thread: {} is not their language.",
        super::in_sentence(register)
    )
}

/// A delivery person in the room put an answer into plain words for a listener.
pub fn rescued(name: &str, register: &str, by: crate::scenario::model::Role) -> String {
    format!(
        "Your {} put the {} into plain words for {name}.",
        super::role_name(by),
        super::in_sentence(register)
    )
}

/// At Guided support, the registers a person in the room does not follow.
pub fn lost_on(labels: &[String]) -> String {
    format!("Does not follow: {}", labels.join(", "))
}

/// An answer went too deep for a stakeholder.
pub fn too_detailed(name: &str) -> String {
    format!("{name} found that too detailed for now.")
}

/// An answer stayed too shallow for a stakeholder.
pub fn wanted_more(name: &str) -> String {
    format!("{name} wanted more detail than that.")
}

/// A change of trust (coach mode): `Sam Pereira: trust +4`.
pub fn trust_changed(name: &str, delta: f32) -> String {
    format!("{name}: trust {delta:+.0}")
}

/// A stakeholder's readiness now (coach mode).
pub fn readiness_now(name: &str, readiness: f32) -> String {
    format!("{name}: readiness now {readiness:.1}")
}

/// A change of the client's patience (coach mode): `Patience -1 (4 left)`.
pub fn patience_changed(delta: i32, left: i32) -> String {
    format!("Patience {delta:+} ({left} left)")
}

/// A promise the answer made.
pub fn promised(what: &str) -> String {
    format!("You promised: {what}")
}

/// A promise the seller made, as the delivery lead in the room hears it.
pub fn seller_promised(what: &str) -> String {
    format!("The seller promised: {what}")
}

/// The client walked away: a stakeholder lost faith, or the client's patience ran out.
pub fn walked_away(lost_faith: Option<&str>) -> String {
    match lost_faith {
        Some(name) => format!("{name} lost faith: the client walked away."),
        None => "The client ran out of patience and walked away.".to_owned(),
    }
}

/// The client's decision: signed at a price (when the reader knows it), or not.
pub fn decided(signed: bool, price: Option<f32>) -> String {
    match (signed, price) {
        (true, Some(price)) => format!("The client signed, at {}.", money(price)),
        (true, None) => "The client signed.".to_owned(),
        (false, _) => "The client decided not to sign.".to_owned(),
    }
}

// ---- the room and the answers -------------------------------------------------------------

/// A stakeholder's numbers (coach mode).
pub fn coach_numbers(trust: f32, readiness: f32) -> String {
    format!("trust {trust:.0} · readiness {readiness:.1}")
}

/// The client's patience in numbers (coach mode): `4 of 6`.
pub fn patience_numbers(left: i32, start: i32) -> String {
    format!("{left} of {start}")
}

/// The client's patience over the meeting: `Client patience: wearing thin (2 of 6)`.
pub fn patience_line(words: &str, numbers: Option<&str>) -> String {
    match numbers {
        Some(n) => format!("Client patience: {words} ({n})"),
        None => format!("Client patience: {words}"),
    }
}

/// An answer a member of the team gives: `your senior designer says this`.
pub fn said_by(by: Role) -> String {
    format!("your {} says this", role_name(by))
}

/// The promises an answer makes (coach mode).
pub fn promises_made_by_answer(promises: &[String]) -> String {
    format!("Promises {}", promises.join("; "))
}

/// An answer's depth: `Depth 3 · Approach`.
pub fn depth_tag(depth: u8, word: &str) -> String {
    format!("Depth {depth} · {word}")
}

/// The team's advice on an answer.
pub fn team_advice(advice: &str) -> String {
    format!("Your team: {advice}")
}

/// A designer's warning on an answer.
pub fn warning(text: &str) -> String {
    format!("⚠ {text}")
}

/// A flag on an answer.
pub fn flag(text: &str) -> String {
    format!("⚑ {text}")
}

/// The delivery lead's note on an answer.
pub fn lead_note(text: &str) -> String {
    format!("Delivery lead's note: {text}")
}

/// What a stakeholder says, in quotation marks.
pub fn quoted(line: &str) -> String {
    format!("“{line}”")
}

/// Who a promise was made to, and where: `to Sam Pereira, in Discovery`.
pub fn promise_to(to: &str, meeting: &str) -> String {
    format!("to {to}, in {meeting}")
}

/// The meeting screen's subtitle: `First Client · Marlow Physio`.
pub fn subtitle(title: &str, client: &str) -> String {
    format!("{title} · {client}")
}

/// After the last meeting.
pub const MEETINGS_OVER: &str = "The meetings are over";

/// The delivery lead's hint in a meeting: they listen and flag, the seller answers.
pub const LISTEN_HINT: &str = "The seller answers. Flag an answer the team cannot stand behind before it is said: pick it with its number, then F.";

/// The button that walks away from the deal.
pub const WALK_AWAY: &str = "Walk away from the deal";

/// What walking away does.
pub const WALK_AWAY_HINT: &str = "End the sale here, without a deal. The debrief replays the deal on \
     the table as if it had been signed and delivered, and judges whether walking away was right.";

/// A delivery lead waiting while the seller meets the client without them.
pub const NOT_IN_THIS_MEETING: &str = "The seller is in this meeting without you";

/// Why the room is empty for them.
pub const NOT_IN_THIS_MEETING_WHY: &str = "You were not invited, so you do not hear what is said or promised here. \
     You will learn of it only through what the seller writes into the project initiation document.";

/// After the last meeting, as a sentence.
pub const MEETINGS_OVER_SENTENCE: &str = "The meetings are over.";

// ---- the invitation -----------------------------------------------------------------------

/// An invitation's choice: `Go alone`, or `Bring the project manager and the senior designer`.
pub fn invite_label(roles: &[Role]) -> String {
    if roles.is_empty() {
        "Go alone".to_owned()
    } else {
        let names: Vec<String> = roles.iter().map(|r| role_name(*r)).collect();
        format!("Bring the {}", names.join(" and the "))
    }
}

/// What an invitation costs: `No extra cost`, or `800 of presales time · 1 patience`.
pub fn invite_cost(money_cost: f32, patience: i32) -> String {
    if money_cost == 0.0 && patience == 0 {
        "No extra cost".to_owned()
    } else {
        format!(
            "{} of presales time · {patience} patience",
            money(money_cost)
        )
    }
}

/// Over the invitation.
pub const WHO_COMES: &str = "Who comes with you to this meeting?";

/// Who is in the room: `In the room: Dr Okafor, Sam Pereira.`.
pub fn in_the_room(names: &[&str]) -> String {
    format!("In the room: {}.", names.join(", "))
}

// ---- the screen's captions and headings ---------------------------------------------------

/// The main button: go to the meeting (invitation) or say the chosen answer.
pub fn confirm(inviting: bool) -> &'static str {
    if inviting {
        "Go to the meeting"
    } else {
        "Say it"
    }
}

/// How to choose.
pub fn choose_hint(n: usize) -> String {
    let keys = if n == 1 {
        "1".to_owned()
    } else {
        format!("1–{n}")
    };
    format!("Choose with {keys} or a click, then confirm with Enter")
}

/// How to choose when the delivery lead may flag an answer: the same keys, and F.
pub fn choose_or_flag_hint(n: usize) -> String {
    let keys = if n == 1 {
        "1".to_owned()
    } else {
        format!("1–{n}")
    };
    format!("Choose with {keys}, then Enter says it or F flags it")
}

/// A meeting on the track: done, or skipped.
pub fn track_done(name: &str) -> String {
    format!("✔ {name}")
}

/// A skipped meeting on the track.
pub fn track_skipped(name: &str) -> String {
    format!("{name} (skipped)")
}

/// Over the people in the room.
pub const IN_THE_ROOM: &str = "In the room";
/// Over the team members attending.
pub const WITH_YOU: &str = "With you";

/// A team member attending: `Your project manager`.
pub fn your(role: &str) -> String {
    format!("Your {role}")
}

/// Over the flags on the question.
pub const FLAGS_ON_QUESTION: &str = "Flags on this question";
/// Over the reactions.
pub const WHAT_JUST_HAPPENED: &str = "What just happened";
/// Over the promises made.
pub const PROMISES_MADE: &str = "Promises made";
/// No promise yet.
pub const NONE_YET: &str = "None yet.";
/// Under a promise the senior designer warned about.
pub const DESIGNER_WARNED: &str = "Your senior designer says this does not hold as said.";
/// Over what the seller knows.
pub const WHAT_YOU_KNOW: &str = "What you know";
/// Nothing learned yet.
pub const NOTHING_BEYOND_BRIEF: &str = "Nothing beyond the brief yet.";

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
}
