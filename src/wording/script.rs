//! Scripts in words: why a script file does not parse ([`ScriptParseError`]), why a script step could not be played ([`ScriptError`], [`StepProblem`],
//! [`StepRefusal`]) and what is possible at that point of the session ([`PossibleNow`]), as the
//! command line's `play` errors and the tests' failure messages show them.

use std::fmt;

use crate::engine::delivery::{MAX_QUALITY_SHARE, QUALITY_STEP};
use crate::engine::script::{
    DeliveryChoice, MAX_SCRIPT_BYTES, PossibleNow, ScriptError, ScriptParseError,
    ScriptParseProblem, StepProblem, StepRefusal,
};
use crate::engine::view::KeyKind;
use crate::tr;

/// The most ids listed in full in an unknown-id message; past it, the first half is listed.
pub const KNOWN_LIST_MAX: usize = 16;

/// What kind of id a script step named: `answer`, `promise or hidden need` (a script puts
/// promises and the hidden needs it found into the document).
pub fn id_kind(what: KeyKind) -> String {
    match what {
        KeyKind::PromiseOrFact => tr!("script-promise-or-hidden-need"),
        other => super::actions::key_kind(other),
    }
}

/// A list of ids or choices, as the language separates them: `a, b`.
fn list(items: &[String]) -> String {
    items.join(&tr!("script-list-separator"))
}

/// The ids a scenario does have, as a parenthesised tail: ` (known: a, b)`, ` (it has none)`, or
/// ` (it has 40 of them, e.g. a, b, ...)` past [`KNOWN_LIST_MAX`].
pub fn known_list(known: &[String]) -> String {
    if known.is_empty() {
        tr!("script-known-none")
    } else if known.len() <= KNOWN_LIST_MAX {
        tr!("script-known", ids = list(known))
    } else {
        tr!(
            "script-known-some",
            count = known.len(),
            ids = list(&known[..KNOWN_LIST_MAX / 2])
        )
    }
}

/// Why a step is not accepted now, as a clause: `there is nothing the delivery lead can flag in
/// answer "fc_ask" now`.
pub fn step_refusal(why: &StepRefusal) -> String {
    match why {
        StepRefusal::Refused(e) => e.to_string(),
        StepRefusal::NothingToFlag { answer } => tr!("script-nothing-to-flag", answer = answer),
        StepRefusal::NotAPromise { id } => tr!("script-not-a-promise", id = id),
        StepRefusal::NoDocumentNow => tr!("script-no-document-now"),
    }
}

/// What is possible now, in plain words with the scenario's ids: `the current beat is `ashby`
/// (meeting `qualified`) offering: as_meet, as_promise`.
pub fn possible_now(now: &PossibleNow) -> String {
    match now {
        PossibleNow::Plan { meetings } => tr!("script-now-plan", meetings = list(meetings)),
        PossibleNow::Invite {
            meeting,
            may_invite,
        } => {
            let roles: Vec<String> = may_invite.iter().map(|r| format!("{r:?}")).collect();
            tr!("script-now-invite", meeting = meeting, roles = list(&roles))
        }
        PossibleNow::Beat {
            beat,
            meeting,
            offered,
        } => tr!(
            "script-now-beat",
            beat = beat,
            meeting = meeting,
            offered = list(offered)
        ),
        PossibleNow::Handoff { candidates } => {
            let items: Vec<String> = candidates
                .iter()
                .map(|(key, in_pid)| {
                    if *in_pid {
                        tr!("script-candidate-in", key = key)
                    } else {
                        key.clone()
                    }
                })
                .collect();
            if items.is_empty() {
                tr!("script-now-handoff-empty")
            } else {
                tr!("script-now-handoff", items = list(&items))
            }
        }
        PossibleNow::Review { pid } => {
            if pid.is_empty() {
                tr!("script-now-review-empty")
            } else {
                tr!("script-now-review", pid = list(pid))
            }
        }
        PossibleNow::Delivery { week, possible } => {
            let what: Vec<String> = possible
                .iter()
                .map(|c| match c {
                    DeliveryChoice::QualityShare => tr!(
                        "script-quality-choice",
                        max = MAX_QUALITY_SHARE,
                        step = QUALITY_STEP
                    ),
                    DeliveryChoice::Action(named) => named.to_string(),
                })
                .collect();
            tr!("script-now-delivery", week = *week, possible = list(&what))
        }
        PossibleNow::Over { won: true } => tr!("script-now-over-won"),
        PossibleNow::Over { won: false } => tr!("script-now-over-lost"),
    }
}

