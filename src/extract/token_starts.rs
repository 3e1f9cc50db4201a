//! What each token of a sentence can start: a date (for `date_parse`) or a number phrase
//! (for `phrase`). One pass over the tokens reads it for both, from one table of words.

use crate::extract::date_words::date_words;
use crate::extract::lexicon::lexicon;
use crate::extract::phrase_digits::sum_letters;
use crate::extract::token::TokenKind;
use crate::extract::word_set::WordMap;
use crate::extract::words::Words;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// What a token can start, as bits: each reading of the date parser first asks whether its
/// token has the bit it needs, and the number phrase reader is tried only at tokens with a
/// bit of `NUMBER_START`, so the few tokens that can start something are read and the rest
/// are passed over at the cost of one lookup each (made once per token, in `token_starts`).
pub mod can {
    /// A word that `DateWords::starters` lists: the parser is tried at it.
    pub const START: u32 = 1;
    /// "a", "an": an amount of one ("a year ago").
    pub const AMOUNT: u32 = 1 << 1;
    /// "noon", "midday", "midnight".
    pub const CLOCK: u32 = 1 << 2;
    /// A word a length of time without a number phrase starts with (see `DURATION_WORDS`),
    /// a vague amount ("several") or a time unit ("weeks").
    pub const DURATION: u32 = 1 << 3;
    pub const THE: u32 = 1 << 4;
    /// A part of a span ("early", "end").
    pub const PART: u32 = 1 << 5;
    pub const WEEKDAY: u32 = 1 << 6;
    pub const MONTH: u32 = 1 << 7;
    /// A shift word ("last", "next", "this").
    pub const SHIFT: u32 = 1 << 8;
    /// A day word ("today", "yesterday").
    pub const DAY: u32 = 1 << 9;
    pub const SEASON: u32 = 1 << 10;
    /// An ordinal of a quarter ("first", "final") or "q1" to "q4".
    pub const QUARTER: u32 = 1 << 11;
    /// The first word of a vague reference ("now", "at the time").
    pub const REF: u32 = 1 << 12;
    /// The token is a number.
    pub const NUMBER: u32 = 1 << 13;
    /// The token is an apostrophe (before a year: "'90s").
    pub const APOSTROPHE: u32 = 1 << 14;
    /// A number phrase starts at the token.
    pub const PHRASE: u32 = 1 << 15;
    /// Every bit above: what the date parser reads.
    pub const DATE: u32 = (1 << 16) - 1;
    /// A word that may begin a number in words ("two", "a", "dozens") or be a currency code
    /// ("USD", "US"), as its lowercase form says.
    pub const NUMBER_WORD: u32 = 1 << 16;
    /// A mark that may be a currency sign or the minus sign of a number ("$", "€", "-").
    pub const NUMBER_MARK: u32 = 1 << 17;
    /// Where a number phrase may start: `phrase::may_start` is asked only there.
    pub const NUMBER_START: u32 = NUMBER | NUMBER_WORD | NUMBER_MARK;
}

/// Words that start a length of time without a number phrase besides vague amounts and
/// units: "a decade", "half an hour", "the past several months", "next few days".
const DURATION_WORDS: [&str; 10] = [
    "a",
    "an",
    "half",
    "the",
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "following",
];

/// Words that are a time of day alone.
const CLOCK_WORDS: [&str; 3] = ["noon", "midday", "midnight"];

/// The currency codes `phrase::may_start` takes as words, lowercase: those of
/// `Lexicon::currencies` written as words of at most three letters ("USD", "PLN"), and the
/// letters `phrase_digits::letters_before_a_sum` reads (the country letters before a "$",
/// "Rs", "Tk", "KSh").
static CURRENCY_CODES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut codes: Vec<String> = lexicon()
        .currencies
        .keys()
        .copied()
        .filter(|code| {
            code.len() <= 3
                && code.bytes().all(|b| b.is_ascii_alphabetic())
                && code.starts_with(|c: char| c.is_ascii_uppercase())
        })
        .chain(sum_letters())
        .map(str::to_ascii_lowercase)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
});

/// Lowercase word → what it can start (bits of `can`), built once from the word lists. Most
/// words have none, and `shapes` tells so from their first and last bytes and length together
/// before they are hashed.
pub(super) struct StartTable {
    /// Only the table's tests read the words themselves.
    pub(super) bits: WordMap<u32>,
    /// For each first and last byte of a word of the table, both cut to their low five bits
    /// (which a letter's case does not change), a bit per length some word with them has.
    shapes: [u32; 1024],
    /// What "the" and "a" can start.
    the: u32,
    a: u32,
}

/// Longest word the shape table holds: every word of the table is shorter.
const SHAPE_LENGTHS: usize = 32;

/// Where the lengths of words with first byte `first` and last byte `last` sit in `shapes`.
#[inline]
fn shape_slot(first: u8, last: u8) -> usize {
    (usize::from(first & 31) << 5) | usize::from(last & 31)
}

