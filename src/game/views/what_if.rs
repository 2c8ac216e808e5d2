//! What-if during play, drawn: the button that asks (or, in an assessed run, why there is none),
//! and the engine's answer for each decision on offer, in the wording module's words. Used by
//! the sales screen (under each answer or invitation) and the delivery board (one card).

use bevy_egui::egui::{self, RichText, Ui};

use crate::engine::view::ActionKey;
use crate::engine::{Preview, Session};
use crate::game::intent::{Decision, Intent};
use crate::game::state::RunMode;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::wording::what_if as words;

/// What one decision would do, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIfRow {
    /// The decision, by the scenario's ids.
    pub action: ActionKey,
    /// Its effects, one line each.
    pub lines: Vec<String>,
}

/// The what-if part of a screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum WhatIfView {
    /// Nothing to ask about here.
    #[default]
    Hidden,
    /// This run allows none: why.
    Barred(String),
    /// It can be asked (the panel is closed).
    Closed,
    /// The answers, one row per decision on offer.
    Open {
        /// What the figures mean.
        intro: String,
        /// The project's end as things stand (delivery only).
        as_is: Option<String>,
        /// One row per decision, in `legal_actions` order.
        rows: Vec<WhatIfRow>,
    },
}

impl WhatIfView {
    /// The view for a run mode, whether the player opened the panel, and the engine's previews
    /// of the decisions on offer now.
    pub fn build(mode: RunMode, open: bool, session: &Session, previews: &[Preview]) -> Self {
        if let Err(why) = mode.what_if() {
            return WhatIfView::Barred(words::barred(why));
        }
        if !open {
            return WhatIfView::Closed;
        }
        let s = session.scenario();
        let mut as_is = None;
        let rows = previews
            .iter()
            .map(|p| {
                let lines = if let Some(sp) = &p.sales {
                    words::sales_lines(s, sp)
                } else if let Some(d) = &p.delivery {
                    as_is.get_or_insert_with(|| words::as_is(&d.as_is));
                    words::delivery_lines(d)
                } else {
                    Vec::new()
                };
                WhatIfRow {
                    action: session.action_key(&p.action),
                    lines,
                }
            })
            .collect();
        let intro = if as_is.is_some() {
            words::delivery_intro()
        } else {
            words::sales_intro()
        };
        WhatIfView::Open { intro, as_is, rows }
    }

    /// The lines for one decision, when the panel is open.
    pub fn lines_for(&self, decision: &Decision) -> Option<&[String]> {
        match self {
            WhatIfView::Open { rows, .. } => rows
                .iter()
                .find(|r| r.action == decision.key)
                .map(|r| r.lines.as_slice()),
            _ => None,
        }
    }

    /// True when the answers are shown.
    pub fn is_open(&self) -> bool {
        matches!(self, WhatIfView::Open { .. })
    }
}

/// The button that opens or closes the panel (key W), or the reason there is none. For a bar.
pub fn toggle(ui: &mut Ui, view: &WhatIfView) -> Option<Intent> {
    let open = match view {
        WhatIfView::Hidden => return None,
        WhatIfView::Barred(why) => {
            ui.add(
                egui::Label::new(
                    RichText::new(why)
                        .size(size::SMALL)
                        .color(Palette::of(ui).text_weak),
                )
                .wrap(),
            )
            .on_hover_text(why.as_str());
            return None;
        }
        WhatIfView::Closed => false,
        WhatIfView::Open { .. } => true,
    };
    let label = if open { words::close() } else { words::ask() };
    let pressed = ActionButton::new(&label)
        .key("W")
        .primary(open)
        .show(ui)
        .clicked()
        || super::keys::pressed(ui, egui::Key::W);
    pressed.then_some(Intent::WhatIf(!open))
}

/// The heading and what the figures mean, above the answers.
pub fn intro(ui: &mut Ui, view: &WhatIfView) {
    let WhatIfView::Open { intro, as_is, .. } = view else {
        return;
    };
    let pal = Palette::of(ui);
    ui.label(
        RichText::new(words::title())
            .font(bold_font(size::BODY))
            .color(pal.info),
    );
    ui.add(egui::Label::new(RichText::new(intro).size(size::SMALL).color(pal.text_weak)).wrap());
    if let Some(a) = as_is {
        ui.add(egui::Label::new(RichText::new(a).size(size::SMALL).color(pal.text)).wrap());
    }
}

/// One decision's effects, as a tinted block inside its card.
pub fn lines(ui: &mut Ui, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let pal = Palette::of(ui);
    egui::Frame::new()
        .fill(pal.paper)
        .stroke(egui::Stroke::new(pal.stroke, pal.info))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            for l in lines {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("→ {l}"))
                            .size(size::SMALL)
                            .color(pal.info),
                    )
                    .wrap(),
                );
            }
        });
}

/// The delivery board's card: the intro, then each decision's label and effects.
pub fn card(ui: &mut Ui, view: &WhatIfView, label: impl Fn(&ActionKey) -> Option<String>) {
    let WhatIfView::Open { rows, .. } = view else {
        return;
    };
    widgets::card(ui, |ui| {
        intro(ui, view);
        for r in rows {
            if let Some(l) = label(&r.action) {
                ui.add_space(4.0);
                ui.label(RichText::new(l).strong().color(Palette::of(ui).text));
                lines(ui, &r.lines);
            }
        }
    });
}
