//! Words for a remote seat in a workshop: what delivery notes about an answer, a flag that reached
//! the seller, why a seat waits, a pushed event. The game's remote screens and the console use them.

use crate::engine::Seat;
use crate::engine::facilitator::PushedEvent;
use crate::engine::view::PhaseView;
use crate::tr;

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
            meeting.map_or_else(|| tr!("remote-waiting-before-meeting"), str::to_owned),
            tr!("remote-waiting-invite", seller = seller),
        ),
        (PhaseView::Beat(..), Seat::DeliveryLead) => (
            meeting.map_or_else(|| tr!("remote-waiting-a-meeting"), str::to_owned),
            tr!("remote-waiting-beat", seller = seller),
        ),
        (PhaseView::Handoff, Seat::DeliveryLead) => (
            tr!("remote-waiting-handoff-heading"),
            tr!("remote-waiting-handoff", seller = seller),
        ),
        (PhaseView::Review, Seat::Seller) => (
            tr!("remote-waiting-review-heading"),
            tr!("remote-waiting-review", lead = lead),
        ),
        (PhaseView::Delivery, Seat::Seller) => (
            tr!("remote-waiting-delivery-heading"),
            tr!("remote-waiting-delivery", lead = lead),
        ),
        (PhaseView::Over, _) => (
            tr!("remote-waiting-over-heading"),
            tr!("remote-waiting-over"),
        ),
        _ => (tr!("remote-waiting-heading"), tr!("remote-waiting-other")),
    }
}

/// A facilitator's pushed event, as the table hears it.
pub fn pushed_event(e: &PushedEvent) -> String {
    match e {
        PushedEvent::ClientEscalates => tr!("remote-pushed-client-escalates"),
    }
}

/// A pushed event's name on the console's button.
pub fn pushed_name(e: &PushedEvent) -> String {
    match e {
        PushedEvent::ClientEscalates => tr!("remote-pushed-name-client-escalates"),
    }
}

/// Where the table stands, in a few words.
pub fn phase_line(p: &PhaseView, meeting: Option<&str>) -> String {
    let m = meeting.unwrap_or_default();
    match p {
        PhaseView::Plan => tr!("remote-phase-plan"),
        PhaseView::Invite(_) => tr!("remote-phase-invite", meeting = m),
        PhaseView::Beat(..) => tr!("remote-phase-beat", meeting = m),
        PhaseView::Handoff => tr!("remote-phase-handoff"),
        PhaseView::Review => tr!("remote-phase-review"),
        PhaseView::Delivery => tr!("remote-phase-delivery"),
        PhaseView::Over => tr!("remote-phase-over"),
    }
}

/// Above the retrospective form on a workshop device.
pub fn retro_invitation() -> String {
    tr!("remote-retro-invitation")
}

// ---- the seat's screen --------------------------------------------------------------------

/// The briefing's button back to the seat's screen.
pub fn back_to_table() -> String {
    tr!("remote-back-to-table")
}

/// The seat bar's button that opens the briefing.
pub fn briefing() -> String {
    tr!("remote-briefing")
}

/// The seat screen's title before the host has named the scenario.
pub fn workshop() -> String {
    tr!("remote-workshop")
}

/// The line under the seat's title: `Seller · table Table 3 · Connected`.
pub fn seat_subtitle(seat: &str, table: &str, link: &str) -> String {
    tr!(
        "remote-seat-subtitle",
        seat = seat,
        table = table,
        link = link
    )
}

/// The stage timer, on the seat and the console: `Stage 4:05`.
pub fn timer(label: &str, seconds_left: u32) -> String {
    tr!(
        "remote-timer",
        label = label,
        minutes = (seconds_left / 60).to_string(),
        seconds = format!("{:02}", seconds_left % 60)
    )
}

/// The chip while the workshop is paused.
pub fn paused() -> String {
    tr!("remote-paused")
}

/// The chip while a decision is on its way to the host.
pub fn sending() -> String {
    tr!("remote-sending")
}

/// The seat's way out.
pub fn leave() -> String {
    tr!("remote-leave")
}

/// The question the leave button asks before leaving.
pub fn leave_sure() -> String {
    tr!("remote-leave-sure")
}

/// Yes, leave.
pub fn leave_yes() -> String {
    tr!("remote-leave-yes")
}

