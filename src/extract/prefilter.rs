//! The cheap scan of every sentence before it is lexed, made once for two later passes: most
//! sentences state no figure or date, and most no position.
//!
//! A sentence may state a figure or a date when it holds
//! - a digit, or a vulgar fraction ("½", the lexer's to tell);
//! - a number word or vague plural standing as a whole word: no letter on either side, so
//!   "twenty-five", "five-year" and "one-third" pass but "someone" and "often" do not;
//! - a word that names a date, a time or a length of time without a digit ("Tuesday",
//!   "November", "weeks", "now"), standing as a whole word, perhaps with a plural `s`.
//!
//! It may state a position when it holds a stance word ("supports", "demands": the first words
//! of `position`'s phrases) standing whole; where they stand is kept for the position finder.
//!
//! The sentence's runs of ASCII letters are found eight bytes at a time and each is looked up
//! once, as written, in one map of all three lists, whose value tells which lists hold it:
//! the map's tables of first and last bytes turn most runs away before any is hashed. Digits
//! and fractions are looked for only in a sentence without such a word. (Searching the
//! lowercased sentence for every listed word with two Aho-Corasick automata cost five times as
//! much: the matches overlap and each was then checked for its bounds; one regex for
//! everything had to build thousands of lazy DFA states. Walking the runs once for the
//! figures and once more for the stances cost twice the walk.)

use crate::extract::date_words::date_words;
use crate::extract::lexicon::{NumberWordKind, lexicon};
use crate::extract::position::{self, Candidate};
use crate::extract::token::has_vulgar_fraction;
use crate::model::Sentence;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Month names that are verbs unless capitalized: "may" alone says no date.
const VERBS: [&str; 3] = ["may", "march", "mar"];

/// The number words and vague plurals a figure can be written with (ordinals are not figures).
fn number_words() -> Vec<&'static str> {
    let l = lexicon();
    let mut words: Vec<&str> = l
        .number_words
        .iter()
        .filter(|(_, n)| n.kind != NumberWordKind::Ordinal)
        .map(|(w, _)| *w)
        .chain(l.vague_plurals.keys().copied())
        // "A gunman opened fire": one attacker, counted with "a" (see `phrase_words`).
        .chain(
            l.role_measures
                .iter()
                .filter(|(_, m)| **m == "attacking")
                .map(|(w, _)| *w),
        )
        // "a pair of security guards": two (see `phrase_words`).
        .chain(["pair"])
        .collect();
    words.sort_unstable();
    words
}

/// Every word that can start or make a date, time or length of time without a digit.
fn date_words_alone() -> Vec<&'static str> {
    let d = date_words();
    let l = lexicon();
    let mut words: Vec<&str> = Vec::new();
    words.extend(l.months.keys().copied());
    // Abbreviated units and "second" only make a length of time after a number, and a
    // sentence with a number passes anyway.
    words.extend(l.time_units.keys().copied().filter(|u| {
        !matches!(
            *u,
            "second" | "sec" | "secs" | "min" | "mins" | "hr" | "hrs" | "yr" | "yrs"
        )
    }));
    words.extend(d.weekdays.keys().copied());
    words.extend(d.seasons.keys().copied());
    words.extend(d.days.keys().copied());
    // Parts of a day after "last" or "this" ("last night", "this morning").
    words.extend(d.dayparts.keys().copied());
    // The telling word of each reference ("now", "past", "time"); "at the moment" and
    // "these days" are left to sentences that show another date word.
    words.extend(
        d.refs
            .iter()
            .filter_map(|(w, _)| w.last().copied())
            .filter(|w| !matches!(*w, "moment" | "present" | "days")),
    );
    words.extend(["weekend", "quarter", "tonight"]);
    words.sort_unstable();
    words.dedup();
    words
}

/// What a listed word may start, as bits of one byte.
type Marks = u8;
/// A number word or vague plural a figure can be written with.
const NUMBER: Marks = 1;
/// A word that can make a date, time or length of time on its own.
const DATE: Marks = 2;
/// The first word of a stance phrase, or a stance noun (see `position`).
const STANCE: Marks = 4;

