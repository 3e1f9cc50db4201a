//! What an HTML page's head states about its article beyond what the readability crate
//! reads: publication dates from the common meta tags, `itemprop` and `<time>`, the canonical
//! address, and the JSON-LD article (including `@graph` pages).

use crate::load::json_ld::{self, JsonLdArticle};
use dom_query::Document;

/// Meta tags (by `property`, `name` or `itemprop`, any case) that give the publication time,
/// most trusted first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "date",
];

/// The page's own statements, read before the readability crate rewrites the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct PageMeta {
    /// Publication date candidates, most trusted first: JSON-LD `datePublished`, then meta
    /// tags in [`DATE_KEYS`] order, then `datetime` attributes of `itemprop="datePublished"`
    /// elements, then the first `<time datetime>`.
    pub dates: Vec<String>,
    /// `<link rel="canonical">`, else `og:url`.
    pub url: Option<String>,
    pub json_ld: Option<JsonLdArticle>,
}

pub(super) fn read(doc: &Document) -> PageMeta {
    let scripts: Vec<String> = doc
        .select(r#"script[type="application/ld+json"]"#)
        .iter()
        .map(|s| s.text().to_string())
        .collect();
    let json_ld = json_ld::article(scripts.iter().map(String::as_str));
    let mut dates: Vec<String> = json_ld
        .iter()
        .filter_map(|a| a.date_published.clone())
        .collect();
    dates.extend(meta_dates(doc));
    dates.extend(attr_values(
        doc,
        r#"[itemprop="datePublished" i][datetime]"#,
        "datetime",
    ));
    dates.extend(
        attr_values(doc, "time[datetime]", "datetime")
            .into_iter()
            .take(1),
    );
    let url = attr_values(doc, r#"link[rel~="canonical" i][href]"#, "href")
        .into_iter()
        .chain(meta_values(doc, "og:url"))
        .next();
    PageMeta {
        dates,
        url,
        json_ld,
    }
}

/// The `content` of meta tags in [`DATE_KEYS`], ordered by key, then by page order.
fn meta_dates(doc: &Document) -> Vec<String> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for meta in doc.select("meta[content]").iter() {
        let rank = ["property", "name", "itemprop"]
            .iter()
            .filter_map(|a| meta.attr(a))
            .find_map(|key| {
                let key = key.trim().to_ascii_lowercase();
                DATE_KEYS.iter().position(|k| *k == key)
            });
        if let (Some(rank), Some(content)) = (rank, meta.attr("content")) {
            found.push((rank, content.trim().to_owned()));
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    found
        .into_iter()
        .map(|(_, c)| c)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The `content` of `<meta property="KEY">` tags.
fn meta_values(doc: &Document, key: &str) -> Vec<String> {
    attr_values(
        doc,
        &format!(r#"meta[property="{key}" i][content]"#),
        "content",
    )
}

/// The non-blank values of attribute `attr` of the elements `selector` matches.
fn attr_values(doc: &Document, selector: &str, attr: &str) -> Vec<String> {
    doc.select(selector)
        .iter()
        .filter_map(|e| e.attr(attr))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn meta_variants_in_order_of_trust() {
        let page = meta(
            r#"<html><head>
            <meta name="date" content="2015-12-01">
            <meta name="DC.date" content="2015-12-02">
            <meta itemprop="datePublished" content="2015-12-03">
            <meta property="og:published_time" content="2015-12-04T10:00:00Z">
            <meta name="pubdate" content="2015-12-05">
            <meta property="og:url" content="https://n.test/og">
            </head><body><time datetime="2015-12-06">Dec. 6</time>
            <time datetime="2015-12-07">Dec. 7</time></body></html>"#,
        );
        assert_eq!(
            page.dates,
            [
                "2015-12-04T10:00:00Z",
                "2015-12-03",
                "2015-12-05",
                "2015-12-02",
                "2015-12-01",
                "2015-12-06"
            ]
        );
        assert_eq!(page.url.as_deref(), Some("https://n.test/og"));
        assert_eq!(page.json_ld, None);
    }

    #[test]
    fn json_ld_graph_comes_first_and_canonical_beats_og_url() {
        let page = meta(
            r#"<html><head>
            <link rel="canonical" href=" https://n.test/canonical ">
            <meta property="og:url" content="https://n.test/og">
            <meta property="article:published_time" content="2015-12-11T09:00:00-05:00">
            <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",
              "datePublished": "2015-12-10T23:30:00-08:00", "headline": "H"}]}</script>
            </head><body><p itemprop="datePublished" datetime="2015-12-09">x</p></body></html>"#,
        );
        assert_eq!(
            page.dates,
            [
                "2015-12-10T23:30:00-08:00",
                "2015-12-11T09:00:00-05:00",
                "2015-12-09"
            ]
        );
        assert_eq!(page.url.as_deref(), Some("https://n.test/canonical"));
        assert_eq!(page.json_ld.unwrap().headline.as_deref(), Some("H"));
    }

    #[test]
    fn a_page_without_dates_has_none() {
        let page = meta("<html><head><title>T</title></head><body><p>Text.</p></body></html>");
        assert!(page.dates.is_empty());
        assert_eq!(page.url, None);
    }
}
