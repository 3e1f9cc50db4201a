//! The happening a verb of starting or ending is said of: "The fire started late on
//! Wednesday" and "Coalition talks are due to begin on April 21" date the fire and the talks,
//! as "a fire … on Wednesday night" and "coalition talks next Tuesday" do, so that the dates
//! line up across outlets that word the same happening either way.

use crate::extract::words::Words;

/// Words that may stand between a happening noun and the verb of starting or ending it says
/// of it ("talks are due to begin", "the strike was expected to end", "fighting has
/// finally ended"). Few and closed: a longer gap would reach past the subject.
const BETWEEN_SUBJECT_AND_VERB: [&str; 18] = [
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "due",
    "expected",
    "set",
    "scheduled",
    "likely",
    "finally",
    "first",
    "reportedly",
];

/// Words before "to" that schedule what follows ("due to begin", "set to end").
const SCHEDULING: [&str; 5] = ["due", "expected", "set", "scheduled", "likely"];

/// Classes of the verbs that date whatever starts or ends.
const PHASE_CLASSES: [&str; 2] = ["start", "end"];

/// Classes a subject may not have: a phase is of a happening, not of another phase, a saying
/// or a deadline ("due" is a deadline word, but in "due to begin" it only times the start).
const NOT_SUBJECTS: [&str; 4] = ["start", "end", "announcement", "deadline"];

/// Most tokens between the verb and the date it takes ("started late on Wednesday").
const MOST_TO_DATE: usize = 4;

/// Whether the verb at `at` takes the date on tokens `date` (first, last): near it, with no
/// comma, "and" or "but" between. "A peace deal ended the war and South Sudan became a
/// country in July": July is not when the deal did anything.
fn close_to_date(w: &Words, at: usize, (first, last): (usize, usize)) -> bool {
    let between = if at < first {
        at + 1..first
    } else if at > last {
        last + 1..at
    } else {
        return false;
    };
    between.len() <= MOST_TO_DATE
        && !between
            .clone()
            .any(|k| w.is_punct(k, ",") || (w.is_word(k) && matches!(w.low(k), "and" | "but")))
}

/// Most words between the subject and the verb ("are due to" is three).
const MOST_BETWEEN: usize = 4;

/// When the happening word at `at` (of `class`) is a verb of starting or ending, the happening
/// noun it is said of, right before it or across auxiliaries, and that noun's class.
/// `class_of` is the happening lexicon. A noun of a phase ("the start of talks") is left as
/// it is: `determined` tells it.
pub fn subject_of_phase(
    w: &Words,
    at: usize,
    class: &'static str,
    date: (usize, usize),
    determined: bool,
    class_of: impl Fn(&str) -> Option<&'static str>,
) -> Option<(usize, &'static str)> {
    if !PHASE_CLASSES.contains(&class) || determined || !close_to_date(w, at, date) {
        return None;
    }
    let mut k = at;
    for _ in 0..=MOST_BETWEEN {
        k = k.checked_sub(1)?;
        if !w.is_word(k) {
            return None;
        }
        let low = w.low(k);
        // "to" only as in "due to begin": in "a vote to end the strike" the vote is not
        // what ends.
        let scheduled_to = low == "to" && k > 0 && SCHEDULING.contains(&w.low(k - 1));
        if scheduled_to || (low != "to" && BETWEEN_SUBJECT_AND_VERB.contains(&low)) {
            continue;
        }
        return class_of(low)
            .filter(|c| !NOT_SUBJECTS.contains(c))
            .map(|c| (k, c))
            .or_else(|| head_of_subject(w, k, &class_of));
    }
    None
}

/// Most tokens a subject's head may stand before the end of its noun phrase ("The summit
/// between the European Union and the African Union is due to begin").
const MOST_SUBJECT_WORDS: usize = 8;

/// The happening noun with its article that heads the subject ending at `last`, when a
/// phrase follows it ("The summit between European Union and African Union"): scanned back
/// within the clause to the nearest "the" or "a" before a happening word.
fn head_of_subject(
    w: &Words,
    last: usize,
    class_of: &impl Fn(&str) -> Option<&'static str>,
) -> Option<(usize, &'static str)> {
    let mut k = last;
    for _ in 0..MOST_SUBJECT_WORDS {
        k = k.checked_sub(1)?;
        if !w.is_word(k) {
            return None;
        }
        let class = class_of(w.low(k)).filter(|c| !NOT_SUBJECTS.contains(c));
        let with_article = k > 0 && matches!(w.low(k - 1), "the" | "a" | "an");
        if let Some(c) = class.filter(|_| with_article) {
            return Some((k, c));
        }
    }
    None
}
