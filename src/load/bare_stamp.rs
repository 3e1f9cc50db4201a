//! Date stamps with no sentence around them, as web pages print them above the story:
//! `on July 02 2013 7: 41 AM`, `11: 39am UK, Monday 09 September 2013`,
//! `POSTED: 1052 GMT (1852 HKT), April 10, 2007`, `Updated 11 / 27 / 2005 3: 41 PM`,
//! `On Tue, 16 / 08 / 2011 - 13: 42`. A line is one when it holds a full date with its year
//! and nothing else but times of day, time zones, day names and the labels of stamps: no
//! headline or sentence is made of those alone.
//!
//! A date written in numbers is read only when the order of month and day cannot be mistaken:
//! one of them above 12 (`11 / 27 / 2005`, `16 / 08 / 2011`) or both the same (`5 / 5 / 2010`).
//! `4 / 9 / 2007` is April 9 in the United States and 4 September elsewhere: it is read only
//! when the article settles the order (see [`settle`]): its body names one of the two months
//! and not the other, or the first day name of its opening is the stamp's own day or the day
//! before in one reading only (news leads tell of the day or the day before). A year of two
//! digits (`09 / 10 / 10 08: 23 PM ET`) is of this century.
//!
//! A wire's byline before the date and the place of its dateline after it stand in stamps
//! too: `TNN Nov 12, 2011, 05. 51AM IST MUMBAI:`.

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

/// News agencies whose byline may open a stamp line (lowercase).
const AGENCIES: [&str; 10] = [
    "tnn", "pti", "ians", "ani", "afp", "ap", "upi", "dpa", "reuters", "xinhua",
];

/// Time zones stamps name (lowercase).
const ZONES: [&str; 26] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "et", "pt", "ist", "hkt", "jst", "kst", "aest", "aedt", "sgt", "msk", "uk",
];

/// The date of `line` when it is a stamp and nothing else; a date in numbers whose month and
/// day may be read either way is read as `body` (the article's text) settles it.
pub(super) fn date_in(line: &str, body: &str) -> Option<DatePhrase> {
    match readings(line)? {
        Readings::One(phrase) => Some(phrase),
        Readings::Either(first, second) => settle(first, second, body),
    }
}

/// Whether `line` is a stamp and nothing else, whatever its order of month and day.
pub(super) fn is_stamp(line: &str) -> bool {
    readings(line).is_some()
}

/// The readings of a stamp's date: one, or two when month and day may be swapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readings {
    One(DatePhrase),
    /// Month first, then day first.
    Either(DatePhrase, DatePhrase),
}

fn readings(line: &str) -> Option<Readings> {
    if line.len() > MAX_LINE {
        return None;
    }
    let line = without_dateline_place(line);
    let (readings, at) = match date_phrase::first_in(line) {
        Some((phrase, at)) => (Readings::One(phrase), at),
        None => numeric_date(line)?,
    };
    if let Readings::One(phrase) = readings {
        phrase.year?;
    }
    let rest = [&line[..at.start], " ", &line[at.end..]].concat();
    rest.split(|c: char| !c.is_alphanumeric())
        .all(stamp_word)
        .then_some(readings)
}

/// `line` without the place of a dateline that ends it in capitals and a colon (`… IST
/// MUMBAI:`, `… NEW DELHI:`).
fn without_dateline_place(line: &str) -> &str {
    let Some(before) = line.trim_end().strip_suffix(':') else {
        return line;
    };
    let place_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_uppercase() || c == ' '))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let place = before[place_start..].trim();
    if place.len() >= 3 && place.chars().filter(char::is_ascii_uppercase).count() >= 3 {
        &before[..before.len() - before[place_start..].trim_start().len()]
    } else {
        line
    }
}

/// A date written in numbers in `line` ("11 / 27 / 2005", "09 / 10 / 10"), with both readings
/// when its month and day may be swapped.
fn numeric_date(line: &str) -> Option<(Readings, std::ops::Range<usize>)> {
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
        date_phrase::compile(r"(?-u:\b)(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})(?-u:\b)")
    });
    let caps = NUMERIC.captures(line)?;
    let number = |k: usize| caps.get(k)?.as_str().parse::<i16>().ok();
    let (a, b) = (number(1)?, number(2)?);
    let year = match caps.get(3)?.as_str() {
        two if two.len() == 2 => 2000 + number(3)?,
        _ => number(3)?,
    };
    // A day that is no day of its month ("2 / 31 / 2010") is no date.
    let phrase = |month: i16, day: i16| {
        let p = DatePhrase {
            month: i8::try_from(month).ok()?,
            day: i8::try_from(day).ok()?,
            year: Some(year),
        };
        p.date().map(|_| p)
    };
    let readings = match (a, b) {
        _ if a == b => Readings::One(phrase(a, b)?),
        _ if a > 12 && b <= 12 => Readings::One(phrase(b, a)?),
        _ if b > 12 && a <= 12 => Readings::One(phrase(a, b)?),
        _ => Readings::Either(phrase(a, b)?, phrase(b, a)?),
    };
    Some((readings, caps.get(0)?.range()))
}

