//! The debrief in words: the one place its sentences are built, for the game's debrief screen
//! and the text, Markdown and HTML reports alike.
//!
//! Every function here reads the engine's typed debrief data ([`crate::engine::debrief`]) and
//! the scenario's names; none decides anything. Scenario-authored text (check labels, questions,
//! promise and fact texts) is quoted as authored.

use super::{money, plural, promise_what, role_name, signed, verdict};
use crate::engine::Outcome;
use crate::engine::debrief::{
    CheckDetail, Consequence, DealVerdict, Loss, LossKind, Moment, NeedStatus, PromiseEdit,
    Question, WhatIf,
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
/// was no delivery to measure them on.
pub fn scorecards(o: &Outcome) -> (Vec<Figure>, Vec<Figure>) {
    let seller = vec![
        figure(
            "Deal size",
            money(o.seller.deal_size),
            if o.won {
                "what the client signed for".into()
            } else {
                "no deal".into()
            },
        ),
        figure(
            "Commission",
            money(o.seller.commission),
            "paid at signature, whatever happens next".into(),
        ),
    ];
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
fn walked_away_line(where_: &str, j: &crate::engine::walk_away::WalkAway) -> String {
    let would = format!(
        "signed at {} and delivered, the deal on the table would have taken {} ({} late) and",
        money(j.price),
        plural(j.weeks, "week"),
        plural(j.weeks_late, "week")
    );
    if j.was_right() {
        format!(
            "You walked away{where_}: the right call. Had the client {would} lost {}; the seller gave up {} of commission.",
            money(-j.margin),
            money(j.commission)
        )
    } else {
        format!(
            "You walked away{where_} from a deal worth having. Had the client {would} made {} for the company; the seller gave up {} of commission.",
            money(j.margin),
            money(j.commission)
        )
    }
}

/// The scorecards' verdict.
pub fn deal_verdict(v: &DealVerdict) -> String {
    match v {
        DealVerdict::NoDeal { presales_cost } if *presales_cost > 0.0 => format!(
            "Both scorecards agree: no deal, no commission, and {} of presales time spent.",
            money(*presales_cost)
        ),
        DealVerdict::NoDeal { .. } => "Both scorecards agree: no deal, no commission.".into(),
        DealVerdict::WorthWinning => {
            "Both scorecards agree: a deal worth winning, delivered the way it was sold.".into()
        }
        DealVerdict::WalkedAway(j) if j.was_right() => format!(
            "Both scorecards count what was avoided: walking away saved the company {} and cost the seller {} of commission.",
            money(-j.margin),
            money(j.commission)
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
pub fn loss(s: &Scenario, l: &Loss) -> Vec<String> {
    let in_meeting = |m: Option<crate::scenario::model::MeetingId>| {
        m.map_or(String::new(), |m| {
            format!(" in the {} meeting", s.meetings[m.ix()].name)
        })
    };
    let mut out = vec![match l.kind {
        LossKind::LostFaith {
            stakeholder,
            meeting,
        } => format!(
            "The deal was lost: {} lost faith{} and the client walked away before the decision.",
            s.stakeholders[stakeholder.ix()].name,
            in_meeting(meeting)
        ),
        LossKind::OutOfPatience { meeting } => format!(
            "The deal was lost: the client ran out of patience{} and walked away before the decision.",
            in_meeting(meeting)
        ),
        LossKind::SellerWalkedAway { meeting, judged } => {
            walked_away_line(&in_meeting(meeting), &judged)
        }
        LossKind::NotSigned { chance } => format!(
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
            s.stakeholders[t.stakeholder.ix()].name,
            t.from,
            t.to,
            s.meetings[t.meeting.ix()].name,
            signed(-t.in_meeting, 0)
        ));
    }
    out
}

/// What a rubric check found.
pub fn check(s: &Scenario, d: &CheckDetail) -> String {
    match d {
        CheckDetail::Attended {
            role,
            meeting,
            attended,
        } => format!(
            "{} {} the {} meeting",
            role_name(*role),
            if *attended {
                "attended"
            } else {
                "did not attend"
            },
            s.meetings[meeting.ix()].name
        ),
        CheckDetail::Found { fact, found } => format!(
            "\"{}\" was {}",
            s.facts[fact.ix()].text,
            if *found {
                "found during sales"
            } else {
                "never found during sales"
            }
        ),
        CheckDetail::Avoided { answer, said } | CheckDetail::Chose { answer, said } => format!(
            "\"{}\" was {}",
            s.answers[answer.ix()].text,
            if *said { "said" } else { "never said" }
        ),
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
                format!("{late} week(s) late")
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
        CheckDetail::All(parts) => parts
            .iter()
            .map(|p| check(s, p))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A key moment.
pub fn moment(s: &Scenario, m: &Moment) -> String {
    match m {
        Moment::Brought { meeting, roles } => {
            let who: Vec<&str> = roles.iter().map(|r| role_name(*r)).collect();
            format!(
                "{}: you brought {} into the room.",
                s.meetings[meeting.ix()].name,
                who.join(" and ")
            )
        }
        Moment::Noticed { fact, by } => format!(
            "The {} noticed: \"{}\"",
            role_name(*by),
            s.facts[fact.ix()].text
        ),
        Moment::ClaimWarned { claim } => {
            format!("In the room, {}", super::claim_warning(s, *claim))
        }
        Moment::TooDeep { stakeholder } => format!(
            "{} was not ready for that much detail yet.",
            s.stakeholders[stakeholder.ix()].name
        ),
        Moment::WalkedAway { stakeholder } => match stakeholder {
            Some(k) => format!(
                "{} lost faith and the client walked away.",
                s.stakeholders[k.ix()].name
            ),
            None => "The client ran out of patience and walked away.".into(),
        },
        Moment::Decided { signed, price } => {
            if *signed {
                format!("The client signed at {}.", money(*price))
            } else {
                "The client did not sign.".into()
            }
        }
        Moment::LeftOut { count } => {
            format!("{count} promise(s) did not make it into the PID.")
        }
        Moment::NeedSurfaced { week, fact, days } => format!(
            "Week {week}: \"{}\" surfaced as a surprise ({days:.0} person-days).",
            s.facts[fact.ix()].text
        ),
        Moment::PromiseSurfaced {
            week,
            promise,
            days,
        } => format!(
            "Week {week}: {} came back as a surprise ({days:.0} person-days).",
            super::describe_promise(s, *promise)
        ),
        Moment::ClaimFailed { week, claim } => format!(
            "Week {week}: \"{}\" did not hold.",
            s.offer.claims[claim.ix()].text
        ),
        Moment::Happened { week, event } => {
            format!("Week {week}: {}", s.delivery.events[event.ix()].text)
        }
        Moment::ChangeAsked {
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
        Moment::Refunded { week, item, amount } => format!(
            "Week {week}: \"{}\" was dropped and {} of the price refunded to the client.",
            s.offer.scope[item.ix()].name,
            money(*amount)
        ),
        Moment::Hired { week, person } => format!(
            "Week {week}: {} joined the team.",
            s.delivery.people[person.ix()].name
        ),
        Moment::DeliveryEnded { weeks, agreed } => {
            format!("Delivery ended after {weeks} weeks ({agreed} agreed).")
        }
    }
}

/// A question for the debrief: the scenario's own as authored, or one about why a deal was lost.
pub fn question(s: &Scenario, q: &Question) -> String {
    match q {
        Question::Authored(i) => s.scoring.questions[*i as usize].text.clone(),
        Question::LostFaith {
            stakeholder,
            meeting,
        } => format!(
            "{} was lost in the {} meeting. What did they need to hear there, and who could have said it?",
            s.stakeholders[stakeholder.ix()].name,
            s.meetings[meeting.ix()].name
        ),
        Question::OverBudget { price, budget } => format!(
            "The price was {} against a budget of {}. Which promises pushed it up, and which were worth it?",
            money(*price),
            money(*budget)
        ),
        Question::ShortOfScore { score, threshold } => format!(
            "The client's score was {score:.2} against {threshold:.2} needed. Which answer would you change first?"
        ),
        Question::OutOfPatience => {
            "The client ran out of patience before the decision. Which meeting took longer than it needed to?"
                .into()
        }
        Question::SellDifferently {
            commission,
            best_plan,
            best_commission,
        } => format!(
            "The seller earned {} under this plan; {} would have paid {}. What would make you sell differently?",
            money(*commission),
            super::plan_name(*best_plan),
            money(*best_commission)
        ),
        Question::PaidForALoss { commission, margin } => format!(
            "The seller was paid {} on a deal that lost the company {}. Who should carry the cost of an overpromise, and how?",
            money(*commission),
            money(-*margin)
        ),
        Question::MissedQuarter {
            close_day,
            quarter_days,
        } => format!(
            "The deal closed on day {close_day}, after the quarter's {quarter_days} days: it did not count for the seller's quota. Was the time spent with delivery worth it, and to whom?"
        ),
        Question::ReviewTime { hours, cost } => format!(
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
pub fn consequence(s: &Scenario, c: &Consequence) -> String {
    match c {
        Consequence::Work { days, surprise } => format!(
            "+{days:.0} person-days of {}work",
            if *surprise { "unplanned " } else { "" }
        ),
        Consequence::Trust { stakeholder, delta } => format!(
            "trust {} with {}",
            signed(*delta, 0),
            s.stakeholders[stakeholder.ix()].name
        ),
        Consequence::ClaimTested(true) => "the claim was tested and held".into(),
        Consequence::ClaimTested(false) => "the claim was tested and did not hold".into(),
        Consequence::Judged(v) => format!("judged: {}", verdict(*v)),
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

/// The two-role debrief in words: the ledger beside the document, the flags, the review.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TwoRolesWords {
    /// One line per promise: the promise, where it was made, and its place in the document,
    /// with the gaps marked.
    pub handoff: Vec<String>,
    /// One line per flag: who flagged what, and whether it was said anyway.
    pub flags: Vec<String>,
    /// One line per step of the delivery lead's review.
    pub review: Vec<String>,
    /// The retrospective: each seat's two answers ([`retro_lines`]).
    pub retro: Vec<String>,
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

/// Words the two-role debrief ([`crate::engine::debrief::TwoRoleDebrief`]).
pub fn two_roles(s: &Scenario, d: &crate::engine::debrief::TwoRoleDebrief) -> TwoRolesWords {
    use crate::engine::{FlagConcern, Rebaseline, ReviewStep, Seat};
    let seat = |x: Seat| match x {
        Seat::Seller => "the seller",
        Seat::DeliveryLead => "the delivery lead",
    };
    let handoff = d
        .handoff
        .iter()
        .map(|l| {
            let place = if l.rebaselined {
                "re-baselined with the client"
            } else if l.in_pid {
                "in the document"
            } else if l.covered {
                "covered by the document under another promise"
            } else if l.delivery_heard {
                "left out of the document (delivery heard it in the meeting)"
            } else {
                "GAP: left out of the document, and delivery was not in the room"
            };
            format!(
                "{} ({}, made by the seller in {}): {place}{}",
                promise_what(s, l.promise),
                s.promises[l.promise.ix()].key,
                s.meetings[l.meeting.ix()].name,
                if l.surfaced {
                    "; it surfaced in delivery as a surprise"
                } else {
                    ""
                }
            )
        })
        .collect();
    let flags = d
        .flags
        .iter()
        .map(|f| {
            let what = match f.concern {
                FlagConcern::Estimate(i) => format!(
                    "\"{} is {:.0} days, not {:.0}\"",
                    s.offer.scope[i.ix()].name,
                    f.team,
                    f.said
                ),
                FlagConcern::Claim(c) => format!(
                    "we cannot promise \"{}\" as said",
                    s.offer.claims[c.ix()].text.trim_end_matches('.')
                ),
                FlagConcern::Deadline(_) => {
                    format!("\"we need {:.0} weeks, not {:.0}\"", f.team, f.said)
                }
            };
            let after = match f.said_anyway {
                Some(true) => "the seller said it anyway",
                Some(false) => "the seller answered otherwise",
                None => "the meeting ended before an answer",
            };
            format!(
                "In {}, {} flagged answer \"{}\": {what}; {after}.",
                s.meetings[f.meeting.ix()].name,
                seat(f.by),
                s.answers[f.answer.ix()].key
            )
        })
        .collect();
    let item_name = |item: &crate::engine::PidItem| match item {
        crate::engine::PidItem::Promise(p) => promise_what(s, *p),
        crate::engine::PidItem::Fact(f) => format!(
            "the need \"{}\"",
            s.facts[f.ix()].text.trim_end_matches('.')
        ),
    };
    let mut review: Vec<String> = d
        .review
        .iter()
        .map(|r| match r {
            ReviewStep::Queried {
                item,
                priced_days,
                true_days,
            } => format!(
                "The delivery lead queried {}: priced on {priced_days:.0} days, the team's estimate is {true_days:.0}.",
                item_name(item)
            ),
            ReviewStep::Rebaselined {
                promise,
                result,
                trust_cost,
                commission_share,
            } => format!(
                "The delivery lead asked for a re-baselining meeting about {}: {}; it cost {trust_cost:.0} trust with each stakeholder and {:.0} % of the seller's commission.",
                promise_what(s, *promise),
                match result {
                    Rebaseline::Repriced(i) => format!(
                        "{} was re-priced at the team's estimate",
                        s.offer.scope[i.ix()].name
                    ),
                    Rebaseline::Removed => "the promise was taken back".into(),
                },
                commission_share * 100.0
            ),
            ReviewStep::Accepted => "The delivery lead accepted the document.".into(),
        })
        .collect();
    if d.commission_cut > 0.0 {
        review.push(format!(
            "Re-baselining cost the seller {:.0} % of the commission in all.",
            d.commission_cut * 100.0
        ));
    }
    TwoRolesWords {
        handoff,
        flags,
        review,
        retro: retro_lines(&d.retro),
    }
}
