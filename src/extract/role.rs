//! What a number phrase is, before any extractor claims it: a figure, a length of time, or
//! one of the numbers that are not figures to compare (years, days of a date, clock times,
//! ages, house numbers).

use crate::extract::happening_word::happening_class;
use crate::extract::lexicon::lexicon;
use crate::extract::phrase::{Phrase, Shape};
use crate::extract::word_set::WordSet;
use crate::extract::words::{Words, is_initialism, is_possessive, looks_plural};
use crate::model::Qualifier;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Figure,
    /// A length of time; the index of the token naming the unit.
    Duration(usize),
    Year,
    /// The day of a date ("Dec. 18", "18 December").
    DateDay,
    Time,
    Age,
    Address,
    /// A number that is part of a name: "Boeing 737", "ATR 72", "Flight 370".
    Name,
    /// An ordinal written as a fraction's word before what it orders: "for a third day".
    Ordinal,
    /// A relative date ("two days ago"): left to the date extractor.
    RelativeDate,
}

/// Words after a term ("10-year") that name a security or a loan, whose term is part of its
/// name: "the 10-year Treasury yield", "the 10-year note", "a 30-year mortgage".
const SECURITIES: [&str; 14] = [
    "treasury",
    "treasuries",
    "yield",
    "yields",
    "note",
    "notes",
    "bond",
    "bonds",
    "gilt",
    "gilts",
    "bund",
    "bunds",
    "mortgage",
    "mortgages",
];

/// Whether the words from token `k` name a security: a word of [`SECURITIES`], maybe after
/// one capitalized name ("the 10-year German bund").
fn names_a_security(w: &Words, k: usize) -> bool {
    SECURITIES.contains(&w.low(k))
        || (w.is_word(k) && w.capitalized(k) && SECURITIES.contains(&w.low(k + 1)))
}

/// Decides the role of `p`. Checks run from the most specific context to the least.
pub fn role(w: &Words, p: &Phrase) -> Role {
    let lex = lexicon();
    let next = p.last + 1;
    let capitalized_month = |k: usize| w.capitalized(k) && lex.months.contains_key(w.low(k));
    let integral = p.value.fract() == 0.0;
    // Plain digits that may be a day of a month.
    let day_number = p.currency.is_none()
        && !p.percent
        && p.shape == Shape::Digits
        && integral
        && (1.0..=31.0).contains(&p.value)
        && p.qualifier == Qualifier::Exact;
    if day_number && (month_before(w, p.num_first) || lex.months.contains_key(w.low(next))) {
        return Role::DateDay;
    }
    // "the fifth of June": a day written as an ordinal word, no fifth of a month.
    if p.shape == Shape::Fraction
        && p.first >= 1
        && w.low(p.first - 1) == "the"
        && w.low(next) == "of"
        && capitalized_month(next + 1)
    {
        return Role::DateDay;
    }
    // "Dec. 14-16", and day first "14 to 16 October".
    if p.currency.is_none()
        && !p.percent
        && p.qualifier == Qualifier::Range
        && p.shape == Shape::Digits
        && (month_before(w, p.num_first) || capitalized_month(next))
        && p.high <= 31.0
    {
        return Role::DateDay;
    }
    // "on 22 and 23 March": the first day of two joined by "and".
    if day_number
        && w.low(next) == "and"
        && w.is_number(next + 1)
        && w.raw(next + 1)
            .parse::<f64>()
            .is_ok_and(|d| d > p.value && d <= 31.0)
        && capitalized_month(next + 2)
    {
        return Role::DateDay;
    }
    if p.currency.is_none() && !p.percent && is_time(w, p, next) {
        return Role::Time;
    }
    if is_age(w, p, next) {
        return Role::Age;
    }
    if p.currency.is_some() || p.percent {
        return Role::Figure;
    }
    if names_a_thing(w, p) || a_number_word_in_a_name(w, p) || a_label(w, p) || loved_one(w, p) {
        return Role::Name;
    }
    let time_unit = |k: usize| lex.time_units.contains_key(w.low(k));
    if let Some(h) = p.hyphen_word
        && time_unit(h)
    {
        // "the 10-year Treasury yield", "a 30-year mortgage": a security's term names it.
        if names_a_security(w, h + 1) {
            return Role::Name;
        }
        return Role::Duration(h);
    }
    // "Three straight months", "four consecutive days": a length however it is stressed.
    if matches!(
        w.low(next),
        "straight" | "consecutive" | "successive" | "full" | "whole"
    ) && time_unit(next + 1)
        && w.low(next + 1).ends_with('s')
    {
        return Role::Duration(next + 1);
    }
    // "14hrs", "90mins": a unit of time glued to the digits.
    if p.glued_unit
        .as_deref()
        .is_some_and(|u| lex.time_units.contains_key(u.to_ascii_lowercase().as_str()))
    {
        return Role::Duration(p.num_last);
    }
    // "a quarter of an hour", "three quarters of an hour": a fraction of one unit of time is
    // a length, no share of it.
    if p.shape == Shape::Fraction
        && w.low(next) == "of"
        && matches!(w.low(next + 1), "a" | "an")
        && time_unit(next + 2)
        && !w.low(next + 2).ends_with('s')
    {
        return Role::Duration(next + 2);
    }
    // "Rescuers worked for a third day": the third of a row of days, no third of a day.
    if time_unit(next)
        && p.shape == Shape::Fraction
        && crate::extract::figure::a_fraction_of_an_ordinal_word(w, p)
        && !w.low(next).ends_with('s')
    {
        return Role::Ordinal;
    }
    // "two second-half goals", "two hour-long meetings": a unit of time that makes a
    // compound with a hyphen is no length of the number's.
    if time_unit(next) && !w.hyphened_to_next(next) {
        return match w.low(next + 1) {
            "ago" | "earlier" | "later" | "before" | "after" | "hence" => Role::RelativeDate,
            _ => Role::Duration(next),
        };
    }
    // "below 2019 levels", "pre-crisis 2007 levels": the level of a year, after a qualifier
    // that made the number no year of its own.
    let four_digits =
        |k: usize| w.raw(k).len() == 4 && w.raw(k).bytes().all(|b| b.is_ascii_digit());
    if p.shape == Shape::Digits
        && (1900.0..=2100.0).contains(&p.value)
        && four_digits(p.num_first)
        && matches!(w.low(next), "level" | "levels")
    {
        return Role::Year;
    }
    // "a 2021 national census": a word for a person that also describes a thing, in the
    // singular after the number, is no count of nationals.
    let describes = matches!(
        w.low(next),
        "national" | "local" | "civilian" | "military" | "official" | "federal" | "regional"
    );
    if p.year_like
        && (describes || !lex.people.contains(w.low(next)))
        && !is_measure_word(w.low(next))
        && !UNITS_OF_MEASURE.contains(w.low(next))
    {
        return Role::Year;
    }
    // "A quake in 2023 killed thousands": a year after a preposition of time is a year, even
    // before a verb that a count could take ("2,023 killed").
    if p.year_like
        && p.first == p.num_first
        && after_year_preposition(w, p.first)
        && !lex.people.contains(w.low(next))
        && !UNITS_OF_MEASURE.contains(w.low(next))
    {
        return Role::Year;
    }
    // "In 2019 officers at the port found 3.2 tonnes", "Police said that in 2021 soldiers
    // killed 12": a year after a preposition of time that opens a clause is a year even
    // before a noun for people (a count of thousands is written with its comma).
    if p.year_like
        && p.first == p.num_first
        && four_digits(p.num_first)
        && opens_clause_with_year_preposition(w, p.first)
    {
        return Role::Year;
    }
    // "the 2019 shooting at a Walmart that killed 23 people", "the 2004 tsunami": a year
    // between an article and one happening, not a count of shootings.
    if p.year_like
        && p.first == p.num_first
        && p.first
            .checked_sub(1)
            .is_some_and(|k| matches!(w.low(k), "the" | "a" | "its" | "their" | "this" | "that"))
        && lex.events.contains_key(w.low(next))
        && !w.low(next).ends_with('s')
    {
        return Role::Year;
    }
    // "The earthquake of 2015 killed nearly 9,000", "the war of 1967", "the blizzard of
    // 2022", "the summer of 2019": a year after "of" that names a happening's time (or a
    // season's, see `DATED_NOUNS`), not a count of the dead.
    if p.year_like
        && p.first == p.num_first
        && p.first.checked_sub(2).is_some_and(|k| {
            let noun = w.low(k);
            w.low(k + 1) == "of"
                && (lex.events.contains_key(noun)
                    || happening_class(noun).is_some()
                    || DATED_NOUNS.contains(&noun))
                && !w.glued(k + 1)
        })
        && !lex.people.contains(w.low(next))
        && !UNITS_OF_MEASURE.contains(w.low(next))
    {
        return Role::Year;
    }
    let street = |k: usize| w.capitalized(k) && lex.street_words.contains(w.low(k));
    if p.shape == Shape::Digits && w.capitalized(next) && (street(next) || street(next + 1)) {
        return Role::Address;
    }
    Role::Figure
}

