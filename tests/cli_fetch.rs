//! Articles named by http:// URLs, fetched from a small HTTP server on 127.0.0.1 that each
//! test starts on a free port. It serves the saved news page of `tests/fixtures/` and the
//! failures a fetch must report: a redirect loop, a 404, bodies over the size limit (with and
//! without `Content-Length`), a slow answer and a non-article content type. Each server
//! answers a bounded number of connections; its thread ends with the test process.

use assert_cmd::Command;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use predicates::prelude::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::thread;
use std::time::Duration;

/// The saved news page: a constructed page around the text of the project's seed article.
const PAGE: &[u8] = include_bytes!("fixtures/bloomberg-kerry-putin.html");
/// Bigger than the 20 MB limit.
const HUGE: usize = 21_000_000;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").expect("the claimdiff binary is built")
}

/// A wire report of the same event, shipped in `articles/`.
fn wire_report() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("articles/kerry-putin-2015/wire-announcement-2015-12-11.txt")
}

/// Starts a server for at most `connections` connections; returns its base URL.
fn serve(connections: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free local port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    thread::spawn(move || {
        for stream in listener.incoming().take(connections).flatten() {
            thread::spawn(move || answer(stream));
        }
    });
    base
}

/// Answers one request by its path.
fn answer(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let html = "text/html; charset=utf-8";
    let _ = match path {
        "/a.html" => respond(&mut stream, "200 OK", html, &[], PAGE),
        "/wire.txt" => {
            let text = std::fs::read(wire_report()).expect("the wire report is readable");
            respond(
                &mut stream,
                "200 OK",
                "text/plain; charset=utf-8",
                &[],
                &text,
            )
        }
        "/old/a.html" => respond(
            &mut stream,
            "301 Moved Permanently",
            html,
            &["Location: /a.html"],
            b"",
        ),
        "/loop" => respond(&mut stream, "302 Found", html, &["Location: /loop"], b""),
        "/photo.png" => respond(&mut stream, "200 OK", "image/png", &[], b"\x89PNG\r\n"),
        "/huge-declared.html" => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {html}\r\nContent-Length: {HUGE}\r\nConnection: close\r\n\r\n"
            );
            stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(&PAGE[..1000]))
        }
        "/huge-streamed.html" => {
            let head =
                format!("HTTP/1.1 200 OK\r\nContent-Type: {html}\r\nConnection: close\r\n\r\n");
            let chunk = vec![b'x'; 1 << 16];
            stream.write_all(head.as_bytes()).and_then(|_| {
                (0..HUGE.div_ceil(chunk.len())).try_for_each(|_| stream.write_all(&chunk))
            })
        }
        "/slow.html" => {
            thread::sleep(Duration::from_secs(5));
            respond(&mut stream, "200 OK", html, &[], PAGE)
        }
        _ => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            &[],
            b"no such page",
        ),
    };
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    headers: &[&str],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for h in headers {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("the output is JSON")
}

