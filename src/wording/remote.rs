//! Words for a remote seat in a workshop: what delivery notes about an answer, a flag that reached
//! the seller, why a seat waits, a pushed event. The game's remote screens and the console use them.

use crate::engine::Seat;
use crate::engine::facilitator::PushedEvent;
use crate::engine::view::PhaseView;

/// What is happening while `seat` waits in `phase`, and why it waits: a heading and a sentence.
/// `meeting` is the meeting's name when the seat knows it; `names` are seller, delivery lead.
pub fn waiting(
    phase: &PhaseView,
    seat: Seat,
    meeting: Option<&str>,
    names: &[String; 2],
) -> (String, String) {
    let [seller, lead] = names;
    match (phase, seat) {
        (PhaseView::Invite(_), Seat::DeliveryLead) => (
            meeting.map_or_else(|| "Before the next meeting".to_owned(), str::to_owned),
            format!("{seller} is deciding who from delivery joins this meeting."),
        ),
        (PhaseView::Beat(..), Seat::DeliveryLead) => (
            meeting.map_or_else(|| "A meeting".to_owned(), str::to_owned),
            format!(
                "{seller} is in a meeting you did not attend. You will hear what was promised \
                 there only if it is written into the PID."
            ),
        ),
        (PhaseView::Handoff, Seat::DeliveryLead) => (
            "The handoff".to_owned(),
            format!(
                "{seller} is writing the project initiation document (PID). You will review it \
                 before kickoff: query any item, or ask for a re-baselining meeting."
            ),
        ),
        (PhaseView::Review, Seat::Seller) => (
            "The PID review".to_owned(),
            format!(
                "{lead} is reviewing your PID: they may query an item or ask for a \
                 re-baselining meeting."
            ),
        ),
        (PhaseView::Delivery, Seat::Seller) => (
            "Delivery".to_owned(),
            format!("Delivery is under way: {lead} runs it week by week."),
        ),
        (PhaseView::Over, _) => (
            "The game is over".to_owned(),
            "The facilitator shows the class debrief.".to_owned(),
        ),
        _ => (
            "Waiting".to_owned(),
            "Waiting for the other role.".to_owned(),
        ),
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
pub fn phase_line(p: &PhaseView, meeting: Option<&str>) -> String {
    let m = meeting.unwrap_or_default();
    match p {
        PhaseView::Plan => "Planning the campaign".into(),
        PhaseView::Invite(_) => format!("Before the meeting: {m}"),
        PhaseView::Beat(..) => format!("Meeting: {m}"),
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

// ---- the seat's screen --------------------------------------------------------------------

/// The briefing's button back to the seat's screen.
pub const BACK_TO_TABLE: &str = "Back to the table";

/// The seat bar's button that opens the briefing.
pub const BRIEFING: &str = "Briefing";

/// The seat screen's title before the host has named the scenario.
pub const WORKSHOP: &str = "Workshop";

/// The line under the seat's title: `Seller · table Table 3 · Connected`.
pub fn seat_subtitle(seat: &str, table: &str, link: &str) -> String {
    format!("{seat} · table {table} · {link}")
}

/// The stage timer, on the seat and the console: `Stage 4:05`.
pub fn timer(label: &str, seconds_left: u32) -> String {
    format!("{label} {}:{:02}", seconds_left / 60, seconds_left % 60)
}

/// The chip while the workshop is paused.
pub const PAUSED: &str = "Paused by the facilitator";

/// The chip while a decision is on its way to the host.
pub const SENDING: &str = "Sending…";

/// The seat's way out.
pub const LEAVE: &str = "Leave the workshop";

/// The question the leave button asks before leaving.
pub const LEAVE_SURE: &str =
    "Leave your seat? This laptop keeps its token and can take the seat back by joining again.";

/// Yes, leave.
pub const LEAVE_YES: &str = "Yes, leave";

/// No, stay.
pub const STAY: &str = "Stay";

/// The partner's notice when the facilitator freed a seat of the table (`seats`: the engine
/// seats it held, both for a hot seat).
pub fn seat_freed(seats: &[crate::engine::Seat]) -> String {
    let who = match seats {
        [crate::engine::Seat::Seller] => "the seller's",
        [crate::engine::Seat::DeliveryLead] => "the delivery lead's",
        _ => "a",
    };
    format!("The facilitator freed {who} seat at this table: a new laptop can take it now.")
}

/// The facilitator's broadcast, on the seat's banner.
pub fn broadcast(text: &str) -> String {
    format!("From the facilitator: {text}")
}

/// The gate holds this table before delivery.
pub const GATE_CLOSED: &str =
    "The facilitator holds every table before delivery until all have signed.";

/// The seat before the host's first view.
pub const JOINING: &str = "Joining the table…";

/// The card over a link that stopped for good.
pub const NOT_CONNECTED: &str = "Not connected";

/// The way back from a link that stopped for good.
pub const BACK_TO_JOIN: &str = "Back to the join form";

/// The heading over the retrospective forms.
pub const RETROSPECTIVE: &str = "Retrospective";

/// The result in one line (`None`: the host did not say).
pub fn result_line(won: Option<bool>) -> &'static str {
    match won {
        Some(true) => "The deal was won.",
        Some(false) => "The deal was lost.",
        None => "The game is over.",
    }
}

/// The seller's commission, on the result.
pub fn commission(c: f32) -> String {
    format!("Your commission: {}", super::money(c))
}

/// Under the result.
pub const SEE_PROJECTOR: &str = "The facilitator shows the class debrief on the projector.";

/// The card over the seller's ledger, once the facilitator reveals it.
pub const LEDGER_REVEALED: &str = "The seller's ledger, revealed";

/// A promise on the revealed ledger: `Real-time sync (left out of the PID)`.
pub fn revealed_promise(promise: &str, in_pid: bool) -> String {
    if in_pid {
        promise.to_owned()
    } else {
        format!("{promise} (left out of the PID)")
    }
}

/// The link, connected and welcomed.
pub const CONNECTED: &str = "Connected";
/// The link, connected and waiting for the host's welcome.
pub const JOINING_LINK: &str = "Connected, joining…";

/// The link, connecting (the attempt counts from 1).
pub fn connecting(attempt: u32) -> String {
    if attempt <= 1 {
        "Connecting…".into()
    } else {
        format!("Connecting… (attempt {attempt})")
    }
}

/// The link, lost and waiting to try again.
pub fn reconnecting(reason: &str, retry_in_s: f32) -> String {
    format!("Connection lost ({reason}); trying again in {retry_in_s:.0} s")
}

/// The seat's token could not be written to the data folder.
pub fn token_not_kept(why: &str) -> String {
    format!(
        "This seat's token could not be kept in the data folder ({why}): if the game closes, ask the facilitator to free the seat."
    )
}

/// What a version mismatch means for the person at the device.
pub fn version_mismatch(host: u32, ours: u32) -> String {
    if host > ours {
        format!(
            "This game speaks workshop protocol {ours}, the host speaks {host}: update this \
             game to the host's version to join."
        )
    } else {
        format!(
            "This game speaks workshop protocol {ours}, the host speaks {host}: the host runs \
             an older Overpromise; ask the facilitator to update it, or install the host's version."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seat_reads_its_figures_as_before() {
        assert_eq!(timer("Stage", 245), "Stage 4:05");
        assert_eq!(
            revealed_promise("Real-time sync", false),
            "Real-time sync (left out of the PID)"
        );
        assert_eq!(revealed_promise("Real-time sync", true), "Real-time sync");
        assert_eq!(result_line(Some(false)), "The deal was lost.");
    }
}
