//! Tables played to the class debrief: two devices, a hot seat and an observer, the gate and a
//! pushed event.

use super::*;

#[test]
fn two_devices_play_a_table_to_the_class_debrief_and_the_lead_never_sees_what_was_left_out() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let board_url = format!("http://{}/board.csv", h.addr());
    rt().block_on(async {
        let (mut seller, mut lead, expected) =
            play_table(&url, "North", "01_first_client", "two.overpromise").await;
        let (_s2, _l2, careful) = play_table(&url, "South", "01_first_client", "two.careful").await;
        // The retrospective: each seat answers from its own device, the engine records it, the
        // seller changes their mind (the last answer stands), and an observer cannot answer.
        let done = expected.actions().len() as u64;
        for (seat, words) in [
            (Seat::Seller, "I promised six weeks"),
            (Seat::DeliveryLead, "I heard of the date at the handoff"),
            (Seat::Seller, "I promised six weeks to win the quarter"),
        ] {
            let dev = if seat == Seat::Seller {
                &mut seller
            } else {
                &mut lead
            };
            dev.send(&ClientMsg::Retrospective {
                seat: None,
                went_wrong: words.into(),
                needed: "the real estimate before the meeting".into(),
            })
            .await;
        }
        let last = lead
            .until(|m| matches!(m, HostMsg::View { version, .. } if *version == done + 3))
            .await;
        let text = serde_json::to_string(&last).unwrap();
        assert!(text.contains("I heard of the date at the handoff"));
        assert!(
            !text.contains("six weeks to win"),
            "the seller's answer is theirs"
        );
        // The ledgers are on the board once the facilitator reveals them.
        h.workshop()
            .control(&Control::RevealLedgers { reveal: true })
            .unwrap();
        let board = h.workshop().board();
        let answers: Vec<(&str, Seat, &str)> = board
            .retros
            .iter()
            .map(|r| (r.table.as_str(), r.seat, r.went_wrong.as_str()))
            .collect();
        assert_eq!(
            answers,
            vec![
                (
                    "North",
                    Seat::Seller,
                    "I promised six weeks to win the quarter"
                ),
                (
                    "North",
                    Seat::DeliveryLead,
                    "I heard of the date at the handoff"
                ),
            ]
        );
        // Promise by promise: what each did is the engine's replay without it, and the tables
        // that finished without a promise are named.
        let traces = expected.debrief(true).unwrap().promises;
        for t in &traces {
            let key = &expected.scenario().promises[t.promise.ix()].key;
            let row = board
                .promises
                .iter()
                .find(|p| p.table == "North" && &p.promise == key)
                .expect("every promise of the table is on the board");
            let d = t
                .without
                .expect("a signed deal replays without each promise");
            assert_eq!(row.cost_margin, Some(-d.margin));
            assert_eq!(row.cost_weeks, Some(-d.weeks));
            // Keyed by the promise, not its words: two promises with the same words are two.
            let south_said = careful.ledger().iter().any(|e| e.promise == t.promise);
            let listed = board
                .not_promised
                .iter()
                .any(|n| &n.promise == key && n.tables == vec!["South".to_string()]);
            assert_eq!(listed, !south_said, "{key}");
        }
        assert!(board.not_promised.iter().any(|n| !n.tables.is_empty()));
        let north = board.rows.iter().find(|r| r.table == "North").unwrap();
        let o = expected.outcome().unwrap();
        assert!(north.finished);
        assert_eq!(
            north.commission, o.seller.commission,
            "the host computes the result"
        );
        assert_eq!(north.margin, o.margin);
        // Which deadline the table promised, agreed and met, and what lateness cost.
        assert_eq!(
            (north.promised_weeks, north.agreed_weeks, north.actual_weeks),
            (o.promised_weeks, o.agreed_weeks, o.actual_weeks)
        );
        assert_eq!(north.late_penalty, o.late_penalty);
        let deadlines = host::deadline_rows(&board);
        assert_eq!(deadlines.len(), 2, "both tables signed: {deadlines:?}");
        assert_eq!(north.promises_made as usize, expected.promises_made());
        let csv = host::csv(&board);
        assert!(csv.starts_with("Rank,Table,Deal,Commission"));
        assert!(csv.contains("I promised six weeks to win the quarter"));
        assert!(csv.contains("Promised to the client,Agreed by the end"));
        assert!(csv.contains("North") && csv.contains("South"));
        let page = host::html(&board, None);
        assert!(page.contains("<table id=\"tables\">") && page.contains("North"));
        assert!(board.promises.iter().any(|p| p.table == "North"));
        // The same board is served read-only.
        let served = fetch(&board_url).await;
        assert!(
            served.contains("North") && served.contains("South"),
            "{served}"
        );
    });
}

