//! The pitch-pacing drill: about ten beats sampled from a library of scenarios, answered one after
//! another, each judged at once by the engine's own pacing rule ([`crate::engine::pace`]).
//!
//! Plain Rust, like the engine: the drill returns data (cues, reactions, a result) and
//! [`crate::wording::drill`] turns it into sentences. The same library and seed always give the
//! same drill. How beats are found and readiness drawn is described in `docs/practice.md`.

use std::collections::BTreeSet;
use std::sync::Arc;

use rand::{RngExt, SeedableRng, rngs::Xoshiro256PlusPlus};
use serde::{Deserialize, Serialize};

use crate::engine::{Action, PaceVerdict, Phase, Session, pace};
use crate::scenario::model::{AnswerId, MeetingId, Scenario, StakeholderId};

/// Beats in one drill (fewer when the library holds fewer distinct beats).
pub const BEATS_PER_DRILL: usize = 10;
/// Random playthroughs of each scenario's sales phase used to find reachable beats.
pub const PLAYTHROUGHS_PER_SCENARIO: u64 = 12;
/// The plausible band: a stakeholder's readiness in a drill beat is drawn uniformly within this
/// many levels of the readiness a real playthrough reached at that beat (and within 1 to 5).
pub const READINESS_BAND: f32 = 1.0;

/// How much the drill shows of the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Difficulty {
    /// The numbers (readiness, trust, depth) are shown beside the words and portraits.
    Coach,
    /// Words and portraits, no numbers.
    Standard,
    /// Portraits and mood only, and a time limit per answer.
    Hard,
}

/// Which cues a view shows at a difficulty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visible {
    /// Readiness, trust and depth as numbers.
    pub numbers: bool,
    /// Readiness and depth in words (the stakeholder's appetite, the answer's depth label).
    pub words: bool,
    /// The portraits, with their mood.
    pub portraits: bool,
}

impl Difficulty {
    /// Every difficulty, easiest first.
    pub const ALL: [Difficulty; 3] = [Difficulty::Coach, Difficulty::Standard, Difficulty::Hard];

    /// The cues shown at this difficulty.
    pub fn visible(self) -> Visible {
        match self {
            Difficulty::Coach => Visible {
                numbers: true,
                words: true,
                portraits: true,
            },
            Difficulty::Standard => Visible {
                numbers: false,
                words: true,
                portraits: true,
            },
            Difficulty::Hard => Visible {
                numbers: false,
                words: false,
                portraits: true,
            },
        }
    }

    /// Seconds allowed per answer, if limited.
    pub fn time_limit(self) -> Option<f32> {
        match self {
            Difficulty::Hard => Some(8.0),
            Difficulty::Coach | Difficulty::Standard => None,
        }
    }
}

/// Where a drill beat comes from: replaying `actions` on a new session of the scenario with
/// `session_seed` reaches exactly this beat (the truthfulness test does so).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The scenario's id.
    pub scenario_id: String,
    /// The seed of the playthrough that reached the beat.
    pub session_seed: u64,
    /// The actions from the start of that playthrough to the beat.
    pub actions: Vec<Action>,
    /// The meeting.
    pub meeting: MeetingId,
    /// The beat within the meeting.
    pub beat: u16,
}

/// One stakeholder in the room, as the drill shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attendee {
    /// Who (in the beat's scenario).
    pub stakeholder: StakeholderId,
    /// Readiness for detail, 1 to 5, drawn within the plausible band.
    pub readiness: f32,
    /// Trust, 0 to 100, as the playthrough reached it (the portrait's mood).
    pub trust: f32,
}

/// One beat of a drill: the room's cues and the answers on offer.
#[derive(Debug, Clone)]
pub struct DrillBeat {
    /// The scenario it comes from (names, lines, answers, the pacing rule).
    pub scenario: Arc<Scenario>,
    /// Where in the scenario.
    pub source: Source,
    /// Who is in the room.
    pub room: Vec<Attendee>,
    /// The answers on offer: those legal at that point of the playthrough.
    pub answers: Vec<AnswerId>,
}

impl DrillBeat {
    /// The scenario's walk-away trust (a mood is read against it).
    pub fn walk_away_trust(&self) -> f32 {
        self.scenario.sales.walk_away_trust
    }

    /// How an answer of `depth` lands with each attendee, by the engine's pacing rule.
    pub fn reactions(&self, depth: u8) -> Vec<Reaction> {
        self.room
            .iter()
            .map(|a| {
                let (verdict, trust_change, _) =
                    pace(&self.scenario.sales.pacing, depth, a.readiness);
                Reaction {
                    stakeholder: a.stakeholder,
                    readiness: a.readiness,
                    verdict,
                    trust_change,
                    fits: self.fits(a.readiness),
                }
            })
            .collect()
    }

