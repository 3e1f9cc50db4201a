//! Why input could not be used. Each message names the file and says what to do.

use std::path::PathBuf;

/// Why input could not be used. Each message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or folder; check the path")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read it ({source}); check that it is a readable file or folder")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: no article files (.txt, .md, .html, .json, .jsonl) in it; put the event's articles in this folder or name the files"
    )]
    NoArticles { path: PathBuf },
    #[error("{path}: is empty; put the article text in it or leave the file out")]
    Empty { path: PathBuf },
    #[error(
        "{path}: is larger than {limit_mib} MiB, more than claimdiff reads from one input; split it into one file per article"
    )]
    TooLarge { path: PathBuf, limit_mib: u64 },
    #[error("{path}: looks binary, not text; pass a .txt, .md, .html, .json or .jsonl article")]
    Binary { path: PathBuf },
    #[error(
        "{path}: the page nests its elements {depth} deep (more than {limit}); no news page does, so claimdiff does not read it; save the article text as .txt"
    )]
    TooDeep {
        path: PathBuf,
        depth: usize,
        limit: usize,
    },
    #[error("{path}: no article text found in the HTML page; save the article text as .txt or .md")]
    NoHtmlArticle { path: PathBuf },
    #[error("{path}: {place}is not valid JSON ({source}); fix it, or save the article as .txt")]
    Json {
        path: PathBuf,
        /// `"line 3 "` for JSON Lines, empty for a whole-file document.
        place: String,
        #[source]
        source: serde_json::Error,
    },
    #[error(
        "{path}: no event folders in it; put each event's articles in a folder of its own, or pass events as JSON Lines"
    )]
    NoEvents { path: PathBuf },
    #[error("{path}: {record} {problem}")]
    JsonArticle {
        path: PathBuf,
        /// Which record: `the article`, `record 2`, `line 3`, or `the file`.
        record: String,
        /// What is wrong and what to do.
        problem: String,
    },
    #[error("{url}: cannot fetch it: {problem}")]
    Fetch {
        url: String,
        /// What went wrong and what to do.
        problem: String,
    },
}
