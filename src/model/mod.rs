//! The nouns every stage shares. No I/O, no formatting, no heuristics.

mod article;
mod calendar;
mod claim;
mod comparison;
mod finding;
mod interval;
mod nationality;
mod sentence;
mod span;
mod value;

pub use article::{Article, DateOrigin};
pub use calendar::WEEKDAYS;
pub use claim::Claim;
pub use comparison::{Comparison, Standing, Summary};
pub use finding::{Consensus, Finding, Verdict};
pub use interval::Interval;
pub use nationality::{NATIONALITIES, is_nationality};
pub use sentence::Sentence;
pub use span::Span;
pub use value::{
    ClaimKind, DateValue, Duration, Granularity, Position, Qualifier, Quantity, Quote, Value,
    is_currency,
};
