//! The two-role debrief: the ledger beside the document with the gaps marked, who flagged what
//! and what was said anyway, and the delivery lead's review. `None` in solo, so a solo debrief
//! is unchanged.

use serde::{Deserialize, Serialize};

use crate::engine::roles::{FlagRecord, ReviewStep, TableMode};
use crate::engine::{PidItem, Session};
use crate::scenario::model::{MeetingId, PromiseId};

/// What the two-role debrief adds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoRoleDebrief {
    /// Every promise made, in ledger order, beside the document (re-baselined ones included).
    pub handoff: Vec<HandoffLine>,
    /// Every flag, in order, with whether the answer was given anyway.
    pub flags: Vec<FlagRecord>,
    /// The delivery lead's review of the document, in order.
    pub review: Vec<ReviewStep>,
    /// Share of the seller's commission lost to re-baselining (0 to 1).
    pub commission_cut: f32,
    /// The retrospective: each seat's answers, once given.
    #[serde(default)]
    pub retro: crate::engine::Retro,
}

/// One promise of the ledger beside the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoffLine {
    /// The promise.
    pub promise: PromiseId,
    /// The meeting it was made in.
    pub meeting: MeetingId,
    /// Whether someone from delivery was in that meeting (the delivery lead heard it).
    pub delivery_heard: bool,
    /// Written into the document.
    pub in_pid: bool,
    /// Covered by the document another way (the same commitment written under another promise).
    pub covered: bool,
    /// Changed in a re-baselining meeting.
    pub rebaselined: bool,
    /// Surfaced in delivery as a surprise.
    pub surfaced: bool,
}

impl HandoffLine {
    /// A gap: a promise the delivery lead neither read in the document nor heard in a meeting.
    pub fn gap(&self) -> bool {
        !self.in_pid && !self.covered && !self.rebaselined && !self.delivery_heard
    }
}

impl Session {
    /// The two-role debrief (`None` in solo).
    pub fn two_role_debrief(&self) -> Option<TwoRoleDebrief> {
        if self.mode() != TableMode::TwoRoles {
            return None;
        }
        let st = self.state();
        let roles = &st.roles;
        let mut entries: Vec<_> = st.ledger.clone();
        entries.extend(roles.withdrawn.iter().copied());
        entries.sort_by_key(|e| e.answer_number);
        let handoff = entries
            .iter()
            .map(|e| HandoffLine {
                promise: e.promise,
                meeting: e.meeting,
                delivery_heard: !st.sales.attended[e.meeting.ix()].is_empty(),
                in_pid: st.pid.contains(&PidItem::Promise(e.promise)),
                covered: st.ledger.iter().any(|x| x.promise == e.promise)
                    && self.covered_by_pid(e.promise),
                rebaselined: roles.rebaselined(e.promise),
                surfaced: roles.surfaced.contains(&e.promise),
            })
            .collect();
        Some(TwoRoleDebrief {
            handoff,
            flags: roles.flags.clone(),
            review: roles.review.clone(),
            commission_cut: roles.commission_cut(),
            retro: st.retro.clone(),
        })
    }
}
