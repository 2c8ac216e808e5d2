//! Levels of support and rubric checks in words: the level's name and what it shows, and the
//! competency (or the category, when the author gave none) the briefing shows for a check.

use crate::engine::Support;
use crate::scenario::model::{Check, CheckTest};
use crate::tr;

/// The level's name: "Guided", "Standard", "Expert".
pub fn support_name(s: Support) -> String {
    match s {
        Support::Guided => tr!("support-name-guided"),
        Support::Standard => tr!("support-name-standard"),
        Support::Expert => tr!("support-name-expert"),
    }
}

/// What the level shows while playing, in one sentence.
pub fn support_blurb(s: Support) -> String {
    match s {
        Support::Guided => tr!("support-blurb-guided"),
        Support::Standard => tr!("support-blurb-standard"),
        Support::Expert => tr!("support-blurb-expert"),
    }
}

/// The line the reports and the pacing chart carry: "Played with Expert support".
pub fn support_line(s: Support) -> String {
    tr!("support-line", level = support_name(s))
}

/// The category of a check, from the kind of its test (shown when no competency is written).
pub fn check_category(t: &CheckTest) -> String {
    kind_category(crate::engine::view::briefing::CheckKind::of(t))
}

/// A kind of check as the competency it stands for.
pub fn kind_category(k: crate::engine::view::briefing::CheckKind) -> String {
    use crate::engine::view::briefing::CheckKind as K;
    match k {
        K::Attended => tr!("support-kind-attended"),
        K::Found => tr!("support-kind-found"),
        K::Said => tr!("support-kind-said"),
        K::Handoff => tr!("support-kind-handoff"),
        K::Claims => tr!("support-kind-claims"),
        K::Agreed => tr!("support-kind-agreed"),
        K::Words => tr!("support-kind-words"),
        K::Pacing => tr!("support-kind-pacing"),
        K::Margin => tr!("support-kind-margin"),
        K::Satisfaction => tr!("support-kind-satisfaction"),
        K::OnTime => tr!("support-kind-on-time"),
        K::Workload => tr!("support-kind-workload"),
        K::Won => tr!("support-kind-won"),
        K::Overall => tr!("support-kind-overall"),
    }
}

/// The check as a competency: the author's wording, else its category.
pub fn check_competency(c: &Check) -> String {
    c.competency
        .clone()
        .unwrap_or_else(|| check_category(&c.test))
}

/// A briefing's rubric line as a competency: the author's wording, else its category.
pub fn line_competency(l: &crate::engine::view::briefing::RubricLine) -> String {
    l.competency
        .clone()
        .unwrap_or_else(|| kind_category(l.kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::view::briefing::CheckKind;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn levels_and_categories_in_english_and_german() {
        assert_eq!(support_line(Support::Expert), "Played with Expert support");
        assert_eq!(kind_category(CheckKind::OnTime), "Delivering on time");
        with_language(Language::German, || {
            assert_eq!(
                support_line(Support::Guided),
                "Gespielt mit der Unterstützung „Begleitet“"
            );
            assert_eq!(kind_category(CheckKind::Won), "Den Auftrag gewinnen");
        });
    }
}
