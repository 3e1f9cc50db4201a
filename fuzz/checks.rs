//! What each fuzz target checks, shared with `tests/fuzz_regressions.rs` (which includes this
//! file by path) so that every crash kept in `fuzz/regressions/` is checked the same way.
//!
//! Each check takes the raw fuzz input and panics when an invariant breaks; a `LoadError` is
//! a fine outcome (the input is unusable), a panic never is.

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{FileFormat, LoadOptions, load_bytes};
use claimdiff::model::{Article, Comparison, Span};
use claimdiff::report::{self, Format, RenderOptions};
use std::path::Path;

/// The publication date the checks give articles when the selector asks for one.
fn publication() -> jiff::civil::Date {
    jiff::civil::date(2015, 12, 11)
}

/// First byte: the format (low two bits) and whether `--published` is given (bit 2); the rest
/// is the file's bytes. Loaded articles must have a body that indexes their text, and their
/// extraction must keep every span invariant.
pub fn check_load(data: &[u8]) {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let (format, name) = match selector & 3 {
        0 => (FileFormat::Text, "fuzz.txt"),
        1 => (FileFormat::Json, "fuzz.json"),
        2 => (FileFormat::JsonLines, "fuzz.jsonl"),
        _ => (FileFormat::Html, "fuzz.html"),
    };
    let opts = LoadOptions {
        published: (selector & 4 != 0).then(publication),
        ..LoadOptions::default()
    };
    let Ok(articles) = load_bytes(Path::new(name), format, bytes, &opts) else {
        return;
    };
    for article in &articles {
        assert!(
            article.body.indexes(&article.text),
            "body {} does not index the text of {}",
            article.body,
            article.id
        );
        check_extraction(article);
    }
}

/// First byte: whether the article has a publication date (bit 0); the rest, decoded with
/// replacement, is the article text.
pub fn check_extract(data: &[u8]) {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let mut article = Article::from_text("fuzz", String::from_utf8_lossy(bytes));
    if selector & 1 != 0 {
        article.published = Some(publication());
    }
    check_extraction(&article);
}

/// First byte: how many articles (2 to 4) and which have a publication date; the rest is cut
/// into that many articles at NUL bytes (or evenly when there are too few). Comparing the same
/// articles twice must give the same JSON, and every format must render.
pub fn check_compare(data: &[u8]) {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let count = 2 + usize::from(selector % 3);
    let articles: Vec<Article> = cut(bytes, count)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let id = ["a", "b", "c", "d"][i];
            let mut article = Article::from_text(id, String::from_utf8_lossy(part));
            if selector & (8 << i) != 0 {
                article.published = Some(publication());
            }
            article
        })
        .collect();
    let first = run(articles.clone());
    let second = run(articles);
    check_comparison(&first);
    let json = render(&first, Format::Json);
    assert_eq!(
        json,
        render(&second, Format::Json),
        "compare is not deterministic"
    );
    render(&first, Format::Markdown);
    render(&first, Format::Table);
}

/// `count` parts of `bytes`: split at NUL bytes, else cut evenly.
fn cut(bytes: &[u8], count: usize) -> Vec<&[u8]> {
    let parts: Vec<&[u8]> = bytes.split(|&b| b == 0).take(count).collect();
    if parts.len() == count {
        return parts;
    }
    let size = bytes.len().div_ceil(count).max(1);
    let mut parts: Vec<&[u8]> = bytes.chunks(size).collect();
    parts.resize(count, &[]);
    parts
}

fn run(articles: Vec<Article>) -> Comparison {
    let claims = articles.iter().flat_map(|a| extract(a).claims).collect();
    compare(articles, claims)
}

fn render(cmp: &Comparison, format: Format) -> Vec<u8> {
    let mut out = Vec::new();
    report::write_comparison(cmp, format, RenderOptions::default(), &mut out)
        .expect("rendering into memory does not fail");
    out
}

/// Every finding points at claims that exist, each claim at most once over all findings.
fn check_comparison(cmp: &Comparison) {
    let mut seen = vec![false; cmp.claims.len()];
    for finding in &cmp.findings {
        assert!(!finding.claims.is_empty(), "{} has no claims", finding.id);
        for &i in &finding.claims {
            assert!(
                i < cmp.claims.len(),
                "{} points past the claims",
                finding.id
            );
            assert!(!seen[i], "claim {i} is in two findings");
            seen[i] = true;
            let claim = &cmp.claims[i];
            let article = cmp.article_of(claim).expect("a claim of a known article");
            assert!(
                claim.span.indexes(&article.text),
                "{} does not index",
                claim.id
            );
        }
    }
}

/// Sentences of the body: in order, trimmed, inside the body, only whitespace between them
/// and after the last. Claims: span on char boundaries inside its sentence, in the body.
pub fn check_extraction(article: &Article) {
    let text = article.text.as_str();
    let body = article.body;
    let extraction = extract(article);
    let mut previous_end = body.start();
    for sentence in &extraction.sentences {
        let span = sentence.span;
        let s = span
            .get(text)
            .unwrap_or_else(|| panic!("sentence {span} does not index the text"));
        assert!(
            body.contains(span),
            "sentence {span} lies outside the body {body}"
        );
        assert!(
            !s.is_empty() && s.trim() == s,
            "sentence {span} is empty or untrimmed"
        );
        assert!(
            span.start() >= previous_end,
            "sentence {span} overlaps the one before"
        );
        let gap = &text[previous_end..span.start()];
        assert!(
            gap.chars().all(char::is_whitespace),
            "text {gap:?} before sentence {span} is in no sentence"
        );
        previous_end = span.end();
    }
    let tail = Span::new(previous_end, body.end())
        .get(text)
        .expect("the body indexes the text");
    assert!(
        tail.chars().all(char::is_whitespace),
        "text {tail:?} after the last sentence is in no sentence"
    );
    for claim in &extraction.claims {
        assert!(
            claim.span.indexes(text),
            "claim {} does not index the text",
            claim.span
        );
        assert!(
            claim.sentence.indexes(text) && claim.sentence.contains(claim.span),
            "claim {} lies outside its sentence {}",
            claim.span,
            claim.sentence
        );
        assert!(
            body.contains(claim.span),
            "claim {} lies outside the body",
            claim.span
        );
    }
}
