//! claimdiff: extract checkable claims from news articles about one event, line them up across
//! sources and report where they agree, are compatible, contradict or stand alone.
//!
//! The modules read as the pipeline:
//! `load` (files → [`model::Article`]) → `extract` (article → sentences and claims) →
//! `compare` (claims of N articles → findings) → `report` (findings → table, markdown, JSON, HTML).
//! Each stage imports only [`model`]; [`app`] is the one place that calls them all for one event,
//! [`batch`] the one that calls them for many.
//!
//! ```
//! use claimdiff::{compare::compare, extract::extract, model::{Article, Value, Verdict}};
//!
//! let a = Article::from_text("a", "The civil war has killed about 300,000 people.");
//! let b = Article::from_text("b", "The civil war has killed more than 250,000 people.");
//! let claims: Vec<_> = [&a, &b].iter().flat_map(|x| extract(x).claims).collect();
//! let Value::Quantity(q) = &claims[0].value else { panic!("a figure") };
//! assert_eq!((q.interval.low(), q.interval.high()), (Some(270_000.0), Some(330_000.0)));
//! assert_eq!(q.measure.as_deref(), Some("killed"));
//!
//! let cmp = compare(vec![a, b], claims);
//! assert_eq!(cmp.findings[0].verdict, Verdict::Compatible);
//! ```

pub mod app;
pub mod batch;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod load;
pub mod model;
pub mod report;
