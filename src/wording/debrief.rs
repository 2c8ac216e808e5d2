//! The debrief in words: the one place its sentences are built, for the game's debrief screen
//! and the text, Markdown and HTML reports alike.
//!
//! Every function here reads the engine's typed debrief data ([`crate::engine::debrief`]) and
//! the scenario's names; none decides anything. Scenario-authored text (check labels, questions,
//! promise and fact texts) is quoted as authored.

use super::{money, plural, promise_what, role_name, signed, verdict};
use crate::engine::Outcome;
use crate::engine::debrief::{
    CheckDetail, CheckLine, DealVerdict, Effect, LossKindLine, LossLine, MomentLine, NeedStatus,
    PromiseEdit, QuestionLine, WhatIf,
};
use crate::scenario::model::{Role, Scenario};

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

fn figure(label: &str, value: String, note: String) -> Figure {
    Figure {
        label: label.to_owned(),
        value,
        note,
    }
}

/// The seller's and the company's scorecards. A lost deal shows no satisfaction or morale: there
/// was no delivery to measure them on. `commission`: the seller's, where the reader may know it.
pub fn scorecards(o: &Outcome, commission: Option<f32>) -> (Vec<Figure>, Vec<Figure>) {
    let mut seller = vec![figure(
        "Deal size",
        money(o.seller.deal_size),
        if o.won {
            "what the client signed for".into()
        } else {
            "no deal".into()
        },
    )];
    if let Some(c) = commission {
        seller.push(figure(
            "Commission",
            money(c),
            "paid at signature, whatever happens next".into(),
        ));
    }
    let company = if o.won {
        vec![
            figure(
                "Margin",
                money(o.company.margin),
                format!("{:.0}\u{a0}% of the price", o.margin_share * 100.0),
            ),
            figure(
                "Client satisfaction",
                format!("{:.0}/100", o.company.satisfaction),
                "against what was promised".into(),
            ),
            figure(
                "Expected renewal",
                money(o.company.expected_renewal),
                format!("{:.0}\u{a0}% chance of more work", o.renewal_chance * 100.0),
            ),
            figure(
                "Team morale",
                format!("{:.0}/100", o.company.morale),
                format!("{} of overtime", plural(o.overtime_weeks, "week")),
            ),
        ]
    } else {
        vec![
            figure(
                "Margin",
                money(o.company.margin),
                "presales time, and no price to pay for it".into(),
            ),
            figure(
                "Client satisfaction",
                "–".into(),
                "nothing was delivered to be satisfied with".into(),
            ),
            figure(
                "Expected renewal",
                money(0.0),
                "no first project, no second".into(),
            ),
            figure("Team morale", "–".into(), "no project was run".into()),
        ]
    };
    (seller, company)
}

/// A report's subtitle: the client and the seed played (`Marlow Physio · seed 7`).
pub fn subtitle(client: &str, seed: u64) -> String {
    format!("{client} · seed {seed}")
}

/// What the pacing record shows for an answer given where the reader was not in the room.
pub fn not_in_room() -> &'static str {
    "(said without delivery in the room)"
}

/// The outcome in one line.
pub fn headline(o: &Outcome) -> String {
    if o.won {
        format!(
            "Signed for {} · delivered in {} weeks against {} agreed{} · {} of {} promises kept",
            money(o.price),
            o.actual_weeks,
            o.agreed_weeks,
            if o.weeks_late > 0 {
                format!(" ({} late)", plural(o.weeks_late, "week"))
            } else {
                String::new()
            },
            o.promises
                .iter()
                .filter(|(_, v)| *v == crate::engine::outcome::Verdict::Kept)
                .count(),
            o.promises.len()
        )
    } else {
        "The client did not sign: nothing was delivered".to_string()
    }
}

/// What walking away from the deal on the table meant, judged by replaying it.
fn walked_away_line(
    where_: &str,
    j: &crate::engine::walk_away::WalkAway,
    commission_shown: bool,
) -> String {
    let would = format!(
        "signed at {} and delivered, the deal on the table would have taken {} ({} late) and",
        money(j.price),
        plural(j.weeks, "week"),
        plural(j.weeks_late, "week")
    );
    if j.was_right() {
        format!(
            "You walked away{where_}: the right call. Had the client {would} lost {}{}.",
            money(-j.margin),
            gave_up(j, commission_shown)
        )
    } else {
        format!(
            "You walked away{where_} from a deal worth having. Had the client {would} made {} for the company{}.",
            money(j.margin),
            gave_up(j, commission_shown)
        )
    }
}

