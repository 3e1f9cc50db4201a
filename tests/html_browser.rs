//! The HTML report in a real browser: headless Chromium (Debian's `chromium` package) loads the
//! report, and the tests read the DOM it rendered and look at a screenshot of it.
//!
//! - The report of `articles/kerry-putin-2015` shows every finding of the JSON of the same
//!   comparison, in its order and with its verdict, marks every claim in its source's column,
//!   and has the seed's known findings (the toll of the war, the Dec. 18 meeting). Its
//!   screenshot is saved under the target folder (`html_browser/kerry-putin-2015.png` in
//!   `CARGO_TARGET_TMPDIR`) and its path printed.
//! - Articles whose text, outlet and title carry `<script>`, event-handler attributes and other
//!   markup render as text: the browser shows them escaped and runs nothing. A control page
//!   with the same text unescaped shows that the payloads do run in this browser.
//!
//! Without Chromium the tests say how to install it and pass, except under CI (`CI` set), where
//! a missing browser is a failure (`.ci/run` installs it). Chromium is killed after 60 s.

#![cfg(unix)]

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::report::{Format, RenderOptions, write_comparison};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const TIMEOUT: Duration = Duration::from_secs(60);

/// The browser, or `None` (after saying how to install it) when it is missing outside CI.
fn chromium() -> Option<&'static Path> {
    let path = Path::new(CHROMIUM);
    if path.is_file() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{CHROMIUM} is missing: the HTML report must be tested in a browser under CI. \
             Install Debian's chromium (apt-get install -y --no-install-recommends chromium), \
             as .ci/run does before `cargo test`."
        );
    }
    println!("SKIPPED: install Debian's chromium (apt-get install chromium)");
    None
}

/// Runs headless Chromium on `page` with `args` and returns what it printed; a fresh profile,
/// no network services, killed (with its children) after [`TIMEOUT`].
fn run_chromium(browser: &Path, args: &[&str], page: &Path) -> String {
    let work = tempfile::tempdir().expect("temp folder");
    let profile = work.path().join("profile");
    let out_path = work.path().join("stdout");
    let err_path = work.path().join("stderr");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        // Files, not pipes: a DOM larger than a pipe's buffer must not stall the browser.
        .stdout(File::create(&out_path).expect("stdout file"))
        .stderr(File::create(&err_path).expect("stderr file"))
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", browser.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits for chromium") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            // The browser and every process it started are in its own process group.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            panic!(
                "chromium did not finish within {} s on {}; its messages:\n{}",
                TIMEOUT.as_secs(),
                page.display(),
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "chromium failed ({status}) on {}:\n{}",
        page.display(),
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    std::fs::read_to_string(&out_path).expect("chromium's output is UTF-8")
}

fn dump_dom(browser: &Path, page: &Path) -> String {
    let dom = run_chromium(browser, &["--dump-dom"], page);
    assert!(
        dom.contains("<body"),
        "no DOM dumped for {}:\n{dom}",
        page.display()
    );
    dom
}

/// The HTML and JSON reports of the articles at `paths`.
fn reports(paths: &[PathBuf]) -> (String, Value) {
    let articles = load_paths(paths, &LoadOptions::default()).expect("articles load");
    let claims = articles.iter().flat_map(|a| extract(a).claims).collect();
    let cmp = compare(articles, claims);
    let render = |format| {
        let mut out = Vec::new();
        write_comparison(&cmp, format, RenderOptions::default(), &mut out).expect("renders");
        String::from_utf8(out).expect("UTF-8")
    };
    let json = serde_json::from_str(&render(Format::Json)).expect("JSON report");
    (render(Format::Html), json)
}

/// A folder under the target folder for what the tests leave for people to look at.
fn output_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_browser");
    std::fs::create_dir_all(&dir).expect("output folder");
    dir
}

