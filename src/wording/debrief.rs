//! The debrief in words: the one place its sentences are built, for the game's debrief screen
//! and the text, Markdown and HTML reports alike.
//!
//! Every function here reads the engine's typed debrief data ([`crate::engine::debrief`]) and
//! the scenario's names; none decides anything. Scenario-authored text (check labels, questions,
//! promise and fact texts) is quoted as authored.

use super::{decimal, money, percent, promise_what, role_name, signed, verdict};
use crate::engine::Outcome;
use crate::engine::debrief::{
    CheckDetail, CheckLine, DealVerdict, Effect, LossKindLine, LossLine, NeedStatus, PromiseEdit,
    WhatIf,
};
use crate::scenario::model::{Role, Scenario};
use crate::tr;

mod moments;
pub use moments::{moment, question};

/// A labelled figure on a scorecard: `Margin`, `12,400`, `18 % of the price`.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// What is measured.
    pub label: String,
    /// Its value.
    pub value: String,
    /// A note under (or beside) it.
    pub note: String,
}

fn figure(label: String, value: String, note: String) -> Figure {
    Figure { label, value, note }
}

/// The seller's and the company's scorecards. A lost deal shows no satisfaction or morale: there
/// was no delivery to measure them on. `commission`: the seller's, where the reader may know it.
pub fn scorecards(o: &Outcome, commission: Option<f32>) -> (Vec<Figure>, Vec<Figure>) {
    let mut seller = vec![figure(
        tr!("debrief-deal-size"),
        money(o.seller.deal_size),
        if o.won {
            tr!("debrief-deal-size-won")
        } else {
            tr!("debrief-deal-size-lost")
        },
    )];
    if let Some(c) = commission {
        seller.push(figure(
            tr!("debrief-commission"),
            money(c),
            tr!("debrief-commission-note"),
        ));
    }
    let company = if o.won {
        vec![
            figure(
                tr!("debrief-margin"),
                money(o.company.margin),
                tr!("debrief-margin-share", share = percent(o.margin_share)),
            ),
            figure(
                tr!("debrief-satisfaction"),
                tr!(
                    "debrief-out-of-100",
                    value = decimal(o.company.satisfaction, 0)
                ),
                tr!("debrief-satisfaction-note"),
            ),
            figure(
                tr!("debrief-renewal"),
                money(o.company.expected_renewal),
                tr!("debrief-renewal-note", chance = percent(o.renewal_chance)),
            ),
            figure(
                tr!("debrief-morale"),
                tr!("debrief-out-of-100", value = decimal(o.company.morale, 0)),
                tr!("debrief-overtime", weeks = o.overtime_weeks),
            ),
        ]
    } else {
        vec![
            figure(
                tr!("debrief-margin"),
                money(o.company.margin),
                tr!("debrief-margin-lost-note"),
            ),
            figure(
                tr!("debrief-satisfaction"),
                "–".into(),
                tr!("debrief-satisfaction-lost-note"),
            ),
            figure(
                tr!("debrief-renewal"),
                money(0.0),
                tr!("debrief-renewal-lost-note"),
            ),
            figure(
                tr!("debrief-morale"),
                "–".into(),
                tr!("debrief-morale-lost-note"),
            ),
        ]
    };
    (seller, company)
}

/// A report's subtitle: the client and the seed played (`Marlow Physio · seed 7`).
pub fn subtitle(client: &str, seed: u64) -> String {
    // The seed as text: a count goes through a float, which a large seed would not survive.
    tr!("debrief-subtitle", client = client, seed = seed.to_string())
}

/// What the pacing record shows for an answer given where the reader was not in the room.
pub fn not_in_room() -> String {
    tr!("debrief-not-in-room")
}

/// The outcome in one line.
pub fn headline(o: &Outcome) -> String {
    if !o.won {
        return tr!("debrief-headline-lost");
    }
    let kept = o
        .promises
        .iter()
        .filter(|(_, v)| *v == crate::engine::outcome::Verdict::Kept)
        .count();
    let price = money(o.price);
    if o.weeks_late > 0 {
        tr!(
            "debrief-headline-won-late",
            price = price,
            weeks = o.actual_weeks,
            agreed = o.agreed_weeks,
            late = o.weeks_late,
            kept = kept,
            promises = o.promises.len()
        )
    } else {
        tr!(
            "debrief-headline-won",
            price = price,
            weeks = o.actual_weeks,
            agreed = o.agreed_weeks,
            kept = kept,
            promises = o.promises.len()
        )
    }
}

