//! Articles as loaded, and the source description every report shows.

use crate::model::Span;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateOrigin {
    /// A `published:` key in front matter, or a field of a JSON or HTML article.
    Metadata,
    /// A dateline such as `WASHINGTON, Dec. 11 -` (its year taken from elsewhere in the file).
    Dateline,
    /// An `Updated on …` line, or a line near the top that is a full date alone.
    UpdatedLine,
    /// The command line's `--published`.
    CommandLine,
}

/// One article: its whole text as read, the part of it that is the body, and what is known
/// about where it came from.
///
/// Invariants: `body` indexes `text`; `id` is unique within an event (the loader makes it so).
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Source id: the file stem, made unique within the event.
    pub id: String,
    /// The path it was read from (`-` for standard input).
    pub path: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub published_origin: Option<DateOrigin>,
    pub url: Option<String>,
    /// The full text as read (front matter included for text formats); spans index it.
    pub text: String,
    /// The article body inside `text` (after any front matter).
    pub body: Span,
    /// Front-matter keys the model does not name, kept as given.
    pub extra: BTreeMap<String, String>,
    /// Problems met while loading that did not stop it (bad encoding, no date found, …).
    pub warnings: Vec<String>,
}

impl Article {
    /// An article whose whole text is its body, with nothing else known.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Article {
        let text = text.into();
        let body = Span::new(0, text.len());
        let id = id.into();
        Article {
            path: id.clone(),
            id,
            outlet: None,
            title: None,
            published: None,
            published_origin: None,
            url: None,
            text,
            body,
            extra: BTreeMap::new(),
            warnings: Vec::new(),
        }
    }

    /// The body text.
    pub fn body_text(&self) -> &str {
        self.body.slice(&self.text)
    }

    /// The name a reader knows the source by: outlet, else id.
    pub fn display_name(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }
}
