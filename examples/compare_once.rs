//! Compares one synthetic event once, for profiling the comparison (valgrind --tool=callgrind):
//! `cargo run --release --example compare_once -- SOURCES CLAIMS_PER_SOURCE SPREAD`. The event is
//! made of real cluster articles as benches/scale_event.rs says; with `--setup-only` it builds
//! the event and stops, so the setup's cost can be subtracted.

#[path = "../benches/scale_event.rs"]
mod scale_event;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (sources, per_source, spread) = (number(0, 2), number(1, 100), number(2, 2));
    let pool = scale_event::pool();
    let (articles, claims) = scale_event::event(&pool, sources, per_source, spread);
    let n = claims.len();
    if args.iter().any(|a| a == "--setup-only") {
        println!("{sources} sources, {n} claims (setup only)");
        return;
    }
    // `REPEAT=N` compares copies N times first, for sampling profilers (`perf record`), which
    // need more than one 7 ms run. Each comparison (with dropping its result, as the bench
    // does, but not the copying) is timed: the fastest and the median are printed, the
    // fastest being the figure least disturbed by other work on a busy machine.
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let mut times = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let (a, c) = (articles.clone(), claims.clone());
        let start = std::time::Instant::now();
        drop(std::hint::black_box(claimdiff::compare::compare(a, c)));
        times.push(start.elapsed());
    }
    times.sort_unstable();
    if let (Some(fastest), Some(median)) = (times.first(), times.get(times.len() / 2)) {
        println!("{repeat} runs: fastest {fastest:.2?}, median {median:.2?}");
    }
    let findings = claimdiff::compare::compare(articles, claims).findings.len();
    println!("{sources} sources, {n} claims, {findings} findings");
}
