//! Date stamps with no sentence around them, as web pages print them above the story:
//! `on July 02 2013 7: 41 AM`, `11: 39am UK, Monday 09 September 2013`,
//! `POSTED: 1052 GMT (1852 HKT), April 10, 2007`, `Updated 11 / 27 / 2005 3: 41 PM`,
//! `On Tue, 16 / 08 / 2011 - 13: 42`. A line is one when it holds a full date with its year
//! and nothing else but times of day, time zones, day names and the labels of stamps: no
//! headline or sentence is made of those alone.
//!
//! A date written in numbers is read only when the order of month and day cannot be mistaken:
//! one of them above 12 (`11 / 27 / 2005`, `16 / 08 / 2011`) or both the same (`5 / 5 / 2010`).
//! `4 / 9 / 2007` is April 9 in the United States and 4 September elsewhere, and is left.

use crate::load::date_phrase::{self, DatePhrase};
use regex::Regex;
use std::sync::LazyLock;

/// Longest line read as a stamp, in bytes.
const MAX_LINE: usize = 100;

/// Words a stamp may hold besides its date and times (lowercase).
const STAMP_WORDS: [&str; 15] = [
    "on",
    "at",
    "updated",
    "update",
    "published",
    "posted",
    "first",
    "last",
    "time",
    "date",
    "am",
    "pm",
    "a",
    "p",
    "m",
];

/// Time zones stamps name (lowercase).
const ZONES: [&str; 26] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "et", "pt", "ist", "hkt", "jst", "kst", "aest", "aedt", "sgt", "msk", "uk",
];

/// The date of `line` when it is a stamp and nothing else.
pub(super) fn date_of(line: &str) -> Option<DatePhrase> {
    if line.len() > MAX_LINE {
        return None;
    }
    let (phrase, at) = date_phrase::first_in(line).or_else(|| numeric_date(line))?;
    phrase.year?;
    let rest = [&line[..at.start], " ", &line[at.end..]].concat();
    rest.split(|c: char| !c.is_alphanumeric())
        .all(stamp_word)
        .then_some(phrase)
}

/// A date written in numbers in `line` ("11 / 27 / 2005"), when its order is plain.
fn numeric_date(line: &str) -> Option<(DatePhrase, std::ops::Range<usize>)> {
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        date_phrase::compile(r"(?-u:\b)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?-u:\b)")
    });
    let caps = NUMERIC.captures(line)?;
    let number = |k: usize| caps.get(k)?.as_str().parse::<i16>().ok();
    let (a, b, year) = (number(1)?, number(2)?, number(3)?);
    let (month, day) = match (a, b) {
        _ if a == b => (a, b),
        _ if a > 12 && b <= 12 => (b, a),
        _ if b > 12 && a <= 12 => (a, b),
        _ => return None,
    };
    let phrase = DatePhrase {
        month: i8::try_from(month).ok()?,
        day: i8::try_from(day).ok()?,
        year: Some(year),
    };
    // A day that is no day of its month ("2 / 31 / 2010") is no date.
    phrase.date()?;
    Some((phrase, caps.get(0)?.range()))
}

/// Whether `word` (a run of letters and digits, or empty) may stand in a stamp beside its
/// date: a time ("1052", "39am", "05"), a zone, a day or month name (of the stamp's second
/// date: "…, updated April 30, 2008 at 8: 33 AM") or a stamp's label.
fn stamp_word(word: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    let low = word.to_ascii_lowercase();
    let digits = low.bytes().take_while(u8::is_ascii_digit).count();
    let (number, suffix) = low.split_at(digits);
    (digits > 0 && digits <= 4 && matches!(suffix, "" | "am" | "pm" | "h" | "hrs"))
        || STAMP_WORDS.contains(&low.as_str())
        || ZONES.contains(&low.as_str())
        || (number.is_empty() && (date_phrase::is_weekday(&low) || date_phrase::is_month(&low)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(line: &str) -> Option<(i16, i8, i8)> {
        date_of(line).map(|p| (p.year.unwrap_or(0), p.month, p.day))
    }

    #[test]
    fn stamps_of_news_pages() {
        assert_eq!(day("on July 02 2013 7: 41 AM"), Some((2013, 7, 2)));
        assert_eq!(
            day("11: 39am UK, Monday 09 September 2013"),
            Some((2013, 9, 9))
        );
        assert_eq!(day("Tuesday, 2 July 2013 | 10:23 GMT"), Some((2013, 7, 2)));
        assert_eq!(
            day("POSTED: 1052 GMT (1852 HKT), April 10, 2007"),
            Some((2007, 4, 10))
        );
        assert_eq!(day("Updated 11 / 27 / 2005 3: 41 PM"), Some((2005, 11, 27)));
        assert_eq!(day("On Tue, 16 / 08 / 2011 - 13: 42"), Some((2011, 8, 16)));
        assert_eq!(
            day("First Posted 23: 37: 00 05 / 05 / 2010"),
            Some((2010, 5, 5))
        );
        assert_eq!(
            day("on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM"),
            Some((2008, 4, 30))
        );
    }

    #[test]
    fn sentences_headlines_and_unclear_dates_are_no_stamps() {
        // Words of a sentence beside the date.
        assert_eq!(day("July 2, 2013 was the day the quake struck."), None);
        assert_eq!(
            day("Fresh riots were reported in Greece on Saturday December 13 2008"),
            None
        );
        assert_eq!(day("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:"), None);
        // No year, or month and day that can be read both ways.
        assert_eq!(day("Updated July 2 at 5 PM"), None);
        assert_eq!(day("Updated 4 / 9 / 2007 6: 04 PM"), None);
        // No such day.
        assert_eq!(day("Updated 2 / 31 / 2010"), None);
    }
}
