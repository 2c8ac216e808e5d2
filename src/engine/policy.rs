//! Automatic players for Monte Carlo balance checks: random, a greedy seller, and a careful one.
//!
//! A [`Policy`] looks at a [`Session`] and returns the next [`Action`]; [`play`] runs one to the
//! end. Policies are plain Rust, deterministic for a given seed, and cheap per step (beyond the
//! engine's own `legal_actions`). They exist to test scenarios: when the greedy seller does better
//! for the company than the careful one, the scenario teaches the wrong lesson.

use rand::{RngExt, SeedableRng, rngs::Xoshiro256PlusPlus};

use crate::engine::{Action, Phase, PidItem, Session};
use crate::scenario::model::{ClaimTruth, MeetingId, PromiseKind, Role, Scenario, ScopeId};

/// Something that plays a session: given where it stands, the next action.
pub trait Policy {
    /// The next action. Should be one of `session.legal_actions()`; [`play`] falls back to the
    /// first legal action when it is not.
    fn choose(&mut self, session: &Session) -> Action;
}

/// The names [`by_name`] knows, in the order `simulate --policy all` runs them.
pub const NAMES: [&str; 4] = ["random", "greedy", "careful", "walker"];

/// A policy by name (`random`, `greedy`, `careful`, `walker`), seeded where it draws random numbers.
pub fn by_name(name: &str, seed: u64) -> Option<Box<dyn Policy>> {
    match name {
        "random" => Some(Box::new(Random::new(seed))),
        "greedy" => Some(Box::new(GreedySeller)),
        "careful" => Some(Box::new(Careful)),
        "walker" => Some(Box::new(Walker)),
        _ => None,
    }
}

/// One policy per role: the seller's plays the sales meetings and writes the PID, the delivery
/// lead's reviews the PID (two roles) and runs delivery.
pub struct PerRole {
    seller: Box<dyn Policy>,
    delivery: Box<dyn Policy>,
}

impl PerRole {
    /// The seller played by `seller`, the delivery lead by `delivery` (names as [`by_name`]).
    pub fn new(seller: &str, delivery: &str, seed: u64) -> Option<PerRole> {
        Some(PerRole {
            seller: by_name(seller, seed)?,
            delivery: by_name(delivery, seed.wrapping_add(0x5EED))?,
        })
    }
}

impl Policy for PerRole {
    fn choose(&mut self, session: &Session) -> Action {
        match session.phase() {
            Phase::Plan | Phase::Invite(_) | Phase::Beat(..) | Phase::Handoff => {
                self.seller.choose(session)
            }
            Phase::Review | Phase::Delivery | Phase::Over => self.delivery.choose(session),
        }
    }
}

/// Who plays each role in a simulation: the label `simulate` reports, and a policy name per role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePolicies {
    /// As reported: `greedy` when one policy plays both roles, else `seller=greedy,delivery=careful`.
    pub label: String,
    /// The seller's policy.
    pub seller: String,
    /// The delivery lead's policy.
    pub delivery: String,
}

impl RolePolicies {
    /// Both roles played by `name`.
    pub fn both(name: &str) -> RolePolicies {
        RolePolicies {
            label: name.to_owned(),
            seller: name.to_owned(),
            delivery: name.to_owned(),
        }
    }

    /// The policy this names, seeded.
    pub fn policy(&self, seed: u64) -> Option<Box<dyn Policy>> {
        if self.seller == self.delivery {
            return by_name(&self.seller, seed);
        }
        PerRole::new(&self.seller, &self.delivery, seed).map(|p| Box::new(p) as Box<dyn Policy>)
    }
}

