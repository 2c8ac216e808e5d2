//! The text, Markdown and HTML reports tell the two-role story: the three scorecards the engine
//! computed (seller, delivery lead, company) and what the seller would have earned under each
//! plan, for solo and two-role sessions alike; in two roles also the ledger beside the PID with
//! its gaps marked, the flags and what was said anyway, the review and the retrospective.
//! Every figure checked here is read from the engine, never written into the test.

use std::path::PathBuf;

use crate::common::level;
use overpromise::engine::script::{parse_script, run_script};
use overpromise::engine::{
    Action, RetroAnswer, Scorecards, Seat, Session, TableMode, ViewOptions, Viewer,
};
use overpromise::report;
use overpromise::wording::money;
use overpromise::wording::scorecards as sc;

/// Plays `tests/scripts/<stem>.<kind>.ron` on its level with the default seed, to the end.
fn play(stem: &str, kind: &str) -> Session {
    let s = level(stem);
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/scripts/{stem}.{kind}.ron"));
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    run_script(&mut session, &script).unwrap_or_else(|e| panic!("{stem}.{kind}: {e}"));
    assert!(session.is_over(), "{stem}.{kind}");
    session
}

/// The three reports, each reduced to plain words on single spaces (Markdown escapes and HTML
/// entities undone, the text report's wrapping joined), so sentences can be found in them.
fn reports(session: &Session) -> [(&'static str, String); 3] {
    let d = session.debrief(false).unwrap();
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let md = report::markdown(session, &d);
    let mut unmd = String::new();
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| "\\*_[]<>#|".contains(*n)) {
            continue;
        }
        unmd.push(c);
    }
    let html = report::html(session, &d)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    [
        ("text", flat(report::text(session, &d))),
        ("markdown", flat(unmd)),
        ("html", flat(html)),
    ]
}

/// The part of a report from the three cards' heading to the next section.
fn cards_section<'a>(format: &str, r: &'a str) -> &'a str {
    let head = sc::cards_heading(None, None);
    let head = if format == "text" {
        head.to_uppercase()
    } else {
        head
    };
    let start = r
        .find(&head)
        .unwrap_or_else(|| panic!("{format}: no {head:?}"));
    let rest = &r[start + head.len()..];
    let end = ["PROMISES: WHICH", " ## ", "<h2>"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The figures of the engine's three cards, as the reports must print them.
fn engine_figures(c: &Scorecards) -> Vec<String> {
    let s = &c.seller;
    let mut out = vec![money(s.bookings), money(s.commission)];
    if s.quota > 0.0 {
        out.push(money(s.counted_bookings));
        out.push(money(s.quota));
    }
    for p in &s.under_plans {
        out.push(money(p.commission));
    }
    if let Some(d) = &c.delivery {
        out.push(money(d.margin));
        out.push(format!("{:.0}/100", d.morale));
        out.push(format!("{} of {}", d.scope_delivered, d.scope_sold));
    }
    out.push(money(c.company.margin));
    out.push(format!("{:.0}/100", c.company.satisfaction));
    out.push(money(c.company.expected_renewal));
    out
}

#[test]
fn every_report_draws_the_engines_three_scorecards_in_solo_and_in_two_roles() {
    for stem in [
        "01_first_client",
        "02_integration_claim",
        "03_committee_pacing",
        "04_deal_desk",
        "05_plain_words",
    ] {
        for kind in ["careful", "overpromise", "two.careful", "two.overpromise"] {
            let session = play(stem, kind);
            let cards = session.scorecards().expect("a finished session has cards");
            assert_eq!(cards, session.debrief(false).unwrap().scorecards);
            let mode = session.mode();
            assert_eq!(mode == TableMode::TwoRoles, kind.starts_with("two"));
            let other = match mode {
                TableMode::Solo => TableMode::TwoRoles,
                TableMode::TwoRoles => TableMode::Solo,
            };
            let figures = engine_figures(&cards);
            for (format, r) in reports(&session) {
                let section = cards_section(format, &r);
                let at = format!("{stem}.{kind} ({format})");
                // Who held the seats: in solo, one trainee held both.
                assert!(section.contains(&sc::who_played(mode)), "{at}: {section}");
                assert!(!r.contains(&sc::who_played(other)), "{at}");
                for title in [
                    sc::seat_card_title(Seat::Seller, None),
                    sc::seat_card_title(Seat::DeliveryLead, None),
                    sc::company_card_title(),
                ] {
                    assert!(section.contains(&title), "{at}: no card {title:?}");
                }
                for f in &figures {
                    assert!(section.contains(f.as_str()), "{at}: lacks {f:?}\n{section}");
                }
                // One line per plan compared, the scenario's own marked.
                assert!(section.contains(&sc::plans_heading()), "{at}");
                let own = cards.seller.under_plans.iter().find(|p| p.actual).unwrap();
                assert!(
                    section.contains(&format!(
                        "{}: {} (this scenario's plan)",
                        overpromise::wording::plan_name(own.plan),
                        money(own.commission)
                    )),
                    "{at}: {section}"
                );
                // The sections of the debrief for two only in two roles.
                assert_eq!(
                    r.contains(&sc::ledger_heading())
                        || r.contains(&sc::ledger_heading().to_uppercase()),
                    mode == TableMode::TwoRoles,
                    "{at}"
                );
            }
        }
    }
}

#[test]
fn two_role_reports_show_the_gaps_the_flags_the_review_and_both_retrospective_answers() {
    let mut session = play("02_integration_claim", "two.overpromise");
    for (seat, a, b) in [
        (
            Seat::Seller,
            "I chased the quarter",
            "the real estimate, early",
        ),
        (
            Seat::DeliveryLead,
            "a date I never agreed",
            "the whole ledger",
        ),
    ] {
        session
            .apply(Action::Retro(seat, RetroAnswer::new(a, b)))
            .unwrap();
    }
    let d = session.debrief(false).unwrap();
    let two = d.two_roles.as_ref().expect("two roles");
    let model = session.debrief_model_of(&d, Viewer::Facilitator, ViewOptions::default(), false);
    let words =
        overpromise::wording::two_roles::two_roles(model.two_roles.as_ref().expect("two roles"));
    assert!(!two.flags.is_empty() && !two.review.is_empty());
    let gaps = two.handoff.iter().filter(|l| l.gap()).count();
    assert!(gaps > 0, "this script leaves promises out");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (format, r) in reports(&session) {
        for l in words
            .handoff
            .iter()
            .chain(&words.flags)
            .chain(&words.review)
            .chain(&words.retro)
        {
            assert!(r.contains(&flat(l)), "{format} lacks {l:?}");
        }
        for answer in [
            "I chased the quarter",
            "the real estimate, early",
            "a date I never agreed",
            "the whole ledger",
        ] {
            assert!(r.contains(answer), "{format} lacks {answer:?}");
        }
    }
    // Each gap is marked in every format, and only the gaps.
    let html = report::html(&session, &d);
    assert_eq!(html.matches("<li class=\"bad\">").count(), gaps);
    let md = report::markdown(&session, &d);
    let ledger = &md[md.find(&sc::ledger_heading()).unwrap()..];
    let ledger = &ledger[..ledger[3..].find("\n## ").unwrap()];
    assert_eq!(ledger.matches("\n- **").count(), gaps, "{ledger}");
    let text = report::text(&session, &d);
    assert_eq!(text.matches("\n  x ").count(), gaps, "{text}");
}

#[test]
fn the_html_report_stays_self_contained_and_balanced() {
    for kind in ["careful", "two.overpromise"] {
        let session = play("02_integration_claim", kind);
        let d = session.debrief(false).unwrap();
        let html = report::html(&session, &d);
        assert_eq!(
            html.matches("http").count(),
            html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
            "{kind}: no external resources"
        );
        assert!(!html.contains("<script"), "{kind}");
        for tag in [
            "div", "table", "ul", "h2", "h3", "p", "li", "tr", "td", "svg",
        ] {
            let open = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let close = html.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "{kind}: <{tag}> opened {open}, closed {close}");
        }
        assert!(html.trim_end().ends_with("</html>"), "{kind}");
    }
}

