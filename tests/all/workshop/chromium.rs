//! The browser seat in real headless Chromium (Debian's `chromium`), driven over the DevTools
//! protocol with a few calls of our own (a WebSocket, JSON): a browser seller joins from the
//! join page and plays a whole table with a game delivery lead, by clicks and by number keys
//! and Enter, to the retrospective; then two browser seats play a table and the seller's page is
//! reloaded mid-meeting and gets its seat back from the token kept in `localStorage`. Every page
//! the browser shows is checked for ids and for what its seat must not know. Skips without
//! Chromium unless `OVERPROMISE_REQUIRE_CHROMIUM` is set (CI sets it). With
//! `OVERPROMISE_SEAT_SHOTS=DIR` it keeps screenshots at 390×844 and 1280×800.

use std::io::BufRead;
use std::path::Path;

use super::board::chromium;
use super::browser::{assert_no_ids, button_of, hidden_titles};
use super::*;
use serde_json::{Value, json};

/// A headless Chromium and its DevTools connection.
struct Cdp {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    id: u64,
    child: std::process::Child,
    _profile: tempfile::TempDir,
}

impl Drop for Cdp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Cdp {
    async fn launch(browser: &Path) -> Cdp {
        let profile = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-port=0",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stderr(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if let Some(url) = line.strip_prefix("DevTools listening on ") {
                    let _ = tx.send(url.trim().to_owned());
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("chromium prints its DevTools address");
        let (ws, _) = connect_async(url.as_str())
            .await
            .expect("DevTools connects");
        Cdp {
            ws,
            id: 0,
            child,
            _profile: profile,
        }
    }

    async fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        // An evaluation that meets a page navigating (a join form handing over to the seat, a
        // reload) is asked again of the new page, as a person would look again.
        for _ in 0..100 {
            match self.call_once(session, method, params.clone()).await {
                Err(e) if method == "Runtime.evaluate" && e.contains("navigated or closed") => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("{method}: {e}"),
                Ok(v) => return v,
            }
        }
        panic!("{method}: the page never settled");
    }

    async fn call_once(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<Value, String> {
        self.id += 1;
        let mut msg = json!({"id": self.id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(Message::Text(msg.to_string().into()))
            .await
            .unwrap();
        loop {
            let m = tokio::time::timeout(Duration::from_secs(30), self.ws.next())
                .await
                .expect("DevTools answers")
                .expect("DevTools open")
                .expect("a message");
            let Message::Text(t) = m else { continue };
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            if v["id"] == json!(self.id) {
                return match v.get("error") {
                    Some(e) => Err(e.to_string()),
                    None => Ok(v["result"].clone()),
                };
            }
        }
    }

    /// Opens a tab at `url`; its session.
    async fn open(&mut self, url: &str) -> String {
        let t = self
            .call(None, "Target.createTarget", json!({"url": url}))
            .await;
        let s = self
            .call(
                None,
                "Target.attachToTarget",
                json!({"targetId": t["targetId"], "flatten": true}),
            )
            .await;
        s["sessionId"].as_str().unwrap().to_owned()
    }

    async fn eval(&mut self, tab: &str, expr: &str) -> Value {
        let r = self
            .call(
                Some(tab),
                "Runtime.evaluate",
                json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
            )
            .await;
        assert!(r.get("exceptionDetails").is_none(), "{expr}: {r}");
        r["result"]["value"].clone()
    }

    /// axe-core (vendored, tests/axe) run on the tab's page: the serious and critical WCAG
    /// violations, each as `rule: where`.
    async fn axe(&mut self, tab: &str) -> Vec<String> {
        if self.eval(tab, "typeof axe === 'undefined'").await == json!(true) {
            let src = include_str!("../../axe/axe.min.js");
            let _ = self
                .call(
                    Some(tab),
                    "Runtime.evaluate",
                    json!({"expression": src, "returnByValue": true}),
                )
                .await;
        }
        let v = self
            .eval(
                tab,
                "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})\
                 .then(r => r.violations\
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')\
                 .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))",
            )
            .await;
        serde_json::from_value(v).unwrap_or_default()
    }

    /// Runs axe-core on the tab's page once per kind of page (named by its first heading) and
    /// records what it found under that kind.
    async fn audit(&mut self, tab: &str, audited: &mut Vec<(String, Vec<String>)>) {
        let kind = self
            .eval(
                tab,
                "document.querySelector('main h1, main h2')?.textContent ?? ''",
            )
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if audited.iter().any(|(k, _)| *k == kind) {
            return;
        }
        let found = self.axe(tab).await;
        audited.push((kind, found));
    }

    /// Waits (up to 10 s) until `expr` is true in the tab.
    async fn wait(&mut self, tab: &str, expr: &str) {
        let by = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let test = format!(
                "(() => {{ try {{ return !!({expr}); }} catch (e) {{ return false; }} }})()"
            );
            if self.eval(tab, &test).await == json!(true) {
                return;
            }
            let html = self.eval(tab, "document.body?.innerHTML").await;
            assert!(tokio::time::Instant::now() < by, "never {expr}: {html}");
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
    }

    async fn version(&mut self, tab: &str, v: u64) {
        self.wait(
            tab,
            &format!("document.getElementById('page')?.dataset.version === '{v}'"),
        )
        .await;
    }

    /// A key pressed and let go.
    async fn key(&mut self, tab: &str, key: &str) {
        let (text, code) = match key {
            "Enter" => ("\r", 13),
            k => (k, k.as_bytes()[0] as u32),
        };
        for kind in ["keyDown", "keyUp"] {
            self.call(
                Some(tab),
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "text": if kind == "keyDown" { text } else { "" },
                       "windowsVirtualKeyCode": code}),
            )
            .await;
        }
    }

    /// Keeps a screenshot of the tab at `w`×`h` in `OVERPROMISE_SEAT_SHOTS`, when set.
    async fn shot(&mut self, tab: &str, name: &str) {
        let Some(dir) = std::env::var_os("OVERPROMISE_SEAT_SHOTS") else {
            return;
        };
        self.eval(tab, "document.activeElement?.blur(); window.scrollTo(0, 0)")
            .await;
        for (w, h) in [(390, 844), (1280, 800)] {
            self.call(
                Some(tab),
                "Emulation.setDeviceMetricsOverride",
                json!({"width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 500}),
            )
            .await;
            let r = self
                .call(
                    Some(tab),
                    "Page.captureScreenshot",
                    json!({"format": "png"}),
                )
                .await;
            let png = base64(r["data"].as_str().unwrap());
            assert!(png.starts_with(b"\x89PNG"));
            std::fs::write(Path::new(&dir).join(format!("{name}-{w}x{h}.png")), png).unwrap();
        }
    }
}

fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|c| *c != b'=').map(val).collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

/// Chromium, or `None` (with the reason printed) where it may be missing.
fn chromium_or_skip() -> Option<std::path::PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("OVERPROMISE_REQUIRE_CHROMIUM").is_none(),
            "no chromium on PATH: run scripts/install-deps.sh"
        );
        eprintln!("SKIPPED: no chromium on PATH (scripts/install-deps.sh installs it)");
    }
    found
}

