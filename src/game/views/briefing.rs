//! The briefing: the client, the people in the meetings, the delivery team, the meetings ahead,
//! the level of support to play at, and the rubric in the form that level shows
//! ([`Support::rubric_on_briefing`]).

use bevy_egui::egui::{self, RichText, ScrollArea, TextureId, Ui};

use super::keys;
use crate::engine::Support;
use crate::engine::support::RubricForm;
use crate::engine::view::briefing::BriefingPane;
use crate::engine::view::sales::Face;
use crate::game::intent::Intent;
use crate::game::intent::TableChoice;
use crate::game::state::RunMode;
use crate::game::theme::widgets::{self, ActionButton};
use crate::game::theme::{Palette, bold_font, size};
use crate::scenario::model::{Concern, Scenario};
use crate::wording::briefing as words;
use crate::wording::support::{line_competency, support_blurb, support_name};

/// A client-side person.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonCard {
    /// Name.
    pub name: String,
    /// Job title.
    pub role: String,
    /// Their portrait, when loaded.
    pub portrait: Option<TextureId>,
    /// What they care about, most important first.
    pub cares: Vec<String>,
    /// Coach mode: starting trust and readiness.
    pub coach: Option<String>,
}

/// What the briefing shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BriefingView {
    /// Scenario title.
    pub title: String,
    /// "Introductory · about 15 minutes".
    pub subtitle: String,
    /// Client name.
    pub client: String,
    /// Sector.
    pub sector: String,
    /// Background.
    pub background: String,
    /// The people on the client side.
    pub people: Vec<PersonCard>,
    /// The delivery team: (name, job title).
    pub team: Vec<(String, String)>,
    /// The meetings ahead: (stage name, who from delivery may come).
    pub meetings: Vec<(String, String)>,
    /// The level of support chosen.
    pub support: Support,
    /// How the rubric is shown at that level.
    pub rubric_form: RubricForm,
    /// The rubric in that form: (check, why it matters) when specific, (competency, "") when
    /// competencies, empty when hidden.
    pub rubric: Vec<(String, String)>,
    /// Practice (hints, nothing recorded) or assessed (no hints, the result recorded).
    pub mode: RunMode,
    /// Solo or two roles, and the players' names as typed.
    pub table: TableChoice,
    /// A workshop seat reads the briefing of its table's game: no choices to make, only back to
    /// the table (its label).
    pub seat: Option<String>,
}

/// A concern in words.
pub fn concern_words(c: Concern) -> String {
    match c {
        Concern::Cost => crate::tr!("views-concern-cost"),
        Concern::Schedule => crate::tr!("views-concern-schedule"),
        Concern::Risk => crate::tr!("views-concern-risk"),
        Concern::Quality => crate::tr!("views-concern-quality"),
        Concern::Innovation => crate::tr!("views-concern-innovation"),
    }
}

/// Builds the briefing from a scenario; `portrait(i)` gives stakeholder `i`'s texture.
pub fn build_view(
    s: &Scenario,
    coach: bool,
    support: Support,
    mut portrait: impl FnMut(usize) -> Option<TextureId>,
) -> BriefingView {
    let opts = crate::engine::ViewOptions {
        support,
        coach,
        ..Default::default()
    };
    from_pane(&BriefingPane::of(s, opts), support, |f| {
        portrait(f.number as usize)
    })
}

