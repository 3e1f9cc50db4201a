//! JSON articles: one object `{title, body|text, outlet, published, url}` or an array of them
//! (`.json`), or one object a line (`.jsonl`). An article's text is its body string, so spans
//! index the body.

use crate::load::assemble::{Origin, assemble};
use crate::load::metadata::{Metadata, MetadataKind};
use crate::load::{LoadError, LoadOptions};
use crate::model::{Article, Span};
use serde_json::{Map, Value};
use std::path::Path;

const NO_BODY: &str = "has no \"body\" or \"text\" string; give each article its text as \"body\"";

/// Where the records come from, shared by all of them.
pub(super) struct JsonFile<'a> {
    pub path: &'a Path,
    /// The file stem; records of arrays and JSON Lines get `-N` appended.
    pub stem: &'a str,
    /// Decoding warnings of the file, given to each of its articles.
    pub warnings: &'a [String],
}

/// The articles of a `.json` file: one object, or an array of objects.
pub(super) fn parse_json(
    file: &JsonFile<'_>,
    text: &str,
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|source| LoadError::Json {
        path: file.path.to_path_buf(),
        place: String::new(),
        source,
    })?;
    match value {
        Value::Array(records) => {
            let articles = records
                .into_iter()
                .enumerate()
                .map(|(i, record)| {
                    let n = i + 1;
                    let id = format!("{}-{n}", file.stem);
                    article(file, id, &format!("record {n}"), record, opts)
                })
                .collect::<Result<Vec<_>, _>>()?;
            non_empty(file, articles)
        }
        record => Ok(vec![article(
            file,
            file.stem.to_owned(),
            "the article",
            record,
            opts,
        )?]),
    }
}

/// The articles of a `.jsonl` file: one object on each non-blank line.
pub(super) fn parse_json_lines(
    file: &JsonFile<'_>,
    text: &str,
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    let records = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty());
    let articles = records
        .enumerate()
        .map(|(i, (line_index, line))| {
            let place = format!("line {}", line_index + 1);
            let record = serde_json::from_str(line).map_err(|source| LoadError::Json {
                path: file.path.to_path_buf(),
                place: format!("{place} "),
                source,
            })?;
            let id = format!("{}-{}", file.stem, i + 1);
            article(file, id, &place, record, opts)
        })
        .collect::<Result<Vec<_>, _>>()?;
    non_empty(file, articles)
}

fn non_empty(file: &JsonFile<'_>, articles: Vec<Article>) -> Result<Vec<Article>, LoadError> {
    if articles.is_empty() {
        return Err(json_problem(
            file,
            "the file",
            "holds no articles; put one article object (or an array of them) in it",
        ));
    }
    Ok(articles)
}

/// The article of one record; `record` names it in messages.
pub(super) fn article(
    file: &JsonFile<'_>,
    id: String,
    record: &str,
    value: Value,
    opts: &LoadOptions,
) -> Result<Article, LoadError> {
    let Value::Object(mut fields) = value else {
        return Err(json_problem(
            file,
            record,
            "is not a JSON object; write each article as {\"title\": …, \"body\": …}",
        ));
    };
    let body = take_body(&mut fields).ok_or_else(|| json_problem(file, record, NO_BODY))?;
    if body.trim().is_empty() {
        return Err(json_problem(
            file,
            record,
            "has an empty body; give each article its text as \"body\"",
        ));
    }
    let mut metadata = Metadata::new(MetadataKind::Json);
    for (key, value) in fields {
        if let Some(value) = plain(value) {
            metadata.set(&key, value);
        }
    }
    let origin = Origin {
        id,
        path: file.path.display().to_string(),
        warnings: file.warnings.to_vec(),
    };
    let span = Span::new(0, body.len());
    Ok(assemble(origin, body, span, metadata, opts))
}

/// Removes `body` (else `text`) from `fields`, when it is a string.
fn take_body(fields: &mut Map<String, Value>) -> Option<String> {
    let key = if fields.contains_key("body") {
        "body"
    } else {
        "text"
    };
    match fields.remove(key)? {
        Value::String(body) => Some(body),
        _ => None,
    }
}

