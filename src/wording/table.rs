//! The hot-seat table in words: the curtain between the seats, the delivery lead's notes and
//! flags in a meeting, and the PID review's questions and answers. The game draws these; the
//! debrief's sentences for two roles are in [`super::debrief`].

use crate::engine::Seat;
use crate::engine::view::PhaseView;
use crate::engine::view::sales::NoteAbout;

/// What the curtain says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurtainWords {
    /// The headline: who takes the screen.
    pub title: String,
    /// Who looks away (empty when both sit at the screen).
    pub look_away: String,
    /// What happens next, and why the other seat must not look.
    pub why: String,
    /// The button that lifts the curtain.
    pub button: String,
}

/// The curtain for the screen passing to `to` (`None`: both seats sit at it) at `phase`;
/// `names` are the seller's and the delivery lead's names.
pub fn curtain(to: Option<Seat>, phase: &PhaseView, names: [&str; 2]) -> CurtainWords {
    let [seller, lead] = names;
    // A workshop's hot seat names the roles ("the seller"): capitals where a sentence starts.
    let (seller_, lead_) = (capitalised(seller), capitalised(lead));
    match to {
        Some(seat) => {
            let (taker, other) = match seat {
                Seat::Seller => (seller, lead),
                Seat::DeliveryLead => (lead, seller),
            };
            let why = match (seat, phase) {
                (Seat::Seller, PhaseView::Handoff) => format!(
                    "{seller_} writes the project initiation document (PID) while looking at the promise ledger. {lead_} will only ever read the PID, so what it leaves out, {lead} does not know."
                ),
                (Seat::Seller, PhaseView::Invite(_)) => format!(
                    "{seller_} prepares the next meeting and chooses who from delivery comes along. Without delivery in the room, {lead} hears nothing of what is promised there."
                ),
                // A meeting that offers no invitations (Qualified) starts at its first question.
                (Seat::Seller, _) => format!(
                    "{seller_} runs this meeting with the client; it offers no choice of who comes from delivery. Without delivery in the room, {lead} hears nothing of what is promised there."
                ),
                (Seat::DeliveryLead, PhaseView::Review) => format!(
                    "{seller_} has handed over the PID. {lead_} reads it (never the ledger) and, before kickoff, may query an item, ask for a re-baselining meeting with the client, or accept it."
                ),
                (Seat::DeliveryLead, _) => format!(
                    "{lead_} runs delivery week by week. What the PID left out may surface as a surprise, with the name of who promised it."
                ),
            };
            CurtainWords {
                title: format!("Pass the screen to {taker}"),
                look_away: format!(
                    "{}, please look away until {taker} hands the screen back.",
                    capitalised(other)
                ),
                why,
                button: format!("I am {taker}: show my screen"),
            }
        }
        None => {
            let why = if *phase == PhaseView::Over {
                format!(
                    "The project is over. {seller_} and {lead} sit together for the debrief: both scorecards, the ledger beside the PID, the flags, and a short retrospective."
                )
            } else {
                format!(
                    "{lead_} sits in this meeting. Both of you see the delivery lead's notes on the answers; {lead} may flag an answer before {seller} gives it, and {seller} still decides."
                )
            };
            CurtainWords {
                title: "Both of you, sit at the screen".into(),
                look_away: String::new(),
                why,
                button: "We are both here: continue".into(),
            }
        }
    }
}

/// Both players, on the curtain's badge: `Ana and Ben`.
pub fn both_names(seller: &str, lead: &str) -> String {
    format!("{seller} and {lead}")
}

/// `text` with its first letter upper-case.
fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A delivery lead's note on an answer, comparing what it says with what the team knows.
pub fn note(about: &NoteAbout, said: f32, team: f32) -> String {
    match about {
        NoteAbout::Estimate(item) => {
            format!("{item} is {team:.0} days of work, not the {said:.0} it is priced on.")
        }
        NoteAbout::Claim(claim) => format!(
            "We cannot deliver \"{}\" as said.",
            claim.trim_end_matches('.')
        ),
        NoteAbout::Deadline => format!("We need {team:.0} weeks, not {said:.0}."),
    }
}

/// The flag button's label.
pub fn flag_button(about: &NoteAbout) -> &'static str {
    match about {
        NoteAbout::Estimate(_) => "Flag the estimate",
        NoteAbout::Claim(_) => "Flag the claim",
        NoteAbout::Deadline => "Flag the date",
    }
}

/// A raised flag, as the seller reads it before answering: "Flagged by Sam: ...".
pub fn flagged(by: &str, note: &str) -> String {
    format!("Flagged by {by}: {note}")
}

/// What a query answered: the days the price was built on against the team's estimate.
pub fn queried(priced_days: f32, true_days: f32) -> String {
    if priced_days == 0.0 && true_days == 0.0 {
        "No estimate behind this item: it is a commitment, not work priced in days.".into()
    } else if (priced_days - true_days).abs() < 0.5 {
        format!("Priced on {priced_days:.0} days; the team's estimate is the same.")
    } else {
        format!(
            "Priced on {priced_days:.0} days; the team's estimate is {true_days:.0} days ({:+.0}).",
            true_days - priced_days
        )
    }
}

/// What a re-baselining meeting about a promise would do and cost (the engine's answer on a
/// copy of the session): `repriced` names the scope item re-priced, `None` when the promise is
/// taken back; `commission_share` is the share of the seller's commission it costs (0 to 1).
pub fn rebaseline_cost(repriced: Option<&str>, trust: f32, commission_share: f32) -> String {
    let what = match repriced {
        Some(item) => format!("{item} is re-priced at the team's estimate"),
        None => "the promise is taken back".into(),
    };
    format!(
        "Re-baselining: {what}. Costs {trust:.0} trust with each stakeholder and {:.0} % of the seller's commission.",
        commission_share * 100.0
    )
}

/// The sales screen's promise list while the delivery lead sits at the screen.
pub fn promises_heard_only(lead: &str) -> String {
    format!("{lead} hears only the promises made with delivery in the room.")
}

/// The curtain's overline.
pub const HOT_SEAT: &str = "Hot seat";

/// How to lift the curtain.
pub const CURTAIN_KEYS: &str = "Enter or Space continues.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curtain_offers_an_invitation_only_where_the_meeting_has_one() {
        let names = ["the seller", "the delivery lead"];
        let invite = curtain(
            Some(Seat::Seller),
            &PhaseView::Invite("discovery".into()),
            names,
        );
        assert!(
            invite.why.contains("chooses who from delivery"),
            "{}",
            invite.why
        );
        // Qualified starts at its first question: no invitation to promise.
        let first = curtain(
            Some(Seat::Seller),
            &PhaseView::Beat("qualified".into(), "first_call".into()),
            names,
        );
        assert!(!first.why.contains("chooses who"), "{}", first.why);
        assert!(
            first.why.contains("no choice of who comes"),
            "{}",
            first.why
        );
    }
}