/// What went wrong with a step: `there is no answer with id "x" in this scenario (known: ...)`,
/// or why it is refused and what is possible now.
pub fn step_problem(problem: &StepProblem) -> String {
    match problem {
        StepProblem::UnknownId { what, id, known } => tr!(
            "script-unknown-id",
            kind = id_kind(*what),
            id = id,
            known = known_list(known)
        ),
        StepProblem::NotLegal { why, now } => tr!(
            "script-not-legal",
            why = why.to_string(),
            now = now.to_string()
        ),
    }
}

/// What is wrong with a script file: the RON parser's own message, or the size limit.
pub fn parse_problem(problem: &ScriptParseProblem) -> String {
    match problem {
        ScriptParseProblem::TooLarge { bytes } => tr!(
            "script-too-large",
            bytes = bytes.to_string(),
            max = MAX_SCRIPT_BYTES.to_string()
        ),
        ScriptParseProblem::Ron(message) => message.clone(),
    }
}

impl fmt::Display for ScriptParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!(
            "script-parse-error",
            origin = &self.origin,
            line = self.line.to_string(),
            col = self.col.to_string(),
            problem = parse_problem(&self.problem)
        ))
    }
}

impl fmt::Display for StepRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&step_refusal(self))
    }
}

impl fmt::Display for PossibleNow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&possible_now(self))
    }
}

