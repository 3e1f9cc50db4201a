//! A set of lowercase words that answers "no" cheaply: most words looked up in a list of
//! starters are not in it, and a table of the lengths each first byte begins tells so
//! before the word is hashed.

use rustc_hash::FxHashSet as HashSet;

/// Longest length the table tells apart; longer words share its last bit.
const LONGEST: usize = 63;

#[derive(Debug, Clone)]
pub struct WordSet {
    words: HashSet<&'static str>,
    /// For each first byte, a bit per word length (capped at `LONGEST`) some word has.
    lengths: [u64; 256],
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            words: HashSet::default(),
            lengths: [0; 256],
        }
    }
}

fn bit(len: usize) -> u64 {
    1 << len.min(LONGEST)
}

impl WordSet {
    pub fn insert(&mut self, w: &'static str) {
        if let Some(&b) = w.as_bytes().first() {
            self.lengths[usize::from(b)] |= bit(w.len());
        }
        self.words.insert(w);
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }

    /// Whether some word of the set starts with byte `first` and is `len` bytes long: when
    /// not, no word with them is in it.
    #[inline]
    pub fn may_hold(&self, first: u8, len: usize) -> bool {
        self.lengths[usize::from(first)] & bit(len) != 0
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) if self.lengths[usize::from(b)] & bit(w.len()) == 0 => false,
            _ => self.words.contains(w),
        }
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, iter: I) {
        for w in iter {
            self.insert(w);
        }
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> Self {
        let mut s = WordSet::default();
        s.extend(iter);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_exactly_its_words() {
        let s: WordSet = ["march", "may", "a", "tomorrow", ""].into_iter().collect();
        for w in ["march", "may", "a", "tomorrow", ""] {
            assert!(s.contains(w), "{w}");
        }
        for w in ["mar", "marc", "mayor", "an", "b", "tomorrows", "April"] {
            assert!(!s.contains(w), "{w}");
        }
        assert!(s.may_hold(b'm', 5));
        assert!(!s.may_hold(b'm', 4));
    }
}
