//! Events as JSON Lines, for `claimdiff batch`: each non-blank line is one event,
//! `{"id": "EVENT", "articles": [ARTICLE, ...]}`, each article an object as in a `.json` file
//! (`{title, body|text, outlet, published, url}`, read by `json_article`) with an optional `id`.
//!
//! [`EventLines`] reads the lines lazily, one at a time, so a reader of millions of events holds
//! only the lines it is working on; [`parse_event_line`] turns one line into an [`Event`]. An
//! article's source id is its `id` field, else `article-N` (N counting from 1 in the event), made
//! unique within the event; its path is `EVENT/ID`, so the same event gives the same result
//! whichever file, shard or line it comes from.

use crate::load::json_article::{self, JsonFile};
use crate::load::read::io_error;
use crate::load::{LoadError, LoadOptions, ids};
use crate::model::Article;
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// What to do about a line that is no event.
const WRITE_EVENTS: &str = "write each event on one line as {\"id\": …, \"articles\": [ … ]}";

/// The UTF-8 byte-order mark, dropped from the start of the first line.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One non-blank line of an events input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventLine {
    /// 1-based line number in its input.
    pub number: usize,
    pub text: String,
    /// Problems met reading it (invalid UTF-8, replaced).
    pub warnings: Vec<String>,
}

/// The non-blank lines of an events input, read lazily. An I/O error ends the lines after it
/// is yielded.
pub struct EventLines<R> {
    reader: R,
    /// How messages name the input.
    source: PathBuf,
    number: usize,
    failed: bool,
    buf: Vec<u8>,
}

impl<R: BufRead> EventLines<R> {
    /// The lines of `reader`; `source` names it in messages (the file, or `-`).
    pub fn new(reader: R, source: &Path) -> Self {
        EventLines {
            reader,
            source: source.to_path_buf(),
            number: 0,
            failed: false,
            buf: Vec::new(),
        }
    }
}

impl EventLines<BufReader<File>> {
    /// The lines of the file at `path`, opened now (an error names the path).
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let file = File::open(path).map_err(|e| io_error(path, e))?;
        Ok(EventLines::new(BufReader::new(file), path))
    }
}

impl<R: BufRead> Iterator for EventLines<R> {
    type Item = Result<EventLine, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Err(io_error(&self.source, e)));
                }
            }
            self.number += 1;
            let mut bytes = self.buf.as_slice();
            if self.number == 1 {
                bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
            }
            if bytes.trim_ascii().is_empty() {
                continue;
            }
            let mut warnings = Vec::new();
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => {
                    warnings.push(format!(
                        "line {}: invalid UTF-8, replaced with U+FFFD",
                        self.number
                    ));
                    String::from_utf8_lossy(bytes).into_owned()
                }
            };
            return Some(Ok(EventLine {
                number: self.number,
                text: text.trim_end_matches(['\n', '\r']).to_owned(),
                warnings,
            }));
        }
        None
    }
}

/// One event: its id and its articles, in the order given.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub articles: Vec<Article>,
}

/// Why a line gave no event, with the event's id when the line names one.
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct EventError {
    pub event: Option<String>,
    #[source]
    pub error: LoadError,
}

/// The event of one line of `source` (the file, or `-`, as messages name it).
pub fn parse_event_line(
    source: &Path,
    line: &EventLine,
    opts: &LoadOptions,
) -> Result<Event, EventError> {
    let place = format!("line {}", line.number);
    let problem = |event: Option<&str>, record: &str, problem: &str| EventError {
        event: event.map(str::to_owned),
        error: LoadError::JsonArticle {
            path: source.to_path_buf(),
            record: record.to_owned(),
            problem: problem.to_owned(),
        },
    };
    let value: Value = serde_json::from_str(&line.text).map_err(|e| {
        problem(
            None,
            &place,
            &format!("is not valid JSON ({e}); {WRITE_EVENTS}"),
        )
    })?;
    let Value::Object(mut fields) = value else {
        return Err(problem(
            None,
            &place,
            &format!("is not a JSON object; {WRITE_EVENTS}"),
        ));
    };
    let id = fields.remove("id").and_then(plain_id).ok_or_else(|| {
        problem(
            None,
            &place,
            "has no \"id\" string; give each event an id as \"id\"",
        )
    })?;
    let event = Some(id.as_str());
    let records = match fields.remove("articles") {
        Some(Value::Array(records)) if !records.is_empty() => records,
        Some(Value::Array(_)) => {
            return Err(problem(
                event,
                &place,
                "has no articles; give the event its articles as \"articles\": [ … ]",
            ));
        }
        _ => {
            return Err(problem(
                event,
                &place,
                "has no \"articles\" array; give the event its articles as \"articles\": [ … ]",
            ));
        }
    };
    let file = JsonFile {
        path: source,
        stem: "article",
        warnings: &line.warnings,
    };
    let mut articles = Vec::with_capacity(records.len());
    for (i, mut record) in records.into_iter().enumerate() {
        let n = i + 1;
        let given = match &mut record {
            Value::Object(fields) => fields.remove("id").and_then(plain_id),
            _ => None,
        };
        let article_id = given.unwrap_or_else(|| format!("article-{n}"));
        let record_name = format!("{place} article {n}");
        let article = json_article::article(&file, article_id, &record_name, record, opts)
            .map_err(|error| EventError {
                event: Some(id.clone()),
                error,
            })?;
        articles.push(article);
    }
    ids::make_unique(&mut articles);
    for a in &mut articles {
        a.path = format!("{id}/{}", a.id);
    }
    Ok(Event { id, articles })
}

