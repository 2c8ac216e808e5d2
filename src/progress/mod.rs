//! The player's progress and drill history, kept in the data folder across restarts.
//!
//! Two files: `progress.json` (scenarios played per role with the best score and its date, and
//! the rubric checks passed at least once), rewritten atomically after each assessed session, and
//! `drills.jsonl`, one line per finished drill, only ever appended to. A damaged file is reported
//! (which file, where, what), set aside under a new name, never deleted, and never crashes a caller.

pub mod clock;

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::drill::{Difficulty, DrillResult};
use crate::engine::{Debrief, Session, Support};
use crate::scenario::model::Scenario;

/// The progress file's name in the data folder.
pub const PROGRESS_FILE: &str = "progress.json";
/// The drill history's name in the data folder.
pub const DRILLS_FILE: &str = "drills.jsonl";

/// The share of a scenario's rubric checks an assessed run must pass to count as passed, and the
/// match rate a drill must reach. Scenarios do not yet carry their own pass mark.
pub const DEFAULT_PASS_MARK: f32 = 0.7;

/// The part a player took in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PlayRole {
    /// The seller only, at a table where someone else leads delivery.
    Seller,
    /// The delivery lead only, at a table where someone else sells.
    DeliveryLead,
    /// Both parts, alone (the only way to play today).
    Solo,
}

impl PlayRole {
    /// A stable lower-case name for files and exports.
    pub fn slug(self) -> &'static str {
        match self {
            PlayRole::Seller => "seller",
            PlayRole::DeliveryLead => "delivery-lead",
            PlayRole::Solo => "solo",
        }
    }
}

/// A facilitated workshop a session was played in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    /// The workshop's id.
    pub id: String,
    /// The table within it, if any.
    pub table: Option<String>,
}

/// One finished assessed session, as progress and the exports record it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The scenario's id.
    pub scenario_id: String,
    /// Its title.
    pub title: String,
    /// The part played.
    pub role: PlayRole,
    /// When it finished, Unix seconds.
    pub finished_at: u64,
    /// Seconds played.
    pub seconds: f32,
    /// The outcome's score, 0 to 100.
    pub score: f32,
    /// Author ids of the rubric checks passed.
    pub checks_passed: Vec<String>,
    /// Number of rubric checks.
    pub checks_total: u32,
    /// The workshop, when there is one.
    pub workshop: Option<Workshop>,
    /// The level of support played at (records older than the field: Guided).
    #[serde(default)]
    pub support: Support,
    /// The language the scenario was played in (`de`; empty in records older than the field:
    /// English).
    #[serde(default)]
    pub language: String,
    /// The title in English when it was played in another language (empty: `title` is English).
    #[serde(default)]
    pub source_title: String,
}

impl SessionRecord {
    /// The record of a finished session, with the level of support the session recorded.
    pub fn from_session(
        session: &Session,
        debrief: &Debrief,
        role: PlayRole,
        finished_at: u64,
        seconds: f32,
    ) -> SessionRecord {
        SessionRecord {
            support: session.support(),
            ..Self::from_debrief(session.scenario(), debrief, role, finished_at, seconds)
        }
    }

    /// The record of a finished session from its debrief, at Guided support (use
    /// [`SessionRecord::from_session`] to record the level the session was played at).
    pub fn from_debrief(
        scenario: &Scenario,
        debrief: &Debrief,
        role: PlayRole,
        finished_at: u64,
        seconds: f32,
    ) -> SessionRecord {
        SessionRecord {
            scenario_id: scenario.id.clone(),
            title: scenario.title.clone(),
            role,
            finished_at,
            seconds,
            score: debrief.outcome.score,
            checks_passed: debrief
                .rubric
                .iter()
                .filter(|c| c.passed)
                .filter_map(|c| scenario.scoring.rubric.get(c.check.ix()))
                .map(|c| c.key.clone())
                .collect(),
            checks_total: scenario.scoring.rubric.len() as u32,
            language: scenario.language.clone(),
            source_title: if scenario.source_title == scenario.title {
                String::new()
            } else {
                scenario.source_title.clone()
            },
            workshop: None,
            support: Support::Guided,
        }
    }

