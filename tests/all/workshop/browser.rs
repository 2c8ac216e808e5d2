//! The browser seat over its own WebSocket (`/seat/ws`), as a browser's script speaks it: the
//! game seat's hello, then button numbers; the host sends pages. A browser seller and a game
//! delivery lead play a whole table to the retrospective; a browser delivery lead drops and takes
//! its seat back with its token; no page holds an id, a promise the lead must not know, or the
//! seller's commission. The same table in real headless Chromium is in `chromium.rs`.

use super::*;
use overpromise::engine::told::PromiseText;
use overpromise::scenario::model::{PromiseId, Scenario};
use overpromise::workshop::host::seat;
use overpromise::workshop::protocol::seat_views;

pub(super) use crate::common::ids;

/// Checks a page (or a message) a browser got: no scenario id, no Rust enum name.
pub(super) fn assert_no_ids(s: &Scenario, text: &str) {
    for k in ids(s) {
        assert!(!text.contains(&k), "the id {k} reached the browser: {text}");
    }
    for name in ["ProjectManager", "SeniorDesigner", "DeliveryLead", "Some("] {
        assert!(!text.contains(name), "{name} reached the browser: {text}");
    }
}

/// The titles of the promises the delivery lead must not know now, as a page would word them.
pub(super) fn hidden_titles(session: &Session) -> Vec<String> {
    let s = session.scenario();
    hidden_keys(session)
        .iter()
        .filter_map(|k| {
            let key = k.trim_matches('"');
            let i = s.promises.iter().position(|p| p.key == key)?;
            Some(overpromise::wording::events::promise_title(
                &PromiseText::of(s, PromiseId(i as u16)),
            ))
        })
        .collect()
}

/// The button that gives `key` to `seat`, as the host draws `choice`'s page of `session`.
pub(super) fn button_of(
    session: &Session,
    choice: SeatChoice,
    seat: Seat,
    key: &ActionKey,
) -> usize {
    let views = seat_views(session, choice, false);
    let choices = seat::choices(&views);
    choices
        .iter()
        .position(|(s, k)| *s == seat && k == key)
        .unwrap_or_else(|| panic!("{key:?} is on no button of {choices:?}"))
        + 1
}

/// A browser's script over `/seat/ws`.
pub(super) struct Browser {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// The last page's HTML.
    pub(super) page: String,
    /// The page's version (none before the first view).
    pub(super) version: Option<u64>,
    /// Every message received.
    pub(super) seen: Vec<String>,
    pub(super) seq: u64,
}

impl Browser {
    pub(super) async fn join(
        addr: std::net::SocketAddr,
        table: &str,
        seat: SeatChoice,
        token: Option<String>,
    ) -> (Browser, serde_json::Value) {
        let (ws, _) = connect_async(format!("ws://{addr}/seat/ws"))
            .await
            .expect("connects");
        let mut b = Browser {
            ws,
            page: String::new(),
            version: None,
            seen: Vec::new(),
            seq: 0,
        };
        b.send(
            serde_json::to_value(ClientMsg::Hello {
                protocol: PROTOCOL,
                room: CODE.to_lowercase(),
                table: table.into(),
                seat,
                token,
            })
            .unwrap(),
        )
        .await;
        let first = b.next().await;
        b.seq = first["last_seq"].as_u64().unwrap_or(0);
        (b, first)
    }

    pub(super) async fn send(&mut self, v: serde_json::Value) {
        self.ws
            .send(Message::Text(v.to_string().into()))
            .await
            .unwrap();
    }

    pub(super) async fn next(&mut self) -> serde_json::Value {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(10), self.ws.next())
                .await
                .expect("an answer within 10 s")
                .expect("the connection is open")
                .expect("a message");
            if let Message::Text(t) = msg {
                self.seen.push(t.to_string());
                let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
                if let Some(h) = v["html"].as_str() {
                    self.page = h.to_owned();
                    if let Some(at) = h.find("data-version=\"") {
                        let at = at + 14;
                        self.version =
                            Some(h[at..h[at..].find('"').unwrap() + at].parse().unwrap());
                    }
                }
                return v;
            }
        }
    }

    /// Waits for the page at `version`.
    pub(super) async fn until_version(&mut self, version: u64) {
        while self.version.is_none_or(|v| v < version) {
            self.next().await;
        }
    }

    /// Presses button `n` of the page shown.
    pub(super) async fn pick(&mut self, n: usize) {
        self.seq += 1;
        let (seq, version) = (self.seq, self.version.unwrap_or_default());
        self.send(serde_json::json!({"type": "pick", "seq": seq, "n": n, "version": version}))
            .await;
    }
}

