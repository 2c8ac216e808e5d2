//! The project initiation document as a viewer sees it ([`DocumentPane`]): at the handoff, the
//! seller's ledger beside the document being written (each promise and each need found, ticked in
//! or out); at the review (two roles), the document as handed over, what the delivery lead asked
//! and what a re-baselining meeting about each promise would do and cost (the engine's answer on a
//! copy of the session), beside the meetings the lead sat in.
//!
//! The seller (and a solo player) sees the ledger and the deal; the delivery lead sees the
//! document only once it is handed over, never the ledger, the price or a promise left out.

use serde::{Deserialize, Serialize};

use super::keys::ActionKey;
use crate::engine::roles::{Rebaseline, ReviewStep};
use crate::engine::told::PromiseText;
use crate::engine::viewer::Viewer;
use crate::engine::{Action, Phase, PidItem, Session};
use crate::scenario::model::PromiseKind;

/// What an item of the document is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ItemText {
    /// A promise.
    Promise(PromiseText),
    /// A client need found in the meetings (its text).
    Need(String),
}

/// What a re-baselining meeting about a promise would do and cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RebaselineOffer {
    /// The decision.
    pub action: ActionKey,
    /// The scope item re-priced at the team's estimate (its name), or none: taken back.
    pub repriced: Option<String>,
    /// Trust it costs with each stakeholder.
    pub trust_cost: f32,
    /// Share of the seller's commission it costs (0 to 1).
    pub commission_share: f32,
}

/// One item that can go into the document, or that is in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemLine {
    /// The item's id (never drawn).
    pub key: String,
    /// What it is.
    pub text: ItemText,
    /// The meeting a promise was made in (the seller's ledger).
    pub meeting: Option<String>,
    /// In the document now.
    pub included: bool,
    /// A senior designer warned about this claim.
    pub warned: bool,
    /// The colleague (name) whose agreement this promise needed and never had.
    #[serde(default)]
    pub unagreed: Option<String>,
    /// Tick it in or out (the seller at the handoff).
    pub toggle: Option<ActionKey>,
    /// Query it (the delivery lead at the review, while it can be asked).
    pub query: Option<ActionKey>,
    /// The answer to a query: days the price was built on, the team's estimate.
    pub answer: Option<(f32, f32)>,
    /// A re-baselining meeting the lead may ask for, and what it would cost.
    pub rebaseline: Option<RebaselineOffer>,
    /// What a re-baselining meeting did: re-priced (`true`) or taken back.
    pub rebaselined: Option<bool>,
}

/// The deal as the seller knows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DealLines {
    /// Price after discount.
    pub price: f32,
    /// Weeks agreed.
    pub weeks: u32,
    /// Discount, percent.
    pub discount_pct: f32,
    /// The estimate the price was built on, person-days.
    pub estimate_days: f32,
}

/// Where the document stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentStage {
    /// The seller writes it.
    Writing,
    /// The delivery lead reviews it (two roles).
    Reviewing,
}

/// Everything the document's screen shows a viewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentPane {
    /// Writing or reviewing.
    pub stage: DocumentStage,
    /// The deal (the seller's only).
    pub deal: Option<DealLines>,
    /// The scope sold, by name.
    pub scope: Vec<String>,
    /// The items: the seller's ledger and needs found at the handoff; the document's items for
    /// the delivery lead.
    pub lines: Vec<ItemLine>,
    /// Promises in the document, of all promises made (the seller's).
    pub promises_in: (usize, usize),
    /// Needs found in the document, of all found (the seller's).
    pub needs_in: (usize, usize),
    /// The meetings the delivery lead sat in, with what was promised there.
    pub heard: Vec<(String, Vec<PromiseText>)>,
    /// Hand the document over (the seller at the handoff).
    pub submit: Option<ActionKey>,
    /// Accept it and start delivery (the lead at the review).
    pub accept: Option<ActionKey>,
}

