//! Why an action is refused, in words: the engine's [`Refusal`] and [`ActionError`] as the
//! sentences the game's notices, the delivery board and the command line's script errors show.

use std::fmt;

use crate::engine::delivery::{MAX_QUALITY_SHARE, QUALITY_STEP, TIME_REQUEST_WEEKS};
use crate::engine::{ActionError, Phase, Refusal, Seat};
use crate::tr;

/// Why an action is refused now, as a clause: `one change request a week`.
pub fn refusal(r: Refusal) -> String {
    match r {
        Refusal::SessionOver | Refusal::WrongPhase(Phase::Over) => tr!("refusal-session-over"),
        Refusal::WrongPhase(Phase::Invite(_)) => tr!("refusal-phase-invite"),
        Refusal::WrongPhase(Phase::Plan) => tr!("refusal-phase-plan"),
        Refusal::NotInPlan => tr!("refusal-not-in-plan"),
        Refusal::AlreadyPlanned => tr!("refusal-already-planned"),
        Refusal::WrongPhase(Phase::Beat(..)) => tr!("refusal-phase-beat"),
        Refusal::WrongPhase(Phase::Handoff) => tr!("refusal-phase-handoff"),
        Refusal::WrongPhase(Phase::Review) => tr!("refusal-phase-review"),
        Refusal::NotYourAction(Seat::Seller) => tr!("refusal-not-yours-seller"),
        Refusal::NotYourAction(Seat::DeliveryLead) => tr!("refusal-not-yours-delivery-lead"),
        Refusal::TwoRolesOnly => tr!("refusal-two-roles-only"),
        Refusal::NotFlaggable => tr!("refusal-not-flaggable"),
        Refusal::NotInPid => tr!("refusal-not-in-pid"),
        Refusal::AlreadyAsked => tr!("refusal-already-asked"),
        Refusal::RetroTooLong(n) => tr!(
            "refusal-retro-too-long",
            chars = n,
            max = crate::engine::RETRO_MAX_CHARS
        ),
        Refusal::RetroEmpty => tr!("refusal-retro-empty"),
        Refusal::WrongPhase(Phase::Delivery) => tr!("refusal-phase-delivery"),
        Refusal::NotInvitable => tr!("refusal-not-invitable"),
        Refusal::NotOffered => tr!("refusal-not-offered"),
        Refusal::Locked => tr!("refusal-locked"),
        Refusal::NotACandidate => tr!("refusal-not-a-candidate"),
        Refusal::AlreadyInPid(true) => tr!("refusal-already-in-pid"),
        Refusal::AlreadyInPid(false) => tr!("refusal-already-out-of-pid"),
        Refusal::WeekFull => tr!("refusal-week-full"),
        Refusal::OvertimeAlready(true) => tr!("refusal-overtime-already-on"),
        Refusal::OvertimeAlready(false) => tr!("refusal-overtime-already-off"),
        Refusal::QualityUnchanged(q) if q == MAX_QUALITY_SHARE => {
            tr!("refusal-quality-at-maximum", share = q)
        }
        Refusal::QualityUnchanged(q) => tr!("refusal-quality-unchanged", share = q),
        Refusal::QualityNotOffered(q) => tr!(
            "refusal-quality-not-offered",
            max = MAX_QUALITY_SHARE,
            step = QUALITY_STEP,
            share = q
        ),
        Refusal::NotForHire(_) => tr!("refusal-not-for-hire"),
        Refusal::AlreadyHired(_) => tr!("refusal-already-hired"),
        Refusal::OneChangeAWeek => tr!("refusal-one-change-a-week"),
        Refusal::NoTimeRequestsLeft(n) => tr!("refusal-no-time-requests-left", times = n),
        Refusal::WeeksNotOffered(w) => {
            let steps: Vec<String> = TIME_REQUEST_WEEKS.iter().map(u32::to_string).collect();
            tr!(
                "refusal-weeks-not-offered",
                steps = steps.join(&tr!("refusal-steps-or")),
                weeks = w
            )
        }
        Refusal::NotInBacklog(_) => tr!("refusal-not-in-backlog"),
        Refusal::AlreadyDropped(_) => tr!("refusal-already-dropped"),
        Refusal::AlreadyFinished(_) => tr!("refusal-already-finished"),
        Refusal::UpdateAlreadyPlanned => tr!("refusal-update-already-planned"),
        Refusal::AccountManagerAlreadyIn => tr!("refusal-account-manager-already-in"),
    }
}

/// The game's notice for a refused decision: `That can't be done now: ….`
pub fn notice(e: &ActionError) -> String {
    tr!("refusal-notice", error = e.to_string())
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
                let (action, refusal) = (action.to_string(), refusal.to_string());
                f.write_str(&tr!("refusal-not-now", action = action, refusal = refusal))
            }
            ActionError::Unknown(what) => {
                f.write_str(&tr!("refusal-unknown", what = what.to_string()))
            }
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
        crate::wording::i18n::with_language(crate::wording::i18n::Language::German, || {
            assert_eq!(
                refusal(Refusal::NoTimeRequestsLeft(3)),
                "der Kunde wurde bereits 3-mal um mehr Zeit gebeten"
            );
            assert_eq!(
                refusal(Refusal::QualityUnchanged(MAX_QUALITY_SHARE)),
                "das Testen steht bereits beim Maximum von 50\u{a0}%"
            );
        });
    }
}
