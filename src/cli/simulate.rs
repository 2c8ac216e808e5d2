//! `overpromise simulate SCENARIO --runs N --seed S --policy ...`: Monte Carlo balance checks.
//!
//! Run `i` uses seed `S + i` for both the session and the policy. Runs are split into contiguous
//! chunks over threads and merged back in run order, so the same seed gives the same summary
//! whatever the number of threads.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Serialize;

use super::{EXIT_INVALID, EXIT_OK, load_scenario};
use crate::engine::Session;
use crate::engine::policy::{self, NAMES};
use crate::report::money;
use crate::scenario::model::Scenario;

/// Which automatic player to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PolicyChoice {
    /// Uniformly random legal actions.
    Random,
    /// The greedy seller: promises everything, hands over only the scope.
    Greedy,
    /// The careful seller: brings delivery people, paces, hands everything over.
    Careful,
    /// The careful seller who walks away when the honest price is over the client's budget.
    Walker,
    /// All four, one after the other.
    All,
}

impl PolicyChoice {
    /// The policy names this choice runs, in order.
    pub fn names(self) -> Vec<&'static str> {
        match self {
            PolicyChoice::Random => vec!["random"],
            PolicyChoice::Greedy => vec!["greedy"],
            PolicyChoice::Careful => vec!["careful"],
            PolicyChoice::Walker => vec!["walker"],
            PolicyChoice::All => NAMES.to_vec(),
        }
    }
}

/// A parsed `--policy` value: who plays each role, per simulated policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySpec(pub Vec<policy::RolePolicies>);

/// Parses a `--policy` value ([`policy::parse_spec`]); a bad one gets a message saying what is wrong.
pub fn parse_policy(spec: &str) -> Result<PolicySpec, String> {
    policy::parse_spec(spec).map(PolicySpec)
}

/// Arguments of `simulate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The scenario file (*.scenario.ron), or a built-in level (`builtin:NAME`, see `list`).
    #[arg(value_name = "SCENARIO")]
    pub scenario: PathBuf,
    /// Playthroughs per policy.
    #[arg(long, default_value_t = 1000, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
    pub runs: u64,
    /// First seed; run i uses seed S+i (default: the scenario's `default_seed`).
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
    /// Which automatic player(s) to run: `random`, `greedy`, `careful`, `walker` (both roles),
    /// `all` (the four), `roles` (greedy and careful for each role: four pairs), or a pair such as
    /// `seller=greedy,delivery=careful`.
    #[arg(long, default_value = "all", value_parser = parse_policy, value_name = "POLICY")]
    pub policy: PolicySpec,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Worker threads (default: every core). The summary does not depend on it.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub threads: Option<u64>,
}

/// What one playthrough came to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct RunResult {
    /// The client signed.
    pub won: bool,
    /// Margin (negative presales cost when lost).
    pub margin: f32,
    /// Client satisfaction 0..=100.
    pub satisfaction: f32,
    /// Deal size (0 when lost).
    pub deal_size: f32,
    /// Commission (0 when lost).
    pub commission: f32,
    /// Renewal chance × renewal value.
    pub expected_renewal: f32,
    /// Weeks past the agreed deadline.
    pub weeks_late: u32,
    /// Overall score 0..=100.
    pub score: f32,
    /// The seller's quota attainment (counted bookings over quota; 0 without a quota).
    pub attainment: f32,
    /// The deal counted for the seller's quarter (signed and closed within it).
    pub in_quarter: bool,
    /// Team morale at the end (0 when lost).
    pub morale: f32,
    /// The seller walked away.
    pub walked_away: bool,
    /// The seller walked away from a deal that would have lost money.
    pub walk_away_right: bool,
}

