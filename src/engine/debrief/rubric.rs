//! The rubric: each of the scenario's checks judged against the session, with the figures that
//! decided it, and the verdict the two scorecards reach from those checks.

use serde::{Deserialize, Serialize};

use super::super::{Heard, Outcome, PaceRecord, PidItem, Session};
use crate::scenario::model::{
    AnswerId, CheckId, CheckTest, ClaimTruth, FactId, MeetingId, PromiseKind, Role,
};

/// What a check found: its test with the measured figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CheckDetail {
    /// Whether someone from delivery attended a meeting.
    Attended {
        /// Who.
        role: Role,
        /// Which meeting.
        meeting: MeetingId,
        /// They did.
        attended: bool,
    },
    /// Whether a fact was found during sales.
    Found {
        /// The fact.
        fact: FactId,
        /// It was.
        found: bool,
        /// Found, yet left out of the document handed to delivery (the check passes: it was
        /// found; the team still met it as work nobody planned).
        #[serde(default)]
        left_out: bool,
    },
    /// An answer that should not have been given.
    Avoided {
        /// The answer.
        answer: AnswerId,
        /// It was given.
        said: bool,
    },
    /// An answer that should have been given.
    Chose {
        /// The answer.
        answer: AnswerId,
        /// It was given.
        said: bool,
    },
    /// Every promise in the PID.
    FullHandoff {
        /// Promises left out (0 when there was no handoff).
        left_out: u32,
        /// There was a handoff.
        handed_off: bool,
    },
    /// Promises made without the colleague who approves them.
    Agreed {
        /// How many.
        without: u32,
    },
    /// Answers that lost a listener (said in a register they do not fully follow, with nobody
    /// in the room to put it plainly).
    NoneLost {
        /// How many answers.
        answers: u32,
        /// How many listeners lost, counted once per answer.
        listeners: u32,
    },
    /// Claims made that do not hold.
    NoFalseClaims {
        /// How many.
        made: u32,
    },
    /// Share of answers matched to the room.
    Pacing {
        /// Measured, 0..=1.
        share: f32,
        /// Needed.
        min: f32,
    },
    /// Margin as a share of price.
    Margin {
        /// Measured.
        share: f32,
        /// Needed.
        min: f32,
    },
    /// Client satisfaction.
    Satisfaction {
        /// Measured, 0..=100.
        value: f32,
        /// Needed.
        min: f32,
    },
    /// Delivered by the agreed date.
    OnTime {
        /// Something was delivered.
        delivered: bool,
        /// Weeks delivery took.
        weeks: u32,
        /// Weeks past the agreed date.
        late: u32,
    },
    /// Weeks of overtime.
    Overtime {
        /// Measured.
        weeks: u32,
        /// Allowed.
        max: u32,
    },
    /// The client signed.
    Won(bool),
    /// Every part must pass.
    All(Vec<CheckDetail>),
}

/// A rubric result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// The check.
    pub check: CheckId,
    /// Passed.
    pub passed: bool,
    /// What was measured.
    pub detail: CheckDetail,
}

/// The verdict of the two scorecards, from the scenario's rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DealVerdict {
    /// The client did not sign: no deal, no commission, presales time spent.
    NoDeal {
        /// What presales time cost.
        presales_cost: f32,
    },
    /// The seller walked away: judged by what the deal on the table would have done.
    WalkedAway(crate::engine::walk_away::WalkAway),
    /// Signed, and every rubric check passed: a deal worth winning.
    WorthWinning,
    /// Signed and every rubric check passed, but scope sold was dropped in delivery and refunded:
    /// not delivered the way it was sold.
    Descoped {
        /// Money refunded to the client.
        refund: f32,
        /// Scope items delivered, of those sold.
        delivered: u32,
        /// Scope items sold.
        sold: u32,
    },
    /// Signed and paid, but some rubric checks failed.
    Disagree {
        /// What the seller was paid at signature.
        commission: f32,
        /// The checks that failed, in rubric order.
        failed: Vec<CheckId>,
        /// How many checks were judged.
        of: u32,
    },
}

impl DealVerdict {
    /// The verdict of an outcome and its judged rubric.
    pub fn of(outcome: &Outcome, rubric: &[CheckResult]) -> DealVerdict {
        let failed: Vec<CheckId> = rubric
            .iter()
            .filter(|r| !r.passed)
            .map(|r| r.check)
            .collect();
        if let Some(judged) = outcome.walked_away {
            DealVerdict::WalkedAway(judged)
        } else if !outcome.won {
            DealVerdict::NoDeal {
                presales_cost: outcome.presales_cost,
            }
        } else if failed.is_empty() && outcome.refund > 0.0 {
            DealVerdict::Descoped {
                refund: outcome.refund,
                delivered: outcome.scope_delivered,
                sold: outcome.scope_sold,
            }
        } else if failed.is_empty() {
            DealVerdict::WorthWinning
        } else {
            DealVerdict::Disagree {
                commission: outcome.seller.commission,
                failed,
                of: rubric.len() as u32,
            }
        }
    }

    /// True when the scorecards agree that the deal was worth winning.
    pub fn is_good(&self) -> bool {
        match self {
            DealVerdict::WorthWinning => true,
            DealVerdict::WalkedAway(j) => j.was_right(),
            _ => false,
        }
    }
}

