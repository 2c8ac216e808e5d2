//! The browser seat: a join page (`/`), the seat's page (`/seat`) and its WebSocket
//! (`/seat/ws`), for the seller, the delivery lead, a hot seat (with its curtain) and an
//! observer. A browser joins like the game's seat: the same hello (protocol version, room code,
//! table, seat, rejoin token), judged by the same [`super::tables::Workshop::hello`], and gets
//! the same messages; the host turns each into the page's HTML ([`render`]) from the same engine
//! views and the same sentences as the game, before it leaves the host. The page sends back the
//! number of a button, never an action's key: no id reaches the browser.
//!
//! The page's script is a few dozen lines of our own ([`SEAT_JS`]), built into the binary with
//! its style sheet: workshop networks often have no internet, and what it does (put the host's
//! HTML in place, send a button's number, keep the token in `localStorage`) is smaller than
//! htmx and its WebSocket extension would be, with nothing to vendor and keep up to date.

pub mod render;

use std::fmt::Write;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_json::json;

use crate::engine::Seat;
use crate::engine::told::PromiseText;
use crate::engine::view::{PhaseView, RoleView};
use crate::report::html_escape as esc;
use crate::wording::{browser as words, remote, table};
use crate::workshop::protocol::{ActionKey, ClientMsg, ErrorCode, HostMsg, PROTOCOL, SeatChoice};

pub use render::Page;

/// The page's script (vendored: our own, no library).
pub const SEAT_JS: &str = include_str!("seat.js");

/// The page's style sheet.
pub const SEAT_CSS: &str = include_str!("seat.css");

/// What a browser sends besides the game seat's hello, ping and retrospective: a button's
/// number on the page it was drawn on, its retrospective by the form's place, and lifting a hot
/// seat's curtain.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum BrowserMsg {
    /// Button `n` (from 1) of the page at `version`, as decision `seq`.
    Pick {
        /// The device's decision number.
        seq: u64,
        /// The button's number.
        n: usize,
        /// The version of the page it was on.
        version: u64,
    },
    /// The retrospective of the view at place `r` on the page.
    Retro {
        /// The form's place.
        r: usize,
        /// "What went wrong for me".
        went_wrong: String,
        /// "What I needed from the other role".
        needed: String,
    },
    /// A hot seat's curtain lifted: show the seat it hid.
    Lift,
}

/// What the host remembers of a browser seat to draw its page.
#[derive(Debug, Default)]
pub struct SeatState {
    choice: Option<SeatChoice>,
    title: String,
    table: String,
    views: Vec<RoleView>,
    version: u64,
    revealed: Option<Vec<PromiseText>>,
    paused: bool,
    gate: bool,
    broadcast: Option<String>,
    notice: Option<String>,
    timer: Option<(String, u32)>,
    /// A hot seat: whose screen is shown (`Some(None)`: both sit at it, in a meeting the
    /// delivery lead attends), and whose the curtain waits to show.
    shown: Option<Option<Seat>>,
    curtain: Option<Option<Seat>>,
    page: Page,
}

/// A browser's shared state: the writer draws pages, the reader reads the buttons' decisions.
pub type Shared = Arc<Mutex<SeatState>>;

/// The marker the reader queues to have the page drawn again (a curtain lifted).
pub const REDRAW: &str = "{\"type\":\"redraw\"}";

fn lock(s: &Shared) -> std::sync::MutexGuard<'_, SeatState> {
    s.lock().unwrap_or_else(|e| e.into_inner())
}

impl SeatState {
    /// Whose screen a hot seat shows now: both seats in a meeting the delivery lead attends
    /// (`None`), else the one whose turn it is (the seller first).
    fn due(&self) -> Option<Seat> {
        let in_beat = |v: &RoleView| {
            v.sales.as_ref().is_some_and(|p| {
                matches!(p.stage, crate::engine::view::sales::StageView::Beat { .. })
            })
        };
        if self.views.iter().all(in_beat) {
            return None;
        }
        self.views
            .iter()
            .find(|v| v.your_turn)
            .map(|v| v.seat)
            .or(self.shown.flatten())
            .or(Some(Seat::Seller))
    }