impl StartTable {
    #[inline]
    pub(super) fn of(&self, low: &str) -> u32 {
        self.bits.get(low).copied().unwrap_or(0)
    }

    /// Whether some word of the table has the first byte, last byte and length of `low`: when
    /// not, `low` is none of them.
    #[inline]
    fn may_hold(&self, low: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (low.first(), low.last()) else {
            return false;
        };
        low.len() < SHAPE_LENGTHS && self.shapes[shape_slot(first, last)] & (1 << low.len()) != 0
    }

    /// What word token `i` of `w` can start. Most words, and the bare forms of most possessive
    /// ones, have the shape of no word of the table and are not looked up.
    #[inline]
    pub(super) fn of_word(&self, w: &Words, i: usize) -> u32 {
        let b = w.low_bytes(i);
        if self.may_hold(b) {
            // The articles are the words of the table met most often.
            return match b {
                b"the" => self.the,
                b"a" => self.a,
                _ => self.of_lowercase(w.low(i)),
            };
        }
        // "tuesday's", "tuesday’s": the bare form's shape.
        let bare = match b {
            [rest @ .., b'\'', b's'] | [rest @ .., 0xE2, 0x80, 0x99, b's'] => rest,
            _ => return 0,
        };
        if self.may_hold(bare) {
            self.of_lowercase(w.low(i))
        } else {
            0
        }
    }

    /// What the word `low` (lowercase) can start. A possessive word starts what its word does
    /// ("Tuesday's"), but it is a starter only without it, as `may_start` asks.
    #[inline(never)]
    pub(super) fn of_lowercase(&self, low: &str) -> u32 {
        match low.ends_with('s').then(|| strip_possessive(low)) {
            Some(bare) if bare.len() < low.len() => (self.of(low) & !can::START) | self.of(bare),
            _ => self.of(low),
        }
    }
}

fn start_table() -> StartTable {
    let d = date_words();
    let l = lexicon();
    let mut bits: HashMap<&'static str, u32> = HashMap::default();
    let mut add = |words: &mut dyn Iterator<Item = &'static str>, bit: u32| {
        for w in words {
            *bits.entry(w).or_default() |= bit;
        }
    };
    add(&mut d.starters.iter(), can::START);
    add(&mut ["a", "an"].into_iter(), can::AMOUNT);
    add(&mut CLOCK_WORDS.into_iter(), can::CLOCK);
    add(&mut DURATION_WORDS.into_iter(), can::DURATION);
    add(&mut d.vague.iter().copied(), can::DURATION);
    add(&mut l.time_units.keys().copied(), can::DURATION);
    add(&mut ["the"].into_iter(), can::THE);
    add(&mut d.parts.keys().copied(), can::PART);
    add(&mut d.weekdays.keys().copied(), can::WEEKDAY);
    add(&mut l.months.keys().copied(), can::MONTH);
    add(&mut d.shifts.keys().copied(), can::SHIFT);
    add(&mut d.days.keys().copied(), can::DAY);
    add(&mut d.seasons.keys().copied(), can::SEASON);
    add(&mut QUARTER_WORDS.into_iter(), can::QUARTER);
    add(&mut d.refs_by_first.keys().copied(), can::REF);
    // Number words, and the lowercase forms of the currency codes `phrase::may_start` reads
    // (its test of the code as written follows).
    add(&mut l.starters.iter(), can::NUMBER_WORD);
    add(
        &mut CURRENCY_CODES.iter().map(String::as_str),
        can::NUMBER_WORD,
    );
    debug_assert!(
        bits.keys()
            .all(|w| w.starts_with(|c: char| c.is_ascii_alphabetic())),
        "only words start with a letter, and only words are looked up"
    );
    let mut shapes = [0u32; 1024];
    for w in bits.keys() {
        let b = w.as_bytes();
        debug_assert!(
            b.len() < SHAPE_LENGTHS,
            "{w} is too long for the shape table"
        );
        if let (Some(&first), Some(&last)) = (b.first(), b.last())
            && b.len() < SHAPE_LENGTHS
        {
            shapes[shape_slot(first, last)] |= 1 << b.len();
        }
    }
    let bits: WordMap<u32> = bits.into_iter().collect();
    StartTable {
        the: bits.get("the").copied().unwrap_or(0),
        a: bits.get("a").copied().unwrap_or(0),
        bits,
        shapes,
    }
}

pub(super) static STARTS: LazyLock<StartTable> = LazyLock::new(start_table);

/// Words a quarter can start with ("the first quarter", "Q3 2015"); "1st" to "4th" are numbers.
const QUARTER_WORDS: [&str; 9] = [
    "first", "second", "third", "fourth", "final", "q1", "q2", "q3", "q4",
];

/// The lowercase word `s` without a possessive "'s".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

