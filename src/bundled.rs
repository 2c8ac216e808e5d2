//! What is built into the binary: the shipped levels and their scripts (for everyone), and the
//! fonts, portraits and licence texts (for the game window), so one copied file runs anywhere.
//!
//! The command line names a built-in level `builtin:01_first_client` (see [`find`]); `overpromise
//! list` prints them. The game shows them in the picker as "Built-in" unless a `levels/` folder
//! on disk wins (a debug build in the source tree, or `levels/` beside the executable: see
//! `game::shipped_levels_dir`).
//!
//! Every file in `levels/` must be listed in [`LEVELS`]: a unit test compares the two.

use crate::scenario::{self, FILE_SUFFIX, LoadError, model::Scenario};

/// How a built-in level is named on the command line and in saves: `builtin:<stem>`.
pub const PREFIX: &str = "builtin:";

/// One shipped level and its two scripted playthroughs, as text.
#[derive(Debug, Clone, Copy)]
pub struct Level {
    /// The file name without `.scenario.ron` (`01_first_client`).
    pub stem: &'static str,
    /// The scenario file's text.
    pub source: &'static str,
    /// The careful player's script (`tests/scripts/<stem>.careful.ron`): the model answer.
    pub careful: &'static str,
    /// The overpromising player's script (`tests/scripts/<stem>.overpromise.ron`).
    pub overpromise: &'static str,
    /// Its strings files (`levels/<stem>.<code>.ron`), as `(language code, text)`.
    pub translations: &'static [(&'static str, &'static str)],
}

macro_rules! level {
    ($stem:literal $(, $code:literal)*) => {
        Level {
            stem: $stem,
            source: include_str!(concat!("../levels/", $stem, ".scenario.ron")),
            careful: include_str!(concat!("../tests/scripts/", $stem, ".careful.ron")),
            overpromise: include_str!(concat!("../tests/scripts/", $stem, ".overpromise.ron")),
            translations: &[$(($code, include_str!(concat!("../levels/", $stem, ".", $code, ".ron")))),*],
        }
    };
}

/// The shipped levels, in file name order (the order of the `levels/` folder).
pub const LEVELS: &[Level] = &[
    level!("01_first_client", "de"),
    level!("02_integration_claim"),
    level!("03_committee_pacing"),
    level!("04_deal_desk"),
    level!("05_plain_words"),
    level!("06_campaign_plan"),
];

impl Level {
    /// The file name it was built from (`01_first_client.scenario.ron`).
    pub fn file_name(&self) -> String {
        format!("{}{FILE_SUFFIX}", self.stem)
    }

    /// The name that refers to it on the command line and in saves (`builtin:01_first_client`).
    pub fn name(&self) -> String {
        format!("{PREFIX}{}", self.stem)
    }

    /// Parses and validates it in the language in use (problems are reported against its
    /// `builtin:` name).
    pub fn load(&self) -> Result<Scenario, LoadError> {
        self.load_in(crate::wording::i18n::language().code())
    }

    /// Parses and validates it in the language `code` (`de`): its strings file for that language
    /// is applied when it has one (a missing or stale text shows the English).
    pub fn load_in(&self, code: &str) -> Result<Scenario, LoadError> {
        let strings = self
            .strings_text(code)
            .and_then(|text| scenario::strings::parse_strings(text, &self.strings_name(code)).ok());
        match strings {
            Some(strings) => scenario::parse_str_in(self.source, &self.name(), &strings, code)
                .map(|t| t.scenario),
            None => scenario::parse_str(self.source, &self.name()),
        }
    }

