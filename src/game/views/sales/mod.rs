//! The sales meetings: who comes along, then the client's lines and the player's answers, with the
//! people in the room (mood and appetite for detail), the meeting track, the promises made so
//! far, what is known, and what the last answer did.
//!
//! Everything shown comes from the engine's view of the seats at the screen: the room, the answers
//! on offer, what an invitation costs (the engine's own answer on a copy of the session), and the
//! reactions (the events of the last decision as this seat was told them).
//!
//! This file draws; [`model`] holds the view model and builds it from the views.

mod model;

use bevy_egui::egui::{self, RichText, ScrollArea, Ui};

pub use model::{
    DeliveryNote, Face, InviteChoice, OfferedAnswer, PromiseLine, Reaction, RoomPerson, SalesView,
    Stage, Stop, build_view, reactions,
};

use crate::game::intent::Intent;
use crate::game::theme::cues;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::game::views::{guide, keys, what_if};
use crate::wording::sales as sales_words;

/// Draws the sales screen. Number keys highlight a answer, Enter confirms it.
pub fn sales_view(ui: &mut Ui, view: &SalesView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let actions = view.actions();
    let mut out = None;
    if let Some(k) = keys::number(ui)
        && k < actions.len()
    {
        out = Some(Intent::Highlight(k));
    }
    if let Some(h) = keys::step_highlight(view.highlight, keys::up_down(ui), actions.len()) {
        out = Some(Intent::Highlight(h));
    }
    let chosen = view
        .highlight
        .and_then(|h| actions.get(h).cloned().flatten());
    if keys::enter(ui)
        && let Some(a) = &chosen
    {
        out = Some(Intent::Act(a.clone()));
    }
    // F flags the delivery lead's note under the highlighted answer (the Flag button's key).
    if keys::pressed(ui, egui::Key::F)
        && let Some(f) = view
            .highlight
            .and_then(|h| view.stage_answers().nth(h))
            .and_then(|a| a.delivery.iter().find_map(|n| n.flag.clone()))
    {
        out = Some(Intent::Act(f));
    }

    widgets::top_bar(ui, "sales-top", &view.meeting, &view.subtitle, |ui| {
        let (words, tone, share, coach) = &view.patience;
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            ui.label(
                RichText::new(sales_words::patience_line(words, coach.as_deref()))
                    .color(tone.color(&pal)),
            );
            widgets::meter(ui, *share, tone.color(&pal), 260.0);
        });
    });
    egui::Panel::top("sales-track")
        .frame(
            egui::Frame::new()
                .fill(pal.bg)
                .inner_margin(egui::Margin::symmetric(24, 8)),
        )
        .show(ui, |ui| track(ui, &pal, &view.track));
    // A seat that only listens (the delivery lead in the room) flags; it never answers.
    let listens = !actions.is_empty() && actions.iter().all(Option::is_none);
    let flaggable = view
        .stage_answers()
        .any(|a| a.delivery.iter().any(|n| n.flag.is_some()));
    widgets::bottom_bar(ui, "sales-bottom", |ui| {
        let label = sales_words::confirm(matches!(view.stage, Stage::Invite { .. }));
        if !listens
            && ActionButton::new(&label)
                .key("⏎")
                .primary(true)
                .enabled(chosen.is_some())
                .show(ui)
                .clicked()
            && let Some(a) = &chosen
        {
            out = Some(Intent::Act(a.clone()));
        }
        if let Some(w) = &view.walk_away
            && ActionButton::new(&sales_words::walk_away())
                .show(ui)
                .on_hover_text(sales_words::walk_away_hint())
                .clicked()
        {
            out = Some(Intent::Act(w.clone()));
        }
        ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
            if ActionButton::new(&crate::tr!("views-pause"))
                .key("Esc")
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Pause);
            }
            if let Some(i) = what_if::toggle(ui, &view.what_if) {
                out = Some(i);
            }
            let n = actions.len().min(9);
            if listens {
                widgets::weak_line(ui, &sales_words::listen_hint());
            } else if n > 0 && flaggable {
                widgets::weak_line(ui, &sales_words::choose_or_flag_hint(n));
            } else if n > 0 {
                widgets::weak_line(ui, &sales_words::choose_hint(n));
            }
        });
    });
    // Side columns give way to the conversation on narrow windows and at large UI scales.
    let width = ui.available_width();
    egui::Panel::left("sales-room")
        .resizable(false)
        .exact_size((width * 0.2).clamp(200.0, 260.0))
        .frame(side_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| room(ui, &pal, view));
        });
    egui::Panel::right("sales-notes")
        .resizable(false)
        .exact_size((width * 0.23).clamp(220.0, 300.0))
        .frame(side_frame(&pal))
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| notes(ui, &pal, view));
        });
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            // The guide, when it runs, sits below the answers, never over them.
            let room = guide::make_room(ui);
            let height = (ui.available_height() - room).max(80.0);
            // A new question opens at its top (the client's new line in sight), not at the
            // place the last one was scrolled to.
            let question = match &view.stage {
                Stage::Beat { speaker, line, .. } => egui::Id::new((speaker, line)),
                _ => egui::Id::new(&view.meeting),
            };
            ScrollArea::vertical()
                .id_salt(("sales-middle", question))
                .max_height(height)
                .show(ui, |ui| {
                    if let Some(i) = middle(ui, &pal, view) {
                        out = Some(i);
                    }
                });
        });
    out
}