/// Parses a `--policy` value: a name for both roles (`random`, `greedy`, `careful`); `all` (the
/// three in turn); `roles` (greedy and careful for each role: four pairs); or one pair
/// `seller=NAME,delivery=NAME` (a role left out is played by the other role's policy).
pub fn parse_spec(spec: &str) -> Result<Vec<RolePolicies>, String> {
    let spec = spec.trim();
    let known = |n: &str| -> Result<String, String> {
        if NAMES.contains(&n) {
            Ok(n.to_owned())
        } else {
            Err(format!(
                "unknown policy {n:?}: use one of {}",
                NAMES.join(", ")
            ))
        }
    };
    match spec {
        "all" => return Ok(NAMES.iter().map(|n| RolePolicies::both(n)).collect()),
        "roles" => {
            let mut out = Vec::new();
            for seller in ["greedy", "careful"] {
                for delivery in ["greedy", "careful"] {
                    out.push(if seller == delivery {
                        RolePolicies::both(seller)
                    } else {
                        RolePolicies {
                            label: format!("seller={seller},delivery={delivery}"),
                            seller: seller.into(),
                            delivery: delivery.into(),
                        }
                    });
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    if !spec.contains('=') {
        return known(spec)
            .map(|n| vec![RolePolicies::both(&n)])
            .map_err(|e| {
                format!("{e}, `all`, `roles`, or a pair like `seller=greedy,delivery=careful`")
            });
    }
    let (mut seller, mut delivery) = (None, None);
    for part in spec.split(',') {
        let Some((role, name)) = part.split_once('=') else {
            return Err(format!(
                "{part:?} is not `ROLE=POLICY`: write a pair like `seller=greedy,delivery=careful`"
            ));
        };
        let slot = match role.trim() {
            "seller" => &mut seller,
            "delivery" => &mut delivery,
            other => {
                return Err(format!(
                    "unknown role {other:?}: the roles are `seller` and `delivery`"
                ));
            }
        };
        if slot.is_some() {
            return Err(format!("the role {:?} is named twice", role.trim()));
        }
        *slot = Some(known(name.trim())?);
    }
    let (seller, delivery) = match (seller, delivery) {
        (Some(s), Some(d)) => (s, d),
        (Some(s), None) => (s.clone(), s),
        (None, Some(d)) => (d.clone(), d),
        (None, None) => return Err("name at least one role".into()),
    };
    Ok(vec![if seller == delivery {
        RolePolicies::both(&seller)
    } else {
        RolePolicies {
            label: format!("seller={seller},delivery={delivery}"),
            seller,
            delivery,
        }
    }])
}

/// The most actions [`play`] applies before giving up on a policy (a guard, never reached by
/// the policies here: delivery ends at `max_weeks` and each week accepts a bounded number of actions).
pub const MAX_STEPS: usize = 100_000;

/// Plays `session` to the end with `policy`. Returns the number of actions applied.
///
/// An action the engine refuses is replaced by the first legal action, so a faulty policy cannot
/// hang a simulation; after [`MAX_STEPS`] actions the session is left as it is.
pub fn play(session: &mut Session, policy: &mut dyn Policy) -> usize {
    let mut steps = 0;
    while !session.is_over() && steps < MAX_STEPS {
        let action = policy.choose(session);
        if session.apply(action).is_err() {
            let Some(first) = session.legal_actions().into_iter().next() else {
                break;
            };
            if session.apply(first).is_err() {
                break;
            }
        }
        steps += 1;
    }
    steps
}

/// Uniformly random over the legal actions but walking away, with its own seeded generator.
#[derive(Debug, Clone)]
pub struct Random {
    rng: Xoshiro256PlusPlus,
}

impl Random {
    /// A random player with this seed.
    pub fn new(seed: u64) -> Self {
        Random {
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
        }
    }
}

impl Policy for Random {
    fn choose(&mut self, session: &Session) -> Action {
        let mut legal = session.legal_actions();
        // Walking away is a deliberate choice ([`Walker`]), not a random one.
        legal.retain(|a| *a != Action::WalkAway);
        if legal.is_empty() {
            return Action::EndWeek;
        }
        let i = self.rng.random_range(0..legal.len());
        legal.swap_remove(i)
    }
}

/// The seller who says yes: never brings delivery people, picks the answer that promises the
/// most, hands over only the scope, and in delivery pushes overtime whenever the team is behind.
#[derive(Debug, Clone, Copy, Default)]
pub struct GreedySeller;

impl Policy for GreedySeller {
    fn choose(&mut self, session: &Session) -> Action {
        let s = session.scenario();
        match session.phase() {
            // The plan as it comes: no slack, nobody booked.
            Phase::Plan => Action::ConfirmPlan,
            Phase::Invite(_) => Action::Invite(Vec::new()),
            Phase::Beat(m, _) => {
                let present = &s.meetings[m.ix()].present;
                best_answer(session, |c| {
                    let answer = &s.answers[c.ix()];
                    let concerns: usize = answer
                        .promises
                        .iter()
                        .map(|p| {
                            let concern = Session::concern_of(s, *p);
                            present
                                .iter()
                                .filter(|k| s.stakeholders[k.ix()].cares.contains(&concern))
                                .count()
                        })
                        .sum();
                    // Larger is better: most promises, then most concerns, then deeper.
                    -((answer.promises.len() * 10_000 + concerns * 10 + answer.depth as usize)
                        as f32)
                })
            }
            Phase::Handoff => {
                // Only the scope goes over the fence.
                for item in session.pid_candidates() {
                    let scope = matches!(item, PidItem::Promise(p)
                        if matches!(s.promises[p.ix()].kind, PromiseKind::Scope(_)));
                    if session.state().pid.contains(&item) != scope {
                        return Action::SetInPid(item, scope);
                    }
                }
                Action::SubmitPid
            }
            // Two roles only: a policy plays the delivery lead who accepts the document as written.
            Phase::Review => Action::AcceptPid,
            Phase::Delivery => {
                let Some(d) = &session.state().delivery else {
                    return Action::EndWeek;
                };
                let want = d.behind() > 0.0;
                if d.overtime != want && can(session, &Action::SetOvertime(want)) {
                    return Action::SetOvertime(want);
                }
                Action::EndWeek
            }
            Phase::Over => Action::EndWeek,
        }
    }
}

/// The seller who listens: brings the project manager and the senior designer when the meeting
/// allows and patience can bear it, matches the depth of each answer to the room and speaks in
/// words it follows (a register a listener does not speak costs what they would lose), avoids claims
/// the designer has flagged and deadlines the true effort cannot meet, hands everything over, and
/// runs delivery steadily: tests 20 % where a late defect is costly and 10 % where it is cheap, an
/// update before each review, more time asked early, a hire only when the client will not give
/// more time and there is runway for them to pay back their ramp-up, overtime one (fresh) week at
/// a time.
#[derive(Debug, Clone, Copy, Default)]
pub struct Careful;

/// Quality share the careful player runs at where a late defect is costly.
const CAREFUL_QUALITY: u8 = 20;
/// Quality share the careful player runs at where a late defect is cheap.
const CAREFUL_LIGHT_QUALITY: u8 = 10;
/// The warranty multiplier from which the careful player counts a late defect as costly.
const CAREFUL_COSTLY_WARRANTY: f32 = 4.0;
/// Weeks left to the team's deadline the careful player wants before hiring (a newcomer needs
/// their ramp-up paid back).
const CAREFUL_HIRE_RUNWAY: u32 = 6;
/// Behind-plan share at which the careful player asks for more time.
const CAREFUL_ASK_BEHIND: f32 = 0.15;

impl Careful {
    /// The quality share for this scenario: more testing where a defect the client finds is costly.
    fn quality(s: &Scenario) -> u8 {
        if s.delivery.model.warranty_multiplier >= CAREFUL_COSTLY_WARRANTY {
            CAREFUL_QUALITY
        } else {
            CAREFUL_LIGHT_QUALITY
        }
    }

    fn invite(session: &Session, m: MeetingId) -> Action {
        let s = session.scenario();
        let ms = &s.meetings[m.ix()];
        let patience = session.state().sales.patience;
        // Every beat left may cost one patience; keep one in hand.
        let beats_left: i32 = s.meetings[m.ix()..]
            .iter()
            .map(|ms| ms.beats.len() as i32)
            .sum();
        let per = s.sales.attendee_patience.max(0);
        let wanted = [Role::ProjectManager, Role::SeniorDesigner];
        let mut roles: Vec<Role> = ms
            .may_invite
            .iter()
            .copied()
            .filter(|r| wanted.contains(r))
            .collect();
        while !roles.is_empty() && patience - per * roles.len() as i32 - beats_left < 1 {
            // Keep the project manager over the designer when only one fits.
            let drop = roles
                .iter()
                .position(|r| *r == Role::SeniorDesigner)
                .unwrap_or(roles.len() - 1);
            roles.remove(drop);
        }
        Action::Invite(roles)
    }

    /// Weeks the whole known job needs at the careful quality share, with these scope items sold.
    fn weeks_needed(session: &Session, extra_scope: &[ScopeId], extra_days: f32) -> f32 {
        let s = session.scenario();
        let sales = &session.state().sales;
        let mut days = extra_days;
        for (i, item) in s.offer.scope.iter().enumerate() {
            let promised = session.state().ledger.iter().any(
                |e| matches!(s.promises[e.promise.ix()].kind, PromiseKind::Scope(x) if x.ix() == i),
            );
            if item.core || promised || extra_scope.iter().any(|x| x.ix() == i) {
                days += item.true_effort;
            }
        }
        for e in &session.state().ledger {
            match &s.promises[e.promise.ix()].kind {
                PromiseKind::Extra { effort_days, .. } => days += effort_days,
                PromiseKind::Claim(c) => match s.offer.claims[c.ix()].truth {
                    ClaimTruth::HoldsWithWork(w) => days += w,
                    ClaimTruth::DoesNotHold { rework_days, .. } => days += rework_days,
                    ClaimTruth::Holds => {}
                },
                _ => {}
            }
        }
        for (i, f) in s.facts.iter().enumerate() {
            if let Some(need) = f.need
                && sales.known[i]
            {
                days += need.effort_days;
            }
        }
        let capacity: f32 = s.delivery.people[..s.delivery.team_size]
            .iter()
            .map(|p| p.capacity)
            .sum::<f32>()
            * (1.0 - CAREFUL_QUALITY as f32 / 100.0);
        if capacity <= 0.0 {
            return f32::INFINITY;
        }
        days / capacity
    }

    /// Trust the room would lose to the answer's words: each listener in `present` who does not
    /// fully follow its register, unless a delivery person in the room (not the one speaking) puts
    /// it into plain words (rules §1 step 1b). 0 for an answer without a register.
    fn lost(
        session: &Session,
        s: &Scenario,
        c: crate::scenario::model::AnswerId,
        present: &[crate::scenario::model::StakeholderId],
    ) -> f32 {
        let answer = &s.answers[c.ix()];
        let Some(r) = answer.register else {
            return 0.0;
        };
        let reg = &s.sales.registers[r.ix()];
        let attending = &session.state().sales.attending;
        if reg.everyone
            || reg
                .rescued_by
                .iter()
                .any(|role| *role != answer.by && attending.contains(role))
        {
            return 0.0;
        }
        present
            .iter()
            .map(|k| {
                let f = s.stakeholders[k.ix()]
                    .fluency
                    .get(r.ix())
                    .copied()
                    .unwrap_or(0.0);
                (1.0 - f).max(0.0) * reg.lost_trust
            })
            .sum()
    }

    /// True when the answer makes a promise the careful seller would not make.
    fn avoid(session: &Session, s: &Scenario, c: crate::scenario::model::AnswerId) -> bool {
        let answer = &s.answers[c.ix()];
        let designer = session
            .state()
            .sales
            .attended
            .iter()
            .flatten()
            .any(|r| *r == Role::SeniorDesigner);
        let mut scope: Vec<ScopeId> = Vec::new();
        let mut days = 0.0;
        for p in &answer.promises {
            match &s.promises[p.ix()].kind {
                PromiseKind::Scope(i) => scope.push(*i),
                PromiseKind::Extra { effort_days, .. } => days += effort_days,
                _ => {}
            }
        }
        answer
            .promises
            .iter()
            .any(|p| match s.promises[p.ix()].kind {
                PromiseKind::Claim(claim) => {
                    designer
                        && matches!(
                            s.offer.claims[claim.ix()].truth,
                            ClaimTruth::DoesNotHold { .. }
                        )
                }
                PromiseKind::Deadline(w) => (w as f32) < Self::weeks_needed(session, &scope, days),
                _ => false,
            })
    }
}

impl Policy for Careful {
    fn choose(&mut self, session: &Session) -> Action {
        let s = session.scenario();
        match session.phase() {
            Phase::Plan => super::campaign::careful_plan_step(session),
            Phase::Invite(m) => Careful::invite(session, m),
            Phase::Beat(m, _) => {
                let present = &s.meetings[m.ix()].present;
                let readiness = &session.state().sales.readiness;
                let any_ok = session
                    .legal_actions()
                    .iter()
                    .any(|a| matches!(a, Action::Choose(c) if !Careful::avoid(session, s, *c)));
                best_answer(session, |c| {
                    let answer = &s.answers[c.ix()];
                    let gap: f32 = present
                        .iter()
                        .map(|k| (answer.depth as f32 - readiness[k.ix()]).abs())
                        .sum();
                    let trust: f32 = answer
                        .effects
                        .iter()
                        .map(|e| match e {
                            crate::scenario::model::Effect::Trust(_, d) => *d,
                            _ => 0.0,
                        })
                        .sum();
                    let penalty = if any_ok && Careful::avoid(session, s, c) {
                        1_000.0
                    } else {
                        0.0
                    };
                    // Smaller is better: pacing and words the room follows first, then what it
                    // reveals, then goodwill.
                    penalty + gap * 10.0 + Careful::lost(session, s, c, present)
                        - answer.reveals.len() as f32 * 0.5
                        - trust * 0.01
                })
            }
            Phase::Handoff => {
                for item in session.pid_candidates() {
                    if !session.state().pid.contains(&item) {
                        return Action::SetInPid(item, true);
                    }
                }
                Action::SubmitPid
            }
            // Two roles only: a policy plays the delivery lead who accepts the document as written.
            Phase::Review => Action::AcceptPid,
            Phase::Delivery => {
                let Some(d) = &session.state().delivery else {
                    return Action::EndWeek;
                };
                let next = d.weeks_done + 1;
                let behind = d.behind();
                let quality = Careful::quality(s);
                // A hire when the client will not give more time and the newcomer has runway.
                let hire = (behind > CAREFUL_ASK_BEHIND
                    && !agreeable(session)
                    && d.team_deadline.saturating_sub(d.weeks_done) >= CAREFUL_HIRE_RUNWAY)
                    .then(|| {
                        (s.delivery.team_size..s.delivery.people.len())
                            .map(|i| Action::Hire(crate::scenario::model::PersonId(i as u16)))
                            .find(|a| can(session, a))
                    })
                    .flatten();
                let candidates = [
                    (d.quality_share != quality).then_some(Action::SetQualityShare(quality)),
                    hire,
                    (!d.update_planned
                        && (next % 3 == 0
                            || (behind > CAREFUL_ASK_BEHIND
                                && agreeable(session)
                                && can(session, &Action::RequestMoreTime(2)))))
                    .then_some(Action::ClientUpdate),
                    (behind > CAREFUL_ASK_BEHIND && !d.change_this_week && agreeable(session))
                        .then_some(Action::RequestMoreTime(2)),
                    (d.overtime).then_some(Action::SetOvertime(false)),
                    (!d.overtime && d.overtime_streak == 0 && behind > 0.05)
                        .then_some(Action::SetOvertime(true)),
                ];
                for a in candidates.into_iter().flatten() {
                    // Overtime switched on this week stays on for this week only.
                    if a == Action::SetOvertime(false) && d.overtime_streak == 0 {
                        continue;
                    }
                    if can(session, &a) {
                        return a;
                    }
                }
                Action::EndWeek
            }
            Phase::Over => Action::EndWeek,
        }
    }
}

/// The seller who says yes, then thinks again: sells as [`GreedySeller`], but before the closing
/// meeting and at each of its answers prices the deal on the table honestly (every sold item at
/// its true effort, every hidden need, the extras and claims promised, the discount) and walks away when that is over the
/// client's budget: a deal the client can only afford underpriced. A scenario without a budget is
/// never walked away from. A deal it keeps is delivered as [`Careful`] delivers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Walker;

impl Walker {
    /// The deal on the table priced at the team's estimates.
    fn honest_price(session: &Session) -> f32 {
        let s = session.scenario();
        let deal = session.deal_on_table();
        // The job as it really is: every hidden need, found or not (the automatic player may
        // read the scenario; a person learns it by asking).
        let needs: f32 = s
            .facts
            .iter()
            .filter_map(|f| f.need.map(|n| n.effort_days))
            .sum();
        let scope: f32 = deal
            .scope
            .iter()
            .map(|i| s.offer.scope[i.ix()].true_effort)
            .sum();
        // Promised work the price does not cover: extras, and what the claims take.
        let promised: f32 = session
            .state()
            .ledger
            .iter()
            .map(|e| match &s.promises[e.promise.ix()].kind {
                PromiseKind::Extra { effort_days, .. } => *effort_days,
                PromiseKind::Claim(c) => match s.offer.claims[c.ix()].truth {
                    ClaimTruth::HoldsWithWork(w) => w,
                    ClaimTruth::DoesNotHold { rework_days, .. } => rework_days,
                    ClaimTruth::Holds => 0.0,
                },
                _ => 0.0,
            })
            .sum();
        s.offer.day_rate * (scope + needs + promised) * (1.0 - deal.discount_pct / 100.0)
    }
}

impl Policy for Walker {
    fn choose(&mut self, session: &Session) -> Action {
        let s = session.scenario();
        let budget = s.sales.decision.budget;
        let closing = match session.phase() {
            Phase::Invite(m) | Phase::Beat(m, _) => s.meetings[m.ix()].closes,
            _ => false,
        };
        if closing
            && budget > 0.0
            && Walker::honest_price(session) > budget
            && can(session, &Action::WalkAway)
        {
            return Action::WalkAway;
        }
        match session.phase() {
            Phase::Plan | Phase::Invite(_) | Phase::Beat(..) | Phase::Handoff => {
                GreedySeller.choose(session)
            }
            _ => Careful.choose(session),
        }
    }
}

/// The legal answer with the lowest cost; ties go to the first in the beat's order.
fn best_answer(
    session: &Session,
    mut cost: impl FnMut(crate::scenario::model::AnswerId) -> f32,
) -> Action {
    let mut best: Option<(f32, Action)> = None;
    for a in session.legal_actions() {
        if let Action::Choose(c) = a {
            let k = cost(c);
            if best.as_ref().is_none_or(|(b, _)| k < *b) {
                best = Some((k, a));
            }
        }
    }
    best.map_or(Action::EndWeek, |(_, a)| a)
}

/// True when the engine would accept `action` now.
fn can(session: &Session, action: &Action) -> bool {
    session.is_legal(action)
}

/// True when the people a time extension touches trust the team enough to agree to it (the
/// engine's own judgement of the request).
fn agreeable(session: &Session) -> bool {
    session
        .change_outlook(crate::engine::ChangeKind::MoreTime(2))
        .is_some_and(|o| o.accepted)
}