/// Plays run `i` of a simulation: seed `seed + i` for the session and for the policy.
pub fn play_one(scenario: &Arc<Scenario>, name: &str, seed: u64) -> RunResult {
    let mut session = Session::new(scenario.clone(), seed);
    let mut p = policy::parse_spec(name)
        .ok()
        .and_then(|v| v.into_iter().next())
        .and_then(|r| r.policy(seed))
        .unwrap_or_else(|| Box::new(policy::Random::new(seed)));
    policy::play(&mut session, p.as_mut());
    let (Some(o), Some(cards)) = (session.outcome(), session.scorecards()) else {
        return RunResult::default();
    };
    RunResult {
        attainment: cards.seller.attainment,
        in_quarter: o.won && cards.seller.in_quarter,
        morale: if o.won { o.morale } else { 0.0 },
        won: o.won,
        walked_away: o.walked_away.is_some(),
        walk_away_right: o.walked_away.is_some_and(|w| w.was_right()),
        margin: o.company.margin,
        satisfaction: o.company.satisfaction,
        deal_size: o.seller.deal_size,
        commission: o.seller.commission,
        expected_renewal: o.company.expected_renewal,
        weeks_late: o.weeks_late,
        score: o.score,
    }
}

/// Plays `runs` playthroughs with policy `name` over `threads` threads; results are in run order.
/// `done` counts finished runs as they finish (for a progress bar).
pub fn run_many(
    scenario: &Arc<Scenario>,
    name: &str,
    seed: u64,
    runs: usize,
    threads: usize,
    done: &AtomicUsize,
) -> Vec<RunResult> {
    let threads = threads.clamp(1, runs.max(1));
    let chunk = runs.div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let start = t * chunk;
                let end = ((t + 1) * chunk).min(runs);
                scope.spawn(move || {
                    let mut out = Vec::with_capacity(end.saturating_sub(start));
                    for i in start..end {
                        out.push(play_one(scenario, name, seed.wrapping_add(i as u64)));
                        if out.len() % 64 == 0 {
                            done.fetch_add(64, Ordering::Relaxed);
                        }
                    }
                    done.fetch_add(out.len() % 64, Ordering::Relaxed);
                    out
                })
            })
            .collect();
        let mut all = Vec::with_capacity(runs);
        for h in handles {
            match h.join() {
                Ok(part) => all.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// Mean and percentiles of a sample.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// Mean.
    pub mean: f64,
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
}

impl Spread {
    /// The spread of `values` (nearest-rank percentiles; all zero when empty).
    pub fn of(values: &[f32]) -> Spread {
        if values.is_empty() {
            return Spread {
                mean: 0.0,
                p10: 0.0,
                p50: 0.0,
                p90: 0.0,
            };
        }
        let mean = values.iter().map(|v| *v as f64).sum::<f64>() / values.len() as f64;
        let mut sorted = values.to_vec();
        sorted.sort_by(|a, b| a.total_cmp(b));
        let at = |q: f64| {
            let rank = (q * sorted.len() as f64).ceil().max(1.0) as usize;
            sorted[rank.min(sorted.len()) - 1] as f64
        };
        Spread {
            mean,
            p10: at(0.1),
            p50: at(0.5),
            p90: at(0.9),
        }
    }
}

/// The seller's scorecard, averaged over every run (a lost deal counts as zero).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SellerSummary {
    /// Mean deal size.
    pub mean_deal_size: f64,
    /// Mean commission.
    pub mean_commission: f64,
    /// Mean quota attainment (0 without a quota).
    pub mean_attainment: f64,
    /// Share of runs whose deal counted for the quarter (signed and closed within it).
    pub quarter_rate: f64,
}

/// The delivery lead's scorecard, averaged over the won runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DeliverySummary {
    /// Mean margin of the delivered projects.
    pub mean_margin: f64,
    /// Mean weeks late.
    pub mean_weeks_late: f64,
    /// Mean team morale at the end.
    pub mean_morale: f64,
}

/// The company's scorecard, averaged over every run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CompanySummary {
    /// Mean margin (a lost deal counts its presales cost).
    pub mean_margin: f64,
    /// Mean client satisfaction.
    pub mean_satisfaction: f64,
    /// Mean renewal chance × renewal value.
    pub mean_expected_renewal: f64,
}

