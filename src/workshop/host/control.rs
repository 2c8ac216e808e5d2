//! The facilitator's controls, the console snapshot, the once-a-second tick and the import of an
//! offline table's result file.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::log::LogLine;
use super::settings::{Timer, timer_state};
use super::tables::{Refused, Table, Workshop, json, lock, r};
use crate::engine::script::{parse_script, start_and_run};
use crate::engine::{Session, TableMode};
use crate::wording::workshop as words;
use crate::workshop::protocol::{
    ConsoleSnapshot, Control, ErrorCode, HostMsg, SeatChoice, TableStatus,
};

impl Workshop {
    /// The facilitator's console now.
    pub fn console(&self) -> ConsoleSnapshot {
        let now = Instant::now();
        let tables = lock(&self.summaries)
            .iter()
            .map(|(name, s)| TableStatus {
                table: name.clone(),
                mode: s.mode,
                phase: s.phase.clone(),
                meeting: s.meeting.clone(),
                week: s.week,
                promises: s.promises,
                decisions: s.decisions,
                idle_seconds: now.saturating_duration_since(s.last).as_secs(),
                devices: s.devices.clone(),
                waiting_at_gate: s.waiting_at_gate,
                released: s.released,
                imported: s.imported,
            })
            .collect();
        let s = lock(&self.settings);
        ConsoleSnapshot {
            tables,
            paused: s.paused,
            gate_closed: s.gate_closed,
            timer: timer_state(&s),
            leaderboard_shown: s.leaderboard_shown,
            ledgers_revealed: s.ledgers_revealed,
        }
    }

    /// Every table, in name order.
    pub(super) fn all_tables(&self) -> Vec<Arc<Mutex<Table>>> {
        lock(&self.tables).values().cloned().collect()
    }

    /// Sends a message to every device at every table, and to the facilitators.
    fn send_everyone(&self, msg: &HostMsg) {
        let text = json(msg);
        for arc in self.all_tables() {
            lock(&arc).send_all(&text);
        }
        for (_, tx) in lock(&self.facilitators).iter() {
            let _ = tx.send(text.clone());
        }
    }

    /// Sends the console to every facilitator.
    pub fn send_console(&self) {
        let facilitators = lock(&self.facilitators).clone();
        if facilitators.is_empty() {
            return;
        }
        let text = json(&HostMsg::Console(self.console()));
        for (_, tx) in facilitators {
            let _ = tx.send(text.clone());
        }
    }

    /// Recomputes every table's summary (the gate's state changed) and tells each table where it
    /// stands at the gate.
    fn gate_changed(&self) {
        let closed = lock(&self.settings).gate_closed;
        for arc in self.all_tables() {
            let t = lock(&arc);
            self.update_summary(&t);
            t.send_all(&json(&HostMsg::Gate {
                closed,
                released: t.released,
            }));
        }
    }

    /// Applies a facilitator's control (the caller checked the seat).
    pub fn control(&self, control: &Control) -> Result<(), Refused> {
        match control {
            Control::Pause | Control::Resume => {
                let paused = matches!(control, Control::Pause);
                lock(&self.settings).paused = paused;
                self.send_everyone(&HostMsg::Paused { paused });
            }
            Control::StartTimer {
                seconds,
                warn_at,
                label,
            } => {
                let timer = {
                    let mut s = lock(&self.settings);
                    s.timer = Some(Timer {
                        label: label.clone(),
                        ends: Instant::now() + Duration::from_secs(u64::from(*seconds)),
                        warn_at: *warn_at,
                    });
                    timer_state(&s)
                };
                self.send_everyone(&HostMsg::Timer { timer });
            }
            Control::StopTimer => {
                lock(&self.settings).timer = None;
                self.send_everyone(&HostMsg::Timer { timer: None });
            }
            Control::CloseGate | Control::OpenGate => {
                let closed = matches!(control, Control::CloseGate);
                {
                    let mut s = lock(&self.settings);
                    s.gate_closed = closed;
                }
                if !closed {
                    for arc in self.all_tables() {
                        lock(&arc).released = false;
                    }
                }
                self.gate_changed();
            }
            Control::Release { table } => {
                let arc = self
                    .table(table)
                    .ok_or_else(|| r(ErrorCode::NoSuchTable, words::no_such_table(table)))?;
                lock(&arc).released = true;
                self.gate_changed();
            }
            Control::PushEvent { table, event } => {
                let targets = match table {
                    Some(name) => vec![
                        self.table(name)
                            .ok_or_else(|| r(ErrorCode::NoSuchTable, words::no_such_table(name)))?,
                    ],
                    None => self.all_tables(),
                };
                let reveal = lock(&self.settings).ledgers_revealed;
                let one = table.is_some();
                for arc in targets {
                    let mut t = lock(&arc);
                    if t.session.push_refusal(*event).is_some() {
                        if one {
                            return Err(r(ErrorCode::Illegal, words::push_refused(&t.name)));
                        }
                        continue;
                    }
                    t.log
                        .append(&LogLine::Push { event: *event })
                        .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
                    let _ = t.session.push_event(*event);
                    t.version += 1;
                    t.send_all(&json(&HostMsg::Pushed { event: *event }));
                    t.send_views(None, reveal);
                    self.update_summary(&t);
                }
            }
            Control::Broadcast { text } => {
                self.send_everyone(&HostMsg::Broadcast { text: text.clone() });
            }
            Control::RevealLedgers { reveal } => {
                lock(&self.settings).ledgers_revealed = *reveal;
                for arc in self.all_tables() {
                    lock(&arc).send_views(None, *reveal);
                }
            }
            Control::Leaderboard { show } => {
                lock(&self.settings).leaderboard_shown = *show;
            }
            Control::Import { table, content } => self.import(table, content)?,
            Control::FreeSeat { table, seat } => self.free_seat(table, *seat)?,
        }
        self.send_console();
        // The controls survive a restart: a failure to write them is the facilitator's to know.
        if self.changes_settings(control) {
            self.save_settings()
                .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
        }
        Ok(())
    }

