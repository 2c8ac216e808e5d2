//! The delivery lead's review of the PID (two roles): the document as handed over, never the
//! ledger. Each item can be queried (the days it was priced on against the team's estimate), a
//! promise can be taken to a re-baselining meeting (its cost in trust and commission is the
//! engine's answer on a copy of the session), or the document accepted and delivery started.
//!
//! Everything drawn comes from the delivery lead's role view ([`Session::view`]) and the
//! engine's own answers; the view model never reads the ledger.

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::keys;
use crate::engine::view::{RebaselineCostView, ReviewView};
use crate::engine::{Action, PidItem, RoleView, Seat, Session};
use crate::game::intent::Intent;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::events::promise_what;
use crate::wording::pid;

/// One item of the document as the delivery lead reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// The item in words.
    pub text: String,
    /// Query it (when it can still be asked).
    pub query: Option<Action>,
    /// The answer to a query, once asked.
    pub answer: Option<String>,
    /// Ask for a re-baselining meeting about it (promises not yet re-baselined), and what it
    /// would do and cost.
    pub rebaseline: Option<(Action, String)>,
    /// What a re-baselining meeting did, once held.
    pub rebaselined: Option<String>,
}

/// What the review screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewScreenView {
    /// The delivery lead's name.
    pub lead: String,
    /// The seller's name.
    pub seller: String,
    /// Client and title.
    pub subtitle: String,
    /// The document, item by item.
    pub lines: Vec<ReviewLine>,
    /// The meetings the delivery lead sat in, with what was promised there.
    pub heard: Vec<(String, Vec<String>)>,
    /// Whether accepting is open.
    pub can_accept: bool,
}

fn item_of(session: &Session, key: &str) -> Option<PidItem> {
    let s = session.scenario();
    s.promise_by_key(key)
        .map(PidItem::Promise)
        .or_else(|| s.fact_by_key(key).map(PidItem::Fact))
}

fn item_words(session: &Session, item: PidItem) -> String {
    let s = session.scenario();
    match item {
        PidItem::Promise(p) => promise_what(s, p),
        PidItem::Fact(f) => pid::client_need(&s.facts[f.ix()].text),
    }
}

/// Builds the review from the delivery lead's view and the engine's answers.
pub fn build_view(session: &Session, names: [String; 2]) -> ReviewScreenView {
    let s = session.scenario();
    let view: RoleView = session.view(Seat::DeliveryLead);
    let legal = session.legal_actions_as(Seat::DeliveryLead);
    let lines = view
        .pid
        .iter()
        .filter_map(|key| item_of(session, key).map(|i| (key, i)))
        .map(|(key, item)| {
            let query = Some(Action::QueryPid(item)).filter(|a| legal.contains(a));
            let answer = view.review.iter().find_map(|r| match r {
                ReviewView::Queried(k, priced, team) if k == key => {
                    Some(crate::wording::table::queried(*priced, *team))
                }
                _ => None,
            });
            let rebaselined = view.review.iter().find_map(|r| match r {
                ReviewView::Rebaselined(k, repriced) if k == key => {
                    Some(pid::rebaselined(*repriced).to_owned())
                }
                _ => None,
            });
            let rebaseline = match item {
                PidItem::Promise(p) => view
                    .rebaseline_costs
                    .iter()
                    .find(|c| &c.promise == key)
                    .map(|c| (Action::Rebaseline(p), rebaseline_words(session, c))),
                PidItem::Fact(_) => None,
            };
            ReviewLine {
                text: item_words(session, item),
                query,
                answer,
                rebaseline,
                rebaselined,
            }
        })
        .collect();
    let heard = view
        .meetings
        .iter()
        .map(|m| {
            let name = s
                .meetings
                .iter()
                .find(|x| x.key == m.meeting)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| m.meeting.clone());
            let promises = m
                .promises
                .iter()
                .filter_map(|k| s.promise_by_key(k))
                .map(|p| promise_what(s, p))
                .collect();
            (name, promises)
        })
        .collect();
    let [seller, lead] = names;
    ReviewScreenView {
        lead,
        seller,
        subtitle: pid::client_and_title(&s.client.name, &s.title),
        lines,
        heard,
        can_accept: legal.contains(&Action::AcceptPid),
    }
}

