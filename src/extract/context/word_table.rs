//! A table of a few hundred words found by a number made of their bytes: a word of up to
//! seven bytes is its number, so comparing numbers finds it or turns it away, most often at
//! the first slot looked at, with no string hashed or compared; a longer word found by its
//! number is compared whole.

/// Words with a value each, in open addressing: a power of two of slots, at most a quarter
/// of them taken, each empty (number 0) or a word's number and its place in `entries`.
pub(super) struct WordTable<V> {
    slots: Vec<(u64, u32)>,
    entries: Vec<(&'static str, V)>,
    /// How far a number's hash is shifted down to give a slot.
    shift: u32,
}

/// The number of `b`, never 0: for up to seven bytes their length above the bytes
/// themselves (two words share it only when they are equal); for more, a mix of their first
/// and last eight bytes and their length, with the top bit set.
#[inline]
fn number(b: &[u8]) -> u64 {
    let n = b.len();
    match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(head), Some(tail)) => {
            (u64::from_le_bytes(*head) ^ u64::from_le_bytes(*tail).rotate_left(23) ^ n as u64)
                | 1 << 63
        }
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            // Four to seven bytes: the first four and the last four, which overlap on the
            // same bytes, each put where it stands in the word.
            (Some(lo), Some(hi)) => {
                u64::from(u32::from_le_bytes(*lo))
                    | u64::from(u32::from_le_bytes(*hi)) << (8 * (n - 4))
                    | (n as u64) << 56
            }
            _ => match *b {
                [x, y, z] => u64::from_le_bytes([x, y, z, 0, 0, 0, 0, 3]),
                [x, y] => u64::from_le_bytes([x, y, 0, 0, 0, 0, 0, 2]),
                [x] => u64::from_le_bytes([x, 0, 0, 0, 0, 0, 0, 1]),
                // The empty word, in no table.
                _ => 1 << 62,
            },
        },
    }
}

impl<V: Copy> WordTable<V> {
    /// The table of `words` (each once).
    pub(super) fn new(words: Vec<(&'static str, V)>) -> WordTable<V> {
        let size = (words.len() * 4).next_power_of_two().max(64);
        let mut table = WordTable {
            slots: vec![(0, 0); size],
            entries: Vec::with_capacity(words.len()),
            shift: 64 - size.trailing_zeros(),
        };
        for (w, value) in words {
            let n = number(w.as_bytes());
            let mut at = table.slot(n);
            while table.slots.get(at).is_some_and(|&(taken, _)| taken != 0) {
                at = (at + 1) & (size - 1);
            }
            if let Some(slot) = table.slots.get_mut(at) {
                *slot = (n, table.entries.len() as u32);
            }
            table.entries.push((w, value));
        }
        table
    }

    /// Where the search for a word of number `n` starts.
    #[inline]
    fn slot(&self, n: u64) -> usize {
        (n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `w`, if it is in the table: looked up once per word of a sentence, so
    /// inlined where it is asked.
    #[inline]
    pub(super) fn get(&self, w: &str) -> Option<V> {
        let b = w.as_bytes();
        let n = number(b);
        let mut at = self.slot(n);
        // A quarter full at most: an empty slot ends every search.
        loop {
            let &(taken, entry) = self.slots.get(at)?;
            if taken == 0 {
                return None;
            }
            if taken == n
                && let Some(&(word, value)) = self.entries.get(entry as usize)
                && (b.len() < 8 || word.as_bytes() == b)
            {
                return Some(value);
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_its_words() {
        let words = [
            "a",
            "an",
            "the",
            "war",
            "says",
            "strike",
            "killing",
            "government",
            "governments",
            "governor",
            "internationally",
            "monday's",
            "syria’s",
            "é",
        ];
        let table = WordTable::new(words.iter().enumerate().map(|(k, w)| (*w, k)).collect());
        for (k, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(k), "{w}");
        }
        for w in [
            "",
            "b",
            "ab",
            "th",
            "wars",
            "strikes",
            "governmentz",
            "government ",
            "governors",
            "internationallY",
            "mondays",
            "syria",
            "e",
            "A",
            "the\0",
        ] {
            assert_eq!(table.get(w), None, "{w:?}");
        }
    }

    proptest::proptest! {
        /// Short words share a number only when they are equal.
        #[test]
        fn short_numbers_tell_words_apart(
            a in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, b'a', b'b', 0xff]), 0..8),
            b in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, b'a', b'b', 0xff]), 0..8),
        ) {
            proptest::prop_assert_eq!(number(&a) == number(&b), a == b);
            proptest::prop_assert_ne!(number(&a), 0);
        }
    }
}
