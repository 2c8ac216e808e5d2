//! Scripted playthroughs: a RON list of steps that names answers and actions by the scenario's ids.
//!
//! A script survives edits elsewhere in the scenario because it never uses positions. Steps are
//! resolved against the scenario one at a time as they are played, so an error names the step.
//! Errors and what is possible at a point of the session are data ([`ScriptParseError`],
//! [`ScriptError`], [`StepProblem`], [`PossibleNow`]); `src/wording/script.rs` words them.

use serde::{Deserialize, Serialize};

use super::view::KeyKind;
use super::{Action, ActionError, NamedAction, Phase, PidItem, Seat, Session, TableMode};
use crate::scenario::model::{Role, Scenario};

/// A script file: `Script(steps: [...])`, or `Script(mode: TwoRoles, steps: [...])` for a
/// session played by a seller and a delivery lead.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// Optional note on what the script plays.
    #[serde(default)]
    pub note: String,
    /// How the table is played (default: solo).
    #[serde(default)]
    pub mode: TableMode,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One scripted step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// The campaign plan: allow this many diary days before the meeting with this id
    /// (`Allow("discovery", 10)`).
    Allow(String, u32),
    /// The campaign plan: book these delivery people ahead for the meeting with this id
    /// (`Book("demo", [ProjectManager])`; `[]` cancels every booking).
    Book(String, Vec<Role>),
    /// The campaign plan: confirm it.
    ConfirmPlan,
    /// Who joins the next meeting (`Invite([])` to go alone).
    Invite(Vec<Role>),
    /// Choose the answer with this id.
    #[serde(alias = "Answer")]
    Choose(String),
    /// Put a promise or fact (by id) into the PID.
    Include(String),
    /// Leave a promise or fact (by id) out of the document.
    Exclude(String),
    /// Put every promise and every found fact into the document.
    IncludeAll,
    /// Hand over to delivery.
    SubmitPid,
    /// Walk away from the deal (sales only).
    WalkAway,
    /// Switch overtime on or off.
    Overtime(bool),
    /// Share of capacity on quality, percent.
    Quality(u8),
    /// Hire the person with this id.
    Hire(String),
    /// Ask to drop the scope item with this id.
    Descope(String),
    /// Ask for this many more weeks.
    MoreTime(u32),
    /// Send a client update.
    ClientUpdate,
    /// Bring the account manager into reviews.
    InviteAccountManager,
    /// End this many weeks.
    EndWeeks(u32),
    /// End weeks until the project is over.
    Finish,
    /// The step, taken by the seller (refused when it is the delivery lead's).
    Seller(Box<Step>),
    /// The step, taken by the delivery lead (refused when it is the seller's).
    Lead(Box<Step>),
    /// Two roles, in a meeting delivery attends: flag everything delivery sees in the answer
    /// with this id.
    Flag(String),
    /// Two roles, review: ask about the promise or hidden need with this id.
    Query(String),
    /// Two roles, review: ask for a re-baselining meeting about the promise with this id.
    Rebaseline(String),
    /// Two roles, review: accept the document.
    Accept,
}

/// Largest script file accepted, in bytes.
pub const MAX_SCRIPT_BYTES: usize = 256 * 1024;

/// A script file that could not be read as RON: where and why (worded by
/// `src/wording/script.rs`: `origin:line:col: ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptParseError {
    /// The file's name, as given.
    pub origin: String,
    /// Line (1-based).
    pub line: usize,
    /// Column in characters (1-based).
    pub col: usize,
    /// What is wrong.
    pub problem: ScriptParseProblem,
}

impl std::error::Error for ScriptParseError {}

/// What is wrong with a script file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScriptParseProblem {
    /// The file is longer than [`MAX_SCRIPT_BYTES`].
    TooLarge {
        /// Its length in bytes.
        bytes: usize,
    },
    /// The RON parser's own message (a syntax error, an unknown field or step, ...).
    Ron(String),
}

