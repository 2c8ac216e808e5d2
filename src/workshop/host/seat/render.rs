//! A browser seat's page drawn on the host: the same engine views the game seat draws (the
//! meeting room, the document, the delivery board, the debrief), in the same sentences (the
//! wording module's functions the game's screens call), as an HTML fragment. Every decision is a
//! numbered button; the page never holds an action's key, only its number, and the host keeps
//! the numbers' actions ([`Page::choices`]) to turn a pick back into the engine's decision.

use std::fmt::Write;

use crate::engine::Seat;
use crate::engine::told::Told;
use crate::engine::view::RoleView;
use crate::engine::view::board::BoardPane;
use crate::engine::view::document::{DocumentPane, DocumentStage, ItemText};
use crate::engine::view::plan::PlanPane;
use crate::engine::view::sales::{SalesPane, StageView, Stop};
use crate::report::html_escape as esc;
use crate::wording::events::{Mark, promise_title, told_line};
use crate::wording::{self, browser as words, pid, remote, sales, table};
use crate::workshop::protocol::ActionKey;

/// A page: its HTML and the decision behind each numbered button (button `n` is `choices[n-1]`).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Page {
    /// The fragment the seat's `<main>` shows.
    pub html: String,
    /// The decisions, in button order.
    pub choices: Vec<(Seat, ActionKey)>,
}

impl Page {
    fn push(&mut self, s: &str) {
        self.html.push_str(s);
    }

    fn text(&mut self, tag: &str, class: &str, s: &str) {
        let _ = if class.is_empty() {
            write!(self.html, "<{tag}>{}</{tag}>", esc(s))
        } else {
            write!(self.html, "<{tag} class=\"{class}\">{}</{tag}>", esc(s))
        };
    }

    /// A numbered decision button (or a plain line when the seat may not take it).
    fn button(&mut self, seat: Seat, key: Option<&ActionKey>, label: &str, hint: &str) {
        match key {
            Some(k) => {
                self.choices.push((seat, k.clone()));
                let n = self.choices.len();
                let _ = write!(
                    self.html,
                    "<button type=\"button\" class=\"choice\" data-n=\"{n}\">\
                     <kbd aria-hidden=\"true\">{n}</kbd> <span>{}</span>",
                    esc(label)
                );
                if !hint.is_empty() {
                    let _ = write!(self.html, "<small>{}</small>", esc(hint));
                }
                self.push("</button>");
            }
            None => {
                let _ = write!(self.html, "<p class=\"offer\">{}", esc(label));
                if !hint.is_empty() {
                    let _ = write!(self.html, "<small>{}</small>", esc(hint));
                }
                self.push("</p>");
            }
        }
    }

    fn list(&mut self, heading: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.text("h2", "", heading);
        self.push("<ul>");
        for i in items {
            self.text("li", "", i);
        }
        self.push("</ul>");
    }
}

fn tone(m: Mark) -> &'static str {
    match m {
        Mark::Good => "good",
        Mark::Neutral => "",
        Mark::Warn => "warn",
        Mark::Bad => "bad",
        Mark::Info => "info",
    }
}

fn happened(p: &mut Page, told: &[Told], coach: bool) {
    let lines: Vec<(Mark, String)> = told.iter().filter_map(|t| told_line(t, coach)).collect();
    if lines.is_empty() {
        return;
    }
    p.push("<section aria-live=\"polite\">");
    p.text("h2", "", &words::what_happened());
    p.push("<ul class=\"told\">");
    for (m, l) in lines {
        p.text("li", tone(m), &l);
    }
    p.push("</ul></section>");
}

