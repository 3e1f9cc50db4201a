//! The command line end to end: `compare` in every format on the seed event, `extract`, `report`,
//! `-o`, help, the exit codes and messages for unusable input, and a broken pipe.

mod common;

use common::{claimdiff, root};
use predicates::prelude::*;
use serde_json::Value as Json;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

const KERRY: &str = "articles/kerry-putin-2015";
const BLOOMBERG: &str = "articles/kerry-putin-2015/bloomberg-2015-12-11.txt";
const KERRY_SOURCES: [&str; 3] = [
    "bloomberg-2015-12-11",
    "wire-after-meeting-2015-12-16",
    "wire-announcement-2015-12-11",
];

fn stdout_of(args: &[&str]) -> String {
    let out = claimdiff().args(args).assert().code(0).get_output().clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn json_of(args: &[&str]) -> Json {
    let out = stdout_of(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

fn num(v: &Json) -> Option<f64> {
    v.as_f64()
}

/// `low <= n <= high`, with `null` an unbounded side.
fn bounds_contain(value: &Json, n: f64) -> bool {
    let low_ok = value["low"].is_null() || num(&value["low"]).is_some_and(|l| l <= n);
    let high_ok = value["high"].is_null() || num(&value["high"]).is_some_and(|h| h >= n);
    low_ok && high_ok
}

// ---- compare ----

#[test]
fn compare_table_names_the_war_toll() {
    claimdiff()
        .args(["compare", KERRY])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("people killed"))
        .stdout(predicate::str::contains("about 300,000 people killed"))
        .stdout(predicate::str::contains("compatible"))
        .stderr(predicate::str::contains("error").not());
}

#[test]
fn compare_json_finds_the_war_toll_compatible_across_all_three_sources() {
    let report = json_of(&["compare", KERRY, "--format", "json"]);
    assert_eq!(report["schema_version"], 1);
    let ids: Vec<&str> = report["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["id"].as_str().expect("source id"))
        .collect();
    assert_eq!(ids, KERRY_SOURCES);
    assert_eq!(report["sources"][0]["outlet"], "Bloomberg");
    assert_eq!(report["sources"][0]["published"], "2015-12-11");
    assert_eq!(report["sources"][0]["path"], BLOOMBERG);

    let findings = report["findings"].as_array().expect("findings");
    let texts = |f: &Json| -> Vec<String> {
        f["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| c["text"].as_str().expect("text").to_owned())
            .collect()
    };
    let toll: Vec<&Json> = findings
        .iter()
        .filter(|f| {
            let t = texts(f);
            t.iter().any(|x| x == "about 300,000 people")
                && t.iter().any(|x| x == "more than 250,000 people")
        })
        .collect();
    assert_eq!(
        toll.len(),
        1,
        "exactly one finding lines up the war tolls: {findings:#?}"
    );
    let toll = toll[0];
    assert_eq!(toll["kind"], "figure");
    assert_eq!(toll["verdict"], "compatible", "{toll:#}");
    assert!(
        toll["topic"].as_str().unwrap().contains("people killed"),
        "{toll:#}"
    );
    let claims = toll["claims"].as_array().unwrap();
    let mut sources: Vec<&str> = claims
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    sources.dedup();
    assert_eq!(sources, KERRY_SOURCES, "one claim from each source");
    for c in claims {
        let stated = match c["text"].as_str().unwrap() {
            "about 300,000 people" => 300_000.0,
            "more than 250,000 people" => 250_000.0,
            other => panic!("unexpected claim {other:?} in the war toll"),
        };
        let v = &c["value"];
        assert_eq!(v["type"], "quantity");
        assert_eq!(v["unit"], "people");
        assert_eq!(v["measure"], "killed");
        assert!(bounds_contain(v, stated), "{stated} within {v}");
        assert!(c["sentence"].as_str().unwrap().contains("killed"));
    }
    // "more than 250,000" has no upper bound; "about 300,000" has one above 300,000.
    let about = claims
        .iter()
        .find(|c| c["text"] == "about 300,000 people")
        .unwrap();
    assert!(num(&about["value"]["high"]).is_some_and(|h| h > 300_000.0));
    assert!(num(&about["value"]["low"]).is_some_and(|l| l < 300_000.0));
    let more = claims
        .iter()
        .find(|c| c["text"] == "more than 250,000 people")
        .unwrap();
    assert!(more["value"]["high"].is_null());
    assert!(!toll["explanation"].as_str().unwrap().is_empty());

    // The summary counts the verdicts.
    let count = |v: &str| findings.iter().filter(|f| f["verdict"] == v).count();
    let s = &report["summary"];
    assert_eq!(s["findings"], findings.len());
    for v in ["agree", "compatible", "contradict", "unique"] {
        assert_eq!(s[v], count(v), "summary {v}");
    }
}

#[test]
fn compare_markdown_has_the_verdict_sections_and_names_the_sources() {
    let md = stdout_of(&["compare", KERRY, "--format", "markdown"]);
    assert!(
        md.starts_with("# claimdiff report: kerry-putin-2015\n"),
        "{md}"
    );
    for heading in [
        "## Sources",
        "## Summary",
        "## Contradictions",
        "## Compatible",
        "## Agreements",
    ] {
        assert!(
            md.contains(&format!("\n{heading}\n")),
            "no {heading}:\n{md}"
        );
    }
    // Each source on a line of its own with its outlet and date.
    let line_with = |words: &[&str]| md.lines().any(|l| words.iter().all(|w| l.contains(w)));
    assert!(line_with(&[
        "bloomberg-2015-12-11",
        "Bloomberg",
        "2015-12-11"
    ]));
    assert!(line_with(&[
        "wire-after-meeting-2015-12-16",
        "constructed wire-style report",
        "2015-12-16"
    ]));
    // The war toll stands in the Compatible section, before the agreements.
    let compatible = md.find("\n## Compatible\n").unwrap();
    let agreements = md.find("\n## Agreements\n").unwrap();
    let toll = md.find("300,000").expect("the war toll is reported");
    assert!(compatible < toll && toll < agreements, "{md}");
}

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kerry.json");
    claimdiff()
        .args(["compare", KERRY, "--format", "json", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let written = std::fs::read_to_string(&out).expect("the report file exists");
    let report: Json = serde_json::from_str(&written).expect("the file is JSON");
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["sources"].as_array().unwrap().len(), 3);
    // Same report as on stdout.
    assert_eq!(written, stdout_of(&["compare", KERRY, "--format", "json"]));
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["kerry.json"]);
}

#[cfg(unix)]
#[test]
fn output_to_a_pipe_writes_through_it_and_leaves_it_a_pipe() {
    // `-o /dev/null` or `-o /dev/stdout` must not rename a file over the device; a named pipe
    // in a temporary folder stands in for them here.
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: mkfifo is not available");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(&fifo)
                .and_then(|mut f| f.read_to_string(&mut text))
                .map(|_| text)
        })
    };
    claimdiff()
        .args(["compare", KERRY, "--format", "json", "-o"])
        .arg(&fifo)
        .assert()
        .code(0);
    // Checked before joining the reader, which would wait forever on a replaced pipe.
    let meta = std::fs::metadata(&fifo).expect("the pipe is still there");
    assert!(meta.file_type().is_fifo(), "the pipe must stay a pipe");
    let text = reader.join().unwrap().expect("the pipe is readable");
    assert!(text.contains("\"schema_version\": 1"), "{text}");
}

