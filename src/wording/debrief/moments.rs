//! The debrief's key moments and its questions for the room, in words (a part of
//! [`super`], which re-exports them).

use crate::engine::debrief::{MomentLine, QuestionLine};
use crate::tr;
use crate::wording::{
    capitalized, claim_warning_of, decimal, describe, events, in_sentence, money, plan, plan_name,
    role_name,
};

/// A key moment.
pub fn moment(m: &MomentLine) -> String {
    match m {
        MomentLine::Brought { meeting, roles } => {
            let who: Vec<String> = roles.iter().map(|r| role_name(*r)).collect();
            tr!(
                "debrief-moment-brought",
                meeting = meeting.as_str(),
                roles = super::and_list(&who)
            )
        }
        MomentLine::Noticed { fact, by } => tr!(
            "debrief-moment-noticed",
            role = role_name(*by),
            fact = fact.as_str()
        ),
        MomentLine::ClaimWarned { claim, truth } => tr!(
            "debrief-moment-claim-warned",
            warning = claim_warning_of(claim, *truth)
        ),
        MomentLine::TooDeep { who } => tr!("debrief-moment-too-deep", who = who.as_str()),
        MomentLine::LostThread {
            who,
            register,
            meeting,
        } => tr!(
            "debrief-moment-lost-thread",
            meeting = meeting.as_str(),
            who = who.as_str(),
            register = in_sentence(register)
        ),
        MomentLine::Unagreed { promise, who } => tr!(
            "debrief-moment-unagreed",
            promise = capitalized(&events::promise_title(promise)),
            who = who.as_str()
        ),
        MomentLine::WalkedAway { who } => match who {
            Some(k) => tr!("debrief-moment-lost-faith", who = k.as_str()),
            None => tr!("debrief-moment-out-of-patience"),
        },
        MomentLine::Decided { signed, price } => {
            if *signed {
                tr!("debrief-moment-signed", price = money(*price))
            } else {
                tr!("debrief-moment-not-signed")
            }
        }
        MomentLine::LeftOut { count } => tr!("debrief-moment-left-out", count = *count),
        MomentLine::NeedSurfaced { week, fact, days } => tr!(
            "debrief-moment-need-surfaced",
            week = *week,
            fact = fact.as_str(),
            days = decimal(*days, 0)
        ),
        MomentLine::PromiseSurfaced {
            week,
            what,
            to,
            days,
        } => tr!(
            "debrief-moment-promise-surfaced",
            week = *week,
            promise = describe(what, &to.name, &to.role),
            days = decimal(*days, 0)
        ),
        MomentLine::ClaimFailed { week, claim } => tr!(
            "debrief-moment-claim-failed",
            week = *week,
            claim = claim.as_str()
        ),
        MomentLine::Happened { week, text } => tr!(
            "debrief-moment-happened",
            week = *week,
            text = text.as_str()
        ),
        MomentLine::ChangeAsked {
            week,
            accepted,
            trust_cost,
        } => {
            let cost = decimal(*trust_cost, 0);
            if *accepted {
                tr!("debrief-moment-change-agreed", week = *week, cost = cost)
            } else {
                tr!("debrief-moment-change-refused", week = *week, cost = cost)
            }
        }
        MomentLine::Refunded { week, item, amount } => tr!(
            "debrief-moment-refunded",
            week = *week,
            item = item.as_str(),
            amount = money(*amount)
        ),
        MomentLine::Hired { week, person } => tr!(
            "debrief-moment-hired",
            week = *week,
            person = person.as_str()
        ),
        MomentLine::DeliveryEnded { weeks, agreed } => tr!(
            "debrief-moment-delivery-ended",
            weeks = *weeks,
            agreed = *agreed
        ),
    }
}

/// A question for the debrief: the scenario's own as authored, or one about why a deal was lost.
pub fn question(q: &QuestionLine) -> String {
    match q {
        QuestionLine::Authored(text) => text.clone(),
        QuestionLine::LostFaith { who, meeting } => tr!(
            "debrief-question-lost-faith",
            who = who.as_str(),
            meeting = meeting.as_str()
        ),
        QuestionLine::OverBudget { price, budget } => tr!(
            "debrief-question-over-budget",
            price = money(*price),
            budget = money(*budget)
        ),
        QuestionLine::ShortOfScore { score, threshold } => tr!(
            "debrief-question-short-of-score",
            score = decimal(*score, 2),
            threshold = decimal(*threshold, 2)
        ),
        QuestionLine::CriticalActivity { meeting, slipped } => {
            plan::critical_question(meeting, *slipped)
        }
        QuestionLine::OutOfPatience => tr!("debrief-question-out-of-patience"),
        QuestionLine::SellDifferently {
            commission,
            best_plan,
            best_commission,
        } => tr!(
            "debrief-question-sell-differently",
            commission = money(*commission),
            plan = plan_name(*best_plan),
            best = money(*best_commission)
        ),
        QuestionLine::PaidForALoss { commission, margin } => tr!(
            "debrief-question-paid-for-a-loss",
            commission = money(*commission),
            loss = money(-*margin)
        ),
        QuestionLine::MissedQuarter {
            close_day,
            quarter_days,
        } => tr!(
            "debrief-question-missed-quarter",
            day = *close_day,
            days = *quarter_days
        ),
        QuestionLine::ReviewTime { hours, cost } => tr!(
            "debrief-question-review-time",
            hours = decimal(*hours, 0),
            cost = money(*cost)
        ),
    }
}
