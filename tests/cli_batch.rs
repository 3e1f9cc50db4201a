//! `claimdiff batch` end to end: a folder of event folders and events as JSON Lines (a file or
//! standard input) in, one JSON line per event out, in input order whatever the number of
//! threads; each result is the object `compare --format json` writes for that event; bad events
//! get their own error lines and do not stop the batch; exit codes; no progress bar when piped.

mod common;

use common::{claimdiff, root};
use predicates::prelude::*;
use serde_json::{Value as Json, json};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

const ARTICLES: &str = "articles";
const EVENTS: [&str; 5] = [
    "ecb-20-ecbplus",
    "ecb-41-ecb",
    "fakes-2016-07-02-damascus",
    "fakes-2016-07-19-aleppo",
    "kerry-putin-2015",
];

/// stdout of a run that must exit 0.
fn batch_stdout(args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = claimdiff();
    cmd.arg("batch").args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_owned());
    }
    let out = cmd.assert().code(0).get_output().clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Every output line as JSON.
fn lines(out: &str) -> Vec<Json> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn compare_json(path: &Path) -> Json {
    let out = claimdiff()
        .args(["compare", "--format", "json"])
        .arg(path)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("compare writes JSON")
}

/// The comparison with every source's `path` removed (it names where the articles were read).
fn without_paths(mut result: Json) -> Json {
    for source in result["sources"].as_array_mut().expect("sources") {
        source.as_object_mut().expect("a source").remove("path");
    }
    result
}

fn finding<'a>(result: &'a Json, kind: &str, topic: &str) -> &'a Json {
    result["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["kind"] == kind && f["topic"] == topic)
        .unwrap_or_else(|| panic!("no {kind} finding on {topic}: {result}"))
}

/// The body of an article file: its text after the front matter.
fn body_of(file: &Path) -> String {
    let text = std::fs::read_to_string(file).expect("article file");
    match text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
    {
        Some((_, body)) => body.to_owned(),
        None => text,
    }
}

/// One event line holding the articles of an `articles/` event folder, bodies only.
fn event_line(id: &str, folder: &str) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(ARTICLES).join(folder))
        .expect("event folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("README")
        })
        .collect();
    files.sort();
    let articles: Vec<Json> = files
        .iter()
        .map(|f| json!({"id": f.file_stem().unwrap().to_string_lossy(), "body": body_of(f)}))
        .collect();
    json!({"id": id, "articles": articles}).to_string()
}

/// Two wire reports of one strike that disagree on the toll.
const STRIKE: &str = r#"{"id": "douma-strike", "articles": [
  {"id": "wire", "title": "Strike on Douma market", "body": "DAMASCUS, March 3 - An air strike on a market in Douma killed 56 people on Tuesday, the Syrian Observatory for Human Rights said.", "outlet": "Wire", "published": "2016-03-03"},
  {"id": "paper", "body": "An air strike on a market in Douma on Tuesday killed 62 people, the Syrian Observatory for Human Rights said.", "outlet": "Paper", "published": "2016-03-03", "url": "https://paper.test/douma"}]}"#;

/// Events as JSON Lines: the strike, a line that is not JSON, an event with no articles, and
/// the events of `articles/` (bodies only) `repeat` times over.
fn events_jsonl(repeat: usize) -> String {
    let mut out = vec![
        STRIKE.replace('\n', ""),
        "{\"id\": \"broken\", \"articles\": [".to_owned(),
        String::new(),
        r#"{"id": "no-articles", "articles": []}"#.to_owned(),
    ];
    for round in 0..repeat {
        for event in EVENTS {
            out.push(event_line(&format!("{event}-{round}"), event));
        }
    }
    out.join("\n") + "\n"
}