fn side_frame(pal: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(pal.panel)
        .inner_margin(egui::Margin::symmetric(14, 12))
}

fn track(ui: &mut Ui, pal: &Palette, stops: &[(String, Stop)]) {
    ui.horizontal_wrapped(|ui| {
        for (i, (name, stop)) in stops.iter().enumerate() {
            if i > 0 {
                ui.label(RichText::new("→").color(pal.text_weak));
            }
            let (color, text) = match stop {
                Stop::Done => (pal.good, sales_words::track_done(name)),
                Stop::Current => (pal.accent, name.clone()),
                Stop::Skipped => (pal.text_weak, sales_words::track_skipped(name)),
                Stop::Ahead => (pal.text_weak, name.clone()),
            };
            if *stop == Stop::Current {
                egui::Frame::new()
                    .fill(pal.accent)
                    .corner_radius(egui::CornerRadius::same(20))
                    .inner_margin(egui::Margin::symmetric(12, 3))
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(text)
                                .font(bold_font(size::BODY))
                                .color(pal.on_accent),
                        );
                    });
            } else {
                widgets::chip(ui, &text, color);
            }
        }
    });
}

fn room(ui: &mut Ui, pal: &Palette, view: &SalesView) {
    widgets::overline(ui, &sales_words::in_the_room_heading());
    for p in &view.room {
        widgets::card_frame(pal, p.speaking, false)
            .inner_margin(egui::Margin::symmetric(10, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_top(|ui| {
                    widgets::portrait(ui, p.portrait, &p.name, 56.0, Some(p.mood));
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(&p.name)
                                    .font(bold_font(size::BODY))
                                    .color(pal.text),
                            )
                            .wrap(),
                        );
                        ui.label(
                            RichText::new(p.mood.words())
                                .font(bold_font(size::SMALL))
                                .color(p.mood.color(pal)),
                        );
                    });
                });
                ui.add(
                    egui::Label::new(
                        RichText::new(&p.role)
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    )
                    .wrap(),
                );
                if p.cues.dots || p.cues.words {
                    ui.horizontal_wrapped(|ui| {
                        if p.cues.dots {
                            widgets::dots(ui, p.appetite.level(), 5, pal.info);
                        }
                        if p.cues.words {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(p.appetite.words())
                                        .size(size::SMALL)
                                        .color(pal.text),
                                )
                                .wrap(),
                            );
                        }
                    });
                }
                if let Some(a) = &p.approves {
                    ui.add(
                        egui::Label::new(RichText::new(a).size(size::SMALL).color(pal.info)).wrap(),
                    );
                }
                if let Some(l) = &p.lost_on {
                    ui.add(
                        egui::Label::new(RichText::new(l).size(size::SMALL).color(pal.warn)).wrap(),
                    );
                }
                if let Some(c) = &p.coach {
                    ui.label(RichText::new(c).size(size::SMALL).color(pal.info));
                }
            });
        ui.add_space(6.0);
    }
    if !view.with_you.is_empty() {
        ui.add_space(4.0);
        widgets::overline(ui, &sales_words::with_you());
        for w in &view.with_you {
            ui.label(sales_words::your(w));
        }
    }
}