    /// The depths (lowest, highest) that would match someone at `readiness`, by the engine's rule.
    pub fn fits(&self, readiness: f32) -> (u8, u8) {
        let ok: Vec<u8> = (1..=5)
            .filter(|&d| pace(&self.scenario.sales.pacing, d, readiness).0 == PaceVerdict::Matched)
            .collect();
        match (ok.first(), ok.last()) {
            (Some(&lo), Some(&hi)) => (lo, hi),
            // No depth fits (a rule with no tolerance): the nearest level is the best there is.
            _ => {
                let d = readiness.round().clamp(1.0, 5.0) as u8;
                (d, d)
            }
        }
    }

    /// The offered answers that would have matched everyone in the room.
    pub fn matching_answers(&self) -> Vec<AnswerId> {
        self.answers
            .iter()
            .copied()
            .filter(|c| {
                let depth = self.scenario.answers[c.ix()].depth;
                self.reactions(depth)
                    .iter()
                    .all(|r| r.verdict == PaceVerdict::Matched)
            })
            .collect()
    }
}

/// How one stakeholder took an answer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reaction {
    /// Who.
    pub stakeholder: StakeholderId,
    /// Their readiness (the cue that tells the right depth).
    pub readiness: f32,
    /// Matched, too deep or too shallow.
    pub verdict: PaceVerdict,
    /// The trust the engine's pacing rule moves for this (before the 0 to 100 clamp): the
    /// portrait's mood after the answer is read from the attendee's trust plus this.
    pub trust_change: f32,
    /// The depths (lowest, highest) that would have matched them.
    pub fits: (u8, u8),
}

/// One answer given in a drill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The answer chosen; `None` when the time ran out.
    pub answer: Option<AnswerId>,
    /// Its depth (0 when the time ran out).
    pub depth: u8,
    /// Seconds taken.
    pub seconds: f32,
    /// Each stakeholder's reaction (empty when the time ran out).
    pub reactions: Vec<Reaction>,
}

impl Answer {
    /// True when everyone in the room found the depth right.
    pub fn matched(&self) -> bool {
        self.answer.is_some()
            && self
                .reactions
                .iter()
                .all(|r| r.verdict == PaceVerdict::Matched)
    }
    /// True when someone found it too deep.
    pub fn too_deep(&self) -> bool {
        self.reactions
            .iter()
            .any(|r| r.verdict == PaceVerdict::TooDeep)
    }
    /// True when someone found it too shallow.
    pub fn too_shallow(&self) -> bool {
        self.reactions
            .iter()
            .any(|r| r.verdict == PaceVerdict::TooShallow)
    }
}

/// Why a drill refused something.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrillError {
    /// No scenario in the library has a beat worth drilling.
    #[error("no scenario in the library has a beat with answers of different depths")]
    NoBeats,
    /// Every beat is answered.
    #[error("the drill is over")]
    Finished,
    /// The answer is not on offer in this beat.
    #[error("that answer is not on offer in this beat")]
    NotOffered,
}

/// A drill in progress (or finished).
#[derive(Debug, Clone)]
pub struct Drill {
    /// The seed it was drawn from.
    pub seed: u64,
    /// How much it shows.
    pub difficulty: Difficulty,
    /// The beats, in order.
    pub beats: Vec<DrillBeat>,
    /// The answers so far, one per beat answered.
    pub answers: Vec<Answer>,
}

/// A beat the player missed, with the cue that should have told them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Miss {
    /// The beat's number in the drill (0-based).
    pub index: usize,
    /// The scenario's id.
    pub scenario_id: String,
    /// The beat's author id.
    pub beat_key: String,
    /// The answer's depth (`None`: the time ran out).
    pub depth: Option<u8>,
    /// The cues that should have told: each stakeholder who took the answer badly (everyone in
    /// the room when the time ran out).
    pub cues: Vec<Cue>,
    /// A depth on offer that would have matched everyone, if there was one.
    pub best_depth: Option<u8>,
}

/// A cue that should have told the player the right depth: a stakeholder's readiness.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// Who.
    pub stakeholder: StakeholderId,
    /// Their readiness.
    pub readiness: f32,
    /// The depths (lowest, highest) it asked for.
    pub fits: (u8, u8),
    /// How they took the answer (`None`: the time ran out).
    pub verdict: Option<PaceVerdict>,
}

