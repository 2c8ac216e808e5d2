//! The keyboard promise (issue 20): a whole two-role game of level 01, names included, played
//! with key events only (no pointer event) through the game's own egui views, headless
//! (`MinimalPlugins` + `StatesPlugin`, the views drawn into an egui context the test passes
//! input to); text fields take keys before shortcuts do; the focused widget carries a ring.

use std::path::Path;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy_egui::{EguiContext, EguiPrimaryContextPass, PrimaryEguiContext, egui};
use overpromise::engine::script::{parse_script, run_step};
use overpromise::engine::{Action, Seat, Session, TableMode};
use overpromise::game::session::ActiveSession;
use overpromise::game::settings::Settings;
use overpromise::game::shown::Shown;
use overpromise::game::views::{briefing, handoff, review, sales};
use overpromise::game::{GameConfig, Intent, Screen, theme};

use crate::common::root;
use crate::ui_input::key;

fn input(events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        events,
        ..Default::default()
    }
}

/// The game, headless, with its views drawn into an egui context the test feeds.
struct Keyboard {
    app: App,
    ctx: egui::Context,
    /// Every event sent, to show that none is a pointer event.
    sent: Vec<egui::Event>,
}

impl Keyboard {
    fn new(data: &Path) -> Self {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin));
        app.insert_resource(GameConfig::new(
            root().join("levels"),
            Some(data.to_path_buf()),
        ));
        app.add_plugins((
            overpromise::game::logic_plugin,
            overpromise::game::views_plugin,
        ));
        let entity = app.world_mut().spawn(PrimaryEguiContext).id();
        let ctx = app
            .world_mut()
            .get_mut::<EguiContext>(entity)
            .expect("the context")
            .get_mut()
            .clone();
        app.update();
        let mut k = Keyboard {
            app,
            ctx,
            sent: Vec::new(),
        };
        k.idle();
        k
    }

    /// One frame: the game's update (intents from the last pass handled), then a pass of the
    /// views with `events`.
    fn frame(&mut self, events: Vec<egui::Event>) {
        self.app.update();
        self.sent.extend(events.iter().cloned());
        self.ctx.begin_pass(input(events));
        self.app.world_mut().run_schedule(EguiPrimaryContextPass);
        self.ctx.end_pass().drop_without_applying_deltas();
    }

    /// Frames with no input until the game has settled (intents handled, screens changed).
    fn idle(&mut self) {
        for _ in 0..4 {
            self.frame(Vec::new());
        }
    }

    fn press(&mut self, k: egui::Key) {
        self.frame(vec![key(k)]);
        self.idle();
    }

    /// Types `text` as a keyboard does: each character's key, then its text.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let mut events = Vec::new();
            if let Some(k) = egui::Key::from_name(&c.to_uppercase().to_string()) {
                events.push(key(k));
            }
            events.push(egui::Event::Text(c.to_string()));
            self.frame(events);
        }
        self.idle();
    }

    /// Presses Tab until `done` holds (at most 80 times); panics otherwise.
    fn tab_until(&mut self, what: &str, done: impl Fn(&Self) -> bool) {
        for _ in 0..80 {
            if done(self) {
                return;
            }
            self.press(egui::Key::Tab);
        }
        panic!("Tab never reached {what}");
    }

    fn typing(&self) -> bool {
        self.ctx.text_edit_focused()
    }

    fn screen(&self) -> Screen {
        *self.app.world().resource::<State<Screen>>().get()
    }

    fn active(&self) -> &ActiveSession {
        self.app.world().resource::<ActiveSession>()
    }

    fn session(&self) -> &Session {
        &self.active().session
    }

    fn shown(&self) -> &Shown {
        self.app.world().resource::<Shown>()
    }
}

fn number(i: usize) -> egui::Key {
    const KEYS: [egui::Key; 9] = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
        egui::Key::Num5,
        egui::Key::Num6,
        egui::Key::Num7,
        egui::Key::Num8,
        egui::Key::Num9,
    ];
    *KEYS
        .get(i)
        .unwrap_or_else(|| panic!("no number key for line {}", i + 1))
}

