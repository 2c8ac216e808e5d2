//! The retrospective after a two-role session (seed 004: react to failure together): each seat
//! answers, in a few words, "what went wrong for me" and "what I needed from the other role".
//!
//! An answer is an action of its seat in the Over phase ([`Action::Retro`]), so saves, replays
//! and exports keep it. It is free text, so [`Session::legal_actions`] cannot list it:
//! [`Session::retro_open`] says who has yet to answer, and [`Session::refusal`] judges an answer
//! (two roles only, once the session is over, each answer at most [`RETRO_MAX_CHARS`] characters,
//! not both empty). A seat may answer again: the last answer stands.

use serde::{Deserialize, Serialize};

use super::roles::{Seat, TableMode};
use super::{Action, Phase, Refusal, Session};

/// The most characters one retrospective answer may have ("a few words").
pub const RETRO_MAX_CHARS: usize = 160;

/// One seat's retrospective.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct RetroAnswer {
    /// "What went wrong for me."
    pub went_wrong: String,
    /// "What I needed from the other role."
    pub needed: String,
}

impl RetroAnswer {
    /// An answer from two texts (kept as typed; the engine trims them when it records them).
    pub fn new(went_wrong: impl Into<String>, needed: impl Into<String>) -> Self {
        Self {
            went_wrong: went_wrong.into(),
            needed: needed.into(),
        }
    }

    fn trimmed(&self) -> Self {
        Self::new(self.went_wrong.trim(), self.needed.trim())
    }
}

/// Both seats' retrospectives (empty until answered).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Retro {
    /// The seller's answer.
    pub seller: Option<RetroAnswer>,
    /// The delivery lead's answer.
    pub delivery_lead: Option<RetroAnswer>,
}

impl Retro {
    /// A seat's answer, once given.
    pub fn of(&self, seat: Seat) -> Option<&RetroAnswer> {
        match seat {
            Seat::Seller => self.seller.as_ref(),
            Seat::DeliveryLead => self.delivery_lead.as_ref(),
        }
    }

    /// The answers as `seat` may read them: its own only.
    pub fn only(&self, seat: Seat) -> Retro {
        let mut out = Retro::default();
        match seat {
            Seat::Seller => out.seller = self.seller.clone(),
            Seat::DeliveryLead => out.delivery_lead = self.delivery_lead.clone(),
        }
        out
    }

    /// Whether neither seat has answered.
    pub fn is_empty(&self) -> bool {
        self.seller.is_none() && self.delivery_lead.is_none()
    }
}

impl Session {
    /// The retrospective so far.
    pub fn retro(&self) -> &Retro {
        &self.state.retro
    }

    /// The seats that may still answer the retrospective, in seat order (empty in solo or
    /// before the session is over).
    pub fn retro_open(&self) -> Vec<Seat> {
        if self.mode() != TableMode::TwoRoles || self.state.phase != Phase::Over {
            return Vec::new();
        }
        [Seat::Seller, Seat::DeliveryLead]
            .into_iter()
            .filter(|s| self.state.retro.of(*s).is_none())
            .collect()
    }

    pub(super) fn retro_refusal(&self, answer: &RetroAnswer) -> Option<Refusal> {
        if self.mode() != TableMode::TwoRoles {
            return Some(Refusal::TwoRolesOnly);
        }
        if self.state.phase != Phase::Over {
            return Some(Refusal::WrongPhase(self.state.phase));
        }
        let a = answer.trimmed();
        let longest = a.went_wrong.chars().count().max(a.needed.chars().count());
        if longest > RETRO_MAX_CHARS {
            return Some(Refusal::RetroTooLong(longest as u32));
        }
        if a.went_wrong.is_empty() && a.needed.is_empty() {
            return Some(Refusal::RetroEmpty);
        }
        None
    }

    pub(super) fn record_retro(&mut self, seat: Seat, answer: &RetroAnswer) {
        let a = Some(answer.trimmed());
        match seat {
            Seat::Seller => self.state.retro.seller = a,
            Seat::DeliveryLead => self.state.retro.delivery_lead = a,
        }
    }
}

impl Action {
    /// The retrospective answer this action gives, and whose.
    pub fn retro(&self) -> Option<(Seat, &RetroAnswer)> {
        match self {
            Action::Retro(seat, a) => Some((*seat, a)),
            _ => None,
        }
    }
}
