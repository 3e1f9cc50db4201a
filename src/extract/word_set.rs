//! Sets and maps of words that answer "no" cheaply: most words looked up in a list of
//! starters or a lexicon are not in it, and tables of the lengths each first and each last
//! byte begin or end tell so before the word is hashed. Words of up to seven bytes (most of
//! them) are looked up as one number, which hashes and compares in a few instructions where a
//! string takes a loop and a call to memcmp.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Index;

/// Longest length the tables tell apart; longer words share their last bit.
const LONGEST: usize = 63;

/// Words of at most this many bytes are kept as numbers.
const SHORT: usize = 7;

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

/// Where each word sits among the entries of a set or map.
#[derive(Debug, Clone)]
struct Slots {
    /// Words of up to `SHORT` bytes, each as its length and bytes in one number.
    short: HashMap<u64, u32>,
    /// Longer words.
    long: HashMap<&'static str, u32>,
    /// For each first byte, a bit per word length (capped at `LONGEST`) some word has.
    lengths: [u64; 256],
    /// For each last byte, a bit per word length some word ending with it has.
    ends: [u64; 256],
}

impl Default for Slots {
    fn default() -> Self {
        Slots {
            short: HashMap::default(),
            long: HashMap::default(),
            lengths: [0; 256],
            ends: [0; 256],
        }
    }
}

impl Slots {
    fn add(&mut self, w: &'static str, slot: u32) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            self.lengths[usize::from(first)] |= bit(b.len());
            self.ends[usize::from(last)] |= bit(b.len());
        }
        if b.len() <= SHORT {
            self.short.insert(packed(b), slot);
        } else {
            self.long.insert(w, slot);
        }
    }

    /// The slot of `w`. The tables answer most words at once; only the rest are hashed.
    #[inline(always)]
    fn find(&self, w: &str) -> Option<u32> {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            let len = bit(b.len());
            if self.lengths[usize::from(first)] & len == 0
                || self.ends[usize::from(last)] & len == 0
            {
                return None;
            }
        }
        self.hashed(w)
    }

    fn hashed(&self, w: &str) -> Option<u32> {
        let b = w.as_bytes();
        if b.len() <= SHORT {
            self.short.get(&packed(b)).copied()
        } else {
            self.long.get(w).copied()
        }
    }
}

/// A map from words to values with the lookups of `HashMap` (`get`, `contains_key`, `[]`),
/// in insertion order when iterated; a later value for a word replaces the earlier one.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    slots: Slots,
    entries: Vec<(&'static str, V)>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            slots: Slots::default(),
            entries: Vec::new(),
        }
    }
}

impl<V> WordMap<V> {
    /// Adds `w` with `value`; returns the value it replaces.
    pub fn insert(&mut self, w: &'static str, value: V) -> Option<V> {
        match self.slots.find(w) {
            Some(s) => Some(std::mem::replace(&mut self.entries[s as usize].1, value)),
            None => {
                self.slots.add(w, self.entries.len() as u32);
                self.entries.push((w, value));
                None
            }
        }
    }

    #[inline(always)]
    pub fn get<K: AsRef<str> + ?Sized>(&self, w: &K) -> Option<&V> {
        let s = self.slots.find(w.as_ref())?;
        self.entries.get(s as usize).map(|e| &e.1)
    }

    #[inline(always)]
    pub fn contains_key<K: AsRef<str> + ?Sized>(&self, w: &K) -> bool {
        self.slots.find(w.as_ref()).is_some()
    }

    /// Whether some word of a map of lowercase words may be `raw` once lowercased: the
    /// first and last bytes are folded to ASCII lowercase, so a word as written ("Tuesday")
    /// is told "not listed" without lowercasing it first.
    #[inline]
    #[allow(dead_code)] // the date parser no longer asks; kept for words as written elsewhere
    pub fn may_hold_folded(&self, raw: &[u8]) -> bool {
        let (Some(first), Some(last)) = (raw.first(), raw.last()) else {
            return false;
        };
        let len = bit(raw.len());
        self.slots.lengths[usize::from(first.to_ascii_lowercase())] & len != 0
            && self.slots.ends[usize::from(last.to_ascii_lowercase())] & len != 0
    }

    pub fn keys(&self) -> impl Iterator<Item = &&'static str> + '_ {
        self.entries.iter().map(|e| &e.0)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&&'static str, &V)> + '_ {
        self.entries.iter().map(|e| (&e.0, &e.1))
    }
}

impl<V, K: AsRef<str> + ?Sized> Index<&K> for WordMap<V> {
    type Output = V;

    /// The value of `w`; panics when `w` is not in the map, like `HashMap`'s index.
    fn index(&self, w: &K) -> &V {
        match self.get(w) {
            Some(v) => v,
            None => panic!("{:?} is not in the word map", w.as_ref()),
        }
    }
}

impl<V> FromIterator<(&'static str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> Self {
        let mut m = WordMap::default();
        for (w, v) in iter {
            m.insert(w, v);
        }
        m
    }
}

/// A set of words.
#[derive(Debug, Clone, Default)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    pub fn insert(&mut self, w: &'static str) {
        self.0.insert(w, ());
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }

    /// Whether some word of the set starts with byte `first` and is `len` bytes long: when
    /// not, no word with them is in it.
    #[inline]
    pub fn may_hold(&self, first: u8, len: usize) -> bool {
        self.0.slots.lengths[usize::from(first)] & bit(len) != 0
    }

    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        self.0.contains_key(w)
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
    fn maps_keep_the_last_value_and_the_first_order() {
        let m: WordMap<i32> = [("war", 1), ("strike", 2), ("war", 3), ("meetings", 4)]
            .into_iter()
            .collect();
        assert_eq!(m.get("war"), Some(&3));
        assert_eq!(m["strike"], 2);
        assert_eq!(m.get(&"meetings"), Some(&4));
        assert!(m.contains_key("meetings"));
        assert!(!m.contains_key("meeting"));
        assert_eq!(m.get(""), None);
        assert_eq!(
            m.keys().copied().collect::<Vec<_>>(),
            ["war", "strike", "meetings"]
        );
    }

    #[test]
    fn an_empty_set_holds_nothing() {
        let s = WordSet::default();
        assert!(!s.contains(""));
        assert!(!s.contains("a"));
    }
}
