//! Sentences of an article body.

use crate::model::Span;

/// One sentence: a span of the article text.
///
/// Invariant (of a splitter's output for a body span): sentences are in order, do not
/// overlap, and together with the whitespace between them cover the body with no gap
/// of non-whitespace text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sentence {
    pub span: Span,
}
