//! Semantic checks of a parsed scenario file, and its conversion into the checked model.
//!
//! [`validate`] never stops at the first problem: it walks the whole file, reports every problem
//! with its path in the author's field names (`sales.meetings[2].beats[0].answers[1].by`), and
//! builds the [`model::Scenario`] only when there is none.
//!
//! Play order is meetings in order, and in each meeting its beats in order, one answer chosen
//! per beat. A condition that can only hold after the point where it is asked is reported as
//! `unreachable: …`.

use std::collections::HashSet;

use super::Problem;
use super::model;
use super::raw::{self, Role};

mod colleagues;
mod conditions;
mod delivery;
mod ids;
mod incentives;
mod patience;
mod people;
mod registers;
mod sales;
mod scoring;
#[cfg(test)]
mod tests;

use ids::*;

pub use ids::MAX_ID_LEN;
/// Things an author should fix but that do not stop the file from loading: rubric checks in
/// only one form, and incentives whose numbers make no sense together.
pub fn warnings(s: &model::Scenario) -> Vec<Problem> {
    let mut out = scoring::warnings(s);
    out.extend(incentives::warnings(s));
    out
}
/// Longest delivery accepted, in weeks.
pub const MAX_WEEKS: u32 = 104;
/// Longest play time accepted, in minutes.
pub const MAX_MINUTES: u32 = 240;

/// Checks a parsed file and builds the model; on failure returns every problem found.
pub fn validate(raw: &raw::ScenarioFile) -> Result<model::Scenario, Vec<Problem>> {
    let mut v = Validator::new(raw);
    let scenario = v.build();
    if v.problems.is_empty() {
        Ok(scenario)
    } else {
        Err(v.problems)
    }
}

/// `(meeting index, beat index)`; compared in play order.
type Pos = (usize, usize);

/// Where a condition is asked: before a meeting (its `when`) or at a beat.
#[derive(Clone, Copy)]
enum At {
    Meeting(usize),
    Beat(usize, usize),
}

impl At {
    fn meeting(self) -> usize {
        match self {
            At::Meeting(m) | At::Beat(m, _) => m,
        }
    }
    /// Whether something available from `from` on is available here.
    fn sees(self, from: Pos) -> bool {
        match self {
            At::Meeting(m) => from < (m, 0),
            At::Beat(m, b) => from <= (m, b),
        }
    }
}

/// Whether a condition can ever hold where it is asked.
enum Reach {
    Can,
    Never(String),
}

struct Validator<'a> {
    raw: &'a raw::ScenarioFile,
    problems: Vec<Problem>,
    /// `delivery.max_weeks` when valid, else [`MAX_WEEKS`] (so one bad value does not cascade).
    max_weeks: u32,
    stakeholders: Ids<'a>,
    facts: Ids<'a>,
    scope: Ids<'a>,
    claims: Ids<'a>,
    meetings: Ids<'a>,
    beats: Ids<'a>,
    answers: Ids<'a>,
    promises: Ids<'a>,
    people: Ids<'a>,
    events: Ids<'a>,
    checks: Ids<'a>,
    registers: Ids<'a>,
    /// Per answer (flattened): the beat it belongs to.
    answer_at: Vec<Pos>,
    /// Per answer (flattened): its id.
    answer_keys: Vec<&'a str>,
    /// Per promise (flattened): the answer making it.
    promise_answer: Vec<usize>,
    /// Per meeting: the stakeholders present (known ones only).
    present: Vec<Vec<usize>>,
    /// Per fact: the first point of play from which it can be known.
    fact_from: Vec<Option<Pos>>,
    /// Facts some condition or check refers to.
    fact_referenced: HashSet<&'a str>,
}

