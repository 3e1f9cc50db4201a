//! The article a page describes in its JSON-LD (`<script type="application/ld+json">`): a
//! schema.org `NewsArticle` (or another article type) given alone, in an array, or as one
//! node of an `@graph`, with its publisher given inline or by `@id` reference.

use serde_json::Value;

/// What the page's JSON-LD states about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct JsonLdArticle {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

/// schema.org types that are not named `…Article` but are articles.
const OTHER_ARTICLE_TYPES: &[&str] = &["BlogPosting", "LiveBlogPosting", "Report"];

/// The first article node among the JSON-LD `scripts` (their texts, in page order); scripts
/// that are not valid JSON are skipped.
pub(super) fn article<'a>(scripts: impl IntoIterator<Item = &'a str>) -> Option<JsonLdArticle> {
    let documents: Vec<Value> = scripts
        .into_iter()
        .filter_map(|s| serde_json::from_str(strip_cdata(s)).ok())
        .collect();
    let mut nodes = Vec::new();
    for document in &documents {
        collect_nodes(document, &mut nodes);
    }
    let node = nodes.iter().find(|n| is_article(n))?;
    Some(JsonLdArticle {
        headline: text(node.get("headline")).or_else(|| text(node.get("name"))),
        date_published: text(node.get("datePublished")),
        publisher: node.get("publisher").and_then(|p| name(p, &nodes)),
        url: text(node.get("url")),
    })
}

/// Some sites wrap the JSON in `<![CDATA[ … ]]>` (or its commented-out form).
fn strip_cdata(script: &str) -> &str {
    let s = script.trim();
    let s = s.strip_prefix("//").unwrap_or(s).trim_start();
    match s.strip_prefix("<![CDATA[") {
        Some(inner) => {
            let inner = inner.trim_end();
            let inner = inner.strip_suffix("]]>").unwrap_or(inner).trim_end();
            inner.strip_suffix("//").unwrap_or(inner)
        }
        None => script,
    }
}

/// The objects of a JSON-LD document: itself, the items of an array, the nodes of `@graph`.
fn collect_nodes<'a>(value: &'a Value, nodes: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_nodes(v, nodes)),
        Value::Object(fields) => {
            nodes.push(value);
            if let Some(graph) = fields.get("@graph") {
                collect_nodes(graph, nodes);
            }
        }
        _ => {}
    }
}

fn is_article(node: &Value) -> bool {
    let is_article_type = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article") || OTHER_ARTICLE_TYPES.contains(&t)
    };
    match node.get("@type") {
        Some(Value::String(t)) => is_article_type(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is_article_type),
        _ => false,
    }
}

/// A non-blank string, or the first of an array of them.
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| text(Some(v))),
        _ => None,
    }
}

/// The `name` of an organisation given inline, by `@id` reference to another node, or as
/// the first of an array.
fn name(value: &Value, nodes: &[&Value]) -> Option<String> {
    match value {
        Value::String(s) => text(Some(&Value::String(s.clone()))),
        Value::Array(items) => items.iter().find_map(|v| name(v, nodes)),
        Value::Object(fields) => text(fields.get("name")).or_else(|| {
            let id = fields.get("@id")?;
            nodes
                .iter()
                .filter(|n| n.get("@id") == Some(id))
                .find_map(|n| text(n.get("name")))
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_graph_with_a_publisher_by_reference() {
        let script = r##"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": "https://n.test/a#page", "name": "Page name"},
            {"@type": "Organization", "@id": "https://n.test/#org", "name": "The Test Times"},
            {"@type": ["NewsArticle", "Article"], "headline": " Kerry to Moscow ",
             "datePublished": "2015-12-11T21:00:00-05:00",
             "publisher": {"@id": "https://n.test/#org"}, "url": "https://n.test/a"}
        ]}"##;
        assert_eq!(
            article([script]),
            Some(JsonLdArticle {
                headline: Some("Kerry to Moscow".into()),
                date_published: Some("2015-12-11T21:00:00-05:00".into()),
                publisher: Some("The Test Times".into()),
                url: Some("https://n.test/a".into()),
            })
        );
    }

    #[test]
    fn arrays_bad_scripts_and_cdata() {
        let broken = "{not json";
        let breadcrumbs = r#"{"@type": "BreadcrumbList", "name": "Politics"}"#;
        let wrapped = r#"//<![CDATA[
            [{"@type": "WebSite", "name": "Site"},
             {"@type": "http://schema.org/ReportageNewsArticle", "name": "Talks end",
              "datePublished": ["2015-12-16"], "publisher": [{"name": "Wire"}]}]
            //]]>"#;
        let a = article([broken, breadcrumbs, wrapped]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("Talks end"));
        assert_eq!(a.date_published.as_deref(), Some("2015-12-16"));
        assert_eq!(a.publisher.as_deref(), Some("Wire"));
    }

    #[test]
    fn no_article_node_is_none() {
        assert_eq!(article([r#"{"@type": "WebSite", "name": "x"}"#]), None);
        assert_eq!(article(Vec::<&str>::new()), None);
    }
}