    /// Its strings file's text for the language `code`, if it has one.
    pub fn strings_text(&self, code: &str) -> Option<&'static str> {
        self.translations
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, text)| *text)
    }

    /// How its strings file for `code` is named in messages (`builtin:01_first_client.de.ron`).
    pub fn strings_name(&self, code: &str) -> String {
        format!(
            "{}.{code}{}",
            self.name(),
            scenario::strings::STRINGS_SUFFIX
        )
    }

    /// Checks each of its strings files against it.
    pub fn check_translations(&self) -> Vec<scenario::TranslationCheck> {
        self.translations
            .iter()
            .filter_map(|(code, text)| {
                scenario::TranslationCheck::of_text(
                    self.source,
                    &self.name(),
                    Ok((*text).to_owned()),
                    &self.strings_name(code),
                    code,
                )
            })
            .collect()
    }

    /// One of its scripts by kind (`careful` or `overpromise`).
    pub fn script(&self, kind: &str) -> Option<&'static str> {
        match kind {
            "careful" => Some(self.careful),
            "overpromise" => Some(self.overpromise),
            _ => None,
        }
    }
}

/// True when `arg` uses the `builtin:` prefix (whether or not such a level exists).
pub fn is_builtin_name(arg: &str) -> bool {
    arg.starts_with(PREFIX)
}

/// The built-in level a `builtin:` name refers to. The name may carry the file suffix
/// (`builtin:01_first_client.scenario.ron`) or be the level's number alone (`builtin:01`).
pub fn find(arg: &str) -> Option<&'static Level> {
    let rest = arg.strip_prefix(PREFIX)?;
    let stem = rest.strip_suffix(FILE_SUFFIX).unwrap_or(rest);
    if stem.is_empty() {
        return None;
    }
    LEVELS.iter().find(|l| l.stem == stem).or_else(|| {
        let mut by_number = LEVELS
            .iter()
            .filter(|l| l.stem.split('_').next() == Some(stem));
        match (by_number.next(), by_number.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    })
}

/// The built-in level with this stem (`01_first_client`).
pub fn by_stem(stem: &str) -> Option<&'static Level> {
    LEVELS.iter().find(|l| l.stem == stem)
}

/// "no built-in level ... (the built-in levels are: ...)", for an unknown `builtin:` name.
pub fn unknown(arg: &str) -> String {
    let names: Vec<String> = LEVELS.iter().map(Level::name).collect();
    format!(
        "{arg}: there is no such built-in level; the built-in levels are {} (see `overpromise list`)",
        names.join(", ")
    )
}

/// The game's fonts, portraits and licence texts (only the window uses them).
#[cfg(feature = "gui")]
pub mod art {
    /// DejaVu Sans, regular.
    pub const FONT_REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
    /// DejaVu Sans, bold.
    pub const FONT_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
    /// The DejaVu fonts' licence (Bitstream Vera and Arev licences, public domain changes).
    pub const FONT_LICENSE: &str = include_str!("../assets/fonts/LICENSE-DejaVu.txt");

    pub use super::portraits::{PORTRAITS, portrait};
}

/// The shipped portraits (the game window draws them; the workshop host serves them to browser
/// seats) and which one a person gets.
pub mod portraits {
    macro_rules! portrait {
        ($name:literal) => {
            (
                $name,
                include_bytes!(concat!("../assets/portraits/", $name, ".png")).as_slice(),
            )
        };
    }

    /// The shipped portraits by name (`assets/portraits/<name>.png`).
    pub const PORTRAITS: &[(&str, &[u8])] = &[
        portrait!("person01"),
        portrait!("person02"),
        portrait!("person03"),
        portrait!("person04"),
        portrait!("person05"),
        portrait!("person06"),
        portrait!("person07"),
        portrait!("person08"),
        portrait!("project_manager"),
        portrait!("senior_designer"),
    ];

