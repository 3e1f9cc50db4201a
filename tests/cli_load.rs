//! The loader through the command line: exit codes and messages for unusable input, and the
//! events shipped in `articles/`.

use assert_cmd::Command;
use claimdiff::load::{LoadOptions, load_paths};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").expect("the claimdiff binary is built")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file is writable");
    path
}

#[test]
fn missing_path_exits_2_and_names_it() {
    claimdiff()
        .args(["extract", "no/such/article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no/such/article.txt: no such file or folder",
        ));
}

#[test]
fn empty_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.txt", b" \n\r\n");
    claimdiff()
        .arg("extract")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.txt: is empty"));
}

#[test]
fn binary_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    );
    claimdiff()
        .arg("extract")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "photo.txt: looks binary, not text",
        ));
}

#[test]
fn folder_without_articles_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "README.md", b"About this event.\n");
    write(dir.path(), "notes.csv", b"a,b\n");
    claimdiff()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no article files (.txt, .md, .html, .json, .jsonl) in it",
        ));
}

#[test]
fn invalid_json_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "feed.json",
        b"{\"title\": \"Kerry\", \"body\": ",
    );
    claimdiff()
        .arg("extract")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("feed.json: is not valid JSON"));
}

#[test]
fn invalid_utf8_loads_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin1.txt",
        b"Kerry in Moscow\n\nMOSCOW, Dec. 16, 2015 - Caf\xE9 talks with Putin lasted three hours.\n",
    );
    claimdiff()
        .arg("extract")
        .arg(&path)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "latin1.txt: not valid UTF-8; undecodable bytes were replaced",
        ));
}

#[test]
fn stdin_is_one_article() {
    claimdiff()
        .args(["extract", "-", "--published", "2015-12-11"])
        .write_stdin("Kerry to Meet Putin\n\nKerry will meet Putin in Moscow next week.\n")
        .assert()
        .code(0)
        .stderr(predicate::str::contains("error").not());
}

#[test]
fn missing_date_is_a_warning_not_an_error() {
    claimdiff()
        .args(["extract", "-"])
        .write_stdin("Kerry to Meet Putin\n\nKerry will meet Putin in Moscow next week.\n")
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "-: no publication date found (no front matter, dateline or \"Updated on\" line)",
        ));
}

/// Every event folder of `articles/` loads: every file, with its attribution, with spans that
/// index the text.
#[test]
fn shipped_events_load() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let mut events: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("articles/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    events.sort();
    assert!(events.len() >= 5, "expected the shipped events in {root:?}");
    for event in events {
        let articles = load_paths(std::slice::from_ref(&event), &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{} does not load: {e}", event.display()));
        let files = std::fs::read_dir(&event)
            .expect("readable event")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))
            })
            .count();
        assert_eq!(articles.len(), files, "{}", event.display());
        for a in &articles {
            assert!(a.body.indexes(&a.text), "{}: body span", a.path);
            assert!(!a.body_text().trim().is_empty(), "{}: empty body", a.path);
            assert!(
                a.extra.contains_key("source"),
                "{}: no source: attribution",
                a.path
            );
            let front_matter_problems: Vec<&String> = a
                .warnings
                .iter()
                .filter(|w| w.starts_with("front matter"))
                .collect();
            assert!(
                front_matter_problems.is_empty(),
                "{}: {front_matter_problems:?}",
                a.path
            );
        }
    }
}

#[test]
fn a_folder_with_an_html_page_compares_it_with_the_text_articles() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("tests/fixtures/bloomberg-kerry-putin.html"),
        dir.path().join("bloomberg.htm"),
    )
    .unwrap();
    std::fs::copy(
        root.join("articles/kerry-putin-2015/wire-after-meeting-2015-12-16.txt"),
        dir.path().join("wire.txt"),
    )
    .unwrap();
    let articles = load_paths(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["bloomberg", "wire"]);
    assert_eq!(articles[0].outlet.as_deref(), Some("Bloomberg"));
    assert!(
        articles[0]
            .text
            .starts_with("Visit aims to narrow divisions")
    );
    claimdiff()
        .arg("compare")
        .arg(dir.path())
        .args(["--format", "markdown"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Dec. 18"));
}