    /// Whether a control changes what `workshop.json` keeps.
    fn changes_settings(&self, control: &Control) -> bool {
        !matches!(
            control,
            Control::PushEvent { .. }
                | Control::Broadcast { .. }
                | Control::Import { .. }
                | Control::FreeSeat { .. }
        )
    }

    /// Frees a seat: logged (its token stops working, after a restart too), its device told
    /// and closed, the table's other devices told.
    fn free_seat(&self, table: &str, seat: SeatChoice) -> Result<(), Refused> {
        let arc = self
            .table(table)
            .ok_or_else(|| r(ErrorCode::NoSuchTable, words::no_such_table(table)))?;
        let mut t = lock(&arc);
        let Some(i) = t.slots.iter().position(|s| s.choice == seat) else {
            return Err(r(ErrorCode::NoSuchSeat, words::no_such_seat(table)));
        };
        t.log
            .append(&LogLine::Freed { seat })
            .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
        let slot = t.slots.remove(i);
        if let Some((_, tx)) = slot.conn {
            let _ = tx.send(json(&HostMsg::Error {
                code: ErrorCode::SeatTakenBack,
                message: words::seat_taken_back(table),
            }));
            tx.close();
        }
        t.send_all(&json(&HostMsg::SeatFreed { seat }));
        self.update_summary(&t);
        Ok(())
    }

    /// Imports an offline table's result file from its text: the debrief the game exports
    /// (Markdown or HTML, by its hidden replay record), a save file (the game's `autosave.ron`)
    /// or a script. The host replays the actions itself; the file's scenario
    /// path, if any, is never opened.
    pub fn import(&self, table: &str, content: &str) -> Result<(), Refused> {
        let failed = |d: String| r(ErrorCode::ImportFailed, words::import_failed(&d));
        let table = table.trim();
        if self.table(table).is_some() {
            return Err(failed(format!("a table named \"{table}\" already exists")));
        }
        // An exported debrief (Markdown or HTML) carries its save in a hidden replay record.
        let save = crate::report::replay::extract(content);
        let session = if save.is_none()
            && (content.trim_start().starts_with("Script(") || content.contains("steps:"))
        {
            let script =
                parse_script(content, "the imported file").map_err(|e| failed(e.to_string()))?;
            let (session, result) = start_and_run(self.scenario.clone(), self.seed, &script);
            result.map_err(|e| failed(e.to_string()))?;
            session
        } else {
            let save = save
                .unwrap_or_else(|| crate::saves::parse(content))
                .map_err(failed)?;
            if save.scenario_id != self.scenario.id {
                return Err(failed(format!(
                    "it was played with scenario \"{}\", and this workshop plays \"{}\"",
                    save.scenario_id, self.scenario.id
                )));
            }
            // A hot-seat game's save replays in the mode it was played in, retrospective included.
            Session::replay_mode(self.scenario.clone(), save.seed, save.mode, &save.actions)
                .map_err(|(i, e)| failed(format!("decision {} does not replay: {e}", i + 1)))?
        };
        let mut log = self
            .open_log(table)
            .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
        let mut lines = vec![LogLine::Table {
            table: table.to_owned(),
            mode: session.mode(),
            scenario: self.scenario.id.clone(),
            seed: session.seed(),
            imported: true,
        }];
        // Each action is logged by the seat it belongs to, replayed the same way on restart.
        for a in session.actions() {
            lines.push(LogLine::Action {
                seat: a.seat(),
                action: session.action_key(a),
                by: None,
            });
        }
        for l in &lines {
            log.append(l)
                .map_err(|e| r(ErrorCode::Storage, words::storage(&e.to_string())))?;
        }
        let mut t = Table::new(table, session, log);
        t.imported = true;
        t.version = t.session.actions().len() as u64;
        if t.session.mode() == TableMode::TwoRoles {
            t.released = true;
        }
        self.update_summary(&t);
        lock(&self.tables).insert(table.to_owned(), Arc::new(Mutex::new(t)));
        Ok(())
    }

    /// Once a second: the console to the facilitators and the timer to every device while one
    /// runs.
    pub fn tick(&self) {
        let timer = {
            let s = lock(&self.settings);
            s.timer.is_some().then(|| timer_state(&s))
        };
        if let Some(timer) = timer {
            let text = json(&HostMsg::Timer { timer });
            for arc in self.all_tables() {
                lock(&arc).send_all(&text);
            }
        }
        self.send_console();
    }
}