/// The meeting room: the track, the people with their cues, patience, the decision, the
/// promises heard and what is known.
/// A person's portrait, as the game draws it (the shipped picture the host serves), or their
/// initials on a disc when the author named a picture the host does not have. Hidden from
/// screen readers: the name and mood are written beside it.
fn face(f: &crate::engine::view::sales::Face) -> String {
    let name = crate::bundled::portraits::face_portrait(f);
    if crate::bundled::portraits::portrait(&name).is_some() {
        return format!(
            "<img class=\"face\" src=\"/portrait/{}.png\" alt=\"\" width=\"56\" height=\"56\">",
            esc(&name)
        );
    }
    let words: Vec<&str> = f.name.split_whitespace().collect();
    let initials: String = [words.first(), words.last().filter(|_| words.len() > 1)]
        .into_iter()
        .flatten()
        .filter_map(|w| w.chars().next())
        .collect();
    format!(
        "<span class=\"face\" aria-hidden=\"true\">{}</span>",
        esc(&initials)
    )
}

/// A meeting: the room and what happened (unless `room` is false: a hot seat's second role in a
/// meeting both sit in, whose room is already on the page), then this seat's decision.
fn sales_page(p: &mut Page, v: &RoleView, s: &SalesPane, room: bool) {
    let cues = v.options.support.cue_channels();
    if room {
        meeting_room(p, v, s, cues);
    }
    decide(p, v, s);
}

fn meeting_room(
    p: &mut Page,
    v: &RoleView,
    s: &SalesPane,
    cues: crate::engine::support::CueChannels,
) {
    if let Some((name, setting)) = &s.meeting {
        p.text("h1", "", name);
        p.text("p", "setting", setting);
    }
    p.push("<nav aria-label=\"track\"><ol class=\"track\">");
    for (name, stop) in &s.track {
        let class = match stop {
            Stop::Done => "done",
            Stop::Current => "current",
            Stop::Skipped => "skipped",
            Stop::Ahead => "ahead",
        };
        let current = if *stop == Stop::Current {
            " aria-current=\"step\""
        } else {
            ""
        };
        let _ = write!(p.html, "<li class=\"{class}\"{current}>{}</li>", esc(name));
    }
    p.push("</ol></nav>");
    let (left, start) = s.patience;
    let _ = write!(
        p.html,
        "<p class=\"patience\"><strong>{}:</strong> {}</p>",
        esc(&words::patience()),
        esc(&wording::cues::patience(crate::engine::cues::patience(
            left, start
        )))
    );
    if !s.room.is_empty() {
        p.push("<section>");
        p.text("h2", "", &words::room());
        p.push("<ul class=\"room\">");
        for k in &s.room {
            let _ = write!(
                p.html,
                "<li class=\"person{}\">{}<span><strong>{}</strong>",
                if k.speaking { " speaking" } else { "" },
                face(&k.face),
                esc(&words::person(&k.face.name, &k.face.role)),
            );
            let _ = write!(
                p.html,
                "<br><span class=\"mood\">{}</span>",
                esc(&wording::cues::mood(k.mood))
            );
            if cues.words {
                let _ = write!(p.html, " · {}", esc(&wording::cues::appetite(k.appetite)));
            }
            if let Some((t, r)) = k.numbers {
                let _ = write!(p.html, " · {}", esc(&sales::coach_numbers(t, r)));
            }
            if !k.lost_on.is_empty() {
                let _ = write!(p.html, " · {}", esc(&sales::lost_on(&k.lost_on)));
            }
            p.push("</span></li>");
        }
        p.push("</ul>");
        if !s.with_you.is_empty() {
            p.text("p", "with", &sales::invite_label(&s.with_you));
        }
        p.push("</section>");
    }
    happened(p, &v.happened, v.options.coach);
}

