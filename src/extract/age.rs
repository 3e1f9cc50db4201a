//! The age of a named person: "Linda Hughes, 67,", "Hughes (67)", "Hughes, aged 67,", "the
//! 67-year-old Linda Hughes was". A person has one age, which outlets do get wrong, so an age
//! told of a name is a figure to compare ("age of Linda Hughes"); an age told of no name ("a
//! 34-year-old man") may be anyone's and is left out.

use crate::extract::entity::{is_title, lexicon_not_name};
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::role::PERSON_ENDINGS;
use crate::extract::words::Words;
use crate::model::{Qualifier, Span};

/// Most words a name of a person holds, titles left out ("Maria de la Cruz Ortega").
const MAX_NAME_WORDS: usize = 4;

/// Words that may follow a name an age stands before ("the 67-year-old Linda Hughes was
/// found", "… Hughes, who", "… Hughes and her son"): a lowercase word other than these
/// (and than a verb of the past in "-ed") makes the capitalized words a modifier ("a
/// 34-year-old Brooklyn resident").
const AFTER_A_NAME: [&str; 20] = [
    "was", "is", "has", "had", "who", "and", "said", "says", "told", "died", "will", "would", "of",
    "from", "in", "on", "at", "remains", "faces", "could",
];

/// The age a phrase tells and the person it tells it of.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedAge {
    /// The person's name as written, titles left out ("Linda Hughes").
    pub name: String,
    /// The age in years.
    pub years: f64,
    /// The words of the age ("67", "67-year-old").
    pub span: Span,
}

/// The age `p` tells of a named person, if a name stands beside it; `p` is a phrase whose role
/// is an age.
pub fn named_age(w: &Words, p: &Phrase) -> Option<NamedAge> {
    let years = p.value;
    if p.qualifier != Qualifier::Exact
        || p.first != p.num_first
        || !matches!(p.shape, Shape::Digits | Shape::Words)
        || years.fract() != 0.0
        || !(1.0..=120.0).contains(&years)
    {
        return None;
    }
    if let Some(old) = year_old_end(w, p) {
        // "Shankarrao Patil, a 71-year-old retired teacher,": the name the description is
        // set beside.
        let described = p.first >= 3
            && matches!(w.low(p.first - 1), "a" | "an")
            && w.is_punct(p.first - 2, ",");
        let name = name_after(w, old + 1)
            .or_else(|| described.then(|| name_ending_at(w, p.first - 3)).flatten())?;
        return Some(NamedAge {
            name,
            years,
            span: w.span(p.first, old),
        });
    }
    let name = name_before(w, p)?;
    Some(NamedAge {
        name,
        years,
        span: w.span(p.first, p.last),
    })
}

/// The token of "old" in "67-year-old" or "67 - year - old" after `p`.
fn year_old_end(w: &Words, p: &Phrase) -> Option<usize> {
    if let Some(h) = p.hyphen_word
        && matches!(w.low(h), "year" | "years")
        && w.is_dash(h + 1)
        && w.low(h + 2) == "old"
    {
        return Some(h + 2);
    }
    let next = p.last + 1;
    (w.is_dash(next)
        && matches!(w.low(next + 1), "year" | "years")
        && w.is_dash(next + 2)
        && w.low(next + 3) == "old")
        .then_some(next + 3)
}

/// Whether token `k` may be a word of a person's name: a capitalized word that is no
/// weekday, month or other word that names nothing.
fn name_word(w: &Words, k: usize) -> bool {
    k < w.len()
        && w.is_word(k)
        && w.capitalized(k)
        && !lexicon_not_name(w.raw(k))
        && w.raw(k).chars().any(char::is_lowercase)
}

/// The name told before an age between commas or in brackets: "Linda Hughes, 67,", "Hughes
/// (67)", "Linda Hughes, aged 67,".
fn name_before(w: &Words, p: &Phrase) -> Option<String> {
    let mut k = p.first;
    if k >= 1 && w.low(k - 1) == "aged" {
        k -= 1;
    }
    let bracket = k >= 1 && w.is_punct(k - 1, "(");
    if k < 2 || !(bracket || w.is_punct(k - 1, ",")) {
        return None;
    }
    let next = p.last + 1;
    let closes = if bracket {
        w.is_punct(next, ")")
    } else {
        next >= w.len() || matches!(w.raw(next), "," | "." | ";" | ")") || w.low(next) == "and"
    };
    if !closes {
        return None;
    }
    name_ending_at(w, k - 2)
}

