//! Hostile and odd input through the command line (and through the library where that is
//! cheaper): each case ends with exit 0 or 2, never a panic (101); exit 2 names the file and
//! says what to do; big inputs stay within a bounded amount of memory; a report file is
//! replaced whole or not at all; input files are never written; output is the same every run.
//!
//! Every run of the binary here has a watchdog (`RUN_LIMIT`): a run it has to kill fails the
//! test. That is a guard against hangs, not a timing assertion.

mod common;

use claimdiff::extract::extract;
use claimdiff::model::Article;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A run still going after this long is killed, and the test fails.
const RUN_LIMIT: Duration = Duration::from_secs(120);

const KERRY: &str = "articles/kerry-putin-2015";
const BLOOMBERG: &str = "articles/kerry-putin-2015/bloomberg-2015-12-11.txt";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary did.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    /// Peak resident memory of the process, in bytes (from `wait4`'s rusage).
    peak_rss: u64,
}

impl Run {
    /// Asserts the exit code and that no panic was reported; returns the run for more checks.
    fn expect(self, code: i32) -> Run {
        assert!(
            !self.stderr.contains("panicked"),
            "claimdiff panicked: {}",
            self.stderr
        );
        assert_eq!(self.code, code, "exit code; stderr: {}", self.stderr);
        self
    }

    /// Asserts exit 2 with a message naming `name` and containing `fix`.
    fn expect_input_error(self, name: &str, fix: &str) -> Run {
        let run = self.expect(2);
        assert!(run.stdout.is_empty(), "nothing on stdout: {}", run.stdout);
        assert!(run.stderr.contains(name), "names {name}: {}", run.stderr);
        assert!(run.stderr.contains(fix), "says {fix:?}: {}", run.stderr);
        run
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).expect("stdout is JSON")
    }
}

/// Runs `claimdiff ARGS` in the repository root with empty stdin, captures its output in
/// files (no pipe to fill up), and measures its peak memory with `wait4`.
fn claimdiff<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    claimdiff_with_stdin(args, None)
}

/// [`claimdiff`] with standard input read from `stdin` (empty when `None`).
fn claimdiff_with_stdin<I, S>(args: I, stdin: Option<&Path>) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let stdin = match stdin {
        Some(path) => Stdio::from(std::fs::File::open(path).expect("stdin file")),
        None => Stdio::piped(),
    };
    let capture = tempfile::tempdir().expect("a temporary folder");
    let out_path = capture.path().join("stdout");
    let err_path = capture.path().join("stderr");
    let child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .current_dir(root())
        .stdin(stdin)
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("claimdiff starts");
    let pid = child.id() as libc::pid_t;
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let start = Instant::now();
            while !done.load(Ordering::SeqCst) {
                if start.elapsed() > RUN_LIMIT {
                    // SAFETY: `pid` is our child, not yet reaped (`done` is unset).
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                    return true;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            false
        })
    };
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; `status` and `usage` outlive the call.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    done.store(true, Ordering::SeqCst);
    let killed = watchdog.join().unwrap();
    assert_eq!(waited, pid, "wait4 failed");
    drop(child); // already reaped; dropping does not wait
    assert!(
        !killed,
        "claimdiff ran longer than {RUN_LIMIT:?} and was killed"
    );
    let status = std::process::ExitStatus::from_raw(status);
    let stderr = std::fs::read_to_string(&err_path).unwrap();
    let code = status
        .code()
        .unwrap_or_else(|| panic!("claimdiff died of {status}: {stderr}"));
    Run {
        code,
        stdout: String::from_utf8_lossy(&std::fs::read(&out_path).unwrap()).into_owned(),
        stderr,
        peak_rss: u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024,
    }
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file is writable");
    path
}

/// The body of the seed's Bloomberg article, without its front matter.
fn bloomberg_body() -> String {
    let text = std::fs::read_to_string(root().join(BLOOMBERG)).unwrap();
    text.splitn(3, "---\n")
        .nth(2)
        .expect("front matter")
        .to_owned()
}

const ONE_FIGURE: &str = "WASHINGTON, Dec. 11 - The attack killed 17 people on Tuesday.\n";

// ---- empty, whitespace, binary, encodings, line endings ----

#[test]
fn empty_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.txt", b"");
    claimdiff([Path::new("extract"), &path])
        .expect_input_error("empty.txt: is empty", "put the article text in it");
}

