//! A remote seat's plugin and systems: builds the seat's view from what the host sent
//! ([`Remote`]) and the link ([`Workshop`]), and leaves the workshop when asked. Decisions go to
//! the host through [`crate::game::net::client`]; nothing here judges them. The view is
//! [`crate::game::views::remote`].

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::host_workshop::Hosting;
use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::engine::view::RoleView;
use crate::game::AppSystems;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::net::client::{NetStatus, Workshop};
use crate::game::net::remote::Remote;
use crate::game::theme::UiSystems;
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

/// The seat view to draw: for a hot seat, the one whose turn it is (the seller's when both).
pub fn shown(views: &[RoleView]) -> Option<RoleView> {
    views
        .iter()
        .find(|v| v.your_turn)
        .or_else(|| views.first())
        .cloned()
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
        title: if title.is_empty() {
            "Workshop".into()
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
        decides: !observer,
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
    let intent = remote_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