/// Parses a script from RON text; `origin` names it in error messages (`origin:line:col: ...`).
pub fn parse_script(src: &str, origin: &str) -> Result<Script, ScriptParseError> {
    if src.len() > MAX_SCRIPT_BYTES {
        return Err(ScriptParseError {
            origin: origin.to_owned(),
            line: 1,
            col: 1,
            problem: ScriptParseProblem::TooLarge { bytes: src.len() },
        });
    }
    ron::from_str::<Script>(src).map_err(|e| ScriptParseError {
        origin: origin.to_owned(),
        line: e.span.start.line,
        col: e.span.start.col,
        problem: ScriptParseProblem::Ron(e.code.to_string()),
    })
}

/// Why a script step could not be played: data, worded by `src/wording/script.rs` (its `Display`).
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptError {
    /// The step's number in the script, 1-based.
    pub step: usize,
    /// The step as written (RON).
    pub written: String,
    /// What went wrong.
    pub problem: StepProblem,
}

impl std::error::Error for ScriptError {}

/// What went wrong with one step (worded by `src/wording/script.rs`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StepProblem {
    /// The step names an id the scenario does not have.
    UnknownId {
        /// What kind of thing was looked up (an answer, a person, a scope item, or a promise or
        /// hidden need: [`KeyKind::PromiseOrFact`]).
        what: KeyKind,
        /// The id as written.
        id: String,
        /// The ids the scenario does have, in scenario order.
        known: Vec<String>,
    },
    /// The step resolves, but the engine does not accept it at this point of the session.
    NotLegal {
        /// Why not.
        why: StepRefusal,
        /// What is possible now (boxed: an error stays small).
        now: Box<PossibleNow>,
    },
}

impl std::error::Error for StepProblem {}

/// Why a step that names known ids is not accepted now.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StepRefusal {
    /// The engine refused one of the step's actions (boxed: an error stays small).
    Refused(Box<ActionError>),
    /// `Flag(answer)`: the delivery lead can flag nothing in this answer now.
    NothingToFlag {
        /// The answer's id.
        answer: String,
    },
    /// `Rebaseline(id)` names a hidden need: only a promise can be re-baselined.
    NotAPromise {
        /// The hidden need's id.
        id: String,
    },
    /// `IncludeAll` outside the handoff: the document cannot be written now.
    NoDocumentNow,
}

/// What can be done at this point of a session, with the scenario's ids (for error messages):
/// [`possible_now`] gives it, `src/wording/script.rs` words it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PossibleNow {
    /// Planning the campaign.
    Plan {
        /// The meetings' ids, in order.
        meetings: Vec<String>,
    },
    /// Choosing who joins the next meeting.
    Invite {
        /// The meeting's id.
        meeting: String,
        /// Who it may invite, in the meeting's order.
        may_invite: Vec<Role>,
    },
    /// A beat of a meeting is under way.
    Beat {
        /// The beat's id.
        beat: String,
        /// The meeting's id.
        meeting: String,
        /// The ids of the answers offered now.
        offered: Vec<String>,
    },
    /// The handoff: writing the document.
    Handoff {
        /// What the document can hold, in order: each promise's or fact's id, and whether it is in.
        candidates: Vec<(String, bool)>,
    },
    /// The delivery lead reviews the document.
    Review {
        /// The ids of what the document holds, in order.
        pid: Vec<String>,
    },
    /// A delivery week is under way.
    Delivery {
        /// The week being decided, 1-based.
        week: u32,
        /// What may be done, in the engine's order.
        possible: Vec<DeliveryChoice>,
    },
    /// Nothing more to play.
    Over {
        /// Whether the deal was won (and delivery has ended) rather than lost.
        won: bool,
    },
}

/// One thing that may be done in a delivery week.
#[derive(Debug, Clone, PartialEq)]
pub enum DeliveryChoice {
    /// Setting the share of capacity on quality (any legal share, listed once: 0 to
    /// [`super::delivery::MAX_QUALITY_SHARE`] in steps of [`super::delivery::QUALITY_STEP`]).
    QualityShare,
    /// Any other action, with the id of what it names.
    Action(NamedAction),
}

