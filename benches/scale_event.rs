//! One synthetic event of N sources with about C claims each, made of real news text, for
//! measuring how comparison scales (benches/compare.rs, examples/compare_once.rs).
//!
//! The text is the shared corpus's same-event clusters (../shared/corpus/clusters, or
//! `$CLAIMDIFF_SHARED/corpus`), largest cluster first; without the corpus, the events in
//! `articles/`. For C claims per source, a window of consecutive articles holding about C
//! claims (or S·C, see [`event`]) is the event's material; source i is the window's articles
//! read from the i-th one on (wrapping), joined into one text, cut after its first C claims. So
//! every source reports the same story, or part of it, in its own order, as outlets covering
//! one event do.

use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::model::{Article, Claim};
use std::path::{Path, PathBuf};

/// The articles of the corpus clusters (largest cluster first), else of `articles/`.
pub fn pool() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("CLAIMDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"));
    let mut dir = shared.join("corpus/clusters");
    if !dir.exists() {
        eprintln!(
            "missing {}: falling back to the events in articles/ (set CLAIMDIFF_SHARED to the \
             folder that holds corpus/)",
            dir.display()
        );
        dir = root.join("articles");
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut events: Vec<Vec<Article>> = folders
        .iter()
        .map(|f| {
            load_paths(std::slice::from_ref(f), &LoadOptions::default())
                .unwrap_or_else(|e| panic!("{} does not load: {e}", f.display()))
        })
        .collect();
    // Largest first; the sort is stable, so equal sizes keep folder order.
    events.sort_by_key(|e| std::cmp::Reverse(e.len()));
    events.into_iter().flatten().collect()
}

/// An event of `sources` sources with `claims_per_source` claims each (fewer only when the
/// whole pool holds fewer), built from `pool` as the module says, from a window holding
/// `spread` times the claims of one source: with 1, every source tells the whole story in its
/// own order, so the event's material is the same for any number of sources; with 2, each
/// source tells about half of it and more sources bring more of it, up to twice.
pub fn event(
    pool: &[Article],
    sources: usize,
    claims_per_source: usize,
    spread: usize,
) -> (Vec<Article>, Vec<Claim>) {
    let counts: Vec<usize> = pool.iter().map(|a| extract(a).claims.len()).collect();
    // The window: consecutive articles holding `spread` times the claims of one source.
    let mut window = 0;
    let mut held = 0;
    while window < pool.len() && held < spread * claims_per_source {
        held += counts[window];
        window += 1;
    }
    let window = window.max(1);
    let mut articles = Vec::new();
    let mut claims = Vec::new();
    for i in 0..sources {
        let mut text = String::new();
        let mut taken = 0;
        for k in 0..window {
            let a = &pool[(i + k) % window];
            text.push_str(&a.text);
            text.push_str("\n\n");
            taken += counts[(i + k) % window];
            if taken >= claims_per_source {
                break;
            }
        }
        let first = &pool[i % window];
        let mut article = Article::from_text(format!("source-{i:02}"), text);
        article.published = first.published;
        let mut own = extract(&article).claims;
        own.truncate(claims_per_source);
        claims.extend(own);
        articles.push(article);
    }
    (articles, claims)
}
