//! The cheap test that tells whether a sentence may state a figure or a date at all, before it
//! is lexed: most sentences do not. A sentence passes when it holds
//! - a digit, or a vulgar fraction ("½", the lexer's to tell);
//! - a number word or vague plural standing as a whole word: no letter on either side, so
//!   "twenty-five", "five-year" and "one-third" pass but "someone" and "often" do not;
//! - a word that names a date, a time or a length of time without a digit ("Tuesday",
//!   "November", "weeks", "now"), standing as a whole word, perhaps with a plural `s`.
//!
//! Digits are looked for a block of bytes at a time. Then the sentence's runs of ASCII
//! letters are looked up one by one in one map of both lists, as written: the map's tables of
//! first and last bytes turn most runs away before any is hashed. (Searching the lowercased
//! sentence for every listed word with two Aho-Corasick automata cost five times as much: the
//! matches overlap and each was then checked for its bounds; one regex for everything had to
//! build thousands of lazy DFA states.)

use crate::extract::date_words::date_words;
use crate::extract::lexicon::{NumberWordKind, lexicon};
use crate::extract::token::has_vulgar_fraction;
use crate::extract::word_set::WordMap;
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

/// What a listed word may say on its own.
#[derive(Debug, Clone, Copy, Default)]
struct Listed {
    number: bool,
    date: bool,
}

/// Every number word and date word (lowercase), with the lists it is on. The map's tables of
/// first and last letters and of first-letter pairs, each by length, turn most words away
/// before they are hashed: common words ("the", "and", "said") share a first and a last letter
/// with some listed word, but seldom their first two letters and their length.
static LISTS: LazyLock<WordMap<Listed>> = LazyLock::new(|| {
    let mut words = WordMap::default();
    for w in number_words() {
        let listed = Listed {
            number: true,
            date: false,
        };
        words.insert(w, listed);
    }
    for w in date_words_alone() {
        let was = words.get(w).copied().unwrap_or_default();
        words.insert(w, Listed { date: true, ..was });
    }
    words
});

/// Whether `sentence` may state a number or a date (see the module's doc).
///
/// Every listed word is a run of ASCII letters, so a listed word with no letter on either
/// side is a whole run of the sentence's ASCII letters, and a date word with a plural `s` is
/// a run less its last letter: the sentence is read once, run by run, and each run is looked
/// up as written.
pub fn may_state_figure_or_date(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    if has_digit(b) || has_vulgar_fraction(sentence) {
        return true;
    }
    let lists = &*LISTS;
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    // Plain loops over the bytes: a splitting iterator costs more per byte.
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && !letter(i) {
            i += 1;
        }
        let start = i;
        while letter(i) {
            i += 1;
        }
        if start < i && run_says_so(lists, &b[start..i]) {
            return true;
        }
    }
    false
}

/// Whether a whole run of ASCII letters is a number word or a date word, or a date word with
/// a plural `s` ("weeks", "Tuesdays"). "may" and "march" are verbs unless capitalized. Every
/// listed word has two letters or more.
fn run_says_so(lists: &WordMap<Listed>, run: &[u8]) -> bool {
    if run.len() < 2 {
        return false;
    }
    if lists
        .get_folded(run)
        .is_some_and(|l| l.number || (l.date && !is_verb(run)))
    {
        return true;
    }
    match run.split_last() {
        Some((b's' | b'S', stem)) if stem.len() >= 2 => lists
            .get_folded(stem)
            .is_some_and(|l| l.date && !is_verb(stem)),
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
                run_says_so(&LISTS, w.as_bytes()) || is_verb(w.as_bytes()),
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
    }
}
