//! Files, folders and standard input → [`Article`]s.
//!
//! The files here, in the order the loader uses them: `read` gets bytes, `decode` turns
//! them into text, `folder` lists the articles of an event folder; `text_article` (with
//! `front_matter`) and `json_article` read the formats into `metadata`, `html` (with
//! `html_encoding`, `html_meta` and `json_ld`) reads web pages; `fetch` gets pages named by
//! `http(s)://` addresses; `assemble`
//! builds the article, inferring a `title` and the `publication` date (from a
//! `dateline` or `stamp_line`, read by `date_phrase`) where the metadata is silent;
//! `ids` makes the source ids unique. For `claimdiff batch`, `event_folders` lists a folder of
//! events and `event_jsonl` reads events given as JSON Lines.

mod assemble;
mod bare_stamp;
mod date_phrase;
mod dateline;
mod decode;
mod error;
mod event_folders;
mod event_jsonl;
mod fetch;
mod folder;
mod front_matter;
mod html;
mod html_encoding;
mod html_meta;
mod ids;
mod json_article;
mod json_ld;
mod metadata;
mod publication;
mod read;
mod stamp_line;
mod text_article;
mod title;

pub use error::LoadError;
pub use event_folders::event_folders;
pub use event_jsonl::{Event, EventError, EventLine, EventLines, parse_event_line};
pub use fetch::FetchOptions;
pub use folder::FileFormat;
pub use read::MAX_INPUT_BYTES;

use crate::model::Article;
use assemble::Origin;
use jiff::civil::Date;
use json_article::JsonFile;
use std::path::{Path, PathBuf};

/// The path that means standard input.
const STDIN_PATH: &str = "-";
/// The source id of the article read from standard input.
const STDIN_ID: &str = "stdin";
/// How messages name standard input.
const STDIN_NAME: &str = "standard input";

/// How to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Publication date for articles that do not state one.
    pub published: Option<Date>,
    /// Limits for articles named by `http(s)://` addresses.
    pub fetch: FetchOptions,
}

/// Loads the articles named by `paths` (files, folders, `http(s)://` addresses, or `-` for
/// standard input), in order; a folder's articles in file-name order. A file named twice (or
/// named and also in a named folder, or reached through a link) is read once, where it first
/// appears. Source ids are unique across all of them.
pub fn load_paths(paths: &[PathBuf], opts: &LoadOptions) -> Result<Vec<Article>, LoadError> {
    let mut articles = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut first_time = |file: &Path| std::fs::canonicalize(file).map_or(true, |c| seen.insert(c));
    for path in paths {
        if path.as_os_str() == STDIN_PATH {
            articles.push(load_stdin(opts)?);
        } else if fetch::is_url(path) {
            articles.extend(load_url(&path.to_string_lossy(), opts)?);
        } else if std::fs::metadata(path)
            .map_err(|e| read::io_error(path, e))?
            .is_dir()
        {
            for (file, format) in folder::article_files(path)? {
                if first_time(&file) {
                    articles.extend(load_file(&file, format, opts)?);
                }
            }
        } else if first_time(path) {
            let format = FileFormat::of(path).unwrap_or(FileFormat::Text);
            articles.extend(load_file(path, format, opts)?);
        }
    }
    ids::make_unique(&mut articles);
    Ok(articles)
}

/// The articles of one file (several for JSON arrays and JSON Lines).
fn load_file(
    path: &Path,
    format: FileFormat,
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    load_bytes(path, format, &read::file(path)?, opts)
}

/// The articles in `bytes`, read as a file of `format` at `path` (which names the articles
/// and the messages; it is not read). Source ids are the file stem, not yet made unique.
pub fn load_bytes(
    path: &Path,
    format: FileFormat,
    bytes: &[u8],
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_owned());
    articles_in(path, stem, bytes, format, None, opts)
}

/// The articles of the page at `url`; their `url` is the address finally fetched.
fn load_url(url: &str, opts: &LoadOptions) -> Result<Vec<Article>, LoadError> {
    let page = fetch::fetch(url, &opts.fetch)?;
    let mut articles = articles_in(
        Path::new(url),
        fetch::stem(url),
        &page.bytes,
        page.format,
        Some(&page),
        opts,
    )?;
    for a in &mut articles {
        a.url = Some(page.url.clone());
    }
    Ok(articles)
}