/// What a finished (or abandoned) drill comes to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrillResult {
    /// Seed.
    pub seed: u64,
    /// Difficulty.
    pub difficulty: Difficulty,
    /// Beats answered (or timed out).
    pub answered: u32,
    /// Beats in the drill.
    pub beats: u32,
    /// Share of answered beats matched to the whole room, 0 to 1.
    pub match_rate: f32,
    /// Answers someone found too deep.
    pub too_deep: u32,
    /// Answers someone found too shallow.
    pub too_shallow: u32,
    /// Answers the time ran out on.
    pub timed_out: u32,
    /// Mean seconds per answer.
    pub mean_seconds: f32,
    /// The beats missed, in order.
    pub missed: Vec<Miss>,
}

/// A reachable beat found by a playthrough.
struct Found {
    scenario: usize,
    session_seed: u64,
    actions: Vec<Action>,
    meeting: MeetingId,
    beat: u16,
    readiness: Vec<f32>,
    trust: Vec<f32>,
    answers: Vec<AnswerId>,
}

/// Plays each scenario's sales phase a few times at random and keeps, for each distinct beat
/// reached with at least two depths on offer, the first way it was reached.
fn reachable_beats(library: &[Arc<Scenario>], seed: u64) -> Vec<Found> {
    let mut seen: BTreeSet<(usize, u16, u16)> = BTreeSet::new();
    let mut found = Vec::new();
    for (si, scenario) in library.iter().enumerate() {
        for run in 0..PLAYTHROUGHS_PER_SCENARIO {
            let session_seed = seed
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .wrapping_add(((si as u64) << 32) | run);
            let mut rng = Xoshiro256PlusPlus::seed_from_u64(session_seed);
            let mut session = Session::new(scenario.clone(), session_seed);
            loop {
                let legal = session.legal_actions();
                match session.phase() {
                    Phase::Beat(m, b) => {
                        let answers: Vec<AnswerId> = legal
                            .iter()
                            .filter_map(|a| match a {
                                Action::Choose(c) => Some(*c),
                                _ => None,
                            })
                            .collect();
                        let depths: BTreeSet<u8> = answers
                            .iter()
                            .map(|c| scenario.answers[c.ix()].depth)
                            .collect();
                        if depths.len() >= 2 && seen.insert((si, m.0, b)) {
                            found.push(Found {
                                scenario: si,
                                session_seed,
                                actions: session.actions().to_vec(),
                                meeting: m,
                                beat: b,
                                readiness: session.readiness().to_vec(),
                                trust: session.trust().to_vec(),
                                answers,
                            });
                        }
                    }
                    Phase::Invite(_) => {}
                    // The plan as it stands: the drill is about pacing, not the calendar.
                    Phase::Plan => {
                        if session.apply(Action::ConfirmPlan).is_err() {
                            break;
                        }
                        continue;
                    }
                    Phase::Handoff | Phase::Review | Phase::Delivery | Phase::Over => break,
                }
                let pick = legal[rng.random_range(0..legal.len())].clone();
                if session.apply(pick).is_err() {
                    break;
                }
            }
        }
    }
    found
}

