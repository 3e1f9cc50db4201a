//! Word lists of dates, times and tense, read once from `data/date_words.txt` and
//! `data/tense_words.txt`.

use crate::extract::lexicon::lexicon;
use crate::extract::word_set::WordSet;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Start,
    Mid,
    End,
}

#[derive(Debug, Default)]
pub struct DateWords {
    /// Weekday name → ISO number (Monday = 1).
    pub weekdays: HashMap<&'static str, i8>,
    /// Season name → TIMEX3 code (`SU`).
    pub seasons: HashMap<&'static str, &'static str>,
    /// Part of a day → TIMEX3 code (`AF`).
    pub dayparts: HashMap<&'static str, &'static str>,
    /// Vague references as word lists, longest first, with their TIMEX3 value.
    pub refs: Vec<(Vec<&'static str>, &'static str)>,
    /// First word of a reference → the indices of the references it starts, in `refs` order
    /// (longest first).
    pub refs_by_first: HashMap<&'static str, Vec<usize>>,
    /// Day words → offset in days from the publication day.
    pub days: HashMap<&'static str, i32>,
    /// Shift words ("last", "next", "this") → direction.
    pub shifts: HashMap<&'static str, i32>,
    pub parts: HashMap<&'static str, Part>,
    pub vague: HashSet<&'static str>,
    pub unit_adjectives: HashSet<&'static str>,
    pub tense: HashMap<&'static str, Tense>,
    pub neutral: HashSet<&'static str>,
    /// Words that look ahead only for a date right after them ("deadline", "until").
    pub near_future: HashSet<&'static str>,
    /// Words that look back only for a date right after them ("since").
    pub near_past: HashSet<&'static str>,
    /// Reporting verbs: their tense is the saying's, so it only places a date beside them.
    pub reporting: HashSet<&'static str>,
    /// Warnings whose "of" or "about" tells of what lies ahead ("warned of severe weather
    /// on Thursday").
    pub warnings: HashSet<&'static str>,
    /// Expectations that tell no tense after "than" or "as" ("higher than forecast").
    pub expectations: HashSet<&'static str>,
    /// Verbs whose past is their base form ("cut", "hit"): past after "which", "who", "that".
    pub bare_pasts: HashSet<&'static str>,
    /// Plural presents of a schedule ahead ("reopen", "resume").
    pub schedule: HashSet<&'static str>,
    /// Verbs that look ahead after "to" ("to be", "to cut").
    pub infinitives: HashSet<&'static str>,
    /// Words of a tense that are also nouns ("its schedule", "the plans"): after a
    /// determiner they tell no time.
    pub nouns: HashSet<&'static str>,
    /// Nouns of a happening planned ahead ("a strike from 12 March", "a ban starting 1 May").
    pub planned: HashSet<&'static str>,
    /// Every lowercase word a date or time expression can start with: the parser is only
    /// tried at these (and at numbers).
    pub starters: WordSet,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn build() -> DateWords {
    let mut d = DateWords::default();
    for l in lines(include_str!("data/date_words.txt")) {
        let f: Vec<&'static str> = l.split_whitespace().collect();
        let (kind, word, rest) = match f.as_slice() {
            [kind, word, rest @ ..] => (*kind, *word, rest),
            _ => continue,
        };
        let first = rest.first().copied().unwrap_or("");
        match kind {
            "weekday" => {
                d.weekdays.insert(word, first.parse().unwrap_or(1));
            }
            "season" => {
                d.seasons.insert(word, first);
            }
            "daypart" => {
                d.dayparts.insert(word, first);
            }
            "ref" => {
                let mut words = vec![first];
                words.extend_from_slice(rest.get(1..).unwrap_or(&[]));
                // "ref TIMEX W1 W2…": `word` is the TIMEX3 value here.
                d.refs.push((words, word));
            }
            "day" => {
                d.days.insert(word, first.parse().unwrap_or(0));
            }
            "shift" => {
                d.shifts.insert(word, first.parse().unwrap_or(0));
            }
            "part" => {
                let p = match first {
                    "START" => Part::Start,
                    "MID" => Part::Mid,
                    _ => Part::End,
                };
                d.parts.insert(word, p);
            }
            "vague" => {
                d.vague.insert(word);
            }
            "unitadj" => {
                d.unit_adjectives.insert(word);
            }
            _ => {}
        }
    }
    d.refs.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    for (k, (words, _)) in d.refs.iter().enumerate() {
        if let Some(first) = words.first() {
            d.refs_by_first.entry(first).or_default().push(k);
        }
    }
    let l = lexicon();
    let mut starters = WordSet::default();
    starters.extend(l.months.keys().copied());
    starters.extend(l.time_units.keys().copied());
    starters.extend(d.weekdays.keys().copied());
    starters.extend(d.seasons.keys().copied());
    starters.extend(d.days.keys().copied());
    starters.extend(d.shifts.keys().copied());
    starters.extend(d.parts.keys().copied());
    starters.extend(d.vague.iter().copied());
    starters.extend(d.refs.iter().flat_map(|(w, _)| w.iter().copied()));
    starters.extend([
        "a",
        "an",
        "half",
        "the",
        "fiscal",
        "noon",
        "midday",
        "midnight",
        "q1",
        "q2",
        "q3",
        "q4",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "weekend",
        "following",
    ]);
    d.starters = starters;
    for l in lines(include_str!("data/tense_words.txt")) {
        let mut f = l.split_whitespace();
        let kind = f.next().unwrap_or("");
        for w in f {
            match kind {
                "future" => {
                    d.tense.insert(w, Tense::Future);
                }
                "past" => {
                    d.tense.insert(w, Tense::Past);
                }
                "near_future" => {
                    d.near_future.insert(w);
                }
                "near_past" => {
                    d.near_past.insert(w);
                }
                "reporting" => {
                    d.reporting.insert(w);
                }
                "warning" => {
                    d.warnings.insert(w);
                }
                "expectation" => {
                    d.expectations.insert(w);
                }
                "bare_past" => {
                    d.bare_pasts.insert(w);
                }
                "schedule" => {
                    d.schedule.insert(w);
                }
                "infinitive" => {
                    d.infinitives.insert(w);
                }
                "noun" => {
                    d.nouns.insert(w);
                }
                "planned" => {
                    d.planned.insert(w);
                }
                _ => {
                    d.neutral.insert(w);
                }
            }
        }
    }
    d
}

static DATE_WORDS: LazyLock<DateWords> = LazyLock::new(build);

pub fn date_words() -> &'static DateWords {
    &DATE_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let d = date_words();
        assert_eq!(d.weekdays["tuesday"], 2);
        assert_eq!(d.seasons["fall"], "FA");
        assert_eq!(d.tense["will"], Tense::Future);
        assert!(
            d.refs
                .iter()
                .any(|(w, t)| w == &["at", "the", "time"] && *t == "PAST_REF")
        );
    }
}
