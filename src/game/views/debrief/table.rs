//! The debrief for two: both seats' scorecards side by side with the company's card as the
//! team's result, what the seller would have earned under each plan, the ledger beside the PID
//! with the gaps marked, who flagged what, the delivery lead's review, and the retrospective
//! (each seat's two answers side by side, sent to the engine as that seat's action).

use bevy_egui::egui::{self, RichText};

use super::{DebriefView, scroll};
use crate::engine::Seat;
use crate::engine::view::ActionKey;
use crate::game::intent::{Decision, Intent};
use crate::game::theme::{Palette, bold_font, size, widgets};
use crate::game::views::retro::retro_form;
use crate::wording::debrief::Figure;
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
                &sc::company_card_title(),
                &page.cards.company,
            );
        });
        if !page.cards.plans.is_empty() {
            ui.add_space(6.0);
            widgets::overline(ui, &sc::plans_heading());
            lines(ui, &pal, &page.cards.plans, None);
            widgets::weak(ui, &sc::lead_earns_no_commission());
        }
        ui.add_space(12.0);
        widgets::heading(ui, &sc::ledger_heading());
        lines(ui, &pal, &page.words.handoff, Some(&page.gaps));
        ui.add_space(12.0);
        widgets::heading(ui, &sc::flags_heading());
        lines(ui, &pal, &page.words.flags, None);
        ui.add_space(12.0);
        widgets::heading(ui, &sc::review_heading(Some(lead)));
        lines(ui, &pal, &page.words.review, None);
        ui.add_space(12.0);
        widgets::heading(ui, &sc::retro_heading());
        widgets::weak(ui, &sc::retro_prompt());
        ui.add_space(4.0);
        let forms: Vec<(Seat, &String)> = [(Seat::Seller, seller), (Seat::DeliveryLead, lead)]
            .into_iter()
            .filter(|(s, _)| page.forms.contains(s))
            .collect();
        ui.columns(forms.len().max(1), |cols| {
            for (col, (seat, name)) in cols.iter_mut().zip(forms) {
                if let Some(a) = retro_form(col, &pal, seat, name, page.retro.of(seat)) {
                    out = Some(Intent::Act(Decision::new(
                        seat,
                        ActionKey::Retro {
                            seat,
                            went_wrong: a.went_wrong,
                            needed: a.needed,
                        },
                    )));
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
            widgets::weak(ui, &sc::no_delivery());
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
        widgets::weak(ui, &sc::none_yet());
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