/// A field value as metadata text: strings as they are, `null` as nothing, anything else as
/// its JSON.
fn plain(value: Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

fn json_problem(file: &JsonFile<'_>, record: &str, problem: &str) -> LoadError {
    LoadError::JsonArticle {
        path: file.path.to_path_buf(),
        record: record.to_owned(),
        problem: problem.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateOrigin;
    use jiff::civil::date;

    fn file() -> JsonFile<'static> {
        JsonFile {
            path: Path::new("events/kerry.json"),
            stem: "kerry",
            warnings: &[],
        }
    }

    fn json(text: &str) -> Result<Vec<Article>, LoadError> {
        parse_json(&file(), text, &LoadOptions::default())
    }

    fn jsonl(text: &str) -> Result<Vec<Article>, LoadError> {
        parse_json_lines(&file(), text, &LoadOptions::default())
    }

    fn assert_bodies_index_text(articles: &[Article]) {
        for a in articles {
            assert!(a.body.indexes(&a.text));
            assert_eq!(a.body_text(), a.text);
        }
    }

    #[test]
    fn one_object() {
        let articles = json(
            r#"{"title": "Kerry to Moscow", "body": "WASHINGTON, Dec. 11 - Kerry…", "outlet": "AP",
                "published": "2015-12-11T21:00:00-05:00", "url": "https://ap.test/1", "words": 812, "tags": ["syria"], "lang": null}"#,
        )
        .unwrap();
        assert_bodies_index_text(&articles);
        let a = &articles[0];
        assert_eq!(a.id, "kerry");
        assert_eq!(a.path, "events/kerry.json");
        assert_eq!(a.title.as_deref(), Some("Kerry to Moscow"));
        assert_eq!(a.outlet.as_deref(), Some("AP"));
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert_eq!(a.published_origin, Some(DateOrigin::Metadata));
        assert_eq!(a.url.as_deref(), Some("https://ap.test/1"));
        assert_eq!(a.text, "WASHINGTON, Dec. 11 - Kerry…");
        assert_eq!(a.extra.get("words").map(String::as_str), Some("812"));
        assert_eq!(a.extra.get("tags").map(String::as_str), Some("[\"syria\"]"));
        assert!(!a.extra.contains_key("lang"));
    }

    #[test]
    fn arrays_number_their_records() {
        let articles = json(r#"[{"text": "One."}, {"body": "Two.", "text": "ignored"}]"#).unwrap();
        assert_bodies_index_text(&articles);
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["kerry-1", "kerry-2"]);
        assert_eq!(articles[1].text, "Two.");
        assert!(articles[0].warnings[0].contains("no \"published\" field"));
    }

    #[test]
    fn json_lines() {
        let text =
            "{\"body\": \"One.\", \"published\": \"2015-12-11\"}\r\n\n{\"body\": \"Two.\"}\n";
        let articles = jsonl(text).unwrap();
        assert_bodies_index_text(&articles);
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["kerry-1", "kerry-2"]);
        assert_eq!(articles[0].published, Some(date(2015, 12, 11)));
    }

    #[test]
    fn errors_name_the_record_and_the_fix() {
        let cases = [
            (json("{\"body\": "), "events/kerry.json: is not valid JSON"),
            (
                json("{\"title\": \"x\"}"),
                "the article has no \"body\" or \"text\" string",
            ),
            (json("[{\"body\": 3}]"), "record 1 has no \"body\""),
            (
                json("[{\"body\": \"x\"}, \"y\"]"),
                "record 2 is not a JSON object",
            ),
            (json("{\"body\": \"  \"}"), "the article has an empty body"),
            (json("[]"), "the file holds no articles"),
            (
                jsonl("{\"body\": \"x\"}\n\n{oops}\n"),
                "line 3 is not valid JSON",
            ),
            (jsonl("\n \n"), "the file holds no articles"),
        ];
        for (result, want) in cases {
            let err = result.unwrap_err().to_string();
            assert!(err.contains(want), "{err} should contain {want}");
        }
    }

    #[test]
    fn a_bad_published_field_warns() {
        let a = &json(r#"{"body": "x", "published": 20151211}"#).unwrap()[0];
        assert_eq!(a.published, None);
        assert!(a.warnings[0].starts_with("JSON: published \"20151211\" is not a date"));
    }
}
