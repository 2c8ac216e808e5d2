//! The client, the stakeholders, the facts and the offer.

use super::*;

impl<'a> Validator<'a> {
    pub(super) fn client(&mut self) -> model::Client {
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

    pub(super) fn stakeholders_(&mut self) -> Vec<model::Stakeholder> {
        let list = &self.raw.stakeholders;
        let clients = list.iter().filter(|s| s.colleague.is_none()).count();
        if !(2..=5).contains(&clients) {
            self.push(
                "stakeholders",
                format!("need 2 to 5 of the client's people, found {clients}"),
            );
        }
        if list.len() - clients > 3 {
            self.push(
                "stakeholders",
                format!("at most 3 colleagues, found {}", list.len() - clients),
            );
        }
        let total: f32 = list
            .iter()
            .filter(|s| s.colleague.is_none())
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
            let colleague = self.colleague(&p, s);
            if colleague.is_none() {
                self.positive(format!("{p}.weight"), s.weight);
            }
            self.range(format!("{p}.trust"), s.trust, 0.0, 100.0);
            if colleague.is_none()
                && s.trust.is_finite()
                && walk_away.is_finite()
                && s.trust < walk_away
            {
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
            let fluency = self.fluency(i, s);
            out.push(model::Stakeholder {
                key: s.id.clone(),
                name: s.name.clone(),
                role: s.role.clone(),
                portrait: s.portrait.clone(),
                cares: s.cares.clone(),
                weight: if total > 0.0 && colleague.is_none() {
                    s.weight / total
                } else {
                    0.0
                },
                trust: s.trust,
                readiness: s.readiness,
                readiness_growth: s.readiness_growth,
                fluency,
                colleague,
            });
        }
        out
    }

    pub(super) fn facts_(&mut self) -> Vec<model::Fact> {
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

    pub(super) fn offer(&mut self) -> model::Offer {
        let o = &self.raw.offer;
        self.positive("offer.day_rate", o.day_rate);
        self.range("offer.max_discount_pct", o.max_discount_pct, 0.0, 90.0);
        self.week(
            "offer.standard_weeks",
            o.standard_weeks,
            "the project could never finish in time",
        );
        self.share("offer.late_penalty_per_week", o.late_penalty_per_week);
        self.share("offer.commission_rate", o.commission_rate);
        self.share("offer.descope_refund", o.descope_refund);
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
            descope_refund: o.descope_refund,
        }
    }
}