#[test]
fn whitespace_only_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "blank.md", b" \t\r\n\n\x0c \n");
    claimdiff([Path::new("compare"), &path])
        .expect_input_error("blank.md: is empty", "put the article text in it");
}

#[test]
fn binary_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    // A gzip header and deterministic noise.
    let mut bytes = vec![0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03];
    bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let path = write(dir.path(), "archive.txt", &bytes);
    claimdiff([Path::new("extract"), &path]).expect_input_error(
        "archive.txt: looks binary",
        "pass a .txt, .md, .html, .json or .jsonl",
    );
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "latin1.txt",
        b"WASHINGTON, Dec. 11 - The caf\xe9 attack killed 17 people on Tuesday.\n",
    );
    let run = claimdiff([
        Path::new("extract"),
        &path,
        Path::new("--format"),
        Path::new("json"),
    ])
    .expect(0);
    assert!(
        run.stderr.contains("latin1.txt: not valid UTF-8"),
        "{}",
        run.stderr
    );
    let listing = run.json();
    let texts: Vec<&str> = listing["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(texts.contains(&"17 people"), "{texts:?}");
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in "---\r\noutlet: Wire\r\n---\r\nThe attack killed 17 people.\r\n".encode_utf16()
        {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        let path = write(dir.path(), name, &bytes);
        let run = claimdiff([
            Path::new("extract"),
            &path,
            Path::new("--format"),
            Path::new("json"),
        ])
        .expect(0);
        let listing = run.json();
        assert_eq!(listing["sources"][0]["outlet"], "Wire", "{name}");
        assert_eq!(listing["claims"][0]["text"], "17 people", "{name}");
    }
}

#[test]
fn windows_line_endings_read_like_unix_ones() {
    let unix = "---\noutlet: Wire\npublished: 2015-12-11\n---\nKerry arrives in Moscow\n\nThe talks begin next Tuesday, officials said.\nThe attack killed 17 people.\n";
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "unix.txt", unix);
    let b = write(dir.path(), "windows.txt", unix.replace('\n', "\r\n"));
    let listing = |path: &Path| {
        claimdiff([
            Path::new("extract"),
            path,
            Path::new("-f"),
            Path::new("json"),
        ])
        .expect(0)
        .json()
    };
    let (unix, windows) = (listing(&a), listing(&b));
    assert_eq!(windows["sources"][0]["outlet"], "Wire");
    assert_eq!(windows["sources"][0]["published"], "2015-12-11");
    let values = |l: &serde_json::Value| -> Vec<(String, serde_json::Value)> {
        l["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["text"].as_str().unwrap().to_owned(), c["value"].clone()))
            .collect()
    };
    assert_eq!(values(&windows), values(&unix));
    assert!(
        values(&windows)
            .iter()
            .any(|(t, v)| t == "next Tuesday" && v["timex"] == "2015-12-15"),
        "{:?}",
        values(&windows)
    );
}

// ---- agreement at the edges: duplicates, identical articles, one article ----

#[test]
fn the_same_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    std::fs::create_dir(&event).unwrap();
    let a = write(&event, "a.txt", ONE_FIGURE);
    write(&event, "b.txt", ONE_FIGURE.replace("17", "12"));
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&a, &link).unwrap();
    // The folder, a file in it again, and a link to that file: three names, two files.
    let run = claimdiff([
        Path::new("compare"),
        &event,
        &a,
        &link,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    let report = run.json();
    let ids: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(report["findings"][0]["verdict"], "contradict", "{report}");
}

#[test]
fn two_identical_articles_agree_on_everything() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(root().join(BLOOMBERG)).unwrap();
    let a = write(dir.path(), "first.txt", &text);
    let b = write(dir.path(), "second.txt", &text);
    let report = claimdiff([
        Path::new("compare"),
        &a,
        &b,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0)
    .json();
    let findings = report["findings"].as_array().unwrap();
    assert!(findings.len() >= 5, "the seed article has claims: {report}");
    for f in findings {
        assert_eq!(f["verdict"], "agree", "{f}");
        // Both sources, each with the same claims (an article may state one date twice).
        let sources: Vec<&str> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["source"].as_str().unwrap())
            .collect();
        let firsts = sources.iter().filter(|s| **s == "first").count();
        assert!(firsts >= 1, "{f}");
        assert_eq!(sources.len(), 2 * firsts, "{f}");
    }
    assert_eq!(report["summary"]["contradict"], 0);
    assert_eq!(report["summary"]["unique"], 0);
}

