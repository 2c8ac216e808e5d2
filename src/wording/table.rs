//! The hot-seat table in words: the curtain between the seats, the delivery lead's notes and
//! flags in a meeting, and the PID review's questions and answers. The game draws these; the
//! debrief's sentences for two roles are in [`super::debrief`].

use crate::engine::Seat;
use crate::engine::view::PhaseView;
use crate::engine::view::sales::NoteAbout;
use crate::tr;

/// What the curtain says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurtainWords {
    /// The headline: who takes the screen.
    pub title: String,
    /// Who looks away (empty when both sit at the screen).
    pub look_away: String,
    /// What happens next, and why the other seat must not look.
    pub why: String,
    /// The button that lifts the curtain.
    pub button: String,
}

/// The curtain for the screen passing to `to` (`None`: both seats sit at it) at `phase`;
/// `names` are the seller's and the delivery lead's names.
pub fn curtain(to: Option<Seat>, phase: &PhaseView, names: [&str; 2]) -> CurtainWords {
    let [seller, lead] = names;
    // A workshop's hot seat names the roles ("the seller"): capitals where a sentence starts.
    let (seller_, lead_) = (capitalised(seller), capitalised(lead));
    match to {
        Some(seat) => {
            let (taker, other) = match seat {
                Seat::Seller => (seller, lead),
                Seat::DeliveryLead => (lead, seller),
            };
            let why = match (seat, phase) {
                (Seat::Seller, PhaseView::Handoff) => tr!(
                    "table-why-seller-handoff",
                    seller_capital = &seller_,
                    lead_capital = &lead_,
                    lead = lead
                ),
                (Seat::Seller, PhaseView::Invite(_)) => tr!(
                    "table-why-seller-invite",
                    seller_capital = &seller_,
                    lead = lead
                ),
                // A meeting that offers no invitations (Qualified) starts at its first question.
                (Seat::Seller, _) => tr!(
                    "table-why-seller-meeting",
                    seller_capital = &seller_,
                    lead = lead
                ),
                (Seat::DeliveryLead, PhaseView::Review) => tr!(
                    "table-why-lead-review",
                    seller_capital = &seller_,
                    lead_capital = &lead_
                ),
                (Seat::DeliveryLead, _) => {
                    tr!("table-why-lead-delivery", lead_capital = &lead_)
                }
            };
            CurtainWords {
                title: tr!("table-pass-screen", taker = taker),
                look_away: tr!(
                    "table-look-away",
                    other_capital = capitalised(other),
                    taker = taker
                ),
                why,
                button: tr!("table-show-my-screen", taker = taker),
            }
        }
        None => {
            let why = if *phase == PhaseView::Over {
                tr!("table-why-over", seller_capital = &seller_, lead = lead)
            } else {
                tr!(
                    "table-why-together",
                    lead_capital = &lead_,
                    lead = lead,
                    seller = seller
                )
            };
            CurtainWords {
                title: tr!("table-both-sit"),
                look_away: String::new(),
                why,
                button: tr!("table-both-continue"),
            }
        }
    }
}

/// Both players, on the curtain's badge: `Ana and Ben`.
pub fn both_names(seller: &str, lead: &str) -> String {
    tr!("table-both-names", seller = seller, lead = lead)
}

/// `text` with its first letter upper-case.
fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A delivery lead's note on an answer, comparing what it says with what the team knows.
pub fn note(about: &NoteAbout, said: f32, team: f32) -> String {
    let (said, team) = (super::decimal(said, 0), super::decimal(team, 0));
    match about {
        NoteAbout::Estimate(item) => {
            tr!("table-note-estimate", item = item, team = team, said = said)
        }
        NoteAbout::Claim(claim) => tr!("table-note-claim", claim = claim.trim_end_matches('.')),
        NoteAbout::Deadline => tr!("table-note-deadline", team = team, said = said),
    }
}

/// The flag button's label.
pub fn flag_button(about: &NoteAbout) -> String {
    match about {
        NoteAbout::Estimate(_) => tr!("table-flag-estimate"),
        NoteAbout::Claim(_) => tr!("table-flag-claim"),
        NoteAbout::Deadline => tr!("table-flag-date"),
    }
}

