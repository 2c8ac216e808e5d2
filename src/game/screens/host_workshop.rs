//! The host screen's plugin and systems: the room code and port, starting the workshop host in
//! this process ([`crate::workshop::host::spawn`], on its own runtime thread), showing its
//! address and code for the projector, and opening the facilitator's console on this device
//! (a facilitator connection to the host, like any other device's). The view is
//! [`crate::game::views::host_workshop`].

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{Screen, ScreenGate, ScreenIo, root_ui};
use crate::game::intent::{HostForm, Intent, WorkshopIntent};
use crate::game::levels::Catalogue;
use crate::game::net::client::{JoinAs, Workshop, waker_of};
use crate::game::net::remote::Remote;
use crate::game::theme::UiSystems;
use crate::game::views::host_workshop::{HostView, Running, host_view};
use crate::game::waker::AppWaker;
use crate::game::{AppSystems, GameConfig};
use crate::wording::console as say;
use crate::workshop::host::{HostConfig, HostHandle, make_code};
use crate::workshop::protocol::{SeatChoice, normalise_code};

/// The port a workshop host listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 7878;

/// The workshop host running in this process (dropping it stops the host).
#[derive(Resource)]
pub struct Hosting {
    /// The host (dropping it stops the host).
    pub handle: HostHandle,
    /// The room code.
    pub code: String,
    /// The port it listens on.
    pub port: u16,
    /// The addresses tables type, best first.
    pub addresses: Vec<String>,
}

/// The host form while the screen is open.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct HostPage {
    /// The form.
    pub form: HostForm,
    /// Why the host did not start.
    pub error: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HostPage>();
    app.add_systems(Update, handle_host.in_set(AppSystems::Navigate));
}

pub(super) fn ui_plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_host
            .in_set(UiSystems::Screen)
            .run_if(in_state(Screen::HostWorkshop)),
    );
}

/// Checks the host form: the room code and port, or every problem in words.
pub fn check(form: &HostForm) -> Result<(String, u16), Vec<String>> {
    let mut problems = Vec::new();
    let code = normalise_code(&form.code);
    // A host's code is at least 4 characters: short enough to read out, long enough to guess
    // slowly.
    if code.len() < 4 || !crate::workshop::protocol::room_code_shape(&code) {
        problems.push(say::host_code_shape().to_owned());
    }
    let port = match form.port.trim().parse::<u16>() {
        Ok(p) if p > 0 => Some(p),
        _ => {
            problems.push(say::port_shape());
            None
        }
    };
    match port {
        Some(p) if problems.is_empty() => Ok((code, p)),
        _ => Err(problems),
    }
}

/// The addresses other devices can reach this one at: the address of the network interface
/// that leads outside (no packet is sent to find it), then this device itself.
pub fn addresses(port: u16) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(s) = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        && s.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).is_ok()
        && let Ok(a) = s.local_addr()
        && !a.ip().is_loopback()
        && !a.ip().is_unspecified()
    {
        out.push(format!("{}:{port}", a.ip()));
    }
    out.push(format!("127.0.0.1:{port}"));
    out
}

#[allow(clippy::too_many_arguments)]
fn handle_host(
    mut intents: MessageReader<Intent>,
    on: ScreenGate<'_>,
    mut page: ResMut<HostPage>,
    hosting: Option<Res<Hosting>>,
    config: Res<GameConfig>,
    catalogue: Res<Catalogue>,
    waker: Option<Res<AppWaker>>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
) {
    let (title, here) = (on.is(Screen::Title), on.is(Screen::HostWorkshop));
    for intent in intents.read() {
        match intent {
            Intent::Workshop(WorkshopIntent::OpenHost) if title => {
                if hosting.is_none() {
                    page.form = HostForm {
                        code: make_code(),
                        port: DEFAULT_PORT.to_string(),
                    };
                    page.error = None;
                }
                next.set(Screen::HostWorkshop);
            }
            Intent::Back if here && hosting.is_none() => next.set(Screen::Title),
            Intent::Workshop(WorkshopIntent::EditHost(form)) if here => page.form = form.clone(),
            Intent::Workshop(WorkshopIntent::StartHost) if here && hosting.is_none() => {
                let Ok((code, port)) = check(&page.form) else {
                    continue;
                };
                let Some((_, scenario)) = catalogue.first_shipped() else {
                    page.error = Some(say::no_level());
                    continue;
                };
                let host_config = HostConfig {
                    bind: SocketAddr::from((Ipv4Addr::UNSPECIFIED, port)),
                    code: code.clone(),
                    seed: scenario.default_seed,
                    scenario: scenario.clone(),
                    data: config.data_dir.as_ref().map(|d| d.join("workshop")),
                };
                match crate::workshop::host::spawn(host_config) {
                    Ok(handle) => {
                        let port = handle.addr().port();
                        commands.insert_resource(Hosting {
                            handle,
                            code,
                            port,
                            addresses: addresses(port),
                        });
                        page.error = None;
                    }
                    Err(e) => page.error = Some(format!("{e}")),
                }
            }
            Intent::Workshop(WorkshopIntent::OpenConsole) if here => {
                let Some(h) = &hosting else { continue };
                let join = JoinAs {
                    room: h.code.clone(),
                    table: String::new(),
                    seat: SeatChoice::Facilitator,
                    key: h.handle.facilitator_key(),
                };
                let url = format!("ws://127.0.0.1:{}/ws", h.port);
                match Workshop::connect(
                    &url,
                    join,
                    waker_of(waker.as_deref()),
                    config.data_dir.as_deref(),
                ) {
                    Ok(w) => {
                        commands.insert_resource(w);
                        commands.insert_resource(Remote::default());
                        next.set(Screen::Console);
                    }
                    Err(e) => page.error = Some(say::console_failed(&e.to_string())),
                }
            }
            Intent::Workshop(WorkshopIntent::Leave) if here => {
                // Dropping the handle stops the host; its decisions stay on disk.
                commands.remove_resource::<Hosting>();
                next.set(Screen::Title);
            }
            _ => {}
        }
    }
}

fn draw_host(
    mut contexts: EguiContexts,
    page: Res<HostPage>,
    hosting: Option<Res<Hosting>>,
    mut io: ScreenIo,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = HostView {
        form: page.form.clone(),
        problems: match check(&page.form) {
            Ok(_) => Vec::new(),
            Err(p) => p,
        },
        running: hosting.as_deref().map(|h| Running {
            addresses: h.addresses.clone(),
            code: h.code.clone(),
            board: say::board_url(h.addresses.first().map_or("", String::as_str)),
        }),
        error: page.error.clone(),
    };
    let mut ui = root_ui(ctx, "host");
    let intent = host_view(&mut ui, &view);
    io.send(intent);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_codes_are_readable() {
        let c = make_code();
        assert_eq!(c.len(), 6);
        assert!(
            check(&HostForm {
                code: c,
                port: "7878".into()
            })
            .is_ok()
        );
    }

    #[test]
    fn the_host_never_starts_without_a_code() {
        let p = check(&HostForm {
            code: " ".into(),
            port: "0".into(),
        })
        .unwrap_err();
        assert_eq!(p.len(), 2);
    }
}
