//! Reference data: YAML facts and events, validated and indexed.

pub mod model;
