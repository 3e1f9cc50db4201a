//! Article → sentences and claims. One extractor per file; extraction never fails and never
//! panics: odd text yields no claims.

mod sentence;

pub use sentence::split_sentences;

use crate::model::{Article, Claim, Sentence};

/// What extraction finds in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
}

/// Splits the article body into sentences and extracts its claims, in text order.
pub fn extract(article: &Article) -> Extraction {
    let sentences = split_sentences(&article.text, article.body);
    Extraction {
        sentences,
        claims: Vec::new(),
    }
}