fn seat_url(h: &HostHandle, table: &str, seat: &str) -> String {
    format!(
        "http://{}/seat?room={}&table={table}&seat={seat}",
        h.addr(),
        CODE.to_lowercase()
    )
}

#[test]
fn a_chromium_seller_and_a_game_delivery_lead_play_to_the_retrospective() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let h = start("01_first_client", None);
    let (actions, expected) = script_actions("01_first_client", "two.careful");
    let s = expected.scenario_arc().clone();
    rt().block_on(async {
        let mut cdp = Cdp::launch(&browser).await;
        let tab = cdp.open(&h.join_url()).await;
        cdp.wait(&tab, "document.getElementById('room')").await;
        cdp.shot(&tab, "join").await;
        // axe-core on the join page, then on each kind of page the seat shows (the meeting, the
        // PID and its review, delivery, the debrief): no serious or critical violation.
        let mut audited = Vec::new();
        audited.push(("join".to_owned(), cdp.axe(&tab).await));
        // The audit can fail: a button with no name is a critical violation.
        cdp.eval(
            &tab,
            "document.body.insertAdjacentHTML('beforeend', '<button id=\"nameless\"></button>')",
        )
        .await;
        let bad = cdp.axe(&tab).await;
        assert!(bad.iter().any(|v| v.starts_with("button-name")), "{bad:?}");
        cdp.eval(&tab, "document.getElementById('nameless').remove()")
            .await;
        let join = cdp.eval(&tab, "document.documentElement.outerHTML").await;
        assert_no_ids(&s, join.as_str().unwrap());
        cdp.eval(
            &tab,
            &format!(
                "document.getElementById('room').value = '{}'; \
                 document.getElementById('table').value = 'Mixed'; \
                 document.getElementById('seat').value = 'seller'; \
                 document.querySelector('form').submit()",
                CODE.to_lowercase()
            ),
        )
        .await;
        cdp.version(&tab, 0).await;
        let (mut lead, _) =
            Device::join(&h.ws_url(), "Mixed", SeatChoice::DeliveryLead, None).await;
        let mut mirror = Session::with_mode(s.clone(), expected.seed(), expected.mode());
        let (mut by_key, mut shot) = (0, false);
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            match seat {
                Seat::Seller => {
                    cdp.version(&tab, i as u64).await;
                    let n = button_of(&mirror, SeatChoice::Seller, Seat::Seller, key);
                    if !shot
                        && cdp
                            .eval(&tab, "!!document.querySelector('blockquote')")
                            .await
                            == json!(true)
                    {
                        // The client's portrait is the game's picture, served by the host.
                        cdp.wait(
                            &tab,
                            "[...document.querySelectorAll('img.face')].some(i => i.complete && i.naturalWidth > 0)",
                        )
                        .await;
                        cdp.shot(&tab, "meeting").await;
                        shot = true;
                    }
                    if n <= 9 && i % 2 == 0 {
                        // Number key, then Enter: the keys the game takes.
                        cdp.key(&tab, &n.to_string()).await;
                        cdp.wait(
                            &tab,
                            &format!("document.activeElement?.dataset.n === '{n}'"),
                        )
                        .await;
                        cdp.key(&tab, "Enter").await;
                        by_key += 1;
                    } else {
                        cdp.eval(
                            &tab,
                            &format!("document.querySelector('button[data-n=\"{n}\"]').click()"),
                        )
                        .await;
                    }
                }
                Seat::DeliveryLead => {
                    lead.decide(seq, key.clone()).await;
                    assert_eq!(lead.answer(seq).await, Ok(seq), "decision {seq}");
                }
            }
            cdp.version(&tab, seq).await;
            cdp.audit(&tab, &mut audited).await;
            mirror
                .apply_as(*seat, mirror.resolve_key(key).unwrap())
                .unwrap();
            let html = cdp.eval(&tab, "document.documentElement.outerHTML").await;
            assert_no_ids(&s, html.as_str().unwrap());
        }
        assert!(
            by_key > 0 && shot,
            "keys used {by_key}, meeting seen {shot}"
        );
        cdp.wait(&tab, "document.querySelector('form.retro')").await;
        // The whole debrief (the report: pacing chart, moments, rubric) in its frame.
        cdp.wait(
            &tab,
            "document.querySelector('iframe.report')?.contentDocument?.querySelector('svg.chart') != null",
        )
        .await;
        cdp.shot(&tab, "debrief").await;
        audited.push(("debrief".to_owned(), cdp.axe(&tab).await));
        eprintln!(
            "axe-core audited: {:?}",
            audited.iter().map(|(k, _)| k).collect::<Vec<_>>()
        );
        assert!(audited.len() >= 5, "pages audited: {audited:?}");
        for (kind, found) in &audited {
            assert!(found.is_empty(), "axe-core on the {kind} page: {found:?}");
        }
        cdp.eval(
            &tab,
            "const f = document.querySelector('form.retro'); \
             f.went_wrong.value = 'I promised a date in the browser'; \
             f.needed.value = 'the team at the second meeting'; \
             f.querySelector('button').click()",
        )
        .await;
        lead.send(&ClientMsg::Retrospective {
            seat: None,
            went_wrong: "The PID left it out".into(),
            needed: "the ledger".into(),
        })
        .await;
        let by = tokio::time::Instant::now() + Duration::from_secs(10);
        while h.workshop().board().retros.len() < 2 {
            assert!(
                tokio::time::Instant::now() < by,
                "the retrospectives arrive"
            );
            tokio::time::sleep(Duration::from_millis(30)).await;
        }
        let board = h.workshop().board();
        assert!(
            board
                .retros
                .iter()
                .any(|r| r.went_wrong == "I promised a date in the browser"),
            "{:?}",
            board.retros
        );
    });
}

