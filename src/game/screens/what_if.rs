//! What-if during play: the player asks, in a practice run, what each decision on offer would do
//! (`Intent::WhatIf`); the engine works it out on a copy of the session ([`Session::previews`]),
//! once per decision point, and the sales screen and the delivery board show it. An assessed run
//! refuses: the run mode says why ([`RunMode::what_if`]), as a notice, and the views show the
//! reason instead of the button.
//!
//! [`Session::previews`]: crate::engine::Session::previews

use bevy::prelude::*;

use super::{Screen, ScreenGate};
use crate::engine::{Phase, Preview};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::notice::Notice;
use crate::game::session::ActiveSession;
use crate::game::state::RunMode;
use crate::wording::what_if::barred;

/// The what-if panel: open or not, and the engine's previews for the current decision point.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct WhatIfPanel {
    /// The player asked for it (it stays open from one decision to the next until closed).
    pub open: bool,
    /// The decision point the previews are for (actions applied so far).
    pub at: Option<usize>,
    /// One preview per legal action, in `legal_actions` order.
    pub previews: Vec<Preview>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WhatIfPanel>()
        .init_resource::<RunMode>();
    app.add_systems(OnEnter(Screen::Briefing), close)
        .add_systems(OnEnter(Screen::Title), close);
    app.add_systems(
        Update,
        (
            ask.in_set(AppSystems::Navigate),
            refresh.after(AppSystems::Follow),
        ),
    );
}

fn close(mut panel: ResMut<WhatIfPanel>) {
    *panel = WhatIfPanel::default();
}

/// Where what-if can be asked.
fn asks_here(gate: &ScreenGate) -> bool {
    gate.is(Screen::Sales) || gate.is(Screen::Delivery)
}

fn ask(
    mut intents: MessageReader<Intent>,
    gate: ScreenGate,
    mode: Res<RunMode>,
    mut notice: ResMut<Notice>,
    mut panel: ResMut<WhatIfPanel>,
) {
    let here = asks_here(&gate);
    for intent in intents.read().filter(|_| here) {
        let Intent::WhatIf(open) = intent else {
            continue;
        };
        match (open, mode.what_if()) {
            (false, _) => panel.open = false,
            (true, Ok(())) => panel.open = true,
            (true, Err(why)) => {
                panel.open = false;
                notice.set(barred(why));
            }
        }
    }
}

/// Works the previews out when the panel is open and the decision point moved on.
fn refresh(
    mode: Res<RunMode>,
    session: Option<Res<ActiveSession>>,
    mut panel: ResMut<WhatIfPanel>,
) {
    if mode.what_if().is_err() {
        if *panel != WhatIfPanel::default() {
            *panel = WhatIfPanel::default();
        }
        return;
    }
    let Some(active) = session else {
        return;
    };
    if !panel.open {
        return;
    }
    if !matches!(
        active.session.phase(),
        Phase::Invite(_) | Phase::Beat(..) | Phase::Delivery
    ) {
        return;
    }
    let at = active.session.actions().len();
    if panel.at != Some(at) {
        panel.previews = active.session.previews();
        panel.at = Some(at);
    }
}
