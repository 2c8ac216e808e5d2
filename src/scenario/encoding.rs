//! From the bytes of a file to its text: UTF-8 only, with the place and a plain-words cause when not.
//!
//! Authors write scenarios in whatever editor they have. The usual ways a file stops being UTF-8
//! are named: saved as UTF-16 ("Unicode" in Notepad and Word), curly quotes pasted from a word
//! processor into a file saved as Windows-1252, or any other legacy code page.

use super::error::{LoadError, NotUtf8Cause};

/// The UTF-8 byte-order mark some Windows editors put at the start of a file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's text, without a UTF-8 byte-order mark; or where and why it is not UTF-8 text.
pub fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, LoadError> {
    let refuse = |at: usize, cause: NotUtf8Cause| {
        let (line, col) = place(&bytes, at);
        LoadError::NotUtf8 {
            origin: origin.to_owned(),
            line,
            col,
            cause,
        }
    };
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || looks_utf16(&bytes) {
        let first = if bytes.first().is_some_and(|b| *b >= 0xFE) {
            0
        } else {
            bytes.iter().position(|b| *b == 0).unwrap_or(0)
        };
        return Err(refuse(first, NotUtf8Cause::Utf16));
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(&bytes);
    let skipped = bytes.len() - body.len();
    match std::str::from_utf8(body) {
        Ok(text) => {
            if let Some(at) = text.bytes().position(|b| b == 0) {
                return Err(refuse(skipped + at, NotUtf8Cause::Nul));
            }
            Ok(text.to_owned())
        }
        Err(e) => {
            let at = skipped + e.valid_up_to();
            let b = bytes[at];
            let cause = if (0x91..=0x94).contains(&b) {
                NotUtf8Cause::CurlyQuote(b)
            } else {
                NotUtf8Cause::OtherByte(b)
            };
            Err(refuse(at, cause))
        }
    }
}

/// UTF-16 without a byte-order mark: in its first 200 bytes, NUL bytes fill most odd places
/// (little-endian) or most even places (big-endian), as they do in ASCII text saved as UTF-16.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    if head.len() < 4 {
        return false;
    }
    let nul_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    nul_at(0) * 4 >= pairs * 3 || nul_at(1) * 4 >= pairs * 3
}

/// 1-based `(line, col)` of byte `at`, columns counted in characters of the valid text before it.
fn place(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|b| **b == b'\n').count();
    let col = 1 + String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count();
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cause(bytes: &[u8]) -> (usize, usize, NotUtf8Cause) {
        match decode(bytes.to_vec(), "f") {
            Err(LoadError::NotUtf8 {
                line, col, cause, ..
            }) => (line, col, cause),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_first_bad_byte_is_placed_in_characters() {
        assert_eq!(
            cause(b"(\n  title: \"Caf\xC3\xA9 \xE9\",\n)"),
            (2, 16, NotUtf8Cause::OtherByte(0xE9))
        );
    }

    #[test]
    fn curly_quotes_from_a_word_processor_are_named() {
        assert_eq!(
            cause(b"(\n  id: \x93bakery\x94,\n)"),
            (2, 7, NotUtf8Cause::CurlyQuote(0x93))
        );
        let text = cause(b"\x91").2.to_string();
        assert!(text.contains("curly quote (‘)") && text.contains("straight quotes"));
    }

    #[test]
    fn utf16_is_recognised_with_or_without_a_byte_order_mark() {
        let utf16le: Vec<u8> = "(\n  id: \"x\",\n)"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(cause(&utf16le), (1, 2, NotUtf8Cause::Utf16));
        let mut bom = vec![0xFF, 0xFE];
        bom.extend(&utf16le);
        assert_eq!(cause(&bom), (1, 1, NotUtf8Cause::Utf16));
        let be: Vec<u8> = "(id: \"x\")"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(cause(&be), (1, 1, NotUtf8Cause::Utf16));
    }

    #[test]
    fn a_utf8_byte_order_mark_is_skipped_and_a_nul_is_refused() {
        assert_eq!(
            decode(b"\xEF\xBB\xBF(a: 1)".to_vec(), "f").ok().as_deref(),
            Some("(a: 1)")
        );
        assert_eq!(cause(b"(a: 1,\n b\0: 2)"), (2, 3, NotUtf8Cause::Nul));
    }
}
