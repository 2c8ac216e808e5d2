//! Scripted playthroughs: a RON list of steps that names options and actions by the scenario's ids.
//!
//! A script survives edits elsewhere in the scenario because it never uses positions. Steps are
//! resolved against the scenario one at a time as they are played, so an error names the step.

use serde::{Deserialize, Serialize};

use crate::scenario::model::Role;

/// A script file: `Script(steps: [...])`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// Optional note on what the script plays.
    #[serde(default)]
    pub note: String,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One scripted step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// Who joins the next meeting (`Invite([])` to go alone).
    Invite(Vec<Role>),
    /// Choose the option with this id.
    Choose(String),
    /// Put a promise or fact (by id) into the project initiation document.
    Include(String),
    /// Leave a promise or fact (by id) out of the document.
    Exclude(String),
    /// Put every promise and every found fact into the document.
    IncludeAll,
    /// Hand over to delivery.
    SubmitPid,
    /// Switch overtime on or off.
    Overtime(bool),
    /// Share of capacity on quality, percent.
    Quality(u8),
    /// Hire the person with this id.
    Hire(String),
    /// Ask to drop the scope item with this id.
    Descope(String),
    /// Ask for this many more weeks.
    MoreTime(u32),
    /// Send a client update.
    ClientUpdate,
    /// Bring the account manager into reviews.
    InviteAccountManager,
    /// End this many weeks.
    EndWeeks(u32),
    /// End weeks until the project is over.
    Finish,
}
