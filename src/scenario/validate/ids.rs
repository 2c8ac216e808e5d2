//! Ids of one kind (first use wins, later ones are duplicates), id checks and the paths used in messages.

use std::collections::{HashMap, HashSet};

use crate::scenario::{Problem, raw};

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// The ids of one kind: first occurrence wins; later ones are duplicates.
pub(super) struct Ids<'a> {
    pub(super) what: &'static str,
    pub(super) plural: &'static str,
    pub(super) map: HashMap<&'a str, (usize, String)>,
    pub(super) order: Vec<&'a str>,
    pub(super) count: usize,
}

impl<'a> Ids<'a> {
    pub(super) fn new(
        what: &'static str,
        plural: &'static str,
        items: impl IntoIterator<Item = (&'a str, String)>,
    ) -> Self {
        let mut ids = Ids {
            what,
            plural,
            map: HashMap::new(),
            order: Vec::new(),
            count: 0,
        };
        for (i, (id, path)) in items.into_iter().enumerate() {
            ids.count += 1;
            if !ids.map.contains_key(id) {
                ids.map.insert(id, (i, path));
                ids.order.push(id);
            }
        }
        ids
    }

    pub(super) fn get(&self, id: &str) -> Option<usize> {
        self.map.get(id).map(|(i, _)| *i)
    }

    pub(super) fn known(&self) -> String {
        const SHOWN: usize = 12;
        let listed: Vec<&str> = self
            .order
            .iter()
            .copied()
            .filter(|id| !id.is_empty())
            .collect();
        match listed.len() {
            0 => format!("no {} are defined", self.plural),
            n if n <= SHOWN => format!("known: {}", listed.join(", ")),
            n => format!(
                "known: {}, and {} more",
                listed[..SHOWN].join(", "),
                n - SHOWN
            ),
        }
    }
}

/// Checks the form of an id and that it is the first of its kind.
pub(super) fn check_id(
    problems: &mut Vec<Problem>,
    ids: &Ids,
    index: usize,
    id: &str,
    path: String,
) {
    if id.is_empty() {
        problems.push(Problem::new(path, "id must not be empty"));
        return;
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        problems.push(Problem::new(
            path,
            format!("id {id:?} may use only lowercase letters a-z, digits and _"),
        ));
        return;
    }
    if id.len() > MAX_ID_LEN {
        problems.push(Problem::new(
            path,
            format!("id {id:?} is longer than {MAX_ID_LEN} characters"),
        ));
        return;
    }
    if let Some((first, first_path)) = ids.map.get(id)
        && *first != index
    {
        problems.push(Problem::new(
            path,
            format!(
                "duplicate {} id {id:?} (first used at {first_path})",
                ids.what
            ),
        ));
    }
}

/// Looks an id up, reporting it when unknown.
pub(super) fn find(
    problems: &mut Vec<Problem>,
    ids: &Ids,
    id: &str,
    path: String,
) -> Option<usize> {
    let found = ids.get(id);
    if found.is_none() {
        problems.push(Problem::new(
            path,
            format!("unknown {} {id:?} ({})", ids.what, ids.known()),
        ));
    }
    found
}

/// An index as the model's `u16`; the counts are checked separately.
pub(super) fn ix(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

pub(super) fn ms_path(m: usize) -> String {
    format!("sales.meetings[{m}]")
}

pub(super) fn beat_path(m: usize, b: usize) -> String {
    format!("sales.meetings[{m}].beats[{b}]")
}

pub(super) fn answer_path(m: usize, b: usize, o: usize) -> String {
    format!("sales.meetings[{m}].beats[{b}].answers[{o}]")
}

/// Every fact id referred to by a condition, delivery condition or rubric check.
pub(super) fn referenced_facts(raw: &raw::ScenarioFile) -> HashSet<&str> {
    pub(super) fn cond<'a>(c: &'a raw::Condition, out: &mut HashSet<&'a str>) {
        match c {
            raw::Condition::Knows(f) => {
                out.insert(f);
            }
            raw::Condition::All(list) | raw::Condition::Any(list) => {
                list.iter().for_each(|c| cond(c, out));
            }
            raw::Condition::Not(c) => cond(c, out),
            _ => {}
        }
    }
    pub(super) fn dcond<'a>(c: &'a raw::DeliveryCondition, out: &mut HashSet<&'a str>) {
        match c {
            raw::DeliveryCondition::Known(f) => {
                out.insert(f);
            }
            raw::DeliveryCondition::All(list) | raw::DeliveryCondition::Any(list) => {
                list.iter().for_each(|c| dcond(c, out));
            }
            raw::DeliveryCondition::Not(c) => dcond(c, out),
            _ => {}
        }
    }
    pub(super) fn test<'a>(t: &'a raw::CheckTest, out: &mut HashSet<&'a str>) {
        match t {
            raw::CheckTest::Found(f) => {
                out.insert(f);
            }
            raw::CheckTest::All(list) => list.iter().for_each(|t| test(t, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for m in &raw.sales.meetings {
        cond(&m.when, &mut out);
        for b in &m.beats {
            cond(&b.when, &mut out);
            for o in &b.answers {
                cond(&o.requires, &mut out);
            }
        }
    }
    for e in &raw.delivery.events {
        if let raw::Trigger::When(c) = &e.trigger {
            dcond(c, &mut out);
        }
    }
    for c in &raw.scoring.rubric {
        test(&c.test, &mut out);
    }
    out
}
