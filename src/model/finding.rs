//! Findings: claims of several sources lined up, with a verdict.

use crate::model::ClaimKind;
use std::fmt;

/// How the claims of one finding relate.
///
/// The order is the order of urgency in reports: contradictions first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Contradict,
    Compatible,
    Agree,
    Unique,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Contradict,
        Verdict::Compatible,
        Verdict::Agree,
        Verdict::Unique,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "compatible",
            Verdict::Contradict => "contradict",
            Verdict::Unique => "unique",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Claims from one or more sources that talk about the same thing, and what they say together.
///
/// Invariants: `claims` is non-empty and holds indices into the comparison's claim list;
/// a `Unique` finding holds claims of one source only, any other verdict claims of two or more.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// `F1`, `F2`, … in report order.
    pub id: String,
    pub kind: ClaimKind,
    pub topic: String,
    pub verdict: Verdict,
    pub claims: Vec<usize>,
    pub explanation: String,
    /// For a contradiction among three or more sources: what most of them say, and who departs.
    pub consensus: Option<Consensus>,
}

/// What a strict majority of a contradicted finding's sources state together, and the sources
/// that depart from it.
///
/// Invariants: `sources` and `departing` are disjoint, non-empty, in source order, and
/// `sources` outnumbers `departing`; `claim` indexes the comparison's claims and belongs to one
/// of `sources`.
#[derive(Debug, Clone, PartialEq)]
pub struct Consensus {
    /// Ids of the sources whose values can all be true together.
    pub sources: Vec<String>,
    /// Ids of the sources whose values cannot be true alongside the consensus.
    pub departing: Vec<String>,
    /// The claim that states the consensus (the first consensus source's).
    pub claim: usize,
}

impl Consensus {
    /// Checks the invariants above against the number of claims of the comparison.
    pub fn is_valid(&self, claims: usize) -> bool {
        !self.sources.is_empty()
            && !self.departing.is_empty()
            && self.sources.len() > self.departing.len()
            && self.sources.iter().all(|s| !self.departing.contains(s))
            && self.claim < claims
    }
}
