//! Levels of support (issue 12): the same decisions give the same outcome at every level; the
//! shipped levels carry competency wording and `validate` warns when it is missing; the reports
//! and result records say which level was used; and the sales and briefing screens drop depth
//! labels, readiness dots and the specific rubric at Standard and Expert while the debrief keeps
//! all of it.

use std::path::PathBuf;

use crate::common::level;
use overpromise::engine::script::{parse_script, run_script};
use overpromise::engine::{Session, Support};
use overpromise::progress::{PlayRole, SessionRecord};
use overpromise::scenario;
use overpromise::xapi::{self, XapiSettings};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn played(stem: &str, script: &str, support: Support) -> Session {
    let s = level(stem);
    let mut session = Session::new(s.clone(), s.default_seed);
    session.set_support(support);
    let path = root().join("tests/scripts").join(script);
    let text = std::fs::read_to_string(&path).unwrap();
    let script = parse_script(&text, &path.display().to_string()).unwrap();
    run_script(&mut session, &script).unwrap();
    session
}

#[test]
fn the_same_script_gives_the_same_outcome_at_every_level() {
    for (lvl, script) in [
        ("01_first_client", "01_first_client.overpromise.ron"),
        ("03_committee_pacing", "03_committee_pacing.careful.ron"),
    ] {
        let guided = played(lvl, script, Support::Guided);
        assert!(guided.is_over(), "{script}");
        for support in [Support::Standard, Support::Expert] {
            let other = played(lvl, script, support);
            assert_eq!(other.support(), support);
            assert_eq!(other.log(), guided.log(), "{script} at {support:?}");
            assert_eq!(other.outcome(), guided.outcome(), "{script} at {support:?}");
            assert!(other.same_state(&guided), "{script} at {support:?}");
        }
    }
}

#[test]
fn shipped_levels_carry_competency_wording_for_every_check() {
    for file in scenario::scenario_files(&root().join("levels")).unwrap() {
        let s = scenario::load_file(&file).unwrap();
        for c in &s.scoring.rubric {
            let w = c.competency.as_deref().unwrap_or("");
            assert!(!w.trim().is_empty(), "{}: {}", file.display(), c.key);
            assert_ne!(
                w,
                c.label,
                "{}: {} has one form twice",
                file.display(),
                c.key
            );
        }
        assert!(
            scenario::validate::warnings(&s).is_empty(),
            "{}",
            file.display()
        );
    }
}

#[test]
fn validate_warns_about_a_check_with_one_form_and_still_passes() {
    let src = std::fs::read_to_string(root().join("levels/01_first_client.scenario.ron")).unwrap();
    let line = "competency: Some(\"Promise only dates the team has seen\"),";
    assert!(src.contains(line));
    let one_form = src.replacen(line, "", 1);
    let s = scenario::parse_str(&one_form, "one_form").unwrap();
    let warnings = scenario::validate::warnings(&s);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let i = s
        .scoring
        .rubric
        .iter()
        .position(|c| c.key == "honest_date")
        .unwrap();
    assert_eq!(warnings[0].path, format!("scoring.rubric[{i}]"));
    assert!(
        warnings[0].message.contains("honest_date"),
        "{}",
        warnings[0]
    );
    // The briefing falls back to the check's category.
    assert_eq!(
        overpromise::wording::support::check_competency(&s.scoring.rubric[i]),
        "What you say in the meetings"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one_form.scenario.ron");
    std::fs::write(&file, &one_form).unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = overpromise::cli::run(
        ["overpromise", "validate", file.to_str().unwrap()],
        &mut out,
        &mut err,
    );
    let out = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "warnings alone do not fail: {out}");
    assert!(
        out.contains("warning: ") && out.contains("honest_date"),
        "{out}"
    );
    assert!(out.contains("1 valid, 0 invalid, 1 warning(s)"), "{out}");
}

#[test]
fn reports_and_records_say_which_level_was_used() {
    let session = played(
        "01_first_client",
        "01_first_client.careful.ron",
        Support::Expert,
    );
    let debrief = session.debrief(false).unwrap();
    for report in [
        overpromise::report::text(&session, &debrief),
        overpromise::report::markdown(&session, &debrief),
        overpromise::report::html(&session, &debrief),
    ] {
        assert!(report.contains("Played with Expert support"), "{report}");
    }
    let record = SessionRecord::from_session(&session, &debrief, PlayRole::Solo, 1, 60.0);
    assert_eq!(record.support, Support::Expert);
    let statements = xapi::session_statements(&XapiSettings::default(), &record);
    for st in statements.as_array().unwrap() {
        assert_eq!(st["context"]["extensions"][xapi::EXT_SUPPORT], "expert");
    }
    // A record written before the field existed reads as Guided.
    let mut old = serde_json::to_value(&record).unwrap();
    old.as_object_mut().unwrap().remove("support");
    let old: SessionRecord = serde_json::from_value(old).unwrap();
    assert_eq!(old.support, Support::Guided);
}

