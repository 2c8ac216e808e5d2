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