/// The summary of one policy's runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicySummary {
    /// The policy's name.
    pub policy: String,
    /// Runs played.
    pub runs: usize,
    /// Runs in which the client signed.
    pub wins: usize,
    /// Share of runs won, 0..=1.
    pub win_rate: f64,
    /// Margin over every run.
    pub margin: Spread,
    /// Client satisfaction over every run.
    pub satisfaction: Spread,
    /// Runs per satisfaction band of ten points (0–10, ..., 90–100).
    pub satisfaction_histogram: [usize; 10],
    /// The seller's scorecard.
    pub seller: SellerSummary,
    /// The company's scorecard.
    pub company: CompanySummary,
    /// The delivery lead's scorecard (over the won runs).
    pub delivery: DeliverySummary,
    /// Mean weeks late over the won runs.
    pub mean_weeks_late: f64,
    /// Mean overall score over every run.
    pub mean_score: f64,
    /// Runs in which the seller walked away.
    pub walk_aways: usize,
    /// Of those, runs in which the deal on the table would have lost money.
    pub walk_aways_right: usize,
}

impl PolicySummary {
    /// Summarises results given in run order.
    pub fn new(policy: &str, results: &[RunResult]) -> PolicySummary {
        let n = results.len().max(1) as f64;
        let mean = |f: fn(&RunResult) -> f32| results.iter().map(|r| f(r) as f64).sum::<f64>() / n;
        let wins = results.iter().filter(|r| r.won).count();
        let margins: Vec<f32> = results.iter().map(|r| r.margin).collect();
        let sats: Vec<f32> = results.iter().map(|r| r.satisfaction).collect();
        let mut histogram = [0usize; 10];
        for s in &sats {
            histogram[((s / 10.0).floor().max(0.0) as usize).min(9)] += 1;
        }
        let won: Vec<&RunResult> = results.iter().filter(|r| r.won).collect();
        let won_mean = |f: fn(&RunResult) -> f64| {
            if won.is_empty() {
                0.0
            } else {
                won.iter().map(|r| f(r)).sum::<f64>() / won.len() as f64
            }
        };
        let late: Vec<f64> = results
            .iter()
            .filter(|r| r.won)
            .map(|r| r.weeks_late as f64)
            .collect();
        PolicySummary {
            policy: policy.to_owned(),
            runs: results.len(),
            wins,
            win_rate: wins as f64 / n,
            margin: Spread::of(&margins),
            satisfaction: Spread::of(&sats),
            satisfaction_histogram: histogram,
            seller: SellerSummary {
                mean_deal_size: mean(|r| r.deal_size),
                mean_commission: mean(|r| r.commission),
                mean_attainment: mean(|r| r.attainment),
                quarter_rate: results.iter().filter(|r| r.in_quarter).count() as f64 / n,
            },
            delivery: DeliverySummary {
                mean_margin: won_mean(|r| r.margin as f64),
                mean_weeks_late: won_mean(|r| r.weeks_late as f64),
                mean_morale: won_mean(|r| r.morale as f64),
            },
            company: CompanySummary {
                mean_margin: mean(|r| r.margin),
                mean_satisfaction: mean(|r| r.satisfaction),
                mean_expected_renewal: mean(|r| r.expected_renewal),
            },
            mean_weeks_late: if late.is_empty() {
                0.0
            } else {
                late.iter().sum::<f64>() / late.len() as f64
            },
            mean_score: mean(|r| r.score),
            walk_aways: results.iter().filter(|r| r.walked_away).count(),
            walk_aways_right: results.iter().filter(|r| r.walk_away_right).count(),
        }
    }
}

/// The whole simulation, as `--json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Scenario id.
    pub scenario: String,
    /// Scenario title.
    pub title: String,
    /// First seed.
    pub seed: u64,
    /// Runs per policy.
    pub runs: u64,
    /// One summary per policy, in the order run.
    pub policies: Vec<PolicySummary>,
    /// Balance warnings.
    pub warnings: Vec<String>,
}

/// The warning printed when the greedy seller does better than the careful one.
pub const WRONG_LESSON: &str = "the scenario rewards overpromising: it teaches the wrong lesson";

/// The warning printed when the careful seller also earns more commission than the greedy one:
/// nothing tempts anyone to overpromise, and the game is a quiz.
pub const NO_DILEMMA: &str = "no dilemma: the careful seller also wins the seller's scorecard";

/// The warning printed when the careful seller wins under [`CAREFUL_MIN_WIN_RATE`] of the deals:
/// the honest path hardly ever gets a deal, and the level teaches that honesty does not sell.
pub const CAREFUL_RARELY_WINS: &str = "the careful seller rarely wins the deal: a broken level";