/// The rendered element of finding `id` (an article card or a table body), as dumped.
fn finding_element<'d>(dom: &'d str, id: &str) -> &'d str {
    let open = Regex::new(&format!(
        r#"<(article|tbody) class="finding [^"]*" id="finding-{id}">"#
    ))
    .unwrap();
    let m = open
        .find(dom)
        .unwrap_or_else(|| panic!("finding {id} not rendered"));
    let close = if dom[m.start()..].starts_with("<article") {
        "</article>"
    } else {
        "</tbody>"
    };
    let end = dom[m.end()..].find(close).expect("element closes") + m.end();
    &dom[m.start()..end]
}

/// The JSON finding whose claims' words include `words`.
fn json_finding<'j>(json: &'j Value, words: &str) -> &'j Value {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["text"] == words)
        })
        .unwrap_or_else(|| panic!("no finding with a claim {words:?}"))
}

#[test]
fn kerry_report_renders_findings_and_marks_in_chromium() {
    let Some(browser) = chromium() else { return };
    let event = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles/kerry-putin-2015");
    let (html, json) = reports(&[event]);
    let dir = output_dir();
    let page = dir.join("kerry-putin-2015.html");
    std::fs::write(&page, &html).expect("writes the report");
    let dom = dump_dom(browser, &page);
    assert!(dom.contains("<h1>kerry-putin-2015</h1>"));

    // Every finding of the JSON, in its order, with its verdict.
    let rendered =
        Regex::new(r#"<(?:article|tbody) class="finding v-(\w+)" id="finding-(\w+)""#).unwrap();
    let got: Vec<(String, String)> = rendered
        .captures_iter(&dom)
        .map(|c| (c[2].to_owned(), c[1].to_owned()))
        .collect();
    let findings = json["findings"].as_array().unwrap();
    let want: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_owned(),
                f["verdict"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        got.len() as u64,
        json["summary"]["findings"].as_u64().unwrap()
    );
    assert_eq!(got, want);

    // Each source's column marks every claim of that source that a finding holds.
    let mut claims_of: BTreeMap<&str, usize> = BTreeMap::new();
    for c in findings
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap())
    {
        *claims_of.entry(c["source"].as_str().unwrap()).or_default() += 1;
    }
    let columns: Vec<&str> = dom
        .split("<section class=\"source-column\"")
        .skip(1)
        .collect();
    assert_eq!(columns.len(), 3, "one column per source");
    for (source, n) in &claims_of {
        let column = columns
            .iter()
            .find(|c| c.contains(&format!("data-source=\"{source}\"")))
            .unwrap_or_else(|| panic!("no column for {source}"));
        let column = column.split("</section>").next().unwrap();
        assert_eq!(
            column.matches("<mark class=\"hl ").count(),
            *n,
            "marks in the column of {source}"
        );
    }

    // The seed's known findings: the war's toll is compatible across the three sources, the
    // Dec. 18 New York meeting agrees, and each is marked in the sources' texts.
    let toll = json_finding(&json, "about 300,000 people");
    let toll_id = toll["id"].as_str().unwrap();
    assert_eq!(toll["verdict"], "compatible");
    let card = finding_element(&dom, toll_id);
    for words in ["about 300,000 people", "more than 250,000 people"] {
        assert!(card.contains(words), "{words} not in {toll_id}:\n{card}");
    }
    let marks = Regex::new(&format!(
        r#"<mark class="hl v-compatible" id="claim-([a-z0-9-]+)-\d+" title="{toll_id} [^"]*">(about 300,000|more than 250,000) people<a class="ref" href="\#finding-{toll_id}">"#
    ))
    .unwrap();
    let marked: Vec<(String, String)> = marks
        .captures_iter(&dom)
        .map(|c| (c[1].to_owned(), c[2].to_owned()))
        .collect();
    assert_eq!(
        marked,
        [
            (
                "bloomberg-2015-12-11".to_owned(),
                "about 300,000".to_owned()
            ),
            (
                "wire-after-meeting-2015-12-16".to_owned(),
                "more than 250,000".to_owned()
            ),
            (
                "wire-announcement-2015-12-11".to_owned(),
                "more than 250,000".to_owned()
            ),
        ]
    );
    let meeting = json_finding(&json, "Friday, Dec. 18");
    let meeting_id = meeting["id"].as_str().unwrap();
    assert_eq!(meeting["verdict"], "agree");
    let card = finding_element(&dom, meeting_id);
    assert!(
        card.contains("2015-12-18") && card.contains("New York"),
        "{card}"
    );
    let marks = Regex::new(&format!(
        r#"<mark class="hl v-agree" id="claim-[^"]*" title="{meeting_id} [^"]*">(Friday, )?Dec\. 18<a class="ref" href="\#finding-{meeting_id}">"#
    ))
    .unwrap();
    assert_eq!(marks.find_iter(&dom).count(), 5, "the five Dec. 18 marks");

    // A screenshot a person can read: 1400×2000, with content on it.
    let shot = dir.join("kerry-putin-2015.png");
    let _ = std::fs::remove_file(&shot);
    run_chromium(
        browser,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1400,2000",
        ],
        &page,
    );
    let png = std::fs::read(&shot).expect("chromium wrote the screenshot");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1400, 2000));
    // A blank page of that size compresses to a few kilobytes; text and colour do not.
    assert!(
        png.len() > 100_000,
        "screenshot of {} bytes looks empty",
        png.len()
    );
    println!("screenshot: {}", shot.display());
}

