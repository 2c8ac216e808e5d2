//! Handing the game out: the built binary copied into an empty folder, with an empty home and
//! data folder, runs the command line on its built-in levels; the game's catalogue offers every
//! shipped level with no levels folder on disk, and a game on a built-in level resumes.

use std::path::PathBuf;
use std::process::{Command, Output};

use overpromise::bundled;

/// A copy of the built binary in its own empty folder, away from the source tree.
struct Installed {
    _dir: tempfile::TempDir,
    bin: PathBuf,
    work: PathBuf,
    home: PathBuf,
    data: PathBuf,
}

impl Installed {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (bin_dir, work, home, data) = (
            dir.path().join("bin"),
            dir.path().join("work"),
            dir.path().join("home"),
            dir.path().join("data"),
        );
        for d in [&bin_dir, &work, &home, &data] {
            std::fs::create_dir(d).unwrap();
        }
        let bin = bin_dir.join("overpromise");
        std::fs::copy(env!("CARGO_BIN_EXE_overpromise"), &bin).unwrap();
        Self {
            _dir: dir,
            bin,
            work,
            home,
            data,
        }
    }

    /// Runs the copy from the empty working folder, with nothing pointing at the source tree.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(&self.bin)
            .args(args)
            .current_dir(&self.work)
            .env_remove("CARGO_MANIFEST_DIR")
            .env_remove("BEVY_ASSET_ROOT")
            .env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join(".local/share"))
            .env("OVERPROMISE_DATA_DIR", &self.data)
            .output()
            .unwrap()
    }
}