    /// Draws the page now.
    fn draw(&mut self) -> String {
        let mut p = Page::default();
        let _ = write!(
            p.html,
            "<div id=\"page\"{}><header class=\"bar\"><p><strong>{}</strong> · {}</p>",
            // The version names the table's state once the first view has come.
            if self.views.is_empty() {
                String::new()
            } else {
                format!(" data-version=\"{}\"", self.version)
            },
            esc(&self.title),
            esc(&remote::seat_subtitle(
                &words::seat_label(
                    &self.choice.map(SeatChoice::seats).unwrap_or_default(),
                    self.choice == Some(SeatChoice::Observer)
                ),
                &self.table,
                &remote::connected()
            ))
        );
        let mut chips: Vec<(&str, String)> = Vec::new();
        if self.paused {
            chips.push(("warn", remote::paused()));
        }
        if self.gate {
            chips.push(("warn", remote::gate_closed()));
        }
        if let Some((label, left)) = &self.timer {
            chips.push(("", remote::timer(label, *left)));
        }
        if let Some(b) = &self.broadcast {
            chips.push(("info", remote::broadcast(b)));
        }
        if let Some(n) = &self.notice {
            chips.push(("bad", n.clone()));
        }
        for (class, text) in chips {
            let _ = write!(
                p.html,
                "<p class=\"chip {class}\" role=\"status\">{}</p>",
                esc(&text)
            );
        }
        p.html.push_str("</header>");
        let over = self.views.iter().any(|v| v.phase == PhaseView::Over);
        if self.views.is_empty() {
            let _ = write!(p.html, "<p>{}</p>", esc(&remote::joining()));
        } else if self.views.len() == 1 || over {
            for (i, v) in self.views.iter().enumerate() {
                let revealed = self.revealed.as_ref().map(|l| render::revealed_lines(l, v));
                p.html.push_str("<section class=\"view\">");
                render::view_page(&mut p, v, i, revealed.as_deref());
                p.html.push_str("</section>");
            }
        } else {
            let due = self.due();
            let shown = *self.shown.get_or_insert(due);
            if due != shown {
                self.curtain = Some(due);
                let phase = &self.views[0].phase;
                let names = words::role_names();
                let c = table::curtain(due, phase, names.each_ref().map(String::as_str));
                let _ = write!(
                    p.html,
                    "<section class=\"curtain\"><h1>{}</h1><p>{}</p><p>{}</p>\
                     <button type=\"button\" data-lift=\"1\" autofocus>{}</button></section>",
                    esc(&c.title),
                    esc(&c.look_away),
                    esc(&c.why),
                    esc(&c.button)
                );
            } else {
                // In a meeting both roles sit in (nobody is due alone), the room is drawn once.
                let mut room_drawn = false;
                for (i, v) in self.views.iter().enumerate() {
                    if shown.is_some_and(|s| s != v.seat) {
                        continue;
                    }
                    let _ = write!(
                        p.html,
                        "<section class=\"view\"><p class=\"chip\">{}</p>",
                        esc(&words::now_playing(v.seat))
                    );
                    if shown.is_none() && room_drawn && v.sales.is_some() {
                        render::decision_only(&mut p, v);
                    } else {
                        render::view_page(&mut p, v, i, None);
                        room_drawn |= v.sales.is_some();
                    }
                    p.html.push_str("</section>");
                }
            }
        }
        let _ = write!(
            p.html,
            "<p class=\"keys\">{}</p></div>",
            esc(&words::keys_hint())
        );
        let html = std::mem::take(&mut p.html);
        self.page = p;
        html
    }

    /// What a message from the host becomes for the browser (none: nothing to show).
    pub fn on_host(&mut self, text: &str) -> Option<String> {
        let Ok(msg) = serde_json::from_str::<HostMsg>(text) else {
            // The reader's REDRAW.
            return Some(json!({ "html": self.draw() }).to_string());
        };
        match msg {
            HostMsg::Welcome {
                table,
                seat,
                token,
                title,
                last_seq,
                ..
            } => {
                self.choice = Some(seat);
                self.table = table;
                self.title = title;
                return Some(
                    json!({ "token": token, "last_seq": last_seq, "html": self.draw() })
                        .to_string(),
                );
            }
            HostMsg::View {
                version,
                views,
                revealed_ledger,
                ..
            } => {
                self.version = version;
                self.views = views;
                self.revealed = revealed_ledger;
                self.notice = None;
            }
            HostMsg::Refused { message, .. } => self.notice = Some(message),
            HostMsg::Error { code, message } => {
                let joined = self.choice.is_some();
                return Some(
                    json!({ "error": message, "joined": joined, "retry": !matches!(code, ErrorCode::ProtocolTooOld { .. } | ErrorCode::ProtocolTooNew { .. } | ErrorCode::WrongRoom | ErrorCode::SlowDown { .. }) })
                        .to_string(),
                );
            }
            HostMsg::Paused { paused } => self.paused = paused,
            HostMsg::Gate { closed, released } => self.gate = closed && !released,
            HostMsg::Broadcast { text } => self.broadcast = Some(text),
            HostMsg::Timer { timer } => {
                self.timer = timer.map(|t| (t.label, t.seconds_left));
            }
            HostMsg::Pushed { event } => self.notice = Some(remote::pushed_event(&event)),
            HostMsg::SeatFreed { .. } => {
                let seats = self.choice.map(SeatChoice::seats).unwrap_or_default();
                let others: Vec<Seat> = [Seat::Seller, Seat::DeliveryLead]
                    .into_iter()
                    .filter(|s| !seats.contains(s))
                    .collect();
                self.notice = Some(remote::seat_freed(&others));
            }
            HostMsg::Pong { nonce } => return Some(json!({ "pong": nonce }).to_string()),
            HostMsg::Flagged { .. } | HostMsg::Console(_) => return None,
        }
        self.choice?;
        Some(json!({ "html": self.draw() }).to_string())
    }
}

