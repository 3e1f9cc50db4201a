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

/// The length of a short word (at most `SHORT` bytes) and its bytes as one number: two
/// words share it only when they are equal. The bytes are read as two overlapping four-byte
/// halves (or the first, middle and last byte of a shorter word), not one at a time.
#[inline]
fn packed(w: &[u8]) -> u64 {
    let n = w.len();
    let bytes = match (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        // The halves overlap on equal bytes, so or-ing them in place gives every byte once.
        (Some(lo), Some(hi)) => {
            u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << (8 * (n - 4))
        }
        _ => match (w.first(), w.get(n / 2), w.last()) {
            (Some(&a), Some(&m), Some(&z)) => u64::from(a) | u64::from(m) << 8 | u64::from(z) << 16,
            _ => 0,
        },
    };
    bytes | (n as u64) << 56
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
    /// For each pair of first and second byte (see `pair_of`), a bit per word length some
    /// word starting with them has: common words share a first and a last byte with some
    /// listed word far more often than their first two bytes as well.
    pairs: [u64; 256],
}

/// Where the first two bytes of `w` fall in `Slots::pairs`. Only their low five bits are
/// read, so an ASCII letter and its capital fall together.
#[inline(always)]
fn pair_of(w: &[u8]) -> usize {
    let low = |b: Option<&u8>| b.map_or(0, |&b| b & 31);
    usize::from(low(w.first()) << 3 ^ low(w.get(1)))
}

impl Default for Slots {
    fn default() -> Self {
        Slots {
            short: HashMap::default(),
            long: HashMap::default(),
            lengths: [0; 256],
            ends: [0; 256],
            pairs: [0; 256],
        }
    }
}

impl Slots {
    fn add(&mut self, w: &'static str, slot: u32) {
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            self.lengths[usize::from(first)] |= bit(b.len());
            self.ends[usize::from(last)] |= bit(b.len());
            self.pairs[pair_of(b)] |= bit(b.len());
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
                || self.pairs[pair_of(b)] & len == 0
            {
                return None;
            }
        }
        self.hashed(w)
    }

    /// The slot of `w` from the hash maps. The word is packed where it is looked up, and
    /// each map is asked out of line: the short lookup then needs few registers to save.
    #[inline(always)]
    fn hashed(&self, w: &str) -> Option<u32> {
        let b = w.as_bytes();
        if b.len() <= SHORT {
            self.short_slot(packed(b))
        } else {
            self.long_slot(w)
        }
    }

    #[inline(never)]
    fn short_slot(&self, key: u64) -> Option<u32> {
        self.short.get(&key).copied()
    }

    #[inline(never)]
    fn long_slot(&self, w: &str) -> Option<u32> {
        self.long.get(w).copied()
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

    /// Whether `w` may be in the set, told by the tables alone: when not, it is not. Cheaper
    /// than `contains` for a word most often absent.
    #[inline]
    pub fn may_hold_word(&self, w: &[u8]) -> bool {
        let slots = &self.0.slots;
        match (w.first(), w.last()) {
            (Some(&first), Some(&last)) => {
                let len = bit(w.len());
                slots.lengths[usize::from(first)] & len != 0
                    && slots.ends[usize::from(last)] & len != 0
                    && slots.pairs[pair_of(w)] & len != 0
            }
            _ => true,
        }
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

    proptest::proptest! {
        /// The tables never turn away a word of the set, as written or (folded) in capitals.
        #[test]
        fn sets_hold_what_was_put_in_them(
            words in proptest::collection::vec("[abAB\\-é1]{0,9}", 0..12),
            probes in proptest::collection::vec("[abAB\\-é1]{0,9}", 0..12),
        ) {
            let words: Vec<&'static str> = words
                .into_iter()
                .map(|w| &*Box::leak(w.to_lowercase().into_boxed_str()))
                .collect();
            let set: WordSet = words.iter().copied().collect();
            for w in words.iter().copied().chain(probes.iter().map(String::as_str)) {
                let listed = words.contains(&w);
                proptest::prop_assert_eq!(set.contains(w), listed, "{:?}", w);
                proptest::prop_assert!(!listed || set.may_hold_word(w.as_bytes()), "{:?}", w);
            }
        }

        /// Short words are keyed by `packed`: two words share a key only when they are equal.
        #[test]
        fn packed_words_are_equal_only_when_the_words_are(
            a in proptest::collection::vec(proptest::sample::select(vec![0u8, b'a', b'b', 0xff]), 0..=SHORT),
            b in proptest::collection::vec(proptest::sample::select(vec![0u8, b'a', b'b', 0xff]), 0..=SHORT),
        ) {
            proptest::prop_assert_eq!(packed(&a) == packed(&b), a == b);
        }
    }

    #[test]
    fn an_empty_set_holds_nothing() {
        let s = WordSet::default();
        assert!(!s.contains(""));
        assert!(!s.contains("a"));
    }
}
