//! Which quotations may share enough words to be the same quote, found without comparing
//! every pair: a prefix filter over their words.
//!
//! Two quotations can be the same quote only if they share, counting repeats, at least
//! [`least_shared`] of the shorter one's words. Order every word occurrence (a word with how
//! many times it came before in its quotation) the same way for all quotations, rarest first;
//! the *prefix* of a quotation is its first words in that order, all but `least_shared − 1`.
//! If the shorter of two quotations has none of its prefix in the other, the two share at
//! most `least_shared − 1` words. So a pair need only be compared when the shorter one's
//! prefix meets the other: that is an index lookup, and rare words meet few quotations.

use rustc_hash::FxHashMap as HashMap;

/// Fewest words (counting repeats) that two quotations must share to be the same quote, when
/// the shorter one has `short` words: all of them, or the share [`super::quote::SAME_QUOTE`]
/// of them, as [`super::quote`]'s `may_share_enough` computes it.
pub fn least_shared(short: usize) -> usize {
    (0..=short)
        .find(|&shared| shared == short || shared as f64 >= super::quote::SAME_QUOTE * short as f64)
        .unwrap_or(short)
}

/// A word occurrence: the word's number and how many times it came before in its quotation.
type Token = (u32, u32);

/// The listed quotations, indexed by their words.
pub struct SharedWords {
    /// Each listed quotation's length.
    lengths: Vec<usize>,
    /// Each token of the listed quotations, numbered.
    number: HashMap<Token, usize>,
    /// By token number: the token, how many listed quotations hold it (the order is rarest
    /// first), which do, and which hold it in their prefix.
    token: Vec<Token>,
    held_by: Vec<u32>,
    all: Vec<Vec<usize>>,
    prefixes: Vec<Vec<usize>>,
    /// Which quotation last reached each listed one (so each is given once).
    seen: Vec<usize>,
}

/// A quotation's tokens: its word numbers, sorted, with repeats counted.
fn tokens(sorted: &[u32]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(sorted.len());
    for &w in sorted {
        let before = match out.last() {
            Some(&(v, n)) if v == w => n + 1,
            _ => 0,
        };
        out.push((w, before));
    }
    out
}

impl SharedWords {
    /// The index of `listed` quotations, each given by its sorted word numbers.
    pub fn new(listed: &[&[u32]]) -> SharedWords {
        let mut index = SharedWords {
            lengths: listed.iter().map(|s| s.len()).collect(),
            number: HashMap::default(),
            token: Vec::new(),
            held_by: Vec::new(),
            all: Vec::new(),
            prefixes: Vec::new(),
            seen: vec![usize::MAX; listed.len()],
        };
        let listed: Vec<Vec<usize>> = listed
            .iter()
            .enumerate()
            .map(|(place, s)| {
                tokens(s)
                    .into_iter()
                    .map(|t| {
                        let next = index.number.len();
                        let k = *index.number.entry(t).or_insert(next);
                        if k == next {
                            index.token.push(t);
                            index.held_by.push(0);
                            index.all.push(Vec::new());
                            index.prefixes.push(Vec::new());
                        }
                        index.held_by[k] += 1;
                        index.all[k].push(place);
                        k
                    })
                    .collect()
            })
            .collect();
        for (place, ks) in listed.into_iter().enumerate() {
            let mut ranked: Vec<(u32, Token, usize)> = ks
                .into_iter()
                .map(|k| (index.held_by[k], index.token[k], k))
                .collect();
            ranked.sort_unstable();
            for &(_, _, k) in &ranked[..prefix_length(ranked.len())] {
                index.prefixes[k].push(place);
            }
        }
        index
    }

    /// The places of the listed quotations that may share enough words with a quotation
    /// (its sorted word numbers; `asker` numbers it, different for each quotation asking),
    /// in no particular order.
    pub fn candidates(&mut self, asker: usize, sorted: &[u32], out: &mut Vec<usize>) {
        out.clear();
        let n = sorted.len();
        // Its tokens rarest first, with their numbers when listed quotations hold them (a
        // token none holds is rarest of all and reaches none).
        let mut ranked: Vec<(u32, Token, Option<usize>)> = tokens(sorted)
            .into_iter()
            .map(|t| {
                let k = self.number.get(&t).copied();
                (k.map_or(0, |k| self.held_by[k]), t, k)
            })
            .collect();
        ranked.sort_unstable();
        let seen = &mut self.seen;
        let mut give = |place: usize| {
            if seen[place] != asker {
                seen[place] = asker;
                out.push(place);
            }
        };
        // Listed quotations no longer than it: their prefix meets its words.
        for k in ranked.iter().filter_map(|r| r.2) {
            for &place in &self.prefixes[k] {
                if self.lengths[place] <= n {
                    give(place);
                }
            }
        }
        // Listed quotations no shorter than it: its prefix meets their words.
        for k in ranked[..prefix_length(n)].iter().filter_map(|r| r.2) {
            for &place in &self.all[k] {
                if self.lengths[place] >= n {
                    give(place);
                }
            }
        }
    }
}

/// How many of a quotation's tokens, rarest first, it must share some of with any quotation
/// it is the shorter of and may be the same quote as.
fn prefix_length(n: usize) -> usize {
    (n + 1).saturating_sub(least_shared(n)).min(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn least_shared_is_the_share_of_the_shorter() {
        assert_eq!(least_shared(3), 2);
        assert_eq!(least_shared(5), 3);
        assert_eq!(least_shared(10), 6);
        assert_eq!(least_shared(1), 1);
    }

    #[test]
    fn repeats_are_tokens_of_their_own() {
        assert_eq!(
            tokens(&[1, 1, 2, 5, 5, 5]),
            [(1, 0), (1, 1), (2, 0), (5, 0), (5, 1), (5, 2)]
        );
    }

    /// Every pair that shares at least [`least_shared`] tokens is found, whatever the lengths.
    #[test]
    fn finds_every_pair_that_shares_enough() {
        // Quotations over a small vocabulary, so that many pairs share words.
        let mut quotations: Vec<Vec<u32>> = Vec::new();
        let mut seed = 7u64;
        for n in 3..40 {
            let mut q: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 24) as u32
                })
                .collect();
            q.sort_unstable();
            quotations.push(q);
        }
        let listed: Vec<&[u32]> = quotations.iter().map(Vec::as_slice).collect();
        let mut index = SharedWords::new(&listed);
        let mut out = Vec::new();
        let mut found = 0;
        for (i, a) in quotations.iter().enumerate() {
            index.candidates(i, a, &mut out);
            for (j, b) in quotations.iter().enumerate() {
                let shared = tokens(a).iter().filter(|t| tokens(b).contains(t)).count();
                if shared >= least_shared(a.len().min(b.len())) {
                    assert!(out.contains(&j), "{i} and {j} share {shared}");
                    found += 1;
                }
            }
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn quotations_sharing_few_words_are_not_candidates() {
        let a: &[u32] = &[1, 2, 3, 4, 5];
        let b: &[u32] = &[1, 2, 6, 7, 8];
        let c: &[u32] = &[1, 2, 3, 4, 9, 10];
        let mut index = SharedWords::new(&[a, b, c]);
        let mut out = Vec::new();
        index.candidates(0, a, &mut out);
        out.sort_unstable();
        assert_eq!(out, [0, 2]);
    }
}