/// `; the seller gave up 1,200 of commission`, for a reader who may know it.
fn gave_up(j: &crate::engine::walk_away::WalkAway, commission_shown: bool) -> String {
    if commission_shown {
        format!("; the seller gave up {} of commission", money(j.commission))
    } else {
        String::new()
    }
}

/// The scorecards' verdict; `commission_shown`: the reader may know the seller's commission.
pub fn deal_verdict(v: &DealVerdict, commission_shown: bool) -> String {
    match v {
        DealVerdict::NoDeal { presales_cost } if *presales_cost > 0.0 => format!(
            "Both scorecards agree: no deal, no commission, and {} of presales time spent.",
            money(*presales_cost)
        ),
        DealVerdict::NoDeal { .. } => "Both scorecards agree: no deal, no commission.".into(),
        DealVerdict::WorthWinning => {
            "Both scorecards agree: a deal worth winning, delivered the way it was sold.".into()
        }
        DealVerdict::Disagree { failed, of, .. } if !commission_shown => format!(
            "The scorecards disagree: the seller was paid on a deal that failed {} of {} in the rubric.",
            failed.len(),
            plural(*of, "check")
        ),
        DealVerdict::WalkedAway(j) if j.was_right() && !commission_shown => format!(
            "Both scorecards count what was avoided: walking away saved the company {}.",
            money(-j.margin)
        ),
        DealVerdict::WalkedAway(j) if j.was_right() => format!(
            "Both scorecards count what was avoided: walking away saved the company {} and cost the seller {} of commission.",
            money(-j.margin),
            money(j.commission)
        ),
        DealVerdict::WalkedAway(j) if !commission_shown => format!(
            "The scorecards count what was given up: {} of margin for the company.",
            money(j.margin)
        ),
        DealVerdict::WalkedAway(j) => format!(
            "The scorecards count what was given up: {} of margin for the company and {} of commission for the seller.",
            money(j.margin),
            money(j.commission)
        ),
        DealVerdict::Descoped {
            refund,
            delivered,
            sold,
        } => format!(
            "Every check passed, but the deal was not delivered the way it was sold: {delivered} of {} delivered, {} refunded to the client.",
            plural(*sold, "scope item"),
            money(*refund)
        ),
        DealVerdict::Disagree {
            commission,
            failed,
            of,
        } => format!(
            "The scorecards disagree: the seller earned {} in commission on a deal that failed {} of {} in the rubric.",
            money(*commission),
            failed.len(),
            plural(*of, "check")
        ),
    }
}