/// What a browser's message is for the host: the game seat's message it stands for, or a
/// refusal to send back (a button no longer on the page), or a redraw (a curtain lifted).
pub enum Read {
    /// Judge this as the game seat's message.
    Client(String),
    /// Send this back.
    Refuse(HostMsg),
    /// Draw the page again.
    Redraw,
    /// Send this back, joined or not (a browser seat asking for the facilitator's seat: the
    /// console in a browser is behind the facilitator key, [`super::console`]).
    Deny(HostMsg),
}

/// Reads a browser's message: its own ([`BrowserMsg`]) turned into the game seat's, anything
/// else (the hello, a ping) passed on as it is, to be judged by the same checks.
pub fn read(state: &Shared, text: &str) -> Read {
    let Ok(msg) = serde_json::from_str::<BrowserMsg>(text) else {
        if let Ok(ClientMsg::Hello {
            seat: SeatChoice::Facilitator,
            ..
        }) = serde_json::from_str::<ClientMsg>(text)
        {
            return Read::Deny(HostMsg::Error {
                code: ErrorCode::NotFacilitator,
                message: crate::wording::workshop::not_facilitator(),
            });
        }
        return Read::Client(text.to_owned());
    };
    let mut s = lock(state);
    let client = match msg {
        BrowserMsg::Pick { seq, n, version } => {
            let pick = (version == s.version)
                .then(|| n.checked_sub(1).and_then(|i| s.page.choices.get(i)))
                .flatten();
            match pick {
                Some((seat, action)) => ClientMsg::Decision {
                    seq,
                    seat: Some(*seat),
                    action: action.clone(),
                },
                None => {
                    return Read::Refuse(HostMsg::Refused {
                        seq: Some(seq),
                        code: ErrorCode::Malformed,
                        refusal: None,
                        message: crate::wording::workshop::malformed(&words::not_on_page()),
                    });
                }
            }
        }
        BrowserMsg::Retro {
            r,
            went_wrong,
            needed,
        } => ClientMsg::Retrospective {
            seat: s.views.get(r).map(|v| v.seat),
            went_wrong,
            needed,
        },
        BrowserMsg::Lift => {
            if let Some(c) = s.curtain.take() {
                s.shown = Some(c);
            }
            return Read::Redraw;
        }
    };
    Read::Client(serde_json::to_string(&client).unwrap_or_default())
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/seat.css\"></head>{body}</html>\n",
        esc(title),
        lang = crate::wording::i18n::language().tag()
    )
}

/// The join page: room code, table and seat.
pub fn join_page() -> String {
    let values = ["seller", "delivery_lead", "both", "observer"];
    let mut options = String::new();
    for (v, label) in values.iter().zip(words::seats()) {
        let _ = write!(options, "<option value=\"{v}\">{}</option>", esc(&label));
    }
    page(
        &words::join_title(),
        &format!(
            "<body><main class=\"join\"><h1>{t}</h1><p>{sub}</p>\
             <form action=\"/seat\" method=\"get\">\
             <label for=\"room\">{room}</label><input id=\"room\" name=\"room\" required \
             maxlength=\"32\" autocomplete=\"off\" autocapitalize=\"characters\" autofocus>\
             <label for=\"table\">{table}</label><input id=\"table\" name=\"table\" required \
             maxlength=\"40\">\
             <label for=\"seat\">{seat}</label><select id=\"seat\" name=\"seat\">{options}</select>\
             <button type=\"submit\">{join}</button></form>\
             <p><a href=\"/board\">{board}</a></p></main></body>",
            t = esc(&words::join_title()),
            sub = esc(&words::join_subtitle()),
            room = esc(&words::room_code()),
            table = esc(&words::table()),
            seat = esc(&words::seat()),
            join = esc(&words::join()),
            board = esc(&words::board_link()),
        ),
    )
}

/// The seat's page: the script fills `<main>` with what the host draws.
pub fn seat_page() -> String {
    page(
        &remote::workshop(),
        &format!(
            "<body data-protocol=\"{PROTOCOL}\"><main id=\"seat\" aria-live=\"polite\">\
             <p>{joining}</p></main><p id=\"notice\" role=\"alert\" hidden></p>\
             <p id=\"back\" hidden><a href=\"/\">{back}</a></p>\
             <noscript><p>{noscript}</p></noscript><script src=\"/seat.js\"></script></body>",
            joining = esc(&remote::joining()),
            back = esc(&remote::back_to_join()),
            noscript = esc(&words::needs_script()),
        ),
    )
}

/// The decisions behind a page's buttons, in order: what the host maps a button's number to
/// (for tests: which button gives an action).
pub fn choices(views: &[RoleView]) -> Vec<(Seat, ActionKey)> {
    let mut s = SeatState {
        choice: Some(if views.len() > 1 {
            SeatChoice::Both
        } else {
            SeatChoice::Seller
        }),
        views: views.to_vec(),
        ..Default::default()
    };
    s.draw();
    s.page.choices
}