/// Every number word, date word and stance word, with what it may start: the one table each
/// run of letters is looked up in.
static WORDS: LazyLock<WordTable> = LazyLock::new(|| {
    let mut words = WordTable::default();
    for w in number_words() {
        words.mark(w, NUMBER);
    }
    for w in date_words_alone() {
        words.mark(w, DATE);
    }
    for w in position::stance_first_words() {
        words.mark(w, STANCE);
    }
    words
});

/// Longest word the table holds (every listed word is shorter; a test checks it).
const LONGEST_WORD: usize = 16;

/// Words of ASCII letters (lowercase, two to `LONGEST_WORD` letters) with their marks, looked
/// up by runs of letters as written. Two tables of the lengths of the words with each first
/// two letters, and with each first and last letter, turn most runs away before they are
/// hashed: common words ("the", "were", "said") seldom share both with a listed word of their
/// length (a table of last letters alone let twice as many through). The tables are indexed
/// by the low five bits of the letters, the same for a letter and its capital. A word is keyed
/// by its letters read as one number, so it hashes and compares in a few instructions.
struct WordTable {
    /// For each first and second letter (by `pair`), a bit per length of the words starting
    /// with them.
    starts: [u32; 1024],
    /// For each first and last letter (by `pair`), a bit per length of the words with them.
    ends: [u32; 1024],
    /// Each word's marks, by `key`.
    marks: FxHashMap<u128, Marks>,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable {
            starts: [0; 1024],
            ends: [0; 1024],
            marks: FxHashMap::default(),
        }
    }
}

/// Where a word with letters `a` and `b` falls in a table of `WordTable`.
#[inline]
fn pair(a: u8, b: u8) -> usize {
    usize::from(a & 31) << 5 | usize::from(b & 31)
}

/// The first `len` bytes (2 to 16) of `bytes`, with ASCII capitals lowercased as a letter's
/// `| 0x20` does, as one number: two runs of letters share it only when they are the same
/// word, in any case.
#[inline]
fn key(bytes: u128, len: usize) -> u128 {
    let kept = u128::MAX >> (8 * (16 - len.clamp(1, 16)));
    (bytes | 0x2020_2020_2020_2020_2020_2020_2020_2020) & kept
}

impl WordTable {
    /// Adds `mark` to the marks of `w`; a word that is not two to `LONGEST_WORD` lowercase
    /// letters is left out (no run is spelled so).
    fn mark(&mut self, w: &str, mark: Marks) {
        let b = w.as_bytes();
        if !(2..=LONGEST_WORD).contains(&b.len()) || !b.iter().all(u8::is_ascii_lowercase) {
            return;
        }
        self.starts[pair(b[0], b[1])] |= 1 << b.len();
        self.ends[pair(b[0], b[b.len() - 1])] |= 1 << b.len();
        *self
            .marks
            .entry(key(sixteen_bytes(b, 0), b.len()))
            .or_default() |= mark;
    }

    /// Whether the table may hold a run of `len` letters starting with `first` and `second`
    /// and ending with `last`: when not, it holds no such run.
    #[inline]
    fn may_hold(&self, first: u8, second: u8, last: u8, len: usize) -> bool {
        if !(2..=LONGEST_WORD).contains(&len) {
            return false;
        }
        let bit = 1u32 << len;
        self.starts[pair(first, second)] & bit != 0 && self.ends[pair(first, last)] & bit != 0
    }

    /// The marks of `run`, a run of ASCII letters at `start` in `b`.
    #[inline]
    fn marks(&self, b: &[u8], start: usize, run: &[u8]) -> Marks {
        let len = run.len();
        let (Some(&first), Some(&second), Some(&last)) = (run.first(), run.get(1), run.last())
        else {
            return 0;
        };
        if !self.may_hold(first, second, last, len) {
            return 0;
        }
        self.hashed(key(sixteen_bytes(b, start), len))
    }