#[cfg(feature = "gui")]
mod screens {
    use super::*;
    use bevy_egui::egui::{self, epaint::Shape};
    use overpromise::engine::Phase;
    use overpromise::game::Intent;
    use overpromise::game::screens::debrief::DebriefState;
    use overpromise::game::session::ActiveSession;
    use overpromise::game::settings::Settings;
    use overpromise::game::theme;
    use overpromise::game::views::debrief::{DebriefIntent, DebriefTab, debrief_view};
    use overpromise::game::views::{briefing, sales};

    /// What one frame drew: every text, and the number of small circles (dots are radius 5).
    struct Drawn {
        texts: Vec<String>,
        dots: usize,
    }

    impl Drawn {
        fn has(&self, needle: &str) -> bool {
            self.texts.iter().any(|t| t.contains(needle))
        }
    }

    fn walk(shape: &Shape, d: &mut Drawn) {
        match shape {
            Shape::Vec(v) => v.iter().for_each(|s| walk(s, d)),
            Shape::Text(t) => d.texts.push(t.galley.text().to_owned()),
            Shape::Circle(c) if (4.0..=5.5).contains(&c.radius) => d.dots += 1,
            _ => {}
        }
    }

    fn draw(mut view: impl FnMut(&mut egui::Ui) -> Option<Intent>) -> Drawn {
        let ctx = egui::Context::default();
        theme::install(&ctx, &Settings::default());
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 2400.0),
            )),
            ..Default::default()
        };
        ctx.run_ui(input(), |ui| {
            view(ui);
        })
        .drop_without_applying_deltas();
        let out = ctx.run_ui(input(), |ui| {
            view(ui);
        });
        let mut d = Drawn {
            texts: Vec::new(),
            dots: 0,
        };
        for s in &out.shapes {
            walk(&s.shape, &mut d);
        }
        out.drop_without_applying_deltas();
        d
    }

    /// Level 01 at the first answer of the first meeting, played at `support`.
    fn in_a_meeting(support: Support) -> ActiveSession {
        let s = level("01_first_client");
        let mut active = ActiveSession::start(s.clone(), PathBuf::from("01"), s.default_seed);
        active.session.set_support(support);
        let invite = active.session.legal_actions()[0].clone();
        active.apply(invite).unwrap();
        assert!(matches!(active.session.phase(), Phase::Beat(..)));
        active
    }

    /// The sales screen's model as the game builds it, with coach mode on or off.
    fn sales_model(active: &ActiveSession, coach: bool) -> sales::SalesView {
        let shown = overpromise::game::shown::Shown::local(active, coach);
        sales::build_view(&shown.views, &shown.names, None, |_| None).unwrap()
    }

    #[test]
    fn sales_meetings_drop_depth_labels_and_dots_below_guided() {
        let guided = in_a_meeting(Support::Guided);
        let view = sales_model(&guided, false);
        let d = draw(|ui| sales::sales_view(ui, &view));
        assert!(d.has("Depth "), "Guided shows depth labels");
        assert!(
            d.dots >= 10,
            "Guided shows depth and readiness dots: {}",
            d.dots
        );
        let appetite: Vec<String> = view.room.iter().map(|p| p.appetite.words()).collect();
        assert!(appetite.iter().all(|w| d.has(w)));
        for support in [Support::Standard, Support::Expert] {
            let active = in_a_meeting(support);
            let view = sales_model(&active, false);
            let d = draw(|ui| sales::sales_view(ui, &view));
            assert!(!d.has("Depth "), "{support:?}: {:?}", d.texts);
            assert_eq!(d.dots, 0, "{support:?}: no readiness or depth dots");
            assert_eq!(
                appetite.iter().all(|w| d.has(w)),
                support == Support::Standard,
                "appetite in words at Standard only"
            );
            // The answers on offer are the same; only what is shown changed.
            let offered: Vec<_> = view
                .actions()
                .into_iter()
                .map(|d| active.session.resolve_key(&d.unwrap().key).unwrap())
                .collect();
            // Walking away is a button of its own beside the answers.
            let mut legal = active.session.legal_actions();
            legal.retain(|a| *a != overpromise::engine::Action::WalkAway);
            assert_eq!(offered, legal);
            // Coach mode still gives the raw numbers at every level.
            let coach = sales_model(&active, true);
            let d = draw(|ui| sales::sales_view(ui, &coach));
            assert!(d.has("readiness "), "{support:?}: coach numbers");
        }
    }

    #[test]
    fn the_briefing_shows_the_rubric_as_actions_competencies_or_not_at_all() {
        let s = level("01_first_client");
        let labels: Vec<&str> = s.scoring.rubric.iter().map(|c| c.label.as_str()).collect();
        let comps: Vec<&str> = s
            .scoring
            .rubric
            .iter()
            .map(|c| c.competency.as_deref().unwrap())
            .collect();
        let shown = |support| {
            let view = briefing::build_view(&s, false, support, |_| None);
            draw(|ui| briefing::briefing_view(ui, &view))
        };
        let g = shown(Support::Guided);
        assert!(labels.iter().all(|l| g.has(l)), "Guided lists every check");
        let st = shown(Support::Standard);
        assert!(!labels.iter().any(|l| st.has(l)), "{:?}", st.texts);
        assert!(comps.iter().all(|c| st.has(c)), "{:?}", st.texts);
        let ex = shown(Support::Expert);
        assert!(!labels.iter().any(|l| ex.has(l)), "{:?}", ex.texts);
        assert!(!comps.iter().any(|c| ex.has(c)), "{:?}", ex.texts);
        assert!(ex.has("only in the debrief"));
        // Right and left change the level; clicking is covered by the same intent.
        let view = briefing::build_view(&s, false, Support::Standard, |_| None);
        let ctx = egui::Context::default();
        theme::install(&ctx, &Settings::default());
        let mut got = None;
        let input = egui::RawInput {
            events: vec![crate::ui_input::key(egui::Key::ArrowRight)],
            ..Default::default()
        };
        ctx.run_ui(input, |ui| got = briefing::briefing_view(ui, &view))
            .drop_without_applying_deltas();
        assert_eq!(got, Some(Intent::ChooseSupport(Support::Expert)));
    }

    #[test]
    fn the_debrief_shows_everything_at_every_level() {
        let guided = played(
            "01_first_client",
            "01_first_client.overpromise.ron",
            Support::Guided,
        );
        let expert = played(
            "01_first_client",
            "01_first_client.overpromise.ron",
            Support::Expert,
        );
        let gs = DebriefState::new(&guided).unwrap();
        let mut es = DebriefState::new(&expert).unwrap();
        let (gv, ev) = (gs.view(&guided), es.view(&expert));
        assert_eq!(ev.rubric, gv.rubric);
        assert_eq!(ev.pacing.points, gv.pacing.points);
        assert_eq!(ev.pacing.readiness, gv.pacing.readiness);
        assert!(ev.pacing.support.contains("Expert"));
        let d = draw(|ui| debrief_view(ui, &ev));
        for c in &expert.scenario().scoring.rubric {
            assert!(d.has(&c.label), "the specific rubric: {}", c.label);
        }
        es.handle(&expert, &DebriefIntent::Tab(DebriefTab::Pacing), None);
        let view = es.view(&expert);
        let d = draw(|ui| debrief_view(ui, &view));
        assert!(d.has("Played with Expert support"), "{:?}", d.texts);
        assert!(d.has("depth "), "depth per answer: {:?}", d.texts);
        let names: Vec<&str> = view
            .pacing
            .readiness
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert!(
            !names.is_empty() && names.iter().all(|n| d.has(n)),
            "readiness per person"
        );
    }

    /// The room's setting starts the briefing; the player's answer there is what the session
    /// records, and a resumed save keeps it.
    #[test]
    fn the_room_setting_starts_the_briefing_and_the_answer_is_recorded() {
        use bevy::prelude::*;
        use bevy::state::app::StatesPlugin;
        use overpromise::game::screens::briefing::BriefingSupport;
        use overpromise::game::{GameConfig, Screen};

        let data = tempfile::tempdir().unwrap();
        let new_app = || {
            let mut app = App::new();
            app.add_plugins((MinimalPlugins, StatesPlugin));
            app.insert_resource(GameConfig::new(
                root().join("levels"),
                Some(data.path().to_path_buf()),
            ));
            app.add_plugins(overpromise::game::logic_plugin);
            app.update();
            app
        };
        let send = |app: &mut App, intent: Intent| {
            app.world_mut().write_message(intent);
            app.update();
            app.update();
        };
        let mut app = new_app();
        let room = Settings {
            support: Support::Standard,
            ..Settings::default()
        };
        send(&mut app, Intent::SetSettings(room));
        send(&mut app, Intent::NewGame);
        send(
            &mut app,
            Intent::Pick(root().join("levels/01_first_client.scenario.ron")),
        );
        assert_eq!(
            *app.world().resource::<State<Screen>>().get(),
            Screen::Briefing
        );
        assert_eq!(
            app.world().resource::<BriefingSupport>().0,
            Support::Standard
        );
        send(&mut app, Intent::ChooseSupport(Support::Expert));
        send(&mut app, Intent::Begin);
        let active = app.world().resource::<ActiveSession>();
        assert_eq!(active.session.support(), Support::Expert);
        assert_eq!(
            app.world().resource::<Settings>().support,
            Support::Standard,
            "the player's answer does not change the room's setting"
        );
        drop(app);

        let mut app = new_app();
        send(&mut app, Intent::Continue);
        let active = app.world().resource::<ActiveSession>();
        assert_eq!(
            active.session.support(),
            Support::Expert,
            "the save keeps it"
        );
    }

    #[test]
    fn the_settings_cycle_the_support_for_the_room_with_key_5() {
        use overpromise::game::views::pause::settings_view;
        let ctx = egui::Context::default();
        theme::install(&ctx, &Settings::default());
        let mut got = None;
        let input = egui::RawInput {
            events: vec![crate::ui_input::key(egui::Key::Num5)],
            ..Default::default()
        };
        ctx.run_ui(input, |ui| {
            got = settings_view(ui, &Settings::default());
        })
        .drop_without_applying_deltas();
        let Some(Intent::SetSettings(s)) = got else {
            panic!("{got:?}");
        };
        assert_eq!(s.support, Support::Standard);
    }
}
