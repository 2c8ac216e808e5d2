//! Conditions on play (`when`, `requires`) and whether they can ever hold where they are asked.

use super::*;

impl<'a> Validator<'a> {
    /// Converts a condition and reports it when it can never hold where it is asked.
    pub(super) fn condition_at(
        &mut self,
        c: &raw::Condition,
        path: String,
        at: At,
    ) -> model::Condition {
        let (cond, reach) = self.condition(c, &path, at);
        if let Reach::Never(why) = reach {
            self.push(path, format!("unreachable: {why}"));
        }
        cond
    }

    /// Where an answer or promise can first be seen, or why it cannot be seen at `at`.
    pub(super) fn later(&self, what: String, answer: usize, at: At) -> Reach {
        let Some(&(m, b)) = self.answer_at.get(answer) else {
            return Reach::Can;
        };
        if at.sees((m, b + 1)) {
            return Reach::Can;
        }
        Reach::Never(match at {
            At::Beat(am, ab) if (am, ab) == (m, b) => {
                format!("{what} is in this same beat, and only one answer is chosen per beat")
            }
            At::Meeting(am) if am == m => format!("{what} is only offered in this meeting itself"),
            _ => format!("{what} is only offered later, at {}", beat_path(m, b)),
        })
    }

    pub(super) fn condition(
        &mut self,
        c: &raw::Condition,
        path: &str,
        at: At,
    ) -> (model::Condition, Reach) {
        use model::Condition as C;
        match c {
            raw::Condition::Always => (C::Always, Reach::Can),
            raw::Condition::Chose(o) => {
                match find(&mut self.problems, &self.answers, o, path.to_owned()) {
                    Some(i) => (
                        C::Chose(model::AnswerId(ix(i))),
                        self.later(format!("answer {o:?}"), i, at),
                    ),
                    None => (C::Chose(model::AnswerId(0)), Reach::Can),
                }
            }
            raw::Condition::Promised(pr) => {
                match find(&mut self.problems, &self.promises, pr, path.to_owned()) {
                    Some(i) => {
                        let answer = self.promise_answer.get(i).copied().unwrap_or(0);
                        let by = self
                            .answer_keys
                            .get(answer)
                            .map(|o| format!(" (made by answer {o:?})"))
                            .unwrap_or_default();
                        let reach = self.later(format!("promise {pr:?}{by}"), answer, at);
                        (C::Promised(model::PromiseId(ix(i))), reach)
                    }
                    None => (C::Promised(model::PromiseId(0)), Reach::Can),
                }
            }
            raw::Condition::Knows(f) => {
                match find(&mut self.problems, &self.facts, f, path.to_owned()) {
                    Some(i) => {
                        let seen = self
                            .fact_from
                            .get(i)
                            .copied()
                            .flatten()
                            .is_some_and(|from| at.sees(from));
                        let reach = if seen {
                            Reach::Can
                        } else {
                            Reach::Never(format!(
                                "nothing before this point can reveal or notice fact {f:?}"
                            ))
                        };
                        (C::Knows(model::FactId(ix(i))), reach)
                    }
                    None => (C::Knows(model::FactId(0)), Reach::Can),
                }
            }
            raw::Condition::Attending(role) => {
                let reach = if self.may_attend(*role, at.meeting()) {
                    Reach::Can
                } else {
                    Reach::Never(format!(
                        "{role:?} is not in this meeting's may_invite, so never attends it"
                    ))
                };
                (C::Attending(*role), reach)
            }
            raw::Condition::Involved(role) => {
                let upto = match at {
                    At::Meeting(m) => m,
                    At::Beat(m, _) => m + 1,
                };
                let reach = if (0..upto).any(|m| self.may_attend(*role, m)) {
                    Reach::Can
                } else {
                    Reach::Never(format!(
                        "{role:?} cannot have attended any meeting by this point"
                    ))
                };
                (C::Involved(*role), reach)
            }
            raw::Condition::TrustAtLeast(s, v) => {
                self.range(path.to_owned(), *v, 0.0, 100.0);
                let s = self.stakeholder(s, path.to_owned());
                (C::TrustAtLeast(s, *v), Reach::Can)
            }
            raw::Condition::ReadinessAtLeast(s, v) => {
                self.range(path.to_owned(), *v, 0.0, 5.0);
                let s = self.stakeholder(s, path.to_owned());
                (C::ReadinessAtLeast(s, *v), Reach::Can)
            }
            raw::Condition::Agreed(s) => {
                let k = self.stakeholder(s, path.to_owned());
                let reach = if self
                    .raw
                    .stakeholders
                    .get(k.ix())
                    .is_some_and(|s| s.colleague.is_none())
                {
                    self.push(
                        path.to_owned(),
                        format!("{s:?} is one of the client's people: only a colleague agrees"),
                    );
                    Reach::Can
                } else if (0..at.meeting())
                    .any(|m| self.present.get(m).is_some_and(|p| p.contains(&k.ix())))
                {
                    Reach::Can
                } else {
                    Reach::Never(format!(
                        "{s:?} agrees only at the end of a meeting they attend, and none is held \
                         before this point"
                    ))
                };
                (C::Agreed(k), reach)
            }
            raw::Condition::All(list) => {
                let mut out = Vec::new();
                let mut reach = Reach::Can;
                for (i, c) in list.iter().enumerate() {
                    let (c, r) = self.condition(c, &format!("{path}.All[{i}]"), at);
                    out.push(c);
                    if let (Reach::Can, Reach::Never(_)) = (&reach, &r) {
                        reach = r;
                    }
                }
                (C::All(out), reach)
            }
            raw::Condition::Any(list) => {
                let mut out = Vec::new();
                let mut first_never = None;
                let mut any_can = false;
                for (i, c) in list.iter().enumerate() {
                    let (c, r) = self.condition(c, &format!("{path}.Any[{i}]"), at);
                    out.push(c);
                    match r {
                        Reach::Can => any_can = true,
                        Reach::Never(why) => {
                            first_never.get_or_insert(why);
                        }
                    }
                }
                let reach = match (any_can, first_never) {
                    (true, _) => Reach::Can,
                    (false, Some(why)) => Reach::Never(format!("no alternative can hold: {why}")),
                    (false, None) => Reach::Never("Any([]) never holds".into()),
                };
                (C::Any(out), reach)
            }
            raw::Condition::Not(inner) => {
                // What lies under Not is resolved but not judged: its negation may well hold.
                let (c, _) = self.condition(inner, &format!("{path}.Not"), at);
                let reach = if matches!(**inner, raw::Condition::Always) {
                    Reach::Never("Not(Always) never holds".into())
                } else {
                    Reach::Can
                };
                (C::Not(Box::new(c)), reach)
            }
        }
    }
}
