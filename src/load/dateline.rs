//! Datelines: `WASHINGTON, Dec. 11 -`, `MOSCOW, Dec. 16 (Reuters) -`, `LONDON, 11 December
//! 2015 —`, `Mumbai, Nov 11 -`, or `INDONESIA, July 2, 2013` on a line of its own; and bare
//! date lines such as `27 NOVEMBER, 2005` or `Friday, Sep 10, 2010 | Updated 8:52 PM` that open
//! many web articles.

use crate::load::date_phrase;
use crate::load::publication::StatedDate;
use crate::model::DateOrigin;
use regex::Regex;
use std::sync::LazyLock;

/// A bare date line is a date and little else (a time, a separator).
const MAX_DATE_LINE_CHARS: usize = 60;

/// The first dateline among `head` (the first lines of a body), else the first bare date line
/// with a year.
pub(super) fn find(head: &[&str]) -> Option<StatedDate> {
    head.iter()
        .find_map(|line| dateline(line))
        .or_else(|| head.iter().find_map(|line| date_line(line)))
}

/// `PLACE, DATE (AGENCY) -` at the start of `line`, or `PLACE, DATE` as the whole line.
fn dateline(line: &str) -> Option<StatedDate> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        let word = r"[A-Z][\p{L}.'’-]*";
        let place = format!(r"{word}(?:\s+{word}){{0,3}}(?:,\s+{word}(?:\s+{word}){{0,2}})?");
        let agency = r"(?:\s*\([^)\n]{1,40}\))?";
        date_phrase::compile(&format!(
            r"^(?P<place>{place}),\s+{date}{agency}\s*(?:[-–—]+(?:\s|$)|$)",
            date = date_phrase::pattern()
        ))
    });
    let caps = DATELINE.captures(line)?;
    if date_phrase::is_weekday(caps.name("place")?.as_str()) {
        return None;
    }
    Some(StatedDate {
        phrase: date_phrase::from_captures(&caps)?,
        origin: DateOrigin::Dateline,
        words: caps.get(0)?.as_str().trim_end().to_owned(),
    })
}

/// A short line that starts with a date with a year.
fn date_line(line: &str) -> Option<StatedDate> {
    if line.chars().count() > MAX_DATE_LINE_CHARS {
        return None;
    }
    let (phrase, _) = date_phrase::at_start(line)?;
    phrase.year?;
    Some(StatedDate {
        phrase,
        origin: DateOrigin::Dateline,
        words: line.to_owned(),
    })
}

/// Whether `line` is a dateline or a date line (so it is not a headline).
pub(super) fn is_date_line(line: &str) -> bool {
    dateline(line).is_some() || date_line(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::date_phrase::DatePhrase;

    fn phrase(line: &str) -> Option<DatePhrase> {
        find(&[line]).map(|s| s.phrase)
    }

    fn md(month: i8, day: i8, year: Option<i16>) -> Option<DatePhrase> {
        Some(DatePhrase { month, day, year })
    }

    #[test]
    fn wire_datelines() {
        let cases = [
            (
                "WASHINGTON, Dec. 11 - Secretary of State John Kerry will travel",
                md(12, 11, None),
            ),
            (
                "MOSCOW, Dec. 16 (Reuters) - Kerry and Putin",
                md(12, 16, None),
            ),
            (
                "LONDON, 11 December 2015 — The talks",
                md(12, 11, Some(2015)),
            ),
            ("NEW YORK, Sept. 30 – Russia began", md(9, 30, None)),
            ("Mumbai, Nov 11 -", md(11, 11, None)),
            (
                "BEIRUT, Lebanon, Jan. 5, 2016 -- Shelling",
                md(1, 5, Some(2016)),
            ),
        ];
        for (line, want) in cases {
            assert_eq!(phrase(line), want, "{line}");
        }
        let found = find(&["MOSCOW, Dec. 16 (Reuters) - Kerry"]).unwrap();
        assert_eq!(found.words, "MOSCOW, Dec. 16 (Reuters) -");
        assert_eq!(found.origin, DateOrigin::Dateline);
    }

    #[test]
    fn bare_date_lines_need_a_year() {
        assert_eq!(phrase("27 NOVEMBER, 2005"), md(11, 27, Some(2005)));
        assert_eq!(
            phrase("Friday, Sep 10, 2010 | Updated 8: 52 PM EDT"),
            md(9, 10, Some(2010))
        );
        assert_eq!(phrase("Dec. 18 New York talks"), None);
        // A day name is not a place; the year may follow the day after a dash.
        assert_eq!(
            phrase("Sunday, November 27 - 2005 at 16: 12"),
            md(11, 27, Some(2005))
        );
    }

    #[test]
    fn a_dateline_wins_over_an_earlier_date_line() {
        let head = ["November 12, 2011", "MUMBAI, Nov. 11 - The navy"];
        assert_eq!(find(&head).map(|s| s.phrase), md(11, 11, None));
    }

    #[test]
    fn sentences_are_not_datelines() {
        for line in [
            "The visit on Tuesday comes as the U.S. seeks agreement, Dec. 18 -",
            "Kerry will meet Putin on Dec. 15 - the talks",
            "WASHINGTON - Kerry will travel",
            "Kerry, Dec. 11 was the day",
            "U.S. Secretary of State John Kerry will meet Russian President Vladimir Putin in Moscow next week, a meeting set for December 15, 2015 in the Kremlin.",
        ] {
            assert_eq!(phrase(line), None, "{line}");
        }
    }
}
