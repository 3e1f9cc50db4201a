//! Date stamps near the top of web articles: `Updated on December 11, 2015 — 4:00 PM EST`,
//! `Updated on 11 Dec 2015`, `Last updated: Monday, 28 November 2005`, `Published: March 13,
//! 2013`, `Posted on November 15, 2011`; the date may also stand on the line after a bare
//! `Updated on`; or a line of a full date and nothing but the words of stamps (`bare_stamp`).

use crate::load::publication::StatedDate;
use crate::load::{bare_stamp, date_phrase};
use crate::model::DateOrigin;
use regex::Regex;
use std::sync::LazyLock;

/// The first date stamp among `head` (the first lines of `body`, which settles the order of
/// month and day of a date in numbers, see [`bare_stamp::date_in`]).
pub(super) fn find(head: &[&str], body: &str) -> Option<StatedDate> {
    head.iter().enumerate().find_map(|(i, line)| {
        if let Some(phrase) = bare_stamp::date_in(line, body) {
            return Some(StatedDate {
                phrase,
                origin: DateOrigin::UpdatedLine,
                words: line.trim().to_owned(),
            });
        }
        let rest = after_label(line)?;
        let (phrase, words) = if rest.trim().is_empty() {
            let next = head.get(i + 1)?;
            (
                date_phrase::at_start(next)?.0,
                format!("{} {}", line.trim(), next.trim()),
            )
        } else {
            (date_phrase::at_start(rest)?.0, line.trim().to_owned())
        };
        Some(StatedDate {
            phrase,
            origin: DateOrigin::UpdatedLine,
            words,
        })
    })
}

/// Whether `line` is a date stamp, in any date format, or a bare `Updated on` label (so it is
/// not a headline).
pub(super) fn is_stamp(line: &str) -> bool {
    bare_stamp::is_stamp(line)
        || after_label(line).is_some_and(|rest| {
            rest.trim().is_empty()
                || rest.starts_with(|c: char| c.is_ascii_digit())
                || date_phrase::at_start(rest).is_some()
        })
}

/// What follows an `Updated on` (or `Published:`, `Posted on`, …) label opening `line`.
fn after_label(line: &str) -> Option<&str> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        date_phrase::compile(
            r"(?i)^\s*(?:last\s+)?(?:updated|published|posted)(?:\s+(?:on|time|date))?\s*:?\s*",
        )
    });
    let label = LABEL.find(line)?;
    Some(&line[label.end()..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn find_in(head: &[&str]) -> Option<StatedDate> {
        find(head, &head.join("\n"))
    }

    fn stamped(head: &[&str]) -> Option<jiff::civil::Date> {
        find(head, &head.join("\n")).and_then(|s| s.phrase.date())
    }

    #[test]
    fn updated_on_lines() {
        let dec11 = Some(date(2015, 12, 11));
        assert_eq!(
            stamped(&["Updated on December 11, 2015 — 4:00 PM EST"]),
            dec11
        );
        assert_eq!(stamped(&["Updated on 11 Dec 2015"]), dec11);
        assert_eq!(
            stamped(&["Title", "Updated on", "December 11, 2015"]),
            dec11
        );
        assert_eq!(
            stamped(&["Last Updated: Friday, 11 December 2015, 02: 24 GMT"]),
            dec11
        );
        assert_eq!(
            stamped(&["PUBLISHED: FRIDAY, DECEMBER 11, 2015, 10: 34 PM"]),
            dec11
        );
        assert_eq!(
            stamped(&["Published time: December 11, 2015 02: 03"]),
            dec11
        );
        let found = find_in(&["Updated on", "Dec. 11, 2015"]).unwrap();
        assert_eq!(found.words, "Updated on Dec. 11, 2015");
        assert_eq!(found.origin, DateOrigin::UpdatedLine);
    }

    #[test]
    fn a_line_of_a_date_alone_is_a_stamp() {
        assert_eq!(
            stamped(&["Title", "on July 02 2013 7: 41 AM"]),
            Some(date(2013, 7, 2))
        );
        assert!(is_stamp("on July 02 2013 7: 41 AM"));
        assert!(!is_stamp("July 2, 2013 was the day the quake struck."));
    }

    #[test]
    fn a_stamp_without_a_year_keeps_month_and_day() {
        let found = find_in(&["Updated on Dec. 11"]).unwrap();
        assert_eq!(
            (found.phrase.month, found.phrase.day, found.phrase.year),
            (12, 11, None)
        );
    }

    #[test]
    fn seed_article_has_an_updated_line_without_a_date() {
        let head = [
            "Kerry to Meet Putin in Moscow Next Week on Syrian Transition",
            "Updated on",
            "  • Visit aims to narrow divisions ahead of Dec. 18 New York talks",
        ];
        assert!(find_in(&head).is_none());
    }

    #[test]
    fn stamps_are_recognized_as_such() {
        assert!(is_stamp("Updated on"));
        assert!(is_stamp("Posted: Nov 27, 2005 8: 20 AM ET"));
        assert!(is_stamp("Posted 11 / 27 / 2005 7: 21 AM"));
        assert!(!is_stamp("Posted letters reveal Kerry's plan"));
    }

    #[test]
    fn words_that_merely_start_alike_are_not_stamps() {
        assert!(find_in(&["Updates on the war: Dec. 11, 2015"]).is_none());
        assert!(find_in(&["Postedon"]).is_none());
    }
}
