//! Throughput of extraction on real news text, and the cost of comparing one event as the
//! number of sources grows.
//!
//! `cargo bench --bench extract` (a couple of minutes on two cores). The text is the shared
//! corpus's same-event clusters (../shared/corpus/clusters, or `$CLAIMDIFF_SHARED/corpus`);
//! without it the benchmark says what is missing and falls back to the events in `articles/`.
//!
//! - `extract/clusters`: every article of every cluster, sentences and claims, in MB/s of
//!   article text.
//! - `extract/one long text`: the same articles' bodies four times over as one article (about
//!   4 MB), in MB/s: a long text must cost what its parts cost.
//! - `pipeline/clusters`: extract and compare each cluster as one event (what `claimdiff report`
//!   does per event, without loading and rendering).
//! - `compare/sources/N`: comparing N sources of one event, N = 2 to 64: copies of the three
//!   kerry-putin-2015 articles under distinct ids, claims extracted beforehand.

#[path = "../tests/common/mod.rs"]
mod common;

// The allocator the claimdiff binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::model::{Article, Claim};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The event folders directly in `dir`, sorted.
fn event_folders(dir: &Path) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    folders
}

/// The articles of each event: the corpus clusters, else `articles/`.
fn events() -> (String, Vec<Vec<Article>>) {
    let (what, dir) = match common::corpus("clusters") {
        Some(dir) => ("corpus clusters".to_owned(), dir),
        None => {
            eprintln!("falling back to the events in articles/");
            ("articles/".to_owned(), root().join("articles"))
        }
    };
    let events = event_folders(&dir)
        .iter()
        .map(|f| {
            load_paths(std::slice::from_ref(f), &LoadOptions::default())
                .unwrap_or_else(|e| panic!("{} does not load: {e}", f.display()))
        })
        .collect();
    (what, events)
}

fn extraction(c: &mut Criterion) {
    let (what, events) = events();
    let articles: Vec<&Article> = events.iter().flatten().collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let claims: usize = articles.iter().map(|a| extract(a).claims.len()).sum();
    eprintln!(
        "{what}: {} events, {} articles, {:.2} MB, {claims} claims",
        events.len(),
        articles.len(),
        bytes as f64 / 1e6
    );

    let mut g = c.benchmark_group("extract");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clusters", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| extract(black_box(a)).claims.len())
                .sum::<usize>()
        })
    });
    g.finish();

    // The same text as one article, four times over: a long text costs what its parts cost
    // (a rule that searched the whole text once per quotation made it quadratic).
    let long: String = std::iter::repeat_n(&articles, 4)
        .flatten()
        .map(|a| a.body_text())
        .collect::<Vec<_>>()
        .join("\n\n");
    let long = common::article("long", "2015-12-11", &long);
    let mut g = c.benchmark_group("extract");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .throughput(Throughput::Bytes(long.text.len() as u64));
    g.bench_function("one long text", |b| {
        b.iter(|| extract(black_box(&long)).claims.len())
    });
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6))
        .throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("clusters", |b| {
        b.iter_batched(
            || events.clone(),
            |events| {
                events
                    .into_iter()
                    .map(|articles| {
                        let claims: Vec<Claim> =
                            articles.iter().flat_map(|a| extract(a).claims).collect();
                        compare(articles, claims).findings.len()
                    })
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

/// `n` sources of one event: the kerry-putin-2015 articles taken in turn, each copy under an id
/// of its own, with their claims.
fn sources(n: usize) -> (Vec<Article>, Vec<Claim>) {
    let kerry = load_paths(
        &[root().join("articles/kerry-putin-2015")],
        &LoadOptions::default(),
    )
    .expect("articles/kerry-putin-2015 loads");
    let articles: Vec<Article> = (0..n)
        .map(|i| {
            let mut a = kerry[i % kerry.len()].clone();
            a.id = format!("{}-{}", a.id, i / kerry.len() + 1);
            a
        })
        .collect();
    let claims = articles.iter().flat_map(|a| extract(a).claims).collect();
    (articles, claims)
}

fn comparison(c: &mut Criterion) {
    let mut g = c.benchmark_group("compare/sources");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for n in [2, 8, 32, 64] {
        let (articles, claims) = sources(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter_batched(
                || (articles.clone(), claims.clone()),
                |(articles, claims)| compare(articles, claims).findings.len(),
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, extraction, comparison);
criterion_main!(benches);
