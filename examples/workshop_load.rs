//! Load test of the workshop host: `cargo run --release --no-default-features --example
//! workshop_load [-- --tables N]`.
//!
//! Starts a headless host in a child process (so that its memory is measured alone, with its
//! decision logs in a temporary folder, flushed to disk as in a real workshop), then 40 tables of
//! two scripted devices (a seller and a delivery lead) over loopback WebSockets, each table
//! playing a whole two-role session of the first level (the shipped two-role scripts, careful and
//! overpromising in turn), all tables at once. Latency is measured from a decision being sent to
//! the OTHER device of the table receiving the view that includes it (each device has a reader
//! task that stamps every view as it arrives, also while the device thinks, and each decision is
//! sent once); a decision whose update
//! never arrives (10 s) counts as lost. At the end the host's own count of decisions per table
//! must equal the decisions sent (none applied twice). The last line is
//! `tables=40 devices=80 decisions=N lost=0 p50_ms=X p99_ms=Y host_rss_mib=Z`.
//!
//! Before each decision a device "thinks" for `--think-ms` (default 250) give or take half, the
//! same for every run: far quicker than any trainee, so 40 tables still make well over a hundred
//! decisions a second. `--think-ms 0` fires every decision the moment it may (a stress test of
//! the two cores, where the scripted devices and the host queue behind each other).
//!
//! `--browser` plays every device as a browser seat does (`/seat/ws`): the same hello, then the
//! number of the page's button for each decision, while the host draws every message into the
//! seat's HTML page; a page is timed when it arrives with the decision's version.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use overpromise::engine::script::{parse_script, start_and_run};
use overpromise::engine::{Seat, Session};
use overpromise::workshop::host::{self, HostConfig};
use overpromise::workshop::protocol::{
    ActionKey, ClientMsg, HostMsg, PROTOCOL, READ_BUFFER_BYTES, SeatChoice,
};
use tokio_tungstenite::connect_async_with_config;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

const CODE: &str = "LOAD40";
const SCRIPTS: [&str; 2] = [
    include_str!("../tests/scripts/01_first_client.two.careful.ron"),
    include_str!("../tests/scripts/01_first_client.two.overpromise.ron"),
];

fn scenario() -> Arc<overpromise::scenario::model::Scenario> {
    Arc::new(
        overpromise::bundled::find("builtin:01_first_client")
            .expect("the first level is built in")
            .load()
            .expect("it loads"),
    )
}

/// The child process: runs the host until its standard input closes.
fn serve() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let s = scenario();
    let h = host::spawn(HostConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        code: CODE.into(),
        seed: s.default_seed,
        scenario: s,
        data: Some(data.path().to_path_buf()),
    })
    .expect("the host starts");
    println!("{}", h.ws_url());
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    // Report the host's count of decisions per table before stopping.
    let counts: Vec<String> = h
        .workshop()
        .console()
        .tables
        .iter()
        .map(|t| format!("{}={}", t.table, t.decisions))
        .collect();
    println!("{}", counts.join(" "));
}

fn rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// What one table shares between its two devices.
struct TableRun {
    actions: Vec<(Seat, ActionKey)>,
    /// For `--browser`: the page's button that gives each action (empty: game seats).
    buttons: Vec<usize>,
    sent: Mutex<Vec<Option<Instant>>>,
}

