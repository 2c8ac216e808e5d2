//! Keyboard helpers for the views: number keys, Enter, Escape, the arrows, and moving a highlight.
//!
//! The one key gate: every helper here answers nothing while a text field has the keyboard
//! ([`typing`]), so a name or a retrospective answer never fires a screen's shortcut, and no view
//! can forget to check. Enter and Space belong to a focused button (egui clicks it), so they
//! answer nothing while any widget has the focus. A number key or an arrow is a shortcut: it takes
//! the focus from the button Tab left it on, so the Enter after it confirms the screen's choice;
//! Esc with a widget focused only lets go of the focus.
//! Views read keys only through these helpers.

use bevy_egui::egui::{InputState, Key, Ui};

/// True while a text field has the keyboard focus: its keys are its own.
pub fn typing(ui: &Ui) -> bool {
    ui.ctx().text_edit_focused()
}

/// True while some widget (a button reached with Tab, a text field) has the keyboard focus.
pub fn focused(ui: &Ui) -> bool {
    ui.ctx().memory(|m| m.focused().is_some())
}

/// Reads the input for a shortcut: `None` while a text field has the focus ([`typing`]), or when
/// a modifier (Ctrl, Alt, Shift, Cmd) is held.
pub fn read<R>(ui: &Ui, f: impl FnOnce(&InputState) -> Option<R>) -> Option<R> {
    if typing(ui) {
        return None;
    }
    ui.input(|i| if i.modifiers.any() { None } else { f(i) })
}

/// The number key pressed this frame, as a 0-based index (1 → 0 … 9 → 8).
pub fn number(ui: &Ui) -> Option<usize> {
    const KEYS: [Key; 9] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    let n = read(ui, |i| KEYS.iter().position(|k| i.key_pressed(*k)));
    if n.is_some() {
        let_go(ui);
    }
    n
}

/// The focus leaves the widget that has it (a shortcut was used instead of Tab).
fn let_go(ui: &Ui) {
    ui.ctx().memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
}

/// True when `key` was pressed this frame (and no text field has the focus); Enter and Space
/// only while no widget has the focus (they click the focused one).
pub fn pressed(ui: &Ui, key: Key) -> bool {
    if matches!(key, Key::Enter | Key::Space) && focused(ui) {
        return false;
    }
    read(ui, |i| i.key_pressed(key).then_some(())).is_some()
}

/// Enter (or the keypad's Enter), unless a widget has the focus: then Enter clicks that widget.
pub fn enter(ui: &Ui) -> bool {
    pressed(ui, Key::Enter)
}

/// Enter that submits a form: pressed with no widget focused, or in one of the form's own
/// single-line fields (which Enter leaves). Only for screens that are one form (joining or
/// hosting a workshop), where Enter in the last field typed is the natural way to send it.
pub fn submit(ui: &Ui) -> bool {
    let in_field = typing(ui) && ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.any());
    in_field || enter(ui)
}

/// Escape, unless it only let go of the focus (of a button reached with Tab or a text field).
pub fn escape(ui: &Ui) -> bool {
    !crate::game::theme::had_focus(ui.ctx()) && pressed(ui, Key::Escape)
}

/// -1 for up, +1 for down, 0 otherwise.
pub fn up_down(ui: &Ui) -> i32 {
    let d = read(ui, |i| {
        Some(i.key_pressed(Key::ArrowDown) as i32 - i.key_pressed(Key::ArrowUp) as i32)
    })
    .unwrap_or(0);
    if d != 0 {
        let_go(ui);
    }
    d
}

/// The label of number key `i` (0-based).
pub fn label(i: usize) -> String {
    (i + 1).to_string()
}

/// Moves a highlight by the arrow keys within `0..len`.
pub fn step_highlight(current: Option<usize>, delta: i32, len: usize) -> Option<usize> {
    if len == 0 || delta == 0 {
        return None;
    }
    let next = match current {
        None if delta > 0 => 0,
        None => len - 1,
        Some(c) => (c as i32 + delta).clamp(0, len as i32 - 1) as usize,
    };
    Some(next)
}
