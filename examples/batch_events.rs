//! Writes a synthetic input for `claimdiff batch`: events as JSON Lines, made of real articles
//! of a folder of event folders, cycling through its events (each event at most 5 articles), until
//! the number of articles or events asked for is reached. For the batch benchmark
//! (`benches/batch/run.sh`) and the Spark demo (`scripts/spark/run.sh`).
//!
//! `cargo run --release --example batch_events -- CLUSTERS PREFIX (articles|events) N > events.jsonl`
//! e.g. `… ../shared/corpus/clusters fakes- articles 10000`: FA-KES clusters only.

use claimdiff::load::{LoadOptions, event_folders, load_paths};
use serde_json::json;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Articles per event at most.
const MAX_ARTICLES: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, prefix, unit, n] = args.as_slice() else {
        usage("expected 4 arguments");
    };
    let count_articles = match unit.as_str() {
        "articles" => true,
        "events" => false,
        _ => usage("the third argument is `articles` or `events`"),
    };
    let Ok(n) = n.parse::<usize>() else {
        usage("N is a number")
    };
    let folders: Vec<PathBuf> = event_folders(&PathBuf::from(dir))
        .unwrap_or_else(|e| usage(&e.to_string()))
        .into_iter()
        .filter(|f| {
            f.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix.as_str()))
        })
        .collect();
    // Each cluster once, as the JSON of its articles.
    let clusters: Vec<(String, Vec<serde_json::Value>)> = folders
        .iter()
        .filter_map(|f| {
            let articles = load_paths(std::slice::from_ref(f), &LoadOptions::default()).ok()?;
            let name = f.file_name()?.to_string_lossy().into_owned();
            let records = articles
                .iter()
                .take(MAX_ARTICLES)
                .map(|a| {
                    json!({
                        "id": a.id,
                        "title": a.title,
                        "body": a.body_text(),
                        "outlet": a.outlet,
                        "published": a.published.map(|d| d.to_string()),
                        "url": a.url,
                    })
                })
                .collect();
            Some((name, records))
        })
        .collect();
    if clusters.is_empty() {
        usage(&format!(
            "no event folder starting with {prefix:?} in {dir}"
        ));
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut events, mut articles) = (0usize, 0usize);
    while (if count_articles { articles } else { events }) < n {
        let (name, records) = &clusters[events % clusters.len()];
        let take = if count_articles {
            records.len().min(n - articles)
        } else {
            records.len()
        };
        let line = json!({
            "id": format!("ev{:06}-{name}", events + 1),
            "articles": &records[..take],
        });
        serde_json::to_writer(&mut out, &line).expect("write the events");
        out.write_all(b"\n").expect("write the events");
        events += 1;
        articles += take;
    }
    out.flush().expect("write the events");
    eprintln!("{events} events, {articles} articles");
}

fn usage(why: &str) -> ! {
    eprintln!(
        "batch_events: {why}\nusage: batch_events CLUSTERS PREFIX (articles|events) N > events.jsonl"
    );
    std::process::exit(2)
}