/// No, stay.
pub fn stay() -> String {
    tr!("remote-stay")
}

/// The partner's notice when the facilitator freed a seat of the table (`seats`: the engine
/// seats it held, both for a hot seat).
pub fn seat_freed(seats: &[crate::engine::Seat]) -> String {
    match seats {
        [crate::engine::Seat::Seller] => tr!("remote-seat-freed-seller"),
        [crate::engine::Seat::DeliveryLead] => tr!("remote-seat-freed-delivery-lead"),
        _ => tr!("remote-seat-freed"),
    }
}

/// The facilitator's broadcast, on the seat's banner.
pub fn broadcast(text: &str) -> String {
    tr!("remote-broadcast", text = text)
}

/// The gate holds this table before delivery.
pub fn gate_closed() -> String {
    tr!("remote-gate-closed")
}

/// The seat before the host's first view.
pub fn joining() -> String {
    tr!("remote-joining")
}

/// The card over a link that stopped for good.
pub fn not_connected() -> String {
    tr!("remote-not-connected")
}

/// The way back from a link that stopped for good.
pub fn back_to_join() -> String {
    tr!("remote-back-to-join")
}

/// The heading over the retrospective forms.
pub fn retrospective() -> String {
    tr!("remote-retrospective")
}

/// The result in one line (`None`: the host did not say).
pub fn result_line(won: Option<bool>) -> String {
    match won {
        Some(true) => tr!("remote-result-won"),
        Some(false) => tr!("remote-result-lost"),
        None => tr!("remote-result-over"),
    }
}

/// The seller's commission, on the result.
pub fn commission(c: f32) -> String {
    tr!("remote-commission", commission = super::money(c))
}

/// Under the result.
pub fn see_projector() -> String {
    tr!("remote-see-projector")
}

/// The card over the seller's ledger, once the facilitator reveals it.
pub fn ledger_revealed() -> String {
    tr!("remote-ledger-revealed")
}

/// A promise on the revealed ledger: `Real-time sync (left out of the PID)`.
pub fn revealed_promise(promise: &str, in_pid: bool) -> String {
    if in_pid {
        promise.to_owned()
    } else {
        tr!("remote-left-out-of-pid", promise = promise)
    }
}

/// The link, connected and welcomed.
pub fn connected() -> String {
    tr!("remote-connected")
}

/// The link, connected and waiting for the host's welcome.
pub fn joining_link() -> String {
    tr!("remote-joining-link")
}

/// The link, connecting (the attempt counts from 1).
pub fn connecting(attempt: u32) -> String {
    if attempt <= 1 {
        tr!("remote-connecting")
    } else {
        tr!("remote-connecting-again", attempt = attempt.to_string())
    }
}

/// The link, lost and waiting to try again.
pub fn reconnecting(reason: &str, retry_in_s: f32) -> String {
    tr!(
        "remote-reconnecting",
        reason = reason,
        seconds = super::decimal(retry_in_s, 0)
    )
}

/// The seat's token could not be written to the data folder.
pub fn token_not_kept(why: &str) -> String {
    tr!("remote-token-not-kept", why = why)
}

/// What a version mismatch means for the person at the device.
pub fn version_mismatch(host: u32, ours: u32) -> String {
    let newer = host > ours;
    let (host, ours) = (host.to_string(), ours.to_string());
    if newer {
        tr!("remote-host-newer", host = host, ours = ours)
    } else {
        tr!("remote-host-older", host = host, ours = ours)
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

    #[test]
    fn the_seat_reads_german_in_german() {
        use crate::wording::i18n::{Language, with_language};
        with_language(Language::German, || {
            assert_eq!(timer("Phase", 65), "Phase 1:05");
            assert_eq!(
                revealed_promise("Echtzeit-Sync", false),
                "Echtzeit-Sync (nicht in der PID)"
            );
            assert_eq!(result_line(Some(true)), "Der Auftrag wurde gewonnen.");
            assert_eq!(
                seat_freed(&[Seat::DeliveryLead]),
                "Die Moderation hat den Platz der Projektleitung an diesem Tisch freigegeben: \
                 Ein anderer Laptop kann ihn jetzt übernehmen."
            );
        });
        assert_eq!(connecting(3), "Connecting… (attempt 3)");
        assert!(version_mismatch(9, 7).contains("update this game"));
    }
}
