#!/usr/bin/env python3
"""One word per concept: rename the code and the texts to the words of docs/glossary.md.

Run from the repository root (or anywhere: it finds the root from its own place):

    python3 scripts/glossary_rename.py            # rename in place
    python3 scripts/glossary_rename.py --check    # list what would change, change nothing (exit 1 if any)

It is idempotent: a second run changes nothing. It touches `src/`, `tests/`, `examples/`, `levels/`,
`docs/` and `README.md` (never `docs/glossary.md`, never `src/game/third_party/`):

- Rust code (outside comments and strings): whole identifiers from explicit lists
  (`ChoiceId` -> `AnswerId`, `Choice` -> `Answer`, `MilestoneId` -> `MeetingId`, `Milestone` -> `Meeting`,
  `AnswerOption` -> `OfferedAnswer`), and snake_case identifiers whose parts are `choice(s)`,
  `milestone(s)` or `option(s)` (`choice_by_key` -> `answer_by_key`, `milestones` -> `meetings`).
  `Option`, `Options`, `GameOptions`, `OpenOptions`, `PolicyChoice`, `InviteChoice`, `optional` ... are
  never touched (parts are matched whole, CamelCase only from the explicit list).
- Comments, string literals and Markdown: the same identifiers, and the words option(s) / choice(s)
  -> answer(s), milestone(s) -> meeting(s), "handoff document" / "project initiation document" -> "PID".
- Scenario and script files (`.ron`): only the field names `milestones:` -> `meetings:` and
  `options:` -> `answers:`, and their comments; dialogue text is never touched.
- Names freed first, so nothing collides: `SalesState.answers` (a count) -> `answers_given`,
  `LedgerEntry.answer` (a number) -> `answer_number`.
- Old names still load: `#[serde(alias = "milestones")]`, `#[serde(alias = "options")]` on the
  scenario's author types, and the script step `Choose("id")` also reads as `Answer("id")`;
  `tests/all/old_names.rs` checks that an old-style scenario file loads the same.
"""

from __future__ import annotations

import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["src", "tests", "examples", "levels", "docs", "README.md"]
SKIP = {os.path.join("docs", "glossary.md"), os.path.join("tests", "all", "old_names.rs")}
SKIP_DIRS = {os.path.join("src", "game", "third_party"), os.path.join("docs", "screenshots")}

# CamelCase identifiers, renamed whole (code, comments, strings, Markdown).
CAMEL = {
    "ChoiceId": "AnswerId",
    "Choice": "Answer",
    "MilestoneId": "MeetingId",
    "Milestone": "Meeting",
    "Milestones": "Meetings",
    "AnswerOption": "OfferedAnswer",
}
# Parts of snake_case identifiers.
PARTS = {
    "choice": "answer",
    "choices": "answers",
    "milestone": "meeting",
    "milestones": "meetings",
    "option": "answer",
    "options": "answers",
}
# Identifiers that name something else and are never renamed.
KEEP_IDENTS = {"from_options", "invite_choice", "optional", "Optional"}
# (path prefix, identifier) pairs kept: `option` there is a plain `Option` value.
KEEP_IN = [("src/cli/results.rs", "option")]
# In the sales screen the stage lists what is on offer (answers, or whom to invite): `offered`.
OFFERED_PREFIXES = ("src/game/", "tests/all/game")
# Files where "choice" in prose is the policy choice of the CLI, not an answer.
CHOICE_PROSE_KEEP = ("src/cli/simulate.rs",)