/// Whether the number of `p` is part of a name: plain digits right after a capitalized word
/// of `data/name_words.txt` ("Boeing 737 jets", "Flight 370") or a word of two to four
/// capital letters ("ATR 72 turboprop") that no word a count takes follows ("UN 20 killed"
/// is a headline's count).
fn names_a_thing(w: &Words, p: &Phrase) -> bool {
    if p.shape != Shape::Digits
        || p.first != p.num_first
        || p.qualifier != Qualifier::Exact
        || p.first == 0
        || !w.raw(p.num_first).bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // "the first 911 call", "a 999 call": an emergency number.
    if matches!(w.raw(p.num_first), "911" | "999" | "112")
        && matches!(
            w.low(p.last + 1),
            "call"
                | "calls"
                | "caller"
                | "callers"
                | "dispatcher"
                | "dispatchers"
                | "operator"
                | "operators"
                | "emergency"
                | "line"
                | "number"
        )
    {
        return true;
    }
    let before = p.first - 1;
    // "taken to the 37 Military Hospital": a number that opens a capitalized name.
    if w.low(before) == "the" && opens_a_name(w, p.last + 1) {
        return true;
    }
    // "Flight 370", and as some desks write it, "flight 671".
    let flight = w.low(before) == "flight";
    if !w.is_word(before) || !(w.capitalized(before) || flight) || w.glued(p.first) {
        return false;
    }
    let raw = w.raw(before);
    let acronym = is_initialism(raw) && !lexicon().currencies.contains_key(raw);
    // "S&P 500": the index, lexed as "S", "&", "P".
    let s_and_p = raw == "S&P"
        || raw == "P" && before >= 2 && w.raw(before - 1) == "&" && w.raw(before - 2) == "S";
    let listed = s_and_p || lexicon().name_words.contains(w.low(before));
    listed || (acronym && !is_measure_word(w.low(p.last + 1))) || a_model_number(w, p)
}

/// Nouns a number after them labels, counting nothing: "near seat 23F", "in row 12", "a
/// section 14 order", "Article 50", "platform 4", "gate 12", "junction 9".
const LABELLED_BY_A_NUMBER: [&str; 17] = [
    "seat",
    "seats",
    "row",
    "section",
    "article",
    "clause",
    "paragraph",
    "chapter",
    "amendment",
    "resolution",
    "platform",
    "gate",
    "terminal",
    "ward",
    "room",
    "junction",
    "exit",
];

/// Whether `p` is the "one" of "a loved one" or "loved ones": a person dear to someone, no
/// count ("everyone who has lost a loved one").
fn loved_one(w: &Words, p: &Phrase) -> bool {
    p.shape == Shape::Words
        && p.num_first == p.num_last
        && p.num_first >= 1
        && matches!(w.low(p.num_first), "one" | "ones")
        && w.low(p.num_first - 1) == "loved"
}

/// Whether `p` is a label after a noun of [`LABELLED_BY_A_NUMBER`]: "near seat 23F",
/// "seats 4A and 4B" (no 23 degrees Fahrenheit), "a section 14 order" (no 14 orders); or
/// after the capitalized abbreviation of "number": "She lives at No 40", "No. 10 Downing
/// Street".
fn a_label(w: &Words, p: &Phrase) -> bool {
    let number_sign = |k: usize| matches!(w.raw(k), "No" | "No." | "Nos" | "Nos.");
    p.first >= 1
        && p.first == p.num_first
        && p.shape == Shape::Digits
        && p.qualifier == Qualifier::Exact
        && (LABELLED_BY_A_NUMBER.contains(&w.low(p.first - 1))
            || number_sign(p.first - 1)
            || (p.first >= 2 && w.raw(p.first - 1) == "." && number_sign(p.first - 2)))
}