impl Session {
    /// The document as `viewer` sees it; `None` outside the handoff and the review, and for a
    /// delivery lead before it is handed over.
    pub fn document_pane(&self, viewer: Viewer) -> Option<DocumentPane> {
        let s = self.scenario();
        let st = &self.state;
        let stage = match st.phase {
            Phase::Handoff => DocumentStage::Writing,
            Phase::Review => DocumentStage::Reviewing,
            _ => return None,
        };
        let seller = viewer.knows_seller_side();
        if !seller && stage == DocumentStage::Writing {
            return None;
        }
        let legal = self.legal_for(viewer);
        let offer = |a: Action| legal.contains(&a).then(|| self.action_key(&a));
        let warned: Vec<_> = self.warned_claims();
        let items: Vec<PidItem> = if seller {
            self.pid_candidates()
        } else {
            st.pid.iter().copied().collect()
        };
        let key = |i: PidItem| match i {
            PidItem::Promise(p) => s.promises[p.ix()].key.clone(),
            PidItem::Fact(f) => s.facts[f.ix()].key.clone(),
        };
        let lines = items
            .into_iter()
            .map(|item| {
                let included = st.pid.contains(&item);
                let (text, meeting, warned) = match item {
                    PidItem::Promise(p) => (
                        ItemText::Promise(PromiseText::of(s, p)),
                        st.ledger
                            .iter()
                            .find(|l| l.promise == p && seller)
                            .map(|l| s.meetings[l.meeting.ix()].name.clone()),
                        matches!(s.promises[p.ix()].kind,
                            PromiseKind::Claim(c) if warned.contains(&c)),
                    ),
                    PidItem::Fact(f) => (ItemText::Need(s.facts[f.ix()].text.clone()), None, false),
                };
                let answer = st.roles.review.iter().find_map(|r| match r {
                    ReviewStep::Queried {
                        item: i,
                        priced_days,
                        true_days,
                    } if *i == item => Some((*priced_days, *true_days)),
                    _ => None,
                });
                let rebaselined = match item {
                    PidItem::Promise(p) => st.roles.review.iter().find_map(|r| match r {
                        ReviewStep::Rebaselined {
                            promise, result, ..
                        } if *promise == p => Some(matches!(result, Rebaseline::Repriced(_))),
                        _ => None,
                    }),
                    PidItem::Fact(_) => None,
                };
                let rebaseline = match item {
                    PidItem::Promise(p) if legal.contains(&Action::Rebaseline(p)) => self
                        .rebaseline_preview(p)
                        .map(|(result, trust_cost, commission_share)| RebaselineOffer {
                            action: self.action_key(&Action::Rebaseline(p)),
                            repriced: match result {
                                Rebaseline::Repriced(i) => Some(s.offer.scope[i.ix()].name.clone()),
                                Rebaseline::Removed => None,
                            },
                            trust_cost,
                            commission_share,
                        }),
                    _ => None,
                };
                ItemLine {
                    key: key(item),
                    text,
                    meeting,
                    included,
                    warned: warned && seller,
                    unagreed: match item {
                        PidItem::Promise(p) => self
                            .unagreed(p)
                            .map(|k| s.stakeholders[k.ix()].name.clone()),
                        PidItem::Fact(_) => None,
                    },
                    toggle: offer(Action::SetInPid(item, !included)),
                    query: offer(Action::QueryPid(item)),
                    answer,
                    rebaseline,
                    rebaselined,
                }
            })
            .collect();
        let count = |promise: bool| {
            let all = self
                .pid_candidates()
                .into_iter()
                .filter(|i| matches!(i, PidItem::Promise(_)) == promise)
                .count();
            let inside = st
                .pid
                .iter()
                .filter(|i| matches!(i, PidItem::Promise(_)) == promise)
                .count();
            (inside, all)
        };
        let heard = st
            .sales
            .attended
            .iter()
            .enumerate()
            .filter(|(_, who)| !who.is_empty())
            .map(|(i, _)| {
                (
                    s.meetings[i].name.clone(),
                    st.ledger
                        .iter()
                        .filter(|e| e.meeting.ix() == i)
                        .map(|e| PromiseText::of(s, e.promise))
                        .collect(),
                )
            })
            .collect();
        let deal = st.sales.deal.as_ref();
        Some(DocumentPane {
            stage,
            deal: deal.filter(|_| seller).map(|d| DealLines {
                price: d.price,
                weeks: d.deadline_weeks,
                discount_pct: d.discount_pct,
                estimate_days: d.estimate_days,
            }),
            scope: deal
                .map(|d| {
                    d.scope
                        .iter()
                        .filter(|i| seller || self.scope_in_document(**i))
                        .map(|i| s.offer.scope[i.ix()].name.clone())
                        .collect()
                })
                .unwrap_or_default(),
            lines,
            promises_in: if seller { count(true) } else { (0, 0) },
            needs_in: if seller { count(false) } else { (0, 0) },
            heard,
            submit: offer(Action::SubmitPid),
            accept: offer(Action::AcceptPid),
        })
    }

    /// Whether the document shows scope item `i`: a core item, or one whose promise is in it.
    pub(crate) fn scope_in_document(&self, i: crate::scenario::model::ScopeId) -> bool {
        let s = self.scenario();
        s.offer.scope[i.ix()].core
            || self.state.pid.iter().any(|item| {
                matches!(item, PidItem::Promise(p)
                    if matches!(s.promises[p.ix()].kind, PromiseKind::Scope(x) if x == i))
            })
    }
}
