//! Sentence splitting for news text.

use crate::model::{Sentence, Span};

/// Splits the `body` span of `text` into sentences.
pub fn split_sentences(text: &str, body: Span) -> Vec<Sentence> {
    // Placeholder until the news splitter lands: one sentence per non-empty line.
    let mut out = Vec::new();
    let Some(b) = body.get(text) else { return out };
    let mut offset = body.start();
    for line in b.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            out.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
            });
        }
        offset += line.len();
    }
    out
}