/// The name whose last word is token `end`: capitalized words back from it, titles left out.
fn name_ending_at(w: &Words, end: usize) -> Option<String> {
    let mut start = end;
    while start > 0 && end - start + 1 < MAX_NAME_WORDS + 2 && name_word(w, start - 1) {
        start -= 1;
    }
    if !name_word(w, end) {
        return None;
    }
    // "Caterer Ramesh Ghuge, 48,": a noun of what someone does opens a sentence before a
    // name of two words or more.
    if start == 0 && end >= 2 && does_something(w.low(0)) {
        start = 1;
    }
    // "Rep. John Smith", "Mrs Hughes": titles before the name are its bearer's role.
    let words: Vec<&str> = (start..=end)
        .map(|i| w.raw(i))
        .skip_while(|word| not_of_the_name(word))
        .collect();
    joined(&words)
}

/// The name told after "67-year-old": capitalized words from token `k` that end the noun
/// phrase ("the 67-year-old Linda Hughes was found", not "a 34-year-old Brooklyn resident").
fn name_after(w: &Words, k: usize) -> Option<String> {
    let mut end = k;
    while end < w.len() && end - k < MAX_NAME_WORDS + 2 && name_word(w, end) {
        end += 1;
    }
    if end == k {
        return None;
    }
    let after = w.low(end);
    // "a 19-year-old Boeing 757": a model's name and number.
    let ends_phrase = end >= w.len()
        || (!w.is_word(end) && !w.is_number(end))
        || AFTER_A_NAME.contains(&after)
        || (after.ends_with("ed") && !w.capitalized(end));
    if !ends_phrase {
        return None;
    }
    let words: Vec<&str> = (k..end)
        .map(|i| w.raw(i))
        .skip_while(|word| not_of_the_name(word))
        .collect();
    joined(&words)
}

/// Whether a capitalized word before a name is its bearer's title or role ("Mrs", "Rep.",
/// "Neighbour" opening a sentence), not a word of the name.
fn not_of_the_name(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let low = word.to_lowercase();
    is_title(word) || lexicon().people.contains(&low) || RELATIONS.contains(&low.as_str())
}

/// Nouns of how a person stands to others, which open a sentence before the name they
/// describe ("Neighbour Linda Hughes, 67, said").
const RELATIONS: [&str; 22] = [
    "neighbour",
    "neighbor",
    "friend",
    "relative",
    "owner",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "colleague",
    "coach",
    "teacher",
    "driver",
];

/// Whether a lowercase word is a noun of a person by what they do ("caterer", "pilot",
/// "cyclist", "pedestrian"), by its ending.
fn does_something(low: &str) -> bool {
    low.len() > 4 && PERSON_ENDINGS.iter().any(|e| low.ends_with(e))
}

/// The words of a name joined by spaces, if they are one to [`MAX_NAME_WORDS`] words.
fn joined(words: &[&str]) -> Option<String> {
    (1..=MAX_NAME_WORDS)
        .contains(&words.len())
        .then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;

    fn ages(s: &str) -> Vec<(String, f64)> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| named_age(&w, p))
            .map(|a| (a.name, a.years))
            .collect()
    }

    #[test]
    fn an_age_beside_a_name_is_that_persons_age() {
        let one = |name: &str, years: f64| vec![(name.to_string(), years)];
        assert_eq!(
            ages("said one neighbour, Linda Hughes, 67."),
            one("Linda Hughes", 67.0)
        );
        assert_eq!(
            ages("Mrs Hughes, 67, lives next door."),
            one("Hughes", 67.0)
        );
        assert_eq!(
            ages("Neighbour Linda Hughes, 68, said so."),
            one("Linda Hughes", 68.0)
        );
        assert_eq!(
            ages("Caterer Ramesh Ghuge, 48, was held."),
            one("Ramesh Ghuge", 48.0)
        );
        assert_eq!(
            ages("The driver, Ramesh Thapa (42), fled."),
            one("Ramesh Thapa", 42.0)
        );
        assert_eq!(
            ages("Tom Hughes, aged 70, and his wife"),
            one("Tom Hughes", 70.0)
        );
        assert_eq!(
            ages("Shankarrao Patil, a 71-year-old retired teacher, died."),
            one("Shankarrao Patil", 71.0)
        );
        assert_eq!(
            ages("The 67-year-old Linda Hughes was found."),
            one("Linda Hughes", 67.0)
        );
    }

    #[test]
    fn an_age_of_no_name_is_no_ones_in_particular() {
        assert!(ages("a 34-year-old Brooklyn resident").is_empty());
        assert!(ages("a man, 34, was arrested").is_empty());
        assert!(ages("a 34-year-old man").is_empty());
        assert!(ages("the 19-year-old Boeing 757 landed").is_empty());
        // A count after a place between commas is no age.
        assert!(ages("In Aleppo, 20 people died.").is_empty());
    }
}
