//! Throughput of `claimdiff batch` in process: every event folder of the shared corpus's
//! clusters (../shared/corpus/clusters, or `$CLAIMDIFF_SHARED/corpus`; without it the events
//! in `articles/`) loaded, extracted, compared and written as JSON lines, on 1 and 2 worker
//! threads, in events per second.
//!
//! `cargo bench --bench batch`. For the command line on 10,000 FA-KES articles, its memory and
//! its MB/s, see `benches/batch/run.sh`.

#[path = "../tests/common/mod.rs"]
mod common;

// The allocator the claimdiff binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::batch::{Progress, Settings, Show, open, write_results};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn events_dir() -> PathBuf {
    common::corpus("clusters").unwrap_or_else(|| {
        eprintln!("falling back to the events in articles/");
        Path::new(env!("CARGO_MANIFEST_DIR")).join("articles")
    })
}

fn batch(c: &mut Criterion) {
    let dir = events_dir();
    let events = claimdiff::load::event_folders(&dir)
        .expect("event folders")
        .len();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Elements(events as u64));
    for threads in [1, 2] {
        group.bench_with_input(
            BenchmarkId::new("clusters/threads", threads),
            &threads,
            |b, &threads| {
                let settings = Settings {
                    threads,
                    ..Settings::default()
                };
                b.iter(|| {
                    let mut out = Vec::with_capacity(16 << 20);
                    let mut progress = Progress::new(Show::Never);
                    let inputs = open(std::slice::from_ref(&dir)).expect("the events open");
                    let tally = write_results(inputs, &settings, &mut out, &mut progress)
                        .expect("the batch runs");
                    assert_eq!(tally.events, events);
                    out
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
