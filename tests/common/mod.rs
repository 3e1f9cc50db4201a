//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::model::{Article, Comparison, Finding};
use std::path::{Path, PathBuf};

/// The shared corpus folder: `$CLAIMDIFF_SHARED/corpus` or `../shared/corpus` beside the
/// repository. When it is missing, says so and returns `None`; under CI (`CI` set) a missing
/// corpus is a failure, not a skip.
pub fn corpus(what: &str) -> Option<PathBuf> {
    let root = std::env::var_os("CLAIMDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = root.join("corpus").join(what);
    if dir.exists() {
        return Some(dir);
    }
    let msg = format!(
        "missing {}: this test reads the shared corpus ({what}) that sits beside the repository \
         as ../shared/corpus; set CLAIMDIFF_SHARED to the folder that holds corpus/",
        dir.display()
    );
    if std::env::var_os("CI").is_some() {
        panic!("{msg}");
    }
    eprintln!("SKIPPED: {msg}");
    None
}

/// An article with a publication date (YYYY-MM-DD), its whole text the body.
pub fn article(id: &str, published: &str, body: &str) -> Article {
    let mut a = Article::from_text(id, body);
    a.published = published.parse().ok();
    a
}

/// Extracts and compares the articles as one event.
pub fn run(articles: Vec<Article>) -> Comparison {
    let claims = articles.iter().flat_map(|a| extract(a).claims).collect();
    compare(articles, claims)
}

/// Extracts and compares the constructed event `tests/fixtures/events/THEME/NAME` (one file
/// per outlet), which must hold at least `min_articles` articles.
pub fn constructed_event(theme: &str, name: &str, min_articles: usize) -> Comparison {
    let dir = root().join("tests/fixtures/events").join(theme).join(name);
    let articles = claimdiff::load::load_paths(&[dir], &claimdiff::load::LoadOptions::default())
        .unwrap_or_else(|e| panic!("{theme}/{name} does not load: {e:#}"));
    assert!(
        articles.len() >= min_articles,
        "{theme}/{name}: {} articles, at least {min_articles} expected",
        articles.len()
    );
    run(articles)
}

/// Fails, listing the findings, when any of them is a contradiction.
pub fn assert_no_contradiction(cmp: &Comparison) {
    assert!(
        !cmp.findings
            .iter()
            .any(|f| f.verdict == claimdiff::model::Verdict::Contradict),
        "{:#?}",
        cmp.findings
    );
}

/// The words of each claim of a finding, in claim order.
pub fn words<'a>(cmp: &'a Comparison, f: &Finding) -> Vec<&'a str> {
    f.claims
        .iter()
        .map(|&i| {
            let c = &cmp.claims[i];
            let a = cmp.article_of(c).expect("claim of a known article");
            c.span.slice(&a.text)
        })
        .collect()
}

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run from the crate root so that `articles/…` paths resolve.
pub fn claimdiff() -> Command {
    let mut cmd = Command::cargo_bin("claimdiff").expect("the claimdiff binary is built");
    cmd.current_dir(root());
    cmd
}
