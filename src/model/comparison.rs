//! The result of comparing the articles of one event: what every report renders.

use crate::model::{Article, Claim, Finding, Verdict};
use std::collections::BTreeMap;

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

/// How one source fares against the others: the findings it takes part in, by verdict, and how
/// often it departs from a consensus of the others.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Standing {
    /// The source id.
    pub source: String,
    pub agree: usize,
    pub compatible: usize,
    pub contradict: usize,
    pub unique: usize,
    /// Contradicted findings where this source is among those departing from the consensus.
    pub departs: usize,
    /// Contradicted findings where this source is part of the consensus.
    pub with_consensus: usize,
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

    /// Each article's standing, in article order.
    pub fn standing(&self) -> Vec<Standing> {
        let mut out: Vec<Standing> = self
            .articles
            .iter()
            .map(|a| Standing {
                source: a.id.clone(),
                ..Standing::default()
            })
            .collect();
        let index: BTreeMap<&str, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let at = |id: &str| index.get(id).copied();
        for f in &self.findings {
            // Each source once per finding, whatever number of its claims the finding holds.
            let mut taking_part: Vec<usize> = f
                .claims
                .iter()
                .filter_map(|&i| at(&self.claims.get(i)?.source))
                .collect();
            taking_part.sort_unstable();
            taking_part.dedup();
            for &n in &taking_part {
                let s = &mut out[n];
                match f.verdict {
                    Verdict::Agree => s.agree += 1,
                    Verdict::Compatible => s.compatible += 1,
                    Verdict::Contradict => s.contradict += 1,
                    Verdict::Unique => s.unique += 1,
                }
            }
            if let Some(c) = &f.consensus {
                for n in c.departing.iter().filter_map(|id| at(id)) {
                    out[n].departs += 1;
                }
                for n in c.sources.iter().filter_map(|id| at(id)) {
                    out[n].with_consensus += 1;
                }
            }
        }
        out
    }

    /// The article a claim comes from.
    pub fn article_of(&self, claim: &Claim) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == claim.source)
    }
}
