//! Extracts every article of the shared corpus's clusters once and prints bytes, claims and
//! time: a fixed workload for profilers (`valgrind --tool=callgrind`, `perf record`), where
//! criterion's adaptive loops would vary. `cargo run --release --example extract_once [DIR]`.

// The allocator the claimdiff binary uses, so the figures are the tool's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus/clusters"));
    let mut folders: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}; pass a folder of event folders", dir.display());
            std::process::exit(2);
        }
    };
    folders.sort();
    let articles: Vec<_> = folders
        .iter()
        .filter_map(|f| load_paths(std::slice::from_ref(f), &LoadOptions::default()).ok())
        .flatten()
        .collect();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    // `REPEAT=N` extracts everything N times and reports the fastest pass: the first pass also
    // builds the word tables and automata and touches fresh memory.
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1)
        .max(1);
    let mut claims = 0;
    let mut secs = f64::INFINITY;
    for _ in 0..repeat {
        let start = Instant::now();
        claims = articles.iter().map(|a| extract(a).claims.len()).sum();
        secs = secs.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} articles, {bytes} bytes, {claims} claims in {:.1} ms: {:.1} MB/s",
        articles.len(),
        secs * 1e3,
        bytes as f64 / secs / 1e6
    );
}
