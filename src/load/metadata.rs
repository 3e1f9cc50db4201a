//! What an article file states about itself: front-matter keys or JSON fields.

use jiff::civil::Date;
use std::collections::BTreeMap;

/// Where the metadata came from, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MetadataKind {
    /// A text file without front matter.
    None,
    FrontMatter,
    Json,
    /// The meta tags and JSON-LD of an HTML page.
    Html,
}

impl MetadataKind {
    /// How a warning names this kind of metadata.
    pub fn label(self) -> &'static str {
        match self {
            MetadataKind::None => "metadata",
            MetadataKind::FrontMatter => "front matter",
            MetadataKind::Json => "JSON",
            MetadataKind::Html => "HTML",
        }
    }

    /// How the "no publication date found" warning says that this metadata gave none.
    pub fn absent_date(self) -> &'static str {
        match self {
            MetadataKind::None => "no front matter",
            MetadataKind::FrontMatter => "no \"published\" in the front matter",
            MetadataKind::Json => "no \"published\" field",
            MetadataKind::Html => "no date in the page's meta tags, JSON-LD or <time>",
        }
    }
}

/// The `published` value as given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) enum Published {
    #[default]
    Absent,
    Date(Date),
    /// A value that is not a date, as written.
    Invalid(String),
}

impl Published {
    /// `YYYY-MM-DD`, or an RFC 3339 timestamp whose date (as written, in its own offset) is
    /// taken.
    pub fn parse(raw: &str) -> Published {
        let raw = raw.trim();
        if raw.is_empty() {
            return Published::Absent;
        }
        let date = if raw.len() == "YYYY-MM-DD".len() {
            raw.parse::<Date>().ok()
        } else if raw.parse::<jiff::Timestamp>().is_ok() {
            jiff::fmt::temporal::Pieces::parse(raw)
                .ok()
                .map(|p| p.date())
        } else {
            None
        };
        match date {
            Some(d) => Published::Date(d),
            None => Published::Invalid(raw.to_owned()),
        }
    }

    /// Like [`Published::parse`], but also takes an ISO 8601 date-time without an offset (as
    /// pages write in `<time datetime>`) by its date.
    pub fn parse_timestamp(raw: &str) -> Published {
        match Published::parse(raw) {
            Published::Invalid(raw) => match raw.parse::<jiff::civil::DateTime>() {
                Ok(dt) => Published::Date(dt.date()),
                Err(_) => Published::Invalid(raw),
            },
            parsed => parsed,
        }
    }
}

/// The fields every format can state.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Metadata {
    pub kind: MetadataKind,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Published,
    pub url: Option<String>,
    /// Keys the model does not name, as given.
    pub extra: BTreeMap<String, String>,
}

impl Metadata {
    pub fn new(kind: MetadataKind) -> Metadata {
        Metadata {
            kind,
            outlet: None,
            title: None,
            published: Published::Absent,
            url: None,
            extra: BTreeMap::new(),
        }
    }

    /// Records `key: value`. Known keys (any case) set their field, when not blank; others go
    /// to `extra`.
    pub fn set(&mut self, key: &str, value: String) {
        let known = match key.to_ascii_lowercase().as_str() {
            "outlet" => &mut self.outlet,
            "title" => &mut self.title,
            "url" => &mut self.url,
            "published" => {
                self.published = Published::parse(&value);
                return;
            }
            _ => {
                self.extra.insert(key.to_owned(), value);
                return;
            }
        };
        let value = value.trim();
        *known = (!value.is_empty()).then(|| value.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn published_dates_and_timestamps() {
        let dec11 = Published::Date(date(2015, 12, 11));
        assert_eq!(Published::parse("2015-12-11"), dec11);
        assert_eq!(Published::parse(" 2015-12-11 "), dec11);
        assert_eq!(Published::parse("2015-12-11T16:00:00Z"), dec11);
        assert_eq!(Published::parse("2015-12-11T23:30:00-05:00"), dec11);
        assert_eq!(Published::parse("2015-12-11T02:00:00.5+09:00"), dec11);
        assert_eq!(Published::parse(""), Published::Absent);
        assert_eq!(Published::parse_timestamp("2015-12-11T23:30"), dec11);
        assert_eq!(
            Published::parse_timestamp("2015-12-11T23:30:00+0100"),
            dec11
        );
        assert_eq!(
            Published::parse_timestamp("Friday"),
            Published::Invalid("Friday".into())
        );
    }

    #[test]
    fn not_dates_are_kept_as_written() {
        for raw in [
            "2015-13-45",
            "Dec 11 2015",
            "11/12/2015",
            "2015-12-11T16:00:00",
            "20151211",
        ] {
            assert_eq!(
                Published::parse(raw),
                Published::Invalid(raw.to_owned()),
                "{raw}"
            );
        }
    }

    #[test]
    fn keys_route_to_fields_or_extra() {
        let mut m = Metadata::new(MetadataKind::FrontMatter);
        m.set("Outlet", "Bloomberg".into());
        m.set("title", "  ".into());
        m.set("published", "2015-12-11".into());
        m.set("source", "the seed".into());
        assert_eq!(m.outlet.as_deref(), Some("Bloomberg"));
        assert_eq!(m.title, None);
        assert_eq!(m.published, Published::Date(date(2015, 12, 11)));
        assert_eq!(m.extra.get("source").map(String::as_str), Some("the seed"));
    }
}
