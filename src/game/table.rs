//! Who sits at the screen in a two-role (hot-seat) game: the players' names, the seat (or both)
//! the screen shows now, and the curtain that goes up when the turn passes to the other role.
//! A leaf: it imports nothing from the game, only the engine's seats and the session's views.
//!
//! Who sits follows the engine ([`Session::to_act`] and the role views): the seller alone before
//! a meeting, at the handoff and in meetings without delivery; both when the delivery lead sits
//! in a meeting ([`Session::view`] has a beat for the delivery lead) and once the session is
//! over (the debrief for two); the delivery lead alone in the review and in delivery.

use crate::engine::view::{PhaseView, RoleView};
use crate::engine::{Action, Seat, Session, TableMode};

/// The default names, seller first, in the language in use (`Seller`, `Delivery lead`).
pub fn default_names() -> [String; 2] {
    [Seat::Seller, Seat::DeliveryLead].map(crate::wording::two_roles::default_name)
}

/// The most characters a player's name may have on screen.
pub const MAX_NAME_CHARS: usize = 24;

/// The players' names, as typed on the briefing (empty: the default name).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeatNames {
    /// The seller's name.
    pub seller: String,
    /// The delivery lead's name.
    pub delivery_lead: String,
}

impl SeatNames {
    /// The name a seat is called by: what was typed (trimmed, at most [`MAX_NAME_CHARS`]) or the
    /// default.
    pub fn of(&self, seat: Seat) -> String {
        let typed = match seat {
            Seat::Seller => &self.seller,
            Seat::DeliveryLead => &self.delivery_lead,
        };
        let t: String = typed.trim().chars().take(MAX_NAME_CHARS).collect();
        if t.is_empty() {
            crate::wording::two_roles::default_name(seat)
        } else {
            t
        }
    }

    /// Both names, the seller's first.
    pub fn both(&self) -> [String; 2] {
        [self.of(Seat::Seller), self.of(Seat::DeliveryLead)]
    }
}

/// Who the screen is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtScreen {
    /// One seat; the other looks away.
    Seat(Seat),
    /// Both sit at the screen (a meeting the delivery lead attends, the debrief).
    Both,
}

impl AtScreen {
    /// Who sits at the screen for the session as it stands (two roles).
    pub fn of(session: &Session) -> AtScreen {
        Self::of_views(&[
            session.seat_view(Seat::Seller),
            session.seat_view(Seat::DeliveryLead),
        ])
    }

    /// Who sits at the screen, from both seats' views (what a hot-seat workshop device holds):
    /// both at the debrief and in a meeting the delivery lead attends or may flag in; otherwise
    /// the seat whose turn it is (the seller's when nobody's).
    pub fn of_views(views: &[RoleView]) -> AtScreen {
        let lead = views.iter().find(|v| v.seat == Seat::DeliveryLead);
        if views.iter().any(|v| v.phase == PhaseView::Over) {
            return AtScreen::Both;
        }
        let to_act: Vec<Seat> = views
            .iter()
            .filter(|v| v.your_turn)
            .map(|v| v.seat)
            .collect();
        if to_act.len() > 1 || lead.is_some_and(|l| l.beat.is_some()) {
            AtScreen::Both
        } else if to_act == [Seat::DeliveryLead] {
            AtScreen::Seat(Seat::DeliveryLead)
        } else {
            AtScreen::Seat(Seat::Seller)
        }
    }

    /// Whether `seat` sees this screen.
    pub fn shows(self, seat: Seat) -> bool {
        match self {
            AtScreen::Both => true,
            AtScreen::Seat(s) => s == seat,
        }
    }
}

/// How the game's table is played: solo, or two roles with names, who sits at the screen, and
/// whether the curtain is up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Solo or two roles.
    pub mode: TableMode,
    /// The players' names.
    pub names: SeatNames,
    /// Who the screen is for now.
    pub at_screen: AtScreen,
    /// The curtain, while up: who the screen is for next.
    pub curtain: Option<AtScreen>,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            mode: TableMode::Solo,
            names: SeatNames::default(),
            at_screen: AtScreen::Both,
            curtain: None,
        }
    }
}

impl Table {
    /// The table for a session: in two roles the curtain is up first, for whoever starts.
    pub fn for_session(session: &Session, names: SeatNames) -> Table {
        let mode = session.mode();
        let at_screen = AtScreen::of(session);
        Table {
            mode,
            names,
            at_screen,
            curtain: (mode == TableMode::TwoRoles).then_some(at_screen),
        }
    }

    /// Whether two people play.
    pub fn two_roles(&self) -> bool {
        self.mode == TableMode::TwoRoles
    }

    /// The seat an action is taken as: the seat at the screen, or the action's own seat when
    /// both sit there (`None` in solo: [`Session::apply`]).
    pub fn seat_for(&self, action: &Action) -> Option<Seat> {
        if !self.two_roles() {
            return None;
        }
        Some(match self.at_screen {
            AtScreen::Seat(s) => s,
            AtScreen::Both => action.seat(),
        })
    }

    /// After a decision: when the screen is for someone else now, the curtain goes up.
    pub fn follow(&mut self, session: &Session) {
        if !self.two_roles() {
            return;
        }
        let now = AtScreen::of(session);
        if now != self.at_screen {
            self.curtain = Some(now);
        }
    }

    /// The curtain comes down: the screen is for who it announced.
    pub fn lift(&mut self) {
        if let Some(next) = self.curtain.take() {
            self.at_screen = next;
        }
    }

    /// The seat whose view a screen draws now (the seller when both sit at the screen; solo
    /// plays both seats).
    pub fn viewer(&self) -> Seat {
        match self.at_screen {
            AtScreen::Seat(s) => s,
            AtScreen::Both => Seat::Seller,
        }
    }
}
