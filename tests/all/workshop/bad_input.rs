//! Who gets in and what is refused: wrong room codes, versions, malformed, oversized,
//! out-of-turn and wrong-role messages, and a host without a room code.

use super::*;

#[test]
fn wrong_room_codes_are_refused_and_slowed_down_and_versions_are_checked() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    rt().block_on(async {
        let mut d = Device::connect(&url).await;
        let hello = |room: &str, protocol: u32| ClientMsg::Hello {
            protocol,
            room: room.into(),
            table: "East".into(),
            seat: SeatChoice::Seller,
            token: None,
        };
        d.send(&hello("WRONG1", PROTOCOL)).await;
        assert_eq!(d.error().await, ErrorCode::WrongRoom);
        // Right away, even the right code waits.
        d.send(&hello(CODE, PROTOCOL)).await;
        let wait = match d.error().await {
            ErrorCode::SlowDown { retry_after_ms } => retry_after_ms,
            other => panic!("{other:?}"),
        };
        assert!(wait <= host::BACKOFF_START.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(wait + 20)).await;
        d.send(&hello(CODE, PROTOCOL)).await;
        assert!(matches!(d.next().await, HostMsg::Welcome { .. }));

        let mut new = Device::connect(&url).await;
        new.send(&hello(CODE, PROTOCOL + 1)).await;
        assert_eq!(
            new.error().await,
            ErrorCode::ProtocolTooNew { host: PROTOCOL }
        );
        let mut old = Device::connect(&url).await;
        old.send(&hello(CODE, 0)).await;
        assert_eq!(
            old.error().await,
            ErrorCode::ProtocolTooOld { host: PROTOCOL }
        );
    });
    assert_eq!(h.workshop().console().tables.len(), 1);
}

#[test]
fn bad_messages_get_an_error_and_change_nothing() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let (actions, _) = script_actions("01_first_client", "two.careful");
    rt().block_on(async {
        let (mut seller, seller_token) = Device::join(&url, "West", SeatChoice::Seller, None).await;
        let (mut lead, _) = Device::join(&url, "West", SeatChoice::DeliveryLead, None).await;
        let (mut other, _) = Device::join(&url, "Elsewhere", SeatChoice::Seller, None).await;
        // Before a hello: nothing but a hello.
        let mut fresh = Device::connect(&url).await;
        fresh.decide(1, actions[0].1.clone()).await;
        assert_eq!(fresh.error().await, ErrorCode::NotJoined);

        // Malformed, unknown fields, oversized.
        seller.send_text("{not json".into()).await;
        assert_eq!(seller.error().await, ErrorCode::Malformed);
        seller
            .send_text(
                r#"{"type":"decision","seq":1,"action":{"do":"choose","answer":"x"},"extra":1}"#
                    .into(),
            )
            .await;
        assert_eq!(seller.error().await, ErrorCode::Malformed);
        seller
            .send_text(format!(
                r#"{{"type":"ping","nonce":1,"pad":"{}"}}"#,
                "x".repeat(MAX_MESSAGE_BYTES)
            ))
            .await;
        assert!(matches!(seller.error().await, ErrorCode::TooLarge { .. }));
        // An id the scenario does not have.
        seller
            .decide(
                1,
                ActionKey::Choose {
                    answer: "no_such".into(),
                },
            )
            .await;
        assert_eq!(seller.answer(1).await, Err(ErrorCode::UnknownId));
        // The seller's first decision taken by the delivery lead: another seat's.
        assert_eq!(actions[0].0, Seat::Seller);
        lead.decide(1, actions[0].1.clone()).await;
        assert_eq!(lead.answer(1).await, Err(ErrorCode::WrongSeat));
        // A delivery decision during sales: out of turn.
        lead.decide(2, ActionKey::EndWeek).await;
        assert_eq!(lead.answer(2).await, Err(ErrorCode::NotYourTurn));
        // A legal seat, an illegal action.
        seller.decide(2, ActionKey::SubmitPid).await;
        assert_eq!(seller.answer(2).await, Err(ErrorCode::Illegal));
        // Controls are the facilitator's.
        seller
            .send(&ClientMsg::Control {
                control: Control::Pause,
            })
            .await;
        assert_eq!(seller.error().await, ErrorCode::NotFacilitator);
        // Another table's seat cannot be taken with this table's token.
        let mut thief = Device::connect(&url).await;
        let reply = thief
            .hello("Elsewhere", SeatChoice::Seller, Some(seller_token.clone()))
            .await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::BadToken,
                ..
            }
        ));
        // Nor taken without a token.
        let mut second = Device::connect(&url).await;
        let reply = second.hello("West", SeatChoice::Seller, None).await;
        assert!(matches!(
            reply,
            HostMsg::Error {
                code: ErrorCode::SeatTaken,
                ..
            }
        ));
        assert_eq!(decisions(&h, "West"), 0, "nothing changed");
        assert_eq!(decisions(&h, "Elsewhere"), 0);

        // A decision at one table changes only that table.
        other.decide(1, actions[0].1.clone()).await;
        assert_eq!(other.answer(1).await, Ok(1));
        assert_eq!(decisions(&h, "West"), 0);
        assert_eq!(decisions(&h, "Elsewhere"), 1);
    });
}

#[test]
fn the_host_refuses_to_start_without_a_room_code() {
    let s = level("01_first_client");
    let err = host::spawn(HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: "  ".into(),
        seed: 1,
        scenario: s,
        data: None,
    })
    .unwrap_err();
    assert_eq!(err, host::StartError::NoCode);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = overpromise::cli::run(["overpromise", "host", "--headless"], &mut out, &mut err);
    assert_eq!(code, overpromise::cli::EXIT_INVALID);
    assert!(String::from_utf8_lossy(&err).contains("room code"));
}

#[test]
fn every_complete_example_in_the_protocol_document_parses() {
    let doc = std::fs::read_to_string(root().join("docs/protocol.md")).unwrap();
    let mut in_json = false;
    let mut checked = 0;
    for (n, line) in doc.lines().enumerate() {
        if line.starts_with("```") {
            in_json = line == "```json";
            continue;
        }
        if !in_json || line.contains('…') || line.contains("...") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let client = ["hello", "decision", "retrospective", "control", "ping"]
            .contains(&v["type"].as_str().unwrap_or(""));
        let ok = if client {
            overpromise::workshop::protocol::read_client_msg(line)
                .map(|_| ())
                .map_err(|e| e.detail)
        } else {
            serde_json::from_str::<HostMsg>(line)
                .map(|_| ())
                .map_err(|e| e.to_string())
        };
        assert!(ok.is_ok(), "docs/protocol.md line {}: {ok:?}", n + 1);
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} examples");
}