/// Builds the briefing from its pane (the local game's, or the one a workshop seat's view holds),
/// at a level of support; `portrait` gives a face's texture.
pub fn from_pane(
    p: &BriefingPane,
    support: Support,
    mut portrait: impl FnMut(&Face) -> Option<TextureId>,
) -> BriefingView {
    BriefingView {
        title: p.title.clone(),
        subtitle: words::subtitle(&super::picker::difficulty_words(p.difficulty), p.minutes),
        client: p.client.clone(),
        sector: p.sector.clone(),
        background: p.background.clone(),
        people: p
            .people
            .iter()
            .map(|k| PersonCard {
                name: k.face.name.clone(),
                role: k.face.role.clone(),
                portrait: portrait(&k.face),
                cares: k.cares.iter().map(|c| concern_words(*c)).collect(),
                coach: k.numbers.map(|(t, r, w)| words::coach_numbers(t, r, w)),
            })
            .collect(),
        team: p.team.clone(),
        meetings: p
            .meetings
            .iter()
            .map(|(name, may)| (name.clone(), words::who_may_come(may)))
            .collect(),
        support,
        rubric_form: support.rubric_on_briefing(),
        rubric: match support.rubric_on_briefing() {
            RubricForm::Specific => p
                .rubric
                .iter()
                .map(|c| (c.label.clone(), c.why.clone()))
                .collect(),
            RubricForm::Competency => {
                let mut seen: Vec<(String, String)> = Vec::new();
                for c in &p.rubric {
                    let w = line_competency(c);
                    if !seen.iter().any(|(x, _)| *x == w) {
                        seen.push((w, String::new()));
                    }
                }
                seen
            }
            RubricForm::Hidden => Vec::new(),
        },
        mode: RunMode::Practice,
        table: TableChoice::default(),
        seat: None,
    }
}

/// P chooses practice, A assessed.
fn run_mode_keys(ui: &Ui) -> Option<RunMode> {
    if keys::pressed(ui, egui::Key::P) {
        Some(RunMode::Practice)
    } else if keys::pressed(ui, egui::Key::A) {
        Some(RunMode::Assessed)
    } else {
        None
    }
}

/// The practice / assessed answer (drawn right to left in the top bar).
fn run_mode_answer(ui: &mut Ui, mode: RunMode) -> Option<RunMode> {
    let mut out = None;
    if ActionButton::new(&crate::tr!("views-assessed-mode"))
        .key("A")
        .primary(mode == RunMode::Assessed)
        .show(ui)
        .clicked()
    {
        out = Some(RunMode::Assessed);
    }
    if ActionButton::new(&crate::tr!("views-practice-mode"))
        .key("P")
        .primary(mode == RunMode::Practice)
        .show(ui)
        .clicked()
    {
        out = Some(RunMode::Practice);
    }
    out
}

