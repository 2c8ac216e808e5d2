//! Actions in words: the engine's [`NamedAction`] (an action with the scenario's id of what it
//! names) as the short phrase refusals, script errors and a remote device's buttons use
//! (`answer "fc_ask"`, `hiring "priya"`, `ending the week`), and [`UnknownRef`] for an action
//! that names a number the scenario lacks.

use std::fmt;

use crate::engine::view::{KeyKind, UnknownKey};
use crate::engine::{Action, NamedAction, PidItem, UnknownRef};
use crate::tr;

/// An action as a short phrase with the scenario's ids: `answer "fc_ask"`, `going alone`.
pub fn action(named: &NamedAction) -> String {
    let key = named.key.as_deref().unwrap_or("?");
    match &named.action {
        Action::PlanGap(_, d) => tr!("actions-plan-gap", days = *d, key = key),
        Action::PlanBooking(_, r, true) => {
            tr!("actions-plan-booking", roles = format!("{r:?}"), key = key)
        }
        Action::PlanBooking(_, r, false) => {
            tr!("actions-plan-cancel", roles = format!("{r:?}"), key = key)
        }
        Action::ConfirmPlan => tr!("actions-confirm-plan"),
        Action::Invite(r) if r.is_empty() => tr!("actions-go-alone"),
        Action::Invite(r) => tr!("actions-invite", roles = format!("{r:?}")),
        Action::Choose(c) => match &named.key {
            Some(k) => tr!("actions-answer", key = k),
            None => tr!("actions-answer-number", number = c.0),
        },
        Action::SetInPid(i, include) => match (i, include) {
            (PidItem::Promise(_), true) => tr!("actions-include-promise", key = key),
            (PidItem::Fact(_), true) => tr!("actions-include-fact", key = key),
            (PidItem::Promise(_), false) => tr!("actions-leave-out-promise", key = key),
            (PidItem::Fact(_), false) => tr!("actions-leave-out-fact", key = key),
        },
        Action::SubmitPid => tr!("actions-submit-pid"),
        Action::WalkAway => tr!("actions-walk-away"),
        Action::SetOvertime(true) => tr!("actions-overtime-on"),
        Action::SetOvertime(false) => tr!("actions-overtime-off"),
        Action::SetQualityShare(q) => tr!("actions-quality-share", share = *q),
        Action::Hire(_) => tr!("actions-hire", key = key),
        Action::RequestDescope(_) => tr!("actions-descope", key = key),
        Action::RequestMoreTime(w) => tr!("actions-more-time", weeks = *w),
        Action::ClientUpdate => tr!("actions-client-update"),
        Action::InviteAccountManager => tr!("actions-invite-account-manager"),
        Action::EndWeek => tr!("actions-end-week"),
        Action::Flag(_, concern) => {
            tr!("actions-flag", key = key, concern = format!("{concern:?}"))
        }
        Action::QueryPid(PidItem::Promise(_)) => tr!("actions-query-promise", key = key),
        Action::QueryPid(PidItem::Fact(_)) => tr!("actions-query-fact", key = key),
        Action::Rebaseline(_) => tr!("actions-rebaseline", key = key),
        Action::AcceptPid => tr!("actions-accept-pid"),
        Action::Retro(..) => tr!("actions-retro"),
    }
}

/// A thing named by a number the scenario lacks: `answer #12`.
pub fn unknown(what: UnknownRef) -> String {
    match what {
        UnknownRef::Answer(c) => tr!("actions-unknown-answer", number = c.0),
        UnknownRef::Person(p) => tr!("actions-unknown-person", number = p.0),
        UnknownRef::Scope(s) => tr!("actions-unknown-scope", number = s.0),
    }
}

