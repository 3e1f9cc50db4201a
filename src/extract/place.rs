//! The place a count of people is told of: "Four people died in Monroe County", "In
//! Alabama, four were killed", "killed 12 in the Syrian city of Aleppo". A story of a storm
//! or a war gives a toll for each place it struck, and two tolls of two places are two facts,
//! not one told two ways.

use crate::extract::entity::{is_demonym, lexicon_not_name};
use crate::extract::words::Words;

/// Tokens after a count searched for the "in" that opens its place ("Four people died in").
const REACH_AFTER: usize = 5;

/// Most words a place's name holds ("Lowndes County", "Deir ez-Zor", "New South Wales").
const MAX_PLACE_WORDS: usize = 4;

/// Words between "in" and a place's name: "in the northern town of", "in southern".
const BEFORE_A_NAME: [&str; 14] = [
    "the",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "rural",
    "neighbouring",
    "neighboring",
    "nearby",
];

/// Nouns of a kind of place that "of" joins to its name: "the Syrian city of Aleppo".
const KINDS_OF_PLACE: [&str; 10] = [
    "city",
    "town",
    "village",
    "province",
    "county",
    "district",
    "region",
    "state",
    "governorate",
    "neighbourhood",
];

/// Lowercase words that may follow a place's name in its clause ("died in Selma on
/// Sunday", "in Idlib after", "in Homs overnight").
const AFTER_A_PLACE: [&str; 30] = [
    "on",
    "at",
    "of",
    "and",
    "after",
    "when",
    "as",
    "since",
    "during",
    "near",
    "in",
    "from",
    "to",
    "with",
    "by",
    "over",
    "last",
    "this",
    "early",
    "late",
    "overnight",
    "yesterday",
    "today",
    "for",
    "while",
    "where",
    "which",
    "who",
    "that",
    "amid",
];

/// The place the count whose words run from token `first` to `last` is told of, as written
/// ("Monroe County"), if its clause names one with "in".
pub fn place_of_count(w: &Words, first: usize, last: usize) -> Option<String> {
    // "In Alabama, four people were killed": a place that opens the clause, right before the
    // count.
    let mut k = first;
    if k >= 1 && w.is_punct(k - 1, ",") {
        k -= 1;
    }
    while k > 0 && !clause_break(w, k - 1) {
        k -= 1;
    }
    if w.low(k) == "in"
        && let Some((place, end)) = name_after_in(w, k + 1)
        && (end == first || (end + 1 == first && w.is_punct(end, ",")))
    {
        return Some(place);
    }
    if let Some(place) = subject_place(w, first) {
        return Some(place);
    }
    let mut k = last + 1;
    while k < w.len() && k <= last + REACH_AFTER && !clause_break(w, k) {
        if w.low(k) == "in" {
            // "Thirty Killed in Syrian Strikes": a headline in title case names no place so.
            if w.is_word(k - 1) && w.capitalized(k - 1) {
                return None;
            }
            return name_after_in(w, k + 1).map(|(place, _)| place);
        }
        k += 1;
    }
    None
}

/// The place a price whose first token is `first` is told of, as written, if its clause
/// names one with "from" before it: "the same ticket from Brighton to London will cost
/// 5,750 pounds", "From Haywards Heath the same ticket will cost £5,212". The prices of two
/// places are two facts.
pub fn place_of_price(w: &Words, first: usize) -> Option<String> {
    let mut k = first;
    while k > 0 && !clause_break(w, k - 1) {
        k -= 1;
        if w.low(k) == "from" {
            let end = place_words_end(w, k + 1);
            if end > k + 1 {
                let words: Vec<&str> = (k + 1..end).map(|i| w.raw(i)).collect();
                return Some(words.join(" "));
            }
        }
    }
    None
}

/// Most tokens between a verb of a tally and the "and" before its second count ("recorded
/// 4,812 suspected cholera cases and 61 deaths").
const JOINED_REACH: usize = 7;

