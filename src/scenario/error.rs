//! Errors from loading a scenario file: where in the file, and what is wrong.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

/// One semantic problem in a scenario file.
///
/// `path` names the place with the author's field names, e.g.
/// `sales.meetings[2].beats[0].answers[1].promises[0].kind`; it is empty for the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as `field.list[index].field`.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a file is not UTF-8 text, in the author's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NotUtf8Cause {
    /// Saved as UTF-16 (a byte-order mark or a NUL byte between the letters).
    Utf16,
    /// A curly quote (bytes 0x91 to 0x94) from a word processor, saved as Windows-1252.
    CurlyQuote(u8),
    /// Another byte that is not UTF-8 (Latin-1, Windows-1252 or another code page).
    OtherByte(u8),
    /// A NUL byte in the text.
    Nul,
}

impl std::fmt::Display for NotUtf8Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotUtf8Cause::Utf16 => f.write_str(
                "it is saved as UTF-16 (called \"Unicode\" in some editors); save it as UTF-8",
            ),
            NotUtf8Cause::CurlyQuote(b) => write!(
                f,
                "byte 0x{b:02X} is a curly quote ({}) pasted from a word processor and saved as \
                 Windows-1252; type straight quotes (\" or ') and save the file as UTF-8",
                match b {
                    0x91 => "‘",
                    0x92 => "’",
                    0x93 => "“",
                    _ => "”",
                }
            ),
            NotUtf8Cause::OtherByte(b) => write!(
                f,
                "byte 0x{b:02X} is not UTF-8 (the file was probably saved as Windows-1252 or \
                 Latin-1); save it as UTF-8"
            ),
            NotUtf8Cause::Nul => {
                f.write_str("it contains a NUL byte, which text never has; save it as UTF-8 text")
            }
        }
    }
}

/// Why a scenario file could not be loaded.
///
/// The `Display` text starts with the file's origin and, where known, `line:col` (both 1-based,
/// columns count characters). [`LoadError::Invalid`] prints one line per problem.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    #[error("{origin}: the file is {bytes} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The file's name.
        origin: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: usize,
    },
    /// Brackets are nested deeper than [`super::MAX_NESTING`].
    #[error("{origin}:{line}:{col}: brackets are nested more than {limit} deep")]
    TooDeep {
        /// The file's name.
        origin: String,
        /// Line of the bracket that goes too deep (1-based).
        line: usize,
        /// Column of that bracket, in characters (1-based).
        col: usize,
        /// The limit.
        limit: usize,
    },
    /// The file is not UTF-8 text.
    #[error("{origin}:{line}:{col}: the file is not UTF-8 text: {cause}")]
    NotUtf8 {
        /// The file's name.
        origin: String,
        /// Line of the first byte that is not UTF-8 (1-based).
        line: usize,
        /// Its column, in characters of the text before it (1-based).
        col: usize,
        /// What the byte most likely is, in the author's terms.
        cause: NotUtf8Cause,
    },
    /// The file is not valid RON, or a value has the wrong shape for its field.
    #[error("{origin}:{line}:{col}: {message}{}", at_path(field_path))]
    Syntax {
        /// The file's name.
        origin: String,
        /// Line (1-based).
        line: usize,
        /// Column in characters (1-based).
        col: usize,
        /// The field being read, e.g. `sales.meetings[2].beats[0]` (empty at the top level).
        field_path: String,
        /// What went wrong.
        message: String,
    },
    /// The file parses but breaks the scenario rules; every problem found is listed.
    #[error("{}", invalid_lines(origin, problems))]
    Invalid {
        /// The file's name.
        origin: String,
        /// Every problem, in file order.
        problems: Vec<Problem>,
    },
}

fn at_path(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" (at {path})")
    }
}

fn invalid_lines(origin: &str, problems: &[Problem]) -> String {
    if problems.is_empty() {
        return format!("{origin}: the scenario is invalid");
    }
    problems
        .iter()
        .map(|p| format!("{origin}: {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl LoadError {
    /// The file the error is about, as given to the loader.
    pub fn origin(&self) -> Cow<'_, str> {
        match self {
            LoadError::Io { path, .. } => path.to_string_lossy(),
            LoadError::TooLarge { origin, .. }
            | LoadError::TooDeep { origin, .. }
            | LoadError::NotUtf8 { origin, .. }
            | LoadError::Syntax { origin, .. }
            | LoadError::Invalid { origin, .. } => Cow::Borrowed(origin),
        }
    }

    /// The semantic problems, one by one (empty unless this is [`LoadError::Invalid`]).
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }

    /// `(line, col)` in the file, 1-based, when the error has one.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::TooDeep { line, col, .. }
            | LoadError::Syntax { line, col, .. }
            | LoadError::NotUtf8 { line, col, .. } => Some((*line, *col)),
            _ => None,
        }
    }

    /// The `Display` text split into lines, each one standing alone (for a list in a UI).
    pub fn lines(&self) -> Vec<String> {
        self.to_string().lines().map(str::to_owned).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_display_has_place_and_path() {
        let e = LoadError::Syntax {
            origin: "levels/x.scenario.ron".into(),
            line: 12,
            col: 5,
            field_path: "sales.meetings[2].beats[0]".into(),
            message: "Expected closing `)`".into(),
        };
        assert_eq!(
            e.to_string(),
            "levels/x.scenario.ron:12:5: Expected closing `)` (at sales.meetings[2].beats[0])"
        );
        assert_eq!(e.location(), Some((12, 5)));
        assert!(e.problems().is_empty());
    }

    #[test]
    fn syntax_display_without_path() {
        let e = LoadError::Syntax {
            origin: "a.ron".into(),
            line: 1,
            col: 1,
            field_path: String::new(),
            message: "Unexpected end of RON".into(),
        };
        assert_eq!(e.to_string(), "a.ron:1:1: Unexpected end of RON");
    }

    #[test]
    fn invalid_display_is_one_line_per_problem() {
        let e = LoadError::Invalid {
            origin: "levels/x.scenario.ron".into(),
            problems: vec![
                Problem::new("stakeholders", "need 2 to 5 stakeholders, found 1"),
                Problem::new("", "whole file"),
            ],
        };
        assert_eq!(
            e.lines(),
            vec![
                "levels/x.scenario.ron: stakeholders: need 2 to 5 stakeholders, found 1",
                "levels/x.scenario.ron: whole file",
            ]
        );
        assert_eq!(e.problems().len(), 2);
        assert_eq!(e.origin(), "levels/x.scenario.ron");
    }
}
