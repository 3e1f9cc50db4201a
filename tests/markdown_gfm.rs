//! The markdown report is valid GitHub-flavoured markdown that means what it says: parsed with
//! pulldown-cmark (tables on), its headings come in report order, its tables have one row per
//! source with every column, each finding's claims are in bold, and article text that looks like
//! markdown or HTML stays text.

mod common;

use claimdiff::model::{Comparison, Verdict};
use claimdiff::report::{Format, RenderOptions, write_comparison};
use common::{article, run};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::Path;

fn markdown(cmp: &Comparison) -> String {
    let mut out = Vec::new();
    write_comparison(cmp, Format::Markdown, RenderOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// What the parser saw: headings (level, text), tables (rows of cell texts, head first), the
/// text of every bold span, and every raw HTML or link event.
#[derive(Default, Debug)]
struct Doc {
    headings: Vec<(HeadingLevel, String)>,
    tables: Vec<Vec<Vec<String>>>,
    strong: Vec<String>,
    html: Vec<String>,
    links: Vec<String>,
}

fn parse(md: &str) -> Doc {
    let mut doc = Doc::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut strong: Option<String> = None;
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => doc.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => doc.tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                doc.tables.last_mut().unwrap().push(Vec::new())
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let row = doc.tables.last_mut().unwrap().last_mut().unwrap();
                row.push(cell.take().unwrap_or_default());
            }
            Event::Start(Tag::Strong) => strong = Some(String::new()),
            Event::End(TagEnd::Strong) => doc.strong.extend(strong.take()),
            Event::Start(Tag::Link { dest_url, .. }) => doc.links.push(dest_url.to_string()),
            // The report's own fallback for bold claims next to punctuation is allowed.
            Event::Html(h) | Event::InlineHtml(h)
                if h.as_ref() != "<strong>" && h.as_ref() != "</strong>" =>
            {
                doc.html.push(h.to_string());
            }
            Event::Text(t) | Event::Code(t) => {
                for s in [
                    heading.as_mut().map(|h| &mut h.1),
                    strong.as_mut(),
                    cell.as_mut(),
                ]
                .into_iter()
                .flatten()
                {
                    s.push_str(&t);
                }
            }
            _ => {}
        }
    }
    doc
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_event_report_parses_into_its_sections_tables_and_marked_claims() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let mut events: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    events.sort();
    assert!(events.len() >= 2, "articles/ holds the shipped events");
    for event in events {
        let articles =
            claimdiff::load::load_paths(std::slice::from_ref(&event), &Default::default()).unwrap();
        let cmp = run(articles);
        let md = markdown(&cmp);
        let doc = parse(&md);
        let name = event.file_name().unwrap().to_string_lossy().into_owned();

        let h2: Vec<&str> = doc
            .headings
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H2)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(
            doc.headings[0],
            (HeadingLevel::H1, format!("claimdiff report: {name}"))
        );
        let sections = [
            "Sources",
            "Summary",
            "Contradictions",
            "Compatible",
            "Agreements",
            "Stated by one source only",
        ];
        let at: Vec<usize> = sections
            .iter()
            .map(|s| {
                h2.iter()
                    .position(|h| h == s)
                    .unwrap_or_else(|| panic!("{name}: no ## {s} in {h2:?}"))
            })
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "{name}: sections out of order: {h2:?}"
        );
        assert_eq!(
            h2.contains(&"Which source stands apart"),
            cmp.articles.len() >= 3,
            "{name}: standing section only with three or more sources"
        );

        // Sources table: a head and one row per source, every row with all five columns, the
        // outlet and date of each source in its row.
        let sources = &doc.tables[0];
        assert_eq!(sources[0], ["id", "outlet", "published", "title", "claims"]);
        assert_eq!(sources.len(), cmp.articles.len() + 1, "{name}");
        for (row, a) in sources[1..].iter().zip(&cmp.articles) {
            assert_eq!(row.len(), 5, "{name}: {row:?}");
            assert_eq!(row[0], a.id);
            assert_eq!(row[1], a.outlet.clone().unwrap_or_else(|| "—".into()));
        }
        // Summary table counts the findings.
        let summary = &doc.tables[1];
        assert_eq!(summary[1][0], cmp.findings.len().to_string());

        // Every non-unique finding is an H3 with its id, and each of its claims is in bold.
        for f in cmp.findings.iter().filter(|f| f.verdict != Verdict::Unique) {
            assert!(
                doc.headings
                    .iter()
                    .any(|(l, t)| *l == HeadingLevel::H3 && t.starts_with(&format!("{} · ", f.id))),
                "{name}: no heading for {}",
                f.id
            );
            for &ci in &f.claims {
                let c = &cmp.claims[ci];
                let text = collapse(c.span.slice(&cmp.article_of(c).unwrap().text));
                assert!(
                    doc.strong.iter().any(|s| collapse(s) == text),
                    "{name}: {} not in bold ({text:?})",
                    f.id
                );
            }
        }
        assert!(doc.html.is_empty(), "{name}: raw HTML {:?}", doc.html);
        assert!(doc.links.is_empty(), "{name}: links {:?}", doc.links);
    }
}

#[test]
fn article_text_that_looks_like_markdown_or_html_stays_text() {
    let hostile = "Officials | said <script>alert(1)</script> that five people were killed in \
                   the blast at the `market` on Friday, [see](http://x.test) *more* _here_. \
                   # Not a heading";
    let cmp = run(vec![
        article("a|b", "2020-05-01", hostile),
        article(
            "c",
            "2020-05-01",
            "Officials said that six people were killed in the blast at the market on Friday.",
        ),
    ]);
    let md = markdown(&cmp);
    let doc = parse(&md);
    assert!(
        doc.html.is_empty(),
        "raw HTML got through: {:?}\n{md}",
        doc.html
    );
    assert!(
        doc.links.is_empty(),
        "a link got through: {:?}\n{md}",
        doc.links
    );
    let sources = &doc.tables[0];
    assert_eq!(sources.len(), 3, "{sources:?}");
    assert!(
        sources.iter().all(|r| r.len() == 5),
        "a | split a row: {sources:?}"
    );
    assert_eq!(sources[1][0], "a|b");
    // The words survive as text, and the toll is still marked.
    let text: String = Parser::new_ext(&md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.to_string()),
            _ => None,
        })
        .collect();
    assert!(text.contains("<script>alert(1)</script>"), "{md}");
    assert!(
        doc.strong.iter().any(|s| s.contains("five")),
        "{:?}",
        doc.strong
    );
}
