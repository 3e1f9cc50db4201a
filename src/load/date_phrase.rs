//! Dates written with a month name, as datelines and date stamps write them:
//! `Dec. 11`, `Sept. 30, 2015`, `December 11th, 2015`, `11 December 2015`, `Friday, Nov 12 2011`.
//!
//! This file only reads the words; which year a phrase without one belongs to is decided by
//! [`super::publication`], and the calendar (is there a 31 February?) by `jiff`.

use crate::model::WEEKDAYS;
use jiff::civil::Date;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Month names and the abbreviations news copy uses, with their month number.
const MONTHS: [(&str, i8); 24] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// A month and day, and the year when the phrase gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DatePhrase {
    pub month: i8,
    pub day: i8,
    pub year: Option<i16>,
}

impl DatePhrase {
    /// The calendar date in `year`, when this month has this day.
    pub fn in_year(self, year: i16) -> Option<Date> {
        Date::new(year, self.month, self.day).ok()
    }

    /// The calendar date with the phrase's own year.
    pub fn date(self) -> Option<Date> {
        self.year.and_then(|y| self.in_year(y))
    }
}

/// The regex source of a date phrase, with the named groups that [`from_captures`] reads.
/// Case-insensitive; no anchors, so callers can embed it.
pub(super) fn pattern() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(name, _)| *name).collect();
    // Longest first, so that `sept` is not read as `sep` followed by a stray `t`.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let month = names.join("|");
    let weekday_starts: Vec<&str> = WEEKDAYS.iter().map(|d| &d[..3]).collect();
    let weekday = format!(r"(?:{})[a-z]*\.?,?\s+", weekday_starts.join("|"));
    let day = r"(?:st|nd|rd|th)?";
    format!(
        // ASCII word boundaries: a Unicode one stops the lazy DFA at the first curly quote of
        // an article, and a slower engine read the rest (half of all loading time).
        r"(?i:(?:{weekday})?(?:(?P<month_first>{month})\.?\s+(?P<day_second>\d{{1,2}}){day}|(?P<day_first>\d{{1,2}}){day}\s+(?:of\s+)?(?P<month_second>{month})\.?)(?:,?\s+(?P<year>\d{{4}})|\s+[-–]\s+(?P<dash_year>(?:19|20)\d\d))?(?-u:\b))"
    )
}

/// The phrase matched by [`pattern`] in `caps`.
pub(super) fn from_captures(caps: &Captures<'_>) -> Option<DatePhrase> {
    let (month, day) = match (caps.name("month_first"), caps.name("day_second")) {
        (Some(m), Some(d)) => (m, d),
        _ => (caps.name("month_second")?, caps.name("day_first")?),
    };
    Some(DatePhrase {
        month: month_number(month.as_str())?,
        day: day.as_str().parse().ok()?,
        year: caps
            .name("year")
            .or_else(|| caps.name("dash_year"))
            .and_then(|y| y.as_str().parse().ok()),
    })
}

/// Whether `word` is a day name (`Sunday`, `Sun`, `TUES`).
pub(super) fn is_weekday(word: &str) -> bool {
    let word = word.to_lowercase();
    word.len() >= 3 && WEEKDAYS.iter().any(|day| day.starts_with(&word))
}

/// Whether `word` is a month's name or its abbreviation (`July`, `Sept`).
pub(super) fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// The month a capitalized month name in full names (`April`; not `May`, which is as often a
/// verb opening a sentence, nor abbreviations), for evidence of which month a text is about.
pub(super) fn month_of(word: &str) -> Option<i8> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.eq_ignore_ascii_case("may") {
        return None;
    }
    let name = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .find(|(n, _)| *n == name && (n.len() > 4 || matches!(*n, "june" | "july")))
        .map(|(_, m)| *m)
}

/// The day (1 for Monday to 7 for Sunday) a capitalized day name in full names
/// (`Wednesday`).
pub(super) fn weekday_of(word: &str) -> Option<i8> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let name = word.to_ascii_lowercase();
    let k = WEEKDAYS.iter().position(|d| *d == name)?;
    i8::try_from(k + 1).ok()
}

fn month_number(name: &str) -> Option<i8> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

/// A date phrase at the very start of `text`, and the rest of `text` after it.
pub(super) fn at_start(text: &str) -> Option<(DatePhrase, &str)> {
    static AT_START: LazyLock<Regex> = LazyLock::new(|| compile(&format!("^{}", pattern())));
    let caps = AT_START.captures(text)?;
    let end = caps.get(0)?.end();
    Some((from_captures(&caps)?, &text[end..]))
}

