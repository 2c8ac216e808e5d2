//! Actions in words: the engine's [`NamedAction`] (an action with the scenario's id of what it
//! names) as the short phrase refusals, script errors and a remote device's buttons use
//! (`answer "fc_ask"`, `hiring "priya"`, `ending the week`), and [`UnknownRef`] for an action
//! that names a number the scenario lacks.

use std::fmt;

use crate::engine::view::{KeyKind, UnknownKey};
use crate::engine::{Action, NamedAction, PidItem, UnknownRef};

/// An action as a short phrase with the scenario's ids: `answer "fc_ask"`, `going alone`.
pub fn action(named: &NamedAction) -> String {
    let key = named.key.as_deref().unwrap_or("?");
    let item = |i: &PidItem| match i {
        PidItem::Promise(_) => "promise",
        PidItem::Fact(_) => "fact",
    };
    let in_or_out = |include: bool| if include { "including" } else { "leaving out" };
    match &named.action {
        Action::PlanGap(_, d) => format!("allowing {d} days before meeting \"{key}\""),
        Action::PlanBooking(_, r, true) => format!("booking {r:?} for meeting \"{key}\""),
        Action::PlanBooking(_, r, false) => format!("cancelling {r:?} for meeting \"{key}\""),
        Action::ConfirmPlan => "confirming the campaign plan".into(),
        Action::Invite(r) if r.is_empty() => "going alone".into(),
        Action::Invite(r) => format!("inviting {r:?}"),
        Action::Choose(c) => match &named.key {
            Some(k) => format!("answer \"{k}\""),
            None => format!("answer #{}", c.0),
        },
        Action::SetInPid(i, include) => format!("{} {} \"{key}\"", in_or_out(*include), item(i)),
        Action::SubmitPid => "handing over".into(),
        Action::WalkAway => "walking away from the deal".into(),
        Action::SetOvertime(on) => format!("overtime {}", if *on { "on" } else { "off" }),
        Action::SetQualityShare(q) => format!("quality share {q} %"),
        Action::Hire(_) => format!("hiring \"{key}\""),
        Action::RequestDescope(_) => format!("asking to drop \"{key}\""),
        Action::RequestMoreTime(w) => format!("asking for {w} more weeks"),
        Action::ClientUpdate => "a client update".into(),
        Action::InviteAccountManager => "inviting the account manager".into(),
        Action::EndWeek => "ending the week".into(),
        Action::Flag(_, concern) => format!("flagging answer \"{key}\" ({concern:?})"),
        Action::QueryPid(i) => format!("asking about {} \"{key}\"", item(i)),
        Action::Rebaseline(_) => format!("asking to re-baseline promise \"{key}\""),
        Action::AcceptPid => "accepting the document".into(),
        Action::Retro(..) => "answering the retrospective".into(),
    }
}

/// A thing named by a number the scenario lacks: `answer #12`.
pub fn unknown(what: UnknownRef) -> String {
    match what {
        UnknownRef::Answer(c) => format!("answer #{}", c.0),
        UnknownRef::Person(p) => format!("person #{}", p.0),
        UnknownRef::Scope(s) => format!("scope item #{}", s.0),
    }
}

/// What kind of thing an id names: `answer`, `scope item`, `promise or fact`.
pub fn key_kind(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::PromiseOrFact => "promise or fact",
        KeyKind::Promise => "promise",
        KeyKind::Answer => "answer",
        KeyKind::Scope => "scope item",
        KeyKind::Person => "person",
        KeyKind::Claim => "claim",
        KeyKind::Meeting => "meeting",
    }
}

/// An id a device sent that the scenario does not have: `there is no answer with id "x"`.
pub fn unknown_key(e: &UnknownKey) -> String {
    format!("there is no {} with id \"{}\"", key_kind(e.kind), e.id)
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
    }
}