/// What walking away from the deal on the table meant, judged by replaying it.
fn walked_away_line(
    where_: &str,
    j: &crate::engine::walk_away::WalkAway,
    commission_shown: bool,
) -> String {
    if j.was_right() {
        tr!(
            "debrief-walked-away-right",
            in_meeting = where_,
            price = money(j.price),
            weeks = j.weeks,
            late = j.weeks_late,
            loss = money(-j.margin),
            gave_up = gave_up(j, commission_shown)
        )
    } else {
        tr!(
            "debrief-walked-away-wrong",
            in_meeting = where_,
            price = money(j.price),
            weeks = j.weeks,
            late = j.weeks_late,
            margin = money(j.margin),
            gave_up = gave_up(j, commission_shown)
        )
    }
}

/// `; the seller gave up 1,200 of commission`, for a reader who may know it.
fn gave_up(j: &crate::engine::walk_away::WalkAway, commission_shown: bool) -> String {
    if commission_shown {
        tr!("debrief-gave-up", commission = money(j.commission))
    } else {
        String::new()
    }
}

/// The scorecards' verdict; `commission_shown`: the reader may know the seller's commission.
pub fn deal_verdict(v: &DealVerdict, commission_shown: bool) -> String {
    match v {
        DealVerdict::NoDeal { presales_cost } if *presales_cost > 0.0 => {
            tr!("debrief-verdict-no-deal-cost", cost = money(*presales_cost))
        }
        DealVerdict::NoDeal { .. } => tr!("debrief-verdict-no-deal"),
        DealVerdict::WorthWinning => tr!("debrief-verdict-worth-winning"),
        DealVerdict::Disagree { failed, of, .. } if !commission_shown => tr!(
            "debrief-verdict-disagree",
            failed = failed.len(),
            checks = *of
        ),
        DealVerdict::WalkedAway(j) if j.was_right() && !commission_shown => {
            tr!("debrief-verdict-avoided", saved = money(-j.margin))
        }
        DealVerdict::WalkedAway(j) if j.was_right() => tr!(
            "debrief-verdict-avoided-commission",
            saved = money(-j.margin),
            commission = money(j.commission)
        ),
        DealVerdict::WalkedAway(j) if !commission_shown => {
            tr!("debrief-verdict-given-up", margin = money(j.margin))
        }
        DealVerdict::WalkedAway(j) => tr!(
            "debrief-verdict-given-up-commission",
            margin = money(j.margin),
            commission = money(j.commission)
        ),
        DealVerdict::Descoped {
            refund,
            delivered,
            sold,
        } => tr!(
            "debrief-verdict-descoped",
            delivered = *delivered,
            sold = *sold,
            refund = money(*refund)
        ),
        DealVerdict::Disagree {
            commission,
            failed,
            of,
        } => tr!(
            "debrief-verdict-disagree-commission",
            commission = money(*commission),
            failed = failed.len(),
            checks = *of
        ),
    }
}