/// The keys that play `action` on the screen shown, read from the screen's own view model.
fn keys_for(k: &Keyboard, action: &Action) -> Vec<egui::Key> {
    let d = k.active().decision(action);
    let shown = k.shown();
    match k.screen() {
        Screen::Sales => {
            let view = sales::build_view(&shown.views, &shown.names, None, |_| None)
                .expect("the sales view");
            if matches!(action, Action::Flag(..)) {
                let h = view
                    .stage_answers()
                    .position(|a| a.delivery.iter().any(|n| n.flag.as_ref() == Some(&d)))
                    .unwrap_or_else(|| panic!("no flag for {action:?}"));
                return vec![number(h), egui::Key::F];
            }
            let i = view
                .actions()
                .iter()
                .position(|a| a.as_ref() == Some(&d))
                .unwrap_or_else(|| panic!("{action:?} is not offered: {:?}", view.actions()));
            vec![number(i), egui::Key::Enter]
        }
        Screen::Handoff => {
            if let Some(view) = review::build_view(&shown.views, &shown.names) {
                if view.accept.as_ref() == Some(&d) {
                    return vec![egui::Key::Enter];
                }
                let i = view
                    .lines
                    .iter()
                    .position(|l| l.query.as_ref() == Some(&d))
                    .unwrap_or_else(|| panic!("{action:?} is not in the review"));
                return vec![number(i)];
            }
            let view = handoff::build_view(&shown.views).expect("the handoff");
            if matches!(action, Action::SubmitPid) {
                return vec![egui::Key::Enter];
            }
            let i = view
                .lines
                .iter()
                .position(|l| l.toggle.as_ref() == Some(&d))
                .unwrap_or_else(|| panic!("{action:?} is not on the handoff"));
            vec![number(i)]
        }
        Screen::Delivery => {
            let view = overpromise::game::views::delivery::DeliveryView::build(&shown.views)
                .expect("the board");
            if view.end_week.as_ref() == Some(&d) {
                return vec![egui::Key::Enter];
            }
            let b = view
                .actions
                .iter()
                .find(|b| b.action.as_ref() == Some(&d))
                .unwrap_or_else(|| panic!("{action:?} is not on the board"));
            vec![number(b.key.expect("a number key") as usize - 1)]
        }
        other => panic!("{action:?} on {other:?}"),
    }
}

/// The briefing: two roles chosen with T, Tab into each name field, the names typed (letters
/// that are shortcuts elsewhere on the screen included), Enter to leave the field, Enter to begin.
fn choose_two_roles_by_keyboard(k: &mut Keyboard) {
    k.press(egui::Key::Enter); // the title's first item: a new game
    assert_eq!(k.screen(), Screen::Picker);
    k.press(egui::Key::Num1);
    k.press(egui::Key::Enter);
    assert_eq!(k.screen(), Screen::Briefing);
    k.press(egui::Key::T);
    let table = |k: &Keyboard| {
        k.app
            .world()
            .resource::<overpromise::game::screens::briefing::BriefingTable>()
            .0
            .clone()
    };
    assert!(table(k).two_roles, "T chose two roles");
    let mode = |k: &Keyboard| {
        *k.app
            .world()
            .resource::<overpromise::game::state::RunMode>()
    };
    let before = mode(k);
    let mut fields = Vec::new();
    for name in ["Ana Park", "Pat Shaw"] {
        // Tab from the top: through the buttons, past a field already filled in.
        k.tab_until("a name field", |k| {
            k.typing() && !fields.contains(&k.ctx.memory(|m| m.focused()))
        });
        fields.push(k.ctx.memory(|m| m.focused()));
        k.type_text(name);
        assert!(
            k.typing(),
            "the field keeps the keyboard while a name is typed"
        );
        k.press(egui::Key::Enter);
        assert!(!k.typing(), "Enter leaves the field");
        assert_eq!(mode(k), before, "typing {name:?} fired no shortcut (A, P)");
        assert_eq!(
            k.screen(),
            Screen::Briefing,
            "Enter in a field does not begin"
        );
    }
    let names = table(k).names;
    assert_eq!(
        (names.seller.as_str(), names.delivery_lead.as_str()),
        ("Ana Park", "Pat Shaw")
    );
    // Enter left the field and nothing has the focus: Enter begins.
    assert!(k.ctx.memory(|m| m.focused()).is_none());
    k.press(egui::Key::Enter);
}

