//! Debrief data: which promise caused what, how the pacing went, the rubric, and what-if replays.

use serde::{Deserialize, Serialize};

use super::outcome::Verdict;
use super::{Action, Cause, Event, Outcome, PaceRecord, PaceVerdict, Phase, PidItem, Session};
use crate::scenario::model::{
    CheckId, CheckTest, ClaimTruth, FactId, PromiseId, PromiseKind, Role, Scenario,
};

/// What one promise did in delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromiseTrace {
    /// The promise.
    pub promise: PromiseId,
    /// It was written into the handoff document.
    pub in_pid: bool,
    /// What became of it.
    pub verdict: Verdict,
    /// Each consequence, in order: (week, what happened).
    pub effects: Vec<(u32, Consequence)>,
    /// Person-days of work it added as surprises or rework.
    pub surprise_days: f32,
    /// Trust it cost (negative) or won, summed over stakeholders.
    pub trust: f32,
    /// The same delivery replayed with the same seed without this promise.
    pub without: Option<Delta>,
}

/// One consequence in a trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Consequence {
    /// Work arrived.
    Work {
        /// Person-days.
        days: f32,
        /// Unplanned.
        surprise: bool,
    },
    /// Trust moved with a stakeholder.
    Trust(crate::scenario::model::StakeholderId, f32),
    /// A claim was tested.
    ClaimTested(bool),
    /// The judgement at the end.
    Judged(Verdict),
}

/// How an outcome would have differed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    /// Weeks (alternative minus actual; negative: it would have been shorter).
    pub weeks: i32,
    /// Margin.
    pub margin: f32,
    /// Satisfaction.
    pub satisfaction: f32,
    /// Team morale.
    pub morale: f32,
}

impl Delta {
    /// `alt − base`.
    pub fn between(base: &Outcome, alt: &Outcome) -> Delta {
        Delta {
            weeks: alt.actual_weeks as i32 - base.actual_weeks as i32,
            margin: alt.margin - base.margin,
            satisfaction: alt.satisfaction - base.satisfaction,
            morale: alt.morale - base.morale,
        }
    }
}

/// What a hidden need did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedTrace {
    /// The fact.
    pub fact: FactId,
    /// Found during sales.
    pub found: bool,
    /// Written into the handoff document.
    pub in_pid: bool,
    /// Surfaced as a surprise in this week.
    pub surfaced: Option<u32>,
    /// Person-days it cost as a surprise.
    pub surprise_days: f32,
}

/// A rubric result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// The check.
    pub check: CheckId,
    /// Passed.
    pub passed: bool,
    /// Why, in plain words.
    pub detail: String,
}

/// Everything the debrief screen, the CLI and the exports show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// The outcome.
    pub outcome: Outcome,
    /// One trace per promise, in ledger order.
    pub promises: Vec<PromiseTrace>,
    /// Hidden needs.
    pub needs: Vec<NeedTrace>,
    /// The pacing record.
    pub pacing: Vec<PaceRecord>,
    /// Share of answers matched to the room.
    pub pacing_share: f32,
    /// Rubric results, in rubric order.
    pub rubric: Vec<CheckResult>,
    /// Key moments, in order.
    pub moments: Vec<String>,
    /// The facilitator's questions: those tied to failed checks first.
    pub questions: Vec<String>,
}

/// A change to one promise for a what-if replay.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum PromiseEdit {
    /// As if the promise had never been made.
    Drop(PromiseId),
    /// As if it had been written into the handoff document (or left out: `false`).
    Handoff(PromiseId, bool),
    /// As if a deadline promise had named this many weeks.
    Deadline(PromiseId, u32),
}

/// The result of a what-if replay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIf {
    /// The change.
    pub edit: PromiseEdit,
    /// Whether the client would still have signed (the same roll as the real decision).
    pub would_sign: bool,
    /// The chance they would have signed.
    pub chance: f32,
    /// The client's score with the change, and what was needed.
    pub score: f32,
    /// Needed score.
    pub threshold: f32,
    /// The outcome of the replayed delivery.
    pub outcome: Outcome,
    /// Replayed minus actual.
    pub delta: Delta,
}

