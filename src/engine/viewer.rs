//! Who is looking: every view the engine builds ([`super::Session::view`], the debrief model) takes
//! a [`Viewer`] and [`ViewOptions`], so what each reader may know, at each level of support and
//! with coach mode on or off, is decided here, once, and never by a screen.

use serde::{Deserialize, Serialize};

use super::roles::Seat;
use super::support::Support;

/// Who reads a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Viewer {
    /// One person playing both seats (solo onboarding): everything the table knows.
    Solo,
    /// One seat of a two-role table: only what that seat knows.
    Seat(Seat),
    /// Someone watching a table (a workshop observer): what the delivery lead knows, never the
    /// seller's ledger or the deal's money.
    Observer,
    /// The facilitator's summary of a table: everything, once the table is over; while it plays,
    /// what a delivery lead may know (the board is on a projector).
    Facilitator,
}

impl Viewer {
    /// The seat whose knowledge this viewer shares (solo and the facilitator: the seller's, who
    /// knows the most; an observer: the delivery lead's).
    pub fn seat(self) -> Seat {
        match self {
            Viewer::Solo | Viewer::Facilitator => Seat::Seller,
            Viewer::Seat(s) => s,
            Viewer::Observer => Seat::DeliveryLead,
        }
    }

    /// Whether this viewer knows the seller's side (the ledger, the deal, the commission).
    pub fn knows_seller_side(self) -> bool {
        matches!(self, Viewer::Solo | Viewer::Seat(Seat::Seller))
    }
}

/// What a view is built for besides its viewer: the level of support and coach mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ViewOptions {
    /// How much the screens help.
    pub support: Support,
    /// Coach mode: the raw numbers behind every cue (trust, readiness, patience).
    pub coach: bool,
    /// A workshop's facilitator revealed the sellers' ledgers: once a table is over, its delivery
    /// lead's (and an observer's) debrief holds every promise and the commission.
    #[serde(default)]
    pub ledger_revealed: bool,
}
