//! Two renderings of one quotation with the same words in another order: "This is the day
//! young Poles have waited for" and "It is the day for which the young Poles have waited".
//! A translator builds the sentence anew around the speaker's words; every word that says
//! something (a noun, a verb, a number, a negation, a tense) is in both, as often.

use crate::compare::quote::{Word, is_small_word};

/// Pronouns that open a relative clause or stand for the thing spoken of, which a
/// translation puts in or leaves out around the same words ("the day for which …").
const FRAME_WORDS: [&str; 7] = ["which", "who", "whom", "whose", "what", "there", "here"];

/// Fewest words that say something two quotations must share to be one in another order:
/// a short phrase in another order may say another thing ("dog bites man").
const MIN_WORDS: usize = 4;

/// Whether two quotations hold the same words that say something, as often each, in another
/// order, with small words added, dropped or changed around them.
pub fn same_words_in_another_order(a: &[Word], b: &[Word]) -> bool {
    let (x, y) = (saying_words(a), saying_words(b));
    x.len() >= MIN_WORDS && x == y
}

/// The words of a quotation that say something, sorted: all but small words and the words a
/// translation frames a clause with.
fn saying_words<'a>(ws: &'a [Word]) -> Vec<&'a str> {
    let mut out: Vec<&str> = ws
        .iter()
        .map(|w| w.norm.as_str())
        .filter(|w| !(is_small_word(w) || FRAME_WORDS.contains(w)))
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::quote::words;

    fn same(a: &str, b: &str) -> bool {
        same_words_in_another_order(&words(a), &words(b))
    }

    #[test]
    fn a_translation_in_another_order_says_the_same() {
        assert!(same(
            "This is the day young Poles have waited for",
            "It is the day for which the young Poles have waited"
        ));
        assert!(same(
            "We will rebuild every school the floods destroyed",
            "Every school destroyed by the floods, we will rebuild"
        ));
    }

    #[test]
    fn another_word_a_negation_or_a_short_phrase_is_another_quote() {
        assert!(!same(
            "This is the day young Poles have waited for",
            "This is the day old Poles have waited for"
        ));
        assert!(!same(
            "We will rebuild every school the floods destroyed",
            "We will not rebuild every school the floods destroyed"
        ));
        assert!(!same(
            "Our troops will leave on Friday",
            "Our troops will leave on Saturday"
        ));
        assert!(!same("dog bites man", "man bites dog"));
    }
}