#[test]
fn two_chromium_seats_play_a_table_and_a_reload_mid_meeting_keeps_the_seat() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let h = start("01_first_client", None);
    let (actions, expected) = script_actions("01_first_client", "two.overpromise");
    let s = expected.scenario_arc().clone();
    rt().block_on(async {
        let mut cdp = Cdp::launch(&browser).await;
        let seller = cdp.open(&seat_url(&h, "Web", "seller")).await;
        cdp.version(&seller, 0).await;
        let lead = cdp.open(&seat_url(&h, "Web", "delivery_lead")).await;
        cdp.version(&lead, 0).await;
        let mut mirror = Session::with_mode(s.clone(), expected.seed(), expected.mode());
        let mut reloaded = false;
        let mut audited: Vec<(String, Vec<String>)> = Vec::new();
        for (i, (seat, key)) in actions.iter().enumerate() {
            let seq = i as u64 + 1;
            let (tab, choice) = match seat {
                Seat::Seller => (&seller, SeatChoice::Seller),
                Seat::DeliveryLead => (&lead, SeatChoice::DeliveryLead),
            };
            cdp.version(tab, i as u64).await;
            if !reloaded
                && *seat == Seat::Seller
                && cdp
                    .eval(tab, "!!document.querySelector('blockquote')")
                    .await
                    == json!(true)
            {
                // Mid-meeting, the seller's page is reloaded: the token in localStorage
                // takes the seat back.
                cdp.call(Some(tab), "Page.reload", json!({})).await;
                cdp.version(tab, i as u64).await;
                let notice = cdp
                    .eval(tab, "document.getElementById('notice').hidden")
                    .await;
                assert_eq!(notice, json!(true), "no error after the reload");
                reloaded = true;
            }
            let n = button_of(&mirror, choice, *seat, key);
            cdp.eval(
                tab,
                &format!("document.querySelector('button[data-n=\"{n}\"]').click()"),
            )
            .await;
            cdp.version(&seller, seq).await;
            cdp.version(&lead, seq).await;
            mirror
                .apply_as(*seat, mirror.resolve_key(key).unwrap())
                .unwrap();
            // axe-core on each kind of page the delivery lead's seat shows (the meeting they
            // sit in, the PID review, delivery, the debrief).
            cdp.audit(&lead, &mut audited).await;
            let hidden = hidden_titles(&mirror);
            let page = cdp.eval(&lead, "document.documentElement.outerHTML").await;
            let page = page.as_str().unwrap();
            assert_no_ids(&s, page);
            for t in &hidden {
                assert!(!page.contains(t.as_str()), "{t} leaked at {seq}: {page}");
            }
        }
        assert!(reloaded, "the seller's page was reloaded in a meeting");
        assert!(mirror.is_over());
        eprintln!(
            "axe-core audited the lead's: {:?}",
            audited.iter().map(|(k, _)| k).collect::<Vec<_>>()
        );
        assert!(audited.len() >= 4, "pages audited: {audited:?}");
        for (kind, found) in &audited {
            assert!(found.is_empty(), "axe-core on the {kind} page: {found:?}");
        }
    });
    assert_eq!(decisions(&h, "Web"), actions.len() as u32);
}