// ---- extract ----

#[test]
fn extract_json_lists_shares_and_durations() {
    let listing = json_of(&["extract", BLOOMBERG, "--format", "json"]);
    assert_eq!(listing["schema_version"], 1);
    assert_eq!(listing["sources"][0]["id"], "bloomberg-2015-12-11");
    let claims = listing["claims"].as_array().expect("claims");
    let text = std::fs::read_to_string(root().join(BLOOMBERG)).unwrap();
    let find = |t: &str| {
        claims
            .iter()
            .find(|c| c["text"] == t)
            .unwrap_or_else(|| panic!("no claim {t:?} in {claims:#?}"))
    };

    let quarter = find("a quarter");
    assert_eq!(quarter["kind"], "figure");
    assert_eq!(quarter["value"]["unit"], "percent");
    assert_eq!(num(&quarter["value"]["estimate"]), Some(25.0));

    let sixty = find("60 percent");
    assert_eq!(sixty["kind"], "figure");
    assert_eq!(sixty["value"]["unit"], "percent");
    assert_eq!(num(&sixty["value"]["estimate"]), Some(60.0));

    let five = find("five-year");
    assert_eq!(five["kind"], "duration");
    assert_eq!(five["value"]["type"], "duration");
    assert_eq!(five["value"]["timex"], "P5Y");
    assert_eq!(five["value"]["unit"], "year");

    for c in claims {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), c["text"].as_str(), "{}", c["id"]);
        assert_eq!(c["source"], "bloomberg-2015-12-11");
    }
}

#[test]
fn extract_table_lists_the_claims() {
    claimdiff()
        .args(["extract", BLOOMBERG])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("about 300,000 people"))
        .stdout(predicate::str::contains("60 percent"));
}