impl Session {
    /// Replays delivery from the handoff with one promise changed: same seed, same decisions
    /// (those no longer possible are skipped), then weeks run until the project ends.
    pub fn what_if(&self, edit: PromiseEdit) -> Option<WhatIf> {
        let base = self.outcome()?.clone();
        let (snapshot, first_action) = self.handoff.as_ref()?;
        let mut scenario = (*self.scenario).clone();
        let mut alt = Session {
            scenario: self.scenario.clone(),
            seed: self.seed,
            state: (**snapshot).clone(),
            log: Vec::new(),
            actions: Vec::new(),
            handoff: None,
        };
        match edit {
            PromiseEdit::Drop(p) => {
                alt.state.ledger.retain(|e| e.promise != p);
                alt.state.sales.promised[p.ix()] = false;
                alt.state.pid.remove(&PidItem::Promise(p));
            }
            PromiseEdit::Handoff(p, included) => {
                if included {
                    alt.state.pid.insert(PidItem::Promise(p));
                } else {
                    alt.state.pid.remove(&PidItem::Promise(p));
                }
            }
            PromiseEdit::Deadline(p, weeks) => {
                if let Some(promise) = scenario.promises.get_mut(p.ix())
                    && matches!(promise.kind, PromiseKind::Deadline(_))
                {
                    promise.kind = PromiseKind::Deadline(weeks);
                }
                alt.scenario = std::sync::Arc::new(scenario);
            }
        }
        let mut deal = alt.deal_on_table();
        deal.signed = self.decision_roll() < deal.sign_chance;
        let (would_sign, chance) = (deal.signed, deal.sign_chance);
        let (score, threshold) = (deal.score, deal.threshold);
        alt.state.sales.deal = Some(deal);
        let mut events = Vec::new();
        alt.start_delivery(&mut events);
        for action in &self.actions[*first_action..] {
            if alt.is_over() {
                break;
            }
            if alt.legal_actions().contains(action) {
                let _ = alt.apply(action.clone());
            }
        }
        while !alt.is_over() {
            alt.apply(Action::EndWeek).ok()?;
        }
        let outcome = alt.state.outcome.clone()?;
        Some(WhatIf {
            edit,
            would_sign,
            chance,
            score,
            threshold,
            delta: Delta::between(&base, &outcome),
            outcome,
        })
    }