/// Whether `p` is the number of a model's name: a capitalized word inside the sentence, a
/// number above one and a singular noun alone after it ("the Ariane 6 rocket", "a Zefiro 40
/// motor", "the Falcon 9 booster"). A count of two or more takes a plural noun, and a noun
/// with a plural after it ("Gaza 20 civilian deaths") leaves the count standing.
fn a_model_number(w: &Words, p: &Phrase) -> bool {
    let lex = lexicon();
    let (before, next) = (p.first - 1, p.last + 1);
    let noun = w.low(next);
    // "a Category 4 storm", "a Magnitude 7 quake", "Level 3 alert": a rating, no name.
    let rating = matches!(
        w.low(before),
        "category" | "magnitude" | "force" | "level" | "grade" | "tier" | "alert" | "ef" | "f"
    );
    before > 0
        && !rating
        && w.raw(p.num_first).parse::<u32>().is_ok_and(|n| n >= 2)
        && w.is_word(next)
        && !w.glued(next)
        && !w.capitalized(next)
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !noun.ends_with('s')
        && !lex.stopwords.contains(noun)
        && !lex.people.contains(noun)
        && !lex.number_words.contains_key(noun)
        && !lex.time_units.contains_key(noun)
        && !lex.currencies.contains_key(noun)
        && !UNITS_OF_MEASURE.contains(noun)
        && !is_measure_word(noun)
        && !matches!(noun, "percent" | "per" | "pc" | "pct")
        && !(w.is_word(next + 1) && looks_plural(w.low(next + 1)))
}

/// Capitalized words a capitalized number word names a thing after: "Capital One",
/// "Formula One", "Channel Four", "Air Force One", "World War Two", "the Big Four", "Phase
/// Two". Only these: text often runs a title-case headline or a tag line into a sentence
/// ("Tags Syria Damascus Four civilians were killed"), where the count stands.
const NAMED_BY_A_NUMBER_WORD: [&str; 8] = [
    "capital", "formula", "channel", "force", "war", "big", "phase", "stage",
];

/// Whether `p` is one capitalized number word that ends a name with a word of
/// [`NAMED_BY_A_NUMBER_WORD`] before it ("Capital One customers"), not a count.
fn a_number_word_in_a_name(w: &Words, p: &Phrase) -> bool {
    let k = p.num_first;
    p.shape == Shape::Words
        && p.first == k
        && p.last == k
        && k > 0
        && w.capitalized(k)
        && w.capitalized(k - 1)
        && NAMED_BY_A_NUMBER_WORD.contains(&w.low(k - 1))
}

/// Last words of a name a number can open: "the 37 Military Hospital", "the 2 Para
/// Battalion", "the 42 Commando Regiment".
const NAME_HEADS: [&str; 12] = [
    "hospital",
    "clinic",
    "brigade",
    "division",
    "regiment",
    "battalion",
    "squadron",
    "commando",
    "barracks",
    "street",
    "avenue",
    "airbase",
];

/// Whether capitalized words from token `k` end, within three, in a word of [`NAME_HEADS`].
fn opens_a_name(w: &Words, k: usize) -> bool {
    (k..k + 3)
        .take_while(|&j| w.is_word(j) && w.capitalized(j))
        .any(|j| NAME_HEADS.contains(&w.low(j)))
}

/// Nouns of a season or of a spell of time that no happening word names, which a year after
/// "of" dates ("the summer of 2019", "the outbreak of 2013", "the crisis of 2008").
const DATED_NOUNS: [&str; 12] = [
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "monsoon",
    "outbreak",
    "epidemic",
    "pandemic",
    "crisis",
    "recession",
    "season",
];

/// Prepositions that make a year of a four-digit number after them ("in 2023", "since 2011").
const YEAR_PREPOSITIONS: [&str; 6] = ["in", "since", "until", "till", "during", "before"];

/// Whether a preposition of [`YEAR_PREPOSITIONS`] comes right before token `first`, or
/// before the years it is listed with ("in 2012 and 2013", "in 2012, 2014 and 2016").
fn after_year_preposition(w: &Words, first: usize) -> bool {
    let year = |k: usize| {
        let raw = w.raw(k);
        raw.len() == 4 && raw.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
    };
    let mut k = first;
    while let Some(prev) = k.checked_sub(1) {
        if YEAR_PREPOSITIONS.contains(&w.low(prev)) {
            return true;
        }
        if !(matches!(w.low(prev), "and" | "or" | ",") && prev >= 1 && year(prev - 1)) {
            return false;
        }
        k = prev - 1;
    }
    false
}

/// Whether a preposition of time right before token `first` opens its sentence or clause
/// ("In 2019 …", "…, in 2019 …", "… that in 2019 …").
fn opens_clause_with_year_preposition(w: &Words, first: usize) -> bool {
    let Some(prep) = first.checked_sub(1) else {
        return false;
    };
    matches!(w.low(prep), "in" | "since" | "during" | "until" | "by")
        && prep
            .checked_sub(1)
            .is_none_or(|k| matches!(w.low(k), "," | ";" | "that" | "and" | "but" | "\"" | "“"))
}

/// A month name (optionally abbreviated with a period) right before token `i`.
pub fn month_before(w: &Words, i: usize) -> bool {
    let months = &lexicon().months;
    (i >= 1 && months.contains_key(w.low(i - 1)) && w.capitalized(i - 1))
        || (i >= 2
            && w.is_punct(i - 1, ".")
            && months.contains_key(w.low(i - 2))
            && w.capitalized(i - 2))
}