fn decide(p: &mut Page, v: &RoleView, s: &SalesPane) {
    p.push("<section class=\"decide\">");
    match &s.stage {
        StageView::Invite(offered) => {
            p.text("h2", "", &words::decide());
            for o in offered {
                p.button(
                    v.seat,
                    o.action.as_ref(),
                    &sales::invite_label(&o.roles),
                    &sales::invite_cost(o.presales_cost, o.patience),
                );
            }
        }
        StageView::Beat {
            speaker,
            line,
            answers,
        } => {
            let _ = write!(
                p.html,
                "<blockquote><p>{}</p><footer>{}</footer></blockquote>",
                esc(line),
                esc(&words::person(&speaker.name, &speaker.role))
            );
            p.text("h2", "", &words::decide());
            for a in answers {
                let mut hint = Vec::new();
                if let Some(d) = a.depth {
                    hint.push(wording::cues::depth(d));
                }
                if let Some(r) = &a.register {
                    hint.push(r.clone());
                }
                if let Some(by) = a.by {
                    hint.push(sales::said_by(by));
                }
                if let Some(adv) = &a.advice {
                    hint.push(adv.clone());
                }
                for w in &a.warnings {
                    hint.push(wording::capitalized(&wording::events::claim_note(w)));
                }
                p.button(v.seat, a.action.as_ref(), &a.text, &hint.join(" · "));
                for n in &a.notes {
                    let note = table::note(&n.about, n.said, n.team);
                    if n.flagged {
                        p.text("p", "flag", &table::flagged(&words::role_names()[1], &note));
                    } else {
                        p.button(
                            v.seat,
                            n.flag.as_ref(),
                            &table::flag_button(&n.about),
                            &note,
                        );
                    }
                }
            }
            if answers.iter().all(|a| a.action.is_none()) && v.seat == Seat::DeliveryLead {
                p.text("p", "note", &words::listening());
            }
        }
        StageView::Elsewhere | StageView::Done => waiting(p, v),
    }
    if let Some(k) = &s.walk_away {
        p.button(v.seat, Some(k), &words::walk_away(), "");
    }
    p.push("</section>");
    let promises: Vec<String> = s
        .promises
        .iter()
        .map(|l| {
            format!(
                "{} — {}",
                promise_title(&l.promise),
                sales::promise_to(&l.promise.to, &l.meeting)
            )
        })
        .collect();
    p.list(&words::promises(), &promises);
    if s.heard_only && !promises.is_empty() {
        p.text(
            "p",
            "note",
            &table::promises_heard_only(&words::role_names()[1]),
        );
    }
    let known: Vec<String> = s.known.iter().map(|(t, _)| t.clone()).collect();
    p.list(&words::known(), &known);
}

fn waiting(p: &mut Page, v: &RoleView) {
    let names = words::role_names();
    let meeting = v
        .sales
        .as_ref()
        .and_then(|s| s.meeting.as_ref())
        .map(|m| m.0.as_str());
    let (h, line) = remote::waiting(&v.phase, v.seat, meeting, &names);
    p.text("h2", "", &h);
    p.text("p", "waiting", &line);
}

/// The campaign plan (before the first meeting of a scenario with one): the game's plan, each
/// choice of days and each booking a numbered button, the close against the calendar.
fn plan_page(p: &mut Page, v: &RoleView, pl: &PlanPane) {
    use crate::wording::plan as w;
    p.text("h1", "", &w::title());
    p.text("p", "setting", &pid::client_and_title(&v.client, &v.title));
    p.text("p", "note", &w::intro());
    p.push("<section class=\"room\">");
    p.text("h2", "", &w::summary());
    for l in w::close_line(pl.close_day, pl.quarter_end, pl.decision_day) {
        p.text("p", "", &l);
    }
    let at_risk = pl.rows.iter().filter(|r| r.at_risk).count();
    for l in w::warnings(pl.after_quarter, pl.after_decision, at_risk) {
        p.text("p", "flag", &l);
    }
    p.text(
        "p",
        "note",
        &w::slip_cost(pl.slip_cost.0, pl.slip_cost.1, pl.slip_cost.2),
    );
    p.push("</section><section class=\"decide\">");
    for (i, r) in pl.rows.iter().enumerate() {
        p.text("h2", "", &w::row_heading(&r.name, i + 1, r.internal));
        p.text(
            "p",
            "note",
            &w::row_note(
                &w::takes(r.takes, r.unbooked_days, pl.diary_slip),
                r.planned_day,
                r.spare,
                r.at_risk,
            ),
        );
        for (days, key) in &r.choices {
            let label = w::days(*days);
            let chosen = if *days == r.days { "✔" } else { "" };
            p.button(v.seat, key.as_ref(), &label, chosen);
        }
        for (role, booked, key) in &r.booking {
            p.button(v.seat, key.as_ref(), &w::booking(*role, *booked), "");
        }
    }
    if let Some(k) = &pl.confirm {
        p.button(v.seat, Some(k), &w::confirm(), "");
    } else if pl.planning {
        p.text("p", "waiting", &w::seller_plans());
    }
    p.push("</section>");
}