/// An id given as a non-empty string or a number.
fn plain_id(value: Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn lines(input: &[u8]) -> Vec<EventLine> {
        EventLines::new(input, Path::new("events.jsonl"))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn parse(text: &str) -> Result<Event, EventError> {
        let line = EventLine {
            number: 3,
            text: text.to_owned(),
            warnings: Vec::new(),
        };
        parse_event_line(Path::new("events.jsonl"), &line, &LoadOptions::default())
    }

    #[test]
    fn lines_skip_blanks_and_keep_their_numbers() {
        let got = lines(b"\xEF\xBB\xBF{\"a\": 1}\r\n\n   \n{\"b\": 2}\n{\"c\": \"\xFF\"}");
        let numbers: Vec<usize> = got.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 4, 5]);
        assert_eq!(got[0].text, "{\"a\": 1}");
        assert_eq!(got[1].text, "{\"b\": 2}");
        assert_eq!(got[2].text, "{\"c\": \"\u{FFFD}\"}");
        assert!(got[2].warnings[0].contains("line 5: invalid UTF-8"));
    }

    #[test]
    fn an_event_with_ids_given_and_not() {
        let event = parse(
            r#"{"id": "kerry-putin", "articles": [
                {"id": "ap", "title": "Kerry to Moscow", "body": "Kerry will meet Putin.", "outlet": "AP", "published": "2015-12-11"},
                {"text": "Kerry will travel to Moscow.", "published": "2015-12-12"},
                {"id": "ap", "body": "A third."}]}"#,
        )
        .unwrap();
        assert_eq!(event.id, "kerry-putin");
        let ids: Vec<&str> = event.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["ap", "article-2", "ap-2"]);
        let paths: Vec<&str> = event.articles.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "kerry-putin/ap",
                "kerry-putin/article-2",
                "kerry-putin/ap-2"
            ]
        );
        let ap = &event.articles[0];
        assert_eq!(ap.outlet.as_deref(), Some("AP"));
        assert_eq!(ap.title.as_deref(), Some("Kerry to Moscow"));
        assert_eq!(ap.published, Some(date(2015, 12, 11)));
        assert_eq!(ap.body_text(), "Kerry will meet Putin.");
        assert!(!ap.extra.contains_key("id"));
        assert_eq!(
            event.articles[1].body_text(),
            "Kerry will travel to Moscow."
        );
    }

    #[test]
    fn errors_name_the_line_and_the_event_when_known() {
        let cases = [
            (
                "{\"id\": \"x\", ",
                None,
                "events.jsonl: line 3 is not valid JSON",
            ),
            ("[1, 2]", None, "line 3 is not a JSON object"),
            ("{\"articles\": []}", None, "line 3 has no \"id\" string"),
            (
                "{\"id\": \"e1\"}",
                Some("e1"),
                "line 3 has no \"articles\" array",
            ),
            (
                "{\"id\": \"e1\", \"articles\": []}",
                Some("e1"),
                "line 3 has no articles",
            ),
            (
                "{\"id\": 7, \"articles\": [{\"body\": \"x\"}, {\"title\": \"y\"}]}",
                Some("7"),
                "line 3 article 2 has no \"body\" or \"text\" string",
            ),
        ];
        for (text, event, want) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(err.event.as_deref(), event, "{text}");
            assert!(
                err.to_string().contains(want),
                "{err} should contain {want}"
            );
        }
    }
}