/// Draws the briefing. Enter starts the first meeting, Esc goes back to the list, Left and Right
/// change the level of support, P and A choose a practice or an assessed run.
pub fn briefing_view(ui: &mut Ui, view: &BriefingView) -> Option<Intent> {
    let pal = Palette::of(ui);
    let mut out = None;
    let back_to_table = Intent::Workshop(crate::game::intent::WorkshopIntent::ShowBriefing(false));
    if view.seat.is_some() && (keys::enter(ui) || keys::escape(ui)) {
        return Some(back_to_table);
    }
    // While a name is being typed, the key gate ([`keys`]) leaves the letters and Enter to the
    // text field; a workshop seat has nothing to choose here.
    let typing = view.seat.is_some();
    if !typing && keys::pressed(ui, egui::Key::T) {
        let mut t = view.table.clone();
        t.two_roles = !t.two_roles;
        out = Some(Intent::SetTable(t));
    }
    for (key, dir) in [(egui::Key::ArrowLeft, -1), (egui::Key::ArrowRight, 1)] {
        if typing {
            break;
        }
        if keys::pressed(ui, key) && view.support.step(dir) != view.support {
            out = Some(Intent::ChooseSupport(view.support.step(dir)));
        }
    }
    if !typing && keys::enter(ui) {
        out = Some(Intent::Begin);
    }
    if !typing && (keys::escape(ui) || keys::pressed(ui, egui::Key::Backspace)) {
        out = Some(Intent::Back);
    }
    if let Some(m) = run_mode_keys(ui).filter(|_| !typing) {
        out = Some(Intent::SetRunMode(m));
    }
    widgets::top_bar(ui, "briefing-top", &view.title, &view.subtitle, |ui| {
        if view.seat.is_none()
            && let Some(m) = run_mode_answer(ui, view.mode)
        {
            out = Some(Intent::SetRunMode(m));
        }
    });
    if let Some(label) = &view.seat {
        widgets::bottom_bar(ui, "briefing-bottom", |ui| {
            if ActionButton::new(label)
                .key("⏎")
                .primary(true)
                .show(ui)
                .clicked()
            {
                out = Some(back_to_table.clone());
            }
        });
    } else {
        widgets::bottom_bar(ui, "briefing-bottom", |ui| {
            if ActionButton::new(&words::start())
                .key("⏎")
                .primary(true)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::Begin);
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                if ActionButton::new(&words::choose_another())
                    .key("Esc")
                    .show(ui)
                    .clicked()
                {
                    out = Some(Intent::Back);
                }
            });
        });
    }
    egui::CentralPanel::default()
        .frame(widgets::page_frame(&pal))
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                ScrollArea::vertical()
                    .id_salt("brief-left")
                    .show(&mut cols[0], |ui| {
                        widgets::overline(ui, &words::the_client());
                        ui.label(
                            RichText::new(&view.client)
                                .font(bold_font(size::HEADING))
                                .color(pal.text),
                        );
                        widgets::weak(ui, &view.sector);
                        ui.add_space(4.0);
                        ui.add(egui::Label::new(&view.background).wrap());
                        ui.add_space(14.0);
                        widgets::overline(ui, &words::the_people());
                        for p in &view.people {
                            widgets::card(ui, |ui| {
                                ui.horizontal(|ui| {
                                    widgets::portrait(ui, p.portrait, &p.name, 76.0, None);
                                    ui.vertical(|ui| {
                                        ui.label(
                                            RichText::new(&p.name)
                                                .font(bold_font(size::BODY))
                                                .color(pal.text),
                                        );
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(&p.role).color(pal.text_weak),
                                            )
                                            .wrap(),
                                        );
                                        ui.horizontal_wrapped(|ui| {
                                            ui.label(
                                                RichText::new(words::cares_about())
                                                    .size(size::SMALL)
                                                    .color(pal.text_weak),
                                            );
                                            for c in &p.cares {
                                                widgets::chip(ui, c, pal.info);
                                            }
                                        });
                                        if let Some(c) = &p.coach {
                                            ui.label(
                                                RichText::new(c).size(size::SMALL).color(pal.info),
                                            );
                                        }
                                    });
                                });
                            });
                            ui.add_space(6.0);
                        }
                    });
                ScrollArea::vertical()
                    .id_salt("brief-right")
                    .show(&mut cols[1], |ui| {
                        if view.seat.is_none() {
                            if let Some(i) = table_row(ui, &pal, &view.table) {
                                out = Some(i);
                            }
                            ui.add_space(14.0);
                            if let Some(i) = support_row(ui, &pal, view.support) {
                                out = Some(i);
                            }
                            ui.add_space(14.0);
                        }
                        widgets::overline(ui, &words::judged());
                        widgets::card(ui, |ui| {
                            match view.rubric_form {
                                RubricForm::Specific => {}
                                RubricForm::Competency => {
                                    widgets::weak(ui, &words::judged_note());
                                }
                                RubricForm::Hidden => {
                                    widgets::weak(ui, &words::judged_hidden());
                                }
                            }
                            for (label, why) in &view.rubric {
                                ui.horizontal_top(|ui| {
                                    ui.label(
                                        RichText::new("☐").color(pal.accent).size(size::HEADING),
                                    );
                                    ui.vertical(|ui| {
                                        ui.add(
                                            egui::Label::new(
                                                RichText::new(label)
                                                    .font(bold_font(size::BODY))
                                                    .color(pal.text),
                                            )
                                            .wrap(),
                                        );
                                        if !why.is_empty() {
                                            ui.add(
                                                egui::Label::new(
                                                    RichText::new(why)
                                                        .size(size::SMALL)
                                                        .color(pal.text_weak),
                                                )
                                                .wrap(),
                                            );
                                        }
                                    });
                                });
                                ui.add_space(4.0);
                            }
                        });
                        ui.add_space(14.0);
                        widgets::overline(ui, &words::meetings_ahead());
                        for (i, (name, who)) in view.meetings.iter().enumerate() {
                            ui.horizontal(|ui| {
                                widgets::key_cap(ui, &keys::label(i));
                                ui.label(
                                    RichText::new(name)
                                        .font(bold_font(size::BODY))
                                        .color(pal.text),
                                );
                                widgets::weak(ui, &words::meeting_note(who));
                            });
                        }
                        ui.add_space(14.0);
                        widgets::overline(ui, &words::your_team());
                        ui.horizontal_wrapped(|ui| {
                            for (name, role) in &view.team {
                                widgets::chip(ui, &words::team_member(name, role), pal.text_weak);
                            }
                        });
                    });
            });
        });
    out
}

