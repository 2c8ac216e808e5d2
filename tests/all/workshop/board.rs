//! The console and the class debrief board: an offline table imported, the controls, the board
//! over HTTP and in headless Chromium.

use super::*;
use overpromise::engine::{Action, RetroAnswer, TableMode};

#[test]
fn the_console_imports_an_offline_table_and_controls_the_workshop() {
    let h = start("01_first_client", None);
    let url = h.ws_url();
    let script =
        std::fs::read_to_string(root().join("tests/scripts/01_first_client.two.overpromise.ron"))
            .unwrap();
    let (_, expected) = script_actions("01_first_client", "two.overpromise");
    // A save file naming a path the host must never open.
    let s = level("01_first_client");
    let (solo, _) = start_and_run(
        s.clone(),
        s.default_seed,
        &parse_script(
            &std::fs::read_to_string(root().join("tests/scripts/01_first_client.careful.ron"))
                .unwrap(),
            "x",
        )
        .unwrap(),
    );
    let save = overpromise::saves::SaveFile {
        format: overpromise::saves::FORMAT,
        scenario_id: s.id.clone(),
        scenario_path: PathBuf::from("/nonexistent/secret.scenario.ron"),
        seed: s.default_seed,
        actions: solo.actions().to_vec(),
        support: Default::default(),
        mode: Default::default(),
        players: Vec::new(),
        assessed: None,
    };
    let save_text = ron::to_string(&save).unwrap();
    // A hot-seat game played in two roles, retrospective answered, saved on a laptop.
    let mut hot = expected.clone();
    for (seat, words) in [
        (Seat::Seller, "I sold the date"),
        (Seat::DeliveryLead, "I met the date at the review"),
    ] {
        hot.apply_as(
            seat,
            Action::Retro(seat, RetroAnswer::new(words, "a call before the offer")),
        )
        .unwrap();
    }
    let hot_text = ron::to_string(&overpromise::saves::SaveFile {
        actions: hot.actions().to_vec(),
        mode: TableMode::TwoRoles,
        ..save.clone()
    })
    .unwrap();
    rt().block_on(async {
        let (mut console, _) = Device::join(&url, "", SeatChoice::Facilitator, h.facilitator_key()).await;
        console.until(|m| matches!(m, HostMsg::Console(_))).await;
        for (table, content) in [
            ("Offline", script.clone()),
            ("Laptop", save_text.clone()),
            ("Hot seat", hot_text.clone()),
        ] {
            console
                .send(&ClientMsg::Control {
                    control: Control::Import {
                        table: table.into(),
                        content,
                    },
                })
                .await;
            let snap = console
                .until(|m| matches!(m, HostMsg::Console(c) if c.tables.iter().any(|t| t.table == table)))
                .await;
            let HostMsg::Console(c) = snap else { unreachable!() };
            assert!(c.tables.iter().find(|t| t.table == table).unwrap().imported);
        }
        // A damaged file is refused with its place.
        console
            .send(&ClientMsg::Control {
                control: Control::Import {
                    table: "Broken".into(),
                    content: "Script(steps: [Seller(Choose(\"nope\"))])".into(),
                },
            })
            .await;
        assert_eq!(console.error().await, ErrorCode::ImportFailed);

        // Pause: a table's decisions are refused until resumed.
        let (mut seller, _) = Device::join(&url, "Live", SeatChoice::Seller, None).await;
        console.send(&ClientMsg::Control { control: Control::Pause }).await;
        seller.until(|m| matches!(m, HostMsg::Paused { paused: true })).await;
        let (first, _) = script_actions("01_first_client", "two.careful");
        seller.decide(1, first[0].0.eq(&Seat::Seller).then(|| first[0].1.clone()).unwrap()).await;
        assert_eq!(seller.answer(1).await, Err(ErrorCode::Paused));
        console.send(&ClientMsg::Control { control: Control::Resume }).await;
        seller.until(|m| matches!(m, HostMsg::Paused { paused: false })).await;
        seller.decide(2, first[0].1.clone()).await;
        assert_eq!(seller.answer(2).await, Ok(1));
        console
            .send(&ClientMsg::Control {
                control: Control::Broadcast { text: "Ten minutes left".into() },
            })
            .await;
        seller
            .until(|m| matches!(m, HostMsg::Broadcast { text } if text == "Ten minutes left"))
            .await;
        console
            .send(&ClientMsg::Control { control: Control::Leaderboard { show: false } })
            .await;
        console.until(|m| matches!(m, HostMsg::Console(c) if !c.leaderboard_shown)).await;
    });
    let board = h.workshop().board();
    let offline = board.rows.iter().find(|r| r.table == "Offline").unwrap();
    assert!(offline.imported && offline.finished);
    assert_eq!(
        offline.commission,
        expected.outcome().unwrap().seller.commission
    );
    let laptop = board.rows.iter().find(|r| r.table == "Laptop").unwrap();
    assert_eq!(laptop.margin, solo.outcome().unwrap().margin);
    let hot_row = board.rows.iter().find(|r| r.table == "Hot seat").unwrap();
    assert_eq!(hot_row.margin, hot.outcome().unwrap().margin);
    let retros: Vec<&str> = board
        .retros
        .iter()
        .filter(|r| r.table == "Hot seat")
        .map(|r| r.went_wrong.as_str())
        .collect();
    assert_eq!(retros, ["I sold the date", "I met the date at the review"]);
    assert!(!board.ranks_shown && board.rows.iter().all(|r| r.rank.is_none()));
    assert!(host::html(&board, None).contains("Ranks are hidden"));
}

/// The browser the board is tested in (Debian's `chromium`, installed by
/// `scripts/install-deps.sh`).
pub(super) fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    })
}

#[test]
fn the_served_board_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        // CI installs it (scripts/install-deps.sh) and sets this, so there the test cannot skip.
        assert!(
            std::env::var_os("OVERPROMISE_REQUIRE_CHROMIUM").is_none(),
            "no chromium on PATH: run scripts/install-deps.sh"
        );
        eprintln!("SKIPPED: no chromium on PATH (scripts/install-deps.sh installs it)");
        return;
    };
    let h = start("01_first_client", None);
    for (table, kind) in [("Red", "two.overpromise"), ("Green", "two.careful")] {
        let text = std::fs::read_to_string(
            root().join(format!("tests/scripts/01_first_client.{kind}.ron")),
        )
        .unwrap();
        h.workshop().import(table, &text).unwrap();
    }
    let url = format!("http://{}/board", h.addr());
    let dir = tempfile::tempdir().unwrap();
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(&browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
            ])
            .arg(format!(
                "--user-data-dir={}",
                dir.path().join("profile").display()
            ))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let dom = run(&["--dump-dom"]);
    assert!(dom.contains("<table id=\"tables\">"), "{dom}");
    assert!(dom.contains("Red") && dom.contains("Green"), "{dom}");
    assert!(
        dom.contains("http-equiv=\"refresh\""),
        "the served board reloads itself"
    );
    let shot = dir.path().join("board.png");
    run(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1280,800",
        "--hide-scrollbars",
    ]);
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 5_000,
        "{} bytes",
        png.len()
    );
    if let Some(keep) = std::env::var_os("OVERPROMISE_BOARD_SHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}
