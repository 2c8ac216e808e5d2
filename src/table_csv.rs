//! The one CSV writer: the class debrief board's CSV and the results CSV both go through it.
//! Quoting is the `csv` crate's (RFC 4180, every quote, comma and line break handled); the
//! formula guard is here, once: a cell a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so that an account id
//! or a table name like `=HYPERLINK(…)` is shown as text, never run.

use std::borrow::Cow;

/// A cell as written: guarded against formulas.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// CSV text, one section after another, a blank line between sections.
#[derive(Debug, Default)]
pub struct Csv {
    out: String,
}

impl Csv {
    /// An empty CSV.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one row (cells guarded and quoted as needed).
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let mut w = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let guarded: Vec<Cow<'_, str>> = cells.iter().map(|c| guard(c.as_ref())).collect();
        // Writing to memory cannot fail, and every cell is valid UTF-8.
        let _ = w.write_record(guarded.iter().map(|c| c.as_bytes()));
        let bytes = w.into_inner().unwrap_or_default();
        self.out.push_str(&String::from_utf8_lossy(&bytes));
    }

    /// Starts a new section (a blank line), unless nothing was written yet.
    pub fn section(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
    }

    /// The text.
    pub fn finish(self) -> String {
        self.out
    }
}