/// What a re-baselining meeting would do and cost, in words (the engine's answer, from the
/// delivery lead's view).
fn rebaseline_words(session: &Session, c: &RebaselineCostView) -> String {
    let s = session.scenario();
    let repriced = c
        .repriced
        .as_deref()
        .and_then(|k| s.scope_by_key(k))
        .map(|i| s.offer.scope[i.ix()].name.as_str());
    crate::wording::table::rebaseline_cost(repriced, c.trust_cost, c.commission_share)
}

/// Draws the review. Number keys query an item; Enter accepts the document.
pub fn review_view(ui: &mut Ui, view: &ReviewScreenView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && let Some(q) = view.lines.get(k).and_then(|l| l.query.clone())
    {
        out = Some(Intent::Act(q));
    }
    if keys::enter(ui) && view.can_accept {
        out = Some(Intent::Act(Action::AcceptPid));
    }
    widgets::top_bar(
        ui,
        "review-top",
        &pid::review_title(&view.lead),
        &view.subtitle,
        |_| {},
    );
    widgets::bottom_bar(ui, "review-bottom", |ui| {
        if ActionButton::new(pid::ACCEPT)
            .key("⏎")
            .primary(true)
            .enabled(view.can_accept)
            .show(ui)
            .clicked()
        {
            out = Some(Intent::Act(Action::AcceptPid));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new("Pause").key("Esc").show(ui).clicked() {
                out = Some(Intent::Pause);
            }
            widgets::weak(ui, pid::QUERY_HINT);
        });
    });
    let width = ui.available_width();
    egui::Panel::right("review-heard")
        .resizable(false)
        .exact_size((width * 0.3).clamp(240.0, 360.0))
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                widgets::heading(ui, pid::HEARD_HEADING);
                if view.heard.is_empty() {
                    widgets::weak(ui, &pid::heard_nothing(&view.seller));
                }
                for (meeting, promises) in &view.heard {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new(meeting)
                            .font(bold_font(size::BODY))
                            .color(pal.text),
                    );
                    if promises.is_empty() {
                        widgets::weak(ui, pid::NOTHING_PROMISED_THERE);
                    }
                    for p in promises {
                        ui.horizontal_top(|ui| {
                            ui.label("•");
                            ui.add(egui::Label::new(RichText::new(p).size(size::SMALL)).wrap());
                        });
                    }
                }
            });
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            super::guide::above_guide(ui, |ui| {
                ScrollArea::vertical().show(ui, |ui| {
                    widgets::overline(ui, pid::PID_TITLE);
                    widgets::heading(ui, &pid::handed_you(&view.seller));
                    widgets::weak(ui, pid::REVIEW_RULES);
                    ui.add_space(8.0);
                    if view.lines.is_empty() {
                        widgets::weak(ui, pid::EMPTY_DOCUMENT);
                    }
                    for (i, line) in view.lines.iter().enumerate() {
                        widgets::card(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.horizontal_top(|ui| {
                                if i < 9 {
                                    widgets::key_cap(ui, &keys::label(i));
                                }
                                ui.vertical(|ui| {
                                    ui.add(
                                        egui::Label::new(RichText::new(&line.text).color(pal.text))
                                            .wrap(),
                                    );
                                    if let Some(a) = &line.answer {
                                        ui.label(
                                            RichText::new(a).size(size::SMALL).color(pal.info),
                                        );
                                    }
                                    if let Some(r) = &line.rebaselined {
                                        ui.label(
                                            RichText::new(r).size(size::SMALL).color(pal.warn),
                                        );
                                    }
                                    ui.horizontal_wrapped(|ui| {
                                        if let Some(q) = &line.query
                                            && ActionButton::new("Query").show(ui).clicked()
                                        {
                                            out = Some(Intent::Act(q.clone()));
                                        }
                                        if let Some((a, _)) = &line.rebaseline
                                            && ActionButton::new(pid::ASK_REBASELINE)
                                                .show(ui)
                                                .clicked()
                                        {
                                            out = Some(Intent::Act(a.clone()));
                                        }
                                    });
                                    if let Some((_, cost)) = &line.rebaseline {
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(cost)
                                                    .size(size::SMALL)
                                                    .color(pal.text_weak),
                                            )
                                            .wrap(),
                                        );
                                    }
                                });
                            });
                        });
                        ui.add_space(4.0);
                    }
                })
            });
        });
    out
}