impl<'a> Validator<'a> {
    /// Collects every id and the play-order facts the checks need.
    fn new(raw: &'a raw::ScenarioFile) -> Self {
        let ms = &raw.sales.meetings;
        let stakeholders = Ids::new(
            "stakeholder",
            "stakeholders",
            raw.stakeholders
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.as_str(), format!("stakeholders[{i}]"))),
        );
        let facts = Ids::new(
            "fact",
            "facts",
            raw.facts
                .iter()
                .enumerate()
                .map(|(i, f)| (f.id.as_str(), format!("facts[{i}]"))),
        );
        let scope = Ids::new(
            "scope item",
            "scope items",
            raw.offer
                .scope
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.as_str(), format!("offer.scope[{i}]"))),
        );
        let claims = Ids::new(
            "claim",
            "claims",
            raw.offer
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), format!("offer.claims[{i}]"))),
        );
        let meetings = Ids::new(
            "meeting",
            "meetings",
            ms.iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str(), ms_path(i))),
        );
        let mut beat_items = Vec::new();
        let mut answer_items = Vec::new();
        let mut promise_items = Vec::new();
        let mut answer_at = Vec::new();
        let mut answer_keys = Vec::new();
        let mut promise_answer = Vec::new();
        for (mi, m) in ms.iter().enumerate() {
            for (bi, b) in m.beats.iter().enumerate() {
                beat_items.push((b.id.as_str(), beat_path(mi, bi)));
                for (oi, o) in b.answers.iter().enumerate() {
                    for (pi, p) in o.promises.iter().enumerate() {
                        promise_items.push((
                            p.id.as_str(),
                            format!("{}.promises[{pi}]", answer_path(mi, bi, oi)),
                        ));
                        promise_answer.push(answer_at.len());
                    }
                    answer_items.push((o.id.as_str(), answer_path(mi, bi, oi)));
                    answer_at.push((mi, bi));
                    answer_keys.push(o.id.as_str());
                }
            }
        }
        let beats = Ids::new("beat", "beats", beat_items);
        let answers = Ids::new("answer", "answers", answer_items);
        let promises = Ids::new("promise", "promises", promise_items);
        let d = &raw.delivery;
        let people = Ids::new(
            "person",
            "people",
            d.team
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.as_str(), format!("delivery.team[{i}]")))
                .chain(
                    d.hires
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (p.id.as_str(), format!("delivery.hires[{i}]"))),
                ),
        );
        let events = Ids::new(
            "event",
            "events",
            d.events
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.as_str(), format!("delivery.events[{i}]"))),
        );
        let checks = Ids::new(
            "rubric check",
            "rubric checks",
            raw.scoring
                .rubric
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), format!("scoring.rubric[{i}]"))),
        );
        let registers = Ids::new(
            "register",
            "registers",
            raw.sales
                .registers
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.as_str(), format!("sales.registers[{i}]"))),
        );
        let present: Vec<Vec<usize>> = ms
            .iter()
            .map(|m| {
                m.present
                    .iter()
                    .filter_map(|s| stakeholders.get(s))
                    .collect()
            })
            .collect();
        // A fact is known from the start of a meeting where a role in `noticed_by` can sit
        // with its owner, or from the beat after an answer that reveals it.
        let mut fact_from: Vec<Option<Pos>> = vec![None; facts.count];
        for (fi, f) in raw.facts.iter().enumerate() {
            let Some(owner) = stakeholders.get(&f.owner) else {
                continue;
            };
            let noticed = ms.iter().enumerate().find(|(mi, m)| {
                present.get(*mi).is_some_and(|p| p.contains(&owner))
                    && f.noticed_by
                        .iter()
                        .any(|r| *r == Role::Seller || m.may_invite.contains(r))
            });
            if let (Some((mi, _)), Some(slot)) = (noticed, fact_from.get_mut(fi)) {
                *slot = Some((mi, 0));
            }
        }
        for (mi, m) in ms.iter().enumerate() {
            for (bi, b) in m.beats.iter().enumerate() {
                for o in &b.answers {
                    for f in &o.reveals {
                        if let Some(slot) = facts.get(f).and_then(|fi| fact_from.get_mut(fi)) {
                            let from = (mi, bi + 1);
                            if slot.is_none_or(|s| from < s) {
                                *slot = Some(from);
                            }
                        }
                    }
                }
            }
        }
        let max_weeks = if (1..=MAX_WEEKS).contains(&d.max_weeks) {
            d.max_weeks
        } else {
            MAX_WEEKS
        };
        Validator {
            raw,
            problems: Vec::new(),
            max_weeks,
            stakeholders,
            facts,
            scope,
            claims,
            meetings,
            beats,
            answers,
            promises,
            people,
            events,
            checks,
            registers,
            answer_at,
            answer_keys,
            promise_answer,
            present,
            fact_from,
            fact_referenced: referenced_facts(raw),
        }
    }

    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    // ---- small checks ------------------------------------------------------------------

    fn text(&mut self, path: impl Into<String>, s: &str) {
        if s.trim().is_empty() {
            self.push(path, "must not be empty");
        }
    }

    /// Reports NaN and infinities; true when the number is finite.
    fn finite(&mut self, path: &str, v: f32) -> bool {
        if v.is_finite() {
            true
        } else {
            self.push(path, format!("must be a finite number, not {v}"));
            false
        }
    }

    /// `lo <= v <= hi`, finite.
    fn range(&mut self, path: impl Into<String>, v: f32, lo: f32, hi: f32) {
        let path = path.into();
        if self.finite(&path, v) && !(lo..=hi).contains(&v) {
            self.push(path, format!("must be from {lo} to {hi}, not {v}"));
        }
    }

    /// A share, 0 to 1; a value that looks like a percentage (over 1, at most 100) is refused
    /// with the share it probably means.
    fn share(&mut self, path: impl Into<String>, v: f32) {
        let path = path.into();
        if self.finite(&path, v) && !(0.0..=1.0).contains(&v) {
            let hint = if v > 1.0 && v <= 100.0 {
                format!(
                    " (a share: write {} for {v} %)",
                    (v / 100.0 * 1e4).round() / 1e4
                )
            } else {
                String::new()
            };
            self.push(path, format!("must be from 0 to 1, not {v}{hint}"));
        }
    }

    /// `v >= 0`, finite.
    fn non_negative(&mut self, path: impl Into<String>, v: f32) {
        let path = path.into();
        if self.finite(&path, v) && v < 0.0 {
            self.push(path, format!("must not be negative, not {v}"));
        }
    }

    /// `v > 0`, finite.
    fn positive(&mut self, path: impl Into<String>, v: f32) {
        let path = path.into();
        if self.finite(&path, v) && v <= 0.0 {
            self.push(path, format!("must be more than 0, not {v}"));
        }
    }

    fn range_int(&mut self, path: impl Into<String>, v: i64, lo: i64, hi: i64) {
        if !(lo..=hi).contains(&v) {
            self.push(path, format!("must be from {lo} to {hi}, not {v}"));
        }
    }

    fn at_least(&mut self, path: impl Into<String>, v: i64, lo: i64) {
        if v < lo {
            self.push(path, format!("must be at least {lo}, not {v}"));
        }
    }

    /// A delivery week: 1 to `delivery.max_weeks`; `what` says what lies beyond it.
    fn week(&mut self, path: impl Into<String>, w: u32, beyond: &str) {
        if w == 0 {
            self.push(path, "weeks count from 1, not 0");
        } else if w > self.max_weeks {
            self.push(
                path,
                format!(
                    "week {w} is after delivery.max_weeks ({}): {beyond}",
                    self.max_weeks
                ),
            );
        }
    }

    fn stakeholder(&mut self, id: &str, path: String) -> model::StakeholderId {
        let i = find(&mut self.problems, &self.stakeholders, id, path);
        model::StakeholderId(ix(i.unwrap_or(0)))
    }

    fn target(&mut self, id: &str, path: String) -> model::Target {
        if id == "*" {
            model::Target::All
        } else {
            model::Target::One(self.stakeholder(id, path))
        }
    }

    fn may_attend(&self, role: Role, meeting: usize) -> bool {
        role == Role::Seller
            || self
                .raw
                .sales
                .meetings
                .get(meeting)
                .is_some_and(|m| m.may_invite.contains(&role))
    }

    // ---- the file ----------------------------------------------------------------------

    fn build(&mut self) -> model::Scenario {
        let raw = self.raw;
        self.check_counts();
        let own = Ids::new("scenario", "scenarios", std::iter::empty());
        check_id(&mut self.problems, &own, 0, &raw.id, "id".into());
        self.text("title", &raw.title);
        self.text("summary", &raw.summary);
        self.range_int("minutes", raw.minutes.into(), 1, MAX_MINUTES.into());
        if raw.lessons.is_empty() {
            self.push("lessons", "list at least one lesson");
        }
        for (i, l) in raw.lessons.iter().enumerate() {
            self.text(format!("lessons[{i}]"), l);
        }
        let client = self.client();
        let stakeholders = self.stakeholders_();
        let facts = self.facts_();
        let offer = self.offer();
        let (meetings, answers, promises) = self.meetings_();
        let sales = self.sales_rules();
        self.check_colleagues();
        self.check_patience();
        let delivery = self.delivery();
        let scoring = self.scoring();
        model::Scenario {
            id: raw.id.clone(),
            title: raw.title.clone(),
            summary: raw.summary.clone(),
            minutes: raw.minutes,
            difficulty: raw.difficulty,
            lessons: raw.lessons.clone(),
            default_seed: raw.default_seed,
            client,
            stakeholders,
            facts,
            offer,
            meetings,
            answers,
            promises,
            sales,
            delivery,
            scoring,
            language: crate::scenario::SOURCE_LANGUAGE.to_owned(),
            source_title: raw.title.clone(),
        }
    }

    fn check_counts(&mut self) {
        let limit = usize::from(u16::MAX) + 1;
        let kinds = [
            &self.facts,
            &self.scope,
            &self.claims,
            &self.meetings,
            &self.answers,
            &self.promises,
            &self.people,
            &self.events,
            &self.checks,
        ];
        let too_many: Vec<String> = kinds
            .iter()
            .filter(|k| k.count > limit)
            .map(|k| format!("too many {} ({}; at most {limit})", k.plural, k.count))
            .collect();
        for message in too_many {
            self.push("", message);
        }
    }
}
