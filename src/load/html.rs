//! HTML articles: the main text of the page, found by the `dom_smoothie` readability port
//! (navigation, menus, share buttons, related stories and footers dropped), as plain text
//! with a blank line between paragraphs. The article's text is that extracted body, so spans
//! index it. Title, outlet and publication date come from the page's meta tags and JSON-LD.

use crate::load::assemble::{Origin, assemble};
use crate::load::html_meta::{self, PageMeta};
use crate::load::metadata::{Metadata, MetadataKind, Published};
use crate::load::{LoadError, LoadOptions};
use crate::model::{Article, Span};
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use std::path::PathBuf;

/// The article of the page `html` read from `origin`; `fetched_url` is the address it was
/// finally fetched from (after redirects), which then becomes the article's `url`.
pub(super) fn parse(
    origin: Origin,
    html: &str,
    fetched_url: Option<&str>,
    opts: &LoadOptions,
) -> Result<Article, LoadError> {
    let no_article = || LoadError::NoHtmlArticle {
        path: PathBuf::from(&origin.path),
    };
    let doc = Document::from(html);
    let page = html_meta::read(&doc);
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let readable = Readability::with_document(doc, None, Some(config))
        .and_then(|mut r| r.parse())
        .map_err(|_| no_article())?;
    let body = paragraphs(&readable.text_content);
    if body.is_empty() {
        return Err(no_article());
    }
    let metadata = metadata(readable, page, fetched_url);
    let span = Span::new(0, body.len());
    Ok(assemble(origin, body, span, metadata, opts))
}

/// The readability crate's findings, completed by the page's own statements.
fn metadata(
    readable: dom_smoothie::Article,
    page: PageMeta,
    fetched_url: Option<&str>,
) -> Metadata {
    let ld = page.json_ld.unwrap_or_default();
    let mut metadata = Metadata::new(MetadataKind::Html);
    metadata.title = non_blank(Some(readable.title)).or(ld.headline);
    metadata.outlet = non_blank(readable.site_name).or(ld.publisher);
    metadata.url = fetched_url
        .map(str::to_owned)
        .or(page.url)
        .or(non_blank(readable.url))
        .or(ld.url);
    let candidates: Vec<String> = non_blank(readable.published_time)
        .into_iter()
        .chain(page.dates)
        .collect();
    metadata.published = candidates
        .iter()
        .map(|raw| Published::parse_timestamp(raw))
        .find(|p| matches!(p, Published::Date(_)))
        .or_else(|| {
            candidates
                .first()
                .map(|raw| Published::Invalid(raw.clone()))
        })
        .unwrap_or(Published::Absent);
    metadata
}

fn non_blank(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The extracted text with whitespace runs inside lines made single spaces, paragraphs
/// separated by one blank line, and no blank lines or spaces at either end. Line breaks
/// inside a paragraph (list items, `<br>`) stay.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for paragraph in text.split("\n\n") {
        let lines = paragraph
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty());
        let mut first = true;
        for line in lines {
            if first && !out.is_empty() {
                out.push_str("\n\n");
            } else if !first {
                out.push('\n');
            }
            out.push_str(&line);
            first = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn page(head: &str, body: &str) -> Result<Article, LoadError> {
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let origin = Origin {
            id: "page".into(),
            path: "page.html".into(),
            warnings: Vec::new(),
        };
        parse(origin, &html, None, &LoadOptions::default())
    }

    const STORY: &str = r#"<nav><a href="/">Home</a> <a href="/world">World news section</a></nav>
        <article><h1>Kerry heads to Moscow</h1>
        <p>WASHINGTON - Secretary of State John Kerry will travel to Moscow next week to meet
        President Vladimir Putin and Foreign Minister Sergei Lavrov, officials said on Friday.</p>
        <p>The talks on Tuesday will prepare a meeting of about 17 countries in New York on
        Dec. 18, the State Department said, as the war's toll passed 250,000.</p>
        <p>Kerry last met Putin in Sochi in May, when the two discussed Syria and Ukraine at
        length over several hours of talks at the Black Sea resort.</p></article>
        <footer>Copyright Example News. All rights reserved.</footer>"#;

    #[test]
    fn main_text_in_paragraphs_and_meta_tags() {
        let a = page(
            r#"<title>Kerry heads to Moscow for Syria talks | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta name="DC.date" content="2015-12-11T23:10:00-05:00">"#,
            STORY,
        )
        .unwrap();
        assert!(a.body.indexes(&a.text));
        assert_eq!(a.body_text(), a.text);
        assert!(
            a.text
                .starts_with("WASHINGTON - Secretary of State John Kerry will travel")
        );
        assert!(
            a.text
                .contains("will travel to Moscow next week to meet President")
        );
        assert!(
            a.text
                .contains("officials said on Friday.\n\nThe talks on Tuesday")
        );
        assert!(!a.text.contains("World news section"));
        assert!(!a.text.contains("Copyright"));
        assert_eq!(a.outlet.as_deref(), Some("Example News"));
        // The readability crate drops the outlet from a `<title>` of more than four words.
        assert_eq!(
            a.title.as_deref(),
            Some("Kerry heads to Moscow for Syria talks")
        );
        assert_eq!(a.published, Some(date(2015, 12, 11)));
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    }

    #[test]
    fn json_ld_graph_gives_date_and_publisher() {
        let a = page(
            r##"<script type="application/ld+json">{"@context": "https://schema.org",
              "@graph": [{"@type": "Organization", "@id": "#org", "name": "Graph Post"},
              {"@type": "NewsArticle", "headline": "Kerry heads to Moscow",
               "datePublished": "2015-12-12T01:00:00+09:00", "publisher": {"@id": "#org"}}]}
            </script>"##,
            STORY,
        )
        .unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Graph Post"));
        assert_eq!(a.published, Some(date(2015, 12, 12)));
    }

    #[test]
    fn no_date_warns_like_a_text_article() {
        let a = page("<title>Kerry heads to Moscow</title>", STORY).unwrap();
        assert_eq!(a.published, None);
        assert_eq!(
            a.warnings,
            [
                "no publication date found (no date in the page's meta tags, JSON-LD or <time>, \
              dateline or \"Updated on\" line); relative dates stay unresolved; pass --published YYYY-MM-DD"
            ]
        );
    }

    #[test]
    fn a_bad_date_warns_and_the_next_good_one_is_used() {
        let a = page(
            r#"<meta property="article:published_time" content="last Friday">"#,
            STORY,
        )
        .unwrap();
        assert_eq!(a.published, None);
        assert!(a.warnings[0].starts_with("HTML: published \"last Friday\" is not a date"));
        let b = page(
            r#"<meta property="article:published_time" content="last Friday">"#,
            &format!("{STORY}<time datetime=\"2015-12-11T08:00\">Friday</time>"),
        )
        .unwrap();
        assert_eq!(b.published, Some(date(2015, 12, 11)));
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        let err = page("<title>Empty</title>", "<script>var page = 1;</script>").unwrap_err();
        assert!(
            err.to_string()
                .contains("page.html: no article text found in the HTML page")
        );
    }
}
