//! The briefing as every reader may read it ([`BriefingPane`]): the client, the people in the
//! meetings and what each cares about, the delivery team, the meetings ahead with who may come,
//! and the rubric (each check's words, why it matters, and the competency behind it), all public
//! before the first meeting. The local game builds it from the scenario it is about to play; a
//! workshop seat receives it in its view, so both draw the same briefing.

use serde::{Deserialize, Serialize};

use super::sales::Face;
use crate::engine::viewer::ViewOptions;
use crate::scenario::model::{CheckTest, Concern, Difficulty, Role, Scenario, StakeholderId};

/// What a rubric check tests, as a kind (the competency a check stands for when its author
/// named none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckKind {
    /// Who comes to the meetings.
    Attended,
    /// What is found out before the handoff.
    Found,
    /// What is said in the meetings.
    Said,
    /// The handoff.
    Handoff,
    /// Honest claims.
    Claims,
    /// Colleagues' agreement.
    Agreed,
    /// Words the room follows (registers).
    Words,
    /// Pacing.
    Pacing,
    /// The margin.
    Margin,
    /// The client's satisfaction.
    Satisfaction,
    /// Delivering on time.
    OnTime,
    /// The team's workload.
    Workload,
    /// Winning the deal.
    Won,
    /// The overall result.
    Overall,
}

impl CheckKind {
    /// The kind of a check's test.
    pub fn of(t: &CheckTest) -> CheckKind {
        match t {
            CheckTest::Attended(..) => CheckKind::Attended,
            CheckTest::Found(_) => CheckKind::Found,
            CheckTest::Avoided(_) | CheckTest::Chose(_) => CheckKind::Said,
            CheckTest::FullHandoff => CheckKind::Handoff,
            CheckTest::NoFalseClaims => CheckKind::Claims,
            CheckTest::Agreed => CheckKind::Agreed,
            CheckTest::NoneLost => CheckKind::Words,
            CheckTest::PacingAtLeast(_) => CheckKind::Pacing,
            CheckTest::MarginAtLeast(_) => CheckKind::Margin,
            CheckTest::SatisfactionAtLeast(_) => CheckKind::Satisfaction,
            CheckTest::OnTime => CheckKind::OnTime,
            CheckTest::OvertimeAtMost(_) => CheckKind::Workload,
            CheckTest::Won => CheckKind::Won,
            CheckTest::All(_) => CheckKind::Overall,
        }
    }
}

/// One rubric check as the briefing may show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricLine {
    /// The check, as the author wrote it.
    pub label: String,
    /// Why it matters.
    pub why: String,
    /// The competency behind it, as the author named it.
    pub competency: Option<String>,
    /// What it tests.
    pub kind: CheckKind,
}

/// A client-side person on the briefing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefPerson {
    /// Who.
    pub face: Face,
    /// What they care about, most important first.
    pub cares: Vec<Concern>,
    /// Coach mode: starting trust, readiness and weight in the decision.
    pub numbers: Option<(f32, f32, f32)>,
}

/// Everything the briefing shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefingPane {
    /// The scenario's title.
    pub title: String,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// About how long it takes.
    pub minutes: u32,
    /// The client's name.
    pub client: String,
    /// Their sector.
    pub sector: String,
    /// The background.
    pub background: String,
    /// The people in the meetings.
    pub people: Vec<BriefPerson>,
    /// The delivery team: name and job title.
    pub team: Vec<(String, String)>,
    /// The meetings ahead: name, and who from delivery may come.
    pub meetings: Vec<(String, Vec<Role>)>,
    /// The rubric (the screen shows it in the form the level of support asks for).
    pub rubric: Vec<RubricLine>,
}

impl BriefingPane {
    /// The briefing of `s`, with coach mode's numbers when asked for.
    pub fn of(s: &Scenario, opts: ViewOptions) -> BriefingPane {
        BriefingPane {
            title: s.title.clone(),
            difficulty: s.difficulty,
            minutes: s.minutes,
            client: s.client.name.clone(),
            sector: s.client.sector.clone(),
            background: s.client.background.clone(),
            people: s
                .stakeholders
                .iter()
                .enumerate()
                .map(|(i, k)| BriefPerson {
                    face: Face {
                        name: k.name.clone(),
                        role: k.role.clone(),
                        portrait: k.portrait.clone(),
                        number: StakeholderId(i as u16).0,
                    },
                    cares: k.cares.clone(),
                    numbers: opts.coach.then_some((k.trust, k.readiness, k.weight)),
                })
                .collect(),
            team: s.delivery.people[..s.delivery.team_size.min(s.delivery.people.len())]
                .iter()
                .map(|p| (p.name.clone(), p.role.clone()))
                .collect(),
            meetings: s
                .meetings
                .iter()
                .map(|m| (m.name.clone(), m.may_invite.clone()))
                .collect(),
            rubric: s
                .scoring
                .rubric
                .iter()
                .map(|c| RubricLine {
                    label: c.label.clone(),
                    why: c.why.clone(),
                    competency: c.competency.clone(),
                    kind: CheckKind::of(&c.test),
                })
                .collect(),
        }
    }
}