    #[inline(never)]
    fn hashed(&self, key: u128) -> Marks {
        self.marks.get(&key).copied().unwrap_or(0)
    }
}

/// What the scan of an article's sentences finds.
pub struct Scan {
    /// For each sentence, whether it may state a figure or a date (see the module's doc).
    pub may_state_figure_or_date: Vec<bool>,
    /// The sentences with a stance word, in order, with where those words stand.
    pub position_candidates: Vec<Candidate>,
}

/// Reads every sentence once (see the module's doc). A sentence span that does not index
/// `text` may state nothing.
pub fn scan(text: &str, sentences: &[Sentence]) -> Scan {
    let mut may_state_figure_or_date = Vec::with_capacity(sentences.len());
    let mut position_candidates = Vec::new();
    let mut stance_words = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        let Some(sentence) = s.span.get(text) else {
            may_state_figure_or_date.push(false);
            continue;
        };
        may_state_figure_or_date.push(scan_sentence(sentence, &mut stance_words));
        if !stance_words.is_empty() {
            let base = s.span.start();
            let words = stance_words.drain(..).map(|(a, b)| (base + a, base + b));
            position_candidates.push(Candidate::new(n, s.span, words.collect()));
        }
    }
    Scan {
        may_state_figure_or_date,
        position_candidates,
    }
}

/// Whether `sentence` may state a number or a date; adds where its stance words stand (as
/// offsets into it) to `stance_words`.
///
/// Every listed word is a run of ASCII letters, so a listed word with no letter on either
/// side is a whole run of the sentence's ASCII letters, and a date word with a plural `s` is
/// a run less its last letter. A stance word stands whole ("supports", not "supporters" nor
/// "2supports") when no letter or digit touches it: a run with no digit on either side.
///
/// The runs are found 64 bytes at a time: a mask with a bit per letter byte (`letter_mask`)
/// gives the runs' starts (a letter after no letter) and ends (no letter after a letter) as
/// its own bits, read off in order. A loop over the bytes one at a time, an iterator of runs,
/// or marks read eight bytes at a time with a turn of the loop per start and end, cost
/// several times as much.
fn scan_sentence(sentence: &str, stance_words: &mut Vec<(usize, usize)>) -> bool {
    let b = sentence.as_bytes();
    let words = &*WORDS;
    let mut says_so = false;
    let mut look_up = |start: usize, end: usize| {
        let byte = |i: usize| b.get(i).copied().unwrap_or_default();
        let (first, second, last) = (byte(start), byte(start + 1), byte(end.wrapping_sub(1)));
        let len = end - start;
        // A run may be a listed word, or (while no number or date word is found) one with a
        // plural `s`.
        if words.may_hold(first, second, last, len)
            || (!says_so
                && last | 0x20 == b's'
                && words.may_hold(first, second, byte(end.wrapping_sub(2)), len - 1))
        {
            says_so |= listed_run(words, b, start, end, says_so, stance_words);
        }
    };
    // The start of the run the bytes read so far end in.
    let mut open: Option<usize> = None;
    // Whether the byte before the block is a letter.
    let mut carry = 0;
    let mut blocks = b.chunks(64);
    let mut at = 0;
    for block in blocks.by_ref() {
        let letters = match <&[u8; 64]>::try_from(block) {
            Ok(whole) => letter_mask(whole),
            // The last block, shorter: zeros past the end are no letters, so a run reaching
            // the end of the block ends there.
            Err(_) => {
                let mut padded = [0u8; 64];
                if let Some(head) = padded.get_mut(..block.len()) {
                    head.copy_from_slice(block);
                }
                letter_mask(&padded)
            }
        };
        let before = letters << 1 | carry;
        // A bit for each letter after no letter, and for each other byte after a letter.
        let mut starts = letters & !before;
        let mut ends = !letters & before;
        carry = letters >> 63;
        // Starts and ends alternate: a run open from the block before ends first.
        loop {
            if let Some(start) = open {
                if ends == 0 {
                    break;
                }
                look_up(start, at + ends.trailing_zeros() as usize);
                ends &= ends - 1;
                open = None;
            }
            if starts == 0 {
                break;
            }
            open = Some(at + starts.trailing_zeros() as usize);
            starts &= starts - 1;
        }
        at += 64;
    }
    if let Some(start) = open {
        look_up(start, b.len());
    }
    says_so || has_digit(b) || has_vulgar_fraction(sentence)
}

