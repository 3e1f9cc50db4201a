//! A headline read from the top of an article that has no title in its metadata.

use crate::load::{dateline, stamp_line};

/// How many lines at the top may be date stamps before the headline.
const STAMP_LINES: usize = 3;
/// Headlines are short.
const MAX_TITLE_CHARS: usize = 160;
const MAX_TITLE_WORDS: usize = 25;

/// The first non-empty line of `body` (after any date stamps that open it), when it reads as a
/// headline: a few words, not a sentence ending in a period, not a bullet or an address. A
/// Markdown heading's `#` marks are dropped.
pub(super) fn infer(body: &str) -> Option<String> {
    let line = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(STAMP_LINES + 1)
        .find(|l| !is_stamp_like(l))?;
    let line = line.trim_start_matches('#').trim();
    let words = line.split_whitespace().count();
    let last = line
        .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .chars()
        .next_back()?;
    let headline = (2..=MAX_TITLE_WORDS).contains(&words)
        && line.chars().count() <= MAX_TITLE_CHARS
        && !matches!(last, '.' | ',' | ';' | ':' | '-' | '—' | '–')
        && !line.starts_with(['•', '*', '-', '>', '|'])
        && !line.contains("://");
    headline.then(|| line.to_owned())
}

/// A dateline, date line or `Updated on` stamp, or a line of mostly figures (`11 / 28 / 05`,
/// `5: 00 PM`).
fn is_stamp_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let wordy = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let figures = line.chars().any(|c| c.is_ascii_digit()) && wordy * 2 < words;
    figures || dateline::is_date_line(line) || stamp_line::is_stamp(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines() {
        let seed = "Kerry to Meet Putin in Moscow Next Week on Syrian Transition\n\nUpdated on\n  • Visit aims";
        assert_eq!(
            infer(seed).as_deref(),
            Some("Kerry to Meet Putin in Moscow Next Week on Syrian Transition")
        );
        assert_eq!(
            infer("\r\n  # Talks in Moscow?\r\nBody").as_deref(),
            Some("Talks in Moscow?")
        );
        assert_eq!(
            infer("Kerry says \"no regime change\"\n").as_deref(),
            Some("Kerry says \"no regime change\"")
        );
    }

    #[test]
    fn date_stamps_before_the_headline_are_skipped() {
        let cases = [
            "27 NOVEMBER, 2005\nDid the earth move for you?\nBecause it didn't.",
            "11 / 28 / 05\t\t\nDid the earth move for you?",
            "Posted 11 / 27 / 2005 7: 21 AM\nUpdated 11 / 27 / 2005 3: 41 PM\nDid the earth move for you?",
            "Sunday, March 17, 2013\n5: 00 PM\nDid the earth move for you?",
            "Last Updated: Monday, 28 November 2005, 02: 24 GMT\nDid the earth move for you?",
            "INDONESIA, July 2, 2013\nUpdated: July 2, 2013 15: 01 IST\nDid the earth move for you?",
        ];
        for body in cases {
            assert_eq!(
                infer(body).as_deref(),
                Some("Did the earth move for you?"),
                "{body}"
            );
        }
    }

    #[test]
    fn not_headlines() {
        for body in [
            "",
            "Kerry will meet Putin in Moscow next week.\nMore.",
            "Advertisement\n",
            "WASHINGTON, Dec. 11 - Kerry will travel to Moscow",
            "Updated on\nDecember 11, 2015",
            "  • Visit aims to narrow divisions ahead of Dec. 18 New York talks",
            "http://secretdubai.blogspot.nl/2005/11/did-earth-move-for-you.html",
            "Tuesday 19 Jul 2016 US-led strikes kill 56 civilians in Syria Monitor AFP Children were among at least 56 civilians killed in strikes by a US-led coalition early on Tuesday near a Syrian village",
            "---\n",
            "1\n2\n3\n4\nToo late for a headline",
        ] {
            assert_eq!(infer(body), None, "{body}");
        }
    }
}