// ---- unusable input ----

#[test]
fn missing_path_exits_2_and_names_it() {
    claimdiff()
        .args(["compare", "articles/no-such-event"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("articles/no-such-event"));
}

#[test]
fn unknown_format_is_a_usage_error() {
    claimdiff()
        .args(["compare", KERRY, "--format", "yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'yaml'"))
        .stderr(predicate::str::contains("markdown"));
    // `extract` has no markdown format.
    claimdiff()
        .args(["extract", KERRY, "--format", "markdown"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'markdown'"));
}

#[test]
fn published_must_be_a_date() {
    claimdiff()
        .args(["extract", BLOOMBERG, "--published", "notadate"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("YYYY-MM-DD"))
        .stderr(predicate::str::contains("notadate"));
}

#[test]
fn no_path_is_a_usage_error() {
    claimdiff()
        .args(["compare"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("PATH"));
}

#[test]
fn output_into_a_missing_folder_exits_2_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    claimdiff()
        .args(["compare", KERRY, "--format", "json", "-o"])
        .arg(missing.join("report.json"))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(missing.to_string_lossy()));
    assert!(!missing.exists(), "no folder is created behind the user");
}

// ---- broken pipe ----

/// `claimdiff extract BIG | head -c1`: the reader goes away early; that is no error and no
/// panic.
#[test]
fn broken_pipe_is_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(BLOOMBERG)).unwrap();
    let body = text.splitn(3, "---\n").nth(2).expect("front matter");
    let big = dir.path().join("big.txt");
    std::fs::write(&big, body.repeat(100)).unwrap();

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("extract")
        .arg(&big)
        .args(["--format", "json", "--published", "2015-12-11"])
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
    assert_ne!(out.status.code(), Some(101), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

// ---- report ----

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

#[test]
fn report_writes_markdown_json_and_html_per_event() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    copy_dir(&root().join(KERRY), &articles.join("kerry-putin-2015"));
    let out = dir.path().join("out");
    claimdiff()
        .current_dir(dir.path())
        .args(["report", "articles", "out"])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("kerry-putin-2015"));
    let mut written: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            out.join("kerry-putin-2015.html"),
            out.join("kerry-putin-2015.json"),
            out.join("kerry-putin-2015.md")
        ]
    );
    let md = std::fs::read_to_string(out.join("kerry-putin-2015.md")).unwrap();
    assert!(md.starts_with("# claimdiff report: kerry-putin-2015\n"));
    assert!(md.contains("300,000"));
    let report: Json =
        serde_json::from_str(&std::fs::read_to_string(out.join("kerry-putin-2015.json")).unwrap())
            .unwrap();
    assert_eq!(report["schema_version"], 1);
    assert_eq!(
        report["sources"][0]["path"],
        "articles/kerry-putin-2015/bloomberg-2015-12-11.txt"
    );
    // The report is the one `compare` writes.
    let compared: Json = serde_json::from_str(
        &String::from_utf8(
            claimdiff()
                .current_dir(dir.path())
                .args(["compare", "articles/kerry-putin-2015", "--format", "json"])
                .assert()
                .code(0)
                .get_output()
                .stdout
                .clone(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(report, compared);
    // So is the HTML page, written to a file with `-o`.
    let html = std::fs::read_to_string(out.join("kerry-putin-2015.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n"), "{}", &html[..100]);
    assert!(html.contains("<h1>kerry-putin-2015</h1>"));
    claimdiff()
        .current_dir(dir.path())
        .args([
            "compare",
            "articles/kerry-putin-2015",
            "-f",
            "html",
            "-o",
            "page.html",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("page.html")).unwrap(),
        html
    );
}

#[test]
fn report_without_event_folders_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    claimdiff()
        .current_dir(dir.path())
        .args(["report", ".", "out"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no event folders"));
}

// ---- help ----

#[test]
fn help_lists_the_commands_and_formats() {
    claimdiff()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("compare"))
        .stdout(predicate::str::contains("extract"))
        .stdout(predicate::str::contains("report"));
    let compare = stdout_of(&["compare", "--help"]);
    for f in ["table", "markdown", "json", "html", "--format", "--output"] {
        assert!(compare.contains(f), "compare --help lacks {f}:\n{compare}");
    }
    let extract = stdout_of(&["extract", "--help"]);
    for f in ["table", "json", "--published", "YYYY-MM-DD"] {
        assert!(extract.contains(f), "extract --help lacks {f}:\n{extract}");
    }
}

const ECB20: &str = "articles/ecb-20-ecbplus";

#[test]
fn only_and_kinds_keep_just_the_findings_asked_for() {
    let all = json_of(&["compare", ECB20, "--format", "json"]);
    let only = json_of(&[
        "compare",
        ECB20,
        "--format",
        "json",
        "--only",
        "contradict,compatible",
    ]);
    let verdicts = |j: &Json| -> Vec<String> {
        j["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["verdict"].as_str().unwrap().to_owned())
            .collect()
    };
    let expected: Vec<String> = verdicts(&all)
        .into_iter()
        .filter(|v| v == "contradict" || v == "compatible")
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(verdicts(&only), expected);
    assert_eq!(only["summary"]["unique"], 0);

    let dates = json_of(&["compare", KERRY, "--format", "json", "--kinds", "date"]);
    let findings = dates["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["kind"] == "date"), "{findings:?}");

    let claims = json_of(&[
        "extract",
        BLOOMBERG,
        "--format",
        "json",
        "--kinds",
        "figure,duration",
    ]);
    let kinds: std::collections::BTreeSet<&str> = claims["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["duration", "figure"].into_iter().collect());

    claimdiff()
        .args(["compare", KERRY, "--only", "maybe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("contradict"));
}

#[test]
fn fail_on_contradict_exits_1_only_when_a_contradiction_is_shown() {
    // ecb-20-ecbplus has a contradiction; the seed event has none.
    claimdiff()
        .args(["compare", ECB20, "--fail-on", "contradict"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("contradict"));
    claimdiff()
        .args(["compare", KERRY, "--fail-on", "contradict"])
        .assert()
        .code(0);
    // Filtered out, it no longer fails the run.
    claimdiff()
        .args([
            "compare",
            ECB20,
            "--fail-on",
            "contradict",
            "--only",
            "agree",
        ])
        .assert()
        .code(0);
    // Without --fail-on, contradictions are a result, not a failure.
    claimdiff().args(["compare", ECB20]).assert().code(0);
}

#[test]
fn color_always_colours_verdicts_and_never_or_a_pipe_does_not() {
    let coloured = stdout_of(&["compare", KERRY, "--color", "always"]);
    assert!(coloured.contains("\u{1b}["), "no escape codes:\n{coloured}");
    for args in [
        &["compare", KERRY, "--color", "never"][..],
        &["compare", KERRY][..],
    ] {
        let plain = stdout_of(args);
        assert!(!plain.contains('\u{1b}'), "{args:?} wrote escape codes");
        assert!(plain.contains("compatible"));
    }
    // A file never gets colour.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.txt");
    claimdiff()
        .args(["compare", KERRY, "--color", "always", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    assert!(!std::fs::read_to_string(out).unwrap().contains('\u{1b}'));
}

#[test]
fn completions_and_man_page_come_from_the_command_definitions() {
    let bash = stdout_of(&["completions", "bash"]);
    assert!(
        bash.contains("_claimdiff()") || bash.contains("_claimdiff ()"),
        "{bash}"
    );
    for word in [
        "compare",
        "extract",
        "report",
        "--fail-on",
        "--only",
        "--kinds",
    ] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
    let zsh = stdout_of(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef claimdiff"), "{zsh}");
    let man = stdout_of(&["man"]);
    assert!(man.contains(".TH claimdiff"), "{man}");
    assert!(man.contains("compare") && man.contains("extract"), "{man}");
    claimdiff()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bash"));
}

/// Runs claimdiff on a pseudo-terminal (util-linux `script`), with `NO_COLOR` set or not, and
/// returns what it printed; `None` (with a note) where `script` is missing.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("claimdiff");
    let mut cmd = std::process::Command::new("script");
    cmd.current_dir(root())
        .args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
        .env("COLUMNS", "120")
        .env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    match cmd.output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(e) => {
            eprintln!("SKIPPED: util-linux `script` is needed to run on a terminal ({e})");
            None
        }
    }
}

#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let Some(coloured) = on_a_terminal(&format!("compare {KERRY}"), false) else {
        return;
    };
    assert!(
        coloured.contains("\u{1b}["),
        "no colour on a terminal:\n{coloured}"
    );
    let plain = on_a_terminal(&format!("compare {KERRY}"), true).unwrap();
    assert!(!plain.contains("\u{1b}["), "NO_COLOR ignored:\n{plain}");
    assert!(plain.contains("compatible"));
    // The table fits the terminal's 120 columns.
    assert!(
        plain.lines().all(|l| l.trim_end().chars().count() <= 120),
        "{plain}"
    );
    let forced = on_a_terminal(&format!("compare {KERRY} --color never"), false).unwrap();
    assert!(!forced.contains("\u{1b}["));
}