/// What kind of thing an id names: `answer`, `scope item`, `promise or fact` (the noun a
/// script's problems use; [`unknown_key`] has a sentence per kind).
pub fn key_kind(kind: KeyKind) -> String {
    match kind {
        KeyKind::PromiseOrFact => tr!("actions-kind-promise-or-fact"),
        KeyKind::Promise => tr!("actions-kind-promise"),
        KeyKind::Answer => tr!("actions-kind-answer"),
        KeyKind::Scope => tr!("actions-kind-scope"),
        KeyKind::Person => tr!("actions-kind-person"),
        KeyKind::Claim => tr!("actions-kind-claim"),
        KeyKind::Meeting => tr!("actions-kind-meeting"),
    }
}

/// An id a device sent that the scenario does not have: `there is no answer with id "x"`.
pub fn unknown_key(e: &UnknownKey) -> String {
    let id = e.id.as_str();
    match e.kind {
        KeyKind::PromiseOrFact => tr!("actions-no-promise-or-fact", id = id),
        KeyKind::Promise => tr!("actions-no-promise", id = id),
        KeyKind::Answer => tr!("actions-no-answer", id = id),
        KeyKind::Scope => tr!("actions-no-scope", id = id),
        KeyKind::Person => tr!("actions-no-person", id = id),
        KeyKind::Claim => tr!("actions-no-claim", id = id),
        KeyKind::Meeting => tr!("actions-no-meeting", id = id),
    }
}

impl fmt::Display for NamedAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&action(self))
    }
}

impl fmt::Display for UnknownRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&unknown(*self))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::engine::{ActionError, Session};
    use crate::scenario::model::{AnswerId, PersonId, Scenario};

    fn first_client() -> Arc<Scenario> {
        let src = include_str!("../../levels/01_first_client.scenario.ron");
        Arc::new(crate::scenario::parse_str(src, "level").expect("shipped level loads"))
    }

    #[test]
    fn an_action_is_worded_with_the_scenarios_ids_and_a_refusal_is_data() {
        let sc = first_client();
        let s = Session::new(sc.clone(), 1);
        let words = |a: Action| action(&s.named(&a));
        assert_eq!(words(Action::Invite(vec![])), "going alone");
        let c = sc.answer_by_key("fc_ask").unwrap();
        assert_eq!(words(Action::Choose(c)), "answer \"fc_ask\"");
        assert_eq!(words(Action::Choose(AnswerId(999))), "answer #999");
        assert_eq!(words(Action::Hire(PersonId(999))), "hiring \"?\"");
        crate::wording::i18n::with_language(crate::wording::i18n::Language::German, || {
            assert_eq!(words(Action::Choose(c)), "Antwort \"fc_ask\"");
            assert_eq!(words(Action::EndWeek), "die Woche beenden");
        });
        let e = s.clone().apply(Action::Choose(AnswerId(999))).unwrap_err();
        assert_eq!(e, ActionError::Unknown(UnknownRef::Answer(AnswerId(999))));
        assert_eq!(e.to_string(), "answer #999 does not exist in this scenario");
        let e = s.clone().apply(Action::EndWeek).unwrap_err();
        let ActionError::NotNow { action: named, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!((&named.action, &named.key), (&Action::EndWeek, &None));
        assert_eq!(
            e.to_string(),
            "ending the week is not possible now: a meeting is under way: answer the client"
        );
    }

    /// A device's unknown id is data, worded here with the id it named.
    #[test]
    fn an_unknown_id_from_a_device_is_data_then_words() {
        use crate::engine::view::{ActionKey, ConcernKey};
        let s = Session::new(first_client(), 1);
        let e = s
            .resolve_key(&ActionKey::Flag {
                answer: "fc_ask".into(),
                concern: ConcernKey::Claim {
                    claim: "nope".into(),
                },
            })
            .unwrap_err();
        assert_eq!(e, UnknownKey::new(KeyKind::Claim, "nope"));
        assert_eq!(unknown_key(&e), "there is no claim with id \"nope\"");
        let e = s
            .resolve_key(&ActionKey::Choose { answer: "x".into() })
            .unwrap_err();
        assert_eq!(unknown_key(&e), "there is no answer with id \"x\"");
        crate::wording::i18n::with_language(crate::wording::i18n::Language::German, || {
            assert_eq!(unknown_key(&e), "es gibt keine Antwort mit der ID \"x\"");
        });
    }
}
