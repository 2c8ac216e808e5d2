//! Colours: a calm light theme for lit training rooms and a high-contrast theme for projectors.

use bevy_egui::egui::{Color32, Context, Id, Ui};

/// Every colour the screens use, by meaning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// True for the high-contrast theme.
    pub high_contrast: bool,
    /// Window background.
    pub bg: Color32,
    /// Side panels and bars.
    pub panel: Color32,
    /// Cards.
    pub card: Color32,
    /// A card under the pointer.
    pub card_hover: Color32,
    /// The highlighted card.
    pub card_selected: Color32,
    /// Card and panel outlines.
    pub border: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text (still readable on a projector).
    pub text_weak: Color32,
    /// Primary actions and highlights.
    pub accent: Color32,
    /// Text on the accent colour.
    pub on_accent: Color32,
    /// Something good (trust up, kept, in the document).
    pub good: Color32,
    /// Something to watch (guarded, thin patience).
    pub warn: Color32,
    /// Something bad (about to walk, a false claim).
    pub bad: Color32,
    /// Neutral information (facts, notes).
    pub info: Color32,
    /// Key caps.
    pub key: Color32,
    /// Text on key caps.
    pub on_key: Color32,
    /// The "paper" of the PID.
    pub paper: Color32,
    /// The ring around the widget with the keyboard focus (a button reached with Tab, the text
    /// field being typed in): a colour no other outline uses, strong against the background.
    pub focus: Color32,
    /// Outline width for cards.
    pub stroke: f32,
}

impl Palette {
    /// The default light theme.
    pub const LIGHT: Palette = Palette {
        high_contrast: false,
        bg: Color32::from_rgb(0xF3, 0xF0, 0xE8),
        panel: Color32::from_rgb(0xE8, 0xE3, 0xD7),
        card: Color32::from_rgb(0xFF, 0xFF, 0xFF),
        card_hover: Color32::from_rgb(0xFF, 0xF7, 0xE3),
        card_selected: Color32::from_rgb(0xE0, 0xF0, 0xEC),
        border: Color32::from_rgb(0xCF, 0xC6, 0xB4),
        text: Color32::from_rgb(0x1C, 0x23, 0x31),
        text_weak: Color32::from_rgb(0x4F, 0x57, 0x66),
        accent: Color32::from_rgb(0x17, 0x66, 0x61),
        on_accent: Color32::WHITE,
        good: Color32::from_rgb(0x1F, 0x6D, 0x3E),
        warn: Color32::from_rgb(0x97, 0x53, 0x00),
        bad: Color32::from_rgb(0xB0, 0x23, 0x1B),
        info: Color32::from_rgb(0x2A, 0x55, 0x9E),
        key: Color32::from_rgb(0x2B, 0x33, 0x42),
        on_key: Color32::WHITE,
        paper: Color32::from_rgb(0xFF, 0xFE, 0xF9),
        focus: Color32::from_rgb(0x0B, 0x57, 0xD0),
        stroke: 1.0,
    };

    /// White on black, yellow highlights, heavier outlines.
    pub const HIGH_CONTRAST: Palette = Palette {
        high_contrast: true,
        bg: Color32::BLACK,
        panel: Color32::from_rgb(0x0B, 0x0B, 0x0B),
        card: Color32::from_rgb(0x12, 0x12, 0x12),
        card_hover: Color32::from_rgb(0x26, 0x26, 0x26),
        card_selected: Color32::from_rgb(0x2E, 0x28, 0x00),
        border: Color32::WHITE,
        text: Color32::WHITE,
        text_weak: Color32::from_rgb(0xE6, 0xE6, 0xE6),
        accent: Color32::from_rgb(0xFF, 0xD4, 0x00),
        on_accent: Color32::BLACK,
        good: Color32::from_rgb(0x6C, 0xFF, 0x9A),
        warn: Color32::from_rgb(0xFF, 0xD4, 0x00),
        bad: Color32::from_rgb(0xFF, 0x7A, 0x7A),
        info: Color32::from_rgb(0x8C, 0xD2, 0xFF),
        key: Color32::WHITE,
        on_key: Color32::BLACK,
        paper: Color32::from_rgb(0x08, 0x08, 0x08),
        focus: Color32::from_rgb(0x00, 0xE5, 0xFF),
        stroke: 2.0,
    };

    /// The palette for a setting.
    pub fn for_contrast(high: bool) -> Palette {
        if high {
            Palette::HIGH_CONTRAST
        } else {
            Palette::LIGHT
        }
    }

    /// The palette in use in this context (the light one until the theme is applied).
    pub fn of_ctx(ctx: &Context) -> Palette {
        ctx.data(|d| d.get_temp::<Palette>(Self::id()))
            .unwrap_or(Palette::LIGHT)
    }

    /// The palette in use for this UI.
    pub fn of(ui: &Ui) -> Palette {
        Self::of_ctx(ui.ctx())
    }

    /// Stores the palette in the context for the views.
    pub fn install(self, ctx: &Context) {
        ctx.data_mut(|d| d.insert_temp(Self::id(), self));
    }

    fn id() -> Id {
        Id::new("overpromise-palette")
    }
}