#[test]
fn a_folder_of_events_gives_one_line_per_event_each_the_compare_result() {
    let out = batch_stdout(&[ARTICLES, "--progress", "never"], None);
    let lines = lines(&out);
    let events: Vec<&str> = lines.iter().map(|l| l["event"].as_str().unwrap()).collect();
    assert_eq!(events, EVENTS);
    for (line, event) in lines.iter().zip(EVENTS) {
        assert_eq!(line["ok"], true, "{event}");
        let direct = compare_json(&Path::new(ARTICLES).join(event));
        assert_eq!(line["result"], direct, "{event}: batch and compare differ");
    }
    let kerry = &lines[4]["result"];
    assert_eq!(kerry["schema_version"], 1);
    assert_eq!(
        finding(kerry, "figure", "people killed")["verdict"],
        "compatible"
    );
}

#[test]
fn a_folder_without_articles_is_its_own_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("events");
    for event in ["a-kerry", "c-kerry"] {
        let to = events.join(event);
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(root().join(ARTICLES).join("kerry-putin-2015")).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
        }
    }
    std::fs::create_dir_all(events.join("b-empty")).unwrap();
    std::fs::write(events.join("b-empty/README.md"), "no articles here").unwrap();

    let assert = claimdiff()
        .arg("batch")
        .arg(&events)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("3 events, 1 failed"));
    let out = lines(&String::from_utf8(assert.get_output().stdout.clone()).unwrap());
    let got: Vec<(&str, bool)> = out
        .iter()
        .map(|l| (l["event"].as_str().unwrap(), l["ok"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        got,
        [("a-kerry", true), ("b-empty", false), ("c-kerry", true)]
    );
    let error = out[1]["error"].as_str().unwrap();
    assert!(
        error.contains("b-empty: no article files (.txt, .md, .html, .json, .jsonl) in it"),
        "{error}"
    );
    assert_eq!(out[1].get("result"), None);
    assert_eq!(out[0]["result"], compare_json(&events.join("a-kerry")));
}

#[test]
fn bad_lines_get_error_lines_and_the_others_their_results() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("events.jsonl");
    std::fs::write(&input, events_jsonl(1)).unwrap();
    let assert = claimdiff()
        .arg("batch")
        .arg(&input)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "claimdiff: batch: 8 events, 2 failed, ",
        ));
    let out = lines(&String::from_utf8(assert.get_output().stdout.clone()).unwrap());
    assert_eq!(out.len(), 8);

    let strike = &out[0];
    assert_eq!(
        (&strike["event"], &strike["ok"]),
        (&json!("douma-strike"), &json!(true))
    );
    let toll = finding(&strike["result"], "figure", "people killed");
    assert_eq!(toll["verdict"], "contradict");
    let sources: Vec<&str> = strike["result"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["douma-strike/wire", "douma-strike/paper"]);
    assert_eq!(
        strike["result"]["sources"][1]["url"],
        "https://paper.test/douma"
    );

    assert_eq!(out[1]["event"], Json::Null);
    assert_eq!(out[1]["ok"], false);
    let broken = out[1]["error"].as_str().unwrap();
    assert!(
        broken.contains("events.jsonl: line 2 is not valid JSON"),
        "{broken}"
    );
    assert_eq!(out[2]["event"], "no-articles");
    let empty = out[2]["error"].as_str().unwrap();
    assert!(empty.contains("line 4 has no articles"), "{empty}");

    // The events of articles/ as lines give what compare gives on their bodies as JSON files.
    for (line, event) in out[3..].iter().zip(EVENTS) {
        assert_eq!(line["event"], format!("{event}-0"));
        assert_eq!(line["ok"], true, "{line}");
        let folder = dir.path().join(event);
        std::fs::create_dir(&folder).unwrap();
        let record: Json = serde_json::from_str(&event_line(event, event)).unwrap();
        for article in record["articles"].as_array().unwrap() {
            let name = format!("{}.json", article["id"].as_str().unwrap());
            std::fs::write(folder.join(name), article.to_string()).unwrap();
        }
        assert_eq!(
            without_paths(line["result"].clone()),
            without_paths(compare_json(&folder)),
            "{event}"
        );
    }
}