/// The one of two readings of a stamp that `body` bears out: the only one whose month the
/// body names (as a word), else the only one whose day, or the day after it, is the first day
/// name of the body's opening. `None` when neither or both are borne out, or the two kinds of
/// evidence disagree.
fn settle(first: DatePhrase, second: DatePhrase, body: &str) -> Option<DatePhrase> {
    let words = || {
        body.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
    };
    let named = |p: DatePhrase| words().any(|w| date_phrase::month_of(w) == Some(p.month));
    let by_month = match (named(first), named(second)) {
        (true, false) => Some(first),
        (false, true) => Some(second),
        _ => None,
    };
    let opening = &body[..body.floor_char_boundary(OPENING)];
    let weekday = opening
        .split(|c: char| !c.is_ascii_alphabetic())
        .find_map(date_phrase::weekday_of);
    let by_weekday = weekday.and_then(|day| {
        let fits = |p: DatePhrase| {
            p.date().is_some_and(|d| {
                let named = d.weekday().to_monday_one_offset();
                named == day || named == day % 7 + 1
            })
        };
        match (fits(first), fits(second)) {
            (true, false) => Some(first),
            (false, true) => Some(second),
            _ => None,
        }
    });
    match (by_month, by_weekday) {
        (Some(m), Some(w)) => (m == w).then_some(m),
        (m, w) => m.or(w),
    }
}

/// How many bytes of a body its opening is, where the first day name is looked for.
const OPENING: usize = 600;

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
        || AGENCIES.contains(&low.as_str())
        || ZONES.contains(&low.as_str())
        || (number.is_empty() && (date_phrase::is_weekday(&low) || date_phrase::is_month(&low)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(line: &str) -> Option<(i16, i8, i8)> {
        date_in(line, "").map(|p| (p.year.unwrap_or(0), p.month, p.day))
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
        // No year, or month and day that can be read both ways.
        assert_eq!(day("Updated July 2 at 5 PM"), None);
        assert_eq!(day("Updated 4 / 9 / 2007 6: 04 PM"), None);
        // No such day.
        assert_eq!(day("Updated 2 / 31 / 2010"), None);
        // A place that is no dateline's (not in capitals before a colon).
        assert_eq!(day("Nov 12, 2011, 05. 51AM IST Mumbai police say:"), None);
    }

    #[test]
    fn a_wire_byline_and_a_dateline_place_stand_in_a_stamp() {
        assert_eq!(
            day("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:"),
            Some((2011, 11, 12))
        );
        assert_eq!(
            day("PTI Jan 3, 2012, 10. 05PM IST NEW DELHI:"),
            Some((2012, 1, 3))
        );
    }

    #[test]
    fn a_year_may_follow_a_dash() {
        assert_eq!(
            day("Sunday, November 27 - 2005 at 16: 12"),
            Some((2005, 11, 27))
        );
    }

    fn settled(line: &str, body: &str) -> Option<(i16, i8, i8)> {
        date_in(line, body).map(|p| (p.year.unwrap_or(0), p.month, p.day))
    }

    #[test]
    fn the_article_settles_a_date_that_reads_both_ways() {
        let stamp = "Updated 4 / 11 / 2007 1: 26 PM";
        // April 11, 2007 was a Wednesday; 4 November 2007 a Sunday.
        let lead = "A fired accountant was arraigned Wednesday on murder charges.";
        assert_eq!(settled(stamp, lead), Some((2007, 4, 11)));
        // The day before the stamp's day is the lead's day too.
        let lead = "A fired accountant was arraigned Tuesday on murder charges.";
        assert_eq!(settled(stamp, lead), Some((2007, 4, 11)));
        // A month the body names, and not the other.
        let body = "The shooting was the third at a Michigan office since April.";
        assert_eq!(settled(stamp, body), Some((2007, 4, 11)));
        let body = "He will be sentenced in November.";
        assert_eq!(settled(stamp, body), Some((2007, 11, 4)));
        // Two-digit years are of this century: 11 / 10 / 11 is November 10 (a Thursday) or
        // 11 October 2011 (a Tuesday).
        let lead = "Military aircraft dropped bombs Thursday in and around a camp.";
        assert_eq!(
            settled("11 / 10 / 11 02: 39 PM ET", lead),
            Some((2011, 11, 10))
        );
    }

    #[test]
    fn a_date_that_reads_both_ways_stays_unread_without_evidence() {
        let stamp = "Updated 4 / 9 / 2007 6: 04 PM";
        // April 9, 2007 was a Monday and 4 September a Tuesday: "Monday" fits both.
        let lead = "One victim died in the Monday morning attack.";
        assert_eq!(settled(stamp, lead), None);
        assert_eq!(settled(stamp, "No day is named."), None);
        // "May" is as often a verb.
        assert_eq!(settled("Updated 5 / 4 / 2007", "May we go?"), None);
        // Evidence that disagrees settles nothing: April by its month, 4 November (a Sunday)
        // by its day name.
        let body = "Police said Saturday the man was fired in April.";
        assert_eq!(settled("Updated 4 / 11 / 2007", body), None);
        assert!(is_stamp(stamp));
        assert_eq!(date_in(stamp, ""), None);
    }
}
