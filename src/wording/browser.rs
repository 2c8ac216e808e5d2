//! The browser seat's own words: the join page, the headings of the seat page, its buttons and
//! the notices a browser shows. Everything the seat page says about the game itself comes from
//! the same functions the game's screens use (sales, pid, delivery, table, remote, debrief).

use crate::engine::Seat;

/// The roles by name, as a workshop's seat names them (seller, delivery lead).
pub const ROLE_NAMES: [&str; 2] = ["the seller", "the delivery lead"];

/// The join page's title.
pub const JOIN_TITLE: &str = super::console::JOIN_TITLE;

/// Under the join page's title.
pub const JOIN_SUBTITLE: &str =
    "Type the room code the facilitator shows, your table's name and the seat you take.";

/// The room code's label.
pub const ROOM_CODE: &str = super::console::ROOM_CODE;

/// The table's label.
pub const TABLE: &str = "Table";

/// The seat's label.
pub const SEAT: &str = "Seat";

/// The seats on the join page: seller, delivery lead, both (a hot seat), observer.
pub const SEATS: [&str; 4] = [
    super::console::ROLE_SELLER,
    super::console::ROLE_DELIVERY_LEAD,
    super::console::ROLE_BOTH,
    super::console::ROLE_OBSERVER,
];

/// The join button.
pub const JOIN: &str = super::console::JOIN;

/// Shown by a browser that runs no script.
pub const NEEDS_SCRIPT: &str = "This seat needs JavaScript: turn it on for this page, or ask the facilitator for a laptop with the game.";

/// How the answers are taken with the keyboard.
pub const KEYS_HINT: &str =
    "Number keys pick a choice, Enter gives it; Tab moves through the buttons.";

/// The page's section headings: the room, the decision, the promises, what is known, the
/// document, delivery, the team, the debrief.
pub const ROOM: &str = "In the room";
/// The decision asked for.
pub const DECIDE: &str = "Your move";
/// The promises heard.
pub const PROMISES: &str = "Promises made";
/// What the seat knows about the client.
pub const KNOWN: &str = "What you know about the client";
/// What the last decision did.
pub const WHAT_HAPPENED: &str = "What just happened";
/// The client's patience.
pub const PATIENCE: &str = "Client patience";
/// The delivery board's backlog.
pub const BACKLOG: &str = "Backlog";
/// The team.
pub const TEAM: &str = "Team";
/// The week's decisions.
pub const THIS_WEEK: &str = "This week";
/// The burn-up chart's title.
pub const BURNUP: &str = "Burn-up: work done against all the work";
/// The debrief's promises.
pub const DEBRIEF_PROMISES: &str = "What became of each promise";
/// The meetings still to come and held.
pub const TRACK: &str = "Meetings";
/// Walking away from the deal.
pub const WALK_AWAY: &str = "Walk away from the deal";
/// Send the retrospective.
pub const SEND: &str = "Send";
/// The seat's role, on the page's bar.
pub fn seat_label(seats: &[Seat], observer: bool) -> &'static str {
    match (seats, observer) {
        (_, true) => super::console::ROLE_OBSERVER,
        ([Seat::Seller], _) => super::console::ROLE_SELLER,
        ([Seat::DeliveryLead], _) => super::console::ROLE_DELIVERY_LEAD,
        _ => super::console::ROLE_BOTH,
    }
}

/// Who the screen belongs to now at a hot seat.
pub fn now_playing(seat: Seat) -> String {
    let name = match seat {
        Seat::Seller => ROLE_NAMES[0],
        Seat::DeliveryLead => ROLE_NAMES[1],
    };
    format!("Now playing: {name}")
}

/// A stakeholder on the page: `Dana Kim, Head of Operations`.
pub fn person(name: &str, role: &str) -> String {
    format!("{name}, {role}")
}

/// The week's decisions a hot seat's other role cannot take, and an answer this seat only hears.
pub const LISTENING: &str = "You listen here: the other role decides.";

/// The link to the class debrief board.
pub const BOARD_LINK: &str = "Class debrief board";

/// Why a pick is refused: the page it was on has changed.
pub const NOT_ON_PAGE: &str = "a choice that is no longer on the page";

/// Over the whole debrief (the report's pacing chart, moments and rubric) on a seat's last page.
pub fn whole_debrief() -> String {
    crate::tr!("browser-whole-debrief")
}
