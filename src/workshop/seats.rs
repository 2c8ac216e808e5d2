//! The seats this device holds in workshops, kept in the game's data folder
//! ([`SEATS_FILE`]): the host's token for each (host address, room, table, seat), so that a
//! laptop whose game crashed, was killed or was closed takes its own seat back when it joins
//! again. Plain data, no Bevy: the game's client reads and writes it.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::protocol::{SeatChoice, normalise_code};

/// The file, in the data folder.
pub const SEATS_FILE: &str = "workshop-seats.json";

/// Most seats kept (the oldest go first).
pub const MAX_SEATS: usize = 32;

/// A seat this device was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldSeat {
    /// The host's WebSocket address.
    pub url: String,
    /// The room code (normalised).
    pub room: String,
    /// The table.
    pub table: String,
    /// The seat.
    pub seat: SeatChoice,
    /// The host's token for it.
    pub token: String,
}

impl HeldSeat {
    fn same_seat(&self, url: &str, room: &str, table: &str, seat: SeatChoice) -> bool {
        self.url == url
            && self.room == normalise_code(room)
            && self.table == table.trim()
            && self.seat == seat
    }
}

/// The seats kept (none when the file is missing or damaged: a damaged file only costs the way
/// back into a seat, which the facilitator can free).
pub fn held(dir: &Path) -> Vec<HeldSeat> {
    std::fs::read(dir.join(SEATS_FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// The token kept for a seat, if any.
pub fn token_for(
    dir: &Path,
    url: &str,
    room: &str,
    table: &str,
    seat: SeatChoice,
) -> Option<String> {
    held(dir)
        .into_iter()
        .find(|h| h.same_seat(url, room, table, seat))
        .map(|h| h.token)
}

fn write(dir: &Path, seats: &[HeldSeat]) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(seats).map_err(std::io::Error::other)?;
    crate::saves::write_atomic(&dir.join(SEATS_FILE), &bytes)
}

/// Keeps the token of a seat (replacing an older one for the same seat).
pub fn remember(
    dir: &Path,
    url: &str,
    room: &str,
    table: &str,
    seat: SeatChoice,
    token: &str,
) -> std::io::Result<()> {
    let mut seats = held(dir);
    seats.retain(|h| !h.same_seat(url, room, table, seat));
    seats.push(HeldSeat {
        url: url.to_owned(),
        room: normalise_code(room),
        table: table.trim().to_owned(),
        seat,
        token: token.to_owned(),
    });
    let extra = seats.len().saturating_sub(MAX_SEATS);
    seats.drain(..extra);
    write(dir, &seats)
}

/// Forgets a seat's token (the host no longer knows it).
pub fn forget(
    dir: &Path,
    url: &str,
    room: &str,
    table: &str,
    seat: SeatChoice,
) -> std::io::Result<()> {
    let mut seats = held(dir);
    let before = seats.len();
    seats.retain(|h| !h.same_seat(url, room, table, seat));
    if seats.len() == before {
        return Ok(());
    }
    write(dir, &seats)
}
