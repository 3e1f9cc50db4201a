//! Byte spans into an article's text.

use std::fmt;

/// A half-open byte range `start..end` into an article's text.
///
/// Invariant: `start <= end`. Every span that a stage hands on indexes the text it
/// was made for: both ends lie on UTF-8 character boundaries of that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`. Returns `None` when `start > end`.
    pub fn try_new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    /// A span from `start` to `end`; an inverted pair is clamped to the empty span at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `None` when it does not index `text`.
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// The text this span covers, or `""` when it does not index `text`.
    pub fn slice(self, text: &str) -> &str {
        self.get(text).unwrap_or("")
    }

    /// Whether this span indexes `text` (in bounds, on character boundaries).
    pub fn indexes(self, text: &str) -> bool {
        self.get(text).is_some()
    }

    /// This span moved right by `offset` bytes.
    pub fn shift(self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn inverted_pairs_are_rejected_or_clamped() {
        assert_eq!(Span::try_new(5, 3), None);
        assert_eq!(Span::new(5, 3), Span::new(5, 5));
    }

    #[test]
    fn get_respects_char_boundaries() {
        let text = "a–b";
        assert_eq!(Span::new(0, 1).get(text), Some("a"));
        assert_eq!(Span::new(1, 2).get(text), None);
        assert_eq!(Span::new(1, 4).get(text), Some("–"));
    }

    proptest! {
        #[test]
        fn shifting_keeps_length_and_text(prefix in ".{0,20}", body in ".{0,40}", a in 0usize..60, b in 0usize..60) {
            let span = Span::new(a.min(b), a.max(b));
            let joined = format!("{prefix}{body}");
            let shifted = span.shift(prefix.len());
            prop_assert_eq!(span.len(), shifted.len());
            prop_assert_eq!(span.get(&body), shifted.get(&joined));
        }

        #[test]
        fn cover_contains_both(a in 0usize..100, b in 0usize..100, c in 0usize..100, d in 0usize..100) {
            let x = Span::new(a.min(b), a.max(b));
            let y = Span::new(c.min(d), c.max(d));
            let z = x.cover(y);
            prop_assert!(z.contains(x) && z.contains(y));
            prop_assert_eq!(x.overlaps(y), y.overlaps(x));
        }
    }
}