    /// Share of rubric checks passed, 0 to 1 (1 when the rubric is empty).
    pub fn rubric_share(&self) -> f32 {
        if self.checks_total == 0 {
            1.0
        } else {
            self.checks_passed.len() as f32 / self.checks_total as f32
        }
    }

    /// Whether the run passed against a pass mark (share of rubric checks).
    pub fn passed(&self, pass_mark: f32) -> bool {
        self.rubric_share() >= pass_mark
    }
}

/// One finished drill in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrillRecord {
    /// When it finished, Unix seconds.
    pub finished_at: u64,
    /// The result.
    pub result: DrillResult,
    /// The language it was played in (`de`; empty in records older than the field: English).
    #[serde(default)]
    pub language: String,
}

/// The best score in one scenario and role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Played {
    /// The scenario's id.
    pub scenario_id: String,
    /// Its title when last played.
    pub title: String,
    /// The part played.
    pub role: PlayRole,
    /// Assessed runs finished.
    pub runs: u32,
    /// Best outcome score, 0 to 100.
    pub best_score: f32,
    /// When the best score was made, Unix seconds.
    pub best_at: u64,
}

/// A rubric check passed at least once.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CheckPassed {
    /// The scenario's id.
    pub scenario_id: String,
    /// The check's author id.
    pub check: String,
    /// When it was first passed, Unix seconds.
    pub first_at: u64,
}

/// What `progress.json` holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Scenarios played, per role, sorted by scenario id then role.
    pub played: Vec<Played>,
    /// Rubric checks passed at least once, sorted.
    pub checks: Vec<CheckPassed>,
}

impl Progress {
    /// Adds a finished assessed session.
    pub fn add(&mut self, r: &SessionRecord) {
        match self
            .played
            .iter_mut()
            .find(|p| p.scenario_id == r.scenario_id && p.role == r.role)
        {
            Some(p) => {
                p.runs += 1;
                p.title.clone_from(&r.title);
                if r.score > p.best_score {
                    p.best_score = r.score;
                    p.best_at = r.finished_at;
                }
            }
            None => self.played.push(Played {
                scenario_id: r.scenario_id.clone(),
                title: r.title.clone(),
                role: r.role,
                runs: 1,
                best_score: r.score,
                best_at: r.finished_at,
            }),
        }
        self.played
            .sort_by(|a, b| (&a.scenario_id, a.role).cmp(&(&b.scenario_id, b.role)));
        for key in &r.checks_passed {
            if !self
                .checks
                .iter()
                .any(|c| c.scenario_id == r.scenario_id && &c.check == key)
            {
                self.checks.push(CheckPassed {
                    scenario_id: r.scenario_id.clone(),
                    check: key.clone(),
                    first_at: r.finished_at,
                });
            }
        }
        self.checks.sort();
    }
}

/// A damaged file found on loading.
#[derive(Debug, Clone, PartialEq)]
pub struct Damage {
    /// The file.
    pub path: PathBuf,
    /// Where in it (a line, or a line and column) and what is wrong.
    pub what: String,
    /// Where the damaged file now is (`None` if it could not be moved: it is left in place).
    pub set_aside: Option<PathBuf>,
}

/// Everything loaded from the data folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// Progress (empty when missing or damaged).
    pub progress: Progress,
    /// Every drill kept, oldest first.
    pub drills: Vec<DrillRecord>,
    /// Damaged files found and set aside.
    pub damage: Vec<Damage>,
}

