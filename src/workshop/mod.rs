//! The workshop: one host runs every table's session, devices join with a room code over a
//! WebSocket ([`protocol`]), and the facilitator's console and the class debrief board read the
//! host's state. No Bevy here: the host builds with `--no-default-features`.

pub mod host;
pub mod protocol;
pub mod seats;
