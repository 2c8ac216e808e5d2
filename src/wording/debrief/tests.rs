//! The debrief's sentences, in English and in German.

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

#[test]
fn the_debrief_speaks_german() {
    use crate::wording::i18n::{Language, with_language};
    with_language(Language::German, || {
        assert_eq!(
            check(&CheckLine::Found {
                fact: "We check insurer codes on paper.".into(),
                found: true,
                left_out: false,
            }),
            "„We check insurer codes on paper.“ wurde während des Verkaufs herausgefunden"
        );
        assert_eq!(when(3), "Woche 3");
        assert_eq!(handoff_status(true, false), "NICHT im PID");
        assert_eq!(
            measured(&CheckDetail::OnTime {
                delivered: true,
                weeks: 11,
                late: 1,
            }),
            "in 11 Wochen geliefert, 1 Woche nach den vereinbarten 10"
        );
        assert_eq!(
            and_list(&["Dana".into(), "Ravi".into(), "Sam".into()]),
            "Dana und Ravi und Sam"
        );
    });
    assert_eq!(
        measured(&CheckDetail::OnTime {
            delivered: true,
            weeks: 11,
            late: 2,
        }),
        "delivered in 11 weeks, 2 weeks past the agreed 9"
    );
    assert_eq!(
        pacing_summary(7, 11, 0.636),
        "7 of 11 answers matched the room (64\u{a0}%)"
    );
}
