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
    // The HTML parser's scope checks walk the stack of open elements, so parsing itself takes
    // minutes on a page nested 100,000 deep: a byte scan bounds the depth before parsing.
    let rough = rough_depth(html);
    if rough > MAX_ROUGH_DEPTH {
        return Err(LoadError::TooDeep {
            path: PathBuf::from(&origin.path),
            depth: rough,
            limit: MAX_DEPTH,
        });
    }
    let doc = Document::from(html);
    let depth = nesting_depth(&doc);
    if depth > MAX_DEPTH {
        return Err(LoadError::TooDeep {
            path: PathBuf::from(&origin.path),
            depth,
            limit: MAX_DEPTH,
        });
    }
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

/// The deepest nesting of elements a page may have. News pages nest a few dozen deep; the
/// readability search walks each node's ancestors, so a page nested thousands deep would take
/// minutes (10,000 levels: 22 s) for no article.
const MAX_DEPTH: usize = 512;

/// The bound on [`rough_depth`], which over-counts (unclosed `<p>`, `<li>`, tags in scripts):
/// a page over it is surely nested deeper than [`MAX_DEPTH`].
const MAX_ROUGH_DEPTH: usize = 8 * MAX_DEPTH;

/// Elements that never have content, so never nest.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The deepest run of opening tags not yet closed, counted on the bytes: `<name` opens unless
/// the element is void or the tag ends in `/>`, `</` closes.
fn rough_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        match bytes.get(at + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[at + 1..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |n| at + 1 + n);
                let name = html[at + 1..name_end].to_ascii_lowercase();
                let tag_end = memchr::memchr(b'>', &bytes[name_end..]).map(|n| name_end + n);
                let self_closing = tag_end.is_some_and(|e| e > 0 && bytes[e - 1] == b'/');
                if !VOID.contains(&name.as_str()) && !self_closing {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

/// How deep the page's nodes nest, walked without recursion (a stack of depths would be as
/// deep as the page).
fn nesting_depth(doc: &Document) -> usize {
    let mut deepest = 0;
    let mut depth: usize = 0;
    let mut node = doc.root().first_child();
    while let Some(n) = node {
        deepest = deepest.max(depth + 1);
        if let Some(child) = n.first_child() {
            depth += 1;
            node = Some(child);
            continue;
        }
        // Up until a node with a next sibling.
        let mut up = Some(n);
        node = None;
        while let Some(u) = up {
            if let Some(next) = u.next_sibling() {
                node = Some(next);
                break;
            }
            up = u.parent().filter(|p| !p.is_document());
            depth = depth.saturating_sub(1);
        }
    }
    deepest
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
    fn pages_nested_deeper_than_any_news_page_are_refused_at_once() {
        let deep = format!("{}{STORY}{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        match page("", &deep) {
            Err(LoadError::TooDeep { depth, limit, .. }) => {
                assert!(depth > 5_000 && limit == MAX_DEPTH, "{depth}")
            }
            other => panic!("{other:?}"),
        }
        // A real page's depth is far below the limit, and counts every level.
        let doc = Document::from("<html><body><div><p>x<b>y</b></p></div></body></html>");
        assert_eq!(nesting_depth(&doc), 6); // html, body, div, p, b, the text "y"
        let nested = format!("{}{STORY}{}", "<div>".repeat(100), "</div>".repeat(100));
        assert!(page("", &nested).is_ok());
        assert_eq!(
            rough_depth("<html><body><p>a<br>b<img src=x/><div></div></p></body></html>"),
            4
        );
        assert_eq!(rough_depth(&"<div>".repeat(100_000)), 100_000);
    }

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