/// True for a test only delivery can pass: handoff, margin, satisfaction, schedule and
/// overtime. A lost deal's rubric leaves these out.
pub fn needs_delivery(test: &CheckTest) -> bool {
    match test {
        CheckTest::FullHandoff
        | CheckTest::MarginAtLeast(_)
        | CheckTest::SatisfactionAtLeast(_)
        | CheckTest::OnTime
        | CheckTest::OvertimeAtMost(_) => true,
        CheckTest::All(parts) => parts.iter().any(needs_delivery),
        CheckTest::Attended(..)
        | CheckTest::Found(_)
        | CheckTest::Avoided(_)
        | CheckTest::Chose(_)
        | CheckTest::NoFalseClaims
        | CheckTest::Agreed
        | CheckTest::NoneLost
        | CheckTest::PacingAtLeast(_)
        | CheckTest::Won => false,
    }
}

impl Session {
    /// Judges the scenario's rubric, in rubric order. For a lost deal the checks only delivery
    /// can pass are left out.
    pub fn rubric(&self, outcome: &Outcome, pacing_share: f32) -> Vec<CheckResult> {
        self.scenario
            .scoring
            .rubric
            .iter()
            .enumerate()
            .filter(|(_, c)| outcome.won || !needs_delivery(&c.test))
            .map(|(i, c)| {
                let (passed, detail) = self.judge(&c.test, outcome, pacing_share);
                CheckResult {
                    check: CheckId(i as u16),
                    passed,
                    detail,
                }
            })
            .collect()
    }

    fn judge(&self, test: &CheckTest, outcome: &Outcome, pacing_share: f32) -> (bool, CheckDetail) {
        let s = &self.scenario;
        let sales = &self.state.sales;
        match test {
            CheckTest::Attended(role, m) => {
                let attended = sales.attended[m.ix()].contains(role);
                (
                    attended,
                    CheckDetail::Attended {
                        role: *role,
                        meeting: *m,
                        attended,
                    },
                )
            }
            CheckTest::Found(f) => {
                let found = sales.known[f.ix()];
                let left_out = found
                    && self.state.delivery.is_some()
                    && !self.state.pid.contains(&PidItem::Fact(*f));
                (
                    found,
                    CheckDetail::Found {
                        fact: *f,
                        found,
                        left_out,
                    },
                )
            }
            CheckTest::Avoided(c) => {
                let said = sales.chosen[c.ix()];
                (!said, CheckDetail::Avoided { answer: *c, said })
            }
            CheckTest::Chose(c) => {
                let said = sales.chosen[c.ix()];
                (said, CheckDetail::Chose { answer: *c, said })
            }
            CheckTest::FullHandoff => {
                let left_out = if outcome.won {
                    self.state
                        .ledger
                        .iter()
                        .filter(|e| !self.state.pid.contains(&PidItem::Promise(e.promise)))
                        .count() as u32
                } else {
                    0
                };
                (
                    outcome.won && left_out == 0,
                    CheckDetail::FullHandoff {
                        left_out,
                        handed_off: outcome.won,
                    },
                )
            }
            CheckTest::NoFalseClaims => {
                let made = self
                    .state
                    .ledger
                    .iter()
                    .filter(|e| matches!(s.promises[e.promise.ix()].kind, PromiseKind::Claim(c) if matches!(s.offer.claims[c.ix()].truth, ClaimTruth::DoesNotHold { .. })))
                    .count() as u32;
                (made == 0, CheckDetail::NoFalseClaims { made })
            }
            CheckTest::Agreed => {
                let without = self
                    .state
                    .ledger
                    .iter()
                    .filter(|e| self.unagreed(e.promise).is_some())
                    .count() as u32;
                (without == 0, CheckDetail::Agreed { without })
            }
            CheckTest::NoneLost => {
                let lost = |r: &PaceRecord| {
                    r.heard.iter().filter(|(_, h)| *h == Heard::Lost).count() as u32
                };
                let answers = sales.pacing.iter().filter(|r| lost(r) > 0).count() as u32;
                let listeners = sales.pacing.iter().map(lost).sum();
                (answers == 0, CheckDetail::NoneLost { answers, listeners })
            }
            CheckTest::PacingAtLeast(min) => (
                pacing_share >= *min,
                CheckDetail::Pacing {
                    share: pacing_share,
                    min: *min,
                },
            ),
            CheckTest::MarginAtLeast(min) => (
                outcome.won && outcome.margin_share >= *min,
                CheckDetail::Margin {
                    share: outcome.margin_share,
                    min: *min,
                },
            ),
            CheckTest::SatisfactionAtLeast(min) => (
                outcome.won && outcome.satisfaction >= *min,
                CheckDetail::Satisfaction {
                    value: outcome.satisfaction,
                    min: *min,
                },
            ),
            CheckTest::OnTime => (
                outcome.won && outcome.weeks_late == 0,
                CheckDetail::OnTime {
                    delivered: outcome.won,
                    weeks: outcome.actual_weeks,
                    late: outcome.weeks_late,
                },
            ),
            CheckTest::OvertimeAtMost(n) => (
                outcome.overtime_weeks <= *n,
                CheckDetail::Overtime {
                    weeks: outcome.overtime_weeks,
                    max: *n,
                },
            ),
            CheckTest::Won => (outcome.won, CheckDetail::Won(outcome.won)),
            CheckTest::All(tests) => {
                let results: Vec<(bool, CheckDetail)> = tests
                    .iter()
                    .map(|t| self.judge(t, outcome, pacing_share))
                    .collect();
                let ok = results.iter().all(|(p, _)| *p);
                (
                    ok,
                    CheckDetail::All(results.into_iter().map(|(_, d)| d).collect()),
                )
            }
        }
    }
}