/// What a mark can start: the apostrophe of a year ("'90s"), or a number phrase as a currency
/// sign or a minus sign. Every word of the table starts with a letter, as only words do.
#[inline]
fn mark_starts(raw: &[u8]) -> u32 {
    match raw {
        [b'\''] | [0xE2, 0x80, 0x99] => can::APOSTROPHE,
        // "-" and "$"; the dashes "‐", "–", "—" and "−"; the signs of U+00A0 to U+00BF ("£",
        // "¥") and the currency signs of U+20A0 to U+20BF ("€", "₹", "₽").
        [b'-' | b'$']
        | [0xE2, 0x80, 0x90 | 0x93 | 0x94]
        | [0xE2, 0x88, 0x92]
        | [0xC2, _]
        | [0xE2, 0x82, _] => can::NUMBER_MARK,
        _ => 0,
    }
}

/// What each token of `w` can start (bits of `can`; `PHRASE` is the date parser's to add).
/// One pass over the tokens: most are passed over after a test of their bytes. Called once
/// per sentence, and kept out of line so that profiles show its cost.
#[inline(never)]
pub fn token_starts(w: &Words) -> Vec<u32> {
    let table = &*STARTS;
    let text = w.text.as_bytes();
    let mut out = Vec::with_capacity(w.toks.len());
    for (i, t) in w.toks.iter().enumerate() {
        out.push(match t.kind {
            TokenKind::Number => can::NUMBER,
            TokenKind::Punct => {
                mark_starts(text.get(t.span.start()..t.span.end()).unwrap_or_default())
            }
            TokenKind::Word => table.of_word(w, i),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use proptest::prelude::*;

    /// What each word token of `s` can start, read with the shape test and without it.
    fn starts_both_ways(s: &str) -> Vec<(String, u32, u32)> {
        let w = Words::new(s, Span::new(0, s.len()));
        (0..w.len())
            .filter(|&i| w.is_word(i))
            .map(|i| {
                (
                    w.raw(i).to_string(),
                    STARTS.of_word(&w, i),
                    STARTS.of_lowercase(w.low(i)),
                )
            })
            .collect()
    }

    /// A word as it may be written: lowercase, capitalized or uppercase, perhaps possessive.
    fn written(word: &str, case: u8, possessive: bool) -> String {
        let mut s = match case % 3 {
            0 => word.to_string(),
            1 => {
                let mut c = word.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }
            _ => word.to_ascii_uppercase(),
        };
        if possessive {
            s.push_str(["'s", "'S", "’s"][usize::from(case % 3)]);
        }
        s
    }

    #[test]
    fn the_shape_test_passes_every_word_of_the_table_as_written() {
        for &word in STARTS.bits.keys() {
            for case in 0..3 {
                for possessive in [false, true] {
                    let s = format!("x {} y", written(word, case, possessive));
                    for (raw, fast, slow) in starts_both_ways(&s) {
                        assert_eq!(fast, slow, "{raw} in {s:?}");
                    }
                }
            }
            assert_ne!(STARTS.of(word), 0, "{word}");
        }
    }

    #[test]
    fn the_currency_codes_hold_every_code_of_the_lexicon_written_as_a_word() {
        for &code in lexicon().currencies.keys() {
            let word = code.len() <= 3 && code.bytes().all(|b| b.is_ascii_alphabetic());
            if word && code.starts_with(|c: char| c.is_ascii_uppercase()) {
                let low = code.to_ascii_lowercase();
                assert!(CURRENCY_CODES.contains(&low), "{code}");
            }
        }
    }

    #[test]
    fn every_currency_sign_and_dash_may_start_a_number() {
        let signs = lexicon()
            .currencies
            .keys()
            .copied()
            .filter(|k| k.chars().count() == 1 && !k.starts_with(char::is_alphanumeric));
        for mark in signs.chain(["-", "–", "—", "−", "‐"]) {
            assert_eq!(mark_starts(mark.as_bytes()), can::NUMBER_MARK, "{mark}");
        }
        assert_eq!(mark_starts("’".as_bytes()), can::APOSTROPHE);
        assert_eq!(mark_starts("“".as_bytes()), 0);
    }

    proptest! {
        #[test]
        fn the_shape_test_never_hides_what_a_word_starts(
            words in proptest::collection::vec(
                prop_oneof![
                    (
                        proptest::sample::select(STARTS.bits.keys().copied().collect::<Vec<_>>()),
                        0u8..6,
                        any::<bool>(),
                    )
                        .prop_map(|(w, case, p)| written(w, case, p)),
                    "[a-zA-ZéÉ][a-zA-ZéÉK'’]{0,11}",
                ],
                1..10,
            )
        ) {
            let s = words.join(" ");
            for (raw, fast, slow) in starts_both_ways(&s) {
                prop_assert_eq!(fast, slow, "{} in {:?}", raw, s);
            }
        }
    }
}
