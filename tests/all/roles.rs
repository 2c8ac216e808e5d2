//! Two roles at one table: seats and turns, flags, the PID review, role views that leak nothing.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use overpromise::engine::script::{parse_script, run_script};
use overpromise::engine::{Action, Phase, Session, TableMode};
use overpromise::scenario;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn level(stem: &str) -> Arc<scenario::model::Scenario> {
    Arc::new(
        scenario::load_file(&root().join(format!("levels/{stem}.scenario.ron")))
            .unwrap_or_else(|e| panic!("{e}")),
    )
}

#[test]
#[ignore]
fn explore_flags() {
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
    ] {
        for kind in ["careful", "overpromise"] {
            let s = level(stem);
            let path = root().join(format!("tests/scripts/{stem}.{kind}.ron"));
            let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
            let mut session = Session::with_mode(s.clone(), s.default_seed, TableMode::TwoRoles);
            for step in &script.steps {
                if let Phase::Beat(m, b) = session.phase() {
                    let opts: Vec<String> = session
                        .legal_actions()
                        .iter()
                        .map(|a| match a {
                            Action::Choose(c) => {
                                format!("{}{:?}", s.choices[c.ix()].key, session.concerns(*c))
                            }
                            _ => String::new(),
                        })
                        .filter(|x| !x.is_empty())
                        .collect();
                    println!(
                        "{stem}.{kind} {} {}: {:?}",
                        s.milestones[m.ix()].key,
                        b,
                        opts
                    );
                }
                if matches!(step, overpromise::engine::script::Step::SubmitPid) {
                    let _ = overpromise::engine::script::run_step(&mut session, step);
                    println!(
                        "PID {:?} ledger {:?}",
                        session.view(overpromise::engine::Seat::DeliveryLead).pid,
                        session.view(overpromise::engine::Seat::Seller).ledger
                    );
                    session.apply(Action::AcceptPid).unwrap();
                    continue;
                }
                if let Err(e) = overpromise::engine::script::run_step(&mut session, step) {
                    println!("ERR {e}");
                    break;
                }
            }
            let _ = run_script;
            let _ = Path::new("");
        }
    }
}
