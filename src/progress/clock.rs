//! Dates and durations in ISO 8601, computed from Unix seconds without a date crate.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since 1970-01-01 UTC, now (0 if the clock is before 1970).
pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// (year, month, day) of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// `2026-12-01T21:36:28Z`.
pub fn iso8601(unix: u64) -> String {
    let (y, mo, d) = civil((unix / 86_400) as i64);
    let s = unix % 86_400;
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// `2026-12-01`.
pub fn iso_date(unix: u64) -> String {
    let (y, mo, d) = civil((unix / 86_400) as i64);
    format!("{y:04}-{mo:02}-{d:02}")
}

/// An ISO 8601 duration in hours, minutes and seconds to the hundredth: `PT1H2M3.5S`, `PT0S`.
pub fn iso_duration(seconds: f32) -> String {
    let centis = (f64::from(seconds.max(0.0)) * 100.0).round() as u64;
    let (h, m, c) = (centis / 360_000, centis / 6000 % 60, centis % 6000);
    let mut out = String::from("PT");
    if h > 0 {
        out += &format!("{h}H");
    }
    if m > 0 {
        out += &format!("{m}M");
    }
    if c > 0 || (h == 0 && m == 0) {
        if c % 100 == 0 {
            out += &format!("{}S", c / 100);
        } else {
            let s = format!("{}.{:02}", c / 100, c % 100);
            out += s.trim_end_matches('0');
            out += "S";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_durations() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_796_160_988), "2026-12-01T21:36:28Z");
        assert_eq!(iso_date(1_796_160_988), "2026-12-01");
        assert_eq!(iso_duration(0.0), "PT0S");
        assert_eq!(iso_duration(3723.5), "PT1H2M3.5S");
        assert_eq!(iso_duration(60.0), "PT1M");
        assert_eq!(iso_duration(4.25), "PT4.25S");
    }
}
