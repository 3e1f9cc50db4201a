//! Golden reports: the markdown report and the JSON of every event folder under `articles/`,
//! as insta file snapshots in `tests/snapshots/golden__EVENT.md.snap` and
//! `golden__EVENT.json.snap`. A new event folder gets its snapshots the first time this runs.
//!
//! After a change that moves the numbers, review and accept the new reports with
//! `INSTA_UPDATE=always cargo test --test golden` (or `cargo insta review` when cargo-insta is
//! installed), then read the diff of `tests/snapshots/` before committing it.

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::report::{Format, RenderOptions, write_comparison};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The event folders of `articles/`, as paths relative to the crate root (`articles/NAME`), so
/// that the paths in the reports do not depend on where the repository is checked out.
fn events() -> Vec<PathBuf> {
    let mut events: Vec<PathBuf> = std::fs::read_dir(root().join("articles"))
        .expect("articles/ exists")
        .map(|e| e.expect("readable entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| Path::new("articles").join(e.file_name()))
        .collect();
    events.sort();
    assert!(!events.is_empty(), "no event folders in articles/");
    events
}

fn name(event: &Path) -> String {
    event.file_name().unwrap().to_string_lossy().into_owned()
}

/// The markdown report and the JSON of one event, as `claimdiff compare` writes them.
fn reports(event: &Path) -> (String, String) {
    let articles = load_paths(&[event.to_path_buf()], &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{} does not load: {e}", event.display()));
    let claims = articles.iter().flat_map(|a| extract(a).claims).collect();
    let cmp = compare(articles, claims);
    let render = |format| {
        let mut out = Vec::new();
        write_comparison(&cmp, format, RenderOptions::default(), &mut out).expect("renders");
        String::from_utf8(out).expect("UTF-8 report")
    };
    (render(Format::Markdown), render(Format::Json))
}

#[test]
fn every_event_matches_its_snapshots() {
    // Paths in the reports are relative to the crate root.
    std::env::set_current_dir(root()).expect("crate root");
    let mut failed = Vec::new();
    for event in events() {
        let name = name(&event);
        let (markdown, json) = reports(&event);
        // The JSON is the report other tools read: it must at least parse, whatever it says.
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(parsed["schema_version"], 1, "{name}");
        assert!(
            markdown.starts_with(&format!("# claimdiff report: {name}\n")),
            "{name}"
        );
        for (ext, format, content) in [("md", "markdown", markdown), ("json", "json", json)] {
            let mut settings = insta::Settings::clone_current();
            settings.set_description(format!(
                "claimdiff compare {} --format {format}",
                event.display()
            ));
            settings.set_omit_expression(true);
            let snapshot = format!("{name}.{ext}");
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                settings.bind(|| insta::assert_snapshot!(snapshot.as_str(), content));
            }));
            if outcome.is_err() {
                failed.push(snapshot);
            }
        }
    }
    assert!(
        failed.is_empty(),
        "these reports changed: {failed:?}. If the change is intended, accept the new reports \
         with `INSTA_UPDATE=always cargo test --test golden` (or `cargo insta review`) and review \
         the diff of tests/snapshots/"
    );
}

/// A snapshot whose event folder is gone is stale: it would never be checked again.
#[test]
fn every_snapshot_has_its_event() {
    let names: Vec<String> = events().iter().map(|e| name(e)).collect();
    let dir = root().join("tests/snapshots");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for e in entries {
        let file = e.unwrap().file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix("golden__") else {
            continue;
        };
        let Some(stem) = rest.strip_suffix(".snap") else {
            continue;
        };
        let event = stem
            .strip_suffix(".md")
            .or_else(|| stem.strip_suffix(".json"))
            .unwrap_or(stem);
        assert!(
            names.iter().any(|n| n == event),
            "tests/snapshots/{file} belongs to no folder of articles/: delete it"
        );
    }
}
