//! The browser seat's own words: the join page, the headings of the seat page, its buttons and
//! the notices a browser shows. Everything the seat page says about the game itself comes from
//! the same functions the game's screens use (sales, pid, delivery, table, remote, debrief).

use crate::engine::Seat;
use crate::tr;

/// The roles by name, as a workshop's seat names them (seller, delivery lead).
pub fn role_names() -> [String; 2] {
    [
        tr!("browser-role-name-seller"),
        tr!("browser-role-name-delivery-lead"),
    ]
}

/// The join page's title.
pub fn join_title() -> String {
    super::console::join_title()
}

/// Under the join page's title.
pub fn join_subtitle() -> String {
    tr!("browser-join-subtitle")
}

/// The room code's label.
pub fn room_code() -> String {
    super::console::room_code()
}

/// The table's label.
pub fn table() -> String {
    tr!("browser-table")
}

/// The seat's label.
pub fn seat() -> String {
    tr!("browser-seat")
}

/// The seats on the join page: seller, delivery lead, both (a hot seat), observer.
pub fn seats() -> [String; 4] {
    [
        super::console::role_seller(),
        super::console::role_delivery_lead(),
        super::console::role_both(),
        super::console::role_observer(),
    ]
}

/// The join button.
pub fn join() -> String {
    super::console::join()
}

/// Shown by a browser that runs no script.
pub fn needs_script() -> String {
    tr!("browser-needs-script")
}

/// How the answers are taken with the keyboard.
pub fn keys_hint() -> String {
    tr!("browser-keys-hint")
}

/// The page's section headings: the room, the decision, the promises, what is known, the
/// document, delivery, the team, the debrief.
pub fn room() -> String {
    tr!("browser-room")
}
/// The decision asked for.
pub fn decide() -> String {
    tr!("browser-decide")
}
/// The promises heard.
pub fn promises() -> String {
    tr!("browser-promises")
}
/// What the seat knows about the client.
pub fn known() -> String {
    tr!("browser-known")
}
/// What the last decision did.
pub fn what_happened() -> String {
    tr!("browser-what-happened")
}
/// The client's patience.
pub fn patience() -> String {
    tr!("browser-patience")
}
/// The delivery board's backlog.
pub fn backlog() -> String {
    tr!("browser-backlog")
}
/// The team.
pub fn team() -> String {
    tr!("browser-team")
}
/// The week's decisions.
pub fn this_week() -> String {
    tr!("browser-this-week")
}
/// The burn-up chart's title.
pub fn burnup() -> String {
    tr!("browser-burnup")
}
/// The debrief's promises.
pub fn debrief_promises() -> String {
    tr!("browser-debrief-promises")
}
/// The meetings still to come and held.
pub fn track() -> String {
    tr!("browser-track")
}
/// Walking away from the deal.
pub fn walk_away() -> String {
    tr!("browser-walk-away")
}
/// Send the retrospective.
pub fn send() -> String {
    tr!("browser-send")
}
/// The seat's role, on the page's bar.
pub fn seat_label(seats: &[Seat], observer: bool) -> String {
    match (seats, observer) {
        (_, true) => super::console::role_observer(),
        ([Seat::Seller], _) => super::console::role_seller(),
        ([Seat::DeliveryLead], _) => super::console::role_delivery_lead(),
        _ => super::console::role_both(),
    }
}

/// Who the screen belongs to now at a hot seat.
pub fn now_playing(seat: Seat) -> String {
    let [seller, lead] = role_names();
    let name = match seat {
        Seat::Seller => seller,
        Seat::DeliveryLead => lead,
    };
    tr!("browser-now-playing", name = name)
}

/// A stakeholder on the page: `Dana Kim, Head of Operations`.
pub fn person(name: &str, role: &str) -> String {
    tr!("browser-person", name = name, role = role)
}

/// The week's decisions a hot seat's other role cannot take, and an answer this seat only hears.
pub fn listening() -> String {
    tr!("browser-listening")
}

/// The link to the class debrief board.
pub fn board_link() -> String {
    tr!("browser-board-link")
}

/// Why a pick is refused: the page it was on has changed.
pub fn not_on_page() -> String {
    tr!("browser-not-on-page")
}

/// Over the whole debrief (the report's pacing chart, moments and rubric) on a seat's last page.
pub fn whole_debrief() -> String {
    tr!("browser-whole-debrief")
}