#[test]
fn one_article_makes_every_finding_unique() {
    let report = claimdiff(["compare", BLOOMBERG, "-f", "json"])
        .expect(0)
        .json();
    let findings = report["findings"].as_array().unwrap();
    assert!(findings.len() >= 5, "the seed article has claims: {report}");
    for f in findings {
        assert_eq!(f["verdict"], "unique", "{f}");
        for claim in f["claims"].as_array().unwrap() {
            assert_eq!(claim["source"], "bloomberg-2015-12-11", "{f}");
        }
    }
}

// ---- folders and files that cannot be used ----

#[test]
fn folder_without_articles_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("quiet-event");
    std::fs::create_dir(&event).unwrap();
    write(&event, "README.md", "About this event.\n");
    write(&event, "photo.jpg", b"\xff\xd8\xff");
    claimdiff([Path::new("compare"), &event]).expect_input_error(
        "quiet-event: no article files",
        "put the event's articles in this folder",
    );
}

/// Tests run as root in CI, where `chmod 000` does not stop a read; these are files that no
/// one can read: a link to nowhere, and `/proc/self/mem` (reading it from offset 0 fails with
/// an I/O error, for root too). A named pipe with no writer is left out: reading one waits for
/// a writer, as `cat` does, and that is how `claimdiff extract <(curl …)` works.
#[test]
fn unreadable_files_exit_2_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), &dangling).unwrap();
    claimdiff([Path::new("extract"), &dangling])
        .expect_input_error("gone.txt: no such file or folder", "check the path");

    let event = dir.path().join("event");
    std::fs::create_dir(&event).unwrap();
    write(&event, "fine.txt", ONE_FIGURE);
    std::os::unix::fs::symlink("/proc/self/mem", event.join("memory.txt")).unwrap();
    claimdiff([Path::new("compare"), &event]).expect_input_error(
        "memory.txt: cannot read it",
        "check that it is a readable file",
    );
}

#[test]
fn a_folder_named_like_an_article_is_read_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("story.txt");
    std::fs::create_dir(&odd).unwrap();
    claimdiff([Path::new("extract"), &odd])
        .expect_input_error("story.txt: no article files", "name the files");
}

// ---- front matter ----