fn notes(ui: &mut Ui, pal: &Palette, view: &SalesView) {
    let raised: Vec<&String> = view
        .stage_answers()
        .flat_map(|o| o.delivery.iter().filter_map(|n| n.flagged.as_ref()))
        .collect();
    if !raised.is_empty() {
        widgets::overline(ui, &sales_words::flags_on_question());
        widgets::card(ui, |ui| {
            for f in raised {
                ui.add(
                    egui::Label::new(
                        RichText::new(sales_words::flag(f))
                            .size(size::SMALL)
                            .color(pal.bad),
                    )
                    .wrap(),
                );
            }
        });
        ui.add_space(10.0);
    }
    if !view.reactions.is_empty() {
        widgets::overline(ui, &sales_words::what_just_happened());
        widgets::live(ui, |ui| {
            widgets::card(ui, |ui| {
                for r in &view.reactions {
                    ui.add(
                        egui::Label::new(
                            RichText::new(&r.text)
                                .size(size::SMALL)
                                .color(r.tone.color(pal)),
                        )
                        .wrap(),
                    );
                }
            });
        });
        ui.add_space(10.0);
    }
    widgets::overline(ui, &sales_words::promises_made());
    if let Some(n) = &view.promises_note {
        ui.add(egui::Label::new(RichText::new(n).size(size::SMALL).color(pal.text_weak)).wrap());
    }
    if view.promises.is_empty() {
        widgets::weak(ui, &sales_words::none_yet());
    }
    for p in &view.promises {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new("⚑").color(if p.warned { pal.bad } else { pal.accent }));
            ui.vertical(|ui| {
                ui.add(egui::Label::new(RichText::new(&p.what).size(size::SMALL)).wrap());
                ui.label(RichText::new(&p.to).size(size::SMALL).color(pal.text_weak));
                if p.warned {
                    ui.add(
                        egui::Label::new(
                            RichText::new(sales_words::designer_warned())
                                .size(size::SMALL)
                                .color(pal.bad),
                        )
                        .wrap(),
                    );
                }
            });
        });
    }
    ui.add_space(10.0);
    widgets::overline(ui, &sales_words::what_you_know());
    if view.known.is_empty() {
        widgets::weak(ui, &sales_words::nothing_beyond_brief());
    }
    for (k, new) in &view.known {
        ui.horizontal_top(|ui| {
            if *new {
                ui.label(
                    RichText::new(crate::tr!("views-new"))
                        .font(bold_font(size::SMALL))
                        .color(pal.info),
                );
            } else {
                ui.label(RichText::new("•").color(pal.info));
            }
            ui.add(egui::Label::new(RichText::new(k).size(size::SMALL)).wrap());
        });
    }
}

fn middle(ui: &mut Ui, pal: &Palette, view: &SalesView) -> Option<Intent> {
    let mut out = None;
    if !view.setting.is_empty() {
        ui.add(
            egui::Label::new(
                RichText::new(&view.setting)
                    .size(size::SMALL)
                    .italics()
                    .color(pal.text_weak),
            )
            .wrap(),
        );
        ui.add_space(8.0);
    }
    match &view.stage {
        Stage::Invite { offered } => {
            widgets::heading(ui, &sales_words::who_comes());
            let names: Vec<&str> = view.room.iter().map(|p| p.name.as_str()).collect();
            widgets::weak(ui, &sales_words::in_the_room(&names));
            ui.add_space(6.0);
            what_if::intro(ui, &view.what_if);
            for (i, o) in offered.iter().enumerate() {
                let r =
                    widgets::clickable_card(ui, ("invite", i), view.highlight == Some(i), |ui| {
                        ui.horizontal(|ui| {
                            widgets::key_cap(ui, &keys::label(i));
                            for f in &o.faces {
                                widgets::portrait(ui, *f, "", 40.0, None);
                            }
                            ui.vertical(|ui| {
                                ui.label(
                                    RichText::new(&o.label)
                                        .font(bold_font(size::BODY))
                                        .color(pal.text),
                                );
                                ui.label(
                                    RichText::new(&o.cost)
                                        .size(size::SMALL)
                                        .color(pal.text_weak),
                                );
                            });
                        });
                        if let Some(l) = o.action.as_ref().and_then(|a| view.what_if.lines_for(a)) {
                            what_if::lines(ui, l);
                        }
                    });
                if r.double_clicked()
                    && let Some(a) = &o.action
                {
                    out = Some(Intent::Act(a.clone()));
                } else if r.clicked() {
                    out = Some(Intent::Highlight(i));
                }
                ui.add_space(4.0);
            }
        }
        Stage::Beat {
            speaker,
            portrait,
            line,
            offered,
        } => {
            ui.horizontal_top(|ui| {
                widgets::portrait(ui, *portrait, speaker, 64.0, None);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(speaker)
                            .font(bold_font(size::BODY))
                            .color(pal.text),
                    );
                    ui.add(
                        egui::Label::new(
                            RichText::new(sales_words::quoted(line))
                                .size(size::HEADING - 4.0)
                                .color(pal.text),
                        )
                        .wrap(),
                    );
                });
            });
            ui.add_space(10.0);
            what_if::intro(ui, &view.what_if);
            for (i, o) in offered.iter().enumerate() {
                let r =
                    widgets::clickable_card(ui, ("answer", i), view.highlight == Some(i), |ui| {
                        answer(ui, pal, i, o);
                        if let Some(l) = o.action.as_ref().and_then(|a| view.what_if.lines_for(a)) {
                            what_if::lines(ui, l);
                        }
                    });
                if r.double_clicked()
                    && let Some(a) = &o.action
                {
                    out = Some(Intent::Act(a.clone()));
                } else if r.clicked() {
                    out = Some(Intent::Highlight(i));
                }
                let keyed = view.highlight == Some(i);
                if let Some(f) = delivery_notes(ui, pal, &o.delivery, keyed) {
                    out = Some(f);
                }
                ui.add_space(4.0);
            }
        }
        Stage::Elsewhere => {
            widgets::heading(ui, &sales_words::not_in_this_meeting());
            widgets::weak(ui, &sales_words::not_in_this_meeting_why());
        }
        Stage::Done => {
            widgets::weak(ui, &sales_words::meetings_over_sentence());
        }
    }
    out
}