/// The level-of-support chooser: one button per level, the chosen one highlighted.
fn support_row(ui: &mut Ui, pal: &Palette, chosen: Support) -> Option<Intent> {
    let mut out = None;
    widgets::overline(ui, &words::your_support());
    ui.horizontal(|ui| {
        for s in Support::ALL {
            if ActionButton::new(&support_name(s))
                .primary(s == chosen)
                .show(ui)
                .clicked()
            {
                out = Some(Intent::ChooseSupport(s));
            }
        }
        widgets::weak(ui, "← →");
    });
    ui.add(
        egui::Label::new(
            RichText::new(support_blurb(chosen))
                .size(size::SMALL)
                .color(pal.text_weak),
        )
        .wrap(),
    );
    out
}

/// The id of the briefing's name field `i` (0 the seller's, 1 the delivery lead's).
pub fn name_field(i: usize) -> egui::Id {
    egui::Id::new(("briefing-name", i))
}

/// Who plays: solo or two roles (T toggles), and in two roles the players' names (Tab moves
/// between the fields; empty keeps the default name).
fn table_row(ui: &mut Ui, pal: &Palette, table: &TableChoice) -> Option<Intent> {
    use crate::game::table::{MAX_NAME_CHARS, default_names};
    let mut out = None;
    widgets::overline(ui, &words::who_plays());
    ui.horizontal_wrapped(|ui| {
        for (two, label) in [(false, words::solo()), (true, words::two_roles())] {
            if ActionButton::new(&label)
                .primary(table.two_roles == two)
                .show(ui)
                .clicked()
            {
                let mut t = table.clone();
                t.two_roles = two;
                out = Some(Intent::SetTable(t));
            }
        }
        widgets::key_cap(ui, "T");
    });
    if !table.two_roles {
        ui.add(
            egui::Label::new(
                RichText::new(words::solo_note())
                    .size(size::SMALL)
                    .color(pal.text_weak),
            )
            .wrap(),
        );
        return out;
    }
    ui.add(
        egui::Label::new(
            RichText::new(words::two_roles_note())
                .size(size::SMALL)
                .color(pal.text_weak),
        )
        .wrap(),
    );
    let mut names = table.names.clone();
    let mut edited = false;
    let (seller, delivery_lead) = words::name_labels();
    let defaults = default_names();
    egui::Grid::new("briefing-names")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for (i, (label, text, hint)) in [
                (seller, &mut names.seller, defaults[0].as_str()),
                (
                    delivery_lead,
                    &mut names.delivery_lead,
                    defaults[1].as_str(),
                ),
            ]
            .into_iter()
            .enumerate()
            {
                let label = ui.label(RichText::new(label).color(pal.text));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(text)
                            .id(name_field(i))
                            .hint_text(hint)
                            .char_limit(MAX_NAME_CHARS)
                            .desired_width(220.0),
                    )
                    .labelled_by(label.id);
                widgets::show_when_focused(&r);
                edited |= r.changed();
                ui.end_row();
            }
        });
    ui.add(
        egui::Label::new(
            RichText::new(words::names_keys())
                .size(size::SMALL)
                .color(pal.text_weak),
        )
        .wrap(),
    );
    if edited {
        out = Some(Intent::SetTable(TableChoice {
            two_roles: true,
            names,
        }));
    }
    out
}