/// Why a lost deal was lost, a sentence each: how it ended, the client's score against what
/// they needed, the price against the budget, who was lost in which meeting (the presales cost is
/// in the verdict).
pub fn loss(l: &LossLine, commission_shown: bool) -> Vec<String> {
    let in_meeting = |m: &Option<String>| {
        m.as_ref()
            .map_or(String::new(), |m| format!(" in the {m} meeting"))
    };
    let mut out = vec![match &l.kind {
        LossKindLine::LostFaith { who, meeting } => format!(
            "The deal was lost: {who} lost faith{} and the client walked away before the decision.",
            in_meeting(meeting)
        ),
        LossKindLine::OutOfPatience { meeting } => format!(
            "The deal was lost: the client ran out of patience{} and walked away before the decision.",
            in_meeting(meeting)
        ),
        LossKindLine::SellerWalkedAway { meeting, judged } => {
            walked_away_line(&in_meeting(meeting), judged, commission_shown)
        }
        LossKindLine::NotSigned { chance } => format!(
            "The deal was lost: the client heard the offer and did not sign (a {:.0}\u{a0}% chance that they would).",
            chance * 100.0
        ),
    }];
    out.push(format!(
        "The client's score was {:.2} against {:.2} needed to sign.",
        l.score, l.threshold
    ));
    out.push(if l.budget > 0.0 {
        let over = (l.price / l.budget - 1.0) * 100.0;
        format!(
            "The price on the table was {} against a budget of {}{}.",
            money(l.price),
            money(l.budget),
            if over > 0.5 {
                format!(": {over:.0}\u{a0}% over")
            } else {
                ": within it".to_string()
            }
        )
    } else {
        format!(
            "The price on the table was {}; the client set no budget.",
            money(l.price)
        )
    });
    for t in &l.lost {
        out.push(format!(
            "{}'s trust went from {:.0} to {:.0}; most of it went in the {} meeting ({}).",
            t.who,
            t.from,
            t.to,
            t.meeting,
            signed(-t.in_meeting, 0)
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
        } => format!(
            "{} {} the {meeting} meeting",
            role_name(*role),
            if *attended {
                "attended"
            } else {
                "did not attend"
            },
        ),
        CheckLine::Found {
            fact,
            found,
            left_out,
        } => format!(
            "\"{fact}\" was {}",
            if *left_out {
                "found during sales, but left out of the PID, so the team could not plan for it"
            } else if *found {
                "found during sales"
            } else {
                "never found during sales"
            }
        ),
        CheckLine::Said { answer, said } => format!(
            "\"{answer}\" was {}",
            if *said { "said" } else { "never said" }
        ),
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
                "no handoff: the deal was lost".into()
            } else if *left_out == 0 {
                "every promise went into the PID".into()
            } else {
                format!("{left_out} promise(s) left out of the PID")
            }
        }
        CheckDetail::Agreed { without } => {
            if *without == 0 {
                "every promise that needed a colleague's agreement had it".into()
            } else {
                format!("{without} promise(s) made without the colleague who approves them")
            }
        }
        CheckDetail::NoneLost { answers, listeners } => {
            if *answers == 0 {
                "nobody in the room lost the thread".into()
            } else {
                format!(
                    "{} lost someone in the room, {} in all: said in words they do not use, with nobody there to put it plainly",
                    super::plural(*answers, "answer"),
                    super::plural(*listeners, "time"),
                )
            }
        }
        CheckDetail::NoFalseClaims { made } => {
            if *made == 0 {
                "no claim that does not hold was made".into()
            } else {
                format!("{made} claim(s) that do not hold were made")
            }
        }
        CheckDetail::Pacing { share, min } => format!(
            "{:.0} % of answers matched the room (needed {:.0} %)",
            share * 100.0,
            min * 100.0
        ),
        CheckDetail::Margin { share, min } => format!(
            "margin {:.0} % of price (needed {:.0} %)",
            share * 100.0,
            min * 100.0
        ),
        CheckDetail::Satisfaction { value, min } => {
            format!("client satisfaction {value:.0} (needed {min:.0})")
        }
        CheckDetail::OnTime {
            delivered,
            weeks,
            late,
        } => {
            if !delivered {
                "nothing was delivered".into()
            } else if *late == 0 {
                format!("delivered in {weeks} weeks, as agreed")
            } else {
                // Late against the agreed date, which the sentence names.
                format!(
                    "delivered in {weeks} weeks, {} past the agreed {}",
                    plural(*late, "week"),
                    weeks - late
                )
            }
        }
        CheckDetail::Overtime { weeks, max } => {
            format!("{weeks} week(s) of overtime (at most {max})")
        }
        CheckDetail::Won(won) => if *won {
            "the client signed"
        } else {
            "the client did not sign"
        }
        .into(),
        // Named checks are resolved into [`CheckLine`]s by the engine.
        CheckDetail::Attended { .. }
        | CheckDetail::Found { .. }
        | CheckDetail::Avoided { .. }
        | CheckDetail::Chose { .. }
        | CheckDetail::All(_) => String::new(),
    }
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
        parts.push(format!("{register} lost {}", lost.join(" and ")));
    }
    for c in &line.room {
        if let Some(crate::engine::Heard::Rescued(by)) = c.heard {
            parts.push(format!(
                "your {} put the {} plainly for {}",
                role_name(by),
                super::in_sentence(register),
                name(c)
            ));
        }
    }
    (!parts.is_empty()).then(|| super::capitalized(&parts.join("; ")))
}