/// One device: joins, then plays its seat's decisions in turn, measuring the other seat's.
async fn device(
    url: String,
    table: String,
    seat: Seat,
    run: Arc<TableRun>,
    latencies: Arc<Mutex<Vec<f64>>>,
    lost: Arc<Mutex<u64>>,
    think_ms: u64,
) {
    let browser = !run.buttons.is_empty();
    let url = if browser {
        url.replace("/ws", "/seat/ws")
    } else {
        url
    };
    // Configured as the game's own link is: small reads, Nagle's algorithm off.
    let config = WebSocketConfig::default().read_buffer_size(READ_BUFFER_BYTES);
    let (ws, _) = connect_async_with_config(url.as_str(), Some(config), true)
        .await
        .expect("connects");
    let (mut sink, mut stream) = ws.split();
    // A reader of its own reads the socket all the time, also while the device "thinks", and
    // stamps each view as it arrives: a view is timed when it reaches the device, not when the
    // device next looks (which would add the device's own think time to the other seat's
    // latency).
    let (views_tx, mut views) = tokio::sync::mpsc::unbounded_channel::<(u64, Instant)>();
    let reader = tokio::spawn(async move {
        while let Some(Ok(msg)) = stream.next().await {
            let Message::Text(t) = msg else { continue };
            let at = Instant::now();
            if browser {
                // A page: its version, once the first view has come.
                let v: serde_json::Value = serde_json::from_str(t.as_str()).unwrap_or_default();
                let page = v["html"].as_str().unwrap_or_default();
                if let Some(x) = page.find("data-version=\"") {
                    let rest = &page[x + 14..];
                    let version = rest[..rest.find('"').unwrap_or(0)].parse().unwrap_or(0);
                    if views_tx.send((version, at)).is_err() {
                        break;
                    }
                }
                continue;
            }
            match serde_json::from_str::<HostMsg>(t.as_str()) {
                Ok(HostMsg::View { version, .. }) if views_tx.send((version, at)).is_err() => {
                    break;
                }
                Ok(HostMsg::Refused { message, .. }) => {
                    panic!("a scripted decision was refused: {message}")
                }
                _ => {}
            }
        }
    });
    let choice = match seat {
        Seat::Seller => SeatChoice::Seller,
        Seat::DeliveryLead => SeatChoice::DeliveryLead,
    };
    let hello = ClientMsg::Hello {
        protocol: PROTOCOL,
        room: CODE.into(),
        table: table.clone(),
        seat: choice,
        token: None,
    };
    sink.send(Message::Text(serde_json::to_string(&hello).unwrap().into()))
        .await
        .unwrap();
    let mut version = 0u64;
    let n = run.actions.len();
    let mut i = 0usize;
    // Each decision is sent once (a view of an older version, such as the one after the hello,
    // must not send it again: the host would answer `stale`).
    let mut next_to_send = 0usize;
    while i < n {
        let (owner, key) = &run.actions[i];
        if *owner == seat && version == i as u64 && i >= next_to_send {
            next_to_send = i + 1;
            if think_ms > 0 {
                // 50 % to 150 % of the think time, fixed by the table and the step.
                let mix = table.bytes().fold(i as u64 * 7919, |h, b| {
                    h.wrapping_mul(31).wrapping_add(u64::from(b))
                });
                let ms = think_ms / 2 + mix % (think_ms + 1);
                tokio::time::sleep(Duration::from_millis(ms)).await;
            }
            run.sent.lock().unwrap()[i] = Some(Instant::now());
            let text = if browser {
                serde_json::json!({"type": "pick", "seq": i + 1, "n": run.buttons[i], "version": i})
                    .to_string()
            } else {
                serde_json::to_string(&ClientMsg::Decision {
                    seq: i as u64 + 1,
                    seat: None,
                    action: key.clone(),
                })
                .unwrap()
            };
            sink.send(Message::Text(text.into())).await.unwrap();
        }
        // Wait for the view of decision i (or a later one).
        match tokio::time::timeout(Duration::from_secs(10), views.recv()).await {
            Ok(Some((v, arrived))) => {
                // Every decision of the other seat this view includes is measured here.
                while (version as usize) < (v as usize).min(n) {
                    let k = version as usize;
                    if run.actions[k].0 != seat
                        && let Some(at) = run.sent.lock().unwrap()[k]
                    {
                        latencies
                            .lock()
                            .unwrap()
                            .push(arrived.duration_since(at).as_secs_f64() * 1000.0);
                    }
                    version += 1;
                }
                i = version as usize;
            }
            _ => {
                // The update never came: every decision from here on is lost to this device.
                let missing = run.actions[i..].iter().filter(|(s, _)| *s != seat).count();
                *lost.lock().unwrap() += missing as u64;
                reader.abort();
                return;
            }
        }
    }
    let _ = sink.close().await;
    reader.abort();
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        serve();
        return;
    }
    let tables: usize = args
        .iter()
        .position(|a| a == "--tables")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(40);
    let think_ms: u64 = args
        .iter()
        .position(|a| a == "--think-ms")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(250);
    let browser = args.iter().any(|a| a == "--browser");
    let s = scenario();
    let plays: Vec<Vec<(Seat, ActionKey)>> = SCRIPTS
        .iter()
        .map(|text| {
            let script = parse_script(text, "script").expect("the script parses");
            let (session, result): (Session, _) = start_and_run(s.clone(), s.default_seed, &script);
            result.expect("the script plays");
            session
                .actions()
                .iter()
                .map(|a| (a.seat(), session.action_key(a)))
                .collect()
        })
        .collect();
    // The button of each action on its seat's page, as the host draws it.
    let buttons: Vec<Vec<usize>> = plays
        .iter()
        .map(|actions| {
            let mut session = Session::with_mode(
                s.clone(),
                s.default_seed,
                overpromise::engine::TableMode::TwoRoles,
            );
            actions
                .iter()
                .map(|(seat, key)| {
                    let choice = match seat {
                        Seat::Seller => SeatChoice::Seller,
                        Seat::DeliveryLead => SeatChoice::DeliveryLead,
                    };
                    let views =
                        overpromise::workshop::protocol::seat_views(&session, choice, false);
                    let n = overpromise::workshop::host::seat::choices(&views)
                        .iter()
                        .position(|(s, k)| s == seat && k == key)
                        .expect("the action is on its seat's page")
                        + 1;
                    session
                        .apply_as(*seat, session.resolve_key(key).unwrap())
                        .unwrap();
                    n
                })
                .collect()
        })
        .collect();

    let mut child = Command::new(std::env::current_exe().expect("this program"))
        .arg("serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the host process starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut url = String::new();
    out.read_line(&mut url)
        .expect("the host prints its address");
    let url = url.trim().to_owned();
    eprintln!("host at {url}, {tables} tables, think time {think_ms} ms, browser seats {browser}");

    let latencies = Arc::new(Mutex::new(Vec::new()));
    let lost = Arc::new(Mutex::new(0u64));
    let mut sent_total = 0u64;
    let mut expected = Vec::new();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let started = Instant::now();
    let mut peak_rss = 0.0f64;
    rt.block_on(async {
        let mut tasks = Vec::new();
        for t in 0..tables {
            let actions = plays[t % plays.len()].clone();
            let table_buttons = if browser {
                buttons[t % plays.len()].clone()
            } else {
                Vec::new()
            };
            sent_total += actions.len() as u64;
            let name = format!("T{:02}", t + 1);
            expected.push(format!("{name}={}", actions.len()));
            let run = Arc::new(TableRun {
                sent: Mutex::new(vec![None; actions.len()]),
                actions,
                buttons: table_buttons,
            });
            for seat in [Seat::Seller, Seat::DeliveryLead] {
                tasks.push(tokio::spawn(device(
                    url.clone(),
                    name.clone(),
                    seat,
                    run.clone(),
                    latencies.clone(),
                    lost.clone(),
                    think_ms,
                )));
            }
        }
        let pid = child.id();
        let peak = Arc::new(Mutex::new(0.0f64));
        let p = peak.clone();
        let sampler = tokio::spawn(async move {
            loop {
                let now = rss_mib(pid);
                {
                    let mut m = p.lock().unwrap();
                    *m = m.max(now);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        for t in tasks {
            t.await.expect("a device task");
        }
        sampler.abort();
        peak_rss = peak.lock().unwrap().max(rss_mib(pid));
    });
    // The host's own count of decisions per table: nothing applied twice, nothing missing.
    drop(child.stdin.take());
    let mut counts = String::new();
    out.read_line(&mut counts)
        .expect("the host reports its counts");
    let _ = child.wait();
    let mut got: Vec<&str> = counts.split_whitespace().collect();
    got.sort();
    expected.sort();
    let host_counts_match =
        got.len() == expected.len() && got.iter().zip(&expected).all(|(a, b)| a == b);
    let mut l = latencies.lock().unwrap().clone();
    l.sort_by(f64::total_cmp);
    let lost = *lost.lock().unwrap();
    eprintln!(
        "{} decisions measured in {:.1} s; host counts match the decisions sent: {host_counts_match}",
        l.len(),
        started.elapsed().as_secs_f64()
    );
    if !host_counts_match {
        eprintln!("host: {counts}\nsent: {}", expected.join(" "));
    }
    println!(
        "tables={tables} devices={} decisions={sent_total} lost={} p50_ms={:.1} p99_ms={:.1} host_rss_mib={:.1}",
        tables * 2,
        lost + u64::from(!host_counts_match) * sent_total,
        percentile(&l, 50.0),
        percentile(&l, 99.0),
        peak_rss
    );
}
