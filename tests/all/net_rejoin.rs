//! A laptop whose game crashed (or was closed) takes its own seat back: the game keeps the
//! seat's token in its data folder, and carries on its decisions above the last one the host
//! applied; a seat taken by another connection stops the old one instead of fighting for it.

use std::time::{Duration, Instant};

use overpromise::game::net::client::{JoinAs, NetStatus, Workshop};
use overpromise::workshop::protocol::{ClientMsg, HostMsg, SeatChoice};
use overpromise::workshop::seats;

use crate::workshop::{CODE, script_actions, start};

fn join() -> JoinAs {
    JoinAs {
        room: CODE.to_lowercase(),
        table: "Crash".into(),
        seat: SeatChoice::Seller,
        key: None,
    }
}

/// Pumps the workshop until `done` says so (10 s at most); returns every host message seen.
fn pump_until(w: &mut Workshop, done: impl Fn(&Workshop, &[HostMsg]) -> bool) -> Vec<HostMsg> {
    let until = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while !done(w, &seen) {
        assert!(Instant::now() < until, "timed out: {:?} {seen:?}", w.status);
        seen.extend(w.pump(256));
        std::thread::sleep(Duration::from_millis(10));
    }
    seen
}

fn acked(seq: u64) -> impl Fn(&Workshop, &[HostMsg]) -> bool {
    move |_, seen| {
        seen.iter()
            .any(|m| matches!(m, HostMsg::View { ack: Some(a), .. } if *a == seq))
    }
}

#[test]
fn a_game_restarted_after_a_crash_takes_its_seat_back_from_its_data_folder() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let dir = tempfile::tempdir().unwrap();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let decision = |i: usize| ClientMsg::Decision {
        seq: 0,
        seat: None,
        action: actions[i].1.clone(),
    };
    let wake = std::sync::Arc::new(|| {});
    let mut first = Workshop::connect(&url, join(), wake.clone(), Some(dir.path())).unwrap();
    pump_until(&mut first, |w, _| w.status == NetStatus::Connected);
    let token = first.token.clone().unwrap();
    assert_eq!(
        seats::token_for(dir.path(), &url, CODE, "Crash", SeatChoice::Seller),
        Some(token.clone()),
        "kept in the data folder"
    );
    first.send(decision(0));
    pump_until(&mut first, acked(1));
    // The game dies: its link is gone without a word.
    first.leave();
    drop(first);

    // The game starts again on the same data folder and joins the same seat.
    let mut again = Workshop::connect(&url, join(), wake, Some(dir.path())).unwrap();
    pump_until(&mut again, |w, _| w.status == NetStatus::Connected);
    assert_eq!(
        again.token.as_deref(),
        Some(token.as_str()),
        "the same seat"
    );
    // Its decisions carry on above the last one applied (not refused as stale).
    again.send(decision(1));
    pump_until(&mut again, acked(2));
    let console = h.workshop().console();
    let table = console.tables.iter().find(|t| t.table == "Crash").unwrap();
    assert_eq!(table.decisions, 2);
}

#[test]
fn a_token_the_host_does_not_know_is_forgotten_and_the_seat_asked_for_afresh() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let dir = tempfile::tempdir().unwrap();
    // A token from an earlier workshop on the same address.
    seats::remember(
        dir.path(),
        &url,
        CODE,
        "Crash",
        SeatChoice::Seller,
        "0123abcd",
    )
    .unwrap();
    let mut w =
        Workshop::connect(&url, join(), std::sync::Arc::new(|| {}), Some(dir.path())).unwrap();
    pump_until(&mut w, |w, _| w.status == NetStatus::Connected);
    let token = w.token.clone().unwrap();
    assert_ne!(token, "0123abcd");
    assert_eq!(
        seats::token_for(dir.path(), &url, CODE, "Crash", SeatChoice::Seller),
        Some(token)
    );
}