/// Why a lost deal was lost, a sentence each: how it ended, the client's score against what
/// they needed, the price against the budget, who was lost in which meeting (the presales cost is
/// in the verdict).
pub fn loss(l: &LossLine, commission_shown: bool) -> Vec<String> {
    let in_meeting = |m: &Option<String>| {
        m.as_ref().map_or(String::new(), |m| {
            tr!("debrief-in-meeting", meeting = m.as_str())
        })
    };
    let mut out = vec![match &l.kind {
        LossKindLine::LostFaith { who, meeting } => tr!(
            "debrief-loss-lost-faith",
            who = who.as_str(),
            in_meeting = in_meeting(meeting)
        ),
        LossKindLine::OutOfPatience { meeting } => {
            tr!(
                "debrief-loss-out-of-patience",
                in_meeting = in_meeting(meeting)
            )
        }
        LossKindLine::SellerWalkedAway { meeting, judged } => {
            walked_away_line(&in_meeting(meeting), judged, commission_shown)
        }
        LossKindLine::NotSigned { chance } => {
            tr!("debrief-loss-not-signed", chance = percent(*chance))
        }
    }];
    out.push(tr!(
        "debrief-loss-score",
        score = decimal(l.score, 2),
        threshold = decimal(l.threshold, 2)
    ));
    out.push(if l.budget > 0.0 {
        let over = (l.price / l.budget - 1.0) * 100.0;
        if over > 0.5 {
            tr!(
                "debrief-loss-over-budget",
                price = money(l.price),
                budget = money(l.budget),
                over = format!("{}\u{a0}%", decimal(over, 0))
            )
        } else {
            tr!(
                "debrief-loss-within-budget",
                price = money(l.price),
                budget = money(l.budget)
            )
        }
    } else {
        tr!("debrief-loss-no-budget", price = money(l.price))
    });
    for t in &l.lost {
        out.push(tr!(
            "debrief-loss-trust",
            who = t.who.as_str(),
            from = decimal(t.from, 0),
            to = decimal(t.to, 0),
            meeting = t.meeting.as_str(),
            change = signed(-t.in_meeting, 0)
        ));
    }
    out
}

/// What a rubric check found.
pub fn check(d: &CheckLine) -> String {
    match d {
        CheckLine::Attended {
            role,
            meeting,
            attended,
        } => {
            let role = role_name(*role);
            if *attended {
                tr!(
                    "debrief-check-attended",
                    role = role,
                    meeting = meeting.as_str()
                )
            } else {
                tr!(
                    "debrief-check-not-attended",
                    role = role,
                    meeting = meeting.as_str()
                )
            }
        }
        CheckLine::Found {
            fact,
            found,
            left_out,
        } => {
            let fact = fact.as_str();
            if *left_out {
                tr!("debrief-check-found-left-out", fact = fact)
            } else if *found {
                tr!("debrief-check-found", fact = fact)
            } else {
                tr!("debrief-check-never-found", fact = fact)
            }
        }
        CheckLine::Said { answer, said } => {
            if *said {
                tr!("debrief-check-said", answer = answer.as_str())
            } else {
                tr!("debrief-check-never-said", answer = answer.as_str())
            }
        }
        CheckLine::All(parts) => parts.iter().map(check).collect::<Vec<_>>().join("; "),
        CheckLine::Measured(d) => measured(d),
    }
}

/// What a rubric check that names nothing measured.
fn measured(d: &CheckDetail) -> String {
    match d {
        CheckDetail::FullHandoff {
            left_out,
            handed_off,
        } => {
            if !handed_off {
                tr!("debrief-measured-no-handoff")
            } else if *left_out == 0 {
                tr!("debrief-measured-full-handoff")
            } else {
                tr!("debrief-measured-left-out", count = *left_out)
            }
        }
        CheckDetail::Agreed { without } => {
            if *without == 0 {
                tr!("debrief-measured-all-agreed")
            } else {
                tr!("debrief-measured-unagreed", count = *without)
            }
        }
        CheckDetail::NoneLost { answers, listeners } => {
            if *answers == 0 {
                tr!("debrief-measured-none-lost")
            } else {
                tr!(
                    "debrief-measured-lost",
                    answers = *answers,
                    times = *listeners
                )
            }
        }
        CheckDetail::NoFalseClaims { made } => {
            if *made == 0 {
                tr!("debrief-measured-no-false-claims")
            } else {
                tr!("debrief-measured-false-claims", count = *made)
            }
        }
        CheckDetail::Pacing { share, min } => tr!(
            "debrief-measured-pacing",
            share = decimal(share * 100.0, 0),
            min = decimal(min * 100.0, 0)
        ),
        CheckDetail::Margin { share, min } => tr!(
            "debrief-measured-margin",
            share = decimal(share * 100.0, 0),
            min = decimal(min * 100.0, 0)
        ),
        CheckDetail::Satisfaction { value, min } => tr!(
            "debrief-measured-satisfaction",
            value = decimal(*value, 0),
            min = decimal(*min, 0)
        ),
        CheckDetail::OnTime {
            delivered,
            weeks,
            late,
        } => {
            if !delivered {
                tr!("debrief-measured-nothing-delivered")
            } else if *late == 0 {
                tr!("debrief-measured-on-time", weeks = *weeks)
            } else {
                // Late against the agreed date, which the sentence names.
                tr!(
                    "debrief-measured-late",
                    weeks = *weeks,
                    late = *late,
                    agreed = weeks.saturating_sub(*late)
                )
            }
        }
        CheckDetail::Overtime { weeks, max } => {
            tr!("debrief-measured-overtime", weeks = *weeks, max = *max)
        }
        CheckDetail::Won(won) => {
            if *won {
                tr!("debrief-measured-signed")
            } else {
                tr!("debrief-measured-not-signed")
            }
        }
        // Named checks are resolved into [`CheckLine`]s by the engine.
        CheckDetail::Attended { .. }
        | CheckDetail::Found { .. }
        | CheckDetail::Avoided { .. }
        | CheckDetail::Chose { .. }
        | CheckDetail::All(_) => String::new(),
    }
}

