//! A bare Bevy + bevy_egui window with the game's features and window settings, as the baseline
//! for `scripts/bench_gui.sh`: idle CPU, startup time and memory of the game are compared to it.
//!
//! It uses `WinitSettings::desktop_app()` like the game but none of the game's code, so it also
//! shows bevy_egui 0.42's own idle behaviour (see `src/game/third_party/bevy_egui.rs`).
//! Prints `first-frame-ms=NNN` to stderr after its first egui pass, as the game does.
//!
//! Run with `cargo run --release --example bare_egui`.

#[cfg(feature = "gui")]
fn main() -> bevy::app::AppExit {
    bare::run()
}

#[cfg(not(feature = "gui"))]
fn main() {
    eprintln!("bare_egui needs the `gui` feature");
}

#[cfg(feature = "gui")]
mod bare {
    use std::sync::OnceLock;
    use std::time::Instant;

    use bevy::prelude::*;
    use bevy::window::WindowResolution;
    use bevy::winit::WinitSettings;
    use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

    static START: OnceLock<Instant> = OnceLock::new();

    #[derive(Resource, Default)]
    struct FirstFrame {
        drawn: bool,
        printed: bool,
    }

    pub fn run() -> AppExit {
        START.get_or_init(Instant::now);
        App::new()
            .add_plugins(
                DefaultPlugins
                    .set(WindowPlugin {
                        primary_window: Some(Window {
                            title: "bare egui".into(),
                            resolution: WindowResolution::new(1280, 800),
                            ..default()
                        }),
                        ..default()
                    })
                    .set(AssetPlugin {
                        watch_for_changes_override: Some(false),
                        ..default()
                    })
                    .set(bevy::log::LogPlugin {
                        filter: "warn".into(),
                        ..default()
                    }),
            )
            .add_plugins(EguiPlugin::default())
            .insert_resource(WinitSettings::desktop_app())
            .init_resource::<FirstFrame>()
            .add_systems(Startup, |mut commands: Commands| {
                commands.spawn(Camera2d);
            })
            .add_systems(EguiPrimaryContextPass, ui)
            .add_systems(Last, report)
            .run()
    }

    fn ui(mut contexts: EguiContexts, mut first: ResMut<FirstFrame>) -> Result {
        let ctx = contexts.ctx_mut()?;
        let mut root = egui::Ui::new(
            ctx.clone(),
            egui::Id::new("root"),
            egui::UiBuilder::new()
                .layer_id(egui::LayerId::background())
                .max_rect(ctx.content_rect()),
        );
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.heading("A bare Bevy + bevy_egui window");
            ui.label("Nothing else runs here.");
            let _ = ui.button("A button");
        });
        first.drawn = true;
        Ok(())
    }

    fn report(mut first: ResMut<FirstFrame>) {
        if first.drawn && !first.printed {
            first.printed = true;
            let start = START.get_or_init(Instant::now);
            eprintln!("first-frame-ms={}", start.elapsed().as_millis());
        }
    }
}