/// A report written in German carries the scorecards, their titles and who played in German.
#[test]
fn a_report_in_german_words_the_scorecards_in_german() {
    use overpromise::wording::i18n::{Language, with_language};
    let session = play("01_first_client", "two.careful");
    let d = session.debrief(false).unwrap();
    let text = with_language(Language::German, || report::text(&session, &d));
    if std::env::var_os("SHOW_REPORT").is_some() {
        println!("{text}");
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "VERTRIEB, PROJEKTLEITUNG UND UNTERNEHMEN: DREI SCORECARDS",
        "In zwei Rollen gespielt:",
        "Der Vertrieb",
        "Die Projektleitung",
        "Das Unternehmen: das Ergebnis Ihres Teams",
        "Was der Vertrieb unter jedem Plan verdient hätte",
        "Abschlüsse",
        "Plan „Provision auf Abschlüsse“: ",
    ] {
        assert!(flat.contains(words), "{words}: {flat}");
    }
    assert!(!flat.contains("three scorecards"), "{flat}");
}

/// A report written in German takes its headings from `locales/de/views.ftl` (the text report's
/// in capitals), and the same report in English keeps its English headings.
#[test]
fn a_report_written_in_german_has_german_headings() {
    use overpromise::wording::i18n::{Language, with_language};
    let session = play("02_integration_claim", "careful");
    let d = session.debrief(false).unwrap();
    let (text, md, html) = with_language(Language::German, || {
        (
            report::text(&session, &d),
            report::markdown(&session, &d),
            report::html(&session, &d),
        )
    });
    assert!(
        text.contains("\nVERSPRECHEN: WELCHES VERSPRECHEN WAS BEWIRKTE\n"),
        "{text}"
    );
    assert!(text.contains("\nSCHLÜSSELMOMENTE\n"), "{text}");
    assert!(!text.contains("KEY MOMENTS"), "{text}");
    assert!(md.contains("\n## Verborgener Bedarf\n"), "{md}");
    assert!(
        html.contains("<h2>Fragen für die Nachbesprechung</h2>"),
        "{html}"
    );
    let english = report::text(&session, &d);
    assert!(english.contains("\nKEY MOMENTS\n"), "{english}");
    assert!(
        english.contains("\nPROMISES: WHICH PROMISE CAUSED WHAT\n"),
        "{english}"
    );
}
