//! Scenario files: parsing (`raw`), validation (`validate`) and the checked model (`model`).

pub mod model;
pub mod raw;
