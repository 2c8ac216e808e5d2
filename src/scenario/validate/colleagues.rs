//! Colleagues: people in the seller's own company whose agreement some promises need, met in
//! internal meetings of their own (`docs/authoring.md`, "Colleagues").

use super::Validator;
use crate::scenario::model;
use crate::scenario::raw::{self, Approval};

impl Validator<'_> {
    /// A stakeholder's `colleague` record, checked (none for the client's people).
    pub(super) fn colleague(&mut self, p: &str, s: &raw::Stakeholder) -> Option<model::Colleague> {
        let c = s.colleague.as_ref()?;
        if s.weight != 0.0 {
            self.push(
                format!("{p}.weight"),
                "a colleague has no share of the client's decision: leave weight out",
            );
        }
        if c.approves.is_empty() {
            self.push(
                format!("{p}.colleague.approves"),
                "list what they approve: Discount, EarlyDate or SpecialTerm",
            );
        }
        self.range(format!("{p}.colleague.agrees_at"), c.agrees_at, 0.0, 100.0);
        Some(model::Colleague {
            approves: c.approves.clone(),
            agrees_at: c.agrees_at,
        })
    }

    /// Checks across colleagues and meetings: one approver per kind, internal meetings apart
    /// from the client's, no promise made to a colleague, and a client at the close.
    pub(super) fn check_colleagues(&mut self) {
        let raw = self.raw;
        let is_colleague = |id: &str| {
            raw.stakeholders
                .iter()
                .find(|s| s.id == id)
                .is_some_and(|s| s.colleague.is_some())
        };
        for kind in [
            Approval::Discount,
            Approval::EarlyDate,
            Approval::SpecialTerm,
        ] {
            let who: Vec<usize> = raw
                .stakeholders
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    s.colleague
                        .as_ref()
                        .is_some_and(|c| c.approves.contains(&kind))
                })
                .map(|(i, _)| i)
                .collect();
            if let [_, second, ..] = who[..] {
                self.push(
                    format!("stakeholders[{second}].colleague.approves"),
                    format!("{kind:?} is approved by two colleagues: name one"),
                );
            }
        }
        for (mi, m) in raw.sales.meetings.iter().enumerate() {
            let inside = m.present.iter().filter(|k| is_colleague(k)).count();
            if inside > 0 && inside < m.present.len() {
                self.push(
                    format!("{}.present", super::ms_path(mi)),
                    "a meeting is either with the client or internal: do not put colleagues and \
                     the client's people in one room",
                );
            }
            if m.closes && inside > 0 {
                self.push(
                    format!("{}.present", super::ms_path(mi)),
                    "the client decides at the closing meeting: it needs the client's people",
                );
            }
            for (bi, b) in m.beats.iter().enumerate() {
                for (oi, o) in b.answers.iter().enumerate() {
                    for (pi, pr) in o.promises.iter().enumerate() {
                        if is_colleague(&pr.to) {
                            self.push(
                                format!("{}.promises[{pi}].to", super::answer_path(mi, bi, oi)),
                                "promises are made to the client: a colleague agrees instead \
                                 (see colleague.approves)",
                            );
                        }
                    }
                }
            }
        }
    }
}
