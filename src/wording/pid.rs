//! The project initiation document (PID) in words: the seller's handoff screen, where the
//! document is written beside the ledger, and the delivery lead's review of it (two roles).

use super::{money, plural};

/// The overline over the document, on both screens.
pub const PID_TITLE: &str = "Project initiation document (PID)";

/// The client and the scenario on one line: `Marlow Physio · First Client`.
pub fn client_and_title(client: &str, title: &str) -> String {
    format!("{client} · {title}")
}

// ---- the handoff (the seller writes the document) ----------------------------------------

/// The handoff's subtitle.
pub fn handoff_subtitle(client: &str, title: &str) -> String {
    format!("{client} signed · {title} · write down what delivery needs to know")
}

/// Where a promise in the ledger came from: `Promised to Dr Okafor in Discovery`.
pub fn promised_to(stakeholder: &str, meeting: &str) -> String {
    format!("Promised to {stakeholder} in {meeting}")
}

/// Where a client need in the ledger came from.
pub const NEED_FOUND: &str = "Client need you found";

/// The deal's figures in the document, label and value: price, deadline, discount, estimate.
pub fn deal_lines(
    price: f32,
    deadline_weeks: u32,
    discount_pct: f32,
    estimate_days: f32,
) -> Vec<(String, String)> {
    vec![
        ("Price".to_owned(), money(price)),
        ("Deadline".to_owned(), plural(deadline_weeks, "week")),
        (
            "Discount".to_owned(),
            if discount_pct > 0.0 {
                format!("{discount_pct:.0} %")
            } else {
                "none".to_owned()
            },
        ),
        (
            "Estimate".to_owned(),
            format!("{estimate_days:.0} person-days"),
        ),
    ]
}

/// The handoff's main button.
pub const HAND_OVER: &str = "Hand over to delivery";

/// How many promises and client needs found are written in: `3 of 5 promises and 1 of 2 client
/// needs written in` (the needs only when some were found).
pub fn written_in(promises: (usize, usize), needs: (usize, usize)) -> String {
    let (p, of_p) = promises;
    let (n, of_n) = needs;
    if of_n == 0 {
        format!("{p} of {of_p} promises written in")
    } else {
        format!("{p} of {of_p} promises and {n} of {of_n} client needs written in")
    }
}

/// The heading over the ledger on the handoff.
pub const LEDGER_HEADING: &str = "What you said to the client";

/// How to tick items into the document.
pub const TICK_HINT: &str = "Tick what goes into the document (number keys or click).";

/// An empty ledger at the handoff.
pub const NOTHING_TO_WRITE: &str = "You made no promises and found no hidden needs.";

/// Under a claim the senior designer warned about.
pub const CLAIM_WARNED: &str = "Your senior designer warned this claim does not hold as said.";

/// The document's section on the scope sold.
pub const SCOPE_SOLD: &str = "Scope sold";

/// The document's section on what is written in.
pub const WRITTEN_IN: &str = "Written in for delivery";

/// The document with nothing written in yet.
pub const NOTHING_WRITTEN: &str = "Nothing yet: delivery will plan from the scope alone.";

/// The document's section on what is left out.
pub const LEFT_OUT: &str = "Not in the document";

// ---- the review (the delivery lead reads the document) -----------------------------------

/// A client need as the document lists it: `Client need: ...`.
pub fn client_need(text: &str) -> String {
    format!("Client need: {text}")
}

/// What a re-baselining meeting did to an item, once held.
pub fn rebaselined(repriced: bool) -> &'static str {
    if repriced {
        "Re-baselined: re-priced at the team's estimate."
    } else {
        "Re-baselined: taken back with the client."
    }
}

/// The review's title: `PID review · Ben`.
pub fn review_title(lead: &str) -> String {
    format!("PID review · {lead}")
}

/// The review's main button.
pub const ACCEPT: &str = "Accept the PID and start delivery";

/// How to query an item.
pub const QUERY_HINT: &str = "Query an item with its number key or a click";

/// The heading over the meetings the delivery lead sat in.
pub const HEARD_HEADING: &str = "What you heard yourself";

/// The delivery lead sat in no meeting.
pub fn heard_nothing(seller: &str) -> String {
    format!("You sat in no meeting: all you know is what {seller} wrote.")
}

/// A meeting the delivery lead sat in where nothing was promised.
pub const NOTHING_PROMISED_THERE: &str = "Nothing was promised there.";

/// The heading over the document in the review.
pub fn handed_you(seller: &str) -> String {
    format!("{seller} handed you this document. Push back now, or accept it.")
}

/// What the delivery lead may do before kickoff.
pub const REVIEW_RULES: &str = "Before kickoff you may query any item once, or take a promise back to the client in a re-baselining meeting.";

/// An empty document in the review.
pub const EMPTY_DOCUMENT: &str = "The document is empty: you will plan from the scope alone.";

/// The button that asks for a re-baselining meeting.
pub const ASK_REBASELINE: &str = "Ask to re-baseline";