impl fmt::Display for StepProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&step_problem(self))
    }
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr!(
            "script-step-error",
            step = self.step.to_string(),
            written = &self.written,
            problem = self.problem.to_string()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Action, ActionError, NamedAction, Phase, Refusal};
    use crate::scenario::model::Role;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("a{i}")).collect()
    }

    #[test]
    fn a_script_too_large_names_its_size_and_the_limit() {
        let src = format!("Script(steps: []){}", " ".repeat(MAX_SCRIPT_BYTES));
        let e = crate::engine::script::parse_script(&src, "big.ron").unwrap_err();
        assert_eq!(
            e.problem,
            ScriptParseProblem::TooLarge {
                bytes: MAX_SCRIPT_BYTES + 17
            }
        );
        assert_eq!(
            e.to_string(),
            format!(
                "big.ron:1:1: the script is {} bytes, more than the limit of 262144 bytes",
                MAX_SCRIPT_BYTES + 17
            )
        );
    }

    #[test]
    fn an_unknown_id_lists_the_known_ids_or_some_of_them() {
        let problem = |known| StepProblem::UnknownId {
            what: KeyKind::PromiseOrFact,
            id: "nope".into(),
            known,
        };
        assert_eq!(
            problem(vec![]).to_string(),
            "there is no promise or hidden need with id \"nope\" in this scenario (it has none)"
        );
        assert_eq!(
            problem(ids(2)).to_string(),
            "there is no promise or hidden need with id \"nope\" in this scenario (known: a0, a1)"
        );
        assert!(
            problem(ids(KNOWN_LIST_MAX))
                .to_string()
                .ends_with(&format!("a{})", KNOWN_LIST_MAX - 1))
        );
        assert_eq!(
            known_list(&ids(KNOWN_LIST_MAX + 1)),
            " (it has 17 of them, e.g. a0, a1, a2, a3, a4, a5, a6, a7, ...)"
        );
    }

    #[test]
    fn a_refused_step_says_why_and_what_is_possible() {
        let e = ScriptError {
            step: 3,
            written: "Lead(Flag(\"fc_ask\"))".into(),
            problem: StepProblem::NotLegal {
                why: StepRefusal::NothingToFlag {
                    answer: "fc_ask".into(),
                },
                now: Box::new(PossibleNow::Beat {
                    beat: "ashby".into(),
                    meeting: "qualified".into(),
                    offered: vec!["as_meet".into(), "as_promise".into()],
                }),
            },
        };
        assert_eq!(
            e.to_string(),
            "step 3 `Lead(Flag(\"fc_ask\"))`: there is nothing the delivery lead can flag in \
             answer \"fc_ask\" now; the current beat is `ashby` (meeting `qualified`) offering: \
             as_meet, as_promise"
        );
        let refused = StepRefusal::Refused(Box::new(ActionError::NotNow {
            action: NamedAction {
                action: Action::EndWeek,
                key: None,
            },
            refusal: Refusal::WrongPhase(Phase::Handoff),
        }));
        assert_eq!(
            refused.to_string(),
            "ending the week is not possible now: the handoff is under way: write the document"
        );
        assert_eq!(
            StepRefusal::NotAPromise { id: "old".into() }.to_string(),
            "\"old\" is a hidden need, not a promise: only a promise can be re-baselined"
        );
        assert_eq!(
            StepRefusal::NoDocumentNow.to_string(),
            "writing the PID is not possible now"
        );
    }

    #[test]
    fn every_phase_says_what_is_possible() {
        let words = |now: PossibleNow| now.to_string();
        assert_eq!(
            words(PossibleNow::Invite {
                meeting: "discovery".into(),
                may_invite: vec![Role::ProjectManager, Role::SeniorDesigner],
            }),
            "the next meeting is `discovery`, which may invite: ProjectManager, SeniorDesigner \
             (or Invite([]) to go alone)"
        );
        assert_eq!(
            words(PossibleNow::Handoff {
                candidates: vec![("p_a".into(), true), ("f_b".into(), false)],
            }),
            "the handoff is under way: the document can hold p_a (in), f_b ; then SubmitPid"
        );
        assert_eq!(
            words(PossibleNow::Handoff { candidates: vec![] }),
            "the handoff is under way: the document can hold nothing ; then SubmitPid"
        );
        assert_eq!(
            words(PossibleNow::Review { pid: vec![] }),
            "the delivery lead reviews the document (it is empty): Accept, Query(id) or \
             Rebaseline(id)"
        );
        assert_eq!(
            words(PossibleNow::Delivery {
                week: 2,
                possible: vec![
                    DeliveryChoice::Action(NamedAction {
                        action: Action::EndWeek,
                        key: None,
                    }),
                    DeliveryChoice::QualityShare,
                    DeliveryChoice::Action(NamedAction {
                        action: Action::RequestMoreTime(2),
                        key: None,
                    }),
                ],
            }),
            format!(
                "delivery week 2: possible: ending the week, Quality(0 to {MAX_QUALITY_SHARE}, \
                 steps of {QUALITY_STEP}), asking for 2 more weeks"
            )
        );
        assert_eq!(
            words(PossibleNow::Over { won: false }),
            "nothing more to play: the deal was lost"
        );
        assert_eq!(
            words(PossibleNow::Over { won: true }),
            "nothing more to play: delivery has ended"
        );
    }

    #[test]
    fn script_errors_speak_german() {
        use crate::wording::i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(
                PossibleNow::Review { pid: vec![] }.to_string(),
                "die Projektleitung prüft das Dokument (es ist leer): Accept, Query(id) oder \
                 Rebaseline(id)"
            );
            assert_eq!(known_list(&[]), " (es hat keine)");
        });
    }
}