/// A key moment.
pub fn moment(m: &MomentLine) -> String {
    match m {
        MomentLine::Brought { meeting, roles } => {
            let who: Vec<String> = roles.iter().map(|r| role_name(*r)).collect();
            format!(
                "{meeting}: you brought {} into the room.",
                who.join(" and ")
            )
        }
        MomentLine::Noticed { fact, by } => format!("The {} noticed: \"{fact}\"", role_name(*by)),
        MomentLine::ClaimWarned { claim, truth } => {
            format!("In the room, {}", super::claim_warning_of(claim, *truth))
        }
        MomentLine::TooDeep { who } => format!("{who} was not ready for that much detail yet."),
        MomentLine::LostThread {
            who,
            register,
            meeting,
        } => format!(
            "{meeting}: {who} lost the thread in {}, words they do not use.",
            super::in_sentence(register)
        ),
        MomentLine::Unagreed { promise, who } => format!(
            "{} went to the client without {who}'s agreement.",
            super::capitalized(&super::events::promise_title(promise))
        ),
        MomentLine::WalkedAway { who } => match who {
            Some(k) => format!("{k} lost faith and the client walked away."),
            None => "The client ran out of patience and walked away.".into(),
        },
        MomentLine::Decided { signed, price } => {
            if *signed {
                format!("The client signed at {}.", money(*price))
            } else {
                "The client did not sign.".into()
            }
        }
        MomentLine::LeftOut { count } => {
            format!("{count} promise(s) did not make it into the PID.")
        }
        MomentLine::NeedSurfaced { week, fact, days } => {
            format!("Week {week}: \"{fact}\" surfaced as a surprise ({days:.0} person-days).")
        }
        MomentLine::PromiseSurfaced {
            week,
            what,
            to,
            days,
        } => format!(
            "Week {week}: {} came back as a surprise ({days:.0} person-days).",
            super::describe(what, &to.name, &to.role)
        ),
        MomentLine::ClaimFailed { week, claim } => {
            format!("Week {week}: \"{claim}\" did not hold.")
        }
        MomentLine::Happened { week, text } => format!("Week {week}: {text}"),
        MomentLine::ChangeAsked {
            week,
            accepted,
            trust_cost,
        } => format!(
            "Week {week}: you asked the client for a change; {} (trust −{trust_cost:.0}).",
            if *accepted {
                "they agreed"
            } else {
                "they refused"
            }
        ),
        MomentLine::Refunded { week, item, amount } => format!(
            "Week {week}: \"{item}\" was dropped and {} of the price refunded to the client.",
            money(*amount)
        ),
        MomentLine::Hired { week, person } => format!("Week {week}: {person} joined the team."),
        MomentLine::DeliveryEnded { weeks, agreed } => {
            format!("Delivery ended after {weeks} weeks ({agreed} agreed).")
        }
    }
}

/// A question for the debrief: the scenario's own as authored, or one about why a deal was lost.
pub fn question(q: &QuestionLine) -> String {
    match q {
        QuestionLine::Authored(text) => text.clone(),
        QuestionLine::LostFaith { who, meeting } => format!(
            "{who} was lost in the {meeting} meeting. What did they need to hear there, and who could have said it?"
        ),
        QuestionLine::OverBudget { price, budget } => format!(
            "The price was {} against a budget of {}. Which promises pushed it up, and which were worth it?",
            money(*price),
            money(*budget)
        ),
        QuestionLine::ShortOfScore { score, threshold } => format!(
            "The client's score was {score:.2} against {threshold:.2} needed. Which answer would you change first?"
        ),
        QuestionLine::CriticalActivity { meeting, slipped } => {
            super::plan::critical_question(meeting, *slipped)
        }
        QuestionLine::OutOfPatience => {
            "The client ran out of patience before the decision. Which meeting took longer than it needed to?"
                .into()
        }
        QuestionLine::SellDifferently {
            commission,
            best_plan,
            best_commission,
        } => format!(
            "The seller earned {} under this plan; {} would have paid {}. What would make you sell differently?",
            money(*commission),
            super::plan_name(*best_plan),
            money(*best_commission)
        ),
        QuestionLine::PaidForALoss { commission, margin } => format!(
            "The seller was paid {} on a deal that lost the company {}. Who should carry the cost of an overpromise, and how?",
            money(*commission),
            money(-*margin)
        ),
        QuestionLine::MissedQuarter {
            close_day,
            quarter_days,
        } => format!(
            "The deal closed on day {close_day}, after the quarter's {quarter_days} days: it did not count for the seller's quota. Was the time spent with delivery worth it, and to whom?"
        ),
        QuestionLine::ReviewTime { hours, cost } => format!(
            "The seller spent {hours:.0} hours in delivery reviews, {} of selling time. Who gained from those hours, and who paid for them?",
            money(*cost)
        ),
    }
}

/// What became of a hidden need.
pub fn need_status(n: &NeedStatus) -> String {
    match n {
        NeedStatus::Surfaced { found, week, days } => format!(
            "{}: surfaced in week {week} as {days:.0} person-days nobody planned for",
            if *found {
                "Found, but left out of the PID"
            } else {
                "Never found during sales"
            }
        ),
        NeedStatus::Planned => "Found during sales and planned from week 1".into(),
        NeedStatus::LeftOut => "Found during sales, left out of the PID".into(),
        NeedStatus::Unfound => "Never found; it had not surfaced yet".into(),
        NeedStatus::FoundNoDeal => "Found during sales; there was no deal to plan it into".into(),
        NeedStatus::MissedNoDeal => "Never found during sales".into(),
    }
}

/// When a consequence happened: `handoff` (week 0) or `week 3`.
pub fn when(week: u32) -> String {
    if week == 0 {
        "handoff".to_string()
    } else {
        format!("week {week}")
    }
}

