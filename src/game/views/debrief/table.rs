//! The debrief for two: both seats' scorecards side by side with the company's card as the
//! team's result, what the seller would have earned under each plan, the ledger beside the PID
//! with the gaps marked, who flagged what, the delivery lead's review, and the retrospective
//! (each seat's two answers side by side, sent to the engine as that seat's action).

use bevy_egui::egui::{self, RichText};

use super::{DebriefView, TwoRolesPage, scroll};
use crate::engine::{Action, RETRO_MAX_CHARS, RetroAnswer, Seat};
use crate::game::intent::Intent;
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::wording::debrief::{Figure, retro_questions};
use crate::wording::debrief_screen as ds;
use crate::wording::scorecards as sc;

pub(super) fn two_roles(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let Some(page) = &view.two_roles else {
        return None;
    };
    let pal = Palette::of(ui);
    let mut out = None;
    let [seller, lead] = &page.names;
    scroll(ui, "debrief_two_roles", |ui| {
        widgets::heading(ui, &sc::cards_heading(Some(seller), Some(lead)));
        ui.columns(3, |cols| {
            card(
                &mut cols[0],
                &pal,
                &sc::seat_card_title(Seat::Seller, Some(seller)),
                &page.cards.seller,
            );
            card(
                &mut cols[1],
                &pal,
                &sc::seat_card_title(Seat::DeliveryLead, Some(lead)),
                &page.cards.delivery,
            );
            card(
                &mut cols[2],
                &pal,
                sc::company_card_title(),
                &page.cards.company,
            );
        });
        if !page.cards.plans.is_empty() {
            ui.add_space(6.0);
            widgets::overline(ui, sc::plans_heading());
            lines(ui, &pal, &page.cards.plans, None);
            widgets::weak(ui, sc::lead_earns_no_commission());
        }
        ui.add_space(12.0);
        widgets::heading(ui, sc::ledger_heading());
        lines(ui, &pal, &page.words.handoff, Some(&page.gaps));
        ui.add_space(12.0);
        widgets::heading(ui, sc::flags_heading());
        lines(ui, &pal, &page.words.flags, None);
        ui.add_space(12.0);
        widgets::heading(ui, &sc::review_heading(Some(lead)));
        lines(ui, &pal, &page.words.review, None);
        ui.add_space(12.0);
        widgets::heading(ui, sc::retro_heading());
        widgets::weak(ui, sc::retro_prompt());
        ui.add_space(4.0);
        ui.columns(2, |cols| {
            for (col, (seat, name)) in cols
                .iter_mut()
                .zip([(Seat::Seller, seller), (Seat::DeliveryLead, lead)])
            {
                if let Some(i) = retro(col, &pal, page, seat, name) {
                    out = Some(i);
                }
            }
        });
    });
    out
}

fn card(ui: &mut egui::Ui, pal: &Palette, title: &str, figures: &[Figure]) {
    widgets::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(title)
                .font(bold_font(size::BODY))
                .color(pal.text),
        );
        if figures.is_empty() {
            widgets::weak(ui, sc::no_delivery());
        }
        for f in figures {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(&f.label)
                        .size(size::SMALL)
                        .color(pal.text_weak),
                );
                ui.label(
                    RichText::new(&f.value)
                        .font(bold_font(size::BODY))
                        .color(pal.text),
                );
            });
            if !f.note.is_empty() {
                ui.add(
                    egui::Label::new(
                        RichText::new(&f.note)
                            .size(size::SMALL)
                            .color(pal.text_weak),
                    )
                    .wrap(),
                );
            }
        }
    });
}

fn lines(ui: &mut egui::Ui, pal: &Palette, lines: &[String], gaps: Option<&[bool]>) {
    if lines.is_empty() {
        widgets::weak(ui, sc::none_yet());
    }
    for (i, l) in lines.iter().enumerate() {
        let gap = gaps.and_then(|g| g.get(i)).copied().unwrap_or(false);
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(if gap { "✖" } else { "•" }).color(if gap {
                pal.bad
            } else {
                pal.accent
            }));
            ui.add(
                egui::Label::new(RichText::new(l).color(if gap { pal.bad } else { pal.text }))
                    .wrap(),
            );
        });
    }
}

/// One seat's retrospective: its answers once given, and the form (drafts are the text fields'
/// own state until sent).
fn retro(
    ui: &mut egui::Ui,
    pal: &Palette,
    page: &TwoRolesPage,
    seat: Seat,
    name: &str,
) -> Option<Intent> {
    let mut out = None;
    let given = page.retro.of(seat);
    widgets::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(name)
                .font(bold_font(size::BODY))
                .color(pal.text),
        );
        let questions = retro_questions(seat);
        let mut drafts = [String::new(), String::new()];
        for (i, q) in questions.iter().enumerate() {
            let id = egui::Id::new(("retro", seat, i));
            let start = given
                .map(|a| if i == 0 { &a.went_wrong } else { &a.needed })
                .cloned()
                .unwrap_or_default();
            let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or(start);
            ui.add_space(4.0);
            ui.label(RichText::new(*q).size(size::SMALL).color(pal.text_weak));
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(2)
                    .char_limit(RETRO_MAX_CHARS)
                    .desired_width(f32::INFINITY)
                    .hint_text(ds::RETRO_HINT),
            );
            ui.label(
                RichText::new(ds::chars_used(text.chars().count(), RETRO_MAX_CHARS))
                    .size(size::SMALL)
                    .color(pal.text_weak),
            );
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
            drafts[i] = text;
        }
        let [went_wrong, needed] = drafts;
        let answer = RetroAnswer::new(went_wrong, needed);
        let changed = given != Some(&answer);
        let label = ds::save_answers(given.is_some());
        ui.horizontal(|ui| {
            if widgets::ActionButton::new(label)
                .primary(given.is_none())
                .enabled(changed)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Act(Action::Retro(seat, answer.clone())));
            }
            if given.is_some() && !changed {
                ui.label(RichText::new(ds::SAVED).color(pal.good));
            }
        });
    });
    out
}