impl Loaded {
    /// The best drill at a difficulty: highest match rate, then the quicker.
    pub fn personal_best(&self, difficulty: Difficulty) -> Option<&DrillRecord> {
        self.drills
            .iter()
            .filter(|d| d.result.difficulty == difficulty && d.result.answered > 0)
            .max_by(|a, b| {
                a.result
                    .match_rate
                    .total_cmp(&b.result.match_rate)
                    .then(b.result.mean_seconds.total_cmp(&a.result.mean_seconds))
            })
    }
}

pub use crate::files::write_atomic;

/// Moves a damaged file aside as `NAME.damaged-UNIXSECONDS[-N]`; never deletes it.
fn set_aside(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let now = clock::now_unix();
    for n in 0..100 {
        let suffix = if n == 0 {
            format!("{name}.damaged-{now}")
        } else {
            format!("{name}.damaged-{now}-{n}")
        };
        let to = path.with_file_name(suffix);
        if !to.exists() {
            return fs::rename(path, &to).ok().map(|_| to);
        }
    }
    None
}

/// The progress store in a data folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store in `dir` (created on the first write).
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads progress and the drill history. Missing files are empty; damaged ones are reported
    /// and set aside (the good lines of a damaged history are kept in a fresh file).
    pub fn load(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let path = self.dir.join(PROGRESS_FILE);
        match fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<Progress>(&bytes) {
                Ok(p) => loaded.progress = p,
                Err(e) => loaded.damage.push(Damage {
                    what: format!("line {}, column {}: {e}", e.line(), e.column()),
                    set_aside: set_aside(&path),
                    path,
                }),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => loaded.damage.push(Damage {
                path,
                what: format!("cannot be read: {e}"),
                set_aside: None,
            }),
        }
        let path = self.dir.join(DRILLS_FILE);
        match fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                let mut bad = Vec::new();
                for (i, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    match serde_json::from_str::<DrillRecord>(line) {
                        Ok(d) => loaded.drills.push(d),
                        Err(e) => bad.push(format!("line {}: {e}", i + 1)),
                    }
                }
                if !bad.is_empty() {
                    let aside = set_aside(&path);
                    if aside.is_some() {
                        // Keep the good drills in a fresh history; the damaged file stays beside it.
                        let _ = write_atomic(&path, &drill_lines(&loaded.drills));
                    }
                    loaded.damage.push(Damage {
                        path,
                        what: bad.join("; "),
                        set_aside: aside,
                    });
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => loaded.damage.push(Damage {
                path,
                what: format!("cannot be read: {e}"),
                set_aside: None,
            }),
        }
        loaded
    }

    /// Adds a finished assessed session to `progress.json` (written atomically) and returns the
    /// new progress. A damaged progress file is set aside first and progress starts again.
    pub fn record_session(&self, record: &SessionRecord) -> io::Result<Progress> {
        let mut progress = self.load().progress;
        progress.add(record);
        let json = serde_json::to_vec_pretty(&progress).map_err(io::Error::other)?;
        write_atomic(&self.dir.join(PROGRESS_FILE), &json)?;
        Ok(progress)
    }

    /// Appends a finished drill to the history and flushes it to disk.
    pub fn record_drill(&self, record: &DrillRecord) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let path = self.dir.join(DRILLS_FILE);
        let mut line = drill_lines(std::slice::from_ref(record));
        // A history whose last line was cut short gets its own line back before this one.
        if let Ok(bytes) = fs::read(&path)
            && bytes.last().is_some_and(|b| *b != b'\n')
        {
            line.insert(0, b'\n');
        }
        let mut f = OpenOptions::new().create(true).append(true).open(&path)?;
        f.write_all(&line)?;
        f.sync_all()
    }
}

fn drill_lines(drills: &[DrillRecord]) -> Vec<u8> {
    let mut out = Vec::new();
    for d in drills {
        // A record of plain numbers and strings always serialises.
        if let Ok(json) = serde_json::to_vec(d) {
            out.extend(json);
            out.push(b'\n');
        }
    }
    out
}
