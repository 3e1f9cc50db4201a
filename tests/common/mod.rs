//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::model::{Article, Claim, ClaimKind, Comparison, Finding, Value};
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

/// The claim of `source` with exactly these words, and its index.
pub fn claim<'a>(cmp: &'a Comparison, source: &str, text: &str) -> (usize, &'a Claim) {
    cmp.claims
        .iter()
        .enumerate()
        .find(|(_, c)| {
            c.source == source
                && cmp
                    .article_of(c)
                    .is_some_and(|a| c.span.slice(&a.text) == text)
        })
        .unwrap_or_else(|| panic!("no claim {text:?} in {source}"))
}

/// The finding of kind `kind` that holds the claim of `source` with these words.
pub fn finding_of<'a>(
    cmp: &'a Comparison,
    kind: ClaimKind,
    source: &str,
    text: &str,
) -> &'a Finding {
    let (i, _) = claim(cmp, source, text);
    cmp.findings
        .iter()
        .find(|f| f.kind == kind && f.claims.contains(&i))
        .unwrap_or_else(|| panic!("no finding holds {text:?} of {source}"))
}

/// Whether the finding holds the claim of `source` with these words.
pub fn holds(cmp: &Comparison, f: &Finding, source: &str, text: &str) -> bool {
    let (i, _) = claim(cmp, source, text);
    f.claims.contains(&i)
}

/// The source id that starts with `prefix` (ids are file stems: "wire-2023-03-14").
pub fn source_id<'a>(cmp: &'a Comparison, prefix: &str) -> &'a str {
    cmp.articles
        .iter()
        .map(|a| a.id.as_str())
        .find(|id| id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} article"))
}

/// Whether the finding holds a claim of the source starting with `prefix` reading `text`.
pub fn holds_by_prefix(cmp: &Comparison, f: &Finding, prefix: &str, text: &str) -> bool {
    let id = source_id(cmp, prefix);
    f.claims.iter().any(|&i| {
        let c = &cmp.claims[i];
        c.source == id
            && cmp
                .article_of(c)
                .is_some_and(|a| c.span.slice(&a.text) == text)
    })
}

/// The finding of this kind that holds `text` of the source starting with `prefix`.
pub fn finding_by_prefix<'a>(
    cmp: &'a Comparison,
    kind: ClaimKind,
    prefix: &str,
    text: &str,
) -> &'a Finding {
    cmp.findings
        .iter()
        .find(|f| f.kind == kind && holds_by_prefix(cmp, f, prefix, text))
        .unwrap_or_else(|| panic!("no {kind:?} finding holds {text:?} of {prefix}"))
}

/// The finding holds every one of the (source prefix, text) claims.
pub fn holds_all(cmp: &Comparison, f: &Finding, claims: &[(&str, &str)]) {
    for (prefix, text) in claims {
        assert!(
            holds_by_prefix(cmp, f, prefix, text),
            "{prefix} {text:?} missing from {}: {:?}",
            f.topic,
            words(cmp, f)
        );
    }
}

/// The quote finding one of whose quotations holds `words`.
pub fn quote_finding<'a>(cmp: &'a Comparison, words: &str) -> &'a Finding {
    cmp.findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .find(|f| {
            f.claims.iter().any(|&i| match &cmp.claims[i].value {
                claimdiff::model::Value::Quote(q) => q.text.contains(words),
                _ => false,
            })
        })
        .unwrap_or_else(|| panic!("no quote finding with {words:?}: {:#?}", cmp.findings))
}

/// (source id up to its first '-', speaker) of each quotation of a finding, sorted.
pub fn speakers(cmp: &Comparison, f: &Finding) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = f
        .claims
        .iter()
        .filter_map(|&i| {
            let c = &cmp.claims[i];
            match &c.value {
                Value::Quote(q) => Some((
                    c.source.split('-').next().unwrap_or("").to_string(),
                    q.speaker.clone(),
                )),
                _ => None,
            }
        })
        .collect();
    out.sort();
    out
}

/// Every position claim as (source id up to its first '-', holder, stance, target), sorted.
pub fn positions(cmp: &Comparison) -> Vec<(String, String, String, String)> {
    let mut out: Vec<_> = cmp
        .claims
        .iter()
        .filter_map(|c| match &c.value {
            Value::Position(p) => Some((
                c.source.split('-').next().unwrap_or("").to_string(),
                p.holder.clone(),
                p.stance.clone(),
                p.target.clone(),
            )),
            _ => None,
        })
        .collect();
    out.sort();
    out
}

/// Whether `positions` holds this position of this source.
pub fn has_position(
    positions: &[(String, String, String, String)],
    source: &str,
    holder: &str,
    stance: &str,
    target: &str,
) -> bool {
    positions.iter().any(|p| {
        (p.0.as_str(), p.1.as_str(), p.2.as_str(), p.3.as_str()) == (source, holder, stance, target)
    })
}

/// The contradicting findings of an event, as the words of their claims.
pub fn contradictions(cmp: &Comparison) -> Vec<Vec<&str>> {
    cmp.findings
        .iter()
        .filter(|f| f.verdict == claimdiff::model::Verdict::Contradict)
        .map(|f| words(cmp, f))
        .collect()
}

/// Whether no finding holds both claims, each given as (source, words).
pub fn apart(cmp: &Comparison, a: (&str, &str), b: (&str, &str)) -> bool {
    let (i, _) = claim(cmp, a.0, a.1);
    let (j, _) = claim(cmp, b.0, b.1);
    !cmp.findings
        .iter()
        .any(|f| f.claims.contains(&i) && f.claims.contains(&j))
}

/// The words of every claim of an event, in claim order.
pub fn claim_texts(cmp: &Comparison) -> Vec<&str> {
    cmp.claims
        .iter()
        .filter_map(|c| Some(c.span.slice(&cmp.article_of(c)?.text)))
        .collect()
}