/// The document: written by the seller at the handoff, reviewed by the delivery lead.
fn document_page(p: &mut Page, v: &RoleView, d: &DocumentPane) {
    p.text("h1", "", &pid::pid_title());
    p.text("p", "setting", &pid::client_and_title(&v.client, &v.title));
    if d.stage == DocumentStage::Writing {
        p.text("p", "note", &pid::tick_hint());
    } else {
        p.text("h2", "", &pid::review_title(&words::role_names()[1]));
    }
    if !d.scope.is_empty() {
        p.list(&pid::scope_sold(), &d.scope);
    }
    p.push("<section class=\"decide\">");
    p.text("h2", "", &pid::written_in_heading());
    if d.lines.is_empty() {
        p.text("p", "note", &pid::nothing_to_write());
    }
    for l in &d.lines {
        let what = match &l.text {
            ItemText::Promise(t) => promise_title(t),
            ItemText::Need(t) => pid::client_need(t),
        };
        let mut hint = Vec::new();
        if let Some(m) = &l.meeting
            && let ItemText::Promise(t) = &l.text
        {
            hint.push(pid::promised_to(&t.to, m));
        }
        if d.stage == DocumentStage::Writing {
            hint.push(if l.included {
                pid::written_in_heading()
            } else {
                pid::left_out()
            });
        }
        if l.warned {
            hint.push(pid::claim_warned());
        }
        if let Some(who) = &l.unagreed {
            hint.push(sales::without_agreement(who));
        }
        if let Some((priced, team)) = l.answer {
            hint.push(table::queried(priced, team));
        }
        if let Some(r) = l.rebaselined {
            hint.push(pid::rebaselined(r));
        }
        let key = l.toggle.as_ref().or(l.query.as_ref());
        p.button(v.seat, key, &what, &hint.join(" · "));
        if let Some(r) = &l.rebaseline {
            p.button(
                v.seat,
                Some(&r.action),
                &table::rebaseline_cost(r.repriced.as_deref(), r.trust_cost, r.commission_share),
                "",
            );
        }
    }
    if let Some(k) = &d.submit {
        p.button(
            v.seat,
            Some(k),
            &pid::hand_over(),
            &pid::written_in(d.promises_in, d.needs_in),
        );
    }
    if let Some(k) = &d.accept {
        p.button(v.seat, Some(k), &pid::accept(), "");
    }
    p.push("</section>");
    for (meeting, heard) in &d.heard {
        let items: Vec<String> = if heard.is_empty() {
            vec![pid::nothing_promised_there()]
        } else {
            heard.iter().map(promise_title).collect()
        };
        p.list(&format!("{} — {meeting}", pid::heard_heading()), &items);
    }
}