# Phrases fixed before the word rules (exact text), so that the result reads well.
PHRASES = [
    ("The player picks one answer (*option*) per beat.", "The player picks one answer per beat."),
    ("**Option** (one answer):", "**Answer**:"),
    ("The sales process: milestones, each one a meeting.", "The sales process: its meetings, in order."),
    ("A milestone of the sales process and its meeting.", "A meeting of the sales process."),
    ("The milestone.", "The meeting."),
    (" Each milestone is one meeting.", ""),
    ("a series of meetings (*milestones*)", "a series of meetings (*the sales process*)"),
    ("**Milestone** (one meeting):", "**Meeting**:"),
    ("write the honest answer as its own option", "write the honest answer out as an entry of its own"),
    ("that milestone's meeting", "that meeting"),
    ("Index of the beat in its milestone.", "Index of the beat in its meeting."),
]
# Text the word rules must leave alone (RON's own parser messages, names of test files).
PROTECT = [
    re.compile(r"Expected option"),
    re.compile(r"`Options?`"),
    re.compile(r'in the game "option" means an answer'),
    re.compile(r"\b\d\d_[a-z0-9_]+\b"),
    re.compile(r"\b[Pp]roject initiation document \(PID\)"),
]

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def rename_ident(name: str, path: str) -> str:
    if name in KEEP_IDENTS:
        return name
    for prefix, ident in KEEP_IN:
        if path.startswith(prefix) and name == ident:
            return name
    if name in CAMEL:
        return CAMEL[name]
    if not re.fullmatch(r"[a-z0-9_]+", name):
        return name
    parts = name.split("_")
    out = []
    for p in parts:
        if p in ("options", "option") and path.startswith(OFFERED_PREFIXES):
            out.append("offered")
        else:
            out.append(PARTS.get(p, p))
    return "_".join(out)


def rename_code(code: str, path: str) -> str:
    code = IDENT.sub(lambda m: rename_ident(m.group(0), path), code)
    # `meeting: meeting` (was `milestone: meeting`) in a struct literal or pattern: say it once.
    return re.sub(r"\b([a-z_]*(?:meeting|answer|offered)[a-z0-9_]*): \1\b(?=\s*[,}])", r"\1", code)


def case_like(word: str, new: str) -> str:
    if word.isupper() and len(word) > 1:
        return new.upper()
    if word[0].isupper():
        return new[0].upper() + new[1:]
    return new


WORDS = {
    "option": "answer",
    "options": "answers",
    "choice": "answer",
    "choices": "answers",
    "milestone": "meeting",
    "milestones": "meetings",
}
# A word, not the Rust type `Option<..>` / `Option::` / `` `Option` ``, not a part of an identifier.
WORD = re.compile(r"(?<![\w:])\b(options?|Options?|choices?|Choices?|milestones?|Milestones?)\b(?![<\w]|::)")


def rename_prose(text: str, path: str) -> str:
    for old, new in PHRASES:
        text = text.replace(old, new)
    # Park protected text.
    parked: list[str] = []

    def park(m: re.Match) -> str:
        parked.append(m.group(0))
        return f"\x00{len(parked) - 1}\x00"

    # A heading that is the name alone is where the name is written out.
    text = re.sub(r"^([Pp]roject initiation document)$", r"\1 (PID)", text)
    for pat in PROTECT:
        text = pat.sub(park, text)
    text = re.sub(r"\b([Aa]) handoff document\b", lambda m: m.group(1) + " PID", text)
    text = re.sub(r"\b[Hh]andoff document\b", "PID", text)
    text = re.sub(r"\b[Pp]roject initiation document\b", "PID", text)
    # Identifiers quoted in prose (`choice_by_key`, [`ChoiceId`], sales.milestones[0]).
    text = IDENT.sub(lambda m: rename_ident(m.group(0), path) if ("_" in m.group(0) or m.group(0) in CAMEL) else m.group(0), text)

    # Paths in prose: [`Scenario::milestones`] (not `std::option`).
    text = re.sub(
        r"\b([A-Z]\w*)::(choices?|milestones?|options?)\b",
        lambda m: m.group(1) + "::" + PARTS[m.group(2)],
        text,
    )

    def word(m: re.Match) -> str:
        w = m.group(1)
        low = w.lower()
        if low.startswith("choice") and path.startswith(CHOICE_PROSE_KEEP):
            return w
        return case_like(w, WORDS[low])

    text = WORD.sub(word, text)
    return re.sub(r"\x00(\d+)\x00", lambda m: parked[int(m.group(1))], text)


# ---------------------------------------------------------------------------------------------
# A small Rust lexer: code, comments and string literals apart.

