//! Which day an article was published, and how we know.
//!
//! In order of trust: the file's own metadata; a dateline (or a bare date line) near the top;
//! an `Updated on` stamp near the top; the command line's `--published`. A dateline or stamp
//! without a year takes it from the other one, else from `--published`, else from the text
//! when all its dates agree on one year; otherwise no year is guessed. When no date is found
//! a warning says that relative dates stay unresolved and how to fix it.

use crate::load::date_phrase::{self, DatePhrase};
use crate::load::metadata::{MetadataKind, Published};
use crate::load::{dateline, stamp_line};
use crate::model::DateOrigin;
use jiff::civil::Date;

/// How many non-empty lines at the top of a body are searched for datelines and stamps.
const HEAD_LINES: usize = 6;

/// A date the article text states about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StatedDate {
    pub phrase: DatePhrase,
    pub origin: DateOrigin,
    /// The words that state it, for messages.
    pub words: String,
}

/// The publication date found, if any, and what a reader should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Publication {
    pub date: Option<(Date, DateOrigin)>,
    pub warnings: Vec<String>,
}

/// Finds the publication date of an article with metadata `published` (of `kind`) and body
/// `body`; `command_line` is `--published`.
pub(super) fn resolve(
    published: &Published,
    kind: MetadataKind,
    body: &str,
    command_line: Option<Date>,
) -> Publication {
    if let Published::Date(d) = published {
        return Publication {
            date: Some((*d, DateOrigin::Metadata)),
            warnings: Vec::new(),
        };
    }
    let mut warnings = Vec::new();
    let date = from_text(body, command_line, &mut warnings)
        .or_else(|| command_line.map(|d| (d, DateOrigin::CommandLine)));
    let unresolved = "relative dates stay unresolved; pass --published YYYY-MM-DD";
    let last = match (published, date) {
        (Published::Invalid(raw), found) => {
            let outcome = match found {
                Some((d, origin)) => format!("used the {} date {d} instead", origin_name(origin)),
                None => unresolved.to_owned(),
            };
            Some(format!(
                "{}: published \"{raw}\" is not a date (YYYY-MM-DD); {outcome}",
                kind.label()
            ))
        }
        (_, None) => Some(format!(
            "no publication date found ({}, dateline or \"Updated on\" line); {unresolved}",
            kind.absent_date()
        )),
        (_, Some(_)) => None,
    };
    warnings.extend(last);
    Publication { date, warnings }
}

/// The date of the first dateline or stamp near the top of `body` that makes a calendar date.
fn from_text(
    body: &str,
    command_line: Option<Date>,
    warnings: &mut Vec<String>,
) -> Option<(Date, DateOrigin)> {
    let head: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();
    let stated: Vec<StatedDate> = [dateline::find(&head), stamp_line::find(&head, body)]
        .into_iter()
        .flatten()
        .collect();
    let year = stated
        .iter()
        .find_map(|s| s.phrase.year)
        .or_else(|| command_line.map(|d| d.year()))
        .or_else(|| single_year(body));
    stated.iter().find_map(|s| {
        let date = match (s.phrase.year, year) {
            (Some(own), _) => s.phrase.in_year(own),
            (None, Some(other)) => s.phrase.in_year(other),
            (None, None) => {
                warnings.push(format!(
                    "{} \"{}\" gives no year, and the article names no single other year",
                    origin_name(s.origin),
                    s.words
                ));
                return None;
            }
        };
        if date.is_none() {
            warnings.push(format!(
                "{} \"{}\" is not a calendar date; it was ignored",
                origin_name(s.origin),
                s.words
            ));
        }
        date.map(|d| (d, s.origin))
    })
}

/// The year of every full date in `text`, when they all agree on one.
fn single_year(text: &str) -> Option<i16> {
    match date_phrase::years_in(text).as_slice() {
        [year] => Some(*year),
        _ => None,
    }
}

