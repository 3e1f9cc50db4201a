//! Claims of N articles → findings: alignment, verdicts with tolerance, explanations.

use crate::model::{Article, Claim, Comparison};

/// Lines up the claims of the articles and gives each group a verdict.
pub fn compare(articles: Vec<Article>, claims: Vec<Claim>) -> Comparison {
    Comparison {
        articles,
        claims,
        findings: Vec::new(),
    }
}
