//! Plain-words formatting shared by the engine's debrief, the reports and the game.

/// A whole amount of money with thousands separators and a real minus sign: `112,000`, `−3,200`.
/// Scenarios name no currency, so none is printed.
pub fn money(x: f32) -> String {
    let rounded = x.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0 {
        format!("−{out}")
    } else {
        out
    }
}

/// A signed money delta: `+4,200` or `−1,800` (zero has no sign).
pub fn money_delta(x: f32) -> String {
    if x.round() as i64 > 0 {
        format!("+{}", money(x))
    } else {
        money(x)
    }
}

/// A signed number with a real minus sign and `decimals` places: `+3`, `−1.5` (zero has no sign).
pub fn signed(x: f32, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let zero = s.chars().all(|c| c == '0' || c == '.');
    if zero {
        s
    } else if x < 0.0 {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_groups_thousands_and_uses_a_real_minus() {
        assert_eq!(money(0.0), "0");
        assert_eq!(money(999.4), "999");
        assert_eq!(money(1000.0), "1,000");
        assert_eq!(money(-1234567.0), "−1,234,567");
        assert_eq!(money_delta(4200.0), "+4,200");
        assert_eq!(money_delta(-0.2), "0");
        assert_eq!(signed(-1.49, 1), "−1.5");
        assert_eq!(signed(0.01, 1), "0.0");
    }
}