/// Units a number counts (`data/units_of_measure.txt`).
static UNITS_OF_MEASURE: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("data/units_of_measure.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether a lowercase word is a unit a number counts (`data/units_of_measure.txt`).
pub(super) fn is_unit_of_measure(low: &str) -> bool {
    UNITS_OF_MEASURE.contains(low)
}

/// A word that says what befell what a number counts ("2011 killed" is no year). A function
/// word counts only as a measure of its own: "at" starts "at large", but "in 2011 at least
/// 280000 people" has a year.
fn is_measure_word(low: &str) -> bool {
    let lex = lexicon();
    lex.measures.get(low).is_some_and(|phrases| {
        !lex.stopwords.contains(low) || phrases.iter().any(|(p, _)| p.len() == 1)
    })
}

/// Words of a stage of life that "at" and a small number after them tell the age of: "left
/// school at 17", "died at 85", "joined the army at 18", "retired at 60".
const STAGES_OF_LIFE: [&str; 9] = [
    "school",
    "died",
    "retired",
    "married",
    "joined",
    "enlisted",
    "emigrated",
    "orphaned",
    "widowed",
];

/// Whether `p` is an age told after "at" within a few words of a word of [`STAGES_OF_LIFE`]
/// ("who left school at 17 to drive trucks"), with nothing counted after it ("died at 17
/// sites" counts sites).
fn at_a_stage_of_life(w: &Words, p: &Phrase, next: usize) -> bool {
    let first = p.first;
    let small = p.value.fract() == 0.0
        && (1.0..=110.0).contains(&p.value)
        && p.qualifier == Qualifier::Exact
        && p.currency.is_none()
        && !p.percent;
    if !small || first < 2 || w.low(first - 1) != "at" {
        return false;
    }
    let ends = next >= w.len()
        || matches!(
            w.low(next),
            "," | "." | ";" | ")" | "to" | "and" | "after" | "when" | "in" | "but"
        );
    ends && (first.saturating_sub(5)..first - 1)
        .rev()
        .take_while(|&k| w.is_word(k))
        .any(|k| STAGES_OF_LIFE.contains(&w.low(k)))
}

/// Whether the number at `first` is in a list of ages after "aged" ("aged 24 and 31",
/// "aged 17, 19 and 22"): the words back to "aged" are numbers, commas and the words that
/// join them.
fn listed_after_aged(w: &Words, first: usize) -> bool {
    const MAX_BACK: usize = 8;
    let mut k = first;
    let mut joined = false;
    while k > 0 && first - k < MAX_BACK {
        k -= 1;
        match w.low(k) {
            "aged" | "ages" => return joined,
            "," | "and" | "or" | "to" | "between" | "-" | "–" => joined = true,
            // "aged seven and eleven": numbers in words too.
            low if w.is_number(k) || lexicon().number_words.contains_key(low) => {}
            _ => return false,
        }
    }
    false
}

/// "2 pm", "2pm", "2.13 a.m.", "10 o'clock", "0800 GMT".
fn is_time(w: &Words, p: &Phrase, next: usize) -> bool {
    if told_by_the_hour_hand(w, p, next) {
        return true;
    }
    let v = p.value;
    // "06:31GMT", "2300GMT": a time zone glued to the digits.
    if p.glued_unit
        .as_deref()
        .is_some_and(|u| u.eq_ignore_ascii_case("gmt") || u.eq_ignore_ascii_case("utc"))
    {
        return true;
    }
    // "10h15", "23h00": a clock time written the French way.
    if let Some(u) = p.glued_unit.as_deref()
        && let [b'h' | b'H', m1, m2] = u.as_bytes()
        && m1.is_ascii_digit()
        && m2.is_ascii_digit()
        && (0.0..=24.0).contains(&v)
        && v.fract() == 0.0
    {
        return true;
    }
    // "1400hrs": a clock time of four digits with "hrs" glued to them.
    if let Some(u) = p.glued_unit.as_deref()
        && (u.eq_ignore_ascii_case("hrs") || u.eq_ignore_ascii_case("hr"))
        && w.raw(p.num_first).len() == 4 + u.len()
        && v.fract() == 0.0
        && (v as i64) / 100 <= 23
        && (v as i64) % 100 <= 59
    {
        return true;
    }
    // "08: 30 am", "13: 38 GMT": hours and minutes with a space after the colon, as ECB+'s
    // texts print them.
    if p.shape == Shape::Digits && v.fract() == 0.0 && spaced_clock(w, p.num_first, next) {
        return true;
    }
    // "1353 GMT", "0800 local time": a clock time written as four digits.
    if p.shape == Shape::Digits
        && w.raw(p.num_first).len() == 4
        && v.fract() == 0.0
        && (v as i64) / 100 <= 23
        && (v as i64) % 100 <= 59
        && (matches!(w.low(next), "gmt" | "utc" | "hrs" | "hours")
            || (w.low(next) == "local" && w.low(next + 1) == "time")
            || at_with_gmt_after(w, p.first, next))
    {
        return true;
    }
    // Written with two decimals, as hours and minutes are ("14.30", "22.00").
    let minutes_written = p.resolution >= 0.0099 && p.resolution <= 0.011;
    let clock = (0.0..=24.0).contains(&v) && {
        let frac = ((v.fract() * 100.0).round()) as i64;
        v.fract() == 0.0 || (minutes_written && frac < 60)
    };
    if !clock || p.qualifier == Qualifier::Range && p.high > 24.0 {
        return false;
    }
    // "between 12 and 5pm", "from 9 to 11 a.m.": the first hour of a span of clock time.
    if v.fract() == 0.0
        && p.first >= 1
        && matches!(w.low(p.first - 1), "between" | "from")
        && matches!(w.low(next), "and" | "to" | "until" | "till")
        && clock_time_at(w, next + 1)
    {
        return true;
    }
    match w.low(next) {
        "am" | "pm" | "gmt" | "utc" | "o'clock" | "o’clock" => true,
        "a" | "p" => w.is_punct(next + 1, ".") && w.low(next + 2) == "m",
        // "14.30 local time", "at 14.30 hrs": hours and minutes the European way (a length
        // of "14.30 hours" has no "at" before it).
        "local" => minutes_written && w.low(next + 1) == "time",
        "hours" | "hrs" => {
            minutes_written
                && p.first >= 1
                && matches!(
                    w.low(p.first - 1),
                    "at" | "by" | "until" | "till" | "from" | "around" | "before" | "after"
                )
        }
        _ => false,
    }
}

/// Whether a clock time with its "am" or "pm" starts at token `k` ("5pm", "5 p.m.",
/// "11.30am").
fn clock_time_at(w: &Words, k: usize) -> bool {
    if !w.is_number(k) {
        return false;
    }
    let raw = w.low(k);
    raw.ends_with("am")
        || raw.ends_with("pm")
        || matches!(w.low(k + 1), "am" | "pm")
        || (matches!(w.low(k + 1), "a" | "p") && w.is_punct(k + 2, "."))
}

/// Minutes told before "past" or "to" an hour ("twenty past six", "ten to five").
const CLOCK_MINUTES: [&str; 9] = [
    "five", "ten", "twenty", "quarter", "half", "5", "10", "20", "25",
];

/// Whether `p` is part of a time of day told the British way: the minutes of "twenty past
/// six" or "ten to five", the hour after them, or "a quarter to eight" (read as a range).
fn told_by_the_hour_hand(w: &Words, p: &Phrase, next: usize) -> bool {
    let hour = |k: usize| {
        let low = w.low(k);
        let v = low
            .parse::<u32>()
            .ok()
            .or_else(|| lexicon().number_words.get(low).map(|n| n.value as u32));
        v.is_some_and(|h| (1..=12).contains(&h)) && !w.glued(k)
    };
    let minutes = |k: usize| {
        CLOCK_MINUTES.contains(&w.low(k))
            || (w.low(k) == "five" && k >= 2 && w.is_dash(k - 1) && w.low(k - 2) == "twenty")
    };
    let integral = p.value.fract() == 0.0;
    // The minutes: "twenty past six", "a quarter past eight".
    if p.qualifier == Qualifier::Exact
        && ((integral && [5.0, 10.0, 20.0, 25.0].contains(&p.value)) || p.value == 0.25)
        && matches!(w.low(next), "past" | "to")
        && hour(next + 1)
    {
        return true;
    }
    // The hour: "past six" after minutes.
    if p.qualifier == Qualifier::Exact
        && integral
        && (1.0..=12.0).contains(&p.value)
        && p.first >= 2
        && matches!(w.low(p.first - 1), "past" | "to")
        && minutes(p.first - 2)
    {
        return true;
    }
    // "a quarter to eight", read as a range from a quarter to eight.
    p.qualifier == Qualifier::Range
        && p.low == 0.25
        && p.high.fract() == 0.0
        && (1.0..=12.0).contains(&p.high)
        && (p.first..=p.last).any(|k| w.low(k) == "quarter")
        && (p.first..=p.last).any(|k| w.low(k) == "to")
}

/// Whether the number at `i` (its phrase ending before `next`) is the hours or the minutes of
/// a clock time whose colon is followed by a space ("08: 30"): two-digit minutes up to 59
/// after one- or two-digit hours up to 24.
fn spaced_clock(w: &Words, i: usize, next: usize) -> bool {
    let value = |k: usize, max: u32, lens: std::ops::RangeInclusive<usize>| {
        let raw = w.raw(k);
        w.is_number(k) && lens.contains(&raw.len()) && raw.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let minutes =
        i >= 2 && w.is_punct(i - 1, ":") && value(i, 59, 2..=2) && value(i - 2, 24, 1..=2);
    let hours =
        next == i + 1 && w.is_punct(next, ":") && value(i, 24, 1..=2) && value(next + 1, 59, 2..=2);
    minutes || hours
}

/// "at 1353 (1023 GMT)": a wire's local time after "at", with the same moment in GMT in the
/// brackets after it.
fn at_with_gmt_after(w: &Words, first: usize, next: usize) -> bool {
    first >= 1
        && w.low(first - 1) == "at"
        && w.is_punct(next, "(")
        && w.is_number(next + 1)
        && matches!(w.low(next + 2), "gmt" | "utc")
}

/// Nouns for one person whose age "of N years" gives.
const PERSONS: [&str; 8] = [
    "man", "woman", "boy", "girl", "person", "child", "youth", "teenager",
];

/// "34-year-old", "aged 22", "Abed Sultan, 20, a student", "(20)" after a name.
fn is_age(w: &Words, p: &Phrase, next: usize) -> bool {
    if let Some(h) = p.hyphen_word
        && w.is_dash(h + 1)
        && w.low(h + 2) == "old"
    {
        return true;
    }
    if matches!(w.low(next), "years" | "year") && w.low(next + 1) == "old" {
        return true;
    }
    // "a 16 - year - old": a tokenized text spaces its hyphens.
    if w.is_dash(next)
        && matches!(w.low(next + 1), "year" | "years" | "month" | "months")
        && w.is_dash(next + 2)
        && w.low(next + 3) == "old"
    {
        return true;
    }
    let first = p.first;
    if first >= 1 && matches!(w.low(first - 1), "aged" | "age" | "ages") {
        return true;
    }
    // "aged 24 and 31", "aged 17, 19 and 22": each number of a list of ages.
    if listed_after_aged(w, first) {
        return true;
    }
    // "raising the pension age from 62 to 64", "the voting age of 18", "the retirement age
    // to 64": an age a rule sets.
    if first >= 2
        && matches!(w.low(first - 1), "from" | "to" | "of" | "at" | "between")
        && matches!(w.low(first - 2), "age" | "ages")
        && p.value <= 130.0
    {
        return true;
    }
    // "a man of 41 years", "a woman of 35 years of age": a person's age, no length of time.
    if first >= 2
        && w.low(first - 1) == "of"
        && PERSONS.contains(&w.low(first - 2))
        && matches!(w.low(next), "years" | "year")
    {
        return true;
    }
    // "a boy of about 10 was carried out", "a girl of 12": a person of a number is that
    // person's age, unless the number counts something after it ("a man of 12 children").
    if first >= 3
        && w.low(first - 1) == "of"
        && PERSONS.contains(&w.low(first - 2))
        && matches!(w.low(first - 3), "a" | "an")
        && p.value <= 110.0
        && p.value.fract() == 0.0
        && !(w.is_word(next)
            && (lexicon().people.contains(w.low(next)) || is_measure_word(w.low(next))))
    {
        return true;
    }
    if over_an_age(w, p, next) {
        return true;
    }
    if at_a_stage_of_life(w, p, next) {
        return true;
    }
    let small = p.shape == Shape::Digits
        && !p.percent
        && p.currency.is_none()
        && p.value.fract() == 0.0
        && (1.0..=110.0).contains(&p.value)
        && p.qualifier == Qualifier::Exact;
    let name_before = first >= 2
        && w.is_punct(first - 1, ",")
        && w.capitalized(first - 2)
        && w.is_word(first - 2);
    let comma_after = matches!(w.raw(next), "," | ")" | "." | ";") || next >= w.len();
    if pair_of_ages(w, p, next) {
        return true;
    }
    // "Anvi Jadhav, six, died": an age in a word between commas after a name of two words.
    let one_word = p.shape == Shape::Words
        && p.first == p.num_first
        && p.num_first == p.num_last
        && p.qualifier == Qualifier::Exact
        && p.value.fract() == 0.0
        && (1.0..=19.0).contains(&p.value);
    if one_word && name_before && first >= 3 && w.capitalized(first - 3) && w.is_word(first - 3) {
        return matches!(w.raw(next), "," | ")");
    }
    if small && youngest_or_oldest(w, first) {
        return true;
    }
    if !(small && comma_after) {
        return false;
    }
    name_before || person_noun_before(w, first) || said_of_a_person(w, first)
}

/// Nouns of two people whose two ages follow between commas ("a married couple, 64 and 61,").
const PAIRS_OF_PEOPLE: [&str; 6] = ["couple", "pair", "brothers", "sisters", "siblings", "twins"];

/// Whether `p` is one of two ages told between commas after a name or a noun of people:
/// "A married couple, 64 and 61, died", "Ruth and Tom Ellison, 78 and 80,".
fn pair_of_ages(w: &Words, p: &Phrase, next: usize) -> bool {
    let age = |k: usize| {
        w.is_number(k)
            && w.raw(k)
                .parse::<u32>()
                .is_ok_and(|n| (1..=110).contains(&n))
    };
    let closes = |k: usize| matches!(w.raw(k), "," | "." | ";" | ")") || k >= w.len();
    let first = p.first;
    if p.shape != Shape::Digits || p.qualifier != Qualifier::Exact || !age(p.num_first) {
        return false;
    }
    // The comma that opens the pair: before the first age, or before the one before "and".
    let open = if w.low(next) == "and" && age(next + 1) && closes(next + 2) {
        first.checked_sub(1)
    } else if first >= 3 && w.low(first - 1) == "and" && age(first - 2) && closes(next) {
        Some(first - 3)
    } else {
        None
    };
    let Some(open) = open.filter(|&k| k >= 1 && w.is_punct(k, ",")) else {
        return false;
    };
    let noun = w.low(open - 1);
    PAIRS_OF_PEOPLE.contains(&noun)
        || lexicon().people.contains(noun)
        || (w.capitalized(open - 1) && w.is_word(open - 1) && open >= 2 && w.capitalized(open - 2))
}

/// Tokens before "were over 60" searched for the count it is said of.
const COUNTED_SUBJECT_REACH: usize = 8;

/// "Five of the seven people who died were over 60": an age over or under a number said with
/// "were" of people counted before it, at the end of its clause ("Casualties were over 60"
/// is a count).
fn over_an_age(w: &Words, p: &Phrase, next: usize) -> bool {
    let first = p.first;
    let Some(be) = first.checked_sub(1) else {
        return false;
    };
    let clause_ends = matches!(w.raw(next), "," | "." | ";" | ")") || next >= w.len();
    if !(clause_ends
        && matches!(p.qualifier, Qualifier::AtLeast | Qualifier::AtMost)
        && matches!(w.low(first), "over" | "under")
        && p.shape == Shape::Digits
        && p.value <= 110.0
        && matches!(w.low(be), "were" | "are" | "was" | "is"))
    {
        return false;
    }
    // "Most of the dead were over 70": a part of a group told by a word, too.
    (be.saturating_sub(COUNTED_SUBJECT_REACH)..be).any(|k| {
        w.is_number(k)
            || lexicon().number_words.contains_key(w.low(k))
            || (matches!(
                w.low(k),
                "most" | "many" | "all" | "majority" | "half" | "some" | "several" | "none"
            ) && w.low(k + 1) == "of")
    })
}

/// Whether the words before token `first` tell a person's age with a verb: "Hale, who was
/// 87,", "He was 87.", "died at 87", "Thapa (42)" (a number alone before a break).
fn said_of_a_person(w: &Words, first: usize) -> bool {
    let back = |k: usize| first.checked_sub(k).map_or("", |i| w.low(i));
    let (b2, b1) = (back(2), back(1));
    (matches!(b1, "was" | "is") && matches!(b2, "who" | "he" | "she"))
        || (b1 == "at" && matches!(b2, "died" | "dies" | "die"))
        || (b1 == "(" && first >= 2 && w.capitalized(first - 2) && w.is_punct(first + 1, ")"))
}

/// Endings of nouns for a person by what they do ("cyclist", "driver", "pedestrian",
/// "resident", "protester").
pub(super) const PERSON_ENDINGS: [&str; 6] = ["ist", "er", "or", "ian", "ant", "ent"];

/// Whether a person named by a noun with its determiner stands before the comma before
/// token `first`: "a man, 34,", "a cyclist, 27,", "the driver, 45," (an age between commas).
fn person_noun_before(w: &Words, first: usize) -> bool {
    if first < 3 || !w.is_punct(first - 1, ",") || !w.is_word(first - 2) {
        return false;
    }
    let noun = w.low(first - 2);
    let person = lexicon().people.contains(noun)
        || (noun.len() > 4 && PERSON_ENDINGS.iter().any(|e| noun.ends_with(e)));
    // "The train's driver, 54,": a possessive determines the noun as "the" does. "A
    // security guard, 58,", "the retired lorry driver, 61,", "a Norwegian engineer, 52,":
    // up to two words between.
    let determines = |k: usize| {
        matches!(w.low(k), "a" | "an" | "the" | "his" | "her" | "their") || is_possessive(w.low(k))
    };
    let modifier = |k: usize| w.is_word(k);
    person
        && (determines(first - 3)
            || (first >= 4 && modifier(first - 3) && determines(first - 4))
            || (first >= 5 && modifier(first - 3) && modifier(first - 4) && determines(first - 5)))
}

/// Whether the number at token `first` follows "the youngest" or "the oldest" of a group
/// told before ("the youngest 19, the oldest 58"): an age.
fn youngest_or_oldest(w: &Words, first: usize) -> bool {
    first >= 1 && matches!(w.low(first - 1), "youngest" | "oldest" | "eldest")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::phrase::find_phrases;
    use crate::model::Span;

    fn roles(s: &str) -> Vec<Role> {
        let w = Words::new(s, Span::new(0, s.len()));
        find_phrases(&w).iter().map(|p| role(&w, p)).collect()
    }

    #[test]
    fn labels_loved_ones_and_ages_of_the_youngest_count_nothing() {
        assert_eq!(roles("Police issued a section 14 order."), [Role::Name]);
        assert_eq!(roles("Passengers waited at gate 12."), [Role::Name]);
        assert_eq!(
            roles("Our thoughts are with everyone who has lost a loved one."),
            [Role::Name]
        );
        assert_eq!(
            roles("The train's driver, 54, was trapped in his cab."),
            [Role::Age]
        );
        assert_eq!(
            roles("The miners, the youngest 19, the oldest 58, were trapped."),
            [Role::Age, Role::Age]
        );
    }

    #[test]
    fn a_securitys_term_is_its_name_and_a_stressed_length_is_a_length() {
        assert_eq!(roles("The 10-year Treasury yield rose."), [Role::Name]);
        assert_eq!(roles("The yield on the 10-year note rose."), [Role::Name]);
        assert!(matches!(roles("a five-year war")[..], [Role::Duration(_)]));
        assert!(matches!(
            roles("Three straight months of gains")[..],
            [Role::Duration(_)]
        ));
    }

    #[test]
    fn ages_in_words_and_pairs_of_ages_are_no_tolls() {
        assert_eq!(roles("Anvi Jadhav, six, died on the way."), [Role::Age]);
        assert_eq!(
            roles("A married couple, 64 and 61, died when a tree fell."),
            [Role::Age, Role::Age]
        );
        // A count between commas after a place stays a count; a name of one word opening
        // the sentence is read without looking before it.
        assert_eq!(roles("In Aleppo, six people died."), [Role::Figure]);
        assert_eq!(roles("Jadhav, six, died."), [Role::Figure]);
    }

    #[test]
    fn a_number_between_a_capitalized_word_and_a_singular_noun_names_a_model() {
        assert_eq!(roles("The Ariane 6 rocket lifted off."), [Role::Name]);
        assert_eq!(roles("It carried a Zefiro 40 motor."), [Role::Name]);
        assert_eq!(roles("It was a Category 4 storm."), [Role::Figure]);
        assert_eq!(roles("The fire broke out near seat 23F."), [Role::Name]);
        // A plural after the noun keeps the count; so does a noun of people.
        assert_eq!(
            roles("In Gaza 20 civilian deaths were reported."),
            [Role::Figure]
        );
        assert_eq!(roles("In Gaza 20 people died."), [Role::Figure]);
        assert_eq!(roles("Boeing delivered 40 aircraft."), [Role::Figure]);
    }

    #[test]
    fn a_clock_time_written_the_french_way_is_a_time() {
        assert_eq!(
            roles("The building fell down at around 10h15."),
            [Role::Time]
        );
        assert_eq!(roles("They left towards 23h00."), [Role::Time]);
    }

    #[test]
    fn a_fraction_word_before_a_unit_of_time_it_orders_is_an_ordinal() {
        assert_eq!(
            roles("Rescuers worked for a third day to reach them."),
            [Role::Ordinal]
        );
        // A fraction of one unit is a length: "a third of a day".
        assert!(matches!(
            roles("The blackout lasted a third of a day.")[..],
            [Role::Duration(_), ..]
        ));
    }

    #[test]
    fn dates_times_ages_and_years_are_not_figures() {
        assert_eq!(roles("talks on Dec. 18 in New York"), [Role::DateDay]);
        assert_eq!(roles("on 18 December"), [Role::DateDay]);
        assert_eq!(roles("began in March 2011"), [Role::Year]);
        // "at" starts "at large", but a year stands before "at least".
        assert_eq!(
            roles("erupted in 2011 at least 280000 people"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(roles("At 2 pm everybody left"), [Role::Time]);
        assert_eq!(roles("at 2.13 a.m. local time"), [Role::Time]);
        // Hours and minutes the European way, and a length that is none.
        assert_eq!(roles("at 14.30 local time"), [Role::Time]);
        assert_eq!(roles("at 22.00 hrs"), [Role::Time]);
        assert_eq!(
            roles("Outdoor work is banned between 12 and 5pm.")[0],
            Role::Time
        );
        assert_eq!(
            roles("Outdoor work is banned between 12 and 5 p.m.")[0],
            Role::Time
        );
        assert_eq!(roles("between 12 and 15 workers")[0], Role::Figure);
        assert_ne!(roles("after 2 hours of talks"), [Role::Time]);
        assert_ne!(roles("The flight took 14.30 hours"), [Role::Time]);
        assert_eq!(roles("It hit at 1353 GMT on Sunday"), [Role::Time]);
        assert_eq!(
            roles("Last updated at 13: 38 GMT"),
            [Role::Time, Role::Time]
        );
        assert!(!roles("the problems began at around 08: 30 am").contains(&Role::Figure));
        assert_eq!(
            roles("a ratio of 3: 1 among 40 people"),
            [Role::Figure, Role::Figure, Role::Figure]
        );
        assert_eq!(roles("links were back up as of 35GMT"), [Role::Time]);
        assert_eq!(roles("a 34-year-old man"), [Role::Age]);
        assert_eq!(roles("a 16 - year - old Brooklyn resident"), [Role::Age]);
        assert_eq!(roles("Sixteen - year - old Kimani Gray"), [Role::Age]);
        assert_eq!(roles("Abed Sultan, 20, a student"), [Role::Age]);
        assert_eq!(roles("killing Benjamin David Banky, 40."), [Role::Age]);
        assert_eq!(roles("labourers aged 22"), [Role::Age]);
        // An age told with a verb: no toll of 87 dead.
        assert_eq!(
            roles("Desmond Hale, who was 87, died on Sunday."),
            [Role::Age]
        );
        assert_eq!(roles("Desmond Hale has died at 87."), [Role::Age]);
        assert_eq!(roles("He was 87."), [Role::Age]);
        assert_eq!(
            roles("Most of the dead were over 70, according to the ministry."),
            [Role::Age]
        );
        assert_ne!(roles("Casualties were over 70."), [Role::Age]);
        assert_eq!(roles("the driver, Ram Thapa (42), fled"), [Role::Age]);
        assert_ne!(roles("The toll was 87."), [Role::Age]);
        assert_ne!(
            roles("Two people died at 10 sites."),
            [Role::Age, Role::Age]
        );
        assert_eq!(
            roles("Police arrested a man, 34, after a cyclist, 27, was killed."),
            [Role::Age, Role::Age]
        );
        // Not a count in a list, nor one after a noun of no person.
        assert_ne!(roles("apples, 27, were sold"), [Role::Age]);
        assert_ne!(roles("the total, 27, was"), [Role::Age]);
        assert_eq!(roles("raising the pension age from 62 to 64"), [Role::Age]);
        assert_eq!(roles("lowering the voting age to 16"), [Role::Age]);
        // Each number of a list of ages.
        assert_eq!(
            roles("The suspects, aged 24 and 31, were arrested"),
            [Role::Age, Role::Age]
        );
        assert_eq!(roles("men aged between 19 and 25 were held"), [Role::Age]);
        assert_eq!(
            roles("Among the dead are two children, aged seven and eleven."),
            [Role::Figure, Role::Age, Role::Age]
        );
        // An age at a stage of life; not a count at a place.
        assert_eq!(
            roles("Her client, who left school at 17 to drive trucks, relied on accountants."),
            [Role::Age]
        );
        assert_eq!(roles("He died at 85 in his home."), [Role::Age]);
        assert_eq!(
            roles("A security guard, 58, was treated in hospital."),
            [Role::Age]
        );
        assert_eq!(roles("the retired lorry driver, 61, died"), [Role::Age]);
        // A share between commas is no age.
        assert!(
            !roles("Almost a third of households, 31 per cent, live alone.").contains(&Role::Age)
        );
        assert_eq!(
            roles("a boy of about 10 was carried out alive"),
            [Role::Age]
        );
        assert_eq!(roles("A girl of 12 was among the injured."), [Role::Age]);
        assert_ne!(roles("a man of 12 children"), [Role::Age]);
        assert_ne!(roles("the deaths of 12 people"), [Role::Age]);
        assert_eq!(roles("He died at 17 sites."), [Role::Figure]);
        assert_eq!(
            roles("two men and 31 women were arrested"),
            [Role::Figure, Role::Figure]
        );
        // The years of a happening named after "of", and years listed after "in".
        assert_eq!(
            roles("The blizzard of 2022 killed 47 people"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(
            roles("the outbreak of 2013 killed 300 children"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(
            roles("an outbreak in 2012 and 2013 killed more than 300"),
            [Role::Year, Role::Year, Role::Figure]
        );
        assert_eq!(roles("a crowd of 2000 people"), [Role::Figure]);
        assert_eq!(roles("he lives at 10 Downing Street"), [Role::Address]);
        // Numbers in names: a plane's type, a flight, a route.
        assert_eq!(roles("The ATR 72 turboprop went down"), [Role::Name]);
        assert_eq!(
            roles("a Boeing 737 jet with 150 people"),
            [Role::Name, Role::Figure]
        );
        assert_eq!(roles("Flight 1549 landed on the Hudson"), [Role::Name]);
        assert_eq!(
            roles("a Himal Air flight 671 with 72 people"),
            [Role::Name, Role::Figure]
        );
        // Not after a place, a weekday or a currency code; nor with a qualifier.
        assert_eq!(roles("In Aleppo 12 civilians were killed"), [Role::Figure]);
        assert_eq!(roles("On Sunday 12 civilians were killed"), [Role::Figure]);
        assert_eq!(roles("It cost USD 500 in all"), [Role::Figure]);
        assert_eq!(roles("the UN said about 20 died"), [Role::Figure]);
        assert_eq!(roles("UN 20 killed in raid"), [Role::Figure]);
        assert_eq!(
            roles("within four minutes of the first 911 call"),
            [Role::Duration(2), Role::Name]
        );
        assert_eq!(
            roles("Flight 370 vanished with 239 people"),
            [Role::Name, Role::Figure]
        );
        // A number that opens a capitalized name; a union's local.
        assert_eq!(
            roles("The injured were taken to the 37 Military Hospital"),
            [Role::Name]
        );
        assert_eq!(roles("the 37 Syrian soldiers killed"), [Role::Figure]);
        assert_eq!(roles("the president of UAW Local 2270 said"), [Role::Name]);
        assert_eq!(
            roles("data on more than 100 million Capital One customers"),
            [Role::Figure, Role::Name]
        );
        assert_eq!(roles("Police said Two people died"), [Role::Figure]);
        assert_eq!(roles("STORM KILLS FIVE"), [Role::Figure]);
        assert_eq!(
            roles("US Missile Strike on Syria Kills Five Injures Seven"),
            [Role::Figure, Role::Figure]
        );
        assert_eq!(roles("Militants Kill Two in Aleppo"), [Role::Figure]);
        assert_eq!(
            roles("Tags Syria Damascus Four civilians were killed"),
            [Role::Figure]
        );
        assert_eq!(roles("two days ago"), [Role::RelativeDate]);
        // A wire's local time with GMT in brackets; a person's age "of N years".
        assert_eq!(
            roles("The quake struck at 1353 (1023 GMT)"),
            [Role::Time, Role::Time]
        );
        assert_eq!(roles("police arrested a man of 41 years"), [Role::Age]);
        assert_eq!(roles("a war of 41 years"), [Role::Duration(4)]);
    }

    #[test]
    fn a_four_digit_count_of_a_unit_is_no_year() {
        assert_eq!(
            roles("The tanker carried 1300 tonnes of fuel"),
            [Role::Figure]
        );
        assert_eq!(roles("a 1500 km border"), [Role::Figure]);
        assert_eq!(roles("the 2015 elections"), [Role::Year]);
        assert_eq!(roles("In 1300 the town burned"), [Role::Year]);
        // A year that opens a clause after its preposition is a year before people too.
        assert_eq!(
            roles("In 2019 officers found 3.2 tonnes"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(
            roles("Police said that in 2021 soldiers killed 12 people"),
            [Role::Year, Role::Figure]
        );
        // After a preposition of time, a year before a casualty verb is still a year; without
        // one, a four-digit count may take the verb.
        assert_eq!(
            roles("A quake in 2023 killed thousands"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(
            roles("since 2011 killed more than 300,000"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(roles("Clashes left 1500 killed"), [Role::Figure]);
        // After "of" and a happening's noun, the year is the happening's time.
        assert_eq!(
            roles("The earthquake of 2015 killed nearly 9,000 people"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(
            roles("the flood of 1997 killed 56"),
            [Role::Year, Role::Figure]
        );
        assert_eq!(roles("a crowd of 2015 gathered"), [Role::Figure]);
    }

    #[test]
    fn durations_and_figures() {
        assert!(matches!(
            roles("the five-year civil war")[..],
            [Role::Duration(_)]
        ));
        assert!(matches!(roles("within 18 months")[..], [Role::Duration(_)]));
        // Spaced hyphens, as some sources write them throughout.
        assert!(matches!(
            roles("a five - year dispute")[..],
            [Role::Duration(_)]
        ));
        assert_eq!(roles("the 34 - year - old gunman"), [Role::Age]);
        assert_eq!(roles("killed 2000 people"), [Role::Figure]);
        assert_eq!(roles("2.1 pm grid"), [Role::Figure]);
        assert_eq!(roles("a quarter of Syrian territory"), [Role::Figure]);
    }
}
