//! Words for a remote seat in a workshop: what delivery notes about an answer, a flag that reached
//! the seller, why a seat waits, a pushed event. The game's remote screens and the console use them.

use crate::engine::Seat;
use crate::engine::facilitator::PushedEvent;
use crate::engine::roles::FlagConcern;
use crate::engine::view::{ConcernKey, NoteView, PhaseView};

/// An id from a scenario as words: `real_time_sync` → `real time sync`.
pub fn id_words(id: &str) -> String {
    id.replace(['_', '-'], " ")
}

/// What delivery sees in an answer, with the numbers.
pub fn note(n: &NoteView) -> String {
    match n.concern {
        FlagConcern::Estimate(_) => format!(
            "Estimate for {}: this answer means {:.0} days; the team's estimate is {:.0}.",
            id_words(&n.about),
            n.said,
            n.team
        ),
        FlagConcern::Deadline(_) => format!(
            "Date: this answer promises {:.0} weeks; the team needs {:.0}.",
            n.said, n.team
        ),
        FlagConcern::Claim(_) => format!(
            "Claim about {}: the team says it does not hold.",
            id_words(&n.about)
        ),
    }
}

/// A flag as the button and the seller's screen name it.
pub fn concern(c: &ConcernKey) -> String {
    match c {
        ConcernKey::Estimate { scope } => format!("the estimate for {}", id_words(scope)),
        ConcernKey::Claim { claim } => format!("the claim about {}", id_words(claim)),
        ConcernKey::Deadline { weeks } => format!("a {weeks}-week date"),
    }
}

/// A seat's name.
pub fn seat(s: Seat) -> &'static str {
    match s {
        Seat::Seller => "Seller",
        Seat::DeliveryLead => "Delivery lead",
    }
}

/// Why `seat` waits in `phase` (when it is not its turn).
pub fn waiting(phase: &PhaseView, seat: Seat, in_room: bool) -> String {
    match (phase, seat) {
        (PhaseView::Invite(m), Seat::DeliveryLead) => format!(
            "The seller is deciding who from delivery joins the next meeting ({}).",
            id_words(m)
        ),
        (PhaseView::Beat(m, _), Seat::DeliveryLead) if !in_room => format!(
            "The seller is in a meeting you did not attend ({}). You will hear what was \
             promised there only if it is written into the PID.",
            id_words(m)
        ),
        (PhaseView::Beat(..), Seat::DeliveryLead) => {
            "The seller is answering. Flag an answer before it is given.".into()
        }
        (PhaseView::Handoff, Seat::DeliveryLead) => {
            "The seller is writing the PID: you will review it before kickoff.".into()
        }
        (PhaseView::Review, Seat::Seller) => {
            "The delivery lead is reviewing your PID: they may query an item or ask for a \
             re-baselining meeting."
                .into()
        }
        (PhaseView::Delivery, Seat::Seller) => {
            "Delivery is under way: the delivery lead runs it week by week.".into()
        }
        (PhaseView::Over, _) => "The game is over. The facilitator shows the class debrief.".into(),
        _ => "Waiting for the other role.".into(),
    }
}

/// A facilitator's pushed event, as the table hears it.
pub fn pushed_event(e: &PushedEvent) -> String {
    match e {
        PushedEvent::ClientEscalates => {
            "The facilitator pushed an event: the client escalates. Trust falls across the \
             client's people."
                .into()
        }
    }
}

/// A pushed event's name on the console's button.
pub fn pushed_name(e: &PushedEvent) -> &'static str {
    match e {
        PushedEvent::ClientEscalates => "The client escalates",
    }
}

/// Where the table stands, in a few words.
pub fn phase_line(p: &PhaseView) -> String {
    match p {
        PhaseView::Invite(m) => format!("Before the meeting: {}", id_words(m)),
        PhaseView::Beat(m, _) => format!("Meeting: {}", id_words(m)),
        PhaseView::Handoff => "Writing the PID".into(),
        PhaseView::Review => "Reviewing the PID".into(),
        PhaseView::Delivery => "Delivery".into(),
        PhaseView::Over => "Over".into(),
    }
}

/// Above the retrospective form on a workshop device.
pub fn retro_invitation() -> &'static str {
    "A few words each, then talk it through at your table. The facilitator shows every table's \
     answers on the class debrief."
}