/// Plays every step of `script` against `session`, in order. Stops at the first step that cannot
/// be played; the steps before it stay applied.
///
/// Steps are idempotent where that is harmless: including an item already in the document,
/// or switching overtime to the state it is in, does nothing. `EndWeeks(n)` stops early when the
/// project ends; `Finish` ends weeks until the session is over.
pub fn run_script(session: &mut Session, script: &Script) -> Result<(), ScriptError> {
    for (i, step) in script.steps.iter().enumerate() {
        run_step(session, step).map_err(|problem| ScriptError {
            step: i + 1,
            written: step_text(step),
            problem,
        })?;
    }
    Ok(())
}

/// A step as it is written in a script file.
pub fn step_text(step: &Step) -> String {
    ron::to_string(step).unwrap_or_else(|_| format!("{step:?}"))
}

/// Plays one step (a `Seller(...)` or `Lead(...)` step by that seat, any other by the seat its
/// action belongs to).
pub fn run_step(session: &mut Session, step: &Step) -> Result<(), StepProblem> {
    run_step_as(session, step, None)
}

fn run_step_as(session: &mut Session, step: &Step, seat: Option<Seat>) -> Result<(), StepProblem> {
    match step {
        Step::Seller(inner) => run_step_as(session, inner, Some(Seat::Seller)),
        Step::Lead(inner) => run_step_as(session, inner, Some(Seat::DeliveryLead)),
        Step::EndWeeks(n) => {
            for k in 0..*n {
                if k > 0 && session.is_over() {
                    break;
                }
                apply(session, Action::EndWeek, seat)?;
            }
            Ok(())
        }
        Step::Finish => {
            while !session.is_over() {
                apply(session, Action::EndWeek, seat)?;
            }
            Ok(())
        }
        _ => {
            for action in step_actions(session, step)? {
                apply(session, action, seat)?;
            }
            Ok(())
        }
    }
}

/// Starts a session for the script's table mode and plays it (see [`run_script`]).
pub fn start_and_run(
    scenario: std::sync::Arc<Scenario>,
    seed: u64,
    script: &Script,
) -> (Session, Result<(), ScriptError>) {
    let mut session = Session::with_mode(scenario, seed, script.mode);
    let result = run_script(&mut session, script);
    (session, result)
}