/// Verbs of a tally a place keeps of its own cases or deaths ("Mozambique has recorded 4,812
/// cases"): said of a place, they tell that place's count.
const TALLY_VERBS: [&str; 3] = ["recorded", "registered", "logged"];

/// Verbs that a place reports its count with ("Nampula province reported 2,130 cases") as an
/// agency or a company also does: said of a place only after its kind ("province").
const REPORT_VERBS: [&str; 2] = ["reported", "confirmed"];

/// The place that opens the clause of a count starting at token `first` as the subject of a
/// verb of its tally: "Nampula province has recorded 2,130 suspected cases", "Mozambique has
/// registered 61 deaths". A province's count is not the nation's.
fn subject_place(w: &Words, first: usize) -> Option<String> {
    let mut k = first.checked_sub(1)?;
    // "has recorded 4,812 suspected cases and 61 deaths": the second count of the verb.
    if w.low(k) == "and" {
        let from = k.saturating_sub(JOINED_REACH);
        k = (from..k)
            .rev()
            .take_while(|&t| !clause_break(w, t))
            .find(|&t| TALLY_VERBS.contains(&w.low(t)) || REPORT_VERBS.contains(&w.low(t)))?;
    }
    let verb = w.low(k);
    let tally = TALLY_VERBS.contains(&verb);
    if !tally && !REPORT_VERBS.contains(&verb) {
        return None;
    }
    if k >= 1 && matches!(w.low(k - 1), "has" | "have" | "had") {
        k -= 1;
    }
    // "Nampula province": the kind of place after the name, left out of it.
    let kind = k >= 1 && KINDS_OF_PLACE.contains(&w.low(k - 1));
    if kind {
        k -= 1;
    }
    if !tally && !kind {
        return None;
    }
    let end = k;
    while k > 0 && end - k < MAX_PLACE_WORDS && place_word(w, k - 1) {
        k -= 1;
    }
    // The name opens its clause: "Officials in Nampula province reported" is told of the
    // officials' words, read by "in" above.
    if k == end || !(k == 0 || clause_break(w, k - 1)) {
        return None;
    }
    let words: Vec<&str> = (k..end)
        .map(|i| w.raw(i).trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    Some(words.join(" "))
}

/// Whether token `k` ends a clause: a comma, a semicolon, a dash or "and".
fn clause_break(w: &Words, k: usize) -> bool {
    matches!(w.raw(k), "," | ";" | ":" | "(" | ")") || w.is_dash(k) || w.low(k) == "and"
}

/// The capitalized name that follows "in" from token `k`, past the words of
/// [`BEFORE_A_NAME`] and "the Syrian city of", and the token after it.
fn name_after_in(w: &Words, mut k: usize) -> Option<(String, usize)> {
    while BEFORE_A_NAME.contains(&w.low(k)) {
        k += 1;
    }
    // "the Syrian city of Aleppo": a country's adjective and a kind of place before the name.
    if is_demonym(w.raw(k)) {
        k += 1;
    }
    if KINDS_OF_PLACE.contains(&w.low(k)) && w.low(k + 1) == "of" {
        k += 2;
    }
    let start = k;
    k = place_words_end(w, start);
    if k == start {
        return None;
    }
    // "in Assad regime strikes": capitalized words before a noun modify it, no place; "in
    // Aleppo province" ends in the kind of place.
    let after = w.low(k);
    if w.is_word(k) && !w.capitalized(k) {
        if KINDS_OF_PLACE.contains(&after) {
            // Left out of the name, as "Monroe County" is compared without "County".
        } else if !AFTER_A_PLACE.contains(&after) {
            return None;
        }
    }
    let words: Vec<&str> = (start..k)
        .map(|i| w.raw(i).trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    Some((words.join(" "), k))
}

/// The token after the words of a place's name from token `start` (at most
/// [`MAX_PLACE_WORDS`]); `start` itself when there are none.
fn place_words_end(w: &Words, start: usize) -> usize {
    let mut k = start;
    while k < w.len() && k - start < MAX_PLACE_WORDS && place_word(w, k) {
        k += 1;
    }
    k
}

/// Whether token `k` may be a word of a place's name: a capitalized word that is no weekday,
/// month or country's adjective ("in Tuesday's attack", "in Syrian air strikes").
fn place_word(w: &Words, k: usize) -> bool {
    let raw = w.raw(k);
    w.is_word(k)
        && w.capitalized(k)
        && !lexicon_not_name(raw)
        && !is_demonym(raw)
        && raw.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    /// The place of the first token run of digits or the word "four".
    fn place(s: &str, first: usize, last: usize) -> Option<String> {
        let w = Words::new(s, Span::new(0, s.len()));
        place_of_count(&w, first, last)
    }

    #[test]
    fn a_count_is_told_of_the_place_its_clause_names() {
        let p = place("Four people died in Monroe County.", 0, 1);
        assert_eq!(p.as_deref(), Some("Monroe County"));
        let p = place("In Alabama, four people were killed.", 3, 4);
        assert_eq!(p.as_deref(), Some("Alabama"));
        let p = place(
            "Jets killed 12 civilians in the Syrian city of Aleppo.",
            2,
            3,
        );
        assert_eq!(p.as_deref(), Some("Aleppo"));
        let p = place("Two died in Aleppo province overnight.", 0, 0);
        assert_eq!(p.as_deref(), Some("Aleppo"));
        let p = place("Two died in northern Idlib on Monday.", 0, 0);
        assert_eq!(p.as_deref(), Some("Idlib"));
    }

    #[test]
    fn a_place_that_keeps_the_tally_is_its_place() {
        let p = place(
            "Nampula province has recorded 2,130 suspected cholera cases.",
            4,
            4,
        );
        assert_eq!(p.as_deref(), Some("Nampula"));
        let p = place("Mozambique has recorded 4,812 suspected cases.", 3, 3);
        assert_eq!(p.as_deref(), Some("Mozambique"));
        let p = place("Sofala Province reported 96 deaths.", 3, 3);
        assert_eq!(p.as_deref(), Some("Sofala"));
        let p = place(
            "Mozambique has recorded 4,812 suspected cases and 61 deaths.",
            7,
            7,
        );
        assert_eq!(p.as_deref(), Some("Mozambique"));
        // An agency reports what it counts anywhere.
        assert_eq!(place("Reuters has confirmed 12 deaths.", 3, 3), None);
        assert_eq!(place("The ministry has recorded 4,812 cases.", 4, 4), None);
    }

    #[test]
    fn a_day_a_happening_or_another_clause_is_no_place() {
        assert_eq!(place("Four people died in Tuesday's attack.", 0, 1), None);
        assert_eq!(place("Four people died in an air strike.", 0, 1), None);
        assert_eq!(
            place("Thirty Killed in Syrian Strikes on Douma", 0, 0),
            None
        );
        assert_eq!(
            place("Ten were killed in Assad regime strikes.", 0, 0),
            None
        );
        assert_eq!(
            place("Four people died, and two were hurt in Selma.", 0, 1),
            None
        );
    }
}

#[cfg(test)]
mod price_tests {
    use super::*;
    use crate::model::Span;

    fn price_place(s: &str, number: &str) -> Option<String> {
        let w = Words::new(s, Span::new(0, s.len()));
        let first = (0..w.len()).find(|&k| w.raw(k) == number)?;
        place_of_price(&w, first)
    }

    #[test]
    fn a_price_is_told_of_the_place_it_is_from() {
        assert_eq!(
            price_place(
                "The same ticket from Brighton to London will cost 5,750 pounds.",
                "5,750"
            )
            .as_deref(),
            Some("Brighton")
        );
        assert_eq!(
            price_place(
                "From Haywards Heath the same ticket will cost £5,212, up £229.",
                "5,212"
            )
            .as_deref(),
            Some("Haywards Heath")
        );
        assert_eq!(price_place("The ticket will cost £5,212.", "5,212"), None);
    }
}
