//! WCAG 2.1 contrast (success criterion 1.4.3, AA: 4.5:1 for text) of every text colour on every
//! background it is drawn on, in the light and the high-contrast theme.

use overpromise::game::theme::Palette;

use bevy_egui::egui::Color32;

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio, 1 to 21.
fn ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Every (text, background) pair the screens draw, by name.
fn pairs(p: &Palette) -> Vec<(String, Color32, Color32)> {
    let texts = [
        ("text", p.text),
        ("text_weak", p.text_weak),
        ("accent", p.accent),
        ("good", p.good),
        ("warn", p.warn),
        ("bad", p.bad),
        ("info", p.info),
    ];
    let grounds = [
        ("bg", p.bg),
        ("panel", p.panel),
        ("card", p.card),
        ("card_hover", p.card_hover),
        ("card_selected", p.card_selected),
        ("paper", p.paper),
    ];
    let mut out = Vec::new();
    for (t, tc) in texts {
        for (g, gc) in grounds {
            out.push((format!("{t} on {g}"), tc, gc));
        }
    }
    // A primary button, its key cap (the accent on the on-accent cap) and the plain key caps.
    out.push(("on_accent on accent".into(), p.on_accent, p.accent));
    out.push(("accent on on_accent".into(), p.accent, p.on_accent));
    out.push(("on_key on key".into(), p.on_key, p.key));
    out
}

fn failures(p: &Palette) -> Vec<String> {
    pairs(p)
        .into_iter()
        .filter_map(|(name, fg, bg)| {
            let r = ratio(fg, bg);
            (r < 4.5).then(|| format!("{name}: {r:.2}:1"))
        })
        .collect()
}

#[test]
fn the_formula_matches_wcag_reference_values() {
    assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic lightest grey that passes AA (4.54:1).
    let grey = Color32::from_rgb(0x76, 0x76, 0x76);
    assert!((ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    // The light theme's former "something to watch" orange failed on the panel colour.
    let old_warn = Color32::from_rgb(0xA8, 0x5D, 0x00);
    assert!(ratio(old_warn, Palette::LIGHT.panel) < 4.5);
}

#[test]
fn every_text_pair_of_the_light_theme_meets_aa() {
    let bad = failures(&Palette::LIGHT);
    assert!(bad.is_empty(), "below 4.5:1 in the light theme: {bad:#?}");
}

#[test]
fn every_text_pair_of_the_high_contrast_theme_meets_aa() {
    let bad = failures(&Palette::HIGH_CONTRAST);
    assert!(
        bad.is_empty(),
        "below 4.5:1 in the high-contrast theme: {bad:#?}"
    );
}

/// The UI scale is egui's zoom, set by the theme (`UiSystems::Theme`) on the one egui context
/// before any screen draws: each of the UI scales gives that many pixels per point.
#[test]
fn the_ui_scale_sets_the_zoom_of_the_context_every_screen_draws_in() {
    use bevy_egui::egui;
    use overpromise::game::settings::{Settings, UI_SCALES};
    for scale in UI_SCALES {
        let ctx = egui::Context::default();
        let settings = Settings {
            ui_scale: scale,
            ..Settings::default()
        };
        overpromise::game::theme::install(&ctx, &settings);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        assert!(
            (ctx.pixels_per_point() - scale).abs() < 1e-4,
            "scale {scale}: {} pixels per point",
            ctx.pixels_per_point()
        );
    }
}

/// Every screen draws in `UiSystems::Screen` (after the theme applied the scale) on the primary
/// egui context, and nothing but the theme changes the zoom or makes another context.
#[test]
fn every_screen_draws_after_the_theme_and_nothing_else_sets_the_zoom() {
    use std::path::Path;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/game");
    for screen in overpromise::game::state::Screen::ALL {
        let file = match screen.name() {
            "host" => "host_workshop".to_string(),
            other => other.to_string(),
        };
        let text = std::fs::read_to_string(root.join("screens").join(format!("{file}.rs")))
            .unwrap_or_else(|e| panic!("screen file for {}: {e}", screen.name()));
        assert!(
            text.contains("EguiPrimaryContextPass") && text.contains("UiSystems::Screen"),
            "the {} screen does not draw in UiSystems::Screen of the primary pass",
            screen.name()
        );
    }
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.ends_with("theme/mod.rs") || path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for forbidden in [
                "set_zoom_factor",
                "set_pixels_per_point",
                "EguiMultipassSchedule",
                "scale_factor_override",
            ] {
                assert!(
                    !text.contains(forbidden),
                    "{} calls {forbidden}: the UI scale would not reach what it draws",
                    path.display()
                );
            }
        }
    }
}
