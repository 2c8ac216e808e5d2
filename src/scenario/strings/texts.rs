//! Every text of a scenario file a player reads, once: its key in a strings file, its place in the
//! author's file, and the text itself (to read or to replace).
//!
//! Keys are built from the scenario's own ids, which are unique in a file (beat, answer and
//! promise ids across all meetings; team and hire ids together), so a key survives reordering:
//! `stakeholder.ruth.role`, `beat.intro.line`, `answer.ask_pm.advice`. Lists without ids (lessons,
//! facilitator questions, an event's added work) are numbered from 1: `lesson.2`,
//! `question.1.text`, `event.go_live.work.1`.

use crate::scenario::raw::{DeliveryEffect, PromiseKind, ScenarioFile};

/// One player-visible text.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The key a strings file lists it under (`beat.intro.line`).
    pub key: String,
    /// Where it is in the scenario file, with the author's field names
    /// (`sales.meetings[0].beats[1].line`).
    pub path: String,
    /// The text as the scenario file has it (the English source).
    pub text: String,
}

/// Calls `visit(key, path, text)` for every text a player reads, in the order the fields are
/// declared (the order a scenario file usually follows). Ids and numbers are never visited.
pub fn visit_texts(file: &mut ScenarioFile, visit: &mut dyn FnMut(&str, &str, &mut String)) {
    visit("title", "title", &mut file.title);
    visit("summary", "summary", &mut file.summary);
    for (i, l) in file.lessons.iter_mut().enumerate() {
        visit(&format!("lesson.{}", i + 1), &format!("lessons[{i}]"), l);
    }
    let c = &mut file.client;
    visit("client.name", "client.name", &mut c.name);
    visit("client.sector", "client.sector", &mut c.sector);
    visit("client.background", "client.background", &mut c.background);
    for (i, s) in file.stakeholders.iter_mut().enumerate() {
        let (k, p) = (
            format!("stakeholder.{}", s.id),
            format!("stakeholders[{i}]"),
        );
        visit(&format!("{k}.name"), &format!("{p}.name"), &mut s.name);
        visit(&format!("{k}.role"), &format!("{p}.role"), &mut s.role);
    }
    for (i, f) in file.facts.iter_mut().enumerate() {
        let k = format!("fact.{}.text", f.id);
        visit(&k, &format!("facts[{i}].text"), &mut f.text);
    }
    for (i, s) in file.offer.scope.iter_mut().enumerate() {
        let k = format!("scope.{}.name", s.id);
        visit(&k, &format!("offer.scope[{i}].name"), &mut s.name);
    }
    for (i, c) in file.offer.claims.iter_mut().enumerate() {
        let k = format!("claim.{}.text", c.id);
        visit(&k, &format!("offer.claims[{i}].text"), &mut c.text);
    }
    for (i, r) in file.sales.registers.iter_mut().enumerate() {
        let k = format!("register.{}.label", r.id);
        visit(&k, &format!("sales.registers[{i}].label"), &mut r.label);
    }
    for (mi, m) in file.sales.meetings.iter_mut().enumerate() {
        let (k, p) = (format!("meeting.{}", m.id), format!("sales.meetings[{mi}]"));
        visit(&format!("{k}.name"), &format!("{p}.name"), &mut m.name);
        visit(
            &format!("{k}.setting"),
            &format!("{p}.setting"),
            &mut m.setting,
        );
        for (bi, b) in m.beats.iter_mut().enumerate() {
            let bp = format!("{p}.beats[{bi}]");
            let k = format!("beat.{}.line", b.id);
            visit(&k, &format!("{bp}.line"), &mut b.line);
            for (ai, a) in b.answers.iter_mut().enumerate() {
                let (k, ap) = (format!("answer.{}", a.id), format!("{bp}.answers[{ai}]"));
                visit(&format!("{k}.text"), &format!("{ap}.text"), &mut a.text);
                if let Some(advice) = &mut a.advice {
                    visit(&format!("{k}.advice"), &format!("{ap}.advice"), advice);
                }
                for (pi, promise) in a.promises.iter_mut().enumerate() {
                    if let PromiseKind::Extra { text, .. } = &mut promise.kind {
                        let k = format!("promise.{}.text", promise.id);
                        visit(&k, &format!("{ap}.promises[{pi}].kind.text"), text);
                    }
                }
            }
        }
    }
    let d = &mut file.delivery;
    let people = (d.team.iter_mut().enumerate().map(|(i, p)| (p, "team", i)))
        .chain(d.hires.iter_mut().enumerate().map(|(i, p)| (p, "hires", i)));
    for (person, list, i) in people {
        let (k, p) = (
            format!("person.{}", person.id),
            format!("delivery.{list}[{i}]"),
        );
        visit(&format!("{k}.name"), &format!("{p}.name"), &mut person.name);
        visit(&format!("{k}.role"), &format!("{p}.role"), &mut person.role);
    }
    for (i, e) in d.events.iter_mut().enumerate() {
        let (k, p) = (format!("event.{}", e.id), format!("delivery.events[{i}]"));
        visit(&format!("{k}.text"), &format!("{p}.text"), &mut e.text);
        let mut n = 0;
        for (ei, effect) in e.effects.iter_mut().enumerate() {
            if let DeliveryEffect::AddWork(label, _) = effect {
                n += 1;
                visit(
                    &format!("{k}.work.{n}"),
                    &format!("{p}.effects[{ei}]"),
                    label,
                );
            }
        }
    }
    for (i, c) in file.scoring.rubric.iter_mut().enumerate() {
        let (k, p) = (format!("check.{}", c.id), format!("scoring.rubric[{i}]"));
        visit(&format!("{k}.label"), &format!("{p}.label"), &mut c.label);
        visit(&format!("{k}.why"), &format!("{p}.why"), &mut c.why);
        if let Some(competency) = &mut c.competency {
            visit(
                &format!("{k}.competency"),
                &format!("{p}.competency"),
                competency,
            );
        }
    }
    for (i, q) in file.scoring.questions.iter_mut().enumerate() {
        let k = format!("question.{}.text", i + 1);
        visit(&k, &format!("scoring.questions[{i}].text"), &mut q.text);
    }
}

/// Every player-visible text of `file`, in [`visit_texts`] order.
pub fn texts(file: &ScenarioFile) -> Vec<Text> {
    let mut copy = file.clone();
    let mut out = Vec::new();
    visit_texts(&mut copy, &mut |key, path, text| {
        out.push(Text {
            key: key.to_owned(),
            path: path.to_owned(),
            text: text.clone(),
        });
    });
    out
}
