//! Articles named by `http://` or `https://` addresses: fetched with a blocking client, with
//! a connect timeout, an overall timeout, a few redirects and a size limit. The server's
//! `Content-Type` says how to read the answer.

use crate::load::LoadError;
use crate::load::folder::FileFormat;
use std::io;
use std::path::Path;
use std::time::Duration;
use ureq::ResponseExt;
use ureq::http::Uri;

/// The `User-Agent` sent with every request.
const USER_AGENT: &str = concat!(
    "claimdiff/",
    env!("CARGO_PKG_VERSION"),
    " (news article comparison)"
);
/// Redirects followed before giving up.
const MAX_REDIRECTS: u32 = 5;
const MEGABYTE: u64 = 1_000_000;

/// Limits of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchOptions {
    /// For the whole request, from connecting to the last byte.
    pub timeout: Duration,
    /// For connecting (never longer than `timeout`).
    pub connect_timeout: Duration,
    /// Largest body accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_bytes: 20 * MEGABYTE,
        }
    }
}

/// What a server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Fetched {
    /// The address finally fetched, after redirects.
    pub url: String,
    pub format: FileFormat,
    /// The `charset` of the `Content-Type`, if any.
    pub charset: Option<String>,
    pub bytes: Vec<u8>,
}

/// Whether a command-line argument is an `http://` or `https://` address.
pub(super) fn is_url(arg: &Path) -> bool {
    arg.to_str().is_some_and(|s| {
        let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
        lower.starts_with("http://") || lower.starts_with("https://")
    })
}

/// The source id of an article fetched from `url`: the stem of its last path segment, else
/// its host name.
pub(super) fn stem(url: &str) -> String {
    let Ok(uri) = url.parse::<Uri>() else {
        return "page".to_owned();
    };
    let segment = uri.path().rsplit('/').find(|s| !s.is_empty());
    let stem = segment.and_then(|s| Path::new(s).file_stem().map(|s| s.to_string_lossy()));
    stem.map(|s| s.into_owned())
        .or_else(|| uri.host().map(str::to_owned))
        .unwrap_or_else(|| "page".to_owned())
}

/// Fetches `url`.
pub(super) fn fetch(url: &str, opts: &FetchOptions) -> Result<Fetched, LoadError> {
    let fail = |problem: String| LoadError::Fetch {
        url: url.to_owned(),
        problem,
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .timeout_connect(Some(opts.connect_timeout.min(opts.timeout)))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(|e| fail(problem(&e, opts)))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(fail(format!(
            "the server answered HTTP {} {reason}; check the address",
            status.as_u16()
        )));
    }
    let final_url = response.get_uri().to_string();
    let body = response.body_mut();
    let format = format_of(body.mime_type(), &final_url).map_err(fail)?;
    let charset = body.charset().map(str::to_owned);
    if body.content_length().is_some_and(|n| n > opts.max_bytes) {
        return Err(fail(too_large(opts)));
    }
    let bytes = body
        .with_config()
        .limit(opts.max_bytes)
        .read_to_vec()
        .map_err(|e| fail(problem(&e, opts)))?;
    Ok(Fetched {
        url: final_url,
        format,
        charset,
        bytes,
    })
}

/// How to read an answer of MIME type `mime`; without one, by the address's extension, else
/// as HTML.
fn format_of(mime: Option<&str>, url: &str) -> Result<FileFormat, String> {
    let Some(mime) = mime else {
        let path = url
            .parse::<Uri>()
            .map(|u| u.path().to_owned())
            .unwrap_or_default();
        return Ok(FileFormat::of(Path::new(&path)).unwrap_or(FileFormat::Html));
    };
    match mime.trim().to_ascii_lowercase().as_str() {
        "text/html" | "application/xhtml+xml" => Ok(FileFormat::Html),
        "text/plain" | "text/markdown" | "text/x-markdown" => Ok(FileFormat::Text),
        "application/json" | "application/ld+json" | "text/json" => Ok(FileFormat::Json),
        "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => {
            Ok(FileFormat::JsonLines)
        }
        other => Err(format!(
            "the server sent {other}, which is not an article; claimdiff reads HTML, plain text, \
             Markdown and JSON pages"
        )),
    }
}

fn too_large(opts: &FetchOptions) -> String {
    format!(
        "the page is larger than the {} MB limit; save the article text and pass the file",
        opts.max_bytes.div_ceil(MEGABYTE)
    )
}

/// What went wrong, and what to do, for a client error.
fn problem(err: &ureq::Error, opts: &FetchOptions) -> String {
    let timeout = || {
        format!(
            "no complete answer within {} s (timed out); try again later or raise --timeout",
            opts.timeout.as_secs_f64()
        )
    };
    match err {
        ureq::Error::Timeout(_) => timeout(),
        ureq::Error::Io(e) if e.kind() == io::ErrorKind::TimedOut => timeout(),
        ureq::Error::Io(e) if e.kind() == io::ErrorKind::ConnectionRefused => {
            "connection refused: nothing answers at that address; check the address and that \
             the server is up"
                .to_owned()
        }
        ureq::Error::ConnectionFailed => {
            "could not connect; check the address and that the server is up".to_owned()
        }
        ureq::Error::HostNotFound => {
            "the host name could not be resolved (DNS); check the address and the network"
                .to_owned()
        }
        ureq::Error::TooManyRedirects => format!(
            "more than {MAX_REDIRECTS} redirects; open the address in a browser and pass the \
             address it ends at"
        ),
        ureq::Error::BodyExceedsLimit(_) => too_large(opts),
        ureq::Error::BadUri(detail) => format!("not a valid address ({detail}); check it"),
        // A failed DNS lookup ends here too ("failed to lookup address information: …").
        ureq::Error::Io(e) => {
            format!("could not reach the host ({e}); check the address and the network")
        }
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => {
            format!("the secure connection failed ({err}); check the address and the certificate")
        }
        other => format!("{other}; check the address and the network"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for url in ["http://127.0.0.1:8080/a.html", "HTTPS://example.test"] {
            assert!(is_url(Path::new(url)), "{url}");
        }
        for path in ["articles/a.html", "http", "-", "http:/x", "ftp://x"] {
            assert!(!is_url(Path::new(path)), "{path}");
        }
    }

    #[test]
    fn stems_come_from_the_last_segment_else_the_host() {
        assert_eq!(stem("http://127.0.0.1:8080/news/a.html?x=1"), "a");
        assert_eq!(
            stem("https://news.test/2015/12/kerry-putin/"),
            "kerry-putin"
        );
        assert_eq!(stem("https://news.test"), "news.test");
    }

    #[test]
    fn content_types_choose_the_reader() {
        let url = "http://x.test/a";
        assert_eq!(format_of(Some("text/html"), url), Ok(FileFormat::Html));
        assert_eq!(format_of(Some("Text/Plain"), url), Ok(FileFormat::Text));
        assert_eq!(format_of(Some("text/markdown"), url), Ok(FileFormat::Text));
        assert_eq!(
            format_of(Some("application/json"), url),
            Ok(FileFormat::Json)
        );
        assert_eq!(
            format_of(Some("application/x-ndjson"), url),
            Ok(FileFormat::JsonLines)
        );
        assert_eq!(format_of(None, "http://x.test/a.md"), Ok(FileFormat::Text));
        assert_eq!(format_of(None, url), Ok(FileFormat::Html));
        let err = format_of(Some("image/png"), url).unwrap_err();
        assert!(err.starts_with("the server sent image/png, which is not an article"));
    }
}
