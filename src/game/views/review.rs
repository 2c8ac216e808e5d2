//! The delivery lead's review of the PID (two roles): the document as handed over, never the
//! ledger. Each item can be queried (the days it was priced on against the team's estimate), a
//! promise can be taken to a re-baselining meeting (its cost in trust and commission is the
//! engine's answer on a copy of the session), or the document accepted and delivery started.
//!
//! Everything drawn comes from the engine's document pane of the view at the screen; the view model
//! never sees the ledger (the engine leaves it out of the delivery lead's view).

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

use super::keys;
use crate::engine::Seat;
use crate::engine::view::document::{DocumentStage, ItemText};
use crate::engine::view::{ActionKey, RoleView};
use crate::game::intent::{Decision, Intent};
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::events::promise_title;
use crate::wording::pid;

/// One item of the document as the delivery lead reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// The item in words.
    pub text: String,
    /// Query it (when it can still be asked).
    pub query: Option<Decision>,
    /// The answer to a query, once asked.
    pub answer: Option<String>,
    /// Ask for a re-baselining meeting about it (promises not yet re-baselined), and what it
    /// would do and cost.
    pub rebaseline: Option<(Decision, String)>,
    /// What a re-baselining meeting did, once held.
    pub rebaselined: Option<String>,
    /// "Promised without Fatima's agreement": a gap a colleague never closed.
    pub unagreed: Option<String>,
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
    /// Accept the document (when this seat may).
    pub accept: Option<Decision>,
}

/// Builds the review from the view at the screen that holds the document under review (the
/// delivery lead's, or the seller's while they wait for it); `names` are seller, lead.
pub fn build_view(views: &[RoleView], names: &[String; 2]) -> Option<ReviewScreenView> {
    let (v, d) = views
        .iter()
        .filter_map(|v| {
            v.document
                .as_ref()
                .filter(|d| d.stage == DocumentStage::Reviewing)
                .map(|d| (v, d))
        })
        .max_by_key(|(v, _)| v.seat == Seat::DeliveryLead)?;
    let decide = |k: &Option<ActionKey>| k.clone().map(|k| Decision::new(v.seat, k));
    let lines = d
        .lines
        .iter()
        .filter(|l| l.included)
        .map(|l| ReviewLine {
            text: match &l.text {
                ItemText::Promise(p) => promise_title(p),
                ItemText::Need(t) => pid::client_need(t),
            },
            query: decide(&l.query),
            answer: l
                .answer
                .map(|(priced, team)| crate::wording::table::queried(priced, team)),
            rebaseline: l.rebaseline.as_ref().map(|r| {
                (
                    Decision::new(v.seat, r.action.clone()),
                    crate::wording::table::rebaseline_cost(
                        r.repriced.as_deref(),
                        r.trust_cost,
                        r.commission_share,
                    ),
                )
            }),
            rebaselined: l.rebaselined.map(pid::rebaselined),
            unagreed: l
                .unagreed
                .as_deref()
                .map(crate::wording::sales::without_agreement),
        })
        .collect();
    let heard = d
        .heard
        .iter()
        .map(|(m, ps)| (m.clone(), ps.iter().map(promise_title).collect()))
        .collect();
    Some(ReviewScreenView {
        lead: names[1].clone(),
        seller: names[0].clone(),
        subtitle: pid::client_and_title(&v.client, &v.title),
        lines,
        heard,
        accept: decide(&d.accept),
    })
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
    if keys::enter(ui)
        && let Some(a) = &view.accept
    {
        out = Some(Intent::Act(a.clone()));
    }
    widgets::top_bar(
        ui,
        "review-top",
        &pid::review_title(&view.lead),
        &view.subtitle,
        |_| {},
    );
    if let Some(i) = super::decision_bar(
        ui,
        "review-bottom",
        &pid::accept(),
        view.accept.as_ref(),
        |ui| {
            widgets::weak(ui, &pid::query_hint());
        },
    ) {
        out = Some(i);
    }
    let width = ui.available_width();
    egui::Panel::right("review-heard")
        .resizable(false)
        .exact_size((width * 0.3).clamp(240.0, 360.0))
        .frame(widgets::page_frame(&pal).fill(pal.panel))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                widgets::heading(ui, &pid::heard_heading());
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
                        widgets::weak(ui, &pid::nothing_promised_there());
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
                    widgets::overline(ui, &pid::pid_title());
                    widgets::heading(ui, &pid::handed_you(&view.seller));
                    widgets::weak(ui, &pid::review_rules());
                    ui.add_space(8.0);
                    if view.lines.is_empty() {
                        widgets::weak(ui, &pid::empty_document());
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
                                    if let Some(u) = &line.unagreed {
                                        ui.label(
                                            RichText::new(u).size(size::SMALL).color(pal.warn),
                                        );
                                    }
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
                                            && ActionButton::new(&crate::tr!("views-query"))
                                                .show(ui)
                                                .clicked()
                                        {
                                            out = Some(Intent::Act(q.clone()));
                                        }
                                        if let Some((a, _)) = &line.rebaseline
                                            && ActionButton::new(&pid::ask_rebaseline())
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
