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
}
