//! The thing whose size a number joined to its unit gives: "the 120-tonne truss", "a
//! 42,000-seat stadium", "a 30-metre stretch of the wall". The number and its unit modify
//! the noun after them, so the noun is what the figure measures: two outlets' weights of one
//! truss are one fact ("the 90-tonne steel truss" contradicts "the 120-tonne truss"), while
//! a weight of a truss is never lined up with a length of a bridge.

use crate::extract::lexicon::lexicon;
use crate::extract::phrase::Phrase;
use crate::extract::role;
use crate::extract::tense::token_tense;
use crate::extract::words::Words;

/// Counted things a joined number sizes a building or a vehicle by ("a 12-storey block", "a
/// 200-bed hospital", "a six-carriage train"), besides the units of measure.
const SIZED_BY: [&str; 8] = [
    "seat", "storey", "story", "bed", "room", "lane", "carriage", "berth",
];

/// Prepositions that are no function words of the lexicon's list but end a noun as they do
/// ("a 15-kilometre front along the western edges").
const PREPOSITIONS: [&str; 18] = [
    "along", "across", "near", "around", "between", "behind", "beyond", "inside", "outside",
    "toward", "towards", "through", "against", "amid", "among", "within", "below", "above",
];

/// What so much of a unit is of: the lowercase noun after "of" at token `of` (past "the"),
/// the last of a run of lowercase words ("2.4 tonnes of cocaine", "40 km of the
/// shoreline", "5,000 hectares of pine forest"). A name ("20 miles of Tel Aviv", a distance)
/// or a word of place or time after it ("19.5 tonnes of cocaine across the UK") ends the run;
/// `None` when no lowercase noun opens it.
pub fn substance_after(w: &Words, of: usize) -> Option<String> {
    if w.low(of) != "of" {
        return None;
    }
    let lex = lexicon();
    let mut k = of + 1;
    if matches!(w.low(k), "the" | "its" | "their") {
        k += 1;
    }
    let mut noun = None;
    for t in k..k + SUBSTANCE_WORDS {
        let low = w.low(t);
        let plain = w.is_word(t)
            && !w.capitalized(t)
            && low.bytes().all(|b| b.is_ascii_lowercase())
            && !lex.stopwords.contains(low)
            && !PREPOSITIONS.contains(&low)
            && token_tense(w, t).is_none();
        if !plain {
            break;
        }
        noun = Some(t);
    }
    noun.map(|t| w.low(t).to_string())
}

/// Most words read for what so much of a unit is of ("of liquid amoxicillin suspension").
const SUBSTANCE_WORDS: usize = 3;

/// Most tokens read for the noun after the unit ("the 6,900-tonne Delhi-class missile
/// destroyer").
const NOUN_TOKENS: usize = 6;

/// The noun that the figure `p`, a number joined by a dash to `unit` at token `unit_end`,
/// gives the size of: the last lowercase word of the words right after the unit, which end
/// at a function word, a verb or punctuation. Names and words joined by a dash describe the
/// noun ("Delhi-class", "10-metre-long dhow"); a name with no lowercase noun after it ("a
/// 42,000-seat Olympic Stadium") is no noun. None when the number is not joined to its unit
/// or the unit sizes nothing ("a 5-year plan" is a length of time, read elsewhere).
pub fn measured_thing(w: &Words, p: &Phrase, unit: &str, unit_end: usize) -> Option<String> {
    if p.hyphen_word != Some(unit_end)
        || !(role::is_unit_of_measure(unit) || SIZED_BY.contains(&unit))
    {
        return None;
    }
    let lex = lexicon();
    let mut noun = None;
    let mut t = unit_end + 1;
    while t < unit_end + 1 + NOUN_TOKENS {
        // "10-metre-long", "Delhi-class": a dash glued to words joins one modifier.
        if w.is_dash(t) && w.glued(t) && w.glued(t + 1) && w.is_word(t + 1) {
            t += 2;
            continue;
        }
        let low = w.low(t);
        if !w.is_word(t)
            || lex.stopwords.contains(low)
            || PREPOSITIONS.contains(&low)
            || token_tense(w, t).is_some()
        {
            break;
        }
        if !w.capitalized(t) && low.bytes().all(|b| b.is_ascii_lowercase()) {
            noun = Some(t);
        } else if noun.is_some() {
            break;
        }
        t += 1;
    }
    noun.map(|t| w.low(t).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::model::Span;

    /// The thing each number joined to a unit in `s` sizes.
    fn things(s: &str) -> Vec<Option<String>> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w)
            .iter()
            .filter_map(|p| p.hyphen_word.map(|h| measured_thing(&w, p, w.low(h), h)))
            .collect()
    }

    /// What so much of a unit is of, read from the "of" after the word `unit`.
    fn substance(s: &str, unit: &str) -> Option<String> {
        let w = Words::new(s, Span::new(0, s.len()));
        let at = (0..w.len()).find(|&k| w.low(k) == unit)?;
        substance_after(&w, at + 1)
    }

    #[test]
    fn so_much_of_a_unit_is_of_the_lowercase_noun_after_of() {
        for (s, unit, of) in [
            (
                "Officers seized 2.4 tonnes of cocaine.",
                "tonnes",
                Some("cocaine"),
            ),
            (
                "Border Force seized 19.5 tonnes of cocaine across the UK.",
                "tonnes",
                Some("cocaine"),
            ),
            (
                "Oil washed up on 40 km of the shoreline.",
                "km",
                Some("shoreline"),
            ),
            (
                "Fire burned 5,000 hectares of pine forest.",
                "hectares",
                Some("forest"),
            ),
            // A place after "of" is a distance's, no substance.
            ("It landed within 20 miles of Tel Aviv.", "miles", None),
            ("The tunnel is 21.4 km long.", "km", None),
        ] {
            assert_eq!(substance(s, unit).as_deref(), of, "{s}");
        }
    }

    #[test]
    fn a_joined_unit_sizes_the_noun_after_it() {
        for (s, thing) in [
            ("The 120-tonne truss fell onto the stand.", "truss"),
            ("The 90-tonne steel truss gave way.", "truss"),
            ("A 42,000-seat stadium was evacuated.", "stadium"),
            ("A 6-km stretch of road was closed.", "stretch"),
            ("The 200-bed hospital took the injured.", "hospital"),
            (
                "The 6,900-tonne Delhi-class missile destroyer INS Mysore sailed.",
                "destroyer",
            ),
            ("They boarded the 10-metre-long dhow.", "dhow"),
            (
                "Rebels massed on a 15-kilometre front along the edge.",
                "front",
            ),
        ] {
            assert_eq!(things(s), vec![Some(thing.to_string())], "{s}");
        }
    }

    #[test]
    fn a_unit_before_a_name_or_a_length_of_time_sizes_nothing() {
        for s in [
            "A 42,000-seat Olympic Stadium was evacuated.",
            "A five-year plan was approved.",
            "The 34-year-old driver was arrested.",
        ] {
            assert!(
                things(s).iter().all(Option::is_none),
                "{s}: {:?}",
                things(s)
            );
        }
    }
}