fn answer(ui: &mut Ui, pal: &Palette, i: usize, o: &OfferedAnswer) {
    ui.horizontal_top(|ui| {
        widgets::key_cap(ui, &keys::label(i));
        ui.vertical(|ui| {
            ui.add(egui::Label::new(RichText::new(&o.text).color(pal.text)).wrap());
            let mut tags = Vec::new();
            if let Some(d) = o.depth {
                tags.push(sales_words::depth_tag(d, &cues::depth_words(d)));
            }
            tags.extend(o.register.clone());
            tags.extend(o.by.clone());
            if !tags.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    if let Some(d) = o.depth {
                        widgets::dots(ui, d, 5, pal.accent);
                    }
                    ui.label(
                        RichText::new(tags.join(" · "))
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    );
                });
            }
            if let Some(a) = &o.advice {
                ui.add(
                    egui::Label::new(
                        RichText::new(sales_words::team_advice(a))
                            .size(size::SMALL)
                            .italics()
                            .color(pal.info),
                    )
                    .wrap(),
                );
            }
            for w in &o.warnings {
                ui.add(
                    egui::Label::new(
                        RichText::new(sales_words::warning(w))
                            .size(size::SMALL)
                            .strong()
                            .color(pal.bad),
                    )
                    .wrap(),
                );
            }
            if let Some(c) = &o.coach {
                ui.add(egui::Label::new(RichText::new(c).size(size::SMALL).color(pal.warn)).wrap());
            }
        });
    });
}

/// Two roles: the delivery lead's notes under an answer, each with its flag button, or the flag
/// raised for the seller to read before answering. `keyed`: the answer is highlighted, so F
/// presses its first flag button (the button shows the key).
fn delivery_notes(
    ui: &mut Ui,
    pal: &Palette,
    notes: &[DeliveryNote],
    keyed: bool,
) -> Option<Intent> {
    let mut first_flag = keyed;
    let mut out = None;
    for (j, n) in notes.iter().enumerate() {
        ui.push_id(("delivery-note", j), |ui| {
            ui.horizontal_top(|ui| {
                ui.add_space(34.0);
                ui.vertical(|ui| match &n.flagged {
                    Some(f) => {
                        ui.add(
                            egui::Label::new(
                                RichText::new(sales_words::flag(f))
                                    .size(size::SMALL)
                                    .strong()
                                    .color(pal.bad),
                            )
                            .wrap(),
                        );
                    }
                    None => {
                        ui.add(
                            egui::Label::new(
                                RichText::new(sales_words::lead_note(&n.text))
                                    .size(size::SMALL)
                                    .color(pal.info),
                            )
                            .wrap(),
                        );
                        if let Some(a) = &n.flag {
                            let mut b = ActionButton::new(&n.button);
                            if std::mem::take(&mut first_flag) {
                                b = b.key("F");
                            }
                            if b.show(ui).clicked() {
                                out = Some(Intent::Act(a.clone()));
                            }
                        }
                    }
                });
            });
        });
    }
    out
}