#[test]
fn malformed_front_matter_is_read_as_body_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "broken.md",
        "---\ntitle: [unclosed\n: : :\noutlet Wire\nThe attack killed 17 people.\n",
    );
    let run = claimdiff([
        Path::new("extract"),
        &path,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    assert!(
        run.stderr
            .contains("broken.md: front matter: no closing \"---\" line"),
        "{}",
        run.stderr
    );
    let listing = run.json();
    let claim = &listing["claims"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(claim["text"], "17 people");
}

#[test]
fn a_bad_front_matter_date_is_a_warning_and_leaves_dates_unresolved() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "baddate.txt",
        "---\npublished: 2015-13-45\n---\nThe talks begin next Tuesday.\n",
    );
    let run = claimdiff([
        Path::new("extract"),
        &path,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    assert!(
        run.stderr
            .contains("baddate.txt: front matter: published \"2015-13-45\" is not a date"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("pass --published YYYY-MM-DD"),
        "{}",
        run.stderr
    );
    let listing = run.json();
    assert_eq!(listing["sources"][0]["published"], serde_json::Value::Null);
    let date = &listing["claims"][0];
    assert_eq!(date["text"], "next Tuesday");
    assert!(
        date["value"]["timex"].as_str().unwrap().contains('X'),
        "{date}"
    );
}

// ---- deep nesting and pathological text ----

/// HTML input is refused with exit 2 until the HTML loader lands; a deeply nested page must
/// never crash the loader either way, and the same markup inside a text file is only text.
#[test]
fn deeply_nested_html_does_not_crash() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>The attack killed 17 people.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let html = write(dir.path(), "deep.html", &page);
    let run = claimdiff([
        Path::new("extract"),
        &html,
        Path::new("-f"),
        Path::new("json"),
    ]);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.code == 0 || run.code == 2,
        "exit {}: {}",
        run.code,
        run.stderr
    );
    if run.code == 2 {
        assert!(run.stderr.contains("deep.html"), "{}", run.stderr);
    } else {
        assert!(run.stdout.contains("17 people"), "{}", run.stdout);
    }

    let text = write(dir.path(), "deep.txt", &page);
    let run = claimdiff([
        Path::new("extract"),
        &text,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    assert!(run.stdout.contains("\"17 people\""), "{}", run.stdout);
}

/// Text built to make regular expressions and look-arounds backtrack, most of it one sentence
/// of about 200 kB (a million digits in one token); extraction must finish (the harness's
/// own time-out is the only clock) and keep every span on the text. Sizes are such that
/// quadratic work shows as minutes even in a debug build.
fn survives(name: &str, text: String) {
    let article = Article::from_text(name, text);
    let extraction = extract(&article);
    for claim in &extraction.claims {
        assert!(claim.span.indexes(&article.text), "{name}: {}", claim.span);
    }
    let last = extraction.sentences.last().map_or(0, |s| s.span.end());
    assert!(
        article.text[last..].trim().is_empty(),
        "{name}: sentences cover the text"
    );
}

#[test]
fn a_million_digits() {
    survives("digits", "1".repeat(1_000_000));
    survives("spaced digits", "1 ".repeat(100_000));
    survives(
        "grouped digits",
        format!("{} people were killed.", "1,000".repeat(40_000)),
    );
}

#[test]
fn long_runs_of_quotes() {
    survives("straight", "\"".repeat(200_000));
    survives("curly", "“Yes,” he said. ".repeat(10_000));
    survives("unclosed", format!("He said “{}", "word ".repeat(40_000)));
    survives("apostrophes", "'".repeat(200_000));
}

#[test]
fn long_runs_of_abbreviations() {
    survives("titles", "Mr. Dr. U.S. ".repeat(20_000));
    survives("initials", "A. B. C. ".repeat(20_000));
    survives("dots", ".".repeat(200_000));
}

#[test]
fn long_runs_of_commas_hyphens_and_brackets() {
    survives("commas", ",".repeat(200_000));
    survives("hyphens", "-".repeat(200_000));
    survives("dashes", "5-".repeat(100_000));
    survives(
        "brackets",
        format!("{}17 killed{}", "([{".repeat(30_000), "}])".repeat(30_000)),
    );
    survives("months", "Dec. ".repeat(40_000));
    survives("numbers in words", "one hundred and ".repeat(12_000));
}

// ---- nothing lost ----

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_existing_report_is_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    // An old report much longer than the new one: a write in place would leave its tail.
    std::fs::write(&out, "x".repeat(1 << 20)).unwrap();
    let run = claimdiff([
        Path::new("compare"),
        Path::new(BLOOMBERG),
        Path::new("-f"),
        Path::new("json"),
        Path::new("-o"),
        &out,
    ])
    .expect(0);
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let stdout = claimdiff(["compare", BLOOMBERG, "-f", "json"])
        .expect(0)
        .stdout;
    assert_eq!(written, stdout);
    assert_eq!(
        names_in(dir.path()),
        ["report.json"],
        "no temporary file left"
    );
}

#[test]
fn a_failed_run_leaves_the_old_report_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = write(dir.path(), "report.md", "the old report\n");
    claimdiff([
        Path::new("compare"),
        Path::new("no/such/article.txt"),
        Path::new("-o"),
        &out,
    ])
    .expect_input_error("no/such/article.txt: no such file", "check the path");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "the old report\n");
    assert_eq!(names_in(dir.path()), ["report.md"]);
}

#[test]
fn an_output_path_that_is_a_folder_exits_2_and_keeps_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports");
    std::fs::create_dir(&out).unwrap();
    write(&out, "old.md", "the old report\n");
    let run = claimdiff([
        Path::new("compare"),
        Path::new(KERRY),
        Path::new("-o"),
        &out,
    ])
    .expect(2);
    assert!(run.stderr.contains("reports"), "{}", run.stderr);
    assert!(out.is_dir());
    assert_eq!(names_in(&out), ["old.md"]);
    assert_eq!(names_in(dir.path()), ["reports"], "no temporary file left");
}

/// A folder no one can write to, root included: procfs. The old file stays as it was.
#[test]
fn an_unwritable_output_folder_exits_2_and_keeps_the_old_file() {
    let target = Path::new("/proc/version");
    let before = std::fs::read(target).unwrap();
    let run = claimdiff([
        Path::new("compare"),
        Path::new(BLOOMBERG),
        Path::new("-o"),
        target,
    ]);
    let run = run.expect_input_error("/proc/version", "can you write to it");
    assert!(run.stdout.is_empty());
    assert_eq!(std::fs::read(target).unwrap(), before);
}