#[test]
fn the_gate_holds_delivery_until_every_table_signed_and_a_pushed_event_reaches_the_table() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    let accept = actions
        .iter()
        .position(|(_, k)| *k == ActionKey::AcceptPid)
        .expect("the careful script accepts the document");
    rt().block_on(async {
        let (mut console, _) = Device::join(&url, "", SeatChoice::Facilitator, h.facilitator_key()).await;
        let (mut seller, _) = Device::join(&url, "Ahead", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "Ahead", SeatChoice::DeliveryLead, None).await;
        // A second table that has not signed yet.
        let (_slow, _) = Device::join(&url, "Behind", SeatChoice::Seller, None).await;
        console.send(&ClientMsg::Control { control: Control::CloseGate }).await;
        lead.until(|m| matches!(m, HostMsg::Gate { closed: true, .. })).await;
        for (i, (seat, key)) in actions.iter().enumerate().take(accept + 1) {
            let seq = i as u64 + 1;
            let dev = if *seat == Seat::Seller { &mut seller } else { &mut lead };
            dev.decide(seq, key.clone()).await;
            let answer = dev.answer(seq).await;
            if i < accept {
                assert_eq!(answer, Ok(seq), "{key:?}");
            } else {
                assert_eq!(answer, Err(ErrorCode::GateClosed));
            }
        }
        let snapshot = console
            .until(|m| matches!(m, HostMsg::Console(c) if c.tables.iter().any(|t| t.table == "Ahead" && t.waiting_at_gate)))
            .await;
        assert!(matches!(snapshot, HostMsg::Console(_)));
        console
            .send(&ClientMsg::Control { control: Control::Release { table: "Ahead".into() } })
            .await;
        lead.until(|m| matches!(m, HostMsg::Gate { closed: true, released: true })).await;
        let seq = accept as u64 + 2;
        lead.decide(seq, ActionKey::AcceptPid).await;
        assert_eq!(lead.answer(seq).await, Ok(accept as u64 + 1));

        // "The client escalates", pushed to one table: logged as a change of its state.
        console
            .send(&ClientMsg::Control {
                control: Control::PushEvent {
                    table: Some("Ahead".into()),
                    event: overpromise::engine::facilitator::PushedEvent::ClientEscalates,
                },
            })
            .await;
        lead.until(|m| matches!(m, HostMsg::Pushed { .. })).await;
        let v = lead.until(|m| matches!(m, HostMsg::View { .. })).await;
        assert!(matches!(v, HostMsg::View { version, .. } if version == accept as u64 + 2));
    });
}