#[test]
fn a_browser_seller_and_a_game_delivery_lead_play_to_the_retrospective() {
    let h = start("01_first_client", None);
    let (actions, expected) = script_actions("01_first_client", "two.overpromise");
    let s = expected.scenario_arc().clone();
    rt().block_on(async {
        let (mut seller, welcome) =
            Browser::join(h.addr(), "Mixed", SeatChoice::Seller, None).await;
        assert!(welcome["token"].as_str().is_some_and(|t| !t.is_empty()));
        let (mut lead, _) =
            Device::join(&h.ws_url(), "Mixed", SeatChoice::DeliveryLead, None).await;
        let mut mirror = Session::with_mode(s.clone(), expected.seed(), expected.mode());
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            match seat {
                Seat::Seller => {
                    seller.until_version(i as u64).await;
                    let n = button_of(&mirror, SeatChoice::Seller, Seat::Seller, key);
                    assert!(
                        seller.page.contains(&format!("data-n=\"{n}\"")),
                        "button {n} is on the page: {}",
                        seller.page
                    );
                    seller.pick(n).await;
                }
                Seat::DeliveryLead => {
                    lead.decide(seq, key.clone()).await;
                    assert_eq!(lead.answer(seq).await, Ok(seq), "decision {seq}");
                }
            }
            seller.until_version(seq).await;
            mirror
                .apply_as(*seat, mirror.resolve_key(key).unwrap())
                .unwrap();
            for text in seller.seen.drain(..) {
                assert_no_ids(&s, &text);
            }
        }
        assert!(mirror.is_over());
        assert!(
            seller.page.contains("<form class=\"retro\""),
            "{}",
            seller.page
        );
        // A stale page's button is refused, and changes nothing.
        seller.seq += 1;
        let stale = serde_json::json!({"type": "pick", "seq": seller.seq, "n": 1, "version": 1});
        seller.send(stale).await;
        let refused = seller.next().await;
        assert!(
            refused["html"]
                .as_str()
                .is_some_and(|h| h.contains("no longer on the page")),
            "{refused}"
        );
        seller
            .send(serde_json::json!({"type": "retro", "r": 0,
                "went_wrong": "I sold a date nobody checked", "needed": "a call before the offer"}))
            .await;
        lead.send(&ClientMsg::Retrospective {
            seat: None,
            went_wrong: "The PID hid the promises".into(),
            needed: "the ledger".into(),
        })
        .await;
        let board = loop {
            let b = h.workshop().board();
            if b.retros.len() == 2 {
                break b;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert!(
            board
                .retros
                .iter()
                .any(|r| r.went_wrong == "I sold a date nobody checked")
        );
    });
    // Every decision, and the two retrospectives.
    assert_eq!(decisions(&h, "Mixed"), actions.len() as u32 + 2);
}

#[test]
fn a_browser_delivery_lead_takes_its_seat_back_and_never_reads_what_it_must_not() {
    let h = start("01_first_client", None);
    let (actions, expected) = script_actions("01_first_client", "two.overpromise");
    let s = expected.scenario_arc().clone();
    let commission = overpromise::wording::money(expected.outcome().unwrap().seller.commission);
    rt().block_on(async {
        let (mut seller, _) = Device::join(&h.ws_url(), "Web", SeatChoice::Seller, None).await;
        let (mut lead, welcome) =
            Browser::join(h.addr(), "Web", SeatChoice::DeliveryLead, None).await;
        let token = welcome["token"].as_str().unwrap().to_owned();
        // A second browser cannot take the seat without the token.
        let (_, taken) = Browser::join(h.addr(), "Web", SeatChoice::DeliveryLead, None).await;
        assert!(taken["error"].is_string(), "{taken}");
        let mut mirror = Session::with_mode(s.clone(), expected.seed(), expected.mode());
        let mut guarded = 0;
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            if i == 4 {
                // The tab is closed mid-meeting; the page opened again takes the seat back.
                drop(lead);
                let (back, welcome) = Browser::join(
                    h.addr(),
                    "Web",
                    SeatChoice::DeliveryLead,
                    Some(token.clone()),
                )
                .await;
                assert_eq!(welcome["token"].as_str(), Some(token.as_str()), "{welcome}");
                lead = back;
            }
            match seat {
                Seat::Seller => {
                    seller.decide(seq, key.clone()).await;
                    assert_eq!(seller.answer(seq).await, Ok(seq), "decision {seq}");
                }
                Seat::DeliveryLead => {
                    lead.until_version(i as u64).await;
                    let n = button_of(&mirror, SeatChoice::DeliveryLead, Seat::DeliveryLead, key);
                    lead.pick(n).await;
                }
            }
            lead.until_version(seq).await;
            mirror
                .apply_as(*seat, mirror.resolve_key(key).unwrap())
                .unwrap();
            let hidden = hidden_titles(&mirror);
            guarded += usize::from(!hidden.is_empty());
            for text in lead.seen.drain(..) {
                assert_no_ids(&s, &text);
                for t in &hidden {
                    assert!(!text.contains(t.as_str()), "{t} leaked at {seq}: {text}");
                }
                assert!(!text.contains(&commission), "the commission leaked: {text}");
            }
        }
        assert!(guarded > 0, "the overpromising script leaves promises out");
    });
}