#[test]
fn input_files_are_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    std::fs::create_dir(&event).unwrap();
    for entry in std::fs::read_dir(root().join(KERRY)).unwrap() {
        let from = entry.unwrap().path();
        std::fs::copy(&from, event.join(from.file_name().unwrap())).unwrap();
    }
    // Odd files too: CRLF, invalid UTF-8 and UTF-16, whose decoding must not be written back.
    write(&event, "crlf.txt", ONE_FIGURE.replace('\n', "\r\n"));
    write(
        &event,
        "latin1.txt",
        b"The caf\xe9 attack killed 17 people.\n",
    );
    write(
        &event,
        "utf16.txt",
        [0xFF, 0xFE, b'O', 0, b'K', 0, b'\n', 0],
    );
    let snapshot = |dir: &Path| -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
        names_in(dir)
            .into_iter()
            .map(|n| {
                let p = dir.join(&n);
                let modified = std::fs::metadata(&p).unwrap().modified().unwrap();
                (n, std::fs::read(&p).unwrap(), modified)
            })
            .collect()
    };
    let before = snapshot(&event);
    claimdiff([
        Path::new("extract"),
        &event,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    claimdiff([
        Path::new("compare"),
        &event,
        Path::new("-f"),
        Path::new("markdown"),
    ])
    .expect(0);
    let report = dir.path().join("report.json");
    claimdiff([
        Path::new("compare"),
        &event,
        Path::new("-f"),
        Path::new("json"),
        Path::new("-o"),
        &report,
    ])
    .expect(0);
    assert_eq!(snapshot(&event), before);
}

#[test]
fn output_is_identical_across_runs() {
    for args in [
        ["compare", KERRY, "-f", "json"],
        ["compare", KERRY, "-f", "markdown"],
        ["compare", KERRY, "-f", "table"],
        ["extract", KERRY, "-f", "json"],
    ] {
        let first = claimdiff(args).expect(0).stdout;
        let second = claimdiff(args).expect(0).stdout;
        assert!(!first.is_empty());
        assert_eq!(first, second, "{args:?}");
    }
}

// ---- big input: refused above the limit, bounded memory below it ----

const MIB: u64 = 1024 * 1024;

/// `bytes` of article text: the seed article's body over and over; on one line when
/// `one_line`.
fn big_article(path: &Path, bytes: u64, one_line: bool) {
    use std::io::Write;
    let mut body = bloomberg_body();
    if one_line {
        body = body.replace('\n', " ");
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut written = 0;
    while written < bytes {
        let take = (bytes - written).min(body.len() as u64) as usize;
        // Cut on a char boundary (the body is mostly ASCII).
        let take = (0..=take)
            .rev()
            .find(|&i| body.is_char_boundary(i))
            .unwrap();
        out.write_all(&body.as_bytes()[..take]).unwrap();
        written += take.max(1) as u64;
    }
    out.flush().unwrap();
}

#[test]
fn a_300_mb_article_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // Sized, not written: the refusal reads only its length (and standard input stops at the
    // limit), so a sparse file of zero bytes stands for the text.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(300 * MIB)
        .unwrap();
    let run = claimdiff([Path::new("compare"), &path]).expect_input_error(
        "huge.txt: is larger than 256 MiB",
        "split it into one file per article",
    );
    assert!(
        run.peak_rss < 64 * MIB,
        "the file is not read: peak memory {} MiB",
        run.peak_rss / MIB
    );

    // Through standard input it cannot be sized first: reading stops at the limit. The buffer
    // grows by doubling, so the old and the new buffer can be held at once while it grows:
    // a few times the limit at most, never the 300 MB.
    let run = claimdiff_with_stdin(["extract", "-"], Some(&path)).expect_input_error(
        "standard input: is larger than 256 MiB",
        "split it into one file per article",
    );
    assert!(
        run.peak_rss < 256 * MIB * 3,
        "reading stops at the limit: peak memory {} MiB",
        run.peak_rss / MIB
    );
}

/// Extraction holds the text, its sentences and its claims (the listing is streamed to the
/// file): about 14 times a 10 MB article in a release build, less per byte for longer ones
/// (`benches/memory/run.sh`). The bound checked is 40 times.
#[test]
fn a_10_mb_article_on_one_line_is_extracted_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("line.txt");
    let size = 10 * 1_000_000;
    big_article(&path, size, true);
    let out = dir.path().join("claims.json");
    let run = claimdiff([
        Path::new("extract"),
        &path,
        Path::new("--published"),
        Path::new("2015-12-11"),
        Path::new("-f"),
        Path::new("json"),
        Path::new("-o"),
        &out,
    ])
    .expect(0);
    let listing: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let claims = listing["claims"].as_array().unwrap();
    let copies = size as usize / bloomberg_body().len();
    assert!(
        claims.len() >= copies * 5,
        "every copy of the article has its claims: {} claims for {copies} copies",
        claims.len()
    );
    assert!(claims.iter().any(|c| c["text"] == "about 300,000 people"));
    assert!(
        run.peak_rss < 40 * size,
        "peak memory {} MiB for a {} MiB article",
        run.peak_rss / MIB,
        size / MIB
    );
}

