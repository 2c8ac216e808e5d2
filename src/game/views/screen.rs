//! Which screen model the game builds from what is shown: the one answer the game's draw systems
//! and the tests share, for the local game and a workshop seat alike (a workshop seat differs only
//! in where its views come from and in its seat bar).

use bevy_egui::egui::TextureId;

use super::curtain::CurtainView;
use super::delivery::DeliveryView;
use super::handoff::{self, HandoffView};
use super::remote::SeatResult;
use super::review::{self, ReviewScreenView};
use super::sales::{self, Face, SalesView};
use super::waiting::{self, WaitingView};
use crate::engine::view::PhaseView;
use crate::game::shown::Shown;

/// The model of the screen a game shows now.
#[derive(Debug, Clone, PartialEq)]
pub enum ScreenModel {
    /// The campaign plan, before the first meeting.
    Plan(Box<super::plan::PlanView>),
    /// A meeting (or the wait before one).
    Sales(Box<SalesView>),
    /// The seller writes the document.
    Handoff(Box<HandoffView>),
    /// The delivery lead reviews it.
    Review(Box<ReviewScreenView>),
    /// The delivery board.
    Delivery(Box<DeliveryView>),
    /// This seat waits while the other decides.
    Waiting(WaitingView),
    /// Two roles at one screen: the curtain between the seats.
    Curtain(CurtainView),
    /// The debrief, as the reader at the screen may read it.
    Debrief(Box<super::debrief::DebriefView>),
    /// A workshop seat once its table is over, when its view holds no debrief.
    Result(SeatResult),
    /// A workshop seat reading its game's briefing.
    Briefing(Box<super::briefing::BriefingView>),
}

/// The screen model for what is shown (`revealed`: the ledger a facilitator revealed to a
/// workshop seat; `debrief_ui`: the debrief's tab and state; `highlight`: the answer highlighted
/// in a meeting); `portrait` gives a face's texture. `None` before anything is shown.
pub fn screen_model(
    shown: &Shown,
    revealed: Option<&[crate::engine::told::PromiseText]>,
    debrief_ui: &super::debrief::DebriefUi,
    highlight: Option<usize>,
    mut portrait: impl FnMut(Face<'_>) -> Option<TextureId>,
) -> Option<ScreenModel> {
    if let Some(c) = super::curtain::build_view(shown) {
        return Some(ScreenModel::Curtain(c));
    }
    if shown.briefing
        && let Some(v) = shown.views.first()
        && let Some(b) = &v.briefing
    {
        let mut view =
            super::briefing::from_pane(b, v.options.support, |f| portrait(Face::Client(f)));
        view.seat = Some(crate::wording::remote::back_to_table());
        return Some(ScreenModel::Briefing(Box::new(view)));
    }
    let waiting = || ScreenModel::Waiting(waiting::build_view(&shown.views, &shown.names));
    Some(match shown.phase()? {
        PhaseView::Plan => match super::plan::PlanView::build(&shown.views) {
            Some(v) => ScreenModel::Plan(Box::new(v)),
            None => waiting(),
        },
        PhaseView::Invite(_) | PhaseView::Beat(..) => {
            match sales::build_view(&shown.views, &shown.names, highlight, &mut portrait) {
                Some(v) => ScreenModel::Sales(Box::new(v)),
                None => waiting(),
            }
        }
        PhaseView::Handoff | PhaseView::Review => {
            if let Some(v) = review::build_view(&shown.views, &shown.names) {
                ScreenModel::Review(Box::new(v))
            } else if let Some(v) = handoff::build_view(&shown.views) {
                ScreenModel::Handoff(Box::new(v))
            } else {
                waiting()
            }
        }
        PhaseView::Delivery => match DeliveryView::build(&shown.views) {
            Some(v) => ScreenModel::Delivery(Box::new(v)),
            None => waiting(),
        },
        PhaseView::Over => match shown.views.first().and_then(|v| v.debrief.as_deref()) {
            Some(m) => {
                let mut view = super::debrief::DebriefView::of(m, debrief_ui.clone(), None);
                // What-if replays are the local game's (its debrief screen runs them).
                view.can_what_if = false;
                ScreenModel::Debrief(Box::new(view))
            }
            None => ScreenModel::Result(SeatResult::build(&shown.views, revealed)?),
        },
    })
}

impl ScreenModel {
    /// Draws the model (the what-if part of a meeting or the board is set by the screen first).
    pub fn draw(&self, ui: &mut bevy_egui::egui::Ui) -> Option<crate::game::intent::Intent> {
        match self {
            ScreenModel::Plan(v) => super::plan::plan_view(ui, v),
            ScreenModel::Sales(v) => sales::sales_view(ui, v),
            ScreenModel::Handoff(v) => handoff::handoff_view(ui, v),
            ScreenModel::Review(v) => review::review_view(ui, v),
            ScreenModel::Delivery(v) => super::delivery::delivery_view(ui, v),
            ScreenModel::Waiting(v) => waiting::waiting_view(ui, v),
            ScreenModel::Curtain(v) => super::curtain::curtain_view(ui, v),
            ScreenModel::Debrief(v) => super::debrief::debrief_view(ui, v),
            ScreenModel::Result(v) => super::remote::seat_result(ui, v),
            ScreenModel::Briefing(v) => super::briefing::briefing_view(ui, v),
        }
    }
}
