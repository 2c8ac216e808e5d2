//! The save store survives a failure or a kill at any step of a write: a restart always finds the
//! last or the second-to-last decision, never nothing (issue 7 item 3).

use std::cell::Cell;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use overpromise::engine::Action;
use overpromise::saves::{AUTOSAVE, AUTOSAVE_PREV, FORMAT, Files, RealFiles, SaveFile, Store};

/// The real file system, until operation number `crash_at` (counting the calls that change
/// something): that one fails (a write stops half-way, unflushed) and so does every later one, as
/// if the process had died there.
struct Crashing {
    crash_at: usize,
    done: Cell<usize>,
}

impl Crashing {
    fn new(crash_at: usize) -> Self {
        Self {
            crash_at,
            done: Cell::new(0),
        }
    }

    /// True when this call may go ahead.
    fn step(&self) -> bool {
        let n = self.done.get();
        self.done.set(n + 1);
        n < self.crash_at
    }

    fn crashed(&self) -> bool {
        self.done.get() > self.crash_at
    }
}

fn killed() -> std::io::Error {
    std::io::Error::other("killed")
}

impl Files for Crashing {
    fn create_dir(&self, dir: &Path) -> std::io::Result<()> {
        if self.step() {
            RealFiles.create_dir(dir)
        } else {
            Err(killed())
        }
    }

    fn write_synced(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        if self.step() {
            RealFiles.write_synced(path, bytes)
        } else {
            // Half the file reached the disk.
            std::fs::write(path, &bytes[..bytes.len() / 2])?;
            Err(killed())
        }
    }

    fn link_or_copy(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        if self.step() {
            RealFiles.link_or_copy(from, to)
        } else {
            Err(killed())
        }
    }

    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        if self.step() {
            RealFiles.rename(from, to)
        } else {
            Err(killed())
        }
    }

    fn remove(&self, path: &Path) -> std::io::Result<()> {
        if self.step() {
            RealFiles.remove(path)
        } else {
            Err(killed())
        }
    }

    fn sync_dir(&self, dir: &Path) -> std::io::Result<()> {
        if self.step() {
            RealFiles.sync_dir(dir)
        } else {
            Err(killed())
        }
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        RealFiles.read(path)
    }
}

/// A save of `n` decisions.
fn save_of(n: usize) -> SaveFile {
    SaveFile {
        format: FORMAT,
        scenario_id: "drill".into(),
        scenario_path: PathBuf::from("drill.scenario.ron"),
        seed: 7,
        actions: vec![Action::EndWeek; n],
        support: Default::default(),
        mode: Default::default(),
        players: Vec::new(),
        assessed: None,
    }
}

/// The number of decisions in the save the store offers.
fn offered(dir: &Path) -> Option<usize> {
    Store::new(dir)
        .load(|s| Ok::<_, String>(s.actions.len()))
        .found
        .map(|f| f.value)
}

#[test]
fn a_failure_at_any_step_of_a_write_leaves_the_last_or_the_previous_decision() {
    let mut steps_checked = 0;
    for before in 0..4usize {
        let mut crash_at = 0;
        loop {
            let dir = tempfile::tempdir().unwrap();
            for n in 0..before {
                Store::new(dir.path()).write(&save_of(n)).unwrap();
            }
            let files = Crashing::new(crash_at);
            let result = Store::with_files(dir.path(), &files).write(&save_of(before));
            let found = offered(dir.path());
            if before == 0 {
                assert!(
                    found.is_none() || found == Some(0),
                    "first save, crash at step {crash_at}: {found:?}"
                );
            } else {
                assert!(
                    found == Some(before) || found == Some(before - 1),
                    "{before} saves before, crash at step {crash_at}: store offers {found:?}"
                );
            }
            if !files.crashed() {
                result.unwrap();
                assert_eq!(found, Some(before), "a finished write is the one offered");
                if before > 0 {
                    let prev = overpromise::saves::read(&dir.path().join(AUTOSAVE_PREV)).unwrap();
                    assert_eq!(prev.actions.len(), before - 1, "the previous save is kept");
                }
                break;
            }
            assert!(result.is_err(), "a crashed write reports an error");
            // The next write, after the restart, works and is offered.
            Store::new(dir.path()).write(&save_of(before + 1)).unwrap();
            assert_eq!(offered(dir.path()), Some(before + 1));
            crash_at += 1;
            steps_checked += 1;
        }
    }
    // create folder, temp file, remove, link, rename, rename, flush folder
    assert!(
        steps_checked >= 20,
        "only {steps_checked} crash points tried"
    );
}

