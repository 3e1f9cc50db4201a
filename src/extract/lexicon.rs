//! Word lists, read once from the data files beside this module.

use crate::extract::word_set::{WordMap, WordSet};
use crate::model::NATIONALITIES;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWordKind {
    Unit,
    Ten,
    Scale,
    Dozen,
    Fraction,
    Ordinal,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberWord {
    pub kind: NumberWordKind,
    pub value: f64,
}

/// A qualifier phrase's meaning, before the number it qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualifierWord {
    About,
    Nearly,
    AtLeast,
    AtMost,
    Between,
}

#[derive(Debug)]
pub struct Lexicon {
    pub number_words: WordMap<NumberWord>,
    pub vague_plurals: WordMap<f64>,
    /// Qualifier phrases keyed by their last word, longest first within a key.
    pub qualifiers_by_last: WordMap<Vec<(Vec<&'static str>, QualifierWord)>>,
    /// Measure phrases keyed by their first word, longest first within a key.
    pub measures: WordMap<Vec<(Vec<&'static str>, &'static str)>>,
    /// Measure phrases of two or more words keyed by their last word ("toll" for "death toll").
    pub measures_by_last: WordMap<Vec<(Vec<&'static str>, &'static str)>>,
    /// Words that end or answer the scan for a figure's measure: number words, vague plurals
    /// and the first and last words of measure phrases. Most words of a clause are none.
    pub measure_scan_words: WordSet,
    /// What sums, shares and lengths measure (`data/amounts.txt`): phrases keyed by their last
    /// word, longest first within a key.
    pub amounts: WordMap<Vec<(Vec<&'static str>, &'static str)>>,
    /// Time unit word → (singular unit, TIMEX3 designator).
    pub time_units: WordMap<(&'static str, &'static str)>,
    /// Currency word or symbol (as written, and lowercase for words) → code.
    pub currencies: WordMap<&'static str>,
    pub people: WordSet,
    /// Noun of people → the measure a count of them has when no measure word is near it
    /// (`data/role_nouns.txt`: "hostages" were kidnapped, "gunmen" attacking).
    pub role_measures: WordMap<&'static str>,
    /// Event noun → its class (`conflict`, `incident`, `meeting`).
    pub events: WordMap<&'static str>,
    /// The event nouns alone: most words are none, and this tells so without hashing.
    pub event_words: WordSet,
    pub stopwords: WordSet,
    /// Stopwords and number words: words that never carry a claim's context.
    pub not_content: WordSet,
    /// Month name or abbreviation → month number.
    pub months: WordMap<i8>,
    pub street_words: WordSet,
    /// Words after which a number is part of a name ("Boeing 737", "Flight 370").
    pub name_words: WordSet,
    /// Lowercase words a number phrase can start with (number words of units and tens, vague
    /// plurals, "a").
    pub starters: WordSet,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The phrases of a list of `NAME<sep>PHRASE` lines, keyed by the word `key` picks from each
/// phrase; within a key, longest first (lines of one length in list order).
type Phrases = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;

fn phrases_keyed(
    data: &'static str,
    sep: char,
    key: for<'w> fn(&'w [&'static str]) -> Option<&'w &'static str>,
) -> Phrases {
    let mut map = Phrases::default();
    for l in lines(data) {
        let Some((name, phrase)) = l.split_once(sep) else {
            continue;
        };
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if let Some(&k) = key(&words) {
            map.entry(k).or_default().push((words, name.trim()));
        }
    }
    for list in map.values_mut() {
        list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    }
    map
}

fn build() -> Lexicon {
    let mut number_words = WordMap::default();
    for l in lines(include_str!("data/number_words.txt")) {
        let mut f = l.split_whitespace();
        let (Some(word), Some(kind), Some(value)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let kind = match kind {
            "unit" => NumberWordKind::Unit,
            "ten" => NumberWordKind::Ten,
            "scale" => NumberWordKind::Scale,
            "dozen" => NumberWordKind::Dozen,
            "fraction" => NumberWordKind::Fraction,
            _ => NumberWordKind::Ordinal,
        };
        let value = value.parse().unwrap_or(0.0);
        number_words.insert(word, NumberWord { kind, value });
    }
    let vague_plurals: WordMap<f64> = lines(include_str!("data/vague_plurals.txt"))
        .filter_map(|l| {
            let (w, v) = l.split_once(' ')?;
            Some((w, v.trim().parse().ok()?))
        })
        .collect();
    let mut qualifiers: Vec<(Vec<&str>, QualifierWord)> =
        lines(include_str!("data/qualifiers.txt"))
            .filter_map(|l| {
                let (q, phrase) = l.split_once(' ')?;
                let q = match q {
                    "about" => QualifierWord::About,
                    "nearly" => QualifierWord::Nearly,
                    "at_least" => QualifierWord::AtLeast,
                    "at_most" => QualifierWord::AtMost,
                    "between" => QualifierWord::Between,
                    _ => return None,
                };
                Some((phrase.split_whitespace().collect(), q))
            })
            .collect();
    qualifiers.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    let measures = phrases_keyed(include_str!("data/measures.txt"), ' ', |w| w.first());
    let mut measures_by_last: HashMap<&str, Vec<(Vec<&str>, &str)>> = HashMap::default();
    for (phrase, m) in measures.values().flatten() {
        if let (true, Some(last)) = (phrase.len() > 1, phrase.last()) {
            measures_by_last
                .entry(last)
                .or_default()
                .push((phrase.clone(), m));
        }
    }
    for list in measures_by_last.values_mut() {
        list.sort();
    }
    let amounts = phrases_keyed(include_str!("data/amounts.txt"), ':', |w| w.last());
    let time_units = lines(include_str!("data/time_units.txt"))
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            Some((f.next()?, (f.next()?, f.next()?)))
        })
        .collect();
    let currencies: WordMap<&str> = lines(include_str!("data/currencies.txt"))
        .filter_map(|l| l.split_once(' ').map(|(a, b)| (a, b.trim())))
        .collect();
    let people = lines(include_str!("data/people_nouns.txt"))
        .flat_map(str::split_whitespace)
        .chain(NATIONALITIES.iter().copied())
        .collect();
    let role_measures: WordMap<&'static str> = lines(include_str!("data/role_nouns.txt"))
        .flat_map(|l| {
            let mut f = l.split_whitespace();
            let measure = f.next().unwrap_or("");
            f.map(move |w| (w, measure))
        })
        .collect();
    let events: WordMap<&'static str> = lines(include_str!("data/event_nouns.txt"))
        .flat_map(|l| {
            let mut f = l.split_whitespace();
            let class = f.next().unwrap_or("");
            f.map(move |w| (w, class))
        })
        .collect();
    let event_words = events.keys().copied().collect();
    let stopwords: WordSet = lines(include_str!("data/stopwords.txt"))
        .flat_map(str::split_whitespace)
        .collect();
    let months = lines(include_str!("data/months.txt"))
        .filter_map(|l| {
            let (w, n) = l.split_once(' ')?;
            Some((w, n.trim().parse().ok()?))
        })
        .collect();
    let street_words = lines(include_str!("data/street_words.txt"))
        .flat_map(str::split_whitespace)
        .collect();
    let name_words = lines(include_str!("data/name_words.txt"))
        .flat_map(str::split_whitespace)
        .collect();
    // A scale, "dozen" or a fraction with nothing before it counts nothing ("hundred",
    // "a third" starts at "a"); "half" starts "half a million".
    let starters = number_words
        .iter()
        .filter(|(_, n)| matches!(n.kind, NumberWordKind::Unit | NumberWordKind::Ten))
        .map(|(w, _)| *w)
        .chain(vague_plurals.keys().copied())
        .chain(["a", "an", "several", "many", "tens", "half"])
        .collect();
    let mut qualifiers_by_last: HashMap<&str, Vec<(Vec<&str>, QualifierWord)>> = HashMap::default();
    for (phrase, q) in &qualifiers {
        if let Some(last) = phrase.last() {
            qualifiers_by_last
                .entry(last)
                .or_default()
                .push((phrase.clone(), *q));
        }
    }
    let measure_scan_words = number_words
        .keys()
        .chain(vague_plurals.keys())
        .chain(measures.keys())
        .chain(measures_by_last.keys())
        .copied()
        .collect();
    let not_content: WordSet = stopwords
        .iter()
        .chain(number_words.keys().copied())
        .collect();
    // Built with entries, looked up as word maps.
    let qualifiers_by_last = qualifiers_by_last.into_iter().collect();
    let measures_by_last = measures_by_last.into_iter().collect();
    let measures = measures.into_iter().collect();
    let amounts = amounts.into_iter().collect();
    Lexicon {
        amounts,
        qualifiers_by_last,
        starters,
        measures_by_last,
        measure_scan_words,
        months,
        street_words,
        name_words,
        number_words,
        vague_plurals,
        measures,
        time_units,
        currencies,
        people,
        role_measures,
        events,
        event_words,
        not_content,
        stopwords,
    }
}

impl Lexicon {
    /// The measure the word `low` names alone ("killed" for "dead", "missing" for
    /// "missing"), not as the first word of a longer phrase.
    pub fn measure_of_word(&self, low: &str) -> Option<&'static str> {
        self.measures
            .get(low)?
            .iter()
            .find(|(phrase, _)| phrase.len() == 1)
            .map(|&(_, m)| m)
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load() {
        let l = lexicon();
        assert_eq!(l.number_words["twenty"].value, 20.0);
        assert_eq!(l.vague_plurals["millions"], 2_000_000.0);
        assert_eq!(
            l.qualifiers_by_last["than"][0].0,
            ["no", "fewer", "than"],
            "longest phrases first"
        );
        assert!(
            l.measures["death"]
                .iter()
                .any(|(p, m)| p == &["death", "toll"] && *m == "killed")
        );
        assert_eq!(l.time_units["hours"], ("hour", "H"));
        assert_eq!(l.currencies["€"], "EUR");
        assert!(l.people.contains("civilians"));
        assert_eq!(l.events["war"], "conflict");
        assert!(l.stopwords.contains("the"));
        for c in ["€", "US$", "$", "dollars", "USD"] {
            assert!(l.currencies.contains_key(c), "{c}");
        }
        // The measure scan stops at number words and finds measures by their first or last word.
        for m in ["five", "dozens", "killed", "death", "toll", "lives"] {
            assert!(l.measure_scan_words.contains(m), "{m}");
        }
        assert!(!l.measure_scan_words.contains("people"));
        // Every word the measure scan looks up passes its one-set test.
        let looked_up = l.number_words.keys().chain(l.vague_plurals.keys());
        let looked_up = looked_up
            .chain(l.measures.keys())
            .chain(l.measures_by_last.keys());
        for word in looked_up {
            assert!(l.measure_scan_words.contains(word), "{word}");
        }
    }
}
