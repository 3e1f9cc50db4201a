//! One sentence's tokens with their lowercase forms: what every extractor reads.

use crate::extract::token::{Token, TokenKind, tokenize};
use crate::model::Span;

/// The tokens of one sentence and their lowercase text.
pub struct Words<'a> {
    pub text: &'a str,
    pub sentence: Span,
    pub toks: Vec<Token>,
    /// Lowercase forms of all tokens: the whole sentence lowercased when it is ASCII, else
    /// each token's form one after another.
    lowered: String,
    /// For each token, its lowercase form: a range of `lowered` (one lookup, the hottest read
    /// of extraction).
    lower_at: Vec<(u32, u32)>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, sentence: Span) -> Words<'a> {
        let toks = tokenize(text, sentence);
        let whole = sentence.slice(text);
        let (lowered, lower_at) = if whole.is_ascii() {
            // An ASCII sentence is lowercased at once, and each token's form sits where the
            // token does.
            let base = sentence.start();
            let at = toks
                .iter()
                .map(|t| ((t.span.start() - base) as u32, (t.span.end() - base) as u32))
                .collect();
            // Copied, then lowercased in place: a loop the compiler runs on many bytes at
            // once, where building the string byte by byte does not.
            let mut lowered = whole.to_owned();
            lowered.make_ascii_lowercase();
            (lowered, at)
        } else {
            let mut lowered = String::with_capacity(whole.len());
            let at = toks
                .iter()
                .map(|t| {
                    let s = t.span.slice(text);
                    let start = lowered.len();
                    if s.is_ascii() {
                        lowered.push_str(s);
                        if let Some(added) = lowered.get_mut(start..) {
                            added.make_ascii_lowercase();
                        }
                    } else if s.chars().any(char::is_uppercase) {
                        lowered.push_str(&s.to_lowercase());
                    } else {
                        lowered.push_str(s);
                    }
                    (start as u32, lowered.len() as u32)
                })
                .collect();
            (lowered, at)
        };
        Words {
            text,
            sentence,
            toks,
            lowered,
            lower_at,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Lowercase text of token `i`, or `""` past the end.
    pub fn low(&self, i: usize) -> &str {
        self.lower_at
            .get(i)
            .and_then(|&(a, b)| self.lowered.get(a as usize..b as usize))
            .unwrap_or("")
    }

    /// Lowercase bytes of token `i`, or none past the end: `low` without the character
    /// boundary checks of slicing a string, for tests that read a byte or a length.
    #[inline]
    pub fn low_bytes(&self, i: usize) -> &[u8] {
        self.lower_at
            .get(i)
            .and_then(|&(a, b)| self.lowered.as_bytes().get(a as usize..b as usize))
            .unwrap_or_default()
    }

    /// Text of token `i` as written, or `""` past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// Whether token `i` is the punctuation mark `p`.
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.raw(i) == p
    }

    /// Whether token `i` is a hyphen or dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.raw(i), "-" | "–" | "—" | "−" | "‐")
    }

    /// Whether token `i` follows the previous one with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The first and the last token that `span` overlaps (the last is the first when it
    /// overlaps none). Tokens are in text order and do not overlap, so two binary searches
    /// find them: linear in the claims of a long sentence, where scans were quadratic.
    pub fn tokens_of(&self, span: Span) -> (usize, usize) {
        let first = self.toks.partition_point(|t| t.span.end() <= span.start());
        let last = self
            .toks
            .partition_point(|t| t.span.start() < span.end())
            .saturating_sub(1)
            .max(first);
        (first, last)
    }

    /// Span covering tokens `a..=b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.span.cover(y.span),
            _ => Span::new(self.sentence.start(), self.sentence.start()),
        }
    }

    /// Whether the words starting at `i` are `phrase`.
    pub fn matches_at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(k, w)| self.low(i + k) == *w)
    }

    /// Whether the words ending just before `end` are `phrase`.
    pub fn matches_before(&self, end: usize, phrase: &[&str]) -> bool {
        end >= phrase.len() && self.matches_at(end - phrase.len(), phrase)
    }
}