/// The share of deals under which the careful seller's win rate is warned about.
pub const CAREFUL_MIN_WIN_RATE: f64 = 1.0 / 3.0;

/// The warning printed when the walker walks away but never from a deal that would have lost
/// money: walking away is offered and always wrong. (A walker that never walks away, because the
/// honest price always fits the budget, is not warned about.)
pub const WALKING_NEVER_RIGHT: &str = "walking away is never the right call";

/// Balance warnings: greedy beats careful on the company's scorecard (mean margin and mean
/// satisfaction), or greedy has the highest mean overall score (the wrong lesson); or careful
/// earns at least as much mean commission as greedy (no dilemma).
pub fn warnings(policies: &[PolicySummary]) -> Vec<String> {
    let mut out = Vec::new();
    let find = |name: &str| policies.iter().find(|p| p.policy == name);
    if let Some(careful) = find("careful")
        && careful.win_rate < CAREFUL_MIN_WIN_RATE
    {
        out.push(format!(
            "{CAREFUL_RARELY_WINS} (careful wins {:.0} % of the deals)",
            careful.win_rate * 100.0
        ));
    }
    if let Some(walker) = find("walker")
        && walker.walk_aways > 0
        && walker.walk_aways_right == 0
    {
        out.push(format!(
            "{WALKING_NEVER_RIGHT} (the walker walked away in {} of {} runs, never from a deal that would have lost money)",
            walker.walk_aways, walker.runs
        ));
    }
    let Some(greedy) = find("greedy") else {
        return out;
    };
    if let Some(careful) = find("careful")
        && careful.seller.mean_commission >= greedy.seller.mean_commission
    {
        out.push(format!(
            "{NO_DILEMMA} (mean commission {} for careful against {} for greedy)",
            money(careful.seller.mean_commission as f32),
            money(greedy.seller.mean_commission as f32)
        ));
    }
    if let Some(careful) = find("careful")
        && greedy.company.mean_margin > careful.company.mean_margin
        && greedy.company.mean_satisfaction > careful.company.mean_satisfaction
    {
        out.push(format!(
            "{WRONG_LESSON} (greedy beats careful on the company's scorecard: mean margin {} against {}, mean satisfaction {:.1} against {:.1})",
            money(greedy.company.mean_margin as f32),
            money(careful.company.mean_margin as f32),
            greedy.company.mean_satisfaction,
            careful.company.mean_satisfaction
        ));
    }
    let others: Vec<&PolicySummary> = policies.iter().filter(|p| p.policy != "greedy").collect();
    if !others.is_empty() && others.iter().all(|p| greedy.mean_score > p.mean_score) {
        out.push(format!(
            "{WRONG_LESSON} (greedy has the highest mean overall score: {:.1})",
            greedy.mean_score
        ));
    }
    out
}

/// Runs the simulation and prints the summary. Returns [`EXIT_INVALID`] when the scenario does not load.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write, progress: bool) -> u8 {
    let scenario = match load_scenario(&args.scenario) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INVALID;
        }
    };
    let seed = args.seed.unwrap_or(scenario.default_seed);
    let runs = args.runs as usize;
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        |t| t as usize,
    );
    let names: Vec<String> = args.policy.0.iter().map(|r| r.label.clone()).collect();
    let show_progress = progress && runs > 1000;
    let mut policies = Vec::new();
    for name in &names {
        let results = if show_progress {
            with_progress(err, name, runs, |done| {
                run_many(&scenario, name, seed, runs, threads, done)
            })
        } else {
            run_many(&scenario, name, seed, runs, threads, &AtomicUsize::new(0))
        };
        policies.push(PolicySummary::new(name, &results));
    }
    let summary = Summary {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        seed,
        runs: args.runs,
        warnings: warnings(&policies),
        policies,
    };
    if args.json {
        if let Err(code) = super::write_json(&summary, out, err) {
            return code;
        }
    } else {
        let _ = write!(out, "{}", text(&summary));
    }
    EXIT_OK
}

