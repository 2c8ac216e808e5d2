//! Nothing lost: a dropped device rejoins, a restarted host resumes its tables and its controls.

use super::*;

#[test]
fn a_dropped_device_rejoins_its_seat_and_a_restarted_host_resumes_from_its_logs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let h = start("01_first_client", Some(data.clone()));
    let url = h.ws_url();
    let (seller_token, lead_token, before) = rt().block_on(async {
        let (mut seller, seller_token) = Device::join(&url, "Blue", SeatChoice::Seller, None).await;
        let (lead, lead_token) = Device::join(&url, "Blue", SeatChoice::DeliveryLead, None).await;
        for (i, (seat, key)) in actions.iter().take(3).enumerate() {
            assert_eq!(*seat, Seat::Seller);
            seller.decide(i as u64 + 1, key.clone()).await;
            assert_eq!(seller.answer(i as u64 + 1).await, Ok(i as u64 + 1));
        }
        let before = seller.latest_view().await;
        drop(seller);
        drop(lead);
        // The seller's device comes back with its token and finds the same state.
        let (mut back, _) =
            Device::join(&url, "Blue", SeatChoice::Seller, Some(seller_token.clone())).await;
        let view = back.until(|m| matches!(m, HostMsg::View { .. })).await;
        let after = serde_json::to_string(&view).unwrap();
        assert_eq!(strip_ack(&after), strip_ack(&before));
        // A decision sent again after the drop is not applied twice: it is stale.
        back.decide(3, actions[2].1.clone()).await;
        assert_eq!(back.answer(3).await, Err(ErrorCode::Stale { last: 3 }));
        assert_eq!(decisions(&h, "Blue"), 3);
        (seller_token, lead_token, before)
    });
    drop(h);
    // A torn line at the end of the log, as a crash mid-write leaves it.
    let log = host::log::log_path(&data, "Blue");
    let mut text = std::fs::read_to_string(&log).unwrap();
    text.push_str("{\"line\":\"action\",\"seat\":\"Sel");
    std::fs::write(&log, text).unwrap();

    let h2 = start("01_first_client", Some(data.clone()));
    assert_eq!(h2.restore_problems.len(), 1, "{:?}", h2.restore_problems);
    assert!(
        h2.restore_problems[0].contains(":7:"),
        "{:?}",
        h2.restore_problems
    );
    assert_eq!(decisions(&h2, "Blue"), 3);
    let url2 = h2.ws_url();
    rt().block_on(async {
        let (mut seller, _) =
            Device::join(&url2, "Blue", SeatChoice::Seller, Some(seller_token)).await;
        let view = seller.until(|m| matches!(m, HostMsg::View { .. })).await;
        assert_eq!(
            strip_ack(&serde_json::to_string(&view).unwrap()),
            strip_ack(&before)
        );
        let (_lead, _) =
            Device::join(&url2, "Blue", SeatChoice::DeliveryLead, Some(lead_token)).await;
        // Play goes on where it stopped; an old sequence number is not applied again.
        seller.decide(3, actions[2].1.clone()).await;
        assert_eq!(seller.answer(3).await, Err(ErrorCode::Stale { last: 3 }));
        seller.decide(4, actions[3].1.clone()).await;
        assert_eq!(seller.answer(4).await, Ok(4));
    });
    assert_eq!(decisions(&h2, "Blue"), 4);
}

