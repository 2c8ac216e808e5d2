//! RON's syntax errors told in the author's words, at the place the author has to fix.
//!
//! RON reports what its parser expected ("Expected option", "Expected closing `)`"); authors are
//! not programmers, and in the game "option" means an answer. The common mistakes are recognised
//! from the text around the error and explained instead: a decimal point in a whole number,
//! curly quotes from a word processor, an optional value not wrapped in `Some(...)`, and a missing
//! comma or closing bracket, which RON only notices at the next field, a line or more too late.

/// A syntax error rewritten for the author: where, what, and the field it concerns.
#[derive(Debug, PartialEq)]
pub(super) struct Plain {
    /// Line, 1-based.
    pub line: usize,
    /// Column in characters, 1-based.
    pub col: usize,
    /// What is wrong and how to fix it.
    pub message: String,
    /// The field it concerns (author's names), possibly empty.
    pub field_path: String,
}

/// The author's version of the RON error `code` at `line:col` while reading `field_path`, when
/// it is one of the common mistakes; `None` keeps RON's own words.
///
/// `reparse` parses a repaired copy of the text and returns where it fails (`None`: it parses);
/// a missing comma or bracket is only diagnosed when inserting it gets the parse past the line
/// where RON stopped.
pub(super) fn explain(
    src: &str,
    code: &ron::error::Error,
    line: usize,
    col: usize,
    field_path: &str,
    reparse: &dyn Fn(&str) -> Option<(usize, usize)>,
) -> Option<Plain> {
    use ron::error::Error as E;
    let at = offset(src, line, col)?;
    let here = |message: String| Plain {
        line,
        col,
        message,
        field_path: field_path.to_owned(),
    };
    // RON may place the error before the spaces that precede the offending character.
    let token = at + (src[at..].len() - src[at..].trim_start().len());
    if let Some(q @ ('“' | '”' | '‘' | '’' | '„' | '«' | '»')) = src[token..].chars().next()
    {
        let (line, col) = place(src, token);
        return Some(Plain {
            line,
            col,
            field_path: field_path.to_owned(),
            message: format!(
                "`{q}` is a curly quote, as word processors type them: put text between straight \
             quotes `\"` instead"
            ),
        });
    }
    if let Some(number) = decimal_at(src, at) {
        let before = src[..at - number.len()].trim_end();
        let message = if before.ends_with("Deadline(") {
            format!(
                "weeks are a whole number: write `Deadline({})`, not `Deadline({number}{})`",
                whole(number, &src[at..]),
                fraction(&src[at..])
            )
        } else {
            format!(
                "this value is a whole number: write `{}` without a decimal point, not `{number}{}`",
                whole(number, &src[at..]),
                fraction(&src[at..])
            )
        };
        return Some(here(message));
    }
    if matches!(code, E::ExpectedOption) {
        let field = field_path
            .rsplit('.')
            .next()
            .filter(|f| !f.is_empty() && !f.contains('['))
            .unwrap_or("this field");
        return Some(here(format!(
            "`{field}` is optional, so a value given for it is wrapped in `Some(...)`: write \
             `{field}: Some(...)` around the value, or leave the field out"
        )));
    }
    if matches!(code, E::MissingStructField { .. } | E::TrailingCharacters) {
        return None;
    }
    missing_separator(src, at, line, field_path, reparse)
}