#[test]
fn the_console_in_chromium_pauses_broadcasts_and_passes_axe() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let h = start("01_first_client", None);
    let console = h.console_url().expect("a facilitator key");
    let say = |s: &str| serde_json::to_string(s).unwrap();
    rt().block_on(async {
        // A table whose seller's laptop dropped: its row has a "Free" button.
        let (seller, _) = Device::join(&h.ws_url(), "Table 3", SeatChoice::Seller, None).await;
        drop(seller);
        let mut cdp = Cdp::launch(&browser).await;
        // Without the key: the refusal, accessible too.
        let refused = cdp
            .open(&format!("http://{}/console?key=nope", h.addr()))
            .await;
        cdp.wait(&refused, "document.getElementById('key')").await;
        let found = cdp.axe(&refused).await;
        assert!(found.is_empty(), "axe-core on the refusal: {found:?}");
        let tab = cdp.open(&console).await;
        cdp.wait(
            &tab,
            "document.querySelector('#live-tables li.bad button[data-control]')",
        )
        .await;
        cdp.shot(&tab, "console").await;
        let found = cdp.axe(&tab).await;
        assert!(found.is_empty(), "axe-core on the console: {found:?}");
        // Pause from the keyboard's button: the label turns, the focus stays on it.
        cdp.eval(
            &tab,
            "document.getElementById('c-pause').focus(); document.getElementById('c-pause').click()",
        )
        .await;
        cdp.wait(
            &tab,
            &format!(
                "document.getElementById('c-pause').textContent === {}",
                say(&overpromise::wording::console::pause_button(true))
            ),
        )
        .await;
        assert!(h.workshop().console().paused);
        let focused = cdp.eval(&tab, "document.activeElement.id").await;
        assert_eq!(focused, json!("c-pause"));
        // Broadcast and a timer from the forms.
        cdp.eval(
            &tab,
            "document.getElementById('broadcast').value = 'Five minutes left';\
             document.getElementById('broadcast-form').requestSubmit();\
             document.getElementById('minutes').value = '3';\
             document.getElementById('timer-form').requestSubmit()",
        )
        .await;
        cdp.wait(
            &tab,
            "document.getElementById('live-controls').textContent.includes('Five minutes left')",
        )
        .await;
        cdp.wait(
            &tab,
            "document.getElementById('c-stop') && !document.getElementById('notice').hidden",
        )
        .await;
        let t = h.workshop().console().timer.expect("the timer runs");
        assert!((170..=180).contains(&t.seconds_left), "{t:?}");
        let found = cdp.axe(&tab).await;
        assert!(found.is_empty(), "axe-core on the running console: {found:?}");
        // Free the dropped seat from its row.
        cdp.eval(
            &tab,
            "document.querySelector('#live-tables li.bad button[data-control]').click()",
        )
        .await;
        cdp.wait(
            &tab,
            "!document.querySelector('#live-tables li.bad button[data-control]')",
        )
        .await;
        assert!(h.workshop().console().tables[0].devices.is_empty());
    });
}
