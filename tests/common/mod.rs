//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The shared corpus folder: `$CLAIMDIFF_SHARED/corpus` or `../shared/corpus` beside the
/// repository. When it is missing, says so and returns `None`; under CI (`CI` set) a missing
/// corpus is a failure, not a skip.
pub fn corpus(what: &str) -> Option<PathBuf> {
    let root = std::env::var_os("CLAIMDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = root.join("corpus").join(what);
    if dir.exists() {
        return Some(dir);
    }
    let msg = format!(
        "missing {}: this test reads the shared corpus ({what}) that sits beside the repository \
         as ../shared/corpus; set CLAIMDIFF_SHARED to the folder that holds corpus/",
        dir.display()
    );
    if std::env::var_os("CI").is_some() {
        panic!("{msg}");
    }
    eprintln!("SKIPPED: {msg}");
    None
}