def split_rust(src: str):
    """Yields (kind, text) with kind in {"code", "comment", "string"}."""
    i, n, start = 0, len(src), 0
    out = []

    def flush(upto: int):
        nonlocal start
        if upto > start:
            out.append(("code", src[start:upto]))
        start = upto

    while i < n:
        c = src[i]
        if src.startswith("//", i):
            flush(i)
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(("comment", src[i:j]))
            i = start = j
        elif src.startswith("/*", i):
            flush(i)
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append(("comment", src[i:j]))
            i = start = j
        elif (m := re.match(r'b?r(#*)"', src[i:])) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            flush(i)
            end = '"' + m.group(1)
            j = src.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(("prefix", src[i : i + m.end()]))
            out.append(("string", src[i + m.end() : j - len(end)]))
            out.append(("prefix", src[j - len(end) : j]))
            i = start = j
        elif c == '"':
            flush(i)
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append(("prefix", '"'))
            out.append(("string", src[i + 1 : j]))
            out.append(("prefix", '"'))
            i = start = j + 1
        elif c == "'":
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'\n])'", src[i:])
            if m:
                flush(i)
                out.append(("prefix", m.group(0)))
                i = start = i + m.end()
            else:
                i += 1
        else:
            i += 1
    flush(n)
    return out


def fix_rust(src: str, path: str) -> str:
    parts = []
    for kind, text in split_rust(src):
        if kind == "code":
            parts.append(rename_code(text, path))
        elif kind == "string" and re.search(r"alias\s*=\s*\"$", "".join(parts[-2:])):
            parts.append(text)  # an old name kept on purpose
        elif kind in ("comment", "string"):
            parts.append(rename_prose(text, path))
        else:
            parts.append(text)
    return "".join(parts)


def fix_ron(src: str, path: str) -> str:
    # Field names first, line by line: a broken file's open string must not hide them.
    src = re.sub(r"(?m)^(\s*)milestones(\s*):", r"\1meetings\2:", src)
    src = re.sub(r"(?m)^(\s*)options(\s*):", r"\1answers\2:", src)
    parts = []
    for kind, text in split_rust(src):
        if kind == "comment":
            text = rename_prose(text, path)
        parts.append(text)
    return "".join(parts)


def fix_md(src: str, path: str) -> str:
    return rename_prose(src, path)


# ---------------------------------------------------------------------------------------------
# Steps that free names, and the compatibility that old files need.

def pre_rust(src: str, path: str) -> str:
    # SalesState.answers (a count) makes way for the scenario's answers.
    src = re.sub(r"\bsales\.answers\b", "sales.answers_given", src)
    # Locals that would take the name of a renamed binding next to them.
    src = src.replace(
        "Event::MeetingStarted { milestone, .. } => meeting = Some(*milestone)",
        "Event::MeetingStarted { milestone: m, .. } => meeting = Some(*m)",
    )
    if "let mut options = Vec::new();\n        for (oi, o) in b.options.iter().enumerate() {" in src:
        src = src.replace("let mut options = Vec::new();\n        for (oi, o)", "let mut ids = Vec::new();\n        for (oi, o)")
        src = src.replace("options.push(model::ChoiceId(", "ids.push(model::ChoiceId(")
        src = src.replace("            when,\n            options,\n        }", "            when,\n            options: ids,\n        }")
    if "let meeting = |m: Option<" in src:
        src = src.replace("let meeting = |m: Option<", "let in_meeting = |m: Option<")
        src = re.sub(r"\bmeeting\(milestone\)", "in_meeting(milestone)", src)
    if path == "src/engine/mod.rs":
        src = src.replace("    /// Answers given so far.\n    pub answers: u32,", "    /// Answers given so far.\n    pub answers_given: u32,")
        src = re.sub(r"(\n\s*)answers: 0,", r"\1answers_given: 0,", src)
        # LedgerEntry.answer (the answer's number) makes way for an `answer: AnswerId` field.
        src = src.replace("    pub answer: u32,\n", "    pub answer_number: u32,\n")
    if path == "src/engine/sales.rs":
        src = re.sub(r"\banswer: self\.state\.sales\.answers_given\b", "answer_number: self.state.sales.answers_given", src)
        src = re.sub(r"(\n\s*)answer: 0,", r"\1answer_number: 0,", src)
    return src


def add_attr(src: str, field_line: str, attr: str) -> str:
    """Puts `attr` (indented like the field) above `field_line` unless it is there already."""
    out, lines = [], src.split("\n")
    for k, line in enumerate(lines):
        if line.strip() == field_line:
            indent = line[: len(line) - len(line.lstrip())]
            want = indent + attr
            if not (out and out[-1] == want):
                out.append(want)
        out.append(line)
    return "\n".join(out)