fn text(o: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "{}", text(o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_copied_binary_plays_its_built_in_levels_from_an_empty_folder() {
    let app = Installed::new();
    // Nothing of the source tree is reachable from here.
    let gone = app.run(&["validate", "levels"]);
    assert_eq!(gone.status.code(), Some(1), "{}", text(&gone));

    let list = ok(&app.run(&["list"]));
    for level in bundled::LEVELS {
        assert!(list.contains(&level.name()), "{list}");
    }
    assert_eq!(list.lines().count(), bundled::LEVELS.len(), "{list}");

    let all = ok(&app.run(&["validate", "builtin:"]));
    let n = bundled::LEVELS.len();
    assert!(
        all.contains(&format!("{n} files checked: {n} valid, 0 invalid")),
        "{all}"
    );
    let one = ok(&app.run(&["validate", "builtin:02_integration_claim"]));
    assert!(one.contains("ok: builtin:02_integration_claim:"), "{one}");

    let unknown = app.run(&["validate", "builtin:99_nothing"]);
    assert_eq!(unknown.status.code(), Some(1), "{}", text(&unknown));
    assert!(
        String::from_utf8_lossy(&unknown.stdout).contains("builtin:01_first_client"),
        "an unknown name lists the real ones: {}",
        text(&unknown)
    );

    // The scripts come out of the binary too, so `play` needs nothing from the source tree.
    let exported = ok(&app.run(&["list", "--export", "mine"]));
    assert!(
        exported.contains(&format!("{} file(s) written", 3 * n)),
        "{exported}"
    );
    let again = ok(&app.run(&["list", "--export", "mine"]));
    assert!(
        again.contains("0 file(s) written"),
        "never overwrites: {again}"
    );
    let script = app.work.join("mine/01_first_client.careful.ron");
    let played = ok(&app.run(&[
        "play",
        "builtin:01_first_client",
        "--script",
        script.to_str().unwrap(),
        "--no-what-if",
    ]));
    let title = bundled::LEVELS[0].load().unwrap().title;
    assert!(played.contains(&title), "{played}");
    // The exported file is the same level as the built-in one.
    let from_file = ok(&app.run(&[
        "play",
        "mine/01_first_client.scenario.ron",
        "--script",
        script.to_str().unwrap(),
        "--no-what-if",
    ]));
    assert_eq!(played, from_file);

    let sim = ok(&app.run(&[
        "simulate",
        "builtin:03",
        "--runs",
        "20",
        "--seed",
        "1",
        "--policy",
        "careful",
    ]));
    let committee = bundled::find("builtin:03").unwrap().load().unwrap().title;
    assert!(sim.contains(&committee) && sim.contains("CAREFUL"), "{sim}");
    let bad = app.run(&["simulate", "builtin:nope", "--runs", "1"]);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("no such built-in level"),
        "{}",
        text(&bad)
    );

    // The command line wrote nothing into the home or data folders.
    for d in [&app.home, &app.data] {
        assert_eq!(std::fs::read_dir(d).unwrap().count(), 0, "{}", d.display());
    }
}

#[cfg(feature = "gui")]
mod game {
    use super::*;
    use bevy::prelude::*;

    use overpromise::game::levels::{Catalogue, LevelSource};
    use overpromise::game::save::SaveSlot;
    use overpromise::game::views::picker;
    use overpromise::game::{GameConfig, Intent, Screen};
    use std::path::Path;

    use crate::common::{act, screen, send};

    fn app(data: &Path) -> App {
        crate::common::headless(GameConfig::builtin(Some(data.to_path_buf())))
    }

    #[test]
    fn the_picker_offers_every_built_in_level_with_no_levels_folder() {
        let data = tempfile::tempdir().unwrap();
        let app = app(data.path());
        let catalogue = app.world().resource::<Catalogue>();
        assert!(catalogue.folder_problems.is_empty(), "{catalogue:?}");
        let view = picker::build_view(catalogue, None);
        let want: Vec<String> = bundled::LEVELS
            .iter()
            .map(|l| l.load().unwrap().title)
            .collect();
        let got: Vec<String> = view.levels.iter().map(|l| l.title.clone()).collect();
        assert_eq!(got, want);
        assert!(view.broken.is_empty());
        for card in &view.levels {
            assert_eq!(card.source, LevelSource::Builtin.label(), "{card:?}");
            assert!(card.path.to_str().unwrap().starts_with(bundled::PREFIX));
        }
        // The shipped folder on disk, when it wins, is labelled differently.
        assert_ne!(LevelSource::Shipped.label(), LevelSource::Builtin.label());
        let (first, _) = catalogue.first_shipped().unwrap();
        assert_eq!(first.file_name(), "01_first_client.scenario.ron");
        assert_eq!(first.stem(), "01_first_client");
    }

    #[test]
    fn a_game_on_a_built_in_level_is_saved_and_resumed() {
        let data = tempfile::tempdir().unwrap();
        let mut game = app(data.path());
        send(&mut game, Intent::NewGame);
        let path = PathBuf::from(bundled::LEVELS[0].name());
        send(&mut game, Intent::Pick(path.clone()));
        assert_eq!(screen(&game), Screen::Briefing);
        send(&mut game, Intent::Begin);
        assert_eq!(screen(&game), Screen::Sales);
        let first = game
            .world()
            .resource::<overpromise::game::session::ActiveSession>()
            .session
            .legal_actions()[0]
            .clone();
        act(&mut game, first.clone());
        drop(game);

        let again = app(data.path());
        let slot = again.world().resource::<SaveSlot>();
        let resumed = slot.resumable.as_ref().expect("the game resumes");
        assert_eq!(resumed.path, path);
        assert_eq!(resumed.session.actions(), &[first]);
    }

    #[test]
    fn the_about_view_names_the_data_folder_and_the_font_licence() {
        use bevy_egui::egui;
        use overpromise::game::views::about::{AboutView, about_view};
        let data = tempfile::tempdir().unwrap();
        let view = AboutView::new(Some(data.path()), None);
        assert_eq!(view.version, env!("CARGO_PKG_VERSION"));
        assert_eq!(view.data_dir.as_deref(), data.path().to_str());
        assert!(view.data_dir_exists);
        assert!(view.levels.contains("built into"), "{}", view.levels);
        assert!(view.font_licence_text.contains("Bitstream Vera"));
        assert!(view.licences.iter().any(|l| l.what.contains("DejaVu")));
        let on_disk = AboutView::new(None, Some(Path::new("/src/levels")));
        assert!(on_disk.levels.contains("/src/levels"), "{}", on_disk.levels);
        assert!(on_disk.data_dir.is_none());

        let ctx = egui::Context::default();
        overpromise::game::theme::install(&ctx, &Default::default());
        let frame = |keys: &[egui::Key]| {
            let input = egui::RawInput {
                events: keys.iter().map(|k| crate::ui_input::key(*k)).collect(),
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1280.0, 800.0),
                )),
                ..Default::default()
            };
            let mut out = None;
            ctx.run_ui(input, |ui| out = about_view(ui, &view))
                .textures_delta
                .clear();
            out
        };
        assert_eq!(frame(&[]), None);
        assert_eq!(frame(&[egui::Key::Escape]), Some(Intent::Back));
    }

    #[test]
    fn the_about_screen_opens_from_the_title_and_goes_back() {
        let data = tempfile::tempdir().unwrap();
        let mut game = app(data.path());
        send(&mut game, Intent::OpenAbout);
        assert_eq!(screen(&game), Screen::About);
        send(&mut game, Intent::Back);
        assert_eq!(screen(&game), Screen::Title);
    }
}