/// Names joined the way the language joins them: `Dana and Ravi`.
fn and_list(names: &[String]) -> String {
    let mut names = names.iter();
    let first = names.next().cloned().unwrap_or_default();
    names.fold(first, |all, next| {
        tr!("debrief-and", first = all, second = next)
    })
}

/// Who did not follow an answer's register, for the pacing record ("IT jargon lost Dana; your
/// senior designer put it plainly for Ravi"); `None` when everyone followed.
pub fn heard(line: &crate::engine::debrief::PaceLine, names: &[String]) -> Option<String> {
    let register = line.register.as_deref()?;
    let name = |c: &crate::engine::debrief::PaceCell| names.get(c.who).cloned().unwrap_or_default();
    let lost: Vec<String> = line
        .room
        .iter()
        .filter(|c| c.heard == Some(crate::engine::Heard::Lost))
        .map(name)
        .collect();
    let mut parts = Vec::new();
    if !lost.is_empty() {
        parts.push(tr!(
            "debrief-heard-lost",
            register = register,
            names = and_list(&lost)
        ));
    }
    for c in &line.room {
        if let Some(crate::engine::Heard::Rescued(by)) = c.heard {
            let register = super::in_sentence(register);
            let name = name(c);
            parts.push(match by {
                Role::Seller => tr!(
                    "debrief-heard-rescued-seller",
                    register = register,
                    name = name
                ),
                Role::ProjectManager => tr!(
                    "debrief-heard-rescued-project-manager",
                    register = register,
                    name = name
                ),
                Role::SeniorDesigner => tr!(
                    "debrief-heard-rescued-senior-designer",
                    register = register,
                    name = name
                ),
            });
        }
    }
    (!parts.is_empty()).then(|| super::capitalized(&parts.join("; ")))
}

/// What became of a hidden need.
pub fn need_status(n: &NeedStatus) -> String {
    match n {
        NeedStatus::Surfaced { found, week, days } => {
            let days = decimal(*days, 0);
            if *found {
                tr!("debrief-need-surfaced-found", week = *week, days = days)
            } else {
                tr!("debrief-need-surfaced-unfound", week = *week, days = days)
            }
        }
        NeedStatus::Planned => tr!("debrief-need-planned"),
        NeedStatus::LeftOut => tr!("debrief-need-left-out"),
        NeedStatus::Unfound => tr!("debrief-need-unfound"),
        NeedStatus::FoundNoDeal => tr!("debrief-need-found-no-deal"),
        NeedStatus::MissedNoDeal => tr!("debrief-need-missed-no-deal"),
    }
}

/// When a consequence happened: `handoff` (week 0) or `week 3`.
pub fn when(week: u32) -> String {
    if week == 0 {
        tr!("debrief-when-handoff")
    } else {
        tr!("debrief-when-week", week = week)
    }
}

/// A consequence of a promise: `+12 person-days of unplanned work`, `trust −4 with Dana`.
pub fn effect(e: &Effect) -> String {
    match e {
        Effect::Work { days, surprise } => {
            let days = decimal(*days, 0);
            if *surprise {
                tr!("debrief-effect-work-surprise", days = days)
            } else {
                tr!("debrief-effect-work", days = days)
            }
        }
        Effect::Trust { who, delta } => tr!(
            "debrief-effect-trust",
            change = signed(*delta, 0),
            who = who.as_str()
        ),
        Effect::ClaimTested(true) => tr!("debrief-effect-claim-held"),
        Effect::ClaimTested(false) => tr!("debrief-effect-claim-failed"),
        Effect::Judged(v) => tr!("debrief-effect-judged", verdict = verdict(*v)),
    }
}