/// Text that runs script or adds elements wherever it is taken as markup.
const PAYLOADS: [&str; 5] = [
    "<script>document.body.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>",
    "\"><iframe srcdoc=\"<b>framed</b>\"></iframe>",
    "<b id=\"injected\">bold</b> &amp; <!-- a comment -->",
];

#[test]
fn markup_in_articles_is_shown_as_text_and_never_runs() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("temp folder");
    let event = dir.path().join("attack");
    std::fs::create_dir(&event).unwrap();
    let body_a = format!(
        "The attack killed 30 people {} in the town on Dec. 3, officials said. {} \
         \"We will rebuild {}\", the mayor said.\n\n{}",
        PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[3]
    );
    let body_b = format!(
        "The attack killed 45 people in the town on Dec. 3, officials said. {}\n",
        PAYLOADS[4]
    );
    std::fs::write(
        event.join("a.txt"),
        format!(
            "---\noutlet: Evil \"Outlet\" {}\ntitle: </title>{}\npublished: 2015-12-04\n---\n{body_a}\n",
            PAYLOADS[1], PAYLOADS[0]
        ),
    )
    .unwrap();
    std::fs::write(
        event.join("b.txt"),
        format!("---\noutlet: Wire\npublished: 2015-12-04\n---\n{body_b}"),
    )
    .unwrap();
    let (html, json) = reports(&[event]);
    let page = dir.path().join("attack.html");
    std::fs::write(&page, &html).unwrap();
    let dom = dump_dom(browser, &page);

    assert!(!dom.contains("data-pwned=\""), "a payload ran:\n{dom}");
    for tag in ["<script", "<img", "<svg", "<iframe", "<b ", "<!--"] {
        assert!(!dom.contains(tag), "{tag} was injected:\n{dom}");
    }
    // The payloads are there, as text.
    assert!(dom.contains(
        "&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;"
    ));
    assert!(
        dom.contains(
            "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt;"
        )
    );
    assert!(
        dom.contains("&lt;b id=\"injected\"&gt;bold&lt;/b&gt; &amp;amp; &lt;!-- a comment --&gt;")
    );
    // And the claims around them are still compared and marked.
    let toll = json_finding(&json, "30 people");
    assert_eq!(toll["verdict"], "contradict", "{toll}");
    assert_eq!(
        dom.matches("<mark class=\"hl v-contradict\"").count(),
        2,
        "the two tolls marked as contradicting"
    );

    // Control: the same text taken as markup does run in this browser.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        format!("<!DOCTYPE html><html><body><p>{body_a}</p><p>{body_b}</p></body></html>"),
    )
    .unwrap();
    let dom = dump_dom(browser, &control);
    assert!(
        dom.contains("data-pwned=\"") && dom.contains("<b id=\"injected\">"),
        "the payloads should run when not escaped:\n{dom}"
    );
}