/// Date phrases anywhere in a text, starting at a word boundary.
static ANYWHERE: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?-u:\b){}", pattern())));

/// The first date phrase in `text` and where it stands, when it reads as a date phrase.
pub(super) fn first_in(text: &str) -> Option<(DatePhrase, std::ops::Range<usize>)> {
    let caps = ANYWHERE.captures(text)?;
    let whole = caps.get(0)?;
    Some((from_captures(&caps)?, whole.range()))
}

/// The distinct years of the date phrases that give one, anywhere in `text`, in order.
pub(super) fn years_in(text: &str) -> Vec<i16> {
    let mut years: Vec<i16> = ANYWHERE
        .captures_iter(text)
        .filter_map(|caps| from_captures(&caps)?.date().map(|d| d.year()))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Compiles one of this module's own patterns.
pub(super) fn compile(source: &str) -> Regex {
    match Regex::new(source) {
        Ok(re) => re,
        // The patterns are constants of this module; the tests compile every one of them.
        Err(err) => panic!("invalid built-in date pattern: {err}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn phrase(text: &str) -> Option<DatePhrase> {
        at_start(text).map(|(p, _)| p)
    }

    #[test]
    fn month_day_forms() {
        let dec11 = Some(DatePhrase {
            month: 12,
            day: 11,
            year: None,
        });
        for text in [
            "Dec. 11 -",
            "Dec 11",
            "December 11",
            "DEC. 11",
            "11 December",
            "11 Dec.",
        ] {
            assert_eq!(phrase(text), dec11, "{text}");
        }
        assert_eq!(phrase("Sept. 30").map(|p| p.month), Some(9));
        assert_eq!(phrase("Sep 30").map(|p| p.month), Some(9));
    }

    #[test]
    fn with_years_weekdays_and_ordinals() {
        for text in [
            "December 11, 2015 — 4:00 PM EST",
            "11 Dec 2015",
            "Friday, December 11, 2015",
            "Fri Dec 11 2015, 01: 19 hrs",
            "December 11th, 2015",
            "11 DECEMBER, 2015",
            "Friday, December 11 - 2015 at 16: 12",
        ] {
            assert_eq!(
                phrase(text).and_then(DatePhrase::date),
                Some(date(2015, 12, 11)),
                "{text}"
            );
        }
    }

    #[test]
    fn rest_follows_the_phrase() {
        let (_, rest) = at_start("Dec. 16 (Reuters) - Kerry").unwrap();
        assert_eq!(rest, " (Reuters) - Kerry");
    }

    #[test]
    fn not_dates() {
        for text in [
            "Decided on 11",
            "May be 5",
            "Dec. 115",
            "Kerry, Dec. 11",
            "12 13",
        ] {
            assert_eq!(phrase(text), None, "{text}");
        }
    }

    #[test]
    fn impossible_days_have_no_date() {
        let p = phrase("Feb. 30, 2015").unwrap();
        assert_eq!(p.date(), None);
        assert_eq!(p.in_year(2016), None);
        assert_eq!(
            phrase("Feb. 29").unwrap().in_year(2016),
            Some(date(2016, 2, 29))
        );
    }

    #[test]
    fn weekdays() {
        assert!(is_weekday("Sunday") && is_weekday("TUES") && is_weekday("fri"));
        assert!(!is_weekday("Su") && !is_weekday("Sundays") && !is_weekday("MOSCOW"));
    }

    #[test]
    fn years_in_text() {
        let text = "On Dec. 9, 2015 he said; the war began in March 2011 and on 15 March 2011 …";
        assert_eq!(years_in(text), [2011, 2015]);
        assert_eq!(years_in("no dates, 2015 people"), Vec::<i16>::new());
    }

    /// The boundaries are ASCII ones (so the regex's lazy DFA runs on text with curly quotes
    /// and dashes, instead of a slower engine): a phrase between non-ASCII punctuation or after
    /// a non-ASCII word is still found, and one glued to letters is not.
    #[test]
    fn years_between_non_ascii_punctuation() {
        let text = "“On Dec. 9, 2015” — Señor Gómez said ‘11 March 2011’ mattered";
        assert_eq!(years_in(text), [2011, 2015]);
        assert_eq!(
            years_in("xDec. 9, 2015 and Dec. 9, 2016x"),
            Vec::<i16>::new()
        );
    }
}
