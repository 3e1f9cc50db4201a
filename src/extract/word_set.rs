//! A set of lowercase words that answers "no" cheaply: most words looked up in a list of
//! starters are not in it, and tables of the lengths each first and each last byte begin or
//! end tell so before the word is hashed.
//! Words of up to seven bytes (most of them) are looked up as one number, which hashes and
//! compares in a few instructions where a string takes a loop and a call to memcmp.

use rustc_hash::FxHashSet as HashSet;

/// Longest length the tables tell apart; longer words share their last bit.
const LONGEST: usize = 63;

/// Words of at most this many bytes are kept as numbers.
const SHORT: usize = 7;

#[derive(Debug, Clone)]
pub struct WordSet {
    /// Words of up to `SHORT` bytes, each as its bytes and its length in one number.
    short: HashSet<u64>,
    /// Longer words.
    long: HashSet<&'static str>,
    /// Every word, for iteration.
    words: Vec<&'static str>,
    /// For each first byte, a bit per word length (capped at `LONGEST`) some word has.
    lengths: [u64; 256],
    /// For each last byte, a bit per word length some word ending with it has.
    ends: [u64; 256],
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            short: HashSet::default(),
            long: HashSet::default(),
            words: Vec::new(),
            lengths: [0; 256],
            ends: [0; 256],
        }
    }
}

fn bit(len: usize) -> u64 {
    1 << len.min(LONGEST)
}

/// The length of a short word and its bytes as one number: two words share it only when
/// they are equal.
#[inline]
fn packed(w: &[u8]) -> u64 {
    w.iter()
        .fold(w.len() as u64, |k, &b| (k << 8) | u64::from(b))
}

impl WordSet {
    pub fn insert(&mut self, w: &'static str) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            self.lengths[usize::from(first)] |= bit(b.len());
            self.ends[usize::from(last)] |= bit(b.len());
        }
        let new = if b.len() <= SHORT {
            self.short.insert(packed(b))
        } else {
            self.long.insert(w)
        };
        if new {
            self.words.push(w);
        }
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

    /// Whether `w` is in the set. The tables answer most words at once; only the rest are
    /// hashed.
    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            let len = bit(b.len());
            if self.lengths[usize::from(first)] & len == 0
                || self.ends[usize::from(last)] & len == 0
            {
                return false;
            }
        }
        self.holds(w)
    }

    fn holds(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() <= SHORT {
            self.short.contains(&packed(b))
        } else {
            self.long.contains(w)
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
        let words = [
            "march",
            "may",
            "a",
            "tomorrow",
            "",
            "yesterdays",
            "€",
            "US$",
            "seven77",
            "eight888",
        ];
        let s: WordSet = words.into_iter().collect();
        for w in words {
            assert!(s.contains(w), "{w}");
        }
        for w in [
            "mar",
            "marc",
            "mayor",
            "an",
            "b",
            "tomorrows",
            "April",
            "yesterday",
            "yesterdayz",
            "m\0y",
            "a\0",
            "\0",
            "seven7",
            "eight88",
            "eight8888",
            "$",
            "us$",
        ] {
            assert!(!s.contains(w), "{w}");
        }
        assert!(s.may_hold(b'm', 5));
        assert!(!s.may_hold(b'm', 4));
        let mut all: Vec<&str> = s.iter().collect();
        all.sort_unstable();
        assert_eq!(all.len(), words.len());
    }

    #[test]
    fn an_empty_set_holds_nothing() {
        let s = WordSet::default();
        assert!(!s.contains(""));
        assert!(!s.contains("a"));
    }
}