/// The engine actions a step stands for, resolved against the session as it is now: the one
/// resolver from script steps to actions (used by [`run_step`] and by the game's autoplay).
///
/// A step that would change nothing (including an item already in the document, switching
/// overtime to the state it is in) resolves to no actions. `EndWeeks(n)` resolves to `n`
/// `EndWeek`s and `Finish` to one `EndWeek`, to be repeated until the session is over.
/// Whether the engine accepts each action is left to [`Session::apply`].
pub fn step_actions(session: &Session, step: &Step) -> Result<Vec<Action>, StepProblem> {
    let s = session.scenario();
    let in_delivery = session.phase() == Phase::Delivery;
    let delivery = session.state().delivery.as_ref();
    let one = |a: Action| Ok(vec![a]);
    match step {
        Step::Seller(inner) | Step::Lead(inner) => step_actions(session, inner),
        Step::Flag(id) => {
            let c = s.answer_by_key(id).ok_or_else(|| {
                unknown(
                    KeyKind::Answer,
                    id,
                    s.answers.iter().map(|c| c.key.clone()).collect(),
                )
            })?;
            let flags: Vec<Action> = session
                .flags_available()
                .into_iter()
                .filter(|(x, _)| *x == c)
                .map(|(x, concern)| Action::Flag(x, concern))
                .collect();
            if flags.is_empty() {
                return Err(not_legal(
                    session,
                    StepRefusal::NothingToFlag { answer: id.clone() },
                ));
            }
            Ok(flags)
        }
        Step::Query(id) => one(Action::QueryPid(pid_item(s, id)?)),
        Step::Rebaseline(id) => match pid_item(s, id)? {
            PidItem::Promise(p) => one(Action::Rebaseline(p)),
            PidItem::Fact(_) => Err(not_legal(
                session,
                StepRefusal::NotAPromise { id: id.clone() },
            )),
        },
        Step::Accept => one(Action::AcceptPid),
        Step::Allow(id, days) => one(Action::PlanGap(meeting_key(s, id)?, *days)),
        Step::Book(id, roles) => {
            let m = meeting_key(s, id)?;
            let booked = session
                .campaign_plan()
                .map(|p| p.booked[m.ix()].clone())
                .unwrap_or_default();
            let mut out = Vec::new();
            for r in &s.meetings[m.ix()].may_invite {
                let want = roles.contains(r);
                if booked.contains(r) != want {
                    out.push(Action::PlanBooking(m, *r, want));
                }
            }
            for r in roles {
                if !s.meetings[m.ix()].may_invite.contains(r) {
                    out.push(Action::PlanBooking(m, *r, true));
                }
            }
            Ok(out)
        }
        Step::ConfirmPlan => one(Action::ConfirmPlan),
        Step::Invite(roles) => {
            let mut roles = roles.clone();
            if let Phase::Invite(m) = session.phase() {
                // The engine lists each invitation in the meeting's own order.
                let order = &s.meetings[m.ix()].may_invite;
                roles.sort_by_key(|r| order.iter().position(|o| o == r).unwrap_or(usize::MAX));
            }
            one(Action::Invite(roles))
        }
        Step::Choose(id) => {
            let c = s.answer_by_key(id).ok_or_else(|| {
                unknown(
                    KeyKind::Answer,
                    id,
                    s.answers.iter().map(|c| c.key.clone()).collect(),
                )
            })?;
            one(Action::Choose(c))
        }
        Step::Include(id) | Step::Exclude(id) => {
            let include = matches!(step, Step::Include(_));
            let item = pid_item(s, id)?;
            if session.phase() == Phase::Handoff
                && session.state().pid.contains(&item) == include
                && session.pid_candidates().contains(&item)
            {
                return Ok(Vec::new());
            }
            one(Action::SetInPid(item, include))
        }
        Step::IncludeAll => {
            if session.phase() != Phase::Handoff {
                return Err(not_legal(session, StepRefusal::NoDocumentNow));
            }
            Ok(session
                .pid_candidates()
                .into_iter()
                .filter(|item| !session.state().pid.contains(item))
                .map(|item| Action::SetInPid(item, true))
                .collect())
        }
        Step::SubmitPid => one(Action::SubmitPid),
        Step::WalkAway => one(Action::WalkAway),
        Step::Overtime(on) => {
            if in_delivery && delivery.is_some_and(|d| d.overtime == *on) {
                return Ok(Vec::new());
            }
            one(Action::SetOvertime(*on))
        }
        Step::Quality(q) => {
            if in_delivery && delivery.is_some_and(|d| d.quality_share == *q) {
                return Ok(Vec::new());
            }
            one(Action::SetQualityShare(*q))
        }
        Step::Hire(id) => {
            let p = s.person_by_key(id).ok_or_else(|| {
                unknown(
                    KeyKind::Person,
                    id,
                    s.delivery.people.iter().map(|p| p.key.clone()).collect(),
                )
            })?;
            one(Action::Hire(p))
        }
        Step::Descope(id) => {
            let i = s.scope_by_key(id).ok_or_else(|| {
                unknown(
                    KeyKind::Scope,
                    id,
                    s.offer.scope.iter().map(|i| i.key.clone()).collect(),
                )
            })?;
            one(Action::RequestDescope(i))
        }
        Step::MoreTime(w) => one(Action::RequestMoreTime(*w)),
        Step::ClientUpdate => one(Action::ClientUpdate),
        Step::InviteAccountManager => one(Action::InviteAccountManager),
        Step::EndWeeks(n) => Ok(vec![Action::EndWeek; *n as usize]),
        Step::Finish => one(Action::EndWeek),
    }
}

fn unknown(what: KeyKind, id: &str, known: Vec<String>) -> StepProblem {
    StepProblem::UnknownId {
        what,
        id: id.to_owned(),
        known,
    }
}