    /// A built-in portrait's PNG bytes.
    pub fn portrait(name: &str) -> Option<&'static [u8]> {
        PORTRAITS.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
    }

    /// Portraits shipped for stakeholders whose scenario names none, given out in order.
    pub const CLIENT_PORTRAITS: [&str; 8] = [
        "person01", "person02", "person03", "person04", "person05", "person06", "person07",
        "person08",
    ];

    /// The project manager's portrait.
    pub const PROJECT_MANAGER: &str = "project_manager";
    /// The senior designer's portrait.
    pub const SENIOR_DESIGNER: &str = "senior_designer";

    /// The portrait of a person as a view names them: the author's, or a default by their place.
    pub fn face_portrait(face: &crate::engine::view::sales::Face) -> String {
        chosen_or_default(face.portrait.as_deref(), face.number as usize)
    }

    /// The author's portrait name, or the default for the person at place `i`.
    pub fn chosen_or_default(chosen: Option<&str>, i: usize) -> String {
        chosen.map_or_else(
            || CLIENT_PORTRAITS[i % CLIENT_PORTRAITS.len()].to_owned(),
            str::to_owned,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn files_in(dir: &str, suffix: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(suffix))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_shipped_level_is_built_in_and_loads() {
        let listed: Vec<String> = LEVELS.iter().map(Level::file_name).collect();
        assert_eq!(
            listed,
            files_in("levels", FILE_SUFFIX),
            "src/bundled.rs LEVELS must list every file in levels/, in order"
        );
        for level in LEVELS {
            let s = level
                .load()
                .unwrap_or_else(|e| panic!("{}: {e}", level.name()));
            assert!(!s.title.is_empty());
            for kind in ["careful", "overpromise"] {
                let text = level.script(kind).unwrap();
                crate::engine::script::parse_script(text, &level.name())
                    .unwrap_or_else(|e| panic!("{} {kind}: {e}", level.name()));
            }
        }
    }

    #[test]
    fn every_strings_file_in_levels_is_built_in_and_applies() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
        let mut on_disk = Vec::new();
        for level in LEVELS {
            let path = dir.join(level.file_name());
            for (code, _) in scenario::strings::strings_files(&path) {
                on_disk.push(level.strings_name(&code));
            }
        }
        let built_in: Vec<String> = LEVELS
            .iter()
            .flat_map(|l| l.translations.iter().map(|(code, _)| l.strings_name(code)))
            .collect();
        assert_eq!(
            built_in, on_disk,
            "src/bundled.rs LEVELS must list every levels/<stem>.<lang>.ron"
        );
        let first = find("builtin:01").unwrap();
        assert_eq!(first.load_in("de").unwrap().title, "Der erste Kunde");
        assert_eq!(first.load_in("en").unwrap().title, "First Client");
        let german =
            crate::wording::i18n::with_language(crate::wording::i18n::Language::German, || {
                first.load().unwrap()
            });
        assert_eq!(german.language, "de");
        // A level without German plays in English.
        assert_eq!(
            find("builtin:02").unwrap().load_in("de").unwrap().language,
            "en"
        );
        for check in first.check_translations() {
            assert_eq!(check.lines(&first.name()), Vec::<String>::new());
        }
    }

    #[cfg(feature = "gui")]
    #[test]
    fn every_shipped_portrait_is_built_in() {
        let listed: Vec<String> = portraits::PORTRAITS
            .iter()
            .map(|(n, _)| format!("{n}.png"))
            .collect();
        assert_eq!(listed, files_in("assets/portraits", ".png"));
    }

    #[test]
    fn builtin_names_resolve() {
        assert_eq!(
            find("builtin:01_first_client").unwrap().stem,
            "01_first_client"
        );
        assert_eq!(
            find("builtin:02_integration_claim.scenario.ron")
                .unwrap()
                .stem,
            "02_integration_claim"
        );
        assert_eq!(find("builtin:03").unwrap().stem, "03_committee_pacing");
        assert!(find("builtin:").is_none());
        assert!(find("builtin:99_nothing").is_none());
        assert!(find("levels/01_first_client.scenario.ron").is_none());
        assert!(unknown("builtin:x").contains("builtin:01_first_client"));
    }
}