    /// The debrief. `counterfactuals` replays delivery once per promise to show what each one cost.
    pub fn debrief(&self, counterfactuals: bool) -> Option<Debrief> {
        let outcome = self.outcome()?.clone();
        let s = &self.scenario;
        let mut promises = Vec::new();
        for entry in &self.state.ledger {
            let p = entry.promise;
            let mut trace = PromiseTrace {
                promise: p,
                in_pid: self.state.pid.contains(&PidItem::Promise(p)),
                verdict: outcome
                    .promises
                    .iter()
                    .find(|(q, _)| *q == p)
                    .map_or(Verdict::Moot, |(_, v)| *v),
                effects: Vec::new(),
                surprise_days: 0.0,
                trust: 0.0,
                without: None,
            };
            let mut week = 0;
            for ev in &self.log {
                match ev {
                    Event::WeekStarted(w) => week = *w,
                    Event::WorkAdded {
                        cause: Cause::Promise(q),
                        days,
                        surprise,
                    } if *q == p => {
                        trace.surprise_days += days;
                        trace.effects.push((
                            week,
                            Consequence::Work {
                                days: *days,
                                surprise: *surprise,
                            },
                        ));
                    }
                    Event::TrustChanged {
                        stakeholder,
                        delta,
                        cause: Some(Cause::Promise(q)),
                    } if *q == p => {
                        trace.trust += delta;
                        trace
                            .effects
                            .push((week, Consequence::Trust(*stakeholder, *delta)));
                    }
                    Event::ClaimTested { claim, held }
                        if s.promises[p.ix()].kind == PromiseKind::Claim(*claim) =>
                    {
                        trace.effects.push((week, Consequence::ClaimTested(*held)));
                    }
                    _ => {}
                }
            }
            if outcome.won {
                trace
                    .effects
                    .push((outcome.actual_weeks, Consequence::Judged(trace.verdict)));
                if counterfactuals {
                    trace.without = self.what_if(PromiseEdit::Drop(p)).map(|w| w.delta);
                }
            }
            promises.push(trace);
        }

        let mut needs = Vec::new();
        for (i, f) in s.facts.iter().enumerate() {
            if f.need.is_none() {
                continue;
            }
            let id = FactId(i as u16);
            let mut trace = NeedTrace {
                fact: id,
                found: self.state.sales.known[i],
                in_pid: self.state.pid.contains(&PidItem::Fact(id)),
                surfaced: None,
                surprise_days: 0.0,
            };
            let mut week = 0;
            for ev in &self.log {
                match ev {
                    Event::WeekStarted(w) => week = *w,
                    Event::WorkAdded {
                        cause: Cause::HiddenNeed(f),
                        days,
                        ..
                    } if *f == id => {
                        trace.surfaced = Some(week);
                        trace.surprise_days += days;
                    }
                    _ => {}
                }
            }
            needs.push(trace);
        }

        let pacing = self.state.sales.pacing.clone();
        let pacing_share = if pacing.is_empty() {
            0.0
        } else {
            pacing.iter().filter(|r| r.matched()).count() as f32 / pacing.len() as f32
        };
        let rubric: Vec<CheckResult> = s
            .scoring
            .rubric
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (passed, detail) = self.judge(&c.test, &outcome, pacing_share);
                CheckResult {
                    check: CheckId(i as u16),
                    passed,
                    detail,
                }
            })
            .collect();
        let mut questions: Vec<String> = Vec::new();
        for q in &s.scoring.questions {
            if let Some(c) = q.if_failed
                && rubric.get(c.ix()).is_some_and(|r| !r.passed)
            {
                questions.push(q.text.clone());
            }
        }
        for q in &s.scoring.questions {
            if q.if_failed.is_none() {
                questions.push(q.text.clone());
            }
        }
        Some(Debrief {
            moments: self.key_moments(),
            outcome,
            promises,
            needs,
            pacing,
            pacing_share,
            rubric,
            questions,
        })
    }

    fn judge(&self, test: &CheckTest, outcome: &Outcome, pacing_share: f32) -> (bool, String) {
        let s = &self.scenario;
        let sales = &self.state.sales;
        match test {
            CheckTest::Attended(role, m) => {
                let ok = sales.attended[m.ix()].contains(role);
                let name = &s.milestones[m.ix()].name;
                (
                    ok,
                    format!(
                        "{} {} the {} meeting",
                        role_name(*role),
                        if ok { "attended" } else { "did not attend" },
                        name
                    ),
                )
            }
            CheckTest::Found(f) => {
                let ok = sales.known[f.ix()];
                (
                    ok,
                    format!(
                        "\"{}\" was {}",
                        s.facts[f.ix()].text,
                        if ok {
                            "found during sales"
                        } else {
                            "never found during sales"
                        }
                    ),
                )
            }
            CheckTest::Avoided(c) => {
                let ok = !sales.chosen[c.ix()];
                (
                    ok,
                    format!(
                        "\"{}\" was {}",
                        s.choices[c.ix()].text,
                        if ok { "never said" } else { "said" }
                    ),
                )
            }
            CheckTest::Chose(c) => {
                let ok = sales.chosen[c.ix()];
                (
                    ok,
                    format!(
                        "\"{}\" was {}",
                        s.choices[c.ix()].text,
                        if ok { "said" } else { "never said" }
                    ),
                )
            }
            CheckTest::FullHandoff => {
                let left = self
                    .state
                    .ledger
                    .iter()
                    .filter(|e| !self.state.pid.contains(&PidItem::Promise(e.promise)))
                    .count();
                let ok = outcome.won && left == 0;
                (
                    ok,
                    if !outcome.won {
                        "no handoff: the deal was lost".into()
                    } else if ok {
                        "every promise went into the handoff document".into()
                    } else {
                        format!("{left} promise(s) left out of the handoff document")
                    },
                )
            }
            CheckTest::NoFalseClaims => {
                let false_claims = self
                    .state
                    .ledger
                    .iter()
                    .filter(|e| matches!(s.promises[e.promise.ix()].kind, PromiseKind::Claim(c) if matches!(s.offer.claims[c.ix()].truth, ClaimTruth::DoesNotHold { .. })))
                    .count();
                (
                    false_claims == 0,
                    if false_claims == 0 {
                        "no claim that does not hold was made".into()
                    } else {
                        format!("{false_claims} claim(s) that do not hold were made")
                    },
                )
            }
            CheckTest::PacingAtLeast(min) => (
                pacing_share >= *min,
                format!(
                    "{:.0} % of answers matched the room (needed {:.0} %)",
                    pacing_share * 100.0,
                    min * 100.0
                ),
            ),
            CheckTest::MarginAtLeast(min) => (
                outcome.won && outcome.margin_share >= *min,
                format!(
                    "margin {:.0} % of price (needed {:.0} %)",
                    outcome.margin_share * 100.0,
                    min * 100.0
                ),
            ),
            CheckTest::SatisfactionAtLeast(min) => (
                outcome.won && outcome.satisfaction >= *min,
                format!(
                    "client satisfaction {:.0} (needed {:.0})",
                    outcome.satisfaction, min
                ),
            ),
            CheckTest::OnTime => (
                outcome.won && outcome.weeks_late == 0,
                if !outcome.won {
                    "nothing was delivered".into()
                } else if outcome.weeks_late == 0 {
                    format!("delivered in {} weeks, as agreed", outcome.actual_weeks)
                } else {
                    format!("{} week(s) late", outcome.weeks_late)
                },
            ),
            CheckTest::OvertimeAtMost(n) => (
                outcome.overtime_weeks <= *n,
                format!(
                    "{} week(s) of overtime (at most {n})",
                    outcome.overtime_weeks
                ),
            ),
            CheckTest::Won => (
                outcome.won,
                if outcome.won {
                    "the client signed".into()
                } else {
                    "the client did not sign".into()
                },
            ),
            CheckTest::All(tests) => {
                let results: Vec<(bool, String)> = tests
                    .iter()
                    .map(|t| self.judge(t, outcome, pacing_share))
                    .collect();
                let ok = results.iter().all(|(p, _)| *p);
                (
                    ok,
                    results
                        .into_iter()
                        .map(|(_, d)| d)
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            }
        }
    }

    /// The moments a facilitator would point at, in plain words.
    pub fn key_moments(&self) -> Vec<String> {
        let s = &self.scenario;
        let mut out = Vec::new();
        let mut week = 0;
        let mut too_deep_streak: Vec<String> = Vec::new();
        for ev in &self.log {
            match ev {
                Event::WeekStarted(w) => week = *w,
                Event::MeetingStarted {
                    milestone,
                    attending,
                    ..
                } if !attending.is_empty() => {
                    let who: Vec<&str> = attending.iter().map(|r| role_name(*r)).collect();
                    out.push(format!(
                        "{}: you brought {} into the room.",
                        s.milestones[milestone.ix()].name,
                        who.join(" and ")
                    ));
                }
                Event::FactNoticed { fact, by } => out.push(format!(
                    "The {} noticed: \"{}\"",
                    role_name(*by),
                    s.facts[fact.ix()].text
                )),
                Event::ClaimWarned(c) => out.push(format!("In the room, {}", claim_warning(s, *c))),
                Event::Paced {
                    stakeholder,
                    verdict: PaceVerdict::TooDeep,
                    ..
                } => {
                    let name = &s.stakeholders[stakeholder.ix()].name;
                    if !too_deep_streak.contains(name) {
                        too_deep_streak.push(name.clone());
                        out.push(format!("{name} was not ready for that much detail yet."));
                    }
                }
                Event::ClientWalkedAway { stakeholder } => out.push(match stakeholder {
                    Some(k) => format!(
                        "{} lost faith and the client walked away.",
                        s.stakeholders[k.ix()].name
                    ),
                    None => "The client ran out of patience and walked away.".into(),
                }),
                Event::DealDecided { signed, price, .. } => out.push(if *signed {
                    format!("The client signed at {}.", crate::wording::money(*price))
                } else {
                    "The client did not sign.".into()
                }),
                Event::HandedOff { left_out, .. } if !left_out.is_empty() => out.push(format!(
                    "{} promise(s) did not make it into the handoff document.",
                    left_out.len()
                )),
                Event::WorkAdded {
                    cause: Cause::HiddenNeed(f),
                    days,
                    ..
                } => out.push(format!(
                    "Week {week}: \"{}\" surfaced as a surprise ({days:.0} person-days).",
                    s.facts[f.ix()].text
                )),
                Event::WorkAdded {
                    cause: Cause::Promise(p),
                    days,
                    surprise: true,
                } => out.push(format!(
                    "Week {week}: {} came back as a surprise ({days:.0} person-days).",
                    self.promise_text(*p)
                )),
                Event::ClaimTested { claim, held: false } => out.push(format!(
                    "Week {week}: \"{}\" did not hold.",
                    s.offer.claims[claim.ix()].text
                )),
                Event::ScenarioEvent(e) => {
                    out.push(format!("Week {week}: {}", s.delivery.events[e.ix()].text))
                }
                Event::ChangeRequested {
                    accepted,
                    trust_cost,
                    ..
                } => out.push(format!(
                    "Week {}: you asked the client for a change; {} (trust −{trust_cost:.0}).",
                    week + 1,
                    if *accepted {
                        "they agreed"
                    } else {
                        "they refused"
                    }
                )),
                Event::Hired(p) => out.push(format!(
                    "Week {}: {} joined the team.",
                    week + 1,
                    s.delivery.people[p.ix()].name
                )),
                Event::SessionOver { won: true } => {
                    if let Some(o) = self.outcome() {
                        out.push(format!(
                            "Delivery ended after {} weeks ({} agreed).",
                            o.actual_weeks, o.agreed_weeks
                        ));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A promise in plain words: "a discount of 10 % to Dana (CFO)".
    pub fn promise_text(&self, p: PromiseId) -> String {
        describe_promise(&self.scenario, p)
    }

    /// True once the handoff has happened (what-if replays are possible).
    pub fn handed_off(&self) -> bool {
        self.handoff.is_some() && matches!(self.state.phase, Phase::Delivery | Phase::Over)
    }
}

/// A promise in plain words.
pub fn describe_promise(s: &Scenario, p: PromiseId) -> String {
    let promise = &s.promises[p.ix()];
    let what = match &promise.kind {
        PromiseKind::Deadline(_) | PromiseKind::Discount(_) => promise_what(s, p),
        _ => format!("\"{}\"", promise_what(s, p)),
    };
    let to = &s.stakeholders[promise.to.ix()];
    format!("{what} (to {}, {})", to.name, to.role)
}

/// What a promise is about, without who it was made to: `Online booking for all seven clinics`,
/// `delivery in 6 weeks`, `a 10 % discount`.
pub fn promise_what(s: &Scenario, p: PromiseId) -> String {
    match &s.promises[p.ix()].kind {
        PromiseKind::Scope(i) => s.offer.scope[i.ix()].name.clone(),
        PromiseKind::Deadline(w) => format!("delivery in {w} weeks"),
        PromiseKind::Discount(d) => format!("a {d:.0} % discount"),
        PromiseKind::Claim(c) => s.offer.claims[c.ix()].text.clone(),
        PromiseKind::Extra { text, .. } => text.clone(),
    }
}

/// What the senior designer says about a claim that is not simply true, in plain words.
pub fn claim_warning(s: &Scenario, c: crate::scenario::model::ClaimId) -> String {
    let claim = &s.offer.claims[c.ix()];
    match claim.truth {
        ClaimTruth::Holds => format!("the senior designer confirmed \"{}\".", claim.text),
        ClaimTruth::HoldsWithWork(days) => format!(
            "the senior designer warned that \"{}\" holds only after about {days:.0} more person-days of work.",
            claim.text
        ),
        ClaimTruth::DoesNotHold { .. } => format!(
            "the senior designer warned that \"{}\" does not hold as said.",
            claim.text
        ),
    }
}

/// A role in plain words.
pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Seller => "seller",
        Role::ProjectManager => "project manager",
        Role::SeniorDesigner => "senior designer",
    }
}
