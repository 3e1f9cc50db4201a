//! The result of comparing the articles of one event: what every report renders.

use crate::model::{Article, Claim, Finding, Verdict};

/// Articles, their claims and the findings over them.
///
/// Invariants: every claim's `source` is the id of one of `articles`; every finding's claim
/// indices index `claims`; findings are in report order (contradictions first).
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
}

/// How many findings of each verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub findings: usize,
    pub agree: usize,
    pub compatible: usize,
    pub contradict: usize,
    pub unique: usize,
}

impl Comparison {
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            findings: self.findings.len(),
            ..Summary::default()
        };
        for f in &self.findings {
            match f.verdict {
                Verdict::Agree => s.agree += 1,
                Verdict::Compatible => s.compatible += 1,
                Verdict::Contradict => s.contradict += 1,
                Verdict::Unique => s.unique += 1,
            }
        }
        s
    }

    /// The article a claim comes from.
    pub fn article_of(&self, claim: &Claim) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == claim.source)
    }
}
