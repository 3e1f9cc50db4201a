//! Claims: what one article states that can be checked.

use crate::model::{ClaimKind, Span, Value};
use compact_str::CompactString;

/// One checkable statement of one article.
///
/// Invariants: `span` and `sentence` index the article text, and `sentence` contains `span`.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// `SOURCE#N`, numbered from 1 in text order within the article.
    pub id: String,
    /// The id of the article it comes from.
    pub source: String,
    /// The words of the claim.
    pub span: Span,
    /// The sentence it stands in.
    pub sentence: Span,
    /// What the claim is about, in a few words ("people killed").
    pub topic: String,
    pub value: Value,
    /// Content words around the claim (lowercase), used to tell whether two claims talk about
    /// the same thing.
    pub context: Vec<CompactString>,
    /// The happening the claim belongs to, when the sentence names one ("war", "strike").
    pub event: Option<String>,
    /// The class of that happening (`conflict`, `incident`, `meeting`): claims of different
    /// classes never describe the same thing.
    pub event_class: Option<String>,
    /// The claim is about an earlier happening mentioned in passing (a year other than the
    /// article's, "last year", "in 2019"), not the event being reported.
    pub background: bool,
    /// The claim stands in the article's opening (headline and first sentences), where the
    /// event being reported is stated.
    pub lead: bool,
    /// The place a count of people is told of ("Monroe County" in "Four people died in Monroe
    /// County"), as written: two counts of two places are two facts.
    pub place: Option<String>,
}

impl Claim {
    pub fn kind(&self) -> ClaimKind {
        self.value.kind()
    }
}
