//! The join screen's plugin and systems: the form (remembered in the settings), its checks, and
//! joining: the [`Workshop`] link starts and the device goes to its seat ([`Screen::Remote`]) or,
//! for the facilitator, to the console. The view is [`crate::game::views::join`].

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::game::intent::{Intent, JoinForm, WorkshopIntent};
use crate::game::net::client::{JoinAs, Workshop, waker_of, ws_url};
use crate::game::net::remote::Remote;
use crate::game::notice::Notice;
use crate::game::prefs::{JoinRole, Settings, WorkshopPrefs};
use crate::game::theme::UiSystems;
use crate::game::views::join::{JoinView, join_view};
use crate::game::waker::AppWaker;
use crate::game::{AppSystems, GameConfig};
use crate::wording::console as say;
use crate::workshop::protocol::{MAX_TABLE_NAME, SeatChoice, normalise_code, valid_table_name};

/// The join form while the screen is open.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct JoinPage {
    /// The form as typed.
    pub form: JoinForm,
    /// Why the last attempt did not get in.
    pub last_attempt: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<JoinPage>();
    app.add_systems(Update, handle_join.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_join
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Join)),
    );
}

/// The seat a role asks the host for.
pub fn seat_of(role: JoinRole) -> SeatChoice {
    match role {
        JoinRole::Seller => SeatChoice::Seller,
        JoinRole::DeliveryLead => SeatChoice::DeliveryLead,
        JoinRole::Both => SeatChoice::Both,
        JoinRole::Observer => SeatChoice::Observer,
        JoinRole::Facilitator => SeatChoice::Facilitator,
    }
}

/// Checks the form: the WebSocket address and who joins, or every problem in words.
pub fn check(form: &JoinForm) -> Result<(String, JoinAs), Vec<String>> {
    let mut problems = Vec::new();
    let url = ws_url(&form.address).map_err(|e| problems.push(e)).ok();
    let code = normalise_code(&form.code);
    if code.is_empty() {
        problems.push(say::type_the_code());
    } else if !crate::workshop::protocol::room_code_shape(&code) {
        problems.push(say::code_shape());
    }
    let table = form.table.trim().to_owned();
    if form.role.needs_table() && !valid_table_name(&table) {
        problems.push(if table.is_empty() {
            say::name_your_table()
        } else {
            say::table_name_shape(MAX_TABLE_NAME)
        });
    }
    let key = form.key.trim().to_owned();
    if form.role == JoinRole::Facilitator && key.is_empty() {
        problems.push(say::type_the_key());
    }
    match url {
        Some(url) if problems.is_empty() => Ok((
            url,
            JoinAs {
                room: code,
                table: if form.role.needs_table() {
                    table
                } else {
                    String::new()
                },
                seat: seat_of(form.role),
                key: (form.role == JoinRole::Facilitator).then_some(key),
            },
        )),
        _ => Err(problems),
    }
}

/// The form as the settings remember it.
pub fn form_from(prefs: &WorkshopPrefs) -> JoinForm {
    JoinForm {
        address: prefs.address.clone(),
        code: String::new(),
        table: prefs.table.clone(),
        role: prefs.role,
        key: String::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn handle_join(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut page: ResMut<JoinPage>,
    mut settings: ResMut<Settings>,
    config: Res<GameConfig>,
    waker: Option<Res<AppWaker>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut notice: ResMut<Notice>,
) {
    let (title, join) = (on.is(Screen::Title), on.is(Screen::Join));
    let mut remembered = None;
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::OpenJoin) if title => {
                page.form = form_from(&settings.workshop);
                next.set(Screen::Join);
            }
            Intent::Back if join => next.set(Screen::Title),
            Intent::Workshop(WorkshopIntent::EditJoin(form)) if join => page.form = form.clone(),
            Intent::Workshop(WorkshopIntent::Join) if join => {
                let Ok((url, who)) = check(&page.form) else {
                    continue;
                };
                let facilitator = who.seat == SeatChoice::Facilitator;
                match Workshop::connect(
                    &url,
                    who,
                    waker_of(waker.as_deref()),
                    config.data_dir.as_deref(),
                ) {
                    Ok(w) => {
                        commands.insert_resource(w);
                        commands.insert_resource(Remote::default());
                        // The seat's screens draw what the host sends; a local game stays in its
                        // save, for Continue.
                        commands.remove_resource::<crate::game::session::ActiveSession>();
                        page.last_attempt = None;
                        remembered = Some(WorkshopPrefs {
                            address: page.form.address.trim().to_owned(),
                            table: page.form.table.trim().to_owned(),
                            role: page.form.role,
                        });
                        next.set(if facilitator {
                            Screen::Console
                        } else {
                            Screen::Remote
                        });
                    }
                    Err(e) => page.last_attempt = Some(say::connection_failed(&e.to_string())),
                }
            }
            _ => {}
        }
    }
    if let Some(prefs) = remembered
        && settings.workshop != prefs
    {
        settings.workshop = prefs;
        if let Some(dir) = &config.data_dir
            && let Err(e) = crate::game::prefs::store(dir, &settings)
        {
            notice.set(crate::wording::menus::settings_not_saved(&e.to_string()));
        }
    }
}

fn draw_join(mut contexts: EguiContexts, page: Res<JoinPage>, mut io: ScreenIo) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = JoinView {
        form: page.form.clone(),
        problems: match check(&page.form) {
            Ok(_) => Vec::new(),
            Err(p) => p,
        },
        last_attempt: page.last_attempt.clone(),
    };
    let mut ui = root_ui(ctx, "join");
    let intent = join_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(role: JoinRole) -> JoinForm {
        JoinForm {
            address: "10.0.0.2:7878".into(),
            code: "ab-12".into(),
            table: "Table 1".into(),
            role,
            key: "k3y".into(),
        }
    }

    #[test]
    fn a_complete_form_joins_its_seat() {
        let (url, who) = check(&form(JoinRole::DeliveryLead)).unwrap();
        assert_eq!(url, "ws://10.0.0.2:7878/ws");
        assert_eq!(who.room, "AB12");
        assert_eq!(who.seat, SeatChoice::DeliveryLead);
        let (_, f) = check(&JoinForm {
            table: String::new(),
            ..form(JoinRole::Facilitator)
        })
        .unwrap();
        assert_eq!(f.table, "");
    }

    #[test]
    fn every_problem_is_said_at_once() {
        let bad = JoinForm {
            address: String::new(),
            code: "  ".into(),
            table: "../etc".into(),
            role: JoinRole::Seller,
            key: String::new(),
        };
        let problems = check(&bad).unwrap_err();
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