#[test]
fn a_missing_or_damaged_latest_save_falls_back_to_the_previous_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    store.write(&save_of(3)).unwrap();
    store.write(&save_of(4)).unwrap();
    let latest = dir.path().join(AUTOSAVE);

    // Damaged: cut in half.
    let text = std::fs::read(&latest).unwrap();
    std::fs::write(&latest, &text[..text.len() / 2]).unwrap();
    let loaded = store.load(|s| Ok::<_, String>(s.actions.len()));
    let found = loaded.found.expect("the previous save is offered");
    assert_eq!((found.value, found.from_previous), (3, true));
    assert!(loaded.message.unwrap().contains("damaged"));

    // Missing (what a crash between the old protocol's two steps left behind).
    std::fs::remove_file(&latest).unwrap();
    let loaded = store.load(|s| Ok::<_, String>(s.actions.len()));
    assert_eq!(loaded.found.map(|f| f.value), Some(3));
    assert!(loaded.message.unwrap().contains("missing"));

    // A latest save that no longer replays.
    store.write(&save_of(5)).unwrap();
    let loaded = store.load(|s| {
        if s.actions.len() == 5 {
            Err("the scenario changed".to_owned())
        } else {
            Ok(s.actions.len())
        }
    });
    assert_eq!(loaded.found.map(|f| f.value), Some(3));

    // A damaged latest save never replaces a good previous one.
    std::fs::write(&latest, "not a save").unwrap();
    store.write(&save_of(6)).unwrap();
    let prev = overpromise::saves::read(&dir.path().join(AUTOSAVE_PREV)).unwrap();
    assert_eq!(prev.actions.len(), 3);
}

#[test]
fn no_save_at_all_is_not_a_problem_but_a_broken_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = Store::new(dir.path()).load(|s| Ok::<_, String>(s.actions.len()));
    assert!(loaded.found.is_none() && loaded.message.is_none());
    std::fs::write(dir.path().join(AUTOSAVE), "(format: 1").unwrap();
    let loaded = Store::new(dir.path()).load(|s| Ok::<_, String>(s.actions.len()));
    assert!(loaded.found.is_none());
    assert!(loaded.message.unwrap().contains("left in"));
}

/// A small seeded generator for the kill delays (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

fn drill(data: &Path, rounds: u32) -> Command {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_overpromise"));
    cmd.arg("autosave-drill")
        .arg(root.join("levels/01_first_client.scenario.ron"))
        .arg("--script")
        .arg(root.join("tests/scripts/01_first_client.careful.ron"))
        .arg("--data-dir")
        .arg(data)
        .arg("--rounds")
        .arg(rounds.to_string())
        .arg("--no-sync")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}

/// `found N` / `found none`, then `saved N` lines.
fn parse_lines(out: impl std::io::Read) -> (Option<Option<usize>>, Vec<usize>) {
    let mut found = None;
    let mut saved = Vec::new();
    for line in BufReader::new(out).lines().map_while(Result::ok) {
        if let Some(n) = line.strip_prefix("saved ") {
            saved.push(n.parse().expect("a count"));
        } else if let Some(f) = line.strip_prefix("found ") {
            found = Some(f.parse().ok());
        }
    }
    (found, saved)
}

/// How many times the drill is killed.
const KILLS: usize = 200;

#[cfg(unix)]
#[test]
fn the_game_killed_at_random_moments_always_restarts_from_a_recent_decision() {
    let data = tempfile::tempdir().unwrap();

    // One whole round, to learn the decisions and how long a round takes.
    let start = Instant::now();
    let mut child = drill(data.path(), 1).spawn().unwrap();
    let (found, round) = parse_lines(child.stdout.take().unwrap());
    assert!(child.wait().unwrap().success());
    let round_time = start.elapsed();
    assert_eq!(found, Some(None), "an empty data folder offers nothing");
    assert!(round.len() > 10, "the script saved only {round:?}");
    let last = *round.last().unwrap();
    assert_eq!(round, (0..=last).collect::<Vec<_>>());
    // What the drill saves after a save of `n` decisions.
    let next = |n: usize| if n == last { 0 } else { n + 1 };

    let mut rng = Rng(0x5EED_0123_4567_89AB);
    let mut history = round.clone();
    // The saves a restart may offer now: the last one reported or the one before (or one written
    // just before a kill, not yet reported).
    let mut may_offer = vec![last];
    let mut kills = 0;
    let mut while_saving = 0;
    let kill_time = Instant::now();
    let max_delay = (round_time.as_micros() as u64).max(1_000);
    // A fixed number of kills (not a time budget, so a slow machine checks as much as a fast one);
    // each run is killed somewhere between its start and the end of its first round.
    while kills < KILLS {
        let mut child = drill(data.path(), 1_000).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(max_delay)));
        child.kill().unwrap(); // SIGKILL
        let (found, saved) = parse_lines(child.stdout.take().unwrap());
        child.wait().unwrap();
        if let Some(found) = found {
            let found = found.expect("the restarted game offered no save");
            assert!(
                may_offer.contains(&found),
                "kill {kills}: the restart offered {found} decisions, expected one of {may_offer:?}"
            );
        }
        while_saving += usize::from(!saved.is_empty());
        history.extend(saved.iter().copied());
        let last_seen = *history.last().unwrap();
        may_offer = if saved.is_empty() && found.is_some() {
            // It started a new game; its first save may have been written, unreported.
            let mut m = may_offer.clone();
            m.push(0);
            m
        } else if saved.is_empty() {
            may_offer.clone()
        } else {
            vec![last_seen, next(last_seen), history[history.len() - 2]]
        };
        let offered_now = offered(data.path()).expect("a save is always offered after a kill");
        assert!(
            may_offer.contains(&offered_now),
            "kill {kills}: the store offers {offered_now}, expected one of {may_offer:?}"
        );
        kills += 1;
    }
    assert!(while_saving > 0, "no run was killed while it was saving");
    eprintln!(
        "{kills} kills ({while_saving} after saving began) in {:?} (one round: {round_time:?})",
        kill_time.elapsed()
    );
}