/// A raised flag, as the seller reads it before answering: "Flagged by Sam: ...".
pub fn flagged(by: &str, note: &str) -> String {
    tr!("table-flagged", by = by, note = note)
}

/// What a query answered: the days the price was built on against the team's estimate.
pub fn queried(priced_days: f32, true_days: f32) -> String {
    if priced_days == 0.0 && true_days == 0.0 {
        tr!("table-queried-commitment")
    } else if (priced_days - true_days).abs() < 0.5 {
        tr!(
            "table-queried-same",
            priced = super::decimal(priced_days, 0)
        )
    } else {
        tr!(
            "table-queried",
            priced = super::decimal(priced_days, 0),
            team = super::decimal(true_days, 0),
            difference = format!("{:+.0}", true_days - priced_days)
        )
    }
}

/// What a re-baselining meeting about a promise would do and cost (the engine's answer on a
/// copy of the session): `repriced` names the scope item re-priced, `None` when the promise is
/// taken back; `commission_share` is the share of the seller's commission it costs (0 to 1).
pub fn rebaseline_cost(repriced: Option<&str>, trust: f32, commission_share: f32) -> String {
    let what = match repriced {
        Some(item) => tr!("table-rebaseline-repriced", item = item),
        None => tr!("table-rebaseline-taken-back"),
    };
    tr!(
        "table-rebaseline",
        what = what,
        trust = super::decimal(trust, 0),
        share = super::decimal(commission_share * 100.0, 0)
    )
}

/// The sales screen's promise list while the delivery lead sits at the screen.
pub fn promises_heard_only(lead: &str) -> String {
    tr!("table-promises-heard-only", lead = lead)
}

/// The curtain's overline.
pub fn hot_seat() -> String {
    tr!("table-hot-seat")
}

/// How to lift the curtain.
pub fn curtain_keys() -> String {
    tr!("table-curtain-keys")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curtain_offers_an_invitation_only_where_the_meeting_has_one() {
        let names = ["the seller", "the delivery lead"];
        let invite = curtain(
            Some(Seat::Seller),
            &PhaseView::Invite("discovery".into()),
            names,
        );
        assert!(
            invite.why.contains("chooses who from delivery"),
            "{}",
            invite.why
        );
        // Qualified starts at its first question: no invitation to promise.
        let first = curtain(
            Some(Seat::Seller),
            &PhaseView::Beat("qualified".into(), "first_call".into()),
            names,
        );
        assert!(!first.why.contains("chooses who"), "{}", first.why);
        assert!(
            first.why.contains("no choice of who comes"),
            "{}",
            first.why
        );
    }

    #[test]
    fn the_curtain_and_the_notes_read_in_german() {
        use crate::wording::i18n::{Language, with_language};
        let names = ["die Vertriebsperson", "die Projektleitung"];
        with_language(Language::German, || {
            let c = curtain(Some(Seat::DeliveryLead), &PhaseView::Delivery, names);
            assert_eq!(
                c.title,
                "Geben Sie den Bildschirm an die Projektleitung weiter"
            );
            assert_eq!(
                c.look_away,
                "Die Vertriebsperson, bitte schauen Sie weg, bis die Projektleitung den Bildschirm zurückgibt."
            );
            assert_eq!(
                note(&NoteAbout::Deadline, 6.0, 9.0),
                "Wir brauchen 9 Wochen, nicht 6."
            );
            assert_eq!(
                rebaseline_cost(None, 4.0, 0.25),
                "Neuplanung: das Versprechen wird zurückgenommen. Kostet 4 Vertrauen bei jedem \
                 Stakeholder und 25 % der Provision des Vertriebs."
            );
        });
        assert_eq!(
            queried(10.0, 13.0),
            "Priced on 10 days; the team's estimate is 13 days (+3)."
        );
        assert_eq!(
            note(&NoteAbout::Claim("It syncs live.".into()), 0.0, 0.0),
            "We cannot deliver \"It syncs live\" as said."
        );
    }
}