fn origin_name(origin: DateOrigin) -> &'static str {
    match origin {
        DateOrigin::Metadata => "metadata",
        DateOrigin::Dateline => "dateline",
        DateOrigin::UpdatedLine => "\"Updated on\"",
        DateOrigin::CommandLine => "--published",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn resolve_text(body: &str, command_line: Option<Date>) -> Publication {
        resolve(&Published::Absent, MetadataKind::None, body, command_line)
    }

    const WIRE: &str = "Kerry heads to Moscow on Tuesday for Syria talks with Putin and Lavrov\n\nWASHINGTON, Dec. 11 - Secretary of State John Kerry will travel to Moscow next Tuesday, Dec. 15, to meet President Vladimir Putin.\n\nThe trip will be Kerry's second to Russia this year, after talks on May 12, 2015 in Sochi.\n";

    #[test]
    fn metadata_wins() {
        let p = resolve(
            &Published::Date(date(2015, 12, 10)),
            MetadataKind::FrontMatter,
            WIRE,
            Some(date(2020, 1, 1)),
        );
        assert_eq!(p.date, Some((date(2015, 12, 10), DateOrigin::Metadata)));
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn dateline_year_from_the_text() {
        let p = resolve_text(WIRE, None);
        assert_eq!(p.date, Some((date(2015, 12, 11), DateOrigin::Dateline)));
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn dateline_year_from_the_command_line() {
        let body = "MOSCOW, Dec. 16 (Reuters) - Kerry and Putin agreed on Tuesday.";
        let p = resolve_text(body, Some(date(2015, 12, 17)));
        assert_eq!(p.date, Some((date(2015, 12, 16), DateOrigin::Dateline)));
    }

    #[test]
    fn dateline_without_any_year_is_not_guessed() {
        let body =
            "MOSCOW, Dec. 16 - Talks began after the war of May 1, 2011, and of June 2, 2012.";
        let p = resolve_text(body, None);
        assert_eq!(p.date, None);
        assert_eq!(p.warnings.len(), 2);
        assert!(p.warnings[0].contains("dateline \"MOSCOW, Dec. 16 -\" gives no year"));
        assert!(p.warnings[1].starts_with("no publication date found (no front matter, dateline or \"Updated on\" line); relative dates stay unresolved; pass --published YYYY-MM-DD"));
    }

    #[test]
    fn updated_line_dates() {
        let body = "Kerry to Meet Putin\n\nUpdated on December 11, 2015 — 4:00 PM EST\n\nKerry will meet Putin.";
        let p = resolve_text(body, Some(date(2015, 1, 1)));
        assert_eq!(p.date, Some((date(2015, 12, 11), DateOrigin::UpdatedLine)));
        // A stamp's year completes a dateline's day.
        let body = "Updated on 17 Dec 2015\n   MOSCOW, Dec. 16 - Talks";
        assert_eq!(
            resolve_text(body, None).date,
            Some((date(2015, 12, 16), DateOrigin::Dateline))
        );
    }

    #[test]
    fn command_line_is_the_last_resort() {
        let p = resolve_text("Title\n\nNo date here.", Some(date(2015, 12, 11)));
        assert_eq!(p.date, Some((date(2015, 12, 11), DateOrigin::CommandLine)));
        assert!(p.warnings.is_empty());
        let p = resolve(&Published::Absent, MetadataKind::FrontMatter, "x", None);
        assert_eq!(p.date, None);
        assert!(p.warnings[0].contains("(no \"published\" in the front matter, dateline"));
    }

    #[test]
    fn impossible_dates_are_ignored_with_a_warning() {
        let p = resolve_text("LONDON, 31 February 2015 — Talks", Some(date(2015, 3, 1)));
        assert_eq!(p.date, Some((date(2015, 3, 1), DateOrigin::CommandLine)));
        assert!(p.warnings[0].contains("is not a calendar date"));
    }

    #[test]
    fn a_bad_metadata_date_falls_back_and_says_so() {
        let bad = Published::Invalid("2015-13-45".into());
        let p = resolve(&bad, MetadataKind::FrontMatter, "No date.", None);
        assert_eq!(p.date, None);
        assert_eq!(
            p.warnings,
            [
                "front matter: published \"2015-13-45\" is not a date (YYYY-MM-DD); relative dates stay unresolved; pass --published YYYY-MM-DD"
            ]
        );
        let p = resolve(
            &bad,
            MetadataKind::Json,
            "No date.",
            Some(date(2015, 12, 11)),
        );
        assert_eq!(p.date, Some((date(2015, 12, 11), DateOrigin::CommandLine)));
        assert_eq!(
            p.warnings,
            [
                "JSON: published \"2015-13-45\" is not a date (YYYY-MM-DD); used the --published date 2015-12-11 instead"
            ]
        );
    }
}
