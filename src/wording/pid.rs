//! The project initiation document (PID) in words: the seller's handoff screen, where the
//! document is written beside the ledger, and the delivery lead's review of it (two roles).

use super::{decimal, money};
use crate::tr;

/// The overline over the document, on both screens.
pub fn pid_title() -> String {
    tr!("pid-pid-title")
}

/// The client and the scenario on one line: `Marlow Physio · First Client`.
pub fn client_and_title(client: &str, title: &str) -> String {
    tr!("pid-client-and-title", client = client, title = title)
}

// ---- the handoff (the seller writes the document) ----------------------------------------

/// The handoff's subtitle.
pub fn handoff_subtitle(client: &str, title: &str) -> String {
    tr!("pid-handoff-subtitle", client = client, title = title)
}

/// Where a promise in the ledger came from: `Promised to Dr Okafor in Discovery`.
pub fn promised_to(stakeholder: &str, meeting: &str) -> String {
    tr!(
        "pid-promised-to",
        stakeholder = stakeholder,
        meeting = meeting
    )
}

/// Where a client need in the ledger came from.
pub fn need_found() -> String {
    tr!("pid-need-found")
}

/// The deal's figures in the document, label and value: price, deadline, discount, estimate.
pub fn deal_lines(
    price: f32,
    deadline_weeks: u32,
    discount_pct: f32,
    estimate_days: f32,
) -> Vec<(String, String)> {
    vec![
        (tr!("pid-deal-price"), money(price)),
        (
            tr!("pid-deal-deadline"),
            tr!("pid-deal-weeks", weeks = deadline_weeks),
        ),
        (
            tr!("pid-deal-discount"),
            if discount_pct > 0.0 {
                tr!(
                    "pid-deal-discount-value",
                    percent = decimal(discount_pct, 0)
                )
            } else {
                tr!("pid-deal-no-discount")
            },
        ),
        (
            tr!("pid-deal-estimate"),
            tr!("pid-deal-person-days", days = decimal(estimate_days, 0)),
        ),
    ]
}

/// The handoff's main button.
pub fn hand_over() -> String {
    tr!("pid-hand-over")
}

/// How many promises and client needs found are written in: `3 of 5 promises and 1 of 2 client
/// needs written in` (the needs only when some were found).
pub fn written_in(promises: (usize, usize), needs: (usize, usize)) -> String {
    let (p, of_p) = promises;
    let (n, of_n) = needs;
    if of_n == 0 {
        tr!("pid-written-in-promises", promises = p, of_promises = of_p)
    } else {
        tr!(
            "pid-written-in-promises-and-needs",
            promises = p,
            of_promises = of_p,
            needs = n,
            of_needs = of_n
        )
    }
}

/// The heading over the ledger on the handoff.
pub fn ledger_heading() -> String {
    tr!("pid-ledger-heading")
}

/// How to tick items into the document.
pub fn tick_hint() -> String {
    tr!("pid-tick-hint")
}

/// An empty ledger at the handoff.
pub fn nothing_to_write() -> String {
    tr!("pid-nothing-to-write")
}

/// Under a claim the senior designer warned about.
pub fn claim_warned() -> String {
    tr!("pid-claim-warned")
}

/// The document's section on the scope sold.
pub fn scope_sold() -> String {
    tr!("pid-scope-sold")
}

/// The document's section on what is written in.
pub fn written_in_heading() -> String {
    tr!("pid-written-in-heading")
}

/// The document with nothing written in yet.
pub fn nothing_written() -> String {
    tr!("pid-nothing-written")
}

/// The document's section on what is left out.
pub fn left_out() -> String {
    tr!("pid-left-out")
}

// ---- the review (the delivery lead reads the document) -----------------------------------

/// A client need as the document lists it: `Client need: ...`.
pub fn client_need(text: &str) -> String {
    tr!("pid-client-need", text = text)
}

/// What a re-baselining meeting did to an item, once held.
pub fn rebaselined(repriced: bool) -> String {
    if repriced {
        tr!("pid-rebaselined-repriced")
    } else {
        tr!("pid-rebaselined-taken-back")
    }
}

/// The review's title: `PID review · Ben`.
pub fn review_title(lead: &str) -> String {
    tr!("pid-review-title", lead = lead)
}

/// The review's main button.
pub fn accept() -> String {
    tr!("pid-accept")
}

/// How to query an item.
pub fn query_hint() -> String {
    tr!("pid-query-hint")
}

/// The heading over the meetings the delivery lead sat in.
pub fn heard_heading() -> String {
    tr!("pid-heard-heading")
}

/// The delivery lead sat in no meeting.
pub fn heard_nothing(seller: &str) -> String {
    tr!("pid-heard-nothing", seller = seller)
}

/// A meeting the delivery lead sat in where nothing was promised.
pub fn nothing_promised_there() -> String {
    tr!("pid-nothing-promised-there")
}

/// The heading over the document in the review.
pub fn handed_you(seller: &str) -> String {
    tr!("pid-handed-you", seller = seller)
}

/// What the delivery lead may do before kickoff.
pub fn review_rules() -> String {
    tr!("pid-review-rules")
}

/// An empty document in the review.
pub fn empty_document() -> String {
    tr!("pid-empty-document")
}

/// The button that asks for a re-baselining meeting.
pub fn ask_rebaseline() -> String {
    tr!("pid-ask-rebaseline")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_document_speaks_english_and_german() {
        assert_eq!(
            written_in((3, 5), (1, 2)),
            "3 of 5 promises and 1 of 2 client needs written in"
        );
        assert_eq!(
            deal_lines(12000.0, 1, 10.0, 42.4)[1..],
            [
                ("Deadline".to_owned(), "1 week".to_owned()),
                ("Discount".to_owned(), "10 %".to_owned()),
                ("Estimate".to_owned(), "42 person-days".to_owned()),
            ]
        );
        with_language(Language::German, || {
            assert_eq!(
                written_in((3, 5), (0, 0)),
                "3 von 5 Versprechen festgehalten"
            );
            assert_eq!(
                deal_lines(12000.0, 6, 0.0, 42.4),
                [
                    ("Preis".to_owned(), "12.000".to_owned()),
                    ("Liefertermin".to_owned(), "6 Wochen".to_owned()),
                    ("Rabatt".to_owned(), "keiner".to_owned()),
                    ("Schätzung".to_owned(), "42 Personentage".to_owned()),
                ]
            );
        });
    }
}
