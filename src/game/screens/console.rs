//! The facilitator console's plugin and systems: the console's form, the offline import (this
//! device reads the file and sends its content; the host never opens a path), and the view built
//! from the host's snapshot ([`Remote::console`]). Controls go to the host as messages through
//! [`crate::game::net::client`]. The view is [`crate::game::views::console`].

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::host_workshop::Hosting;
use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::game::AppSystems;
use crate::game::intent::{ConsoleForm, Intent, WorkshopIntent};
use crate::game::net::board::ClassBoard;
use crate::game::net::client::{NetStatus, Workshop};
use crate::game::net::remote::Remote;
use crate::game::theme::UiSystems;
use crate::game::views::console::{ConsoleView, console_view};
use crate::game::views::remote::Link;
use crate::wording::console as say;
use crate::workshop::protocol::{
    ClientMsg, Control, MAX_IMPORT_MESSAGE_BYTES, MAX_TABLE_NAME, valid_table_name,
};

/// The console's form and its last problem.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct ConsolePage {
    /// The form.
    pub form: ConsoleForm,
    /// The last import problem, in words.
    pub message: Option<String>,
}

impl Default for ConsolePage {
    fn default() -> Self {
        Self {
            form: ConsoleForm {
                timer_minutes: "10".into(),
                ..Default::default()
            },
            message: None,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ConsolePage>();
    app.add_systems(Update, handle_console.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_console
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::Console)),
    );
}

/// Reads an offline table's result file for the import: the message to send, or what is wrong.
/// The file is read here, on the facilitator's device; the host gets only its text.
pub fn import_message(table: &str, path: &str) -> Result<ClientMsg, String> {
    let table = table.trim();
    if !valid_table_name(table) {
        return Err(say::name_the_import(MAX_TABLE_NAME));
    }
    let path = std::path::Path::new(path.trim());
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| say::unreadable(&shown, &e.to_string()))?;
    // Room for the message around the content.
    let limit = MAX_IMPORT_MESSAGE_BYTES - 1024;
    if meta.len() as usize > limit {
        return Err(say::file_too_large(&shown, meta.len() / 1024, limit / 1024));
    }
    let bytes = std::fs::read(path).map_err(|e| say::unreadable(&shown, &e.to_string()))?;
    let content = String::from_utf8(bytes).map_err(|_| say::not_text(&shown))?;
    Ok(ClientMsg::Control {
        control: Control::Import {
            table: table.to_owned(),
            content,
        },
    })
}

fn handle_console(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut page: ResMut<ConsolePage>,
    workshop: Option<ResMut<Workshop>>,
) {
    let here = on.is(Screen::Console);
    let mut workshop = workshop;
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::EditConsole(form)) if here => page.form = form.clone(),
            Intent::Workshop(WorkshopIntent::Import) if here => {
                match import_message(&page.form.import_table, &page.form.import_path) {
                    Ok(msg) => {
                        if let Some(w) = workshop.as_mut() {
                            w.send(msg);
                            page.message = None;
                            page.form.import_path.clear();
                        }
                    }
                    Err(e) => page.message = Some(e),
                }
            }
            Intent::DismissNotice if here => page.message = None,
            _ => {}
        }
    }
}

fn draw_console(
    mut contexts: EguiContexts,
    workshop: Option<Res<Workshop>>,
    remote: Res<Remote>,
    page: Res<ConsolePage>,
    hosting: Option<Res<Hosting>>,
    board: Res<ClassBoard>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut view = build_view(workshop.as_deref(), &remote, &page, hosting.as_deref());
    if board.shown {
        view.board = Some(board.board.clone());
        view.board_saved = board
            .saved
            .as_ref()
            .map(|r| (crate::wording::console::board_saved(r), r.is_ok()));
        if let Some(p) = &board.problem {
            view.message = Some(p.clone());
        }
    }
    if view.timer.is_some() {
        ctx.request_repaint_after(Duration::from_secs(1));
    }
    let mut ui = root_ui(ctx, "console");
    let intent = console_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}

/// The console's view from the link, the host's snapshot and the form.
pub fn build_view(
    workshop: Option<&Workshop>,
    remote: &Remote,
    page: &ConsolePage,
    hosting: Option<&Hosting>,
) -> ConsoleView {
    let link = match workshop {
        Some(w) => Link {
            line: w.status.line(),
            connected: w.status == NetStatus::Connected,
            stopped: w.status.stopped(),
            problem: w.problem.clone(),
        },
        None => Link {
            line: NetStatus::Offline.line(),
            stopped: true,
            ..Default::default()
        },
    };
    ConsoleView {
        link,
        hosting: hosting.map(|h| {
            (
                h.code.clone(),
                h.addresses.first().cloned().unwrap_or_default(),
            )
        }),
        snapshot: remote.console.clone(),
        timer: remote.timer_left(),
        form: page.form.clone(),
        message: page.message.clone().or_else(|| remote.refusal.clone()),
        board: None,
        board_saved: None,
    }
}