#[test]
fn a_fetched_page_compares_with_a_wire_report() {
    let wire = wire_report();
    let base = serve(1);
    let out = claimdiff()
        .args(["compare", &format!("{base}/a.html")])
        .arg(&wire)
        .args(["--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let report = json(&out);
    let source = &report["sources"][0];
    assert_eq!(source["id"], "a");
    assert_eq!(source["outlet"], "Bloomberg");
    assert_eq!(source["published"], "2015-12-11");
    assert_eq!(source["url"], format!("{base}/a.html"));
    let findings = report["findings"].as_array().unwrap();
    let finding = |verdict: &str, topic: &str| {
        findings
            .iter()
            .find(|f| f["verdict"] == verdict && f["topic"] == topic)
            .unwrap_or_else(|| panic!("no {verdict} finding on {topic}: {findings:#?}"))
    };
    let meeting = finding("agree", "date of the meeting (New York)");
    let words: Vec<&str> = meeting["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(words.iter().all(|w| *w == "Dec. 18"), "{words:?}");
    let toll = finding("compatible", "people killed");
    let tolls: Vec<&str> = toll["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(tolls, ["about 300,000 people", "more than 250,000 people"]);
}

#[test]
fn plain_text_urls_are_read_as_text_articles() {
    let base = serve(1);
    let out = claimdiff()
        .args(["extract", &format!("{base}/wire.txt"), "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let source = &json(&out)["sources"][0];
    assert_eq!(source["id"], "wire");
    assert_eq!(
        source["title"], "Kerry heads to Moscow on Tuesday for Syria talks with Putin and Lavrov",
        "from the front matter"
    );
    assert_eq!(source["published"], "2015-12-11");
    assert_eq!(source["url"], format!("{base}/wire.txt"));
}

#[test]
fn extract_reads_the_page_meta_and_only_the_article_text() {
    // Two fetches (the command line's and the library's), each a redirect and the page.
    let base = serve(4);
    let url = format!("{base}/old/a.html");
    let out = claimdiff()
        .args(["extract", &url, "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let listing = json(&out);
    let source = &listing["sources"][0];
    assert_eq!(
        source["title"],
        "Kerry to Meet Putin in Moscow Next Week on Syrian Transition"
    );
    assert_eq!(source["published"], "2015-12-11");
    assert_eq!(source["outlet"], "Bloomberg");
    assert_eq!(source["path"], url.as_str());
    assert_eq!(
        source["url"],
        format!("{base}/a.html"),
        "the address after the redirect"
    );
    let claims = listing["claims"].as_array().unwrap();
    assert!(claims.len() > 20, "{} claims", claims.len());
    assert!(claims.iter().any(|c| c["text"] == "about 300,000 people"));

    // The same page through the library: its text is the article, and every span indexes it.
    let articles = load_paths(&[PathBuf::from(&url)], &LoadOptions::default()).unwrap();
    let article = &articles[0];
    let text = &article.text;
    assert!(text.starts_with("Visit aims to narrow divisions ahead of Dec. 18 New York talks\n"));
    assert!(text.ends_with("against international law.”"));
    for boilerplate in [
        "Accept All Cookies",
        "Sign In",
        "Share on Twitter",
        "More From Bloomberg",
        "Most Read",
        "Sign up for Balance of Power",
        "Terms of Service",
        "All Rights Reserved",
        "Rates & Bonds",
        "googletag",
    ] {
        assert!(
            !text.contains(boilerplate),
            "{boilerplate:?} in the article text"
        );
    }
    let claims = extract(article).claims;
    assert_eq!(claims.len(), listing["claims"].as_array().unwrap().len());
    for (claim, listed) in claims.iter().zip(listing["claims"].as_array().unwrap()) {
        assert!(claim.span.indexes(text));
        assert_eq!(claim.span.slice(text), listed["text"].as_str().unwrap());
        assert_eq!(listed["start"], claim.span.start());
    }
}

/// Runs `claimdiff extract URL` and checks exit code 2 and a message naming the URL.
fn fails(url: &str, extra: &[&str], message: &str) {
    claimdiff()
        .args(["extract", url])
        .args(extra)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(format!(
            "claimdiff: error: {url}: cannot fetch it: "
        )))
        .stderr(predicate::str::contains(message));
}

#[test]
fn nothing_listening_exits_2() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    fails(
        &format!("http://127.0.0.1:{port}/a.html"),
        &[],
        "connection refused: nothing answers at that address",
    );
}

#[test]
fn http_errors_exit_2() {
    let base = serve(1);
    fails(
        &format!("{base}/missing.html"),
        &[],
        "the server answered HTTP 404 Not Found; check the address",
    );
}

#[test]
fn oversized_pages_exit_2_with_or_without_content_length() {
    let base = serve(2);
    for path in ["/huge-declared.html", "/huge-streamed.html"] {
        fails(
            &format!("{base}{path}"),
            &[],
            "the page is larger than the 20 MB limit",
        );
    }
}

#[test]
fn a_slow_server_times_out_and_exits_2() {
    let base = serve(1);
    fails(
        &format!("{base}/slow.html"),
        &["--timeout", "1"],
        "no complete answer within 1 s (timed out); try again later or raise --timeout",
    );
}

#[test]
fn redirect_loops_and_non_articles_exit_2() {
    let base = serve(7);
    fails(&format!("{base}/loop"), &[], "more than 5 redirects");
    fails(
        &format!("{base}/photo.png"),
        &[],
        "the server sent image/png, which is not an article",
    );
}