#[test]
fn the_join_page_and_the_seat_page_are_served_with_their_script() {
    let h = start("01_first_client", None);
    rt().block_on(async {
        let join = fetch(&h.join_url()).await;
        assert!(join.contains("<form action=\"/seat\""), "{join}");
        for field in ["room", "table", "seat"] {
            assert!(
                join.contains(&format!("<label for=\"{field}\">")),
                "{field}: {join}"
            );
        }
        let page = fetch(&format!(
            "http://{}/seat?room=x&table=y&seat=seller",
            h.addr()
        ))
        .await;
        assert!(
            page.contains(&format!("data-protocol=\"{PROTOCOL}\"")),
            "{page}"
        );
        let js = fetch(&format!("http://{}/seat.js", h.addr())).await;
        assert!(
            js.contains("localStorage") && js.contains("text/javascript"),
            "{js}"
        );
        let css = fetch(&format!("http://{}/seat.css", h.addr())).await;
        assert!(css.contains("text/css"));
    });
}

#[test]
fn a_browser_hot_seat_lifts_its_curtain_and_an_observer_follows_without_the_ledger() {
    let h = start("01_first_client", None);
    let (actions, expected) = script_actions("01_first_client", "two.careful");
    let s = expected.scenario_arc().clone();
    let commission = overpromise::wording::money(expected.outcome().unwrap().seller.commission);
    rt().block_on(async {
        let (mut hot, _) = Browser::join(h.addr(), "Hot", SeatChoice::Both, None).await;
        let (mut watcher, _) = Browser::join(h.addr(), "Hot", SeatChoice::Observer, None).await;
        let mut mirror = Session::with_mode(s.clone(), expected.seed(), expected.mode());
        let mut curtains = 0;
        let mut shared = 0;
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            hot.until_version(i as u64).await;
            if hot.page.contains("data-lift") {
                // The curtain hides the next seat's screen until it is lifted.
                assert!(!hot.page.contains("class=\"choice\""), "{}", hot.page);
                hot.send(serde_json::json!({"type": "lift"})).await;
                hot.next().await;
                curtains += 1;
            }
            // A meeting both roles sit in shows its room once, with each role's decision.
            assert!(
                hot.page.matches("<ul class=\"room\">").count() <= 1,
                "the room twice: {}",
                hot.page
            );
            if hot.page.matches("class=\"decide\"").count() >= 2 {
                shared += 1;
            }
            let n = button_of(&mirror, SeatChoice::Both, *seat, key);
            hot.pick(n).await;
            hot.until_version(seq).await;
            watcher.until_version(seq).await;
            mirror
                .apply_as(*seat, mirror.resolve_key(key).unwrap())
                .unwrap();
            let hidden = hidden_titles(&mirror);
            for text in hot.seen.drain(..) {
                assert_no_ids(&s, &text);
            }
            for text in watcher.seen.drain(..) {
                assert_no_ids(&s, &text);
                assert!(
                    !text.contains("class=\"choice\""),
                    "an observer decides nothing"
                );
                for t in &hidden {
                    assert!(!text.contains(t.as_str()), "{t} leaked at {seq}: {text}");
                }
                assert!(!text.contains(&commission), "the commission leaked: {text}");
            }
        }
        assert!(mirror.is_over());
        assert!(
            curtains >= 2,
            "the screen passed between the seats {curtains} times"
        );
        assert!(shared > 0, "no meeting had both roles in the room");
    });
}

/// A campaign level's plan in a browser seat: the game's plan drawn on the host, every choice of
/// days, every booking and the confirmation a numbered button the host keeps; the delivery lead's
/// page shows it without a button.
#[test]
fn a_browser_seat_plans_the_campaign_with_the_games_plan() {
    use overpromise::engine::{Action, Seat, Session, TableMode, ViewOptions, Viewer};
    use overpromise::workshop::host::seat::render::{Page, view_page};
    let s = std::sync::Arc::new(
        overpromise::scenario::load_file(
            &crate::common::root().join("tests/fixtures/campaign.scenario.ron"),
        )
        .unwrap(),
    );
    let session = Session::with_mode(s, 1, TableMode::TwoRoles);
    let seller = session.view(Viewer::Seat(Seat::Seller), ViewOptions::default());
    let mut page = Page::default();
    view_page(&mut page, &seller, 0, None);
    assert!(page.html.contains("Campaign plan"), "{}", page.html);
    assert!(page.html.contains("Against the calendar"));
    let legal = session.legal_actions_as(Seat::Seller);
    let offered: Vec<_> = page.choices.iter().map(|(_, k)| k.clone()).collect();
    // Every planning action is a button, and nothing else is (walking away is not offered).
    let plan: Vec<_> = legal
        .iter()
        .filter(|a| **a != Action::WalkAway)
        .map(|a| session.action_key(a))
        .collect();
    assert_eq!(offered.len(), plan.len());
    assert!(plan.iter().all(|k| offered.contains(k)));
    assert!(offered.contains(&session.action_key(&Action::ConfirmPlan)));
    let lead = session.view(Viewer::Seat(Seat::DeliveryLead), ViewOptions::default());
    let mut page = Page::default();
    view_page(&mut page, &lead, 0, None);
    assert!(page.html.contains("Campaign plan"));
    assert!(page.choices.is_empty());
}
