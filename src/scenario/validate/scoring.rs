//! Scoring: weights, rubric checks and debrief questions, and the warnings about rubric checks
//! written in only one form.

use super::*;

/// Things an author should fix but that do not stop the file from loading: today, rubric checks
/// with a specific wording (`label`) but no `competency` wording beside it.
pub fn warnings(s: &model::Scenario) -> Vec<Problem> {
    s.scoring
        .rubric
        .iter()
        .enumerate()
        .filter(|(_, c)| c.competency.is_none())
        .map(|(i, c)| {
            Problem::new(
                format!("scoring.rubric[{i}]"),
                format!(
                    "check {:?} has only its specific wording: add a `competency` wording \
                     (the briefing at Standard support shows its category instead)",
                    c.key
                ),
            )
        })
        .collect()
}

impl<'a> Validator<'a> {
    // ---- scoring -----------------------------------------------------------------------

    pub(super) fn scoring(&mut self) -> model::Scoring {
        let s = &self.raw.scoring;
        let w = &s.weights;
        let parts = [
            ("margin", w.margin),
            ("satisfaction", w.satisfaction),
            ("schedule", w.schedule),
            ("morale", w.morale),
            ("renewal", w.renewal),
        ];
        for (name, v) in parts {
            self.non_negative(format!("scoring.weights.{name}"), v);
        }
        let total: f32 = parts
            .iter()
            .map(|(_, v)| *v)
            .filter(|v| v.is_finite() && *v > 0.0)
            .sum();
        if total <= 0.0 {
            self.push("scoring.weights", "at least one weight must be more than 0");
        }
        let norm = |v: f32| if total > 0.0 { v / total } else { 0.0 };
        let weights = raw::Weights {
            margin: norm(w.margin),
            satisfaction: norm(w.satisfaction),
            schedule: norm(w.schedule),
            morale: norm(w.morale),
            renewal: norm(w.renewal),
        };
        if s.rubric.is_empty() {
            self.push("scoring.rubric", "list at least one rubric check");
        }
        let mut rubric = Vec::new();
        for (i, c) in s.rubric.iter().enumerate() {
            let p = format!("scoring.rubric[{i}]");
            check_id(
                &mut self.problems,
                &self.checks,
                i,
                &c.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.label"), &c.label);
            self.text(format!("{p}.why"), &c.why);
            if let Some(w) = &c.competency {
                self.text(format!("{p}.competency"), w);
            }
            let test = self.check_test(&c.test, &format!("{p}.test"));
            rubric.push(model::Check {
                key: c.id.clone(),
                label: c.label.clone(),
                why: c.why.clone(),
                competency: c.competency.clone(),
                test,
            });
        }
        let mut questions = Vec::new();
        for (i, q) in s.questions.iter().enumerate() {
            let p = format!("scoring.questions[{i}]");
            self.text(format!("{p}.text"), &q.text);
            let if_failed = q.if_failed.as_ref().map(|c| {
                let id = find(
                    &mut self.problems,
                    &self.checks,
                    c,
                    format!("{p}.if_failed"),
                );
                model::CheckId(ix(id.unwrap_or(0)))
            });
            questions.push(model::Question {
                text: q.text.clone(),
                if_failed,
            });
        }
        model::Scoring {
            weights,
            rubric,
            questions,
        }
    }

    pub(super) fn check_test(&mut self, t: &raw::CheckTest, path: &str) -> model::CheckTest {
        use model::CheckTest as T;
        match t {
            raw::CheckTest::Attended(role, m) => {
                let id = find(&mut self.problems, &self.meetings, m, path.to_owned());
                if let Some(mi) = id
                    && !self.may_attend(*role, mi)
                {
                    self.push(
                        path,
                        format!(
                            "can never pass: {role:?} is not in the may_invite of meeting {m:?}"
                        ),
                    );
                }
                T::Attended(*role, model::MeetingId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Found(f) => {
                let id = find(&mut self.problems, &self.facts, f, path.to_owned());
                T::Found(model::FactId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Avoided(o) => {
                let id = find(&mut self.problems, &self.answers, o, path.to_owned());
                T::Avoided(model::AnswerId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Chose(o) => {
                let id = find(&mut self.problems, &self.answers, o, path.to_owned());
                T::Chose(model::AnswerId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::FullHandoff => T::FullHandoff,
            raw::CheckTest::NoFalseClaims => T::NoFalseClaims,
            raw::CheckTest::Agreed => {
                if !self.raw.stakeholders.iter().any(|s| s.colleague.is_some()) {
                    self.push(
                        path.to_owned(),
                        "Agreed needs a colleague: no stakeholder has `colleague`",
                    );
                }
                T::Agreed
            }
            raw::CheckTest::NoneLost => {
                if !self.raw.sales.registers.iter().any(|r| !r.everyone) {
                    self.push(
                        path.to_owned(),
                        "NoneLost needs a register someone may not follow: `sales.registers` has none that is not `everyone`",
                    );
                }
                T::NoneLost
            }
            raw::CheckTest::PacingAtLeast(v) => {
                self.range(path, *v, 0.0, 1.0);
                T::PacingAtLeast(*v)
            }
            raw::CheckTest::MarginAtLeast(v) => {
                self.range(path, *v, 0.0, 1.0);
                T::MarginAtLeast(*v)
            }
            raw::CheckTest::SatisfactionAtLeast(v) => {
                self.range(path, *v, 0.0, 100.0);
                T::SatisfactionAtLeast(*v)
            }
            raw::CheckTest::OnTime => T::OnTime,
            raw::CheckTest::OvertimeAtMost(n) => T::OvertimeAtMost(*n),
            raw::CheckTest::Won => T::Won,
            raw::CheckTest::All(list) => {
                if list.is_empty() {
                    self.push(path, "All([]) checks nothing: list at least one test");
                }
                T::All(
                    list.iter()
                        .enumerate()
                        .map(|(i, t)| self.check_test(t, &format!("{path}.All[{i}]")))
                        .collect(),
                )
            }
        }
    }
}
