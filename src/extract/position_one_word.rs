//! Whether one word alone may be what a position is on: "Russia opposes sanctions", "The
//! union backs Johnson", "Police called for calm". A bare noun or a name says what it is on
//! its own; a pronoun or small word ("supports it", "backs this", "wants more"), an adverb
//! ("rejected outright", "backs strongly") or a noun after "the" ("rejected the plan": which
//! plan is said elsewhere) does not.

use crate::extract::lexicon::lexicon;

/// Words that stand for something said elsewhere or say how, not what: none of them is what
/// a position is on (the stopwords cover the most common ones).
const NOT_ALONE: [&str; 30] = [
    "everything",
    "anything",
    "nothing",
    "something",
    "everyone",
    "anyone",
    "someone",
    "nobody",
    "everybody",
    "itself",
    "himself",
    "herself",
    "themselves",
    "ourselves",
    "yourself",
    "others",
    "another",
    "either",
    "neither",
    "much",
    "many",
    "outright",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "later",
    "earlier",
    "instead",
    "altogether",
];

/// Whether `word` (as written, `capitalized` or not) may alone be a position's target.
pub fn may_stand_alone(word: &str, capitalized: bool) -> bool {
    let low = word.to_lowercase();
    // "Iran", "Lynch", "calm", "sanctions": letters only; short words are mostly small ones.
    low.chars().count() >= 3
        && low.chars().all(char::is_alphabetic)
        && !lexicon().stopwords.contains(&low)
        && !NOT_ALONE.contains(&low.as_str())
        && !crate::extract::entity::lexicon_not_name(word)
        // "strongly", "publicly": how it is held, not what ("Italy" is a name).
        && (capitalized || !low.ends_with("ly"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_and_names_stand_alone() {
        for w in [
            "sanctions",
            "arbitration",
            "calm",
            "negotiations",
            "involvement",
        ] {
            assert!(may_stand_alone(w, false), "{w}");
        }
        for w in ["Johnson", "Lynch", "Ukraine", "Brexit"] {
            assert!(may_stand_alone(w, true), "{w}");
        }
    }

    #[test]
    fn pronouns_small_words_and_adverbs_do_not() {
        for w in [
            "it",
            "this",
            "them",
            "him",
            "that",
            "more",
            "everything",
            "itself",
            "strongly",
            "publicly",
            "outright",
            "again",
            "too",
            "now",
        ] {
            assert!(!may_stand_alone(w, false), "{w}");
        }
        for w in ["It", "This", "Monday", "The"] {
            assert!(!may_stand_alone(w, true), "{w}");
        }
    }
}
