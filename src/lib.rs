//! claimdiff: extract checkable claims from news articles about one event, line them up across
//! sources and report where they agree, are compatible, contradict or stand alone.
//!
//! The modules read as the pipeline:
//! `load` (files → [`model::Article`]) → `extract` (article → sentences and claims) →
//! `compare` (claims of N articles → findings) → `report` (findings → table, markdown, JSON).
//! Each stage imports only [`model`]; [`app`] is the one place that calls them all.

pub mod app;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod load;
pub mod model;
pub mod report;
