//! `overpromise play SCENARIO --seed N --script ACTIONS.ron`: a scripted playthrough and its debrief.

use std::io::Write;
use std::path::PathBuf;

use super::{EXIT_INVALID, EXIT_OK, load_scenario};
use crate::engine::script::{parse_script, possible_now, start_and_run};
use crate::report;
use crate::scenario::model::Scenario;
use serde_json::Value;

/// What `play --json` prints.
#[derive(serde::Serialize)]
struct PlayJson<'a> {
    outcome: &'a crate::engine::Outcome,
    debrief: &'a crate::engine::Debrief,
}

/// The outcome and debrief as JSON, with every promise, answer, fact, meeting, beat, stakeholder,
/// claim, event, person and rubric check named by its id in the scenario file instead of its
/// position, so that an author can read it and a tool can join it with the file.
pub fn play_json(
    scenario: &Scenario,
    debrief: &crate::engine::Debrief,
) -> Result<Value, serde_json::Error> {
    let mut value = serde_json::to_value(PlayJson {
        outcome: &debrief.outcome,
        debrief,
    })?;
    name_ids(&mut value, scenario);
    Ok(value)
}

/// The id of the `n`th item of a list, or the number itself when it is out of range.
fn key_of<T>(items: &[T], n: &Value, key: impl Fn(&T) -> &str) -> Value {
    n.as_u64()
        .and_then(|i| items.get(i as usize))
        .map_or_else(|| n.clone(), |item| Value::String(key(item).to_owned()))
}

/// Replaces numeric ids by the scenario's ids, by field name (the engine's types name every id
/// field after what it points at).
fn name_ids(value: &mut Value, s: &Scenario) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| name_ids(v, s)),
        Value::Object(map) => {
            // A beat is numbered within its meeting: name it before the meeting is named.
            if let (Some(m), Some(b)) = (
                map.get("meeting").and_then(Value::as_u64),
                map.get("beat").cloned(),
            ) && let Some(ms) = s.meetings.get(m as usize)
            {
                map.insert("beat".into(), key_of(&ms.beats, &b, |x| &x.key));
            }
            for (k, v) in map.iter_mut() {
                let named = match k.as_str() {
                    "promise" => key_of(&s.promises, v, |x| &x.key),
                    "fact" => key_of(&s.facts, v, |x| &x.key),
                    "check" => key_of(&s.scoring.rubric, v, |x| &x.key),
                    "answer" => key_of(&s.answers, v, |x| &x.key),
                    "meeting" => key_of(&s.meetings, v, |x| &x.key),
                    "stakeholder" => key_of(&s.stakeholders, v, |x| &x.key),
                    "claim" => key_of(&s.offer.claims, v, |x| &x.key),
                    "event" => key_of(&s.delivery.events, v, |x| &x.key),
                    "person" => key_of(&s.delivery.people, v, |x| &x.key),
                    // Two roles: what a flag is about (`{"Estimate": scope}`, `{"Claim": claim}`).
                    "Estimate" => key_of(&s.offer.scope, v, |x| &x.key),
                    "Claim" => key_of(&s.offer.claims, v, |x| &x.key),
                    "failed" => Value::Array(
                        v.as_array()
                            .into_iter()
                            .flatten()
                            .map(|n| key_of(&s.scoring.rubric, n, |x| &x.key))
                            .collect(),
                    ),
                    // Outcome: `[promise, verdict]` pairs.
                    "promises" if v.as_array().is_some_and(|a| a.iter().all(Value::is_array)) => {
                        first_named(v, |n| key_of(&s.promises, n, |x| &x.key))
                    }
                    // Pacing: `[stakeholder, readiness, verdict]` per person in the room.
                    "room" => first_named(v, |n| key_of(&s.stakeholders, n, |x| &x.key)),
                    // Per stakeholder, in scenario order: keyed by stakeholder.
                    "stakeholder_satisfaction" => Value::Object(
                        s.stakeholders
                            .iter()
                            .zip(v.as_array().into_iter().flatten())
                            .map(|(st, x)| (st.key.clone(), x.clone()))
                            .collect(),
                    ),
                    _ => {
                        name_ids(v, s);
                        continue;
                    }
                };
                *v = named;
            }
        }
        _ => {}
    }
}

/// An array of tuples with the first element of each named by `name`.
fn first_named(v: &Value, name: impl Fn(&Value) -> Value) -> Value {
    Value::Array(
        v.as_array()
            .into_iter()
            .flatten()
            .map(|t| match t.as_array() {
                Some(parts) if !parts.is_empty() => {
                    let mut parts = parts.clone();
                    parts[0] = name(&parts[0]);
                    Value::Array(parts)
                }
                _ => t.clone(),
            })
            .collect(),
    )
}

/// Arguments of `play`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario file (*.scenario.ron).
    #[arg(value_name = "SCENARIO")]
    pub scenario: PathBuf,
    /// The session seed (default: the scenario's `default_seed`).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// The script of actions to play (RON: `Script(steps: [...])`).
    #[arg(long, value_name = "ACTIONS.ron")]
    pub script: PathBuf,
    /// Print the outcome and the debrief as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Skip the counterfactual replays (one per promise) in the debrief.
    #[arg(long)]
    pub no_what_if: bool,
    /// Also write the debrief as one self-contained HTML file here.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write the debrief as Markdown here.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
}

/// Plays the script and prints the outcome and debrief. Returns [`EXIT_INVALID`] when the
/// scenario or script does not load, a step cannot be played, or the script stops before the end.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let scenario = match load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let origin = args.script.display().to_string();
    let src = match std::fs::read_to_string(&args.script) {
        Ok(src) => src,
        Err(e) => {
            let _ = writeln!(err, "error: {origin}: cannot read the script: {e}");
            return EXIT_INVALID;
        }
    };
    let script = match parse_script(&src, &origin) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let seed = args.seed.unwrap_or(scenario.default_seed);
    let (session, result) = start_and_run(scenario, seed, &script);
    if let Err(e) = result {
        let _ = writeln!(err, "error: {origin}: {e}");
        return EXIT_INVALID;
    }
    if !session.is_over() {
        let _ = writeln!(
            err,
            "error: {origin}: the script ended before the session was over ({}); end it with Finish",
            possible_now(&session)
        );
        return EXIT_INVALID;
    }
    let Some(debrief) = session.debrief(!args.no_what_if) else {
        let _ = writeln!(err, "error: the session has no outcome");
        return EXIT_INVALID;
    };
    for (path, body) in [
        (
            &args.html,
            args.html.as_ref().map(|_| report::html(&session, &debrief)),
        ),
        (
            &args.markdown,
            args.markdown
                .as_ref()
                .map(|_| report::markdown(&session, &debrief)),
        ),
    ] {
        if let (Some(path), Some(body)) = (path, body)
            && let Err(e) = std::fs::write(path, body)
        {
            let _ = writeln!(err, "error: {}: cannot write: {e}", path.display());
            return EXIT_INVALID;
        }
    }
    if args.json {
        let value = match play_json(session.scenario(), &debrief) {
            Ok(v) => v,
            Err(e) => {
                let _ = writeln!(err, "error: cannot write JSON: {e}");
                return EXIT_INVALID;
            }
        };
        if let Err(code) = super::write_json(&value, out, err) {
            return code;
        }
    } else {
        let _ = write!(out, "{}", report::text(&session, &debrief));
    }
    EXIT_OK
}
