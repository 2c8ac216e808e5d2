//! The HTML report: one self-contained, print-friendly file with inline CSS and inline SVG charts
//! (pacing: depth chosen against each stakeholder's readiness; burn-up: done against scope per week).

use std::fmt::Write;

use super::{View, pace_mark};
use crate::engine::debrief::DebriefModel;
use crate::engine::{Debrief, PaceVerdict, Seat, Session};
use crate::wording::scorecards as sc;

/// One colour per stakeholder (up to five), readable in print.
const PALETTE: [&str; 5] = ["#1f6fb4", "#c2362f", "#2b8a3e", "#7b4fa8", "#d9730d"];

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #e3e3e8; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
.sub { color: #5f6368; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e3e8; vertical-align: top; }
th { background: #f5f5f7; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font-size: .88em; background: #f2f2f5; padding: 0 .25em; border-radius: 3px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.card { border: 1px solid #d9d9de; border-radius: 8px; padding: .6rem .9rem; }
.cards.three { grid-template-columns: 1fr 1fr 1fr; }
.card h3 { margin-bottom: .2rem; }
h3.plans { margin-top: 1rem; }
.promise { border-left: 4px solid #2b8a3e; padding: .3rem .8rem; margin: .8rem 0; background: #fafafa; break-inside: avoid; }
.promise.broken { border-left-color: #c2362f; }
.promise ul { margin: .3rem 0; padding-left: 1.2rem; }
.verdict { font-weight: 600; }
.broken .verdict { color: #a3231d; }
.without { font-style: italic; color: #3c4043; }
.meta { color: #5f6368; font-size: .9rem; }
.ok { color: #2b6e35; } .bad { color: #a3231d; font-weight: 600; }
.pass, .fail { display: inline-block; min-width: 3.2em; text-align: center; border-radius: 4px; font-size: .8rem;
  font-weight: 700; padding: 0 .3em; margin-right: .4em; }
.pass { background: #dcefe0; color: #1e5e2a; } .fail { background: #f6dcda; color: #8c1d17; }
.rubric li { margin-bottom: .5rem; list-style: none; } .rubric { padding-left: 0; }
.chart { width: 100%; height: auto; border: 1px solid #e3e3e8; border-radius: 6px; background: #fff; }
figure { margin: .6rem 0 1rem; break-inside: avoid; } figcaption { color: #5f6368; font-size: .88rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2, h3 { break-after: avoid; } table, .card, figure, .promise { break-inside: avoid; }
  .promise { background: none; }
}
"#;

/// The debrief as one self-contained HTML file (no scripts, no external resources).
pub fn html(session: &Session, debrief: &Debrief) -> String {
    render(&View::of_session(session, debrief))
}

/// The HTML report of one viewer's debrief model.
pub fn html_for(m: &DebriefModel) -> String {
    render(&View::new(m))
}

fn render(v: &View) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Debrief: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        crate::wording::i18n::language().code(),
        esc(&v.title)
    );
    let _ = writeln!(
        o,
        "<h1>{}</h1>\n<p class=\"sub\">{}<br>{}</p>",
        esc(&v.title),
        esc(&v.subtitle),
        esc(&v.support)
    );

    let _ = writeln!(o, "<h2>{}</h2>", esc(&crate::tr!("views-report-outcome")));
    for l in &v.outcome {
        let _ = writeln!(o, "<p>{}</p>", esc(l));
    }
    let _ = writeln!(o, "<table>");
    for l in &v.money {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(&l.label),
            esc(&l.value)
        );
    }
    let _ = writeln!(o, "</table>");

    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<div class=\"cards\">",
        esc(&crate::tr!("views-report-scorecards"))
    );
    let seller = crate::tr!("views-report-seller");
    let seller_on = crate::tr!("views-report-seller-paid-on");
    let company = crate::tr!("views-report-company");
    let company_worth = crate::tr!("views-report-company-worth");
    for (title, lines) in [
        (format!("{seller}: {seller_on}"), &v.seller),
        (format!("{company}: {company_worth}"), &v.company),
    ] {
        let _ = writeln!(o, "<div class=\"card\"><h3>{}</h3><table>", esc(&title));
        for l in lines {
            let _ = writeln!(
                o,
                "<tr><td>{}<br><small>{}</small></td><td class=\"num\">{}</td></tr>",
                esc(&l.label),
                esc(&l.note),
                esc(&l.value)
            );
        }
        let _ = writeln!(o, "</table></div>");
    }
    let _ = writeln!(o, "</div>");
    let _ = writeln!(
        o,
        "<p class=\"verdict {}\"><strong>{}</strong></p>",
        if v.verdict_good { "ok" } else { "bad" },
        esc(&v.verdict)
    );

    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<p>{}</p>\n<div class=\"cards three\">",
        esc(&sc::cards_heading(None, None)),
        esc(&v.who_played)
    );
    for (title, figures) in [
        (sc::seat_card_title(Seat::Seller, None), &v.cards.seller),
        (
            sc::seat_card_title(Seat::DeliveryLead, None),
            &v.cards.delivery,
        ),
        (sc::company_card_title(), &v.cards.company),
    ] {
        let _ = writeln!(o, "<div class=\"card\"><h3>{}</h3>", esc(&title));
        if figures.is_empty() {
            let _ = writeln!(o, "<p class=\"meta\">{}</p>", esc(&sc::no_delivery()));
        } else {
            let _ = writeln!(o, "<table>");
            for f in figures {
                let _ = writeln!(
                    o,
                    "<tr><td>{}<br><small>{}</small></td><td class=\"num\">{}</td></tr>",
                    esc(&f.label),
                    esc(&f.note),
                    esc(&f.value)
                );
            }
            let _ = writeln!(o, "</table>");
        }
        let _ = writeln!(o, "</div>");
    }
    let _ = writeln!(o, "</div>");
    if !v.cards.plans.is_empty() {
        let _ = writeln!(
            o,
            "<h3 class=\"plans\">{}</h3>\n<ul>",
            esc(&sc::plans_heading())
        );
        for p in &v.cards.plans {
            let _ = writeln!(o, "<li>{}</li>", esc(p));
        }
        let _ = writeln!(
            o,
            "</ul>\n<p class=\"meta\">{}</p>",
            esc(&sc::lead_earns_no_commission())
        );
    }

    if !v.burn.is_empty() {
        let _ = writeln!(
            o,
            "<h2>{}</h2>\n<figure>",
            esc(&crate::tr!("views-report-delivery"))
        );
        burn_chart(&mut o, v);
        let caption = crate::tr!(
            "views-report-burn-up-caption",
            first_promised = if v.promised_weeks != v.deadline && v.promised_weeks > 0 {
                crate::tr!("views-report-first-promised")
            } else {
                String::new()
            }
        );
        let _ = writeln!(o, "<figcaption>{}</figcaption>\n</figure>", esc(&caption));
    }

    let _ = writeln!(o, "<h2>{}</h2>", esc(&crate::tr!("views-report-promises")));
    if v.promises.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", esc(&crate::tr!("views-report-no-promises")));
    }
    for (i, p) in v.promises.iter().enumerate() {
        let _ = writeln!(
            o,
            "<div class=\"promise{}\"><h3>{}. {}</h3>\n<div class=\"meta\">{}</div>\n<div class=\"verdict\">{}</div>",
            if p.broken { " broken" } else { "" },
            i + 1,
            esc(&p.what),
            code(&esc(&p.made)),
            esc(&crate::tr!("views-report-verdict", verdict = &p.verdict))
        );
        if !p.effects.is_empty() {
            let _ = writeln!(o, "<ul>");
            for e in &p.effects {
                let _ = writeln!(o, "<li>{}</li>", esc(e));
            }
            let _ = writeln!(o, "</ul>");
        }
        if let Some(w) = &p.without {
            let _ = writeln!(o, "<div class=\"without\">{}</div>", esc(w));
        }
        let _ = writeln!(o, "</div>");
    }

    let _ = writeln!(
        o,
        "<h2>{}</h2>",
        esc(&crate::tr!("views-report-hidden-needs"))
    );
    if v.needs.is_empty() {
        let _ = writeln!(
            o,
            "<p>{}</p>",
            esc(&crate::tr!("views-report-no-hidden-needs"))
        );
    } else {
        let _ = writeln!(
            o,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            esc(&crate::tr!("views-report-what-the-client-knew")),
            esc(&crate::tr!("views-report-who")),
            esc(&crate::tr!("views-report-what-became-of-it"))
        );
        for n in &v.needs {
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td>{}</td><td class=\"{}\">{}</td></tr>",
                esc(&n.text),
                esc(&n.owner),
                if n.surprise { "bad" } else { "ok" },
                esc(&n.status)
            );
        }
        let _ = writeln!(o, "</table>");
    }

    if !v.campaign.is_empty() {
        let _ = writeln!(
            o,
            "<h2>{}</h2>\n<ul>",
            esc(&crate::wording::plan::debrief_heading())
        );
        for l in &v.campaign {
            let _ = writeln!(o, "<li>{}</li>", esc(l));
        }
        let _ = writeln!(o, "</ul>");
    }
    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<p>{}. {}.</p>",
        esc(&crate::tr!("views-report-pacing")),
        esc(&v.pacing_summary),
        esc(&v.support)
    );
    if !v.pacing.is_empty() {
        let _ = writeln!(o, "<figure>");
        pacing_chart(&mut o, v);
        let _ = writeln!(
            o,
            "<figcaption>{}</figcaption>\n</figure>",
            esc(&crate::tr!("views-report-pacing-caption"))
        );
        let _ = write!(
            o,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th>",
            esc(&crate::tr!("views-report-meeting")),
            esc(&crate::tr!("views-report-said")),
            esc(&crate::tr!("views-report-depth"))
        );
        for n in &v.stakeholders {
            let _ = write!(o, "<th>{}</th>", esc(n));
        }
        let _ = writeln!(o, "</tr>");
        for r in &v.pacing {
            let _ = write!(
                o,
                "<tr><td>{}</td><td>{}{}</td><td class=\"num\">{}</td>",
                esc(&r.meeting),
                esc(&r.said),
                r.heard
                    .as_ref()
                    .map(|h| format!("<br><em>{}</em>", esc(h)))
                    .unwrap_or_default(),
                r.depth
            );
            for c in &r.room {
                match c {
                    Some((ready, verdict)) => {
                        let _ = write!(
                            o,
                            "<td class=\"{}\">{} {}</td>",
                            if *verdict == PaceVerdict::Matched {
                                "ok"
                            } else {
                                "bad"
                            },
                            crate::wording::decimal(*ready, 1),
                            pace_mark(*verdict)
                        );
                    }
                    None => o.push_str("<td>–</td>"),
                }
            }
            let _ = writeln!(o, "</tr>");
        }
        let _ = writeln!(o, "</table>");
    }

    let (passed, total) = v.rubric_score();
    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<ul class=\"rubric\">",
        esc(&crate::tr!(
            "views-report-rubric",
            passed = passed,
            total = total
        ))
    );
    for c in &v.rubric {
        let _ = write!(
            o,
            "<li><span class=\"{}\">{}</span><strong>{}</strong><br><span class=\"meta\">{}</span>",
            if c.passed { "pass" } else { "fail" },
            esc(&if c.passed {
                crate::tr!("views-report-pass")
            } else {
                crate::tr!("views-report-fail")
            }),
            esc(&c.label),
            esc(&c.detail)
        );
        if !c.passed {
            let why = crate::tr!("views-report-why-it-matters");
            let _ = write!(o, "<br><em>{}</em> {}", esc(&why), esc(&c.why));
        }
        let _ = writeln!(o, "</li>");
    }
    let _ = writeln!(o, "</ul>");

    if let Some(t) = &v.two_roles {
        let _ = writeln!(o, "<h2>{}</h2>", esc(&sc::ledger_heading()));
        if t.handoff.is_empty() {
            let _ = writeln!(o, "<p>{}</p>", esc(&sc::none_yet()));
        } else {
            let _ = writeln!(o, "<ul>");
            for (i, l) in t.handoff.iter().enumerate() {
                if v.gaps.get(i).copied().unwrap_or(false) {
                    let _ = writeln!(o, "<li class=\"bad\">{}</li>", esc(l));
                } else {
                    let _ = writeln!(o, "<li>{}</li>", esc(l));
                }
            }
            let _ = writeln!(o, "</ul>");
        }
        for (title, lines) in [
            (sc::flags_heading(), &t.flags),
            (sc::review_heading(None), &t.review),
            (sc::retro_heading(), &t.retro),
        ] {
            let _ = writeln!(o, "<h2>{}</h2>", esc(&title));
            if lines.is_empty() {
                let _ = writeln!(o, "<p>{}</p>", esc(&sc::none_yet()));
                continue;
            }
            let _ = writeln!(o, "<ul>");
            for l in lines {
                let _ = writeln!(o, "<li>{}</li>", esc(l));
            }
            let _ = writeln!(o, "</ul>");
        }
    }

    let _ = writeln!(
        o,
        "<h2>{}</h2>\n<ul>",
        esc(&crate::tr!("views-report-key-moments"))
    );
    for m in &v.moments {
        let _ = writeln!(o, "<li>{}</li>", esc(m));
    }
    let _ = writeln!(
        o,
        "</ul>\n<h2>{}</h2>\n<ol>",
        esc(&crate::tr!("views-report-questions"))
    );
    for q in &v.questions {
        let _ = writeln!(o, "<li>{}</li>", esc(q));
    }
    let _ = writeln!(o, "</ol>");
    // Hidden: what a workshop host imports this report by.
    let _ = write!(o, "{}", v.replay);
    let _ = writeln!(o, "</body>\n</html>");
    o
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Turns `` `id` `` spans of already-escaped text into `<code>` elements.
fn code(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len() + 16);
    let mut open = false;
    for c in escaped.chars() {
        if c == '`' {
            out.push_str(if open { "</code>" } else { "<code>" });
            open = !open;
        } else {
            out.push(c);
        }
    }
    if open {
        out.push_str("</code>");
    }
    out
}

/// Chart frame: width, height and plot margins (left, right, top, bottom).
const W: f32 = 760.0;
const H: f32 = 280.0;
const ML: f32 = 48.0;
const MR: f32 = 170.0;
const MT: f32 = 16.0;
const MB: f32 = 44.0;

fn pacing_chart(o: &mut String, v: &View) {
    let n = v.pacing.len();
    let pw = W - ML - MR;
    let ph = H - MT - MB;
    let x = |i: usize| ML + pw * (i as f32 + 0.5) / n as f32;
    // Depth and readiness run 1..5; leave half a level of air at each end.
    let y = |d: f32| MT + ph * (5.5 - d) / 5.0;
    let _ = writeln!(
        o,
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-label=\"{}\" font-size=\"11\" font-family=\"sans-serif\">",
        esc(&crate::tr!("views-report-pacing-label"))
    );
    for level in 1..=5 {
        let yy = y(level as f32);
        let _ = writeln!(
            o,
            "<line x1=\"{ML}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#e3e3e8\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#5f6368\">{level}</text>",
            ML + pw,
            ML - 6.0,
            yy + 4.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"12\" y=\"{:.1}\" transform=\"rotate(-90 12 {:.1})\" text-anchor=\"middle\" fill=\"#5f6368\">{}</text>",
        MT + ph / 2.0,
        MT + ph / 2.0,
        esc(&crate::tr!("views-report-axis-depth-readiness"))
    );
    // Meeting boundaries and names.
    let mut start = 0;
    for i in 0..=n {
        if i == n || (i > 0 && v.pacing[i].meeting != v.pacing[i - 1].meeting) {
            let x0 = ML + pw * start as f32 / n as f32;
            let x1 = ML + pw * i as f32 / n as f32;
            if i < n {
                let _ = writeln!(
                    o,
                    "<line x1=\"{x1:.1}\" y1=\"{MT}\" x2=\"{x1:.1}\" y2=\"{:.1}\" stroke=\"#b0b0b8\" stroke-dasharray=\"3 3\"/>",
                    MT + ph
                );
            }
            let _ = writeln!(
                o,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#3c4043\">{}</text>",
                (x0 + x1) / 2.0,
                H - 10.0,
                esc(&v.pacing[start].meeting)
            );
            start = i;
        }
    }
    for i in 0..n {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#8a8a92\">{}</text>",
            x(i),
            MT + ph + 14.0,
            i + 1
        );
    }
    // Readiness per stakeholder: a line through the answers they were in the room for.
    for (k, name) in v.stakeholders.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        let mut path = String::new();
        let mut pen_down = false;
        for (i, r) in v.pacing.iter().enumerate() {
            match r.room.get(k).copied().flatten() {
                Some((ready, _)) => {
                    let _ = write!(
                        path,
                        "{}{:.1} {:.1} ",
                        if pen_down { "L" } else { "M" },
                        x(i),
                        y(ready)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !path.is_empty() {
            let _ = writeln!(
                o,
                "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" opacity=\"0.7\"/>",
                path.trim_end()
            );
        }
        for (i, r) in v.pacing.iter().enumerate() {
            if let Some((ready, verdict)) = r.room.get(k).copied().flatten() {
                let matched = verdict == PaceVerdict::Matched;
                let _ = writeln!(
                    o,
                    "<g><title>{}</title>\
                     <circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{}\" stroke=\"{colour}\" stroke-width=\"2\"/></g>",
                    esc(&crate::tr!(
                        "views-report-readiness-dot",
                        name = name,
                        readiness = crate::wording::decimal(ready, 1),
                        mark = pace_mark(verdict)
                    )),
                    x(i),
                    y(ready),
                    if matched { colour } else { "#fff" }
                );
            }
        }
        let ly = MT + 14.0 + 18.0 * (k as f32 + 1.0);
        let _ = writeln!(
            o,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            W - MR + 16.0,
            ly - 4.0,
            W - MR + 26.0,
            ly,
            esc(&clip(name, 24))
        );
    }
    // Depth chosen: black squares joined by a thin line.
    let mut path = String::new();
    for (i, r) in v.pacing.iter().enumerate() {
        let _ = write!(
            path,
            "{}{:.1} {:.1} ",
            if i == 0 { "M" } else { "L" },
            x(i),
            y(r.depth as f32)
        );
    }
    let _ = writeln!(
        o,
        "<path d=\"{}\" fill=\"none\" stroke=\"#1d1d1f\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>",
        path.trim_end()
    );
    for (i, r) in v.pacing.iter().enumerate() {
        let _ = writeln!(
            o,
            "<g><title>answer {}: {}, depth {}</title><rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"#1d1d1f\"/></g>",
            i + 1,
            esc(&r.said),
            r.depth,
            x(i) - 4.0,
            y(r.depth as f32) - 4.0
        );
    }
    let _ = writeln!(
        o,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"#1d1d1f\"/><text x=\"{:.1}\" y=\"{:.1}\">depth chosen</text>",
        W - MR + 12.0,
        MT + 6.0,
        W - MR + 26.0,
        MT + 14.0
    );
    let _ = writeln!(o, "</svg>");
}

fn burn_chart(o: &mut String, v: &View) {
    let last = v.burn.last().map_or(0, |p| p.week);
    let weeks = last.max(v.deadline).max(v.promised_weeks).max(1);
    let top = v
        .burn
        .iter()
        .map(|p| p.scope.max(p.done))
        .fold(v.planned_days, f32::max)
        .max(1.0);
    let top = nice_ceiling(top * 1.05);
    let pw = W - ML - MR;
    let ph = H - MT - MB;
    let x = |w: f32| ML + pw * w / weeks as f32;
    let y = |d: f32| MT + ph * (1.0 - d / top);
    let _ = writeln!(
        o,
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-label=\"{}\" font-size=\"11\" font-family=\"sans-serif\">",
        esc(&crate::tr!("views-report-burn-up-label"))
    );
    for i in 0..=5 {
        let tick = top * i as f32 / 5.0;
        let yy = y(tick);
        let _ = writeln!(
            o,
            "<line x1=\"{ML}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#e3e3e8\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#5f6368\">{tick:.0}</text>",
            ML + pw,
            ML - 6.0,
            yy + 4.0
        );
    }
    let every = weeks.div_ceil(16).max(1);
    for w in (0..=weeks).step_by(every as usize) {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#5f6368\">{w}</text>",
            x(w as f32),
            MT + ph + 14.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#5f6368\">{}</text>\
         <text x=\"12\" y=\"{:.1}\" transform=\"rotate(-90 12 {:.1})\" text-anchor=\"middle\" fill=\"#5f6368\">{}</text>",
        ML + pw / 2.0,
        H - 8.0,
        esc(&crate::tr!("views-report-axis-week")),
        MT + ph / 2.0,
        MT + ph / 2.0,
        esc(&crate::tr!("views-report-axis-person-days"))
    );
    if v.promised_weeks != v.deadline && v.promised_weeks > 0 {
        let xp = x(v.promised_weeks as f32);
        let _ = writeln!(
            o,
            "<line x1=\"{xp:.1}\" y1=\"{MT}\" x2=\"{xp:.1}\" y2=\"{:.1}\" stroke=\"#8a8a92\" stroke-dasharray=\"1 3\" stroke-width=\"2\"/>",
            MT + ph
        );
    }
    let xd = x(v.deadline as f32);
    // Near the right edge the label goes to the left of the line, clear of the legend.
    let right_half = xd > ML + pw * 0.6;
    let _ = writeln!(
        o,
        "<line x1=\"{xd:.1}\" y1=\"{MT}\" x2=\"{xd:.1}\" y2=\"{:.1}\" stroke=\"#c2362f\" stroke-width=\"2\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{}\" fill=\"#c2362f\">{}</text>",
        MT + ph,
        if right_half { xd - 4.0 } else { xd + 4.0 },
        MT + 12.0,
        if right_half { "end" } else { "start" },
        esc(&crate::tr!(
            "views-report-agreed-deadline",
            week = v.deadline
        ))
    );
    let mut done = format!("M{:.1} {:.1} ", x(0.0), y(0.0));
    let mut scope = format!("M{:.1} {:.1} ", x(0.0), y(v.planned_days));
    for p in &v.burn {
        let _ = write!(done, "L{:.1} {:.1} ", x(p.week as f32), y(p.done));
        let _ = write!(scope, "L{:.1} {:.1} ", x(p.week as f32), y(p.scope));
    }
    let _ = writeln!(
        o,
        "<path d=\"{}\" fill=\"none\" stroke=\"#5f6368\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
         <path d=\"{}\" fill=\"none\" stroke=\"#1f6fb4\" stroke-width=\"2.5\"/>",
        scope.trim_end(),
        done.trim_end()
    );
    for p in &v.burn {
        let _ = writeln!(
            o,
            "<g><title>{}</title><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#1f6fb4\"/></g>",
            esc(&crate::tr!(
                "views-report-week-done",
                week = p.week,
                done = crate::wording::decimal(p.done, 0),
                all_work = crate::wording::decimal(p.scope, 0)
            )),
            x(p.week as f32),
            y(p.done)
        );
    }
    let lx = W - MR + 16.0;
    let _ = writeln!(
        o,
        "<line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#1f6fb4\" stroke-width=\"2.5\"/><text x=\"{:.1}\" y=\"{:.1}\">done</text>\
         <line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#5f6368\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"{:.1}\" y=\"{:.1}\">scope</text>",
        MT + 20.0,
        lx + 20.0,
        MT + 20.0,
        lx + 26.0,
        MT + 24.0,
        MT + 40.0,
        lx + 20.0,
        MT + 40.0,
        lx + 26.0,
        MT + 44.0
    );
    let _ = writeln!(o, "</svg>");
}

/// The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ) at least `x`, for an axis top.
fn nice_ceiling(x: f32) -> f32 {
    if x <= 0.0 {
        return 1.0;
    }
    let mut base = 1.0;
    while base * 10.0 < x {
        base *= 10.0;
    }
    while base > x {
        base /= 10.0;
    }
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if base * m >= x {
            return base * m;
        }
    }
    base * 10.0
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
