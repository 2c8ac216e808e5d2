//! Registers: the vocabularies answers are said in, the listeners' fluency in each, and the
//! delivery people who put jargon into plain words (`docs/authoring.md`, "Registers").

use super::{Validator, find, ix};
use crate::scenario::model;
use crate::scenario::raw::{self, Role};

impl Validator<'_> {
    /// `sales.registers`, checked.
    pub(super) fn registers_(&mut self) -> Vec<model::Register> {
        let mut out = Vec::new();
        for (i, r) in self.raw.sales.registers.iter().enumerate() {
            let p = format!("sales.registers[{i}]");
            super::check_id(
                &mut self.problems,
                &self.registers,
                i,
                &r.id,
                format!("{p}.id"),
            );
            self.text(format!("{p}.label"), &r.label);
            self.range(format!("{p}.lost_trust"), r.lost_trust, 0.0, 100.0);
            if r.rescued_by.contains(&Role::Seller) {
                self.push(
                    format!("{p}.rescued_by"),
                    "only delivery people (ProjectManager, SeniorDesigner) rescue an answer: \
                     the seller is the one speaking",
                );
            }
            if r.everyone && !r.rescued_by.is_empty() {
                self.push(
                    format!("{p}.rescued_by"),
                    "a register everyone follows needs nobody to rescue it: remove rescued_by \
                     or everyone",
                );
            }
            out.push(model::Register {
                key: r.id.clone(),
                label: r.label.clone(),
                everyone: r.everyone,
                rescued_by: r.rescued_by.clone(),
                lost_trust: r.lost_trust,
            });
        }
        out
    }

    /// Stakeholder `i`'s fluency in each register, in the order of `sales.registers`.
    pub(super) fn fluency(&mut self, i: usize, s: &raw::Stakeholder) -> Vec<f32> {
        let p = format!("stakeholders[{i}].fluency");
        for (key, v) in &s.fluency {
            let at = format!("{p}[{key:?}]");
            if let Some(r) = find(&mut self.problems, &self.registers, key, at.clone())
                && self.raw.sales.registers.get(r).is_some_and(|r| r.everyone)
            {
                self.push(
                    at.clone(),
                    "everyone follows this register: their fluency in it is not asked",
                );
            }
            self.range(at, *v, 0.0, 1.0);
        }
        self.raw
            .sales
            .registers
            .iter()
            .map(|r| {
                if r.everyone {
                    1.0
                } else {
                    s.fluency
                        .get(&r.id)
                        .copied()
                        .filter(|v| v.is_finite())
                        .unwrap_or(0.0)
                        .clamp(0.0, 1.0)
                }
            })
            .collect()
    }

    /// An answer's register, looked up.
    pub(super) fn answer_register(
        &mut self,
        path: &str,
        register: Option<&str>,
    ) -> Option<model::RegisterId> {
        let key = register?;
        find(
            &mut self.problems,
            &self.registers,
            key,
            format!("{path}.register"),
        )
        .map(|r| model::RegisterId(ix(r)))
    }
}
