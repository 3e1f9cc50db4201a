//! Every input that once made a fuzz target fail (`fuzz/regressions/TARGET/*`), run through the
//! same check as that target (`fuzz/checks.rs`), plus the seed shapes each target starts from.

#[allow(dead_code)] // the fuzz targets use one check each; this file uses them all
#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// The inputs kept for `target`, in name order.
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    inputs.sort();
    inputs
}

fn run_all(target: &str, check: fn(&[u8])) {
    for (name, bytes) in regressions(target) {
        eprintln!("fuzz/regressions/{target}/{name}");
        check(&bytes);
    }
}

#[test]
fn load_regressions() {
    run_all("load", checks::check_load);
}

#[test]
fn extract_regressions() {
    run_all("extract", checks::check_extract);
}

#[test]
fn compare_regressions() {
    run_all("compare", checks::check_compare);
}

/// The checks themselves on small inputs of every selector, so that they run in every
/// `cargo test` even when no regression is kept.
#[test]
fn checks_accept_ordinary_input() {
    let article = b"WASHINGTON, Dec. 11 - The attack killed 17 people, officials said.\n";
    for selector in 0..8u8 {
        let input = [&[selector][..], article].concat();
        checks::check_load(&input);
        checks::check_extract(&input);
        checks::check_compare(&input);
    }
    let json = br#"{"title": "T", "body": "The attack killed 17 people."}"#;
    checks::check_load(&[&[1u8][..], json].concat());
    checks::check_compare(b"\x00Five killed.\x00Seven killed.");
}