/// The burn-up chart as an inline SVG: work done and all the work, week by week.
fn burnup(p: &mut Page, b: &BoardPane) {
    let weeks = b.max_weeks.max(b.deadline).max(1) as f32;
    let top = b
        .burnup
        .iter()
        .map(|(_, d, s)| d.max(*s))
        .fold(1.0f32, f32::max);
    let (w, h) = (320.0f32, 160.0f32);
    let pt = |wk: u32, d: f32| (wk as f32 / weeks * w, h - d / top * h);
    let line = |f: &dyn Fn(&(u32, f32, f32)) -> f32| {
        b.burnup
            .iter()
            .map(|x| {
                let (a, c) = pt(x.0, f(x));
                format!("{a:.1},{c:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (dx, _) = pt(b.deadline, 0.0);
    let _ = write!(
        p.html,
        "<figure><svg viewBox=\"-4 -4 {} {}\" role=\"img\" aria-label=\"{}\" class=\"burnup\">\
         <line x1=\"{dx:.1}\" y1=\"0\" x2=\"{dx:.1}\" y2=\"{h}\" class=\"date\"/>\
         <polyline points=\"{}\" class=\"scope\"/><polyline points=\"{}\" class=\"done\"/></svg>\
         <figcaption>{} · {} · {}</figcaption></figure>",
        w + 8.0,
        h + 8.0,
        esc(&words::burnup()),
        line(&|x| x.2),
        line(&|x| x.1),
        esc(&wording::delivery::all_the_work()),
        esc(&wording::delivery::agreed_legend(b.deadline)),
        esc(&wording::delivery::done_left(b.done_days, b.remaining_days)),
    );
}

/// The delivery board: the week, the burn-up, the backlog, the team and the week's decisions.
fn board_page(p: &mut Page, v: &RoleView, b: &BoardPane) {
    p.text(
        "h1",
        "",
        &wording::delivery::title(b.weeks_done, b.deadline),
    );
    burnup(p, b);
    if let Some((week, told)) = &b.last_week {
        p.text("h2", "", &wording::delivery::happened_title(Some(*week)));
        let lines: Vec<(Mark, String)> =
            told.iter().filter_map(|t| told_line(t, b.coach)).collect();
        if lines.is_empty() {
            p.text("p", "", &wording::delivery::quiet_week());
        }
        p.push("<ul class=\"told\">");
        for (m, l) in lines {
            p.text("li", tone(m), &l);
        }
        p.push("</ul>");
    } else {
        p.text("p", "note", &wording::delivery::before_first_week());
    }
    p.push("<section class=\"decide\">");
    if !b.choices.is_empty() || b.end_week.is_some() {
        p.text("h2", "", &words::this_week());
    }
    for c in &b.choices {
        let (label, hint) = wording::delivery::choice_words(&c.kind, b.coach);
        match &c.action {
            Ok(k) => p.button(v.seat, Some(k), &label, &hint),
            Err(why) => p.button(
                v.seat,
                None,
                &label,
                &wording::delivery::not_now(&hint, &wording::refusal::refusal(*why)),
            ),
        }
    }
    if let Some(k) = &b.end_week {
        p.button(
            v.seat,
            Some(k),
            &wording::delivery::end_week(b.weeks_done + 1),
            &wording::delivery::end_week_hint(),
        );
    }
    if b.choices.is_empty() && b.end_week.is_none() {
        waiting(p, v);
    }
    p.push("</section>");
    let backlog: Vec<String> = b
        .backlog
        .iter()
        .map(|l| {
            format!(
                "{} — {}",
                wording::events::work_words(&l.what),
                wording::delivery::item_status(l.finished, l.dropped, l.remaining, l.total)
            )
        })
        .collect();
    p.list(&words::backlog(), &backlog);
    let team: Vec<String> = b
        .team
        .iter()
        .map(|m| words::person(&m.name, &m.role))
        .collect();
    p.list(&words::team(), &team);
}

/// The debrief as this seat may read it, and the retrospective form while it is open.
fn over_page(p: &mut Page, v: &RoleView, index: usize, revealed: Option<&[String]>) {
    p.text("h1", "", &remote::result_line(v.won));
    if let Some(c) = v.commission {
        p.text("p", "", &remote::commission(c));
    }
    if let Some(m) = &v.debrief {
        p.text("p", "", &wording::debrief::headline(&m.outcome));
        p.text(
            "p",
            "",
            &wording::debrief::deal_verdict(&m.verdict, m.commission.is_some()),
        );
        let (seller, company) = wording::debrief::scorecards(&m.outcome, m.commission);
        p.push("<dl class=\"cards\">");
        for f in seller.iter().chain(&company) {
            let _ = write!(
                p.html,
                "<div><dt>{}</dt><dd>{} <small>{}</small></dd></div>",
                esc(&f.label),
                esc(&f.value),
                esc(&f.note)
            );
        }
        p.push("</dl>");
        let promises: Vec<String> = m
            .promises
            .iter()
            .map(|l| {
                format!(
                    "{} — {}",
                    wording::describe(&l.what, &l.to.name, &l.to.role),
                    wording::verdict(l.verdict)
                )
            })
            .collect();
        p.list(&words::debrief_promises(), &promises);
        // The whole debrief, as the game's debrief screen and the exported report show it
        // (pacing chart, key moments, rubric, burn-up): the same report, in its own frame so
        // that its styles stay its own.
        let report = crate::report::html_for(m);
        let _ = write!(
            p.html,
            "<section class=\"whole\"><h2>{}</h2><iframe class=\"report\" title=\"{}\" srcdoc=\"{}\"></iframe></section>",
            esc(&words::whole_debrief()),
            esc(&words::whole_debrief()),
            esc(&report)
        );
    }
    if let Some(l) = revealed {
        p.list(&remote::ledger_revealed(), l);
    }
    p.text("p", "note", &remote::see_projector());
    if v.retro_open || v.retro.is_some() {
        let [q1, q2] = wording::debrief::retro_questions(v.seat);
        let (a1, a2) = v
            .retro
            .as_ref()
            .map(|r| (r.went_wrong.as_str(), r.needed.as_str()))
            .unwrap_or_default();
        let _ = write!(
            p.html,
            "<form class=\"retro\" data-r=\"{index}\"><h2>{}</h2><p>{}</p>\
             <label>{}<textarea name=\"went_wrong\" maxlength=\"500\" rows=\"3\">{}</textarea></label>\
             <label>{}<textarea name=\"needed\" maxlength=\"500\" rows=\"3\">{}</textarea></label>\
             <button type=\"submit\">{}</button></form>",
            esc(&remote::retrospective()),
            esc(&remote::retro_invitation()),
            esc(&q1),
            esc(a1),
            esc(&q2),
            esc(a2),
            esc(&wording::debrief_screen::save_answers(v.retro.is_some())),
        );
    }
}

/// One seat's view as a page; `index` is the view's place among the device's views (the
/// retrospective form names it), `revealed` the ledger the facilitator revealed (in words).
pub fn view_page(p: &mut Page, v: &RoleView, index: usize, revealed: Option<&[String]>) {
    if let Some(pl) = v.plan.as_ref().filter(|pl| pl.planning) {
        plan_page(p, v, pl);
    } else if let Some(s) = &v.sales {
        sales_page(p, v, s, true);
    } else if let Some(d) = &v.document {
        document_page(p, v, d);
    } else if v.won.is_some() || v.debrief.is_some() {
        over_page(p, v, index, revealed);
        if let Some(b) = &v.board {
            board_page(p, v, b);
        }
    } else if let Some(b) = &v.board {
        board_page(p, v, b);
    } else {
        waiting(p, v);
    }
}

/// A hot seat's second role in a meeting both roles sit in: only its decision (the room, the line
/// and what happened are on the page once, with the first role's).
pub fn decision_only(p: &mut Page, v: &RoleView) {
    match &v.sales {
        Some(s) => sales_page(p, v, s, false),
        None => view_page(p, v, 0, None),
    }
}

/// The ledger the facilitator revealed, in words, each marked when the PID left it out (from
/// what the debrief of `v` knows).
pub fn revealed_lines(ledger: &[crate::engine::told::PromiseText], v: &RoleView) -> Vec<String> {
    ledger
        .iter()
        .map(|t| {
            let in_pid = v
                .debrief
                .as_ref()
                .and_then(|m| m.promises.iter().find(|p| p.key == t.key))
                .is_none_or(|p| p.in_pid);
            remote::revealed_promise(&promise_title(t), in_pid)
        })
        .collect()
}
