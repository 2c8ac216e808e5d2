//! The sales phase: meetings, beats, answers, promises and the sales rules.

use super::*;

impl<'a> Validator<'a> {
    // ---- sales -------------------------------------------------------------------------

    pub(super) fn meetings_(
        &mut self,
    ) -> (Vec<model::Meeting>, Vec<model::Answer>, Vec<model::Promise>) {
        let ms = &self.raw.sales.meetings;
        if ms.is_empty() {
            self.push("sales.meetings", "list at least one meeting");
        }
        let closing: Vec<usize> = ms
            .iter()
            .enumerate()
            .filter(|(_, m)| m.closes)
            .map(|(i, _)| i)
            .collect();
        if closing.is_empty() && !ms.is_empty() {
            self.push(
                "sales.meetings",
                "no meeting has `closes: true`: the last one must close the sale",
            );
        }
        let last = ms.len().saturating_sub(1);
        for &i in closing.iter().filter(|&&i| i != last) {
            self.push(
                format!("{}.closes", ms_path(i)),
                "only the last meeting may close the sale",
            );
        }
        let mut meetings = Vec::new();
        let mut answers = Vec::new();
        let mut promises = Vec::new();
        for (mi, m) in ms.iter().enumerate() {
            let p = ms_path(mi);
            check_id(
                &mut self.problems,
                &self.meetings,
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
                beats.push(self.beat(mi, bi, b, &mut answers, &mut promises));
            }
            meetings.push(model::Meeting {
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
        (meetings, answers, promises)
    }

    pub(super) fn beat(
        &mut self,
        mi: usize,
        bi: usize,
        b: &raw::Beat,
        answers: &mut Vec<model::Answer>,
        promises: &mut Vec<model::Promise>,
    ) -> model::Beat {
        let p = beat_path(mi, bi);
        let flat = self
            .raw
            .sales
            .meetings
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
        let room = self.raw.sales.meetings.get(mi).map(|m| &m.present);
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
        if b.answers.is_empty() {
            self.push(format!("{p}.answers"), "a beat needs at least one answer");
        } else if b
            .answers
            .iter()
            .all(|o| !matches!(o.requires, raw::Condition::Always) || o.by != Role::Seller)
        {
            self.push(
                format!("{p}.answers"),
                "no answer is always available (each has a `requires` or is said by a \
                 delivery person who may be absent): a player could be stuck",
            );
        }
        let mut ids = Vec::new();
        for (oi, o) in b.answers.iter().enumerate() {
            ids.push(model::AnswerId(ix(answers.len())));
            let answer = self.answer(mi, bi, oi, o, answers.len(), promises);
            answers.push(answer);
        }
        model::Beat {
            key: b.id.clone(),
            speaker,
            line: b.line.clone(),
            when,
            answers: ids,
        }
    }

    pub(super) fn answer(
        &mut self,
        mi: usize,
        bi: usize,
        oi: usize,
        o: &raw::Answer,
        index: usize,
        promises: &mut Vec<model::Promise>,
    ) -> model::Answer {
        let p = answer_path(mi, bi, oi);
        check_id(
            &mut self.problems,
            &self.answers,
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
        if o.by != Role::Seller && self.may_attend(o.by, mi) && !needs_attending(&o.requires, o.by)
        {
            self.push(
                format!("{p}.requires"),
                format!(
                    "said by the {}, but offered even when they are not in the meeting: add \
                     `requires: Attending({:?})` (inside `All([...])` with any other condition)",
                    role_words(o.by),
                    o.by
                ),
            );
        }
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
        let mut advice_by = None;
        if let Some(advice) = &o.advice {
            self.text(format!("{p}.advice"), advice);
            advice_by = advice_owner(advice);
            match advice_by {
                None if !advice.trim().is_empty() => self.push(
                    format!("{p}.advice"),
                    "say whose advice this is: start it with their name and role, as in \
                     `Priya (project manager): ...` or `Owen (senior designer): ...`; it is shown \
                     only while they attend",
                ),
                Some(role) if !self.may_attend(role, mi) => self.push(
                    format!("{p}.advice"),
                    format!(
                        "unreachable: advice by the {}, who is not in this meeting's may_invite",
                        role_words(role)
                    ),
                ),
                _ => {}
            }
        }
        let register = self.answer_register(&p, o.register.as_deref());
        model::Answer {
            key: o.id.clone(),
            text: o.text.clone(),
            depth: o.depth,
            by: o.by,
            requires,
            effects,
            reveals,
            promises: made,
            advice: o.advice.clone(),
            advice_by,
            ends_meeting: o.ends_meeting,
            meeting: model::MeetingId(ix(mi)),
            register,
        }
    }

    pub(super) fn promise(
        &mut self,
        p: &str,
        pr: &raw::Promise,
        o: &raw::Answer,
        answer: usize,
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
                    } else if *pct < 1.0 {
                        self.push(
                            kp,
                            format!(
                                "a discount of {pct} % looks like a share: discounts are in \
                                 percent (write {} for {} %)",
                                (pct * 100.0 * 1e4).round() / 1e4,
                                (pct * 100.0 * 1e4).round() / 1e4
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
            answer: model::AnswerId(ix(answer)),
        }
    }

    pub(super) fn sales_rules(&mut self) -> model::SalesRules {
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
        self.range("sales.rebaseline_trust", s.rebaseline_trust, 0.0, 100.0);
        self.range(
            "sales.rebaseline_commission_share",
            s.rebaseline_commission_share,
            0.0,
            1.0,
        );
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
            rebaseline_trust: s.rebaseline_trust,
            rebaseline_commission_share: s.rebaseline_commission_share,
            incentives: self.incentives(),
            registers: self.registers_(),
            campaign: self.campaign(),
        }
    }
}

/// The role as the author's guide names it.
fn role_words(role: Role) -> &'static str {
    match role {
        Role::Seller => "seller",
        Role::ProjectManager => "project manager",
        Role::SeniorDesigner => "senior designer",
    }
}

/// Whether `c` can only hold while `role` attends the meeting.
fn needs_attending(c: &raw::Condition, role: Role) -> bool {
    match c {
        raw::Condition::Attending(r) => *r == role,
        raw::Condition::All(all) => all.iter().any(|c| needs_attending(c, role)),
        raw::Condition::Any(any) => !any.is_empty() && any.iter().all(|c| needs_attending(c, role)),
        _ => false,
    }
}

/// The delivery person whose words an advice text is: the role named before its first `:`.
fn advice_owner(advice: &str) -> Option<Role> {
    let head = advice.split(':').next()?.to_lowercase();
    [Role::ProjectManager, Role::SeniorDesigner]
        .into_iter()
        .find(|r| head.contains(role_words(*r)))
}
