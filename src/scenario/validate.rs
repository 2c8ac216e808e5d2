//! Semantic checks of a parsed scenario file, and its conversion into the checked model.
//!
//! [`validate`] never stops at the first problem: it walks the whole file, reports every problem
//! with its path in the author's field names (`sales.milestones[2].beats[0].options[1].by`), and
//! builds the [`model::Scenario`] only when there is none.
//!
//! Play order is milestones in order, and in each meeting its beats in order, one option chosen
//! per beat. A condition that can only hold after the point where it is asked is reported as
//! `unreachable: …`.

use std::collections::{HashMap, HashSet};

use super::Problem;
use super::model;
use super::raw::{self, Role};

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;
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

/// `(milestone index, beat index)`; compared in play order.
type Pos = (usize, usize);

/// Where a condition is asked: before a meeting (its `when`) or at a beat.
#[derive(Clone, Copy)]
enum At {
    Meeting(usize),
    Beat(usize, usize),
}

impl At {
    fn milestone(self) -> usize {
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

/// The ids of one kind: first occurrence wins; later ones are duplicates.
struct Ids<'a> {
    what: &'static str,
    plural: &'static str,
    map: HashMap<&'a str, (usize, String)>,
    order: Vec<&'a str>,
    count: usize,
}

impl<'a> Ids<'a> {
    fn new(
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

    fn get(&self, id: &str) -> Option<usize> {
        self.map.get(id).map(|(i, _)| *i)
    }

    fn known(&self) -> String {
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
fn check_id(problems: &mut Vec<Problem>, ids: &Ids, index: usize, id: &str, path: String) {
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
fn find(problems: &mut Vec<Problem>, ids: &Ids, id: &str, path: String) -> Option<usize> {
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
fn ix(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn ms_path(m: usize) -> String {
    format!("sales.milestones[{m}]")
}

fn beat_path(m: usize, b: usize) -> String {
    format!("sales.milestones[{m}].beats[{b}]")
}

fn option_path(m: usize, b: usize, o: usize) -> String {
    format!("sales.milestones[{m}].beats[{b}].options[{o}]")
}

/// Every fact id referred to by a condition, delivery condition or rubric check.
fn referenced_facts(raw: &raw::ScenarioFile) -> HashSet<&str> {
    fn cond<'a>(c: &'a raw::Condition, out: &mut HashSet<&'a str>) {
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
    fn dcond<'a>(c: &'a raw::DeliveryCondition, out: &mut HashSet<&'a str>) {
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
    fn test<'a>(t: &'a raw::CheckTest, out: &mut HashSet<&'a str>) {
        match t {
            raw::CheckTest::Found(f) => {
                out.insert(f);
            }
            raw::CheckTest::All(list) => list.iter().for_each(|t| test(t, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for m in &raw.sales.milestones {
        cond(&m.when, &mut out);
        for b in &m.beats {
            cond(&b.when, &mut out);
            for o in &b.options {
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

struct Validator<'a> {
    raw: &'a raw::ScenarioFile,
    problems: Vec<Problem>,
    /// `delivery.max_weeks` when valid, else [`MAX_WEEKS`] (so one bad value does not cascade).
    max_weeks: u32,
    stakeholders: Ids<'a>,
    facts: Ids<'a>,
    scope: Ids<'a>,
    claims: Ids<'a>,
    milestones: Ids<'a>,
    beats: Ids<'a>,
    options: Ids<'a>,
    promises: Ids<'a>,
    people: Ids<'a>,
    events: Ids<'a>,
    checks: Ids<'a>,
    /// Per option (flattened): the beat it belongs to.
    option_at: Vec<Pos>,
    /// Per option (flattened): its id.
    option_keys: Vec<&'a str>,
    /// Per promise (flattened): the option making it.
    promise_option: Vec<usize>,
    /// Per milestone: the stakeholders present (known ones only).
    present: Vec<Vec<usize>>,
    /// Per fact: the first point of play from which it can be known.
    fact_from: Vec<Option<Pos>>,
    /// Facts some condition or check refers to.
    fact_referenced: HashSet<&'a str>,
}

impl<'a> Validator<'a> {
    /// Collects every id and the play-order facts the checks need.
    fn new(raw: &'a raw::ScenarioFile) -> Self {
        let ms = &raw.sales.milestones;
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
        let milestones = Ids::new(
            "milestone",
            "milestones",
            ms.iter()
                .enumerate()
                .map(|(i, m)| (m.id.as_str(), ms_path(i))),
        );
        let mut beat_items = Vec::new();
        let mut option_items = Vec::new();
        let mut promise_items = Vec::new();
        let mut option_at = Vec::new();
        let mut option_keys = Vec::new();
        let mut promise_option = Vec::new();
        for (mi, m) in ms.iter().enumerate() {
            for (bi, b) in m.beats.iter().enumerate() {
                beat_items.push((b.id.as_str(), beat_path(mi, bi)));
                for (oi, o) in b.options.iter().enumerate() {
                    for (pi, p) in o.promises.iter().enumerate() {
                        promise_items.push((
                            p.id.as_str(),
                            format!("{}.promises[{pi}]", option_path(mi, bi, oi)),
                        ));
                        promise_option.push(option_at.len());
                    }
                    option_items.push((o.id.as_str(), option_path(mi, bi, oi)));
                    option_at.push((mi, bi));
                    option_keys.push(o.id.as_str());
                }
            }
        }
        let beats = Ids::new("beat", "beats", beat_items);
        let options = Ids::new("option", "options", option_items);
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
        // with its owner, or from the beat after an option that reveals it.
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
                for o in &b.options {
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
            milestones,
            beats,
            options,
            promises,
            people,
            events,
            checks,
            option_at,
            option_keys,
            promise_option,
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

    fn may_attend(&self, role: Role, milestone: usize) -> bool {
        role == Role::Seller
            || self
                .raw
                .sales
                .milestones
                .get(milestone)
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
        let (milestones, choices, promises) = self.milestones_();
        let sales = self.sales_rules();
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
            milestones,
            choices,
            promises,
            sales,
            delivery,
            scoring,
        }
    }

    fn check_counts(&mut self) {
        let limit = usize::from(u16::MAX) + 1;
        let kinds = [
            &self.facts,
            &self.scope,
            &self.claims,
            &self.milestones,
            &self.options,
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

    fn client(&mut self) -> model::Client {
        let c = &self.raw.client;
        self.text("client.name", &c.name);
        self.text("client.sector", &c.sector);
        self.text("client.background", &c.background);
        self.at_least("client.patience", c.patience.into(), 1);
        model::Client {
            name: c.name.clone(),
            sector: c.sector.clone(),
            background: c.background.clone(),
            patience: c.patience,
        }
    }

    fn stakeholders_(&mut self) -> Vec<model::Stakeholder> {
        let list = &self.raw.stakeholders;
        if !(2..=5).contains(&list.len()) {
            self.push(
                "stakeholders",
                format!("need 2 to 5 stakeholders, found {}", list.len()),
            );
        }
        let total: f32 = list
            .iter()
            .map(|s| s.weight)
            .filter(|w| w.is_finite() && *w > 0.0)
            .sum();
        let walk_away = self.raw.sales.walk_away_trust;
        let mut out = Vec::new();
        for (i, s) in list.iter().enumerate() {
            let p = format!("stakeholders[{i}]");
            check_id(
                &mut self.problems,
                &self.stakeholders,
                i,
                &s.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.name"), &s.name);
            self.text(format!("{p}.role"), &s.role);
            if let Some(portrait) = &s.portrait
                && (portrait.is_empty()
                    || !portrait
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            {
                self.push(
                    format!("{p}.portrait"),
                    format!(
                        "portrait {portrait:?} must be a file name under assets/portraits/ \
                         without .png (letters, digits, _ and - only)"
                    ),
                );
            }
            if s.cares.is_empty() {
                self.push(format!("{p}.cares"), "list at least one concern");
            }
            self.positive(format!("{p}.weight"), s.weight);
            self.range(format!("{p}.trust"), s.trust, 0.0, 100.0);
            if s.trust.is_finite() && walk_away.is_finite() && s.trust < walk_away {
                self.push(
                    format!("{p}.trust"),
                    format!(
                        "starts at {} trust, below sales.walk_away_trust ({walk_away}): \
                         they would walk away before the first meeting",
                        s.trust
                    ),
                );
            }
            self.range(format!("{p}.readiness"), s.readiness, 1.0, 5.0);
            self.range(
                format!("{p}.readiness_growth"),
                s.readiness_growth,
                0.0,
                2.0,
            );
            out.push(model::Stakeholder {
                key: s.id.clone(),
                name: s.name.clone(),
                role: s.role.clone(),
                portrait: s.portrait.clone(),
                cares: s.cares.clone(),
                weight: if total > 0.0 { s.weight / total } else { 0.0 },
                trust: s.trust,
                readiness: s.readiness,
                readiness_growth: s.readiness_growth,
            });
        }
        out
    }

    fn facts_(&mut self) -> Vec<model::Fact> {
        let mut out = Vec::new();
        for (i, f) in self.raw.facts.iter().enumerate() {
            let p = format!("facts[{i}]");
            check_id(&mut self.problems, &self.facts, i, &f.id, format!("{p}.id"));
            self.text(format!("{p}.text"), &f.text);
            let owner = self.stakeholder(&f.owner, format!("{p}.owner"));
            let need = f.need.as_ref().map(|n| {
                self.positive(format!("{p}.need.effort_days"), n.effort_days);
                self.week(
                    format!("{p}.need.surfaces_week"),
                    n.surfaces_week,
                    "the need can never act on delivery",
                );
                self.range(
                    format!("{p}.need.surprise_trust"),
                    n.surprise_trust,
                    0.0,
                    100.0,
                );
                model::HiddenNeed {
                    effort_days: n.effort_days,
                    surfaces_week: n.surfaces_week,
                    surprise_trust: n.surprise_trust,
                }
            });
            let produced = self.fact_from.get(i).is_some_and(Option::is_some);
            if f.need.is_none() && !produced && !self.fact_referenced.contains(f.id.as_str()) {
                self.push(
                    p,
                    "fact is never used: it is not a hidden need, and nothing reveals, \
                     notices or refers to it",
                );
            }
            out.push(model::Fact {
                key: f.id.clone(),
                text: f.text.clone(),
                owner,
                noticed_by: f.noticed_by.clone(),
                need,
            });
        }
        out
    }

    fn offer(&mut self) -> model::Offer {
        let o = &self.raw.offer;
        self.positive("offer.day_rate", o.day_rate);
        self.range("offer.max_discount_pct", o.max_discount_pct, 0.0, 90.0);
        self.week(
            "offer.standard_weeks",
            o.standard_weeks,
            "the project could never finish in time",
        );
        self.range(
            "offer.late_penalty_per_week",
            o.late_penalty_per_week,
            0.0,
            1.0,
        );
        self.range("offer.commission_rate", o.commission_rate, 0.0, 1.0);
        self.non_negative("offer.renewal_value", o.renewal_value);
        if o.scope.is_empty() {
            self.push("offer.scope", "list at least one scope item");
        }
        let mut scope = Vec::new();
        for (i, s) in o.scope.iter().enumerate() {
            let p = format!("offer.scope[{i}]");
            check_id(&mut self.problems, &self.scope, i, &s.id, format!("{p}.id"));
            self.text(format!("{p}.name"), &s.name);
            self.positive(format!("{p}.true_effort"), s.true_effort);
            self.positive(format!("{p}.sales_estimate"), s.sales_estimate);
            scope.push(model::ScopeItem {
                key: s.id.clone(),
                name: s.name.clone(),
                true_effort: s.true_effort,
                sales_estimate: s.sales_estimate,
                concern: s.concern,
                core: s.core,
            });
        }
        let mut claims = Vec::new();
        for (i, c) in o.claims.iter().enumerate() {
            let p = format!("offer.claims[{i}]");
            check_id(
                &mut self.problems,
                &self.claims,
                i,
                &c.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.text"), &c.text);
            match c.truth {
                raw::ClaimTruth::Holds => {}
                raw::ClaimTruth::HoldsWithWork(days) => {
                    let tp = format!("{p}.truth");
                    if self.finite(&tp, days) && days <= 0.0 {
                        self.push(
                            tp,
                            format!(
                                "HoldsWithWork needs more than 0 days, not {days} \
                                 (write Holds when no work is needed)"
                            ),
                        );
                    }
                }
                raw::ClaimTruth::DoesNotHold { rework_days, trust } => {
                    self.non_negative(format!("{p}.truth.rework_days"), rework_days);
                    self.range(format!("{p}.truth.trust"), trust, 0.0, 100.0);
                }
            }
            self.week(
                format!("{p}.surfaces_week"),
                c.surfaces_week,
                "the claim's truth can never come out",
            );
            claims.push(model::Claim {
                key: c.id.clone(),
                text: c.text.clone(),
                truth: c.truth,
                surfaces_week: c.surfaces_week,
            });
        }
        model::Offer {
            day_rate: o.day_rate,
            max_discount_pct: o.max_discount_pct,
            standard_weeks: o.standard_weeks,
            late_penalty_per_week: o.late_penalty_per_week,
            commission_rate: o.commission_rate,
            renewal_value: o.renewal_value,
            scope,
            claims,
        }
    }

    // ---- sales -------------------------------------------------------------------------

    fn milestones_(
        &mut self,
    ) -> (
        Vec<model::Milestone>,
        Vec<model::Choice>,
        Vec<model::Promise>,
    ) {
        let ms = &self.raw.sales.milestones;
        if ms.is_empty() {
            self.push("sales.milestones", "list at least one milestone");
        }
        let closing: Vec<usize> = ms
            .iter()
            .enumerate()
            .filter(|(_, m)| m.closes)
            .map(|(i, _)| i)
            .collect();
        if closing.is_empty() && !ms.is_empty() {
            self.push(
                "sales.milestones",
                "no milestone has `closes: true`: the last one must close the sale",
            );
        }
        let last = ms.len().saturating_sub(1);
        for &i in closing.iter().filter(|&&i| i != last) {
            self.push(
                format!("{}.closes", ms_path(i)),
                "only the last milestone may close the sale",
            );
        }
        let mut milestones = Vec::new();
        let mut choices = Vec::new();
        let mut promises = Vec::new();
        for (mi, m) in ms.iter().enumerate() {
            let p = ms_path(mi);
            check_id(
                &mut self.problems,
                &self.milestones,
                mi,
                &m.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.name"), &m.name);
            self.text(format!("{p}.setting"), &m.setting);
            if m.present.is_empty() {
                self.push(
                    format!("{p}.present"),
                    "at least one stakeholder must be present",
                );
            }
            let mut present = Vec::new();
            for (k, s) in m.present.iter().enumerate() {
                let id = self.stakeholder(s, format!("{p}.present[{k}]"));
                if m.present[..k].contains(s) {
                    self.push(
                        format!("{p}.present[{k}]"),
                        format!("{s:?} is listed twice"),
                    );
                }
                present.push(id);
            }
            let when = self.condition_at(&m.when, format!("{p}.when"), At::Meeting(mi));
            if m.beats.is_empty() {
                self.push(format!("{p}.beats"), "a meeting needs at least one beat");
            }
            let mut beats = Vec::new();
            for (bi, b) in m.beats.iter().enumerate() {
                beats.push(self.beat(mi, bi, b, &mut choices, &mut promises));
            }
            milestones.push(model::Milestone {
                key: m.id.clone(),
                name: m.name.clone(),
                setting: m.setting.clone(),
                present,
                may_invite: m.may_invite.clone(),
                when,
                beats,
                closes: m.closes,
            });
        }
        (milestones, choices, promises)
    }

    fn beat(
        &mut self,
        mi: usize,
        bi: usize,
        b: &raw::Beat,
        choices: &mut Vec<model::Choice>,
        promises: &mut Vec<model::Promise>,
    ) -> model::Beat {
        let p = beat_path(mi, bi);
        let flat = self
            .raw
            .sales
            .milestones
            .iter()
            .take(mi)
            .map(|m| m.beats.len())
            .sum::<usize>()
            + bi;
        check_id(
            &mut self.problems,
            &self.beats,
            flat,
            &b.id,
            format!("{p}.id"),
        );
        let speaker = self.stakeholder(&b.speaker, format!("{p}.speaker"));
        let room = self.raw.sales.milestones.get(mi).map(|m| &m.present);
        if self.stakeholders.get(&b.speaker).is_some()
            && room.is_some_and(|r| !r.is_empty())
            && !self
                .present
                .get(mi)
                .is_some_and(|pr| pr.contains(&speaker.ix()))
        {
            let present = room.map(|r| r.join(", ")).unwrap_or_default();
            self.push(
                format!("{p}.speaker"),
                format!(
                    "stakeholder {:?} is not present at this meeting (present: {present})",
                    b.speaker
                ),
            );
        }
        self.text(format!("{p}.line"), &b.line);
        let when = self.condition_at(&b.when, format!("{p}.when"), At::Beat(mi, bi));
        if b.options.is_empty() {
            self.push(format!("{p}.options"), "a beat needs at least one option");
        } else if b
            .options
            .iter()
            .all(|o| !matches!(o.requires, raw::Condition::Always) || o.by != Role::Seller)
        {
            self.push(
                format!("{p}.options"),
                "no option is always available (each has a `requires` or is said by a \
                 delivery person who may be absent): a player could be stuck",
            );
        }
        let mut options = Vec::new();
        for (oi, o) in b.options.iter().enumerate() {
            options.push(model::ChoiceId(ix(choices.len())));
            let choice = self.option(mi, bi, oi, o, choices.len(), promises);
            choices.push(choice);
        }
        model::Beat {
            key: b.id.clone(),
            speaker,
            line: b.line.clone(),
            when,
            options,
        }
    }

    fn option(
        &mut self,
        mi: usize,
        bi: usize,
        oi: usize,
        o: &raw::Choice,
        index: usize,
        promises: &mut Vec<model::Promise>,
    ) -> model::Choice {
        let p = option_path(mi, bi, oi);
        check_id(
            &mut self.problems,
            &self.options,
            index,
            &o.id,
            format!("{p}.id"),
        );
        self.text(format!("{p}.text"), &o.text);
        self.range_int(format!("{p}.depth"), o.depth.into(), 1, 5);
        if !self.may_attend(o.by, mi) {
            self.push(
                format!("{p}.by"),
                format!(
                    "unreachable: said by {:?}, who is not in this meeting's may_invite",
                    o.by
                ),
            );
        }
        let requires = self.condition_at(&o.requires, format!("{p}.requires"), At::Beat(mi, bi));
        let mut effects = Vec::new();
        for (k, e) in o.effects.iter().enumerate() {
            let ep = format!("{p}.effects[{k}]");
            effects.push(match e {
                raw::Effect::Trust(s, v) => {
                    self.range(ep.clone(), *v, -100.0, 100.0);
                    model::Effect::Trust(self.target(s, ep), *v)
                }
                raw::Effect::Readiness(s, v) => {
                    self.range(ep.clone(), *v, -4.0, 4.0);
                    model::Effect::Readiness(self.target(s, ep), *v)
                }
                raw::Effect::Patience(n) => {
                    self.range_int(ep, (*n).into(), -100, 100);
                    model::Effect::Patience(*n)
                }
            });
        }
        let mut reveals = Vec::new();
        for (k, f) in o.reveals.iter().enumerate() {
            let id = find(
                &mut self.problems,
                &self.facts,
                f,
                format!("{p}.reveals[{k}]"),
            );
            reveals.push(model::FactId(ix(id.unwrap_or(0))));
        }
        let mut made = Vec::new();
        for (k, pr) in o.promises.iter().enumerate() {
            made.push(model::PromiseId(ix(promises.len())));
            let promise = self.promise(&format!("{p}.promises[{k}]"), pr, o, index, promises.len());
            promises.push(promise);
        }
        if let Some(advice) = &o.advice {
            self.text(format!("{p}.advice"), advice);
        }
        model::Choice {
            key: o.id.clone(),
            text: o.text.clone(),
            depth: o.depth,
            by: o.by,
            requires,
            effects,
            reveals,
            promises: made,
            advice: o.advice.clone(),
            ends_meeting: o.ends_meeting,
            milestone: model::MilestoneId(ix(mi)),
        }
    }

    fn promise(
        &mut self,
        p: &str,
        pr: &raw::Promise,
        o: &raw::Choice,
        choice: usize,
        index: usize,
    ) -> model::Promise {
        check_id(
            &mut self.problems,
            &self.promises,
            index,
            &pr.id,
            format!("{p}.id"),
        );
        let kp = format!("{p}.kind");
        let kind = match &pr.kind {
            raw::PromiseKind::Scope(s) => {
                let id = find(&mut self.problems, &self.scope, s, kp);
                model::PromiseKind::Scope(model::ScopeId(ix(id.unwrap_or(0))))
            }
            raw::PromiseKind::Claim(c) => {
                let id = find(&mut self.problems, &self.claims, c, kp);
                model::PromiseKind::Claim(model::ClaimId(ix(id.unwrap_or(0))))
            }
            raw::PromiseKind::Deadline(w) => {
                self.week(kp, *w, "the promise can never act on delivery");
                model::PromiseKind::Deadline(*w)
            }
            raw::PromiseKind::Discount(pct) => {
                let max = self.raw.offer.max_discount_pct;
                if self.finite(&kp, *pct) {
                    if *pct <= 0.0 {
                        self.push(
                            kp,
                            format!(
                                "a discount of {pct} % can never act on delivery \
                                 (must be more than 0)"
                            ),
                        );
                    } else if *pct > max {
                        self.push(
                            kp,
                            format!(
                                "a discount of {pct} % is more than offer.max_discount_pct ({max})"
                            ),
                        );
                    }
                }
                model::PromiseKind::Discount(*pct)
            }
            raw::PromiseKind::Extra {
                text,
                effort_days,
                concern,
            } => {
                self.text(format!("{kp}.text"), text);
                let ep = format!("{kp}.effort_days");
                if self.finite(&ep, *effort_days) && *effort_days <= 0.0 {
                    self.push(
                        ep,
                        format!(
                            "effort_days of {effort_days} can never act on delivery \
                             (must be more than 0)"
                        ),
                    );
                }
                model::PromiseKind::Extra {
                    text: text.clone(),
                    effort_days: *effort_days,
                    concern: *concern,
                }
            }
        };
        let to = self.stakeholder(&pr.to, format!("{p}.to"));
        model::Promise {
            key: pr.id.clone(),
            kind,
            to,
            by: o.by,
            choice: model::ChoiceId(ix(choice)),
        }
    }

    /// Converts a condition and reports it when it can never hold where it is asked.
    fn condition_at(&mut self, c: &raw::Condition, path: String, at: At) -> model::Condition {
        let (cond, reach) = self.condition(c, &path, at);
        if let Reach::Never(why) = reach {
            self.push(path, format!("unreachable: {why}"));
        }
        cond
    }

    /// Where an option or promise can first be seen, or why it cannot be seen at `at`.
    fn later(&self, what: String, option: usize, at: At) -> Reach {
        let Some(&(m, b)) = self.option_at.get(option) else {
            return Reach::Can;
        };
        if at.sees((m, b + 1)) {
            return Reach::Can;
        }
        Reach::Never(match at {
            At::Beat(am, ab) if (am, ab) == (m, b) => {
                format!("{what} is in this same beat, and only one option is chosen per beat")
            }
            At::Meeting(am) if am == m => format!("{what} is only offered in this meeting itself"),
            _ => format!("{what} is only offered later, at {}", beat_path(m, b)),
        })
    }

    fn condition(&mut self, c: &raw::Condition, path: &str, at: At) -> (model::Condition, Reach) {
        use model::Condition as C;
        match c {
            raw::Condition::Always => (C::Always, Reach::Can),
            raw::Condition::Chose(o) => {
                match find(&mut self.problems, &self.options, o, path.to_owned()) {
                    Some(i) => (
                        C::Chose(model::ChoiceId(ix(i))),
                        self.later(format!("option {o:?}"), i, at),
                    ),
                    None => (C::Chose(model::ChoiceId(0)), Reach::Can),
                }
            }
            raw::Condition::Promised(pr) => {
                match find(&mut self.problems, &self.promises, pr, path.to_owned()) {
                    Some(i) => {
                        let option = self.promise_option.get(i).copied().unwrap_or(0);
                        let by = self
                            .option_keys
                            .get(option)
                            .map(|o| format!(" (made by option {o:?})"))
                            .unwrap_or_default();
                        let reach = self.later(format!("promise {pr:?}{by}"), option, at);
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
                let reach = if self.may_attend(*role, at.milestone()) {
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

    fn sales_rules(&mut self) -> model::SalesRules {
        let s = &self.raw.sales;
        let d = &s.decision;
        self.range("sales.decision.threshold", d.threshold, 0.0, 1.0);
        self.range(
            "sales.decision.value_per_promise",
            d.value_per_promise,
            0.0,
            1.0,
        );
        self.range(
            "sales.decision.price_sensitivity",
            d.price_sensitivity,
            0.0,
            10.0,
        );
        self.non_negative("sales.decision.budget", d.budget);
        self.range("sales.decision.spread", d.spread, 0.01, 1.0);
        let pc = &s.pacing;
        self.range("sales.pacing.tolerance", pc.tolerance, 0.0, 4.0);
        self.range("sales.pacing.too_deep_trust", pc.too_deep_trust, 0.0, 100.0);
        self.range_int(
            "sales.pacing.too_deep_patience",
            pc.too_deep_patience.into(),
            0,
            100,
        );
        self.range("sales.pacing.shallow_gap", pc.shallow_gap, 0.0, 4.0);
        self.range(
            "sales.pacing.too_shallow_trust",
            pc.too_shallow_trust,
            0.0,
            100.0,
        );
        self.range("sales.pacing.matched_trust", pc.matched_trust, 0.0, 100.0);
        self.non_negative("sales.presales_cost", s.presales_cost);
        self.range_int(
            "sales.attendee_patience",
            s.attendee_patience.into(),
            0,
            100,
        );
        self.range("sales.walk_away_trust", s.walk_away_trust, 0.0, 100.0);
        model::SalesRules {
            decision: model::Decision {
                threshold: d.threshold,
                value_per_promise: d.value_per_promise,
                price_sensitivity: d.price_sensitivity,
                budget: d.budget,
                spread: d.spread,
            },
            pacing: pc.clone(),
            presales_cost: s.presales_cost,
            attendee_patience: s.attendee_patience,
            walk_away_trust: s.walk_away_trust,
        }
    }

    // ---- delivery ----------------------------------------------------------------------

    fn delivery(&mut self) -> model::Delivery {
        let d = &self.raw.delivery;
        self.range_int(
            "delivery.max_weeks",
            d.max_weeks.into(),
            1,
            MAX_WEEKS.into(),
        );
        self.at_least("delivery.review_every", d.review_every.into(), 1);
        if d.team.is_empty() {
            self.push("delivery.team", "the team needs at least one person");
        }
        let mut people = Vec::new();
        let listed = d
            .team
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("delivery.team[{i}]"), t))
            .chain(
                d.hires
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (format!("delivery.hires[{i}]"), t)),
            );
        for (k, (p, t)) in listed.enumerate() {
            check_id(
                &mut self.problems,
                &self.people,
                k,
                &t.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.name"), &t.name);
            self.text(format!("{p}.role"), &t.role);
            self.positive(format!("{p}.capacity"), t.capacity);
            if t.capacity > 7.0 {
                self.push(
                    format!("{p}.capacity"),
                    format!("{} person-days a week is more than 7", t.capacity),
                );
            }
            self.non_negative(format!("{p}.weekly_cost"), t.weekly_cost);
            self.range(format!("{p}.morale"), t.morale, 0.0, 100.0);
            people.push(model::Person {
                key: t.id.clone(),
                name: t.name.clone(),
                role: t.role.clone(),
                capacity: t.capacity,
                weekly_cost: t.weekly_cost,
                morale: t.morale,
            });
        }
        let mut events = Vec::new();
        for (i, e) in d.events.iter().enumerate() {
            events.push(self.event(i, e));
        }
        self.model_params(&d.model);
        model::Delivery {
            people,
            team_size: d.team.len(),
            max_weeks: d.max_weeks,
            review_every: d.review_every,
            events,
            model: d.model.clone(),
        }
    }

    fn event(&mut self, i: usize, e: &raw::DeliveryEvent) -> model::DeliveryEvent {
        let p = format!("delivery.events[{i}]");
        check_id(
            &mut self.problems,
            &self.events,
            i,
            &e.id,
            format!("{p}.id"),
        );
        self.text(format!("{p}.text"), &e.text);
        let tp = format!("{p}.trigger");
        let trigger = match &e.trigger {
            raw::Trigger::AtWeek(w) => {
                self.week(tp, *w, "the event can never fire");
                model::Trigger::AtWeek(*w)
            }
            raw::Trigger::When(c) => {
                model::Trigger::When(self.delivery_condition(c, &format!("{tp}.When")))
            }
            raw::Trigger::Chance { per_week, from, to } => {
                self.range(format!("{tp}.per_week"), *per_week, 0.0, 1.0);
                self.week(format!("{tp}.from"), *from, "the event can never fire");
                self.week(format!("{tp}.to"), *to, "the chance runs past the project");
                if from > to {
                    self.push(
                        tp,
                        format!("from (week {from}) must not be after to (week {to})"),
                    );
                }
                model::Trigger::Chance {
                    per_week: *per_week,
                    from: *from,
                    to: *to,
                }
            }
        };
        let mut effects = Vec::new();
        for (k, fx) in e.effects.iter().enumerate() {
            let ep = format!("{p}.effects[{k}]");
            effects.push(match fx {
                raw::DeliveryEffect::AddWork(label, days) => {
                    self.text(ep.clone(), label);
                    self.positive(ep, *days);
                    model::DeliveryEffect::AddWork(label.clone(), *days)
                }
                raw::DeliveryEffect::Morale(v) => {
                    self.range(ep, *v, -100.0, 100.0);
                    model::DeliveryEffect::Morale(*v)
                }
                raw::DeliveryEffect::Trust(s, v) => {
                    self.range(ep.clone(), *v, -100.0, 100.0);
                    model::DeliveryEffect::Trust(self.target(s, ep), *v)
                }
                raw::DeliveryEffect::Capacity(v) => {
                    self.finite(&ep, *v);
                    model::DeliveryEffect::Capacity(*v)
                }
                raw::DeliveryEffect::Cost(v) => {
                    self.finite(&ep, *v);
                    model::DeliveryEffect::Cost(*v)
                }
            });
        }
        model::DeliveryEvent {
            key: e.id.clone(),
            text: e.text.clone(),
            trigger,
            effects,
        }
    }

    /// Converts a delivery condition; `path` names this node.
    fn delivery_condition(
        &mut self,
        c: &raw::DeliveryCondition,
        path: &str,
    ) -> model::DeliveryCondition {
        use model::DeliveryCondition as D;
        let promise = |v: &mut Self, id: &str| {
            let i = find(&mut v.problems, &v.promises, id, path.to_owned());
            model::PromiseId(ix(i.unwrap_or(0)))
        };
        match c {
            raw::DeliveryCondition::Promised(p) => D::Promised(promise(self, p)),
            raw::DeliveryCondition::InPid(p) => D::InPid(promise(self, p)),
            raw::DeliveryCondition::LeftOut(p) => D::LeftOut(promise(self, p)),
            raw::DeliveryCondition::Known(f) => {
                let i = find(&mut self.problems, &self.facts, f, path.to_owned());
                D::Known(model::FactId(ix(i.unwrap_or(0))))
            }
            raw::DeliveryCondition::WeekAtLeast(w) => {
                self.week(path, *w, "the condition can never hold");
                D::WeekAtLeast(*w)
            }
            raw::DeliveryCondition::Behind(v) => {
                self.range(path, *v, 0.0, 1.0);
                D::Behind(*v)
            }
            raw::DeliveryCondition::MoraleBelow(v) => {
                self.range(path, *v, 0.0, 100.0);
                D::MoraleBelow(*v)
            }
            raw::DeliveryCondition::OvertimeStreak(n) => {
                self.at_least(path, (*n).into(), 1);
                D::OvertimeStreak(*n)
            }
            raw::DeliveryCondition::All(list) => D::All(
                list.iter()
                    .enumerate()
                    .map(|(i, c)| self.delivery_condition(c, &format!("{path}.All[{i}]")))
                    .collect(),
            ),
            raw::DeliveryCondition::Any(list) => D::Any(
                list.iter()
                    .enumerate()
                    .map(|(i, c)| self.delivery_condition(c, &format!("{path}.Any[{i}]")))
                    .collect(),
            ),
            raw::DeliveryCondition::Not(c) => {
                D::Not(Box::new(self.delivery_condition(c, &format!("{path}.Not"))))
            }
        }
    }

    fn model_params(&mut self, m: &raw::Model) {
        let p = "delivery.model";
        let shares = [
            ("overtime_boost", m.overtime_boost),
            ("fatigue_productivity", m.fatigue_productivity),
            ("ramp_start", m.ramp_start),
            ("overhead_per_link", m.overhead_per_link),
            ("defect_rate", m.defect_rate),
            ("defect_age_cost", m.defect_age_cost),
            ("base_detection", m.base_detection),
            ("detection_per_quality", m.detection_per_quality),
        ];
        for (name, v) in shares {
            self.range(format!("{p}.{name}"), v, 0.0, 1.0);
        }
        self.range(
            format!("{p}.overtime_premium"),
            m.overtime_premium,
            0.0,
            2.0,
        );
        self.range(format!("{p}.defect_fix_days"), m.defect_fix_days, 0.0, 10.0);
        self.range(format!("{p}.update_days"), m.update_days, 0.0, 5.0);
        self.range(
            format!("{p}.warranty_multiplier"),
            m.warranty_multiplier,
            1.0,
            10.0,
        );
        self.range(
            format!("{p}.surprise_multiplier"),
            m.surprise_multiplier,
            1.0,
            5.0,
        );
        let points = [
            ("overtime_morale", m.overtime_morale),
            ("change_trust", m.change_trust),
            ("change_trust_per_week", m.change_trust_per_week),
            ("update_trust", m.update_trust),
            ("morale_floor", m.morale_floor),
        ];
        for (name, v) in points {
            self.range(format!("{p}.{name}"), v, 0.0, 100.0);
        }
        self.range_int(format!("{p}.ramp_weeks"), m.ramp_weeks.into(), 0, 52);
    }

    // ---- scoring -----------------------------------------------------------------------

    fn scoring(&mut self) -> model::Scoring {
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
            let test = self.check_test(&c.test, &format!("{p}.test"));
            rubric.push(model::Check {
                key: c.id.clone(),
                label: c.label.clone(),
                why: c.why.clone(),
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

    fn check_test(&mut self, t: &raw::CheckTest, path: &str) -> model::CheckTest {
        use model::CheckTest as T;
        match t {
            raw::CheckTest::Attended(role, m) => {
                let id = find(&mut self.problems, &self.milestones, m, path.to_owned());
                if let Some(mi) = id
                    && !self.may_attend(*role, mi)
                {
                    self.push(
                        path,
                        format!(
                            "can never pass: {role:?} is not in the may_invite of milestone {m:?}"
                        ),
                    );
                }
                T::Attended(*role, model::MilestoneId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Found(f) => {
                let id = find(&mut self.problems, &self.facts, f, path.to_owned());
                T::Found(model::FactId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Avoided(o) => {
                let id = find(&mut self.problems, &self.options, o, path.to_owned());
                T::Avoided(model::ChoiceId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::Chose(o) => {
                let id = find(&mut self.problems, &self.options, o, path.to_owned());
                T::Chose(model::ChoiceId(ix(id.unwrap_or(0))))
            }
            raw::CheckTest::FullHandoff => T::FullHandoff,
            raw::CheckTest::NoFalseClaims => T::NoFalseClaims,
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

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = include_str!("../../tests/fixtures/minimal.scenario.ron");

    /// The fixture with the `d_board` beat's `when` replaced; returns the problems' lines.
    fn with_board_when(when: &str) -> Vec<String> {
        let src = FIXTURE.replace("when: Knows(\"board_date\"),", &format!("when: {when},"));
        assert_ne!(src, FIXTURE);
        match super::super::parse_raw(&src, "t.ron").map(|raw| validate(&raw)) {
            Ok(Ok(_)) => Vec::new(),
            Ok(Err(problems)) => problems.iter().map(ToString::to_string).collect(),
            Err(e) => vec![e.to_string()],
        }
    }

    #[test]
    fn earlier_beats_and_meetings_are_visible() {
        assert_eq!(
            with_board_when("Chose(\"ask_records\")"),
            Vec::<String>::new()
        );
        assert_eq!(
            with_board_when("Promised(\"p_eight_weeks\")"),
            Vec::<String>::new()
        );
        assert_eq!(
            with_board_when("Knows(\"legacy_records\")"),
            Vec::<String>::new()
        );
        assert_eq!(
            with_board_when("Involved(SeniorDesigner)"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn any_needs_one_branch_and_not_is_not_judged() {
        assert_eq!(
            with_board_when("Any([Chose(\"discount\"), Always])"),
            Vec::<String>::new()
        );
        assert_eq!(
            with_board_when("Not(Chose(\"discount\"))"),
            Vec::<String>::new()
        );
        assert_eq!(
            with_board_when("All([Always, Chose(\"discount\")])"),
            [
                "sales.milestones[1].beats[1].when: unreachable: option \"discount\" is only \
              offered later, at sales.milestones[2].beats[0]"
            ]
        );
        assert_eq!(
            with_board_when("Any([Chose(\"hold_price\"), Involved(ProjectManager)])"),
            [
                "sales.milestones[1].beats[1].when: unreachable: no alternative can hold: option \
              \"hold_price\" is only offered later, at sales.milestones[2].beats[0]"
            ]
        );
        assert_eq!(
            with_board_when("Not(Always)"),
            ["sales.milestones[1].beats[1].when: unreachable: Not(Always) never holds"]
        );
    }

    #[test]
    fn unknown_ids_inside_nested_conditions_have_their_path() {
        assert_eq!(
            with_board_when("Not(All([Always, Knows(\"parking\")]))"),
            [
                "sales.milestones[1].beats[1].when.Not.All[1]: unknown fact \"parking\" \
              (known: legacy_records, board_date)"
            ]
        );
        assert_eq!(
            with_board_when("TrustAtLeast(\"dana\", 120.0)"),
            ["sales.milestones[1].beats[1].when: must be from 0 to 100, not 120"]
        );
    }

    #[test]
    fn known_lists_are_shortened() {
        let names: Vec<String> = (0..15).map(|i| format!("s{i}")).collect();
        let ids = Ids::new(
            "stakeholder",
            "stakeholders",
            names.iter().map(|n| (n.as_str(), String::new())),
        );
        assert_eq!(
            ids.known(),
            "known: s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, and 3 more"
        );
        let none = Ids::new("claim", "claims", std::iter::empty());
        assert_eq!(none.known(), "no claims are defined");
    }
}
