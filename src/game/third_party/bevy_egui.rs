//! bevy_egui setup, and the fix that lets an untouched window go fully idle.
//!
//! ## Why bevy_egui 0.42 never lets a reactive app sleep
//!
//! 1. Every frame, `write_egui_input_system` pushes an `egui::Event::ModifiersChanged` into the
//!    context's input, whether or not a modifier changed. egui's `InputState::wants_repaint_after`
//!    treats any input event as a reason to repaint at once, so each pass requests an immediate
//!    repaint; `process_output_system` turns `ctx.has_requested_repaint()` into a
//!    `RequestRedraw`, and the winit runner runs another frame: a loop at the display's rate even
//!    under `WinitSettings::desktop_app()`.
//! 2. `has_requested_repaint()` is also true for *delayed* repaints (`request_repaint_after`, e.g.
//!    a tooltip that should appear in half a second), and bevy_egui answers those with an
//!    immediate `RequestRedraw` too (its repaint callback ignores non-zero delays).
//!
//! ## The fix
//!
//! 1. Between bevy_egui's input systems and the start of the pass, drop `ModifiersChanged`
//!    events that repeat the modifiers already sent (egui keeps the last modifiers itself).
//! 2. After bevy_egui's output processing, when egui only asked for a repaint after a delay, take
//!    back the `RequestRedraw` bevy_egui just wrote and wake the event loop from a timer thread
//!    when the delay is up.
//! 3. When a pass changed a texture (new glyphs in the font atlas), ask for one more frame: the
//!    frame that adds glyphs can show them missing, and an idle window would keep that picture.
//!
//! Real input (a key, a click, the pointer moving) still repaints at once, as does anything
//! egui animates.

use std::collections::HashMap;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::egui::{self, ViewportId};
use bevy_egui::{
    EguiFullOutput, EguiInput, EguiPlugin, EguiPostUpdateSet, EguiPreUpdateSet, PrimaryEguiContext,
};

use crate::game::waker::AppWaker;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(EguiPlugin::default());
    app.add_systems(
        PreStartup,
        spawn_camera.before(bevy_egui::EguiStartupSet::InitContexts),
    );
    app.init_resource::<RepaintPlan>();
    app.add_systems(PreUpdate, redraw_when_a_reader_connects);
    app.add_systems(Startup, start_timer);
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(
        PostUpdate,
        (
            note_repaint_delay
                .after(EguiPostUpdateSet::EndPass)
                .before(EguiPostUpdateSet::ProcessOutput),
            defer_delayed_repaint
                .after(EguiPostUpdateSet::ProcessOutput)
                .before(EguiPostUpdateSet::PostProcessOutput),
        ),
    );
}

/// The camera egui draws with (bevy_egui makes the first camera its primary context).
fn spawn_camera(mut commands: Commands) {
    commands.spawn((Name::new("UI camera"), Camera2d));
}

/// When a screen reader connects (AccessKit asks for the tree), draws one more frame so egui sends
/// the whole tree at once: an idle window would otherwise wait for the next input.
fn redraw_when_a_reader_connects(
    requested: Option<Res<bevy::a11y::AccessibilityRequested>>,
    mut seen: Local<bool>,
    mut redraws: MessageWriter<RequestRedraw>,
) {
    let now = requested.is_some_and(|r| r.get());
    if now && !*seen {
        redraws.write(RequestRedraw);
    }
    *seen = now;
}

/// Keeps a `ModifiersChanged` event only when the modifiers really changed.
fn drop_repeated_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        let mut latest = last.get(&entity).copied();
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(m) => {
                let changed = latest != Some(*m);
                latest = Some(*m);
                changed
            }
            _ => true,
        });
        if let Some(m) = latest {
            last.insert(entity, m);
        }
    }
}

/// What egui asked for at the end of this pass, and how many redraw requests existed before
/// bevy_egui processed it.
#[derive(Resource, Default)]
struct RepaintPlan {
    delay: Option<Duration>,
    redraws_before: usize,
    textures_changed: bool,
}

fn note_repaint_delay(
    mut outputs: Query<(&EguiFullOutput, &mut bevy_egui::EguiContext), With<PrimaryEguiContext>>,
    redraws: Res<Messages<RequestRedraw>>,
    mut plan: ResMut<RepaintPlan>,
) {
    let Some((output, mut ctx)) = outputs.iter_mut().next() else {
        *plan = RepaintPlan::default();
        return;
    };
    let output = output.0.as_ref();
    plan.delay = output
        .and_then(|o| o.viewport_output.get(&ViewportId::ROOT))
        .map(|v| v.repaint_delay);
    plan.textures_changed = output.is_some_and(|o| !o.textures_delta.is_empty());
    plan.redraws_before = redraws.iter_current_update_messages().len();
    if std::env::var_os("OVERPROMISE_DEBUG_REPAINT").is_some() {
        eprintln!(
            "egui pass: repaint after {:?}, textures changed {}, causes {:?}",
            plan.delay,
            plan.textures_changed,
            ctx.get_mut().repaint_causes()
        );
    }
}

/// Sends wake-up times to a thread that wakes the event loop when they come.
#[derive(Resource)]
struct RepaintTimer(Sender<Instant>);

fn start_timer(mut commands: Commands, waker: Option<Res<AppWaker>>) {
    let Some(waker) = waker else {
        return;
    };
    let wake = waker.0.clone();
    let (tx, rx) = mpsc::channel::<Instant>();
    let spawned = std::thread::Builder::new()
        .name("egui-repaint-timer".into())
        .spawn(move || {
            while let Ok(mut deadline) = rx.recv() {
                loop {
                    let now = Instant::now();
                    if deadline <= now {
                        wake();
                        break;
                    }
                    match rx.recv_timeout(deadline - now) {
                        Ok(d) => deadline = deadline.min(d),
                        Err(RecvTimeoutError::Timeout) => {
                            wake();
                            break;
                        }
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
            }
        });
    if spawned.is_ok() {
        commands.insert_resource(RepaintTimer(tx));
    }
}

fn defer_delayed_repaint(
    plan: Res<RepaintPlan>,
    mut redraws: ResMut<Messages<RequestRedraw>>,
    timer: Option<Res<RepaintTimer>>,
) {
    if plan.textures_changed {
        // New glyphs went into the font atlas this frame: draw once more so the picture on
        // screen uses the updated atlas even if nothing else wakes the window.
        redraws.write(RequestRedraw);
        return;
    }
    let Some(delay) = plan.delay else {
        return;
    };
    if delay.is_zero() || delay == Duration::MAX {
        return;
    }
    let Some(timer) = timer else {
        return; // no way to wake later: keep bevy_egui's immediate redraw
    };
    let now = redraws.iter_current_update_messages().len();
    if now > plan.redraws_before {
        // Keep the requests other systems made this frame, drop bevy_egui's.
        redraws.drain().for_each(drop);
        for _ in 0..plan.redraws_before {
            redraws.write(RequestRedraw);
        }
    }
    let _ = timer.0.send(Instant::now() + delay);
}