#[test]
fn a_restarted_host_keeps_the_facilitators_controls_and_reports_a_damaged_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let h = start("01_first_client", Some(data.clone()));
    let url = h.ws_url();
    rt().block_on(async {
        Device::join(&url, "Blue", SeatChoice::Seller, None).await;
        Device::join(&url, "Green", SeatChoice::Seller, None).await;
    });
    let w = h.workshop();
    for c in [
        Control::Pause,
        Control::CloseGate,
        Control::Release {
            table: "Green".into(),
        },
        Control::StartTimer {
            seconds: 900,
            warn_at: 120,
            label: "Sales meetings".into(),
        },
        Control::Leaderboard { show: false },
        Control::RevealLedgers { reveal: true },
    ] {
        w.control(&c).unwrap();
    }
    let before = w.console();
    drop(h);

    let h2 = start("01_first_client", Some(data.clone()));
    assert!(h2.restore_problems.is_empty(), "{:?}", h2.restore_problems);
    let after = h2.workshop().console();
    assert!(after.paused && after.gate_closed && after.ledgers_revealed);
    assert!(!after.leaderboard_shown);
    let timer = after.timer.clone().expect("the timer runs on");
    assert_eq!(
        (timer.label.as_str(), timer.warn_at),
        ("Sales meetings", 120)
    );
    // The time the host was down counts as the stage's time.
    let was = before.timer.unwrap().seconds_left;
    assert!(timer.seconds_left <= was && timer.seconds_left + 30 >= was);
    let released: Vec<(String, bool)> = after
        .tables
        .iter()
        .map(|t| (t.table.clone(), t.released))
        .collect();
    assert_eq!(
        released,
        vec![("Blue".to_string(), false), ("Green".to_string(), true)]
    );
    // A decision on a paused workshop is still refused after the restart.
    let url2 = h2.ws_url();
    rt().block_on(async {
        let (mut seller, _) = Device::join(&url2, "Red", SeatChoice::Seller, None).await;
        let (actions, _) = script_actions("01_first_client", "two.careful");
        seller.decide(1, actions[0].1.clone()).await;
        assert_eq!(seller.answer(1).await, Err(ErrorCode::Paused));
    });
    drop(h2);

    // A damaged settings file: reported with its place, the controls start afresh, the tables
    // are all there.
    std::fs::write(
        host::settings_path(&data),
        "{\"version\": 1,\n \"paused\": tru",
    )
    .unwrap();
    let h3 = start("01_first_client", Some(data));
    assert_eq!(h3.restore_problems.len(), 1, "{:?}", h3.restore_problems);
    assert!(
        h3.restore_problems[0].contains("workshop.json:2:"),
        "{:?}",
        h3.restore_problems
    );
    let fresh = h3.workshop().console();
    assert!(!fresh.paused && !fresh.gate_closed && fresh.timer.is_none());
    assert_eq!(fresh.tables.len(), 3);
}

/// A new table's log is made (a file, its folder and its first line, each flushed) under that
/// table's own lock: while the disk is slow for one new table, every other table goes on. The
/// slow disk here is a named pipe where the new table's log would go: the host's read of it
/// waits until the test writes, so the host is held mid-way through making that log.
#[cfg(unix)]
#[test]
fn a_new_tables_log_being_made_holds_up_no_other_table() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let h = start("01_first_client", Some(data.clone()));
    let url = h.ws_url();
    let fifo = host::log::log_path(&data, "Slow");
    std::fs::create_dir_all(fifo.parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    rt().block_on(async {
        let (mut fast, _) = Device::join(&url, "Fast", SeatChoice::Seller, None).await;
        let mut slow = Device::connect(&url).await;
        slow.send(&ClientMsg::Hello {
            protocol: PROTOCOL,
            room: CODE.into(),
            table: "Slow".into(),
            seat: SeatChoice::Seller,
            token: None,
        })
        .await;
        // Opening the pipe to write returns once the host has opened it to read: from then on
        // the host is inside the new table's log, and stays there while the writer is open.
        let (held_tx, held_rx) = std::sync::mpsc::channel();
        let pipe = fifo.clone();
        std::thread::spawn(move || {
            let writer = std::fs::OpenOptions::new().write(true).open(&pipe).unwrap();
            held_tx.send(writer).unwrap();
        });
        let writer = held_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the host opens the new table's log");
        // Meanwhile another table is opened and a playing table decides.
        let (_other, _) = Device::join(&url, "Other", SeatChoice::Seller, None).await;
        fast.decide(1, actions[0].1.clone()).await;
        assert_eq!(fast.answer(1).await, Ok(1));
        // The slow disk answers: the pipe takes the first line but cannot be flushed, so the
        // table is refused (nothing of it could be kept) and its name is free again.
        drop(writer);
        let pipe = fifo.clone();
        let reader = std::thread::spawn(move || {
            let mut text = String::new();
            let mut r = std::fs::File::open(&pipe).unwrap();
            r.read_to_string(&mut text).unwrap();
            text
        });
        assert_eq!(slow.error().await, ErrorCode::Storage);
        assert!(reader.join().unwrap().contains("\"line\":\"table\""));
        std::fs::remove_file(&fifo).unwrap();
        let (_back, _) = Device::join(&url, "Slow", SeatChoice::Seller, None).await;
    });
    assert_eq!(decisions(&h, "Fast"), 1);
    assert_eq!(decisions(&h, "Slow"), 0);
}