fn meeting_key(s: &Scenario, id: &str) -> Result<crate::scenario::model::MeetingId, StepProblem> {
    s.meetings
        .iter()
        .position(|m| m.key == id)
        .map(|i| crate::scenario::model::MeetingId(i as u16))
        .ok_or_else(|| {
            unknown(
                KeyKind::Meeting,
                id,
                s.meetings.iter().map(|m| m.key.clone()).collect(),
            )
        })
}

fn pid_item(s: &Scenario, id: &str) -> Result<PidItem, StepProblem> {
    if let Some(p) = s.promise_by_key(id) {
        return Ok(PidItem::Promise(p));
    }
    if let Some(f) = s.fact_by_key(id) {
        return Ok(PidItem::Fact(f));
    }
    let known = s
        .promises
        .iter()
        .map(|p| p.key.clone())
        .chain(
            s.facts
                .iter()
                .filter(|f| f.need.is_some())
                .map(|f| f.key.clone()),
        )
        .collect();
    Err(unknown(KeyKind::PromiseOrFact, id, known))
}

fn apply(session: &mut Session, action: Action, seat: Option<Seat>) -> Result<(), StepProblem> {
    let result = match seat {
        Some(seat) => session.apply_as(seat, action),
        None => session.apply(action),
    };
    match result {
        Ok(_) => Ok(()),
        Err(e) => Err(not_legal(session, StepRefusal::Refused(Box::new(e)))),
    }
}

fn not_legal(session: &Session, why: StepRefusal) -> StepProblem {
    StepProblem::NotLegal {
        why,
        now: Box::new(possible_now(session)),
    }
}

/// What can be done at this point of a session, with the scenario's ids (for error messages;
/// worded by `src/wording/script.rs`: "the current beat is `budget_talk` offering: a, b, c").
pub fn possible_now(session: &Session) -> PossibleNow {
    let s = session.scenario();
    match session.phase() {
        Phase::Plan => PossibleNow::Plan {
            meetings: s.meetings.iter().map(|m| m.key.clone()).collect(),
        },
        Phase::Invite(m) => {
            let ms = &s.meetings[m.ix()];
            PossibleNow::Invite {
                meeting: ms.key.clone(),
                may_invite: ms.may_invite.clone(),
            }
        }
        Phase::Beat(m, b) => {
            let ms = &s.meetings[m.ix()];
            let offered = session
                .legal_actions()
                .iter()
                .filter_map(|a| match a {
                    Action::Choose(c) => Some(s.answers[c.ix()].key.clone()),
                    _ => None,
                })
                .collect();
            PossibleNow::Beat {
                beat: ms.beats[b as usize].key.clone(),
                meeting: ms.key.clone(),
                offered,
            }
        }
        Phase::Handoff => PossibleNow::Handoff {
            candidates: session
                .pid_candidates()
                .iter()
                .map(|item| (pid_key(s, item), session.state().pid.contains(item)))
                .collect(),
        },
        Phase::Review => PossibleNow::Review {
            pid: session
                .state()
                .pid
                .iter()
                .map(|item| pid_key(s, item))
                .collect(),
        },
        Phase::Delivery => {
            let week = session
                .state()
                .delivery
                .as_ref()
                .map_or(0, |d| d.weeks_done)
                + 1;
            let mut possible: Vec<DeliveryChoice> = Vec::new();
            for a in session.legal_actions() {
                if matches!(a, Action::SetQualityShare(_)) {
                    if !possible.contains(&DeliveryChoice::QualityShare) {
                        possible.push(DeliveryChoice::QualityShare);
                    }
                    continue;
                }
                possible.push(DeliveryChoice::Action(session.named(&a)));
            }
            PossibleNow::Delivery { week, possible }
        }
        Phase::Over => PossibleNow::Over {
            won: session.outcome().is_some_and(|o| o.won),
        },
    }
}

/// The id of a promise or fact in the document.
fn pid_key(s: &Scenario, item: &PidItem) -> String {
    match item {
        PidItem::Promise(p) => s.promises[p.ix()].key.clone(),
        PidItem::Fact(f) => s.facts[f.ix()].key.clone(),
    }
}