#[test]
fn a_hot_seat_device_plays_both_roles_of_a_two_role_table_and_an_observer_watches() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, expected) = script_actions("01_first_client", "two.careful");
    rt().block_on(async {
        let (mut both, _) = Device::join(&url, "Hot", SeatChoice::Both, None).await;
        let (mut watcher, _) = Device::join(&url, "Hot", SeatChoice::Observer, None).await;
        // A one-seat device at a hot-seat table is refused, and a hot seat at a split table.
        let mut seller = Device::connect(&url).await;
        let reply = seller.hello("Hot", SeatChoice::Seller, None).await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::WrongMode,
                ..
            }
        ));
        Device::join(&url, "Split", SeatChoice::DeliveryLead, None).await;
        let mut late = Device::connect(&url).await;
        let reply = late.hello("Split", SeatChoice::Both, None).await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::WrongMode,
                ..
            }
        ));
        watcher.decide(1, ActionKey::EndWeek).await;
        assert_eq!(watcher.answer(1).await, Err(ErrorCode::Observer));
        // A retrospective before the end: the engine's refusal comes back, nothing changes.
        both.send(&ClientMsg::Retrospective {
            seat: Some(Seat::Seller),
            went_wrong: "too early".into(),
            needed: "patience".into(),
        })
        .await;
        match both.until(|m| matches!(m, HostMsg::Refused { .. })).await {
            HostMsg::Refused {
                code: ErrorCode::Illegal,
                refusal: Some(r),
                ..
            } => assert!(r.get("WrongPhase").is_some(), "{r}"),
            other => panic!("{other:?}"),
        }
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            both.send(&ClientMsg::Decision {
                seq,
                seat: Some(*seat),
                action: key.clone(),
            })
            .await;
            assert_eq!(both.answer(seq).await, Ok(seq), "decision {seq}");
        }
        let last = both.latest_view().await;
        assert!(
            last.contains("\"DeliveryLead\"") && last.contains("\"Seller\""),
            "two views"
        );
        // The hot seat answers for each seat; without naming one it is told to.
        both.send(&ClientMsg::Retrospective {
            seat: None,
            went_wrong: "whose?".into(),
            needed: "a name".into(),
        })
        .await;
        assert!(matches!(
            both.until(|m| matches!(m, HostMsg::Refused { .. })).await,
            HostMsg::Refused {
                code: ErrorCode::Malformed,
                ..
            }
        ));
        for seat in [Seat::Seller, Seat::DeliveryLead] {
            both.send(&ClientMsg::Retrospective {
                seat: Some(seat),
                went_wrong: format!("{seat:?} answers"),
                needed: "the other one's view".into(),
            })
            .await;
        }
        let n = actions.len() as u64;
        both.until(|m| matches!(m, HostMsg::View { version, .. } if *version == n + 2))
            .await;
        let seen = watcher.latest_view().await;
        assert!(
            super::commission_figures(&seen).iter().all(|c| *c == 0.0),
            "an observer sees the delivery lead's view"
        );
    });
    let board = h.workshop().board();
    let hot = board.rows.iter().find(|r| r.table == "Hot").unwrap();
    assert_eq!(hot.margin, expected.outcome().unwrap().margin);
    let answers: Vec<&str> = board.retros.iter().map(|r| r.went_wrong.as_str()).collect();
    assert_eq!(answers, ["Seller answers", "DeliveryLead answers"]);
}

#[test]
fn revealed_ledgers_reach_the_delivery_lead_only_once_the_table_is_over() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    h.workshop()
        .control(&Control::RevealLedgers { reveal: true })
        .unwrap();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    rt().block_on(async {
        let (mut seller, _) = Device::join(&url, "Early", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "Early", SeatChoice::DeliveryLead, None).await;
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            let (me, other) = if *seat == Seat::Seller {
                (&mut seller, &mut lead)
            } else {
                (&mut lead, &mut seller)
            };
            me.decide(seq, key.clone()).await;
            assert_eq!(me.answer(seq).await, Ok(seq));
            other
                .until(|m| matches!(m, HostMsg::View { version, .. } if *version == seq))
                .await;
        }
        // Every view the lead received: the ledger only in the one that ends the table.
        let last = actions.len() as u64;
        let mut views = 0;
        for text in &lead.seen {
            if let Ok(HostMsg::View {
                version,
                revealed_ledger,
                ..
            }) = serde_json::from_str::<HostMsg>(text)
            {
                views += 1;
                assert_eq!(
                    revealed_ledger.is_some(),
                    version == last,
                    "view {version}: the ledger is revealed at the end only"
                );
            }
        }
        assert!(views > 10, "{views} views");
    });
}
