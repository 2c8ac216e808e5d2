//! A workshop seat's plugin and systems: the seat bar every screen of a seat draws (from the link,
//! [`Workshop`], and what the host sent, [`Remote`]), the page before the first view, and leaving
//! the workshop. The seat's screens are the game's own, drawn from the views the host sends
//! ([`crate::game::shown`]); decisions go to the host through [`crate::game::net::client`] and
//! nothing here judges them. The views are [`crate::game::views::remote`].

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::host_workshop::Hosting;
use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::net::client::{NetStatus, Workshop};
use crate::game::net::remote::Remote;
use crate::game::theme::UiSystems;
use crate::game::views::remote::{self as view, SeatBar, remote_view};
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

/// Leaving (from the seat, the console or the host screen, or back to the title from a seat's
/// pause menu: the seat's token stays in the data folder, so joining again takes the seat back)
/// closes the link and forgets the workshop; back to the join form when the link had stopped.
fn handle_remote(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    workshop: Option<Res<Workshop>>,
    hosting: Option<Res<Hosting>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    shown: Res<crate::game::shown::Shown>,
) {
    // A seat's bar offers Leave on every screen of the seat.
    let here = on.is(Screen::Remote) || on.is(Screen::Console) || workshop.is_some();
    let mut leaving = false;
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::Leave) if here => {
                leaving = true;
            }
            Intent::ToTitle if shown.remote => leaving = true,
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
    if leaving {
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
}

/// The seat bar's model, from the link and what the host sent.
pub fn seat_bar(workshop: Option<&Workshop>, remote: &Remote) -> SeatBar {
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
    SeatBar {
        title: if title.is_empty() {
            crate::wording::remote::workshop()
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
        refusal: remote.refusal.clone(),
        broadcast: remote.broadcast.clone(),
        timer: remote.timer_left(),
        paused: remote.paused,
        gate_closed: remote.gate_closed && !remote.released,
        pushed: remote.pushed.clone(),
        pending: remote.pending > 0,
        briefing: !remote.views.is_empty(),
    }
}

/// What a game screen's draw system needs for a workshop seat's bar: drawn on a seat's screens
/// only (a local game draws none).
#[derive(bevy::ecs::system::SystemParam)]
pub struct SeatBarParam<'w> {
    workshop: Option<Res<'w, Workshop>>,
    remote: Res<'w, Remote>,
    shown: Res<'w, crate::game::shown::Shown>,
}

impl SeatBarParam<'_> {
    /// The bar's model, on a workshop seat.
    pub fn bar(&self) -> Option<SeatBar> {
        self.shown
            .remote
            .then(|| seat_bar(self.workshop.as_deref(), &self.remote))
    }

    /// Draws the bar on a workshop seat (and keeps a running timer moving); nothing locally.
    pub fn draw(&self, ui: &mut bevy_egui::egui::Ui) -> Option<Intent> {
        let bar = self.bar()?;
        if bar.timer.is_some() {
            // The countdown moves once a second, only while a timer runs.
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
        view::seat_bar(ui, &bar)
    }
}

fn draw_remote(mut contexts: EguiContexts, bar: SeatBarParam, mut io: ScreenIo) -> Result {
    let ctx = contexts.ctx_mut()?;
    let seat = seat_bar(bar.workshop.as_deref(), &bar.remote);
    if seat.timer.is_some() {
        ctx.request_repaint_after(Duration::from_secs(1));
    }
    let mut ui = root_ui(ctx, "remote");
    let intent = remote_view(&mut ui, &seat);
    io.send(intent);
    Ok(())
}