/// One small article per file, 10,000 files in one folder: each source states the toll.
#[test]
fn ten_thousand_articles_in_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("crowd");
    std::fs::create_dir(&event).unwrap();
    for i in 0..10_000 {
        write(
            &event,
            &format!("outlet-{i:05}.txt"),
            format!(
                "WASHINGTON, Dec. 11 - The attack killed {} people on Tuesday, officials said.\n",
                10 + i % 50
            ),
        );
    }
    let run = claimdiff([
        Path::new("compare"),
        &event,
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0);
    let report = run.json();
    assert_eq!(report["sources"].as_array().unwrap().len(), 10_000);
    let findings = report["findings"].as_array().unwrap();
    let claims: usize = findings
        .iter()
        .map(|f| f["claims"].as_array().unwrap().len())
        .sum();
    assert!(claims >= 10_000, "every source's toll is in a finding");
    assert!(report["summary"]["contradict"].as_u64().unwrap() >= 1);
    assert!(
        run.peak_rss < 1024 * MIB,
        "peak memory {} MiB",
        run.peak_rss / MIB
    );
}

// ---- corpus files cut at random offsets ----

/// Articles of the shared corpus cut at pseudo-random byte offsets (a fixed seed, so every
/// run cuts the same way; cuts land inside UTF-8 sequences and front matter too), run through
/// `extract` and `compare`: exit 0, 1 or 2 only, and memory within a small multiple of the
/// input above what the program takes for a one-line article (its code, word lists and
/// patterns: about 60 MB in a debug build).
#[test]
fn corpus_articles_cut_at_random_offsets() {
    let Some(clusters) = common::corpus("clusters") else {
        return;
    };
    let tiny = tempfile::tempdir().unwrap();
    let baseline = claimdiff([
        Path::new("compare"),
        &write(tiny.path(), "tiny.txt", ONE_FIGURE),
        Path::new("-f"),
        Path::new("json"),
    ])
    .expect(0)
    .peak_rss;
    let mut events: Vec<PathBuf> = std::fs::read_dir(&clusters)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    events.sort();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    };
    let dir = tempfile::tempdir().unwrap();
    for (n, event) in events.iter().step_by(12).enumerate() {
        let cut_event = dir.path().join(format!("event-{n}"));
        std::fs::create_dir(&cut_event).unwrap();
        let mut input = 0;
        let mut files: Vec<PathBuf> = std::fs::read_dir(event)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for file in files.iter().take(4) {
            let bytes = std::fs::read(file).unwrap();
            let cut = &bytes[..next(bytes.len() + 1)];
            input += cut.len() as u64;
            std::fs::write(cut_event.join(file.file_name().unwrap()), cut).unwrap();
        }
        for command in ["extract", "compare"] {
            let run = claimdiff([
                Path::new(command),
                &cut_event,
                Path::new("-f"),
                Path::new("json"),
            ]);
            assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
            assert!(
                matches!(run.code, 0..=2),
                "{command} {}: exit {}: {}",
                event.display(),
                run.code,
                run.stderr
            );
            assert!(
                run.peak_rss < baseline + baseline / 2 + 40 * input,
                "{command} {}: peak memory {} MiB for {input} bytes (baseline {} MiB)",
                event.display(),
                run.peak_rss / MIB,
                baseline / MIB
            );
        }
    }
}
