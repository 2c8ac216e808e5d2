//! A remote seat's plugin and systems: builds the seat's view from what the host sent
//! ([`Remote`]) and the link ([`Workshop`]), and leaves the workshop when asked. Decisions go to
//! the host through [`crate::game::net::client`]; nothing here judges them. The view is
//! [`crate::game::views::remote`].

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::host_workshop::Hosting;
use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::engine::view::{PhaseView, RoleView};
use crate::engine::{RetroAnswer, Seat};
use crate::game::AppSystems;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::net::client::{NetStatus, Workshop};
use crate::game::net::remote::Remote;
use crate::game::table::AtScreen;
use crate::game::theme::UiSystems;
use crate::game::views::curtain::{CurtainView, curtain_view};
use crate::game::views::remote::{self as view, Move, RemoteView, remote_view};
use crate::workshop::protocol::SeatChoice;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_remote.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_remote
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Remote)),
    );
}

/// Leaving (from the seat, the console or the host screen) closes the link and forgets the
/// workshop; back to the join form when the link had stopped.
fn handle_remote(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    workshop: Option<Res<Workshop>>,
    hosting: Option<Res<Hosting>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let here = on.is(Screen::Remote) || on.is(Screen::Console);
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::Leave) if here => {
                if let Some(w) = &workshop {
                    w.leave();
                }
                commands.remove_resource::<Workshop>();
                commands.insert_resource(Remote::default());
                // The facilitator on the hosting device goes back to the code screen; the host
                // keeps running until stopped there.
                next.set(if hosting.is_some() {
                    Screen::HostWorkshop
                } else {
                    Screen::Title
                });
            }
            Intent::Workshop(WorkshopIntent::OpenJoin) if here => {
                if let Some(w) = &workshop {
                    w.leave();
                }
                commands.remove_resource::<Workshop>();
                next.set(Screen::Join);
            }
            _ => {}
        }
    }
}

/// The decisions open to this device: every seat view whose turn it is, paired with the engine's
/// words for each (the view's `legal` and `actions` list the same actions in the same order).
pub fn moves(views: &[RoleView], hot_seat: bool) -> Vec<Move> {
    let mut out: Vec<Move> = Vec::new();
    for v in views.iter().filter(|v| v.your_turn) {
        for (i, key) in v.legal.iter().enumerate() {
            if out.iter().any(|m| m.key == *key) {
                continue;
            }
            out.push(Move {
                seat: hot_seat.then_some(v.seat),
                key: key.clone(),
                words: v.actions.get(i).cloned().unwrap_or_default(),
            });
        }
    }
    out
}

/// The seat view to draw: for a hot seat in a meeting the delivery lead sits in, the lead's (it
/// holds the team's notes and the flags; both sit at the screen); otherwise the one whose turn it
/// is (the seller's when both, or when nobody's).
pub fn shown(views: &[RoleView]) -> Option<RoleView> {
    if views.len() > 1 && AtScreen::of_views(views) == AtScreen::Both {
        let lead = views.iter().find(|v| v.seat == Seat::DeliveryLead);
        if let Some(l) = lead.filter(|l| l.beat.is_some() && l.phase != PhaseView::Over) {
            return Some(l.clone());
        }
    }
    views
        .iter()
        .find(|v| v.your_turn)
        .or_else(|| views.first())
        .cloned()
}

/// The curtain of a hot seat, in the curtain's own words (the roles stand for the names).
fn curtain(remote: &Remote) -> Option<CurtainView> {
    let to = remote.curtain()?;
    let phase = remote.views.first()?.phase.clone();
    let names = crate::wording::remote::curtain_names();
    let (seat, badge) = match to {
        AtScreen::Seat(s) => (Some(s), crate::wording::workshop::role(s).to_owned()),
        AtScreen::Both => (None, crate::wording::workshop::both_roles().to_owned()),
    };
    Some(CurtainView {
        words: crate::wording::table::curtain(seat, &phase, [&names[0], &names[1]]),
        badge,
    })
}

/// The retrospective forms this device shows once the table is over: each seat it decides for,
/// with its answer so far.
fn retros(views: &[RoleView], decides: bool) -> Vec<(Seat, Option<RetroAnswer>)> {
    views
        .iter()
        .filter(|v| decides && v.retro_open)
        .map(|v| (v.seat, v.retro.clone()))
        .collect()
}

/// The seat's screen, from the link and what the host sent.
pub fn build_view(workshop: Option<&Workshop>, remote: &Remote) -> RemoteView {
    let (title, table, seat, link) = match workshop {
        Some(w) => (
            w.title.clone(),
            w.join.table.clone(),
            w.join.seat,
            view::Link {
                line: w.status.line(),
                connected: w.status == NetStatus::Connected,
                stopped: w.status.stopped(),
                problem: w.problem.clone(),
            },
        ),
        None => (
            String::new(),
            String::new(),
            SeatChoice::Observer,
            view::Link {
                line: NetStatus::Offline.line(),
                stopped: true,
                ..Default::default()
            },
        ),
    };
    let observer = seat == SeatChoice::Observer;
    RemoteView {
        curtain: curtain(remote),
        retros: retros(&remote.views, !observer),
        title: if title.is_empty() {
            crate::wording::remote::WORKSHOP.into()
        } else {
            title
        },
        table,
        seat_label: crate::game::prefs::JoinRole::ALL
            .into_iter()
            .find(|r| super::join::seat_of(*r) == seat)
            .map(|r| r.label().to_owned())
            .unwrap_or_default(),
        link,
        view: shown(&remote.views),
        moves: if observer {
            Vec::new()
        } else {
            moves(&remote.views, seat == SeatChoice::Both)
        },
        live_flags: remote.live_flags.clone(),
        refusal: remote.refusal.clone(),
        broadcast: remote.broadcast.clone(),
        timer: remote.timer_left(),
        paused: remote.paused,
        gate_closed: remote.gate_closed && !remote.released,
        pushed: remote.pushed.clone(),
        revealed_ledger: remote.revealed_ledger.clone(),
        pending: remote.pending > 0,
    }
}

fn draw_remote(
    mut contexts: EguiContexts,
    workshop: Option<Res<Workshop>>,
    remote: Res<Remote>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = build_view(workshop.as_deref(), &remote);
    if view.timer.is_some() {
        // The countdown moves once a second, only while a timer runs.
        ctx.request_repaint_after(Duration::from_secs(1));
    }
    let mut ui = root_ui(ctx, "remote");
    let intent = match &view.curtain {
        Some(c) => curtain_view(&mut ui, c),
        None => remote_view(&mut ui, &view),
    };
    io.send(intent);
    Ok(())
}