/// A consequence of a promise: `+12 person-days of unplanned work`, `trust −4 with Dana`.
pub fn effect(e: &Effect) -> String {
    match e {
        Effect::Work { days, surprise } => format!(
            "+{days:.0} person-days of {}work",
            if *surprise { "unplanned " } else { "" }
        ),
        Effect::Trust { who, delta } => format!("trust {} with {who}", signed(*delta, 0)),
        Effect::ClaimTested(true) => "the claim was tested and held".into(),
        Effect::ClaimTested(false) => "the claim was tested and did not hold".into(),
        Effect::Judged(v) => format!("judged: {}", verdict(*v)),
    }
}

/// Where and by whom a promise was made: `in Discovery, by the seller`.
pub fn made(meeting: &str, by: Role) -> String {
    format!("in {meeting}, by the {}", role_name(by))
}

/// Whether a promise reached the PID (there is none for a lost deal).
pub fn handoff_status(won: bool, in_pid: bool) -> &'static str {
    if !won {
        "never handed over (no deal)"
    } else if in_pid {
        "in the PID"
    } else {
        "NOT in the PID"
    }
}

/// The pacing record in one line: `7 of 11 answers matched the room (64 %)`.
pub fn pacing_summary(matched: usize, answers: usize, share: f32) -> String {
    format!(
        "{matched} of {} matched the room ({:.0}\u{a0}%)",
        plural(answers as u32, "answer"),
        share * 100.0
    )
}

/// A what-if change in words: `Never promise "Training for every clinic"`.
pub fn edit(s: &Scenario, edit: PromiseEdit) -> String {
    let what = |p: crate::scenario::model::PromiseId| super::capitalized(&promise_what(s, p));
    match edit {
        PromiseEdit::Drop(p) => format!("Never promise \"{}\"", what(p)),
        PromiseEdit::Handoff(p, true) => {
            format!("Write \"{}\" into the PID", what(p))
        }
        PromiseEdit::Handoff(p, false) => {
            format!("Leave \"{}\" out of the PID", what(p))
        }
        PromiseEdit::Deadline(_, w) => format!("Promise delivery in {w} weeks instead"),
    }
}

/// Whether the client would still have signed after a what-if change, and what that means.
pub fn sign_line(w: &WhatIf) -> String {
    if w.would_sign {
        format!(
            "The client would still have signed: a {:.0} % chance on the same roll (their score {:.2}, needed {:.2}).",
            w.chance * 100.0,
            w.score,
            w.threshold
        )
    } else {
        format!(
            "The client would NOT have signed: a {:.0} % chance on the same roll (their score {:.2}, needed {:.2}). No deal, no commission; the numbers below show the delivery as if they had.",
            w.chance * 100.0,
            w.score,
            w.threshold
        )
    }
}

/// The retrospective's questions as a seat reads them: "what went wrong for me" and "what I
/// needed from the other role" (named).
pub fn retro_questions(seat: crate::engine::Seat) -> [&'static str; 2] {
    match seat {
        crate::engine::Seat::Seller => [
            "What went wrong for me",
            "What I needed from the delivery lead",
        ],
        crate::engine::Seat::DeliveryLead => {
            ["What went wrong for me", "What I needed from the seller"]
        }
    }
}

/// The retrospective in words, one line per answer, seller first ("The seller, what went wrong
/// for me: ..."); a seat that has not answered says so.
pub fn retro_lines(r: &crate::engine::Retro) -> Vec<String> {
    use crate::engine::Seat;
    let mut out = Vec::new();
    for (seat, who) in [
        (Seat::Seller, "The seller"),
        (Seat::DeliveryLead, "The delivery lead"),
    ] {
        match r.of(seat) {
            None => out.push(format!("{who} has not answered the retrospective.")),
            Some(a) => {
                let [q1, q2] = retro_questions(seat);
                for (q, text) in [(q1, &a.went_wrong), (q2, &a.needed)] {
                    let text = if text.is_empty() { "(no answer)" } else { text };
                    out.push(format!("{who}, {}: \"{text}\"", q.to_lowercase()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_found_but_left_out_says_so() {
        let line = |found, left_out| {
            check(&CheckLine::Found {
                fact: "We check insurer codes on paper.".into(),
                found,
                left_out,
            })
        };
        assert!(line(true, false).ends_with("was found during sales"));
        assert!(
            line(true, true).contains("found during sales, but left out of the PID"),
            "{}",
            line(true, true)
        );
        assert!(line(false, false).contains("never found"));
    }
}
