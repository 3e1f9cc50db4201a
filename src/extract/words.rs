//! One sentence's tokens with their lowercase forms: what every extractor reads.

use crate::extract::token::{Token, TokenKind, tokenize};
use crate::model::Span;

/// Whether a word is in the possessive ("Kerry's", "Syria’s"), with either apostrophe.
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Whether a word is an initialism of two to four capitals ("US", "ATR", "NATO").
pub fn is_initialism(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a lowercase word of more than three letters looks plural: it ends in "s" but
/// not "ss" ("vehicles", not "gas", "press").
pub fn looks_plural(low: &str) -> bool {
    low.len() > 3 && low.ends_with('s') && !low.ends_with("ss")
}

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

/// Whether `s` holds no character but ASCII ones whose lowercase form is itself and is no
/// uppercase letter (most are punctuation: "’", "“", "—"). Lowercasing its ASCII letters then
/// lowercases each of its tokens as `Words::new` does one by one: an ASCII token by its ASCII
/// letters; a token with no uppercase letter is kept as written (and holds no ASCII capital);
/// a token with one, all of them ASCII, by `str::to_lowercase`, which leaves every other
/// character of it as it is (its one rule of context is for `Σ`, an uppercase letter).
fn lowercases_in_place(s: &str) -> bool {
    let mut rest = s;
    while let Some(at) = first_non_ascii(rest.as_bytes()) {
        let mut chars = rest.get(at..).unwrap_or_default().chars();
        let Some(c) = chars.next() else {
            return false;
        };
        if !keeps_its_case(c) {
            return false;
        }
        rest = chars.as_str();
    }
    true
}

/// Where the first byte of `b` that is not ASCII is: eight bytes are tested at once (a byte
/// with its high bit set is none), most sentences having none or few.
fn first_non_ascii(b: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut blocks = b.chunks_exact(8);
    let mut at = 0;
    for block in blocks.by_ref() {
        let high = u64::from_le_bytes(block.try_into().unwrap_or_default()) & HIGH;
        if high != 0 {
            return Some(at + (high.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = blocks.remainder().iter().position(|c| !c.is_ascii());
    tail.map(|k| at + k)
}

/// Whether `c` is no uppercase letter and is its own lowercase form. The punctuation of
/// U+2000 to U+206F and the signs of U+00A0 to U+00BF are (a test checks each), told without
/// the Unicode tables.
#[inline]
fn keeps_its_case(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{A0}'..='\u{BF}') || is_own_lowercase(c)
}

/// The test of `keeps_its_case` by the Unicode tables.
fn is_own_lowercase(c: char) -> bool {
    !c.is_uppercase() && c.to_lowercase().eq([c])
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, sentence: Span) -> Words<'a> {
        let toks = tokenize(text, sentence);
        let whole = sentence.slice(text);
        let (lowered, lower_at) = if lowercases_in_place(whole) {
            // A sentence whose only characters lowercase are ASCII letters is lowercased at
            // once, and each token's form sits where the token does: the same form as the
            // token by token way below gives (see `lowercases_in_place`).
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

    /// The ")" that closes the "(" at token `open` within `within` tokens after it.
    pub fn closing_bracket(&self, open: usize, within: usize) -> Option<usize> {
        if !self.is_punct(open, "(") {
            return None;
        }
        (open + 1..=open + within).find(|&k| self.is_punct(k, ")"))
    }

    /// Whether token `i` is a hyphen or dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.raw(i), "-" | "–" | "—" | "−" | "‐")
    }

    /// Whether token `i` follows the previous one with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` makes a compound with the word after it by a hyphen with no space
    /// on either side ("third-stage", "war-monitoring").
    pub fn hyphened_to_next(&self, i: usize) -> bool {
        self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2)
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

    /// Steps over up to `most` names from token `k`, two of them maybe joined by "and" or
    /// "&" ("Kestrel and Brava models"), where `name` tells a token of one: the token after
    /// them and how many were stepped over.
    pub fn past_names(
        &self,
        k: usize,
        most: usize,
        name: impl Fn(usize) -> bool,
    ) -> (usize, usize) {
        let (mut t, mut names) = (k, 0);
        while names < most && name(t) {
            t += 1;
            names += 1;
            if matches!(self.low(t), "and" | "&") && name(t + 1) {
                t += 1;
            }
        }
        (t, names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_punctuation_told_without_tables_keeps_its_case() {
        for c in ('\u{2000}'..='\u{206F}').chain('\u{A0}'..='\u{BF}') {
            assert!(is_own_lowercase(c), "{c:?}");
        }
    }

    /// Each token's lowercase form, one by one as written.
    fn forms(w: &Words) -> Vec<String> {
        (0..w.len()).map(|i| w.low(i).to_string()).collect()
    }

    /// Lowercase forms as the token by token way gives them.
    fn forms_one_by_one(s: &str) -> Vec<String> {
        crate::extract::token::tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| {
                let s = t.span.slice(s);
                if s.is_ascii() {
                    s.to_ascii_lowercase()
                } else if s.chars().any(char::is_uppercase) {
                    s.to_lowercase()
                } else {
                    s.to_string()
                }
            })
            .collect()
    }

    #[test]
    fn lowercases_as_token_by_token() {
        for s in [
            "Russia’s “TALKS” — in Geneva…",
            "ÉTAT d’urgence in Ελλάδα: ΣΟΦΟΣ.",
            "ǅemal met Ⅳ and ª º µ ß İstanbul",
            "plain ASCII Text.",
        ] {
            let w = Words::new(s, Span::new(0, s.len()));
            assert_eq!(forms(&w), forms_one_by_one(s), "{s}");
        }
    }

    proptest! {
        #[test]
        fn lowercases_any_text_as_token_by_token(s in "\\PC{0,60}") {
            let w = Words::new(&s, Span::new(0, s.len()));
            prop_assert_eq!(forms(&w), forms_one_by_one(&s), "{:?}", s);
        }

        #[test]
        fn lowercases_news_text_as_token_by_token(
            s in "[a-zA-Z0-9 ’“”—–…éÉǅΣσßİµª\u{a0}'.,-]{0,60}"
        ) {
            let w = Words::new(&s, Span::new(0, s.len()));
            prop_assert_eq!(forms(&w), forms_one_by_one(&s), "{:?}", s);
        }
    }
}