/// Where and by whom a promise was made: `in Discovery, by the seller`.
pub fn made(meeting: &str, by: Role) -> String {
    tr!("debrief-made", meeting = meeting, role = role_name(by))
}

/// Whether a promise reached the PID (there is none for a lost deal).
pub fn handoff_status(won: bool, in_pid: bool) -> String {
    if !won {
        tr!("debrief-handoff-no-deal")
    } else if in_pid {
        tr!("debrief-handoff-in-pid")
    } else {
        tr!("debrief-handoff-not-in-pid")
    }
}

/// The pacing record in one line: `7 of 11 answers matched the room (64 %)`.
pub fn pacing_summary(matched: usize, answers: usize, share: f32) -> String {
    tr!(
        "debrief-pacing-summary",
        matched = matched,
        answers = answers,
        share = percent(share)
    )
}

/// A what-if change in words: `Never promise "Training for every clinic"`.
pub fn edit(s: &Scenario, edit: PromiseEdit) -> String {
    let what = |p: crate::scenario::model::PromiseId| super::capitalized(&promise_what(s, p));
    match edit {
        PromiseEdit::Drop(p) => tr!("debrief-edit-drop", promise = what(p)),
        PromiseEdit::Handoff(p, true) => tr!("debrief-edit-write-in", promise = what(p)),
        PromiseEdit::Handoff(p, false) => tr!("debrief-edit-leave-out", promise = what(p)),
        PromiseEdit::Deadline(_, w) => tr!("debrief-edit-deadline", weeks = w),
    }
}

/// Whether the client would still have signed after a what-if change, and what that means.
pub fn sign_line(w: &WhatIf) -> String {
    let chance = decimal(w.chance * 100.0, 0);
    let (score, threshold) = (decimal(w.score, 2), decimal(w.threshold, 2));
    if w.would_sign {
        tr!(
            "debrief-would-sign",
            chance = chance,
            score = score,
            threshold = threshold
        )
    } else {
        tr!(
            "debrief-would-not-sign",
            chance = chance,
            score = score,
            threshold = threshold
        )
    }
}

/// The retrospective's questions as a seat reads them: "what went wrong for me" and "what I
/// needed from the other role" (named).
pub fn retro_questions(seat: crate::engine::Seat) -> [String; 2] {
    match seat {
        crate::engine::Seat::Seller => [
            tr!("debrief-retro-went-wrong"),
            tr!("debrief-retro-needed-from-delivery-lead"),
        ],
        crate::engine::Seat::DeliveryLead => [
            tr!("debrief-retro-went-wrong"),
            tr!("debrief-retro-needed-from-seller"),
        ],
    }
}

/// The retrospective in words, one line per answer, seller first ("The seller, what went wrong
/// for me: ..."); a seat that has not answered says so.
pub fn retro_lines(r: &crate::engine::Retro) -> Vec<String> {
    use crate::engine::Seat;
    let mut out = Vec::new();
    for seat in [Seat::Seller, Seat::DeliveryLead] {
        let text = |t: &str| {
            if t.is_empty() {
                tr!("debrief-retro-no-answer")
            } else {
                t.to_owned()
            }
        };
        match (seat, r.of(seat)) {
            (Seat::Seller, None) => out.push(tr!("debrief-retro-seller-not-answered")),
            (Seat::DeliveryLead, None) => out.push(tr!("debrief-retro-lead-not-answered")),
            (Seat::Seller, Some(a)) => {
                out.push(tr!(
                    "debrief-retro-seller-went-wrong",
                    text = text(&a.went_wrong)
                ));
                out.push(tr!("debrief-retro-seller-needed", text = text(&a.needed)));
            }
            (Seat::DeliveryLead, Some(a)) => {
                out.push(tr!(
                    "debrief-retro-lead-went-wrong",
                    text = text(&a.went_wrong)
                ));
                out.push(tr!("debrief-retro-lead-needed", text = text(&a.needed)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