def post_rust(src: str, path: str) -> str:
    if path == "src/scenario/raw.rs":
        src = add_attr(src, "pub meetings: Vec<Meeting>,", '#[serde(alias = "milestones")]')
        src = add_attr(src, "pub answers: Vec<Answer>,", '#[serde(alias = "options")]')
    if path == "src/engine/script.rs":
        src = add_attr(src, "Choose(String),", '#[serde(alias = "Answer")]')
    if path == "tests/all/main.rs" and "\nmod old_names;" not in src:
        src = src.replace("\nmod lessons;\n", "\nmod lessons;\nmod old_names;\n")
    return src


OLD_NAMES_TEST = '''//! Scenario files written before the glossary rename (`milestones:`, `options:`) still load.
// glossary_rename.py writes this file and never renames inside it.

use overpromise::scenario::parse_str;

const LEVELS: [&str; 3] = [
    include_str!("../../levels/01_first_client.scenario.ron"),
    include_str!("../../levels/02_integration_claim.scenario.ron"),
    include_str!("../../levels/03_committee_pacing.scenario.ron"),
];

/// The shipped level with the field names authors used before: `milestones` and `options`.
fn old_style(text: &str) -> String {
    let old = text
        .replace("meetings:", &["mile", "stones:"].concat())
        .replace("answers:", &["opt", "ions:"].concat());
    assert_ne!(old, text, "the level has no field to write the old way");
    old
}

#[test]
fn an_old_style_scenario_file_loads_the_same_as_the_new_one() {
    for text in LEVELS {
        let new = parse_str(text, "new.scenario.ron").expect("the shipped level loads");
        let old = parse_str(&old_style(text), "old.scenario.ron").expect("the old-style level loads");
        assert_eq!(format!("{old:?}"), format!("{new:?}"));
    }
}

#[test]
fn an_old_style_file_still_reports_its_problems_with_the_new_field_names() {
    let text = old_style(LEVELS[0]);
    let at = text.find("depth: ").expect("a depth");
    let end = at + text[at..].find(',').expect("a comma");
    let broken = format!("{}depth: 9{}", &text[..at], &text[end..]);
    let err = format!("{}", parse_str(&broken, "old.scenario.ron").expect_err("depth 9 is refused"));
    assert!(err.contains(".answers["), "{err}");
    assert!(err.contains("meetings["), "{err}");
}
'''


# ---------------------------------------------------------------------------------------------

def files():
    for top in TOP:
        full = os.path.join(ROOT, top)
        if os.path.isfile(full):
            yield top
            continue
        for d, dirs, names in os.walk(full):
            rel_d = os.path.relpath(d, ROOT)
            dirs[:] = sorted(x for x in dirs if os.path.join(rel_d, x) not in SKIP_DIRS)
            for name in sorted(names):
                rel = os.path.join(rel_d, name)
                if rel not in SKIP and name.endswith((".rs", ".ron", ".md")):
                    yield rel


def transform(text: str, path: str) -> str:
    if path.endswith(".rs"):
        text = pre_rust(text, path)
        text = fix_rust(text, path)
        return post_rust(text, path)
    if path.endswith(".ron"):
        return fix_ron(text, path)
    return fix_md(text, path)


def main() -> int:
    check = "--check" in sys.argv[1:]
    changed = []
    for path in files():
        full = os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as f:
            old = f.read()
        new = transform(old, path.replace(os.sep, "/"))
        if new != old:
            changed.append(path)
            if not check:
                with open(full, "w", encoding="utf-8") as f:
                    f.write(new)
    test = os.path.join(ROOT, "tests", "all", "old_names.rs")
    have = open(test, encoding="utf-8").read() if os.path.exists(test) else None
    if have != OLD_NAMES_TEST:
        changed.append(os.path.relpath(test, ROOT))
        if not check:
            with open(test, "w", encoding="utf-8") as f:
                f.write(OLD_NAMES_TEST)
    for path in changed:
        print(("would change " if check else "changed ") + path)
    print(f"{len(changed)} file(s) {'to change' if check else 'changed'}")
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
