//! Keyboard helpers for the views: number keys, Enter, Escape, the arrows, and moving a highlight.

use bevy_egui::egui::{Key, Ui};

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
    ui.input(|i| KEYS.iter().position(|k| i.key_pressed(*k)))
}

/// True when `key` was pressed this frame.
pub fn pressed(ui: &Ui, key: Key) -> bool {
    ui.input(|i| i.key_pressed(key))
}

/// Enter (or the keypad's Enter).
pub fn enter(ui: &Ui) -> bool {
    pressed(ui, Key::Enter)
}

/// Escape.
pub fn escape(ui: &Ui) -> bool {
    pressed(ui, Key::Escape)
}

/// -1 for up, +1 for down, 0 otherwise.
pub fn up_down(ui: &Ui) -> i32 {
    ui.input(|i| i.key_pressed(Key::ArrowDown) as i32 - i.key_pressed(Key::ArrowUp) as i32)
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