/// The articles in `bytes` of `format`, read from `path` (a file or an address; `fetched`
/// when fetched); `stem` starts their ids.
fn articles_in(
    path: &Path,
    stem: String,
    bytes: &[u8],
    format: FileFormat,
    fetched: Option<&fetch::Fetched>,
    opts: &LoadOptions,
) -> Result<Vec<Article>, LoadError> {
    if format == FileFormat::Html {
        let charset = fetched.and_then(|f| f.charset.as_deref());
        let decoded = html_encoding::decode_html(path, bytes, charset)?;
        let origin = Origin {
            id: stem,
            path: path.display().to_string(),
            warnings: decoded.warnings,
        };
        let url = fetched.map(|f| f.url.as_str());
        return Ok(vec![html::parse(origin, &decoded.text, url, opts)?]);
    }
    let decoded = decode::decode(path, bytes)?;
    let json = JsonFile {
        path,
        stem: &stem,
        warnings: &decoded.warnings,
    };
    match format {
        FileFormat::Json => json_article::parse_json(&json, &decoded.text, opts),
        FileFormat::JsonLines => json_article::parse_json_lines(&json, &decoded.text, opts),
        FileFormat::Text | FileFormat::Html => {
            let origin = Origin {
                id: stem,
                path: path.display().to_string(),
                warnings: decoded.warnings,
            };
            Ok(vec![text_article::parse(origin, decoded.text, opts)])
        }
    }
}

/// One text article from standard input.
fn load_stdin(opts: &LoadOptions) -> Result<Article, LoadError> {
    let name = Path::new(STDIN_NAME);
    let decoded = decode::decode(name, &read::stdin(name)?)?;
    let origin = Origin {
        id: STDIN_ID.to_owned(),
        path: STDIN_PATH.to_owned(),
        warnings: decoded.warnings,
    };
    Ok(text_article::parse(origin, decoded.text, opts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DateOrigin;
    use jiff::civil::date;

    fn utf16_le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn files_and_folders_mixed_with_unique_ids() {
        let dir = tempfile::tempdir().unwrap();
        let event = dir.path().join("event");
        std::fs::create_dir(&event).unwrap();
        let files: [(&str, Vec<u8>); 5] = [
            (
                "b.txt",
                b"---\ntitle: B\npublished: 2015-12-11\n---\nBody of b.\n".to_vec(),
            ),
            (
                "a.md",
                b"# A headline here\r\n\r\nWASHINGTON, Dec. 11 - Body of a.\r\n".to_vec(),
            ),
            (
                "a.json",
                br#"[{"body": "First."}, {"text": "Second."}]"#.to_vec(),
            ),
            (
                "c.txt",
                utf16_le("---\r\noutlet: Wire\r\n---\r\nUTF-16 body.\r\n"),
            ),
            ("README.md", b"Not an article.".to_vec()),
        ];
        for (name, bytes) in &files {
            std::fs::write(event.join(name), bytes).unwrap();
        }
        let loose = dir.path().join("a.txt");
        std::fs::write(&loose, "A loose article with the stem of another.\n").unwrap();

        let opts = LoadOptions {
            published: Some(date(2015, 12, 12)),
            ..LoadOptions::default()
        };
        let articles = load_paths(&[event, loose], &opts).unwrap();
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a-1", "a-2", "a", "b", "c", "a-3"]);
        for a in &articles {
            assert!(a.body.indexes(&a.text), "{}", a.id);
        }
        let md = &articles[2];
        assert_eq!(md.title.as_deref(), Some("A headline here"));
        assert_eq!(md.published, Some(date(2015, 12, 11)));
        assert_eq!(md.published_origin, Some(DateOrigin::Dateline));
        assert_eq!(articles[4].outlet.as_deref(), Some("Wire"));
        assert_eq!(articles[4].body_text(), "UTF-16 body.\r\n");
        assert_eq!(articles[5].published_origin, Some(DateOrigin::CommandLine));
    }

    #[test]
    fn errors_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let err = load_paths(&[missing], &LoadOptions::default()).unwrap_err();
        assert!(matches!(err, LoadError::NotFound { .. }));
        assert!(
            err.to_string()
                .contains("missing.txt: no such file or folder")
        );

        let page = dir.path().join("page.html");
        std::fs::write(&page, "<script>var page = 1;</script>").unwrap();
        let err = load_paths(&[page], &LoadOptions::default()).unwrap_err();
        assert!(
            err.to_string()
                .contains("page.html: no article text found in the HTML page")
        );
    }

    #[test]
    fn an_unknown_extension_named_explicitly_is_read_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("notes");
        std::fs::write(&notes, "Kerry to Meet Putin\n\nBody.\n").unwrap();
        let articles = load_paths(&[notes], &LoadOptions::default()).unwrap();
        assert_eq!(articles[0].id, "notes");
        assert_eq!(articles[0].title.as_deref(), Some("Kerry to Meet Putin"));
    }
}