#[test]
fn a_two_role_game_of_level_01_plays_to_the_retrospective_with_keys_only() {
    let data = tempfile::tempdir().unwrap();
    let mut k = Keyboard::new(data.path());
    assert_eq!(k.screen(), Screen::Title);
    choose_two_roles_by_keyboard(&mut k);
    assert_eq!(k.session().mode(), TableMode::TwoRoles);
    assert_eq!(
        k.shown().names,
        ["Ana Park".to_owned(), "Pat Shaw".to_owned()]
    );

    let path = root().join("tests/scripts/01_first_client.two.careful.ron");
    let script = parse_script(&std::fs::read_to_string(path).unwrap(), "x").unwrap();
    let mut flags = 0;
    for step in &script.steps {
        let mut shadow = k.session().clone();
        let before = shadow.actions().len();
        run_step(&mut shadow, step).unwrap();
        for action in shadow.actions()[before..].iter().cloned() {
            while k.screen() == Screen::Curtain {
                k.press(egui::Key::Enter);
            }
            let n = k.session().actions().len();
            // A Tab first leaves a button with the focus: a number key takes it back, so the
            // Enter after it is the screen's, not that button's; before Enter alone, Esc lets go
            // of the focus (and does not pause).
            let keys = keys_for(&k, &action);
            k.press(egui::Key::Tab);
            assert!(
                k.ctx.memory(|m| m.focused()).is_some(),
                "Tab focused a widget"
            );
            if keys[0] == egui::Key::Enter {
                k.press(egui::Key::Escape);
                assert!(k.ctx.memory(|m| m.focused()).is_none(), "Esc let go");
                let menu = *k
                    .app
                    .world()
                    .resource::<State<overpromise::game::Menu>>()
                    .get();
                assert_eq!(
                    menu,
                    overpromise::game::Menu::None,
                    "Esc only let go of the focus"
                );
            }
            for key in keys {
                k.press(key);
            }
            assert_eq!(
                k.session().actions().len(),
                n + 1,
                "{action:?} played by keys on {:?}",
                k.screen()
            );
            assert_eq!(k.session().actions().last(), Some(&action));
            flags += matches!(action, Action::Flag(..)) as usize;
        }
    }
    assert!(flags >= 1, "the delivery lead flagged by keyboard");
    assert!(k.session().is_over());
    while k.screen() == Screen::Curtain {
        k.press(egui::Key::Enter);
    }
    assert_eq!(k.screen(), Screen::Debrief);

    // The retrospective, on the Two roles tab: Tab into each answer, type, Tab to the button,
    // Enter.
    k.press(egui::Key::Num6);
    for (seat, answers) in [
        (Seat::Seller, ["I hurried the close", "the estimate sooner"]),
        (
            Seat::DeliveryLead,
            ["week 3 was tight", "the date before it was said"],
        ),
    ] {
        // The seller's form is the left column, the delivery lead's the right.
        let mine = move |k: &Keyboard| {
            k.typing()
                && k.ctx
                    .memory(|m| m.focused())
                    .and_then(|id| k.ctx.read_response(id))
                    .is_some_and(|r| (r.rect.center().x < 640.0) == (seat == Seat::Seller))
        };
        k.tab_until("the retrospective", mine);
        for a in answers {
            assert!(mine(&k), "{seat:?}'s field has the keyboard");
            k.type_text(a);
            k.press(egui::Key::Tab);
        }
        assert!(!k.typing(), "Tab left the last answer for the button");
        k.press(egui::Key::Enter);
        let given = k.session().retro().of(seat).cloned();
        assert_eq!(
            given.map(|g| (g.went_wrong, g.needed)),
            Some((answers[0].to_owned(), answers[1].to_owned())),
            "{seat:?}'s answers saved by keyboard"
        );
    }
    assert!(k.session().retro_open().is_empty());
    assert_eq!(k.screen(), Screen::Debrief);
    assert!(
        k.sent
            .iter()
            .all(|e| matches!(e, egui::Event::Key { .. } | egui::Event::Text(_))),
        "key events only"
    );
}

/// A bare egui context with the game's theme, and a frame of `draw` with `events`.
fn draw_frames(
    ctx: &egui::Context,
    frames: Vec<Vec<egui::Event>>,
    mut draw: impl FnMut(&mut egui::Ui) -> Option<Intent>,
) -> (Vec<Intent>, egui::FullOutput) {
    let mut intents = Vec::new();
    let mut last = None;
    for events in frames {
        let mut out = ctx.run_ui(input(events), |ui| {
            intents.extend(draw(ui));
            theme::focus_ring(ui.ctx());
        });
        out.textures_delta.clear();
        last = Some(out);
    }
    (intents, last.expect("a frame"))
}

