//! The replay record every exported debrief (Markdown and HTML) ends with: the session as a save
//! file (scenario id, seed, mode, every action), hex-encoded inside an HTML comment that both
//! formats hide. A workshop host imports an offline table from the exported report itself
//! ([`extract`]), and replays the actions to compute every figure again: nothing in the report's
//! text is trusted.

use crate::engine::Session;
use crate::saves::{FORMAT, SaveFile};

/// The comment's first word.
const MARK: &str = "overpromise-replay";

/// The save of a session (no scenario path: the importer plays its own scenario).
pub fn save_of(session: &Session) -> SaveFile {
    SaveFile {
        format: FORMAT,
        scenario_id: session.scenario().id.clone(),
        scenario_path: Default::default(),
        seed: session.seed(),
        actions: session.actions().to_vec(),
        support: session.support(),
        mode: session.mode(),
        players: Vec::new(),
        assessed: None,
    }
}

/// The replay record: an HTML comment (hidden in Markdown and in HTML) holding the save's RON in
/// hexadecimal, 64 digits a line (so that no text in it can end the comment).
pub fn block(session: &Session) -> String {
    let ron = ron::to_string(&save_of(session)).unwrap_or_default();
    let hex: Vec<String> = ron
        .as_bytes()
        .chunks(32)
        .map(|c| c.iter().map(|b| format!("{b:02x}")).collect())
        .collect();
    format!("<!-- {MARK} {FORMAT}\n{}\n-->\n", hex.join("\n"))
}

/// The save in an exported report, when the text holds a replay record: `None` when it holds
/// none, `Some(Err)` saying what is wrong when it is damaged.
pub fn extract(text: &str) -> Option<Result<SaveFile, String>> {
    let start = text.find(&format!("<!-- {MARK} "))?;
    let rest = &text[start..];
    Some((|| {
        let end = rest
            .find("-->")
            .ok_or_else(|| crate::tr!("views-replay-cut-off"))?;
        let body = rest[..end].split_once('\n').map_or("", |(_, b)| b);
        let digits: Vec<u8> = body.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        if !digits.len().is_multiple_of(2) {
            return Err(crate::tr!("views-replay-odd-length"));
        }
        let bytes = digits
            .chunks(2)
            .map(|p| {
                std::str::from_utf8(p)
                    .ok()
                    .and_then(|s| u8::from_str_radix(s, 16).ok())
            })
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| crate::tr!("views-replay-not-hexadecimal"))?;
        let ron = String::from_utf8(bytes).map_err(|_| crate::tr!("views-replay-not-text"))?;
        crate::saves::parse(&ron)
            .map_err(|e| crate::tr!("views-replay-unreadable", error = e.to_string()))
    })())
}