/// Runs `work` on worker threads while this thread draws a progress bar on `err`.
fn with_progress<T: Send>(
    err: &mut dyn Write,
    label: &str,
    total: usize,
    work: impl FnOnce(&AtomicUsize) -> T + Send,
) -> T {
    let done = AtomicUsize::new(0);
    let result = std::thread::scope(|scope| {
        let worker = scope.spawn(|| work(&done));
        while !worker.is_finished() {
            draw_bar(err, label, done.load(Ordering::Relaxed), total);
            std::thread::sleep(Duration::from_millis(100));
        }
        worker.join()
    });
    draw_bar(err, label, total, total);
    let _ = writeln!(err);
    match result {
        Ok(r) => r,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn draw_bar(err: &mut dyn Write, label: &str, done: usize, total: usize) {
    const WIDTH: usize = 30;
    let done = done.min(total);
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    let _ = write!(
        err,
        "\r{label:<8} [{}{}] {:>3} % {done}/{total}",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        (done * 100).checked_div(total).unwrap_or(100)
    );
    let _ = err.flush();
}

/// The summary as text.
pub fn text(s: &Summary) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} (`{}`): {} run(s) per policy, seeds {}..={}",
        s.title,
        s.scenario,
        s.runs,
        s.seed,
        s.seed.wrapping_add(s.runs.saturating_sub(1))
    );
    for p in &s.policies {
        let _ = writeln!(o, "\n{}", p.policy.to_uppercase());
        let _ = writeln!(
            o,
            "  win rate           {:.1} % ({} of {})",
            p.win_rate * 100.0,
            p.wins,
            p.runs
        );
        let _ = writeln!(
            o,
            "  margin             mean {}  p10 {}  p50 {}  p90 {}",
            money(p.margin.mean as f32),
            money(p.margin.p10 as f32),
            money(p.margin.p50 as f32),
            money(p.margin.p90 as f32)
        );
        let _ = writeln!(
            o,
            "  satisfaction       mean {:.1}  p10 {:.1}  p50 {:.1}  p90 {:.1}",
            p.satisfaction.mean, p.satisfaction.p10, p.satisfaction.p50, p.satisfaction.p90
        );
        let most = p
            .satisfaction_histogram
            .iter()
            .copied()
            .max()
            .unwrap_or(0)
            .max(1);
        for (i, count) in p.satisfaction_histogram.iter().enumerate() {
            let bar = (count * 40).div_ceil(most);
            let _ = writeln!(
                o,
                "    {:>3}-{:<3} {:<40} {count}",
                i * 10,
                i * 10 + 10,
                "#".repeat(bar)
            );
        }
        let _ = writeln!(
            o,
            "  seller's card      mean deal size {}  mean commission {}  attainment {:.0} %  in the quarter {:.0} %",
            money(p.seller.mean_deal_size as f32),
            money(p.seller.mean_commission as f32),
            p.seller.mean_attainment * 100.0,
            p.seller.quarter_rate * 100.0
        );
        let _ = writeln!(
            o,
            "  delivery's card    mean margin {}  mean weeks late {:.2}  mean morale {:.0} (won deals)",
            money(p.delivery.mean_margin as f32),
            p.delivery.mean_weeks_late,
            p.delivery.mean_morale
        );
        let _ = writeln!(
            o,
            "  company's card     mean margin {}  mean satisfaction {:.1}  mean expected renewal {}",
            money(p.company.mean_margin as f32),
            p.company.mean_satisfaction,
            money(p.company.mean_expected_renewal as f32)
        );
        let _ = writeln!(
            o,
            "  weeks late         {:.2} on average (won deals)",
            p.mean_weeks_late
        );
        let _ = writeln!(o, "  overall score      {:.1} on average", p.mean_score);
    }
    if s.policies.len() > 1 {
        let _ = writeln!(
            o,
            "\n{:<32}{:>10}{:>12}{:>14}{:>10}{:>14}{:>8}",
            "policy", "win rate", "commission", "margin", "satisf.", "renewal", "score"
        );
        for p in &s.policies {
            let _ = writeln!(
                o,
                "{:<32}{:>9.1}%{:>12}{:>14}{:>10.1}{:>14}{:>8.1}",
                p.policy,
                p.win_rate * 100.0,
                money(p.seller.mean_commission as f32),
                money(p.company.mean_margin as f32),
                p.company.mean_satisfaction,
                money(p.company.mean_expected_renewal as f32),
                p.mean_score
            );
        }
    }
    for w in &s.warnings {
        let _ = writeln!(o, "\nWARNING: {w}");
    }
    o
}
