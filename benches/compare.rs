//! The cost of comparing one event as it grows: sources from 2 to 64 at a fixed number of
//! claims per source, and claims per source from 10 to 1,000 at a fixed number of sources.
//!
//! `cargo bench --bench compare` (add `-- --quick` for a rough pass). Groups are named
//! `compare/sources@CLAIMSxSPREAD/SOURCES` and `compare/claims@SOURCESxSPREAD/CLAIMS`. Events are made of real
//! cluster articles as benches/scale_event.rs says; claims are extracted before timing, so only
//! `compare` is timed.

#[path = "scale_event.rs"]
mod scale_event;

// The allocator the claimdiff binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::compare::compare;
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::time::Duration;

/// Times `compare` on the events of `cases` (sources, claims per source, spread), named by
/// `param` of each case.
fn run(
    c: &mut Criterion,
    group: &str,
    cases: &[(usize, usize, usize)],
    param: impl Fn(usize, usize) -> usize,
) {
    let pool = scale_event::pool();
    let mut g = c.benchmark_group(group);
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for &(sources, per_source, spread) in cases {
        let (articles, claims) = scale_event::event(&pool, sources, per_source, spread);
        g.throughput(Throughput::Elements(claims.len() as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(param(sources, per_source)),
            &(),
            |b, _| {
                b.iter_batched(
                    || (articles.clone(), claims.clone()),
                    |(articles, claims)| compare(articles, claims).findings.len(),
                    BatchSize::LargeInput,
                )
            },
        );
    }
    g.finish();
}

/// 100 claims per source; every source tells the whole story (spread 1), or about half of it
/// (spread 2).
fn by_sources(c: &mut Criterion) {
    for spread in [1, 2] {
        let cases: Vec<_> = [2, 4, 8, 16, 32, 64].map(|n| (n, 100, spread)).to_vec();
        run(
            c,
            &format!("compare/sources@100x{spread}"),
            &cases,
            |n, _| n,
        );
    }
}

/// 8 sources, each telling about half of the story.
fn by_claims(c: &mut Criterion) {
    let cases: Vec<_> = [10, 100, 1000].map(|k| (8, k, 2)).to_vec();
    run(c, "compare/claims@8x2", &cases, |_, k| k);
}

criterion_group!(benches, by_sources, by_claims);
criterion_main!(benches);
