//! The campaign plan's view (issue 23): built from the engine's plan pane for the fixture with a
//! campaign, drawn in a bare egui context; number keys give a meeting its next choice of days,
//! Enter confirms, and nothing happens without input. The delivery lead sees the plan and may not
//! change it.
#![cfg(feature = "gui")]

use std::sync::Arc;

use bevy_egui::egui;
use overpromise::engine::{Action, Phase, Seat, Session, TableMode, ViewOptions, Viewer};
use overpromise::game::Intent;
use overpromise::game::intent::Decision;
use overpromise::game::settings::Settings;
use overpromise::game::theme;
use overpromise::game::views::plan::{PlanView, plan_view};
use overpromise::scenario::{self, model::MeetingId};

use crate::common::root;
use crate::ui_input::key;

fn campaign() -> Arc<scenario::model::Scenario> {
    Arc::new(scenario::load_file(&root().join("tests/fixtures/campaign.scenario.ron")).unwrap())
}

fn drive(view: &PlanView, events: Vec<egui::Event>) -> (Vec<Intent>, Option<Intent>) {
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let rect = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let input = |events| egui::RawInput {
        screen_rect: Some(rect),
        events,
        ..Default::default()
    };
    let mut idle = Vec::new();
    for _ in 0..2 {
        ctx.run_ui(input(Vec::new()), |ui| idle.extend(plan_view(ui, view)))
            .drop_without_applying_deltas();
    }
    let mut last = None;
    ctx.run_ui(input(events), |ui| last = plan_view(ui, view))
        .drop_without_applying_deltas();
    (idle, last)
}

fn act(s: &Session, seat: Seat, a: Action) -> Option<Intent> {
    Some(Intent::Act(Decision::new(seat, s.action_key(&a))))
}

#[test]
fn the_plan_is_drawn_from_the_engine_and_played_by_keys() {
    let s = campaign();
    let session = Session::new(s.clone(), 1);
    assert_eq!(session.phase(), Phase::Plan);
    let view = PlanView::build(&[session.view(Viewer::Solo, ViewOptions::default())]).unwrap();
    assert_eq!(view.lines.len(), s.meetings.len());
    assert_eq!(view.lines[0].name, s.meetings[0].name);
    // The default plan allows each meeting exactly what it takes: no room for the client's diary.
    assert!(view.lines.iter().all(|l| l.spare.1), "{:?}", view.lines);
    assert!(!view.warnings.is_empty());
    let (idle, enter) = drive(&view, vec![key(egui::Key::Enter)]);
    assert!(idle.is_empty(), "{idle:?}");
    assert_eq!(enter, act(&session, Seat::Seller, Action::ConfirmPlan));
    let (_, two) = drive(&view, vec![key(egui::Key::Num2)]);
    assert_eq!(
        two,
        act(&session, Seat::Seller, Action::PlanGap(MeetingId(1), 7))
    );
}

#[test]
fn a_slack_plan_shows_no_risk_and_a_loose_one_warns_of_the_quarter() {
    let s = campaign();
    let mut session = Session::new(s.clone(), 1);
    for m in 0..s.meetings.len() {
        session
            .apply(Action::PlanGap(MeetingId(m as u16), 10))
            .unwrap();
    }
    let slack = PlanView::build(&[session.view(Viewer::Solo, ViewOptions::default())]).unwrap();
    assert!(slack.lines.iter().all(|l| !l.spare.1));
    assert!(slack.warnings.is_empty(), "{:?}", slack.warnings);
    for m in 0..s.meetings.len() {
        session
            .apply(Action::PlanGap(MeetingId(m as u16), 14))
            .unwrap();
    }
    let loose = PlanView::build(&[session.view(Viewer::Solo, ViewOptions::default())]).unwrap();
    assert_eq!(loose.warnings.len(), 2, "{:?}", loose.warnings);
}

#[test]
fn the_delivery_lead_sees_the_plan_and_cannot_change_it() {
    let s = campaign();
    let session = Session::with_mode(s, 1, TableMode::TwoRoles);
    let lead = session.view(Viewer::Seat(Seat::DeliveryLead), ViewOptions::default());
    let view = PlanView::build(&[lead]).unwrap();
    assert!(view.confirm.is_none());
    assert!(view.note.is_some());
    assert!(
        view.lines
            .iter()
            .all(|l| l.next.is_none() && l.choices.iter().all(|c| c.2.is_none()))
    );
    let (idle, enter) = drive(&view, vec![key(egui::Key::Enter), key(egui::Key::Num1)]);
    assert!(idle.is_empty());
    assert_eq!(enter, None);
}
