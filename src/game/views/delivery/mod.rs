//! The delivery board: the week against the deadline, the backlog with where each piece came from,
//! the team, a burn-up chart, what happened last week, and this week's decisions.
//!
//! [`DeliveryView::build`] reads the session ([`model`], [`actions`]): every figure and every
//! refusal comes from an engine call, so no rule or tuning number is written here.
//! [`delivery_view`] draws it ([`draw`], [`panels`]) and returns [`Intent::Act`] for a decision
//! (a button, its number key, or Enter to end the week).
//!
//! [`Intent::Act`]: crate::game::session::Intent::Act

mod actions;
mod draw;
mod model;
mod panels;

pub use actions::ActionButton;
pub use draw::delivery_view;
pub use model::{BacklogRow, Burnup, DeliveryView, MemberRow};
