//! The title screen's plugin and systems: continue the saved game (resuming it into the session),
//! start a new one, settings, quit. The view is [`crate::game::views::title`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::Intent;
use crate::game::levels::Catalogue;
use crate::game::save::SaveSlot;
use crate::game::screens::progress::AssessedRun;
use crate::game::session::{ActiveSession, SessionChanged};
use crate::game::state::{RunMode, Screen};
use crate::game::theme::UiSystems;
use crate::game::views::title::{build_view, title_view};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, handle_title.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_title
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Title)),
    );
}

fn handle_title(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut commands: Commands,
    (mut slot, session): (ResMut<SaveSlot>, Option<Res<ActiveSession>>),
    mut next: ResMut<NextState<Screen>>,
    mut changed: MessageWriter<SessionChanged>,
    (mut mode, mut run, time): (ResMut<RunMode>, ResMut<AssessedRun>, Res<Time<Real>>),
) {
    for intent in on.intents(Screen::Title, &mut intents) {
        match intent {
            Intent::NewGame => next.set(Screen::Picker),
            Intent::OpenDrill => next.set(Screen::Drill),
            Intent::OpenProgress => next.set(Screen::Progress),
            Intent::Continue => {
                if let Some(s) = &session {
                    next.set(s.screen());
                } else if let Some(r) = slot.resumable.take() {
                    let mut active = ActiveSession::resume(r.session, r.path);
                    active.table.names = r.names;
                    // An assessed run interrupted (the game closed or crashed) carries on
                    // assessed, its time so far counted, and is recorded when it ends.
                    *mode = if r.assessed.is_some() {
                        RunMode::Assessed
                    } else {
                        RunMode::Practice
                    };
                    *run = AssessedRun {
                        started: r.assessed.map(|s| time.elapsed_secs_f64() - f64::from(s)),
                        coach_was: run.coach_was.take(),
                        recorded: None,
                    };
                    // A resumed two-role game opens on the curtain for whoever is to play.
                    next.set(active.screen());
                    commands.insert_resource(active);
                    if r.from_previous {
                        // Make the good previous save the latest again.
                        changed.write(SessionChanged);
                    }
                    slot.message = None;
                }
            }
            _ => {}
        }
    }
}

fn draw_title(
    mut contexts: EguiContexts,
    slot: Res<SaveSlot>,
    session: Option<Res<ActiveSession>>,
    catalogue: Res<Catalogue>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = build_view(&slot, session.as_deref(), &catalogue);
    let mut ui = root_ui(ctx, "title");
    let intent = title_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}
