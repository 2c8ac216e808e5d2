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

// ---- the seat's screen --------------------------------------------------------------------

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

/// The card over why the seat waits.
pub const WAITING: &str = "Waiting";

/// The card over the decisions open to the seat.
pub const YOUR_DECISIONS: &str = "Your decisions";

/// A flag that reached the seller live, before the host's next view: `Flagged: the estimate for …`.
pub fn live_flag(c: &ConcernKey) -> String {
    format!("Flagged: {}", concern(c))
}

/// What delivery advised about an answer, under it.
pub fn advice(text: &str) -> String {
    format!("Delivery: {text}")
}

/// A flag on an answer, under it.
pub fn flagged_by_delivery(flag: &str) -> String {
    format!("⚑ Flagged by delivery: {flag}")
}

/// The button that gives an answer.
pub const SAY_THIS: &str = "Say this";

/// The button that flags an answer: `⚑ Flag the estimate for …`.
pub fn flag_button(c: &ConcernKey) -> String {
    format!("⚑ Flag {}", concern(c))
}

/// The card over the PID, before kickoff.
pub const THE_PID: &str = "The PID";

/// The PID with nothing written in yet.
pub const PID_EMPTY: &str = "Nothing written into the PID yet.";

/// The card over the seller's own ledger.
pub const YOUR_LEDGER: &str = "Your ledger: every promise you made";

/// The card over delivery.
pub const DELIVERY: &str = "Delivery";

/// Where delivery stands: `Week 3 of 8`.
pub fn week_of(done: u32, deadline: u32) -> String {
    format!("Week {done} of {deadline}")
}

/// The work done beside its meter: `12 of 40 person-days done`.
pub fn days_done(done: f32, planned: f32) -> String {
    format!("{done:.0} of {planned:.0} person-days done")
}

/// Delivery's running figures: `Cost so far 12,000 · overtime off · 10% of capacity on quality`.
pub fn delivery_figures(cost: f32, overtime: bool, quality_share: u8) -> String {
    format!(
        "Cost so far {} · overtime {} · {quality_share}% of capacity on quality",
        super::money(cost),
        if overtime { "on" } else { "off" }
    )
}

/// A left-out promise that surfaced in delivery.
pub fn surfaced(promise: &str, promised_by: Seat) -> String {
    format!(
        "Surprise: {} surfaced, promised by the {} and left out of the PID.",
        id_words(promise),
        seat(promised_by).to_lowercase()
    )
}

/// The heading over the retrospective forms.
pub const RETROSPECTIVE: &str = "Retrospective";

/// The card over the table's result.
pub const RESULT: &str = "Result";

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

/// A promise on the revealed ledger: `real time sync (left out of the PID)`.
pub fn revealed_promise(promise: &str, in_pid: bool) -> String {
    if in_pid {
        id_words(promise)
    } else {
        format!("{} (left out of the PID)", id_words(promise))
    }
}

/// The two seats as a hot seat's curtain names them, seller first: `the seller`, `the delivery lead`.
pub fn curtain_names() -> [String; 2] {
    [Seat::Seller, Seat::DeliveryLead].map(|s| format!("the {}", super::workshop::seat_name(s)))
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

/// A re-baselining meeting's cost on a workshop seat: `Patient portal: Re-baselining: …`.
pub fn rebaseline_line(c: &crate::engine::view::RebaselineCostView) -> String {
    let repriced = c.repriced.as_deref().map(id_words);
    format!(
        "{}: {}",
        id_words(&c.promise),
        super::table::rebaseline_cost(repriced.as_deref(), c.trust_cost, c.commission_share)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seat_reads_its_figures_as_before() {
        assert_eq!(timer("Stage", 245), "Stage 4:05");
        assert_eq!(week_of(3, 8), "Week 3 of 8");
        assert_eq!(days_done(12.4, 40.0), "12 of 40 person-days done");
        assert_eq!(
            delivery_figures(12000.0, false, 10),
            "Cost so far 12,000 · overtime off · 10% of capacity on quality"
        );
        assert_eq!(
            surfaced("real_time_sync", Seat::DeliveryLead),
            "Surprise: real time sync surfaced, promised by the delivery lead and left out of the PID."
        );
        assert_eq!(
            revealed_promise("real_time_sync", false),
            "real time sync (left out of the PID)"
        );
        assert_eq!(revealed_promise("real_time_sync", true), "real time sync");
        assert_eq!(result_line(Some(false)), "The deal was lost.");
        assert_eq!(curtain_names(), ["the seller", "the delivery lead"]);
    }
}