#[test]
fn a_text_field_swallows_shortcuts_and_a_focused_button_leaves_them_working() {
    let s = crate::common::level("01_first_client");
    let mut view = briefing::build_view(&s, false, Default::default(), |_| None);
    view.table.two_roles = true;
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    // Tab onto the first button: the letter shortcuts still work (T, A), Enter is the button's.
    let (intents, _) = draw_frames(
        &ctx,
        vec![vec![], vec![key(egui::Key::Tab)], vec![key(egui::Key::T)]],
        |ui| briefing::briefing_view(ui, &view),
    );
    assert!(
        ctx.memory(|m| m.focused()).is_some(),
        "Tab focused a button"
    );
    assert!(!ctx.text_edit_focused());
    assert!(
        intents
            .iter()
            .any(|i| matches!(i, Intent::SetTable(t) if !t.two_roles)),
        "T works while a button has the focus: {intents:?}"
    );
    // Tab on into a name field: A, P, T, Enter and Esc-free letters are the field's.
    let mut frames = vec![vec![]];
    for _ in 0..40 {
        frames.push(vec![key(egui::Key::Tab)]);
    }
    let mut reached = false;
    for f in frames {
        draw_frames(&ctx, vec![f], |ui| briefing::briefing_view(ui, &view));
        if ctx.text_edit_focused() {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches a name field");
    let typed: Vec<Vec<egui::Event>> = "apt1"
        .chars()
        .map(|c| {
            let k = egui::Key::from_name(&c.to_uppercase().to_string()).unwrap();
            vec![key(k), egui::Event::Text(c.to_string())]
        })
        .collect();
    let (intents, _) = draw_frames(&ctx, typed, |ui| briefing::briefing_view(ui, &view));
    assert!(
        intents
            .iter()
            .all(|i| matches!(i, Intent::SetTable(t) if t.two_roles)),
        "only the name changes while typing: {intents:?}"
    );
    assert!(ctx.text_edit_focused());
}

#[test]
fn the_widget_with_the_keyboard_focus_carries_a_ring_in_both_themes() {
    for high_contrast in [false, true] {
        let settings = Settings {
            high_contrast,
            ..Settings::default()
        };
        let focus = theme::Palette::for_contrast(high_contrast).focus;
        let s = crate::common::level("01_first_client");
        let view = briefing::build_view(&s, false, Default::default(), |_| None);
        let ctx = egui::Context::default();
        theme::install(&ctx, &settings);
        let rings = |out: &egui::FullOutput| {
            out.shapes
                .iter()
                .filter(|c| match &c.shape {
                    egui::Shape::Rect(r) => {
                        r.stroke.color == focus && r.stroke.width >= theme::FOCUS_RING_WIDTH
                    }
                    _ => false,
                })
                .count()
        };
        let (_, idle) = draw_frames(&ctx, vec![vec![], vec![]], |ui| {
            briefing::briefing_view(ui, &view)
        });
        assert_eq!(rings(&idle), 0, "no ring without the focus");
        let (_, tabbed) = draw_frames(&ctx, vec![vec![key(egui::Key::Tab)], vec![]], |ui| {
            briefing::briefing_view(ui, &view)
        });
        let id = ctx.memory(|m| m.focused()).expect("Tab focused a button");
        let rect = ctx.read_response(id).unwrap().rect;
        assert_eq!(rings(&tabbed), 1, "one ring round the focused button");
        let ring = tabbed
            .shapes
            .iter()
            .find_map(|c| match &c.shape {
                egui::Shape::Rect(r) if r.stroke.color == focus => Some(r.rect),
                _ => None,
            })
            .unwrap();
        assert!(ring.contains_rect(rect), "the ring goes round the button");
        assert_ne!(
            focus,
            theme::Palette::for_contrast(high_contrast).border,
            "the ring differs from an unfocused outline"
        );
    }
}

#[test]
fn a_new_question_opens_at_its_top_with_the_client_line_in_sight() {
    use overpromise::engine::script::Step;
    // The proposal's last question with the delivery lead in the room: long enough to scroll.
    let s = crate::common::level("01_first_client");
    let path = root().join("tests/scripts/01_first_client.two.careful.ron");
    let script = parse_script(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
    let mut session = Session::with_mode(s.clone(), s.default_seed, script.mode);
    for step in &script.steps {
        if matches!(step, Step::Lead(inner) if matches!(**inner, Step::Flag(_))) {
            break;
        }
        run_step(&mut session, step).unwrap();
    }
    let active = ActiveSession::resume(session, path);
    let shown = Shown::local(&active, false);
    let view = sales::build_view(&shown.views, &shown.names, None, |_| None).unwrap();
    let sales::Stage::Beat { line, .. } = &view.stage else {
        panic!("not in a meeting: {:?}", view.stage);
    };
    let next_line = "A new question, asked after the last one was scrolled through.";
    let mut next = view.clone();
    if let sales::Stage::Beat { line, .. } = &mut next.stage {
        *line = next_line.to_owned();
    }
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let shows = |out: &egui::FullOutput, text: &str| {
        out.shapes.iter().any(|c| match &c.shape {
            egui::Shape::Text(t) => t.galley.text().contains(text),
            _ => false,
        })
    };
    let head: String = line.chars().take(20).collect();
    let (_, top) = small_frames(&ctx, vec![vec![], vec![]], |ui| {
        sales::sales_view(ui, &view)
    });
    assert!(shows(&top, &head), "the client's line shows at first");
    // Scrolled to the last answer.
    let wheel = vec![
        egui::Event::PointerMoved(egui::pos2(500.0, 330.0)),
        egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -3000.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
        },
    ];
    let mut frames = vec![
        vec![egui::Event::PointerMoved(egui::pos2(500.0, 330.0))],
        wheel,
    ];
    frames.extend(std::iter::repeat_n(Vec::new(), 60));
    let (_, scrolled) = small_frames(&ctx, frames, |ui| sales::sales_view(ui, &view));
    assert!(!shows(&scrolled, &head), "scrolled past the client's line");
    let (_, asked) = small_frames(&ctx, vec![vec![], vec![]], |ui| {
        sales::sales_view(ui, &next)
    });
    let next_head: String = next_line.chars().take(20).collect();
    assert!(
        shows(&asked, &next_head),
        "the next question opens at its top, the client's new line in sight"
    );
}

/// Like [`draw_frames`], in a small window (1024 x 560, a laptop at a large UI scale), so a
/// meeting's answers overflow their area.
fn small_frames(
    ctx: &egui::Context,
    frames: Vec<Vec<egui::Event>>,
    mut draw: impl FnMut(&mut egui::Ui) -> Option<Intent>,
) -> (Vec<Intent>, egui::FullOutput) {
    let mut last = None;
    for events in frames {
        let raw = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1024.0, 560.0),
            )),
            events,
            ..Default::default()
        };
        let mut out = ctx.run_ui(raw, |ui| {
            draw(ui);
        });
        out.textures_delta.clear();
        last = Some(out);
    }
    (Vec::new(), last.expect("a frame"))
}

#[test]
fn enter_in_a_field_of_the_join_form_joins() {
    use overpromise::game::intent::{JoinForm, WorkshopIntent};
    use overpromise::game::views::join;
    let view = join::JoinView {
        form: JoinForm {
            address: "192.168.1.20:7878".into(),
            code: "K7WQ3M".into(),
            table: "Table 2".into(),
            role: Default::default(),
            key: String::new(),
        },
        problems: Vec::new(),
        last_attempt: None,
    };
    let ctx = egui::Context::default();
    theme::install(&ctx, &Settings::default());
    let mut frames = vec![vec![]];
    frames.extend(std::iter::repeat_n(vec![key(egui::Key::Tab)], 8));
    let mut typing = false;
    for f in frames {
        draw_frames(&ctx, vec![f], |ui| join::join_view(ui, &view));
        if ctx.text_edit_focused() {
            typing = true;
            break;
        }
    }
    assert!(typing, "Tab reaches the join form's fields");
    let (intents, _) = draw_frames(&ctx, vec![vec![key(egui::Key::Enter)]], |ui| {
        join::join_view(ui, &view)
    });
    assert!(
        intents.contains(&Intent::Workshop(WorkshopIntent::Join)),
        "{intents:?}"
    );
}