#[test]
fn the_same_bytes_in_the_same_order_on_one_two_or_three_threads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("events.jsonl");
    std::fs::write(&input, events_jsonl(6)).unwrap();
    let input = input.to_str().unwrap();
    let one = batch_stdout(&[input, ARTICLES, "--threads", "1"], None);
    let two = batch_stdout(&[input, ARTICLES, "--threads", "2"], None);
    let three = batch_stdout(&[input, ARTICLES, "--threads", "3"], None);
    assert_eq!(one.lines().count(), 3 + 6 * EVENTS.len() + EVENTS.len());
    assert!(one == two, "1 and 2 threads differ");
    assert!(one == three, "1 and 3 threads differ");
    let events: Vec<String> = lines(&one)
        .iter()
        .map(|l| l["event"].as_str().unwrap_or("null").to_owned())
        .collect();
    assert_eq!(
        events[..4],
        ["douma-strike", "null", "no-articles", "ecb-20-ecbplus-0"]
    );
    assert_eq!(events[events.len() - 5..], EVENTS);
}

#[test]
fn standard_input_gives_what_the_file_gives() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("events.jsonl");
    let events = events_jsonl(1);
    std::fs::write(&input, &events).unwrap();
    let from_file = batch_stdout(&[input.to_str().unwrap()], None);
    let from_stdin = batch_stdout(&["-"], Some(&events));
    let (file_lines, stdin_lines) = (lines(&from_file), lines(&from_stdin));
    assert_eq!(file_lines.len(), stdin_lines.len());
    for (f, s) in file_lines.iter().zip(&stdin_lines) {
        if f["ok"] == true {
            assert_eq!(f, s);
        } else {
            // Messages name where the line came from.
            let message = s["error"].as_str().unwrap();
            assert!(message.starts_with("standard input: line "), "{message}");
        }
    }
}

#[test]
fn output_file_holds_the_lines_stdout_would() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("results.jsonl");
    let assert = claimdiff()
        .args(["batch", ARTICLES, "-o"])
        .arg(&file)
        .assert()
        .code(0);
    assert!(assert.get_output().stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, batch_stdout(&[ARTICLES], None));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "only the results file is left");
}

#[test]
fn piped_stderr_has_the_summary_and_no_progress_bar() {
    let assert = claimdiff().args(["batch", ARTICLES]).assert().code(0);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(!stderr.contains('\u{1b}'), "escape codes: {stderr:?}");
    assert!(!stderr.contains('\r'), "carriage returns: {stderr:?}");
    assert!(
        stderr.starts_with("claimdiff: batch: 5 events, 0 failed, 30 articles in "),
        "{stderr:?}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");

    // Asked for, the bar is drawn even when stderr is no terminal.
    let assert = claimdiff()
        .args(["batch", ARTICLES, "--progress", "always"])
        .assert()
        .code(0);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("\u{1b}["), "no bar drawn: {stderr:?}");
}

#[test]
fn exit_codes() {
    claimdiff()
        .args(["batch", "no-such-events.jsonl"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "no-such-events.jsonl: no such file or folder",
        ));
    claimdiff()
        .args(["batch", "articles/kerry-putin-2015"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "articles/kerry-putin-2015: no event folders in it",
        ));
    claimdiff()
        .args(["batch", "-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input is named twice"));
    claimdiff()
        .args(["batch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<INPUT>"));

    let failing = format!("{}\n{{\"id\": \"x\"}}\n", STRIKE.replace('\n', ""));
    claimdiff()
        .args(["batch", "-"])
        .write_stdin(failing.clone())
        .assert()
        .code(0)
        .stderr(predicate::str::contains("2 events, 1 failed"));
    claimdiff()
        .args(["batch", "-", "--fail-on", "error"])
        .write_stdin(failing)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"event\":\"x\",\"ok\":false"));
    claimdiff()
        .args(["batch", "-", "--fail-on", "error"])
        .write_stdin(STRIKE.replace('\n', ""))
        .assert()
        .code(0);
}

/// `claimdiff batch … | head -c1`: the reader goes away early; that is no error and no panic.
#[test]
fn broken_pipe_ends_the_batch_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("events.jsonl");
    std::fs::write(&input, events_jsonl(4)).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(root())
        .arg("batch")
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimdiff starts");
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).expect("some output");
    assert_eq!(&first, b"{");
    drop(stdout);
    let out = child.wait_with_output().expect("claimdiff ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
