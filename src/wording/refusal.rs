//! Why an action is refused, in words: the engine's [`Refusal`] and [`ActionError`] as the
//! sentences the game's notices, the delivery board and the command line's script errors show.

use std::fmt;

use crate::engine::delivery::{MAX_QUALITY_SHARE, QUALITY_STEP, TIME_REQUEST_WEEKS};
use crate::engine::{ActionError, Phase, Refusal, Seat};

/// `once`, `twice`, `3 times`.
fn times(n: u32) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

/// Why an action is refused now, as a clause: `one change request a week`.
pub fn refusal(r: Refusal) -> String {
    match r {
        Refusal::SessionOver | Refusal::WrongPhase(Phase::Over) => "the session is over".into(),
        Refusal::WrongPhase(Phase::Invite(_)) => "first choose who joins the next meeting".into(),
        Refusal::WrongPhase(Phase::Plan) => {
            "the campaign is being planned: set the days and bookings, then confirm the plan".into()
        }
        Refusal::NotInPlan => {
            "the plan offers no such choice (a number of days it does not list, or someone that meeting may not invite)".into()
        }
        Refusal::AlreadyPlanned => "the plan already says so".into(),
        Refusal::WrongPhase(Phase::Beat(..)) => "a meeting is under way: answer the client".into(),
        Refusal::WrongPhase(Phase::Handoff) => {
            "the handoff is under way: write the document".into()
        }
        Refusal::WrongPhase(Phase::Review) => {
            "the delivery lead is reviewing the document: accept it, query an item or ask to re-baseline a promise".into()
        }
        Refusal::NotYourAction(Seat::Seller) => "that is the seller's decision".into(),
        Refusal::NotYourAction(Seat::DeliveryLead) => "that is the delivery lead's decision".into(),
        Refusal::TwoRolesOnly => "that is possible only when two people play".into(),
        Refusal::NotFlaggable => {
            "nobody from delivery in the room sees that in this answer, or it is already flagged".into()
        }
        Refusal::NotInPid => "that is not in the document".into(),
        Refusal::AlreadyAsked => "that was already asked".into(),
        Refusal::RetroTooLong(n) => format!(
            "an answer is {n} characters long; a few words, please (at most {})",
            crate::engine::RETRO_MAX_CHARS
        ),
        Refusal::RetroEmpty => "write at least one of the two answers".into(),
        Refusal::WrongPhase(Phase::Delivery) => {
            "delivery is under way: decide this week or end it".into()
        }
        Refusal::NotInvitable => {
            "only delivery people this meeting may invite can come, each once".into()
        }
        Refusal::NotOffered => "that answer is not offered in the current beat".into(),
        Refusal::Locked => "that answer is offered only when what it requires holds".into(),
        Refusal::NotACandidate => {
            "only promises made and hidden needs found can go into the document".into()
        }
        Refusal::AlreadyInPid(true) => "it is already in the document".into(),
        Refusal::AlreadyInPid(false) => "it is already out of the document".into(),
        Refusal::WeekFull => "no more decisions this week: end the week".into(),
        Refusal::OvertimeAlready(on) => {
            format!("overtime is already {}", if on { "on" } else { "off" })
        }
        Refusal::QualityUnchanged(q) if q == MAX_QUALITY_SHARE => {
            format!("testing is already at the {q}\u{a0}% maximum")
        }
        Refusal::QualityUnchanged(q) => format!("testing is already at {q}\u{a0}%"),
        Refusal::QualityNotOffered(q) => format!(
            "testing goes from 0 to {MAX_QUALITY_SHARE}\u{a0}% in steps of {QUALITY_STEP}\u{a0}%, not {q}\u{a0}%"
        ),
        Refusal::NotForHire(_) => "that person is not one of the possible hires".into(),
        Refusal::AlreadyHired(_) => "already on the team".into(),
        Refusal::OneChangeAWeek => "one change request a week".into(),
        Refusal::NoTimeRequestsLeft(n) => {
            format!("the client has been asked for time {} already", times(n))
        }
        Refusal::WeeksNotOffered(w) => {
            let steps: Vec<String> = TIME_REQUEST_WEEKS.iter().map(u32::to_string).collect();
            format!(
                "more time is asked {} weeks at a time, not {w}",
                steps.join(" or ")
            )
        }
        Refusal::NotInBacklog(_) => "that item is not in the backlog".into(),
        Refusal::AlreadyDropped(_) => "that item was already dropped".into(),
        Refusal::AlreadyFinished(_) => "that item is already done".into(),
        Refusal::UpdateAlreadyPlanned => "an update is already going out this week".into(),
        Refusal::AccountManagerAlreadyIn => "the account manager is already in the reviews".into(),
    }
}

/// The game's notice for a refused decision: `That can't be done now: ….`
pub fn notice(e: &ActionError) -> String {
    format!("That can't be done now: {e}.")
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&refusal(*self))
    }
}

impl fmt::Display for ActionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActionError::NotNow { action, refusal } => {
                write!(f, "{action} is not possible now: {refusal}")
            }
            ActionError::Unknown(what) => write!(f, "{what} does not exist in this scenario"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_board_keeps_its_sentences() {
        assert_eq!(
            refusal(Refusal::QualityUnchanged(0)),
            "testing is already at 0\u{a0}%"
        );
        assert_eq!(
            refusal(Refusal::QualityUnchanged(MAX_QUALITY_SHARE)),
            "testing is already at the 50\u{a0}% maximum"
        );
        assert_eq!(
            refusal(Refusal::NoTimeRequestsLeft(2)),
            "the client has been asked for time twice already"
        );
        let e = ActionError::NotNow {
            action: crate::engine::NamedAction {
                action: crate::engine::Action::EndWeek,
                key: None,
            },
            refusal: Refusal::WrongPhase(Phase::Handoff),
        };
        assert_eq!(
            notice(&e),
            "That can't be done now: ending the week is not possible now: the handoff is under way: write the document."
        );
        let e = ActionError::Unknown(crate::engine::UnknownRef::Scope(
            crate::scenario::model::ScopeId(7),
        ));
        assert_eq!(
            e.to_string(),
            "scope item #7 does not exist in this scenario"
        );
    }
}
