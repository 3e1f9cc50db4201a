//! The reports committed in `reports/` are what the current code writes: `claimdiff report
//! articles reports` writes `reports/EVENT.md`, `reports/EVENT.json` and `reports/EVENT.html`
//! for every event folder in `articles/`, and this test runs it into a temporary folder and
//! compares file by file. Every event has all three, and nothing else is there (a README or
//! dot-file aside).

use std::collections::BTreeSet;
use std::path::Path;

const REGENERATE: &str = "cargo run --release -- report articles reports";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// File names in `dir`, sorted; README and dot-files are not reports.
fn report_files(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .map(|e| e.expect("readable entry"))
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && !n.starts_with("README"))
        .collect()
}

/// The first line where `a` and `b` differ, to point the developer at the change (long lines,
/// as HTML has them, cut to where they differ).
fn first_difference(committed: &str, current: &str) -> String {
    let (mut a, mut b) = (committed.lines(), current.lines());
    for n in 1.. {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (None, None) => return "line endings differ".into(),
            (x, y) => {
                let (x, y) = (x.unwrap_or("<end>"), y.unwrap_or("<end>"));
                let same = x
                    .char_indices()
                    .zip(y.chars())
                    .find(|((_, c), d)| c != d)
                    .map_or(x.len().min(y.len()), |((i, _), _)| i);
                let from = x.floor_char_boundary(same.saturating_sub(60));
                let cut = |s: &str| -> String { s[from..].chars().take(120).collect() };
                return format!(
                    "line {n}, from byte {from}: committed {:?}, current {:?}",
                    cut(x),
                    cut(y)
                );
            }
        }
    }
    unreachable!()
}

#[test]
fn committed_reports_are_what_the_code_writes() {
    let fresh = tempfile::tempdir().expect("temp folder");
    // Run from the crate root so that the source paths in the reports read `articles/…`, as
    // they do when the developer regenerates them.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(root())
        .arg("report")
        .arg("articles")
        .arg(fresh.path())
        .output()
        .expect("claimdiff runs");
    assert!(
        out.status.success(),
        "`claimdiff report articles OUT` failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Every event folder has its three reports.
    let mut events: Vec<String> = std::fs::read_dir(root().join("articles"))
        .expect("articles/ exists")
        .map(|e| e.expect("readable entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    events.sort();
    assert!(!events.is_empty(), "no event folders in articles/");
    let expected: BTreeSet<String> = events
        .iter()
        .flat_map(|e| [format!("{e}.md"), format!("{e}.json"), format!("{e}.html")])
        .collect();
    let generated = report_files(fresh.path());
    assert_eq!(
        generated, expected,
        "`claimdiff report` should write EVENT.md, EVENT.json and EVENT.html per event folder"
    );

    let committed_dir = root().join("reports");
    let committed = report_files(&committed_dir);
    let mut problems = Vec::new();
    for name in &expected {
        let Ok(current) = std::fs::read_to_string(fresh.path().join(name)) else {
            problems.push(format!("reports/{name}: not written by the current code"));
            continue;
        };
        match std::fs::read_to_string(committed_dir.join(name)) {
            Err(_) => problems.push(format!("reports/{name}: missing")),
            Ok(old) if old != current => problems.push(format!(
                "reports/{name}: out of date ({})",
                first_difference(&old, &current)
            )),
            Ok(_) => {}
        }
    }
    for stale in committed.difference(&expected) {
        problems.push(format!(
            "reports/{stale}: stale, no event folder in articles/ writes it (delete it)"
        ));
    }
    assert!(
        problems.is_empty(),
        "the committed reports are not what the code writes:\n  {}\n\
         Regenerate them with `{REGENERATE}` and commit reports/.",
        problems.join("\n  ")
    );
}
