//! What this device knows of its table and of the workshop: the latest role views, the flags
//! that reached it live, the refusal, the broadcast, the timer, the pause, the gate and (for the
//! facilitator) the console snapshot. Built only from the host's messages ([`FromHost`]); the
//! remote screens draw it and hold no engine session of their own.

use std::time::Instant;

use bevy::prelude::*;

use super::client::FromHost;
use crate::game::AppSystems;
use crate::game::intent::{Intent, WorkshopIntent};
use crate::game::table::AtScreen;
use crate::workshop::protocol::{ConcernKey, ConsoleSnapshot, HostMsg, RoleView, TimerState};

/// This device's picture of the workshop (reset when it leaves).
#[derive(Resource, Debug, Clone, Default)]
pub struct Remote {
    /// The seat views the host sent last (two for a hot seat).
    pub views: Vec<RoleView>,
    /// The table's version of those views.
    pub version: u64,
    /// The seller's ledger, once the facilitator reveals it at the debrief.
    pub revealed_ledger: Option<Vec<crate::engine::told::PromiseText>>,
    /// Flags that reached this device live since the last view: answer and concern.
    pub live_flags: Vec<(String, ConcernKey)>,
    /// The host's last refusal, in words.
    pub refusal: Option<String>,
    /// The facilitator's last broadcast.
    pub broadcast: Option<String>,
    /// The stage timer and when it was received (to count down between the host's updates).
    pub timer: Option<(TimerState, Instant)>,
    /// The workshop is paused.
    pub paused: bool,
    /// The "wait for all" gate is closed for this table.
    pub gate_closed: bool,
    /// This table was released through the gate.
    pub released: bool,
    /// The last event the facilitator pushed to this table, in words.
    pub pushed: Option<String>,
    /// The console snapshot (the facilitator's device only).
    pub console: Option<ConsoleSnapshot>,
    /// Decisions sent and not yet answered by a view or a refusal.
    pub pending: u32,
    /// A hot seat only: who the screen was last handed to (the curtain comes down between).
    pub seated: Option<AtScreen>,
    /// The briefing of the table's game is shown over the seat's screen (a seat starts with it).
    pub briefing: bool,
}

impl Remote {
    /// Takes one host message into the picture.
    pub fn take(&mut self, msg: &HostMsg) {
        match msg {
            HostMsg::View {
                version,
                ack,
                views,
                revealed_ledger,
            } => {
                // A seat's first view opens on the briefing, as a local game starts with it.
                if self.views.is_empty() && self.version == 0 {
                    self.briefing = true;
                }
                self.views = views.clone();
                self.version = *version;
                self.revealed_ledger = revealed_ledger.clone();
                // The view now holds the flags with their numbers.
                self.live_flags.clear();
                if ack.is_some() {
                    self.refusal = None;
                    self.pending = self.pending.saturating_sub(1);
                }
            }
            HostMsg::Refused { message, seq, .. } => {
                self.refusal = Some(message.clone());
                if seq.is_some() {
                    self.pending = self.pending.saturating_sub(1);
                }
            }
            HostMsg::Flagged { answer, concern } => {
                self.live_flags.push((answer.clone(), concern.clone()));
            }
            HostMsg::Console(snapshot) => {
                self.paused = snapshot.paused;
                self.timer = snapshot.timer.clone().map(|t| (t, Instant::now()));
                self.console = Some(snapshot.clone());
            }
            HostMsg::Timer { timer } => {
                self.timer = timer.clone().map(|t| (t, Instant::now()));
            }
            HostMsg::Paused { paused } => self.paused = *paused,
            HostMsg::Gate { closed, released } => {
                self.gate_closed = *closed;
                self.released = *released;
            }
            HostMsg::Broadcast { text } => self.broadcast = Some(text.clone()),
            HostMsg::SeatFreed { seat } => {
                self.broadcast = Some(crate::wording::remote::seat_freed(&seat.seats()));
            }
            HostMsg::Pushed { event } => {
                self.pushed = Some(crate::wording::remote::pushed_event(event));
            }
            HostMsg::Welcome { .. } | HostMsg::Error { .. } | HostMsg::Pong { .. } => {}
        }
    }

    /// Whether this device holds both seats' views (a hot seat).
    pub fn hot_seat(&self) -> bool {
        self.views.len() > 1
    }

    /// A hot seat only: who the screen must pass to before anything is drawn, while the curtain
    /// is up (as the game's own hot seat decides it, from the two views).
    pub fn curtain(&self) -> Option<AtScreen> {
        if !self.hot_seat() {
            return None;
        }
        let now = AtScreen::of_views(&self.views);
        (self.seated != Some(now)).then_some(now)
    }

    /// Seconds left on the stage timer now (counting down from the host's last figure).
    pub fn timer_left(&self) -> Option<(String, u32, bool)> {
        self.timer.as_ref().map(|(t, at)| {
            let gone = at.elapsed().as_secs() as u32;
            let left = t.seconds_left.saturating_sub(gone);
            (t.label.clone(), left, left <= t.warn_at)
        })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Remote>()
        .add_message::<bevy::window::RequestRedraw>();
    app.add_systems(
        Update,
        (
            follow_host.before(AppSystems::Navigate),
            count_sent.in_set(AppSystems::Play),
            dismiss.in_set(AppSystems::Navigate),
        ),
    );
}

/// Takes every host message into [`Remote`], and asks for a frame so that what arrived is on
/// screen at once, with no input (the link's waker woke the sleeping window for this update).
pub fn follow_host(
    mut from: MessageReader<FromHost>,
    mut remote: ResMut<Remote>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    let mut any = false;
    for FromHost(msg) in from.read() {
        remote.take(msg);
        any = true;
    }
    if any {
        redraw.write(bevy::window::RequestRedraw);
    }
}

fn count_sent(mut intents: MessageReader<Intent>, mut remote: ResMut<Remote>) {
    for intent in intents.read() {
        if matches!(
            intent,
            Intent::Workshop(WorkshopIntent::Send(
                crate::workshop::protocol::ClientMsg::Decision { .. }
            ))
        ) || (matches!(intent, Intent::Act(_)) && !remote.views.is_empty())
        {
            remote.pending += 1;
        }
    }
}

fn dismiss(mut intents: MessageReader<Intent>, mut remote: ResMut<Remote>) {
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::DismissBroadcast) => remote.broadcast = None,
            Intent::Workshop(WorkshopIntent::ShowBriefing(open)) => remote.briefing = *open,
            Intent::DismissNotice => remote.refusal = None,
            Intent::TakeSeat if remote.hot_seat() => {
                remote.seated = Some(AtScreen::of_views(&remote.views));
            }
            _ => {}
        }
    }
}