/// A comma or closing bracket missing at the end of the content before the error, when adding it
/// lets the parse get past the error's line.
fn missing_separator(
    src: &str,
    at: usize,
    line: usize,
    field_path: &str,
    reparse: &dyn Fn(&str) -> Option<(usize, usize)>,
) -> Option<Plain> {
    let end = content_end(src, at)?;
    // Only when the error is on a later line than that content: "reported too late".
    if !src[end..at].contains('\n') {
        return None;
    }
    let ends_with_comma = src[..end].ends_with(',');
    let candidates: &[(&str, &str)] = if ends_with_comma {
        &[(")", "),"), ("]", "],")]
    } else {
        &[(",", ","), (")", "),"), ("]", "],")]
    };
    for (bracket, insert) in candidates {
        let repaired = format!("{}{insert}{}", &src[..end], &src[end..]);
        let fixed = match reparse(&repaired) {
            None => true,
            Some((l, _)) => l > line,
        };
        if !fixed {
            continue;
        }
        let (l, c) = place(src, end);
        let next_line = line;
        let (message, path) = if *bracket == "," {
            (
                format!(
                    "a comma `,` is missing here, at the end of the line (RON noticed it only at line {next_line})"
                ),
                field_path.to_owned(),
            )
        } else {
            // The field being read belongs to the outer block: the inner one was left open.
            // `list[2]` was being read as an item of `list`; `block.field` as a field of `block`.
            let parent = match field_path.rsplit_once(['.', '[']) {
                Some((p, last)) if last.ends_with(']') => p.to_owned(),
                Some((p, _)) => p.to_owned(),
                None => String::new(),
            };
            let what = if parent.is_empty() {
                "the block above".to_owned()
            } else {
                format!("`{parent}`")
            };
            (
                format!(
                    "a closing `{bracket}` is missing here: {what} is not closed before what \
                     follows on line {next_line}"
                ),
                parent,
            )
        };
        return Some(Plain {
            line: l,
            col: c,
            message,
            field_path: path,
        });
    }
    None
}

/// Byte offset of 1-based `line:col` (col in characters), if it is inside the text.
fn offset(src: &str, line: usize, col: usize) -> Option<usize> {
    let start: usize = src.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let rest = src.get(start..)?;
    let within = rest
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

/// 1-based `(line, col)` of byte offset `at`.
fn place(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, 1 + before[line_start..].chars().count())
}

/// The digits just before `at` when the text at `at` is a decimal point followed by a digit.
fn decimal_at(src: &str, at: usize) -> Option<&str> {
    let after = &src[at..];
    let mut chars = after.chars();
    if chars.next() != Some('.') || !chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let before = &src[..at];
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0).then(|| &before[before.len() - digits..])
}

/// `.5` from `.5)…`: the decimal part as written.
fn fraction(after: &str) -> &str {
    let len = 1 + after[1..]
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(after.len() - 1);
    &after[..len]
}

/// The whole number to write instead: the digits, rounded when the fraction is not zero.
fn whole(digits: &str, after: &str) -> String {
    let frac = fraction(after);
    let value: f64 = format!("{digits}{frac}").parse().unwrap_or(0.0);
    format!("{}", value.round() as u64)
}

/// End (byte offset) of the last content before `at`, skipping spaces, line ends and `//` comments.
fn content_end(src: &str, at: usize) -> Option<usize> {
    let mut end = at;
    loop {
        let before = &src[..end];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let code = strip_comment(&before[line_start..]);
        let trimmed = code.trim_end();
        if !trimmed.is_empty() {
            return Some(line_start + trimmed.len());
        }
        if line_start == 0 {
            return None;
        }
        end = line_start - 1;
    }
}

/// A line without its `//` comment (a `//` inside a string does not count).
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i + 1..].starts_with('/') => return &line[..i],
            _ => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_counted_in_characters() {
        let src = "ab\n“é”x\n";
        let at = offset(src, 2, 3).expect("inside");
        assert_eq!(&src[at..at + 3], "”");
        assert_eq!(place(src, at), (2, 3));
    }

    #[test]
    fn comments_and_blank_lines_are_skipped_back_to_the_content() {
        let src = "  a: 1, // note: \"x\"\n\n   // more\n  b: 2";
        let end = content_end(src, src.find("b:").expect("b")).expect("content");
        assert_eq!(&src[..end], "  a: 1,");
        assert_eq!(strip_comment("t: \"http://x\", // c"), "t: \"http://x\", ");
    }

    #[test]
    fn a_decimal_in_a_deadline_is_named_in_weeks() {
        let never = |_: &str| Some((1, 1));
        let src = "kind: Deadline(12.0),";
        let col = 1 + src.find('.').expect("dot");
        let p = explain(
            src,
            &ron::error::Error::ExpectedStructLikeEnd,
            1,
            col,
            "k",
            &never,
        );
        assert_eq!(
            p.map(|p| p.message).as_deref(),
            Some("weeks are a whole number: write `Deadline(12)`, not `Deadline(12.0)`")
        );
        assert_eq!(whole("8", ".5)"), "9");
    }
}