impl Drill {
    /// Draws a drill of up to [`BEATS_PER_DRILL`] beats from the library. The library's order
    /// does not matter: it is sorted by scenario id, so the same scenarios and seed give the same drill.
    pub fn generate(
        library: &[Arc<Scenario>],
        seed: u64,
        difficulty: Difficulty,
    ) -> Result<Drill, DrillError> {
        let mut library: Vec<Arc<Scenario>> = library.to_vec();
        library.sort_by(|a, b| a.id.cmp(&b.id));
        library.dedup_by(|a, b| a.id == b.id);
        let mut pool = reachable_beats(&library, seed);
        if pool.is_empty() {
            return Err(DrillError::NoBeats);
        }
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed ^ 0x5DEE_CE66_D1CE_4E5B);
        // A partial Fisher–Yates shuffle picks the beats.
        let n = BEATS_PER_DRILL.min(pool.len());
        for i in 0..n {
            let j = rng.random_range(i..pool.len());
            pool.swap(i, j);
        }
        pool.truncate(n);
        let beats = pool
            .into_iter()
            .map(|f| {
                let scenario = library[f.scenario].clone();
                let present = &scenario.meetings[f.meeting.ix()].present;
                let room = present
                    .iter()
                    .map(|&k| {
                        let r = f.readiness[k.ix()];
                        let lo = (r - READINESS_BAND).max(1.0);
                        let hi = (r + READINESS_BAND).min(5.0);
                        let drawn = lo + (hi - lo) * rng.random::<f32>();
                        Attendee {
                            stakeholder: k,
                            // Tenths, so coach mode shows the number the verdict used.
                            readiness: (drawn * 10.0).round() / 10.0,
                            trust: f.trust[k.ix()],
                        }
                    })
                    .collect();
                DrillBeat {
                    source: Source {
                        scenario_id: scenario.id.clone(),
                        session_seed: f.session_seed,
                        actions: f.actions,
                        meeting: f.meeting,
                        beat: f.beat,
                    },
                    scenario,
                    room,
                    answers: f.answers,
                }
            })
            .collect();
        Ok(Drill {
            seed,
            difficulty,
            beats,
            answers: Vec::new(),
        })
    }

    /// The beat to answer now, if any is left.
    pub fn current(&self) -> Option<&DrillBeat> {
        self.beats.get(self.answers.len())
    }

    /// True when every beat is answered.
    pub fn is_finished(&self) -> bool {
        self.answers.len() >= self.beats.len()
    }

    /// Answers the current beat after `seconds`. At a difficulty with a time limit, an answer
    /// given after it counts as the time running out.
    pub fn answer(&mut self, answer: AnswerId, seconds: f32) -> Result<&Answer, DrillError> {
        let beat = self.current().ok_or(DrillError::Finished)?;
        if !beat.answers.contains(&answer) {
            return Err(DrillError::NotOffered);
        }
        if let Some(limit) = self.difficulty.time_limit()
            && seconds > limit
        {
            return self.time_out();
        }
        let depth = beat.scenario.answers[answer.ix()].depth;
        let answer = Answer {
            answer: Some(answer),
            depth,
            seconds: seconds.max(0.0),
            reactions: beat.reactions(depth),
        };
        self.answers.push(answer);
        Ok(self.answers.last().expect("just pushed"))
    }

    /// The time ran out on the current beat.
    pub fn time_out(&mut self) -> Result<&Answer, DrillError> {
        if self.is_finished() {
            return Err(DrillError::Finished);
        }
        let seconds = self.difficulty.time_limit().unwrap_or(0.0);
        self.answers.push(Answer {
            answer: None,
            depth: 0,
            seconds,
            reactions: Vec::new(),
        });
        Ok(self.answers.last().expect("just pushed"))
    }

    /// The result so far (final once [`Drill::is_finished`]).
    pub fn result(&self) -> DrillResult {
        let answered = self.answers.len() as u32;
        let matched = self.answers.iter().filter(|a| a.matched()).count() as u32;
        let mut missed = Vec::new();
        for (i, (a, beat)) in self.answers.iter().zip(&self.beats).enumerate() {
            if a.matched() {
                continue;
            }
            let cues = if a.answer.is_none() {
                beat.room
                    .iter()
                    .map(|m| Cue {
                        stakeholder: m.stakeholder,
                        readiness: m.readiness,
                        fits: beat.fits(m.readiness),
                        verdict: None,
                    })
                    .collect()
            } else {
                a.reactions
                    .iter()
                    .filter(|r| r.verdict != PaceVerdict::Matched)
                    .map(|r| Cue {
                        stakeholder: r.stakeholder,
                        readiness: r.readiness,
                        fits: r.fits,
                        verdict: Some(r.verdict),
                    })
                    .collect()
            };
            let ms = &beat.scenario.meetings[beat.source.meeting.ix()];
            missed.push(Miss {
                index: i,
                scenario_id: beat.source.scenario_id.clone(),
                beat_key: ms.beats[beat.source.beat as usize].key.clone(),
                depth: a.answer.map(|_| a.depth),
                cues,
                best_depth: beat
                    .matching_answers()
                    .first()
                    .map(|c| beat.scenario.answers[c.ix()].depth),
            });
        }
        let seconds: f32 = self.answers.iter().map(|a| a.seconds).sum();
        DrillResult {
            seed: self.seed,
            difficulty: self.difficulty,
            answered,
            beats: self.beats.len() as u32,
            match_rate: if answered == 0 {
                0.0
            } else {
                matched as f32 / answered as f32
            },
            too_deep: self.answers.iter().filter(|a| a.too_deep()).count() as u32,
            too_shallow: self.answers.iter().filter(|a| a.too_shallow()).count() as u32,
            timed_out: self.answers.iter().filter(|a| a.answer.is_none()).count() as u32,
            mean_seconds: if answered == 0 {
                0.0
            } else {
                seconds / answered as f32
            },
            missed,
        }
    }
}