/// A bit for each byte of `block` that is an ASCII letter (bit `i` for byte `i`): the marks of
/// `letter_bytes`, eight bytes at a time, gathered into one byte each.
#[inline]
fn letter_mask(block: &[u8; 64]) -> u64 {
    let mut mask = 0;
    for (k, w) in block.chunks_exact(8).enumerate() {
        let w = u64::from_le_bytes(w.try_into().unwrap_or_default());
        mask |= high_bits(letter_bytes(w)) << (8 * k);
    }
    mask
}

/// The high bit of each byte of `marks` (no other bit set), gathered into the low byte (bit
/// `i` for byte `i`): shifted to the low bit of its byte, the multiplier moves byte `i`'s bit
/// to bit `56 + i`, and no two of its partial products meet, so none carries.
#[inline]
fn high_bits(marks: u64) -> u64 {
    (marks >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Looks up the run of letters `start..end` of `b`, which the table may hold: records it when
/// it is a stance word standing whole, and tells whether it is a number or date word (asked
/// only until one is found: `says_so`).
#[inline(never)]
fn listed_run(
    words: &WordTable,
    b: &[u8],
    start: usize,
    end: usize,
    says_so: bool,
    stance_words: &mut Vec<(usize, usize)>,
) -> bool {
    let Some(run) = b.get(start..end) else {
        return false;
    };
    let marks = words.marks(b, start, run);
    let digit = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    if marks & STANCE != 0 && !digit(start.checked_sub(1)) && !digit(Some(end)) {
        stance_words.push((start, end));
    }
    !says_so && says_a_figure_or_date(words, marks, b, start, run)
}

/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The sixteen bytes of `b` from `start` as one number, zeros past its end.
#[inline]
fn sixteen_bytes(b: &[u8], start: usize) -> u128 {
    match b.get(start..start + 16) {
        Some(bytes) => u128::from_le_bytes(bytes.try_into().unwrap_or_default()),
        None => b
            .get(start..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |w, &c| w << 8 | u128::from(c)),
    }
}

/// The high bit of each byte of `w` that is an ASCII letter (`w` holds eight bytes of text),
/// found for all eight bytes at once: folded to lowercase with its high bit cleared, a letter
/// is at least `a` (adding 0x1F sets its high bit) and not past `z` (adding 5 does not); the
/// sums stay within their byte. A byte with its high bit set is no ASCII letter.
#[inline]
fn letter_bytes(w: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let low = (w | (0x20 * EACH)) & !HIGH;
    let from_a = low + (0x80 - u64::from(b'a')) * EACH;
    let past_z = low + (0x80 - u64::from(b'z') - 1) * EACH;
    from_a & !past_z & !w & HIGH
}

/// Whether a whole run of ASCII letters (`run`, at `start` in `b`, with `marks` from the
/// table) is a number word or a date word, or a date word with a plural `s` ("weeks",
/// "Tuesdays"). "may" and "march" are verbs unless capitalized.
fn says_a_figure_or_date(
    words: &WordTable,
    marks: Marks,
    b: &[u8],
    start: usize,
    run: &[u8],
) -> bool {
    if marks & NUMBER != 0 || (marks & DATE != 0 && !is_verb(run)) {
        return true;
    }
    match run.split_last() {
        Some((b's' | b'S', stem)) => words.marks(b, start, stem) & DATE != 0 && !is_verb(stem),
        _ => false,
    }
}

fn is_verb(word: &[u8]) -> bool {
    VERBS.iter().any(|v| v.as_bytes() == word)
}

/// Whether `b` holds an ASCII digit. Blocks of 16 bytes are tested whole (the compiler tests
/// such a block in a few vector instructions), and the search stops at the first block with one.
fn has_digit(b: &[u8]) -> bool {
    let mut blocks = b.chunks_exact(16);
    blocks.by_ref().any(|block| {
        block
            .iter()
            .fold(false, |seen, c| seen | c.is_ascii_digit())
    }) || blocks.remainder().iter().any(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn may_state_figure_or_date(s: &str) -> bool {
        scan_sentence(s, &mut Vec::new())
    }

    /// The test as plain scans of the text: what the searchers must answer.
    fn plain(s: &str) -> bool {
        let b = s.as_bytes();
        let lower = s.to_ascii_lowercase();
        let digit = b.iter().any(u8::is_ascii_digit)
            || s.chars().any(crate::extract::token::is_vulgar_fraction);
        let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
        let number = number_words().iter().any(|w| {
            lower
                .match_indices(w)
                .any(|(s, _)| (s == 0 || !letter(s - 1)) && !letter(s + w.len()))
        });
        let date = date_words_alone().iter().any(|w| {
            lower.match_indices(w).any(|(s, _)| {
                let e = s + w.len();
                let before = s == 0 || !b[s - 1].is_ascii_alphanumeric();
                let after = !letter(e) || (matches!(b[e], b's' | b'S') && !letter(e + 1));
                let verb = VERBS.iter().any(|v| v.as_bytes() == &b[s..e]);
                before && after && !verb
            })
        });
        digit || number || date
    }

    #[test]
    fn keeps_sentences_with_figures_and_dates() {
        for s in [
            "The talks are set for Dec. 18 in New York.",
            "International talks on Syria in Vienna in November set a deadline.",
            "They will meet next Tuesday, officials said.",
            "He served 2 1/2 years in prison.",
            "Sales fell by a quarter.",
            "Twenty-five people were hurt.",
            "Some twenty-five people were hurt.",
            "Prices rose by ½ a point.",
            "Dozens were hurt.",
            "The explosions killed a pair of security guards.",
            "Fighting went on for weeks.",
            "The strike hit on Tuesday's market.",
            "Officials now say otherwise.",
            "It happened last SPRING.",
            "The vote is due in May.",
            "The march began in MARCH.",
            "A five-year plan.",
            "Bloodshed came last night.",
            "One-third of them left.",
        ] {
            assert!(may_state_figure_or_date(s), "{s}");
            assert!(plain(s), "{s}");
        }
    }

    #[test]
    fn skips_sentences_without_them() {
        for s in [
            "The cat sat on the mat.",
            "He may go home.",
            "Protesters march on the capital.",
            "The undecided voters stayed away.",
            "Nowhere was safe.",
            "Mondayish talk.",
            "Someone said so.",
            "They often fight.",
            "",
        ] {
            assert!(!may_state_figure_or_date(s), "{s}");
            assert!(!plain(s), "{s}");
        }
    }

    #[test]
    fn listed_words_are_lowercase_letters() {
        // They are looked up as runs of two or more letters folded to lowercase, and every
        // one must be found so.
        for w in number_words().into_iter().chain(date_words_alone()) {
            assert!(
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w:?}"
            );
            assert!(
                may_state_figure_or_date(w) || is_verb(w.as_bytes()),
                "{w:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn answers_as_plain_scans(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Tuesday", "tuesdays", "may", "May", "MAR", "march", "March", "Marches",
                    "someone", "often", "now", "nowhere", "weeks", "weekss", "9", "x",
                    "2Tuesday", "the", "at", "time", "_", "-", "'s", "s", "é", "ſ", "K",
                    "spring", "Sept", "sept.", "years", "yrs", "quarter", "dozen", "nil",
                    "½", "a", "", "Mays", "mays", "Thousands", "weekends", "WEEKS", "monday",
                ]),
                0..8,
            ),
            glue in proptest::collection::vec(proptest::sample::select(vec!["", " ", "-", "'"]), 8),
        ) {
            let s: String = words
                .iter()
                .zip(&glue)
                .flat_map(|(w, g)| [*w, *g])
                .collect();
            prop_assert_eq!(may_state_figure_or_date(&s), plain(&s), "{}", s);
        }

        /// The scan finds the stance words and answers the figure-or-date test as plain scans
        /// of the text do, over text where words of every length cross the eight-byte blocks
        /// the scan reads, touch digits and other letters, and sit by multibyte characters.
        #[test]
        fn scans_as_plain_scans(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "supports", "SUPPORTS", "Supporters", "said", "says", "reject", "rejected",
                    "opposition", "demands", "Tuesday", "weeks", "March", "march", "twelve",
                    "thousands", "x", "ab", "the", "internationalization", "abcdefghijklmnopq",
                    "9", "2", "é", "’", "½", "a", "", "S", "wants", "deny",
                ]),
                0..12,
            ),
            glue in proptest::collection::vec(
                proptest::sample::select(vec!["", " ", "-", "'", "7", ". ", "\u{a0}"]),
                12,
            ),
            lead in 0usize..9,
        ) {
            let s: String = std::iter::repeat_n(" ", lead)
                .chain(words.iter().zip(&glue).flat_map(|(w, g)| [*w, *g]))
                .collect();
            let mut stance = Vec::new();
            prop_assert_eq!(scan_sentence(&s, &mut stance), plain(&s), "{:?}", s);
            prop_assert_eq!(stance, plain_stance_words(&s), "{:?}", s);
        }
    }

    /// Where stance words stand as a plain scan finds them: the runs of ASCII letters and
    /// digits that spell one, in any case.
    fn plain_stance_words(s: &str) -> Vec<(usize, usize)> {
        let firsts: Vec<&str> = position::stance_first_words().collect();
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            if firsts.contains(&s[start..i].to_ascii_lowercase().as_str()) {
                out.push((start, i));
            }
        }
        out
    }

    #[test]
    fn the_letter_mask_marks_each_ascii_letter() {
        // Every byte value at every place of a block, among letters and non-letters.
        for byte in 0..=255u8 {
            for at in 0..64 {
                let mut block = [b'a'; 64];
                for (i, c) in block.iter_mut().enumerate() {
                    *c = if i % 3 == 0 {
                        b' '
                    } else {
                        byte.wrapping_add(i as u8)
                    };
                }
                block[at] = byte;
                let plain = block.iter().enumerate().fold(0u64, |m, (i, c)| {
                    m | u64::from(c.is_ascii_alphabetic()) << i
                });
                assert_eq!(letter_mask(&block), plain, "{byte} at {at}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_in_the_table() {
        // The table holds words of two to `LONGEST_WORD` lowercase letters and leaves out any
        // other: no listed word may be one.
        let stances = position::stance_first_words();
        for w in number_words()
            .into_iter()
            .chain(date_words_alone())
            .chain(stances)
        {
            assert!(
                (2..=LONGEST_WORD).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{w:?}"
            );
            let mut stance = Vec::new();
            let says_so = scan_sentence(w, &mut stance);
            assert!(
                says_so || !stance.is_empty() || is_verb(w.as_bytes()),
                "{w:?}"
            );
        }
    }

    #[test]
    fn sentences_are_scanned_in_place() {
        let text =
            "Intro. Russia supports the plan. It rained for weeks. Moscow rejects it, 2 said.";
        let sentences: Vec<Sentence> = [(0, 6), (7, 32), (33, 53), (54, 80)]
            .into_iter()
            .map(|(a, b)| Sentence {
                span: crate::model::Span::new(a, b),
            })
            .collect();
        let scan = scan(text, &sentences);
        assert_eq!(scan.may_state_figure_or_date, [false, false, true, true]);
        let found: Vec<(usize, Vec<&str>)> = scan
            .position_candidates
            .iter()
            .map(|c| {
                (
                    c.sentence,
                    c.stance_words().iter().map(|&(a, b)| &text[a..b]).collect(),
                )
            })
            .collect();
        assert_eq!(found, [(1, vec!["supports"]), (3, vec!["rejects", "said"])]);
    }
}
