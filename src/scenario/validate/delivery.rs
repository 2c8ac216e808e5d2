//! The delivery phase: team, hires, events and the model's parameters.

use super::*;

impl<'a> Validator<'a> {
    // ---- delivery ----------------------------------------------------------------------

    pub(super) fn delivery(&mut self) -> model::Delivery {
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

    pub(super) fn event(&mut self, i: usize, e: &raw::DeliveryEvent) -> model::DeliveryEvent {
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
    pub(super) fn delivery_condition(
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

    pub(super) fn model_params(&mut self, m: &raw::Model) {
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
            self.share(format!("{p}.{name}"), v);
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
}
