//! Every same-event cluster of the shared corpus (../shared/corpus/clusters, 124 folders of real
//! news) through the whole pipeline: the JSON report keeps its contract on real text.
//!
//! In process for every folder (spread over the cores), and through the built binary for a
//! handful, which must print the same report.
//!
//! Checked for each folder: schema_version 1; every claim's `text` is exactly the bytes of the
//! source file at `path` between `start` and `end`; its `sentence` is not empty and holds the
//! text; every claim belongs to a listed source; every verdict is one of the four, a `unique`
//! finding has one source and any other verdict two or more; the summary counts the verdicts.

mod common;

use claimdiff::compare::compare;
use claimdiff::extract::extract;
use claimdiff::load::{LoadOptions, load_paths};
use claimdiff::report::{Format, RenderOptions, write_claims, write_comparison};
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

const VERDICTS: [&str; 4] = ["agree", "compatible", "contradict", "unique"];

fn clusters() -> Option<Vec<PathBuf>> {
    let dir = common::corpus("clusters")?;
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the clusters folder reads")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(
        folders.len() >= 100,
        "expected the 124 cluster folders in {}, found {}",
        dir.display(),
        folders.len()
    );
    Some(folders)
}

/// What `claimdiff compare DIR --format json` and `claimdiff extract DIR --format json` print,
/// computed in process.
fn reports(dir: &Path) -> Result<(String, String), String> {
    let articles = load_paths(&[dir.to_path_buf()], &LoadOptions::default())
        .map_err(|e| format!("does not load: {e}"))?;
    let claims: Vec<_> = articles.iter().flat_map(|a| extract(a).claims).collect();
    let mut listing = Vec::new();
    write_claims(
        &articles,
        &claims,
        Format::Json,
        RenderOptions::default(),
        &mut listing,
    )
    .map_err(|e| e.to_string())?;
    let cmp = compare(articles, claims);
    let mut report = Vec::new();
    write_comparison(&cmp, Format::Json, RenderOptions::default(), &mut report)
        .map_err(|e| e.to_string())?;
    let utf8 = |b: Vec<u8>| String::from_utf8(b).map_err(|e| e.to_string());
    Ok((utf8(report)?, utf8(listing)?))
}

/// The problems of one claim of the JSON, given the bytes of each source's file.
fn check_claim(c: &Json, files: &BTreeMap<String, Vec<u8>>, problems: &mut Vec<String>) {
    let id = c["id"].as_str().unwrap_or("?");
    let source = c["source"].as_str().unwrap_or_default();
    let Some(file) = files.get(source) else {
        problems.push(format!("{id}: source {source:?} is not among the sources"));
        return;
    };
    if !id.starts_with(&format!("{source}#")) {
        problems.push(format!("{id}: id does not start with its source {source}#"));
    }
    let text = c["text"].as_str().unwrap_or_default();
    let (Some(start), Some(end)) = (c["start"].as_u64(), c["end"].as_u64()) else {
        problems.push(format!("{id}: start or end missing"));
        return;
    };
    let (start, end) = (start as usize, end as usize);
    match file.get(start..end) {
        Some(bytes) if bytes == text.as_bytes() => {}
        Some(bytes) => problems.push(format!(
            "{id}: text {text:?} but the file holds {:?} at {start}..{end}",
            String::from_utf8_lossy(bytes)
        )),
        None => problems.push(format!(
            "{id}: {start}..{end} is outside the file ({} bytes)",
            file.len()
        )),
    }
    if text.is_empty() {
        problems.push(format!("{id}: empty text"));
    }
    let sentence = c["sentence"].as_str().unwrap_or_default();
    if sentence.trim().is_empty() {
        problems.push(format!("{id}: empty sentence"));
    } else if !sentence.contains(text) {
        problems.push(format!(
            "{id}: sentence {sentence:?} does not hold {text:?}"
        ));
    }
    if c["kind"].as_str().is_none() || !c["value"]["type"].is_string() {
        problems.push(format!("{id}: no kind or value type"));
    }
}

/// The problems of the compare JSON and the extract JSON of one folder (empty when it keeps the
/// contract).
fn check(report: &str, listing: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let report: Json = match serde_json::from_str(report) {
        Ok(r) => r,
        Err(e) => return vec![format!("compare output is not JSON: {e}")],
    };
    let listing: Json = match serde_json::from_str(listing) {
        Ok(r) => r,
        Err(e) => return vec![format!("extract output is not JSON: {e}")],
    };
    for (what, doc) in [("compare", &report), ("extract", &listing)] {
        if doc["schema_version"] != 1 {
            problems.push(format!("{what}: schema_version is not 1"));
        }
    }

    // The bytes of each source's file, by source id.
    let mut files = BTreeMap::new();
    for s in report["sources"].as_array().into_iter().flatten() {
        let (Some(id), Some(path)) = (s["id"].as_str(), s["path"].as_str()) else {
            problems.push(format!("source without id or path: {s}"));
            continue;
        };
        match std::fs::read(path) {
            Ok(bytes) => {
                if files.insert(id.to_owned(), bytes).is_some() {
                    problems.push(format!("source id {id} is not unique"));
                }
            }
            Err(e) => problems.push(format!("{path}: cannot read the source file: {e}")),
        }
    }
    if files.is_empty() {
        problems.push("no sources".into());
    }
    if listing["sources"] != report["sources"] {
        problems.push("extract and compare list different sources".into());
    }

    let mut counted: BTreeMap<&str, usize> = VERDICTS.iter().map(|v| (*v, 0)).collect();
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    for f in &findings {
        let fid = f["id"].as_str().unwrap_or("?");
        let verdict = f["verdict"].as_str().unwrap_or_default();
        match counted.get_mut(verdict) {
            Some(n) => *n += 1,
            None => problems.push(format!(
                "{fid}: verdict {verdict:?} is not one of {VERDICTS:?}"
            )),
        }
        let claims = f["claims"].as_array().cloned().unwrap_or_default();
        if claims.is_empty() {
            problems.push(format!("{fid}: no claims"));
        }
        let mut sources: Vec<&str> = claims.iter().filter_map(|c| c["source"].as_str()).collect();
        sources.sort();
        sources.dedup();
        match (verdict, sources.len()) {
            ("unique", 1) => {}
            ("unique", n) => problems.push(format!("{fid}: unique but stated by {n} sources")),
            (_, 0 | 1) => problems.push(format!("{fid}: {verdict} but stated by one source")),
            _ => {}
        }
        for c in &claims {
            if c["kind"] != f["kind"] {
                problems.push(format!("{fid}: claim {} of another kind", c["id"]));
            }
            check_claim(c, &files, &mut problems);
        }
    }
    let summary = &report["summary"];
    if summary["findings"].as_u64() != Some(findings.len() as u64) {
        problems.push(format!(
            "summary says {} findings, there are {}",
            summary["findings"],
            findings.len()
        ));
    }
    for (verdict, n) in counted {
        if summary[verdict].as_u64() != Some(n as u64) {
            problems.push(format!(
                "summary says {} {verdict}, the findings hold {n}",
                summary[verdict]
            ));
        }
    }

    // Every claim extraction found, aligned or not.
    for c in listing["claims"].as_array().into_iter().flatten() {
        check_claim(c, &files, &mut problems);
    }
    problems
}

/// Runs `f` over `items` on every core, in order of the items; returns its results in that
/// order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers.min(items.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    results.lock().unwrap()[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every item ran"))
        .collect()
}

/// Verdict counts of a report, in the order of [`VERDICTS`].
fn verdict_counts(report: &str) -> Option<[u64; 4]> {
    let report: Json = serde_json::from_str(report).ok()?;
    let s = &report["summary"];
    let mut counts = [0; 4];
    for (n, v) in counts.iter_mut().zip(VERDICTS) {
        *n = s[v].as_u64()?;
    }
    Some(counts)
}

#[test]
fn every_cluster_keeps_the_json_contract() {
    let Some(folders) = clusters() else { return };
    let outcomes = par_map(&folders, |dir| {
        match std::panic::catch_unwind(|| reports(dir)) {
            Ok(Ok((report, listing))) => (check(&report, &listing), verdict_counts(&report)),
            Ok(Err(e)) => (vec![e], None),
            Err(_) => (vec!["the pipeline panicked".to_owned()], None),
        }
    });
    let mut failures = Vec::new();
    for (dir, (problems, _)) in folders.iter().zip(&outcomes) {
        if !problems.is_empty() {
            let shown: Vec<&str> = problems.iter().take(10).map(String::as_str).collect();
            failures.push(format!(
                "{} ({} problems):\n  {}",
                dir.display(),
                problems.len(),
                shown.join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} clusters break the contract:\n{}",
        failures.len(),
        outcomes.len(),
        failures.join("\n")
    );

    // A corpus this size must yield claims and real verdicts, not just run: this guards
    // against an extractor or aligner that silently finds nothing.
    let counts: Vec<[u64; 4]> = outcomes.iter().filter_map(|(_, c)| *c).collect();
    let mut total = [0u64; 4];
    for c in &counts {
        for (t, n) in total.iter_mut().zip(c) {
            *t += n;
        }
    }
    let [agree, compatible, contradict, unique] = total;
    eprintln!(
        "{} clusters: {agree} agree, {compatible} compatible, {contradict} contradict, {unique} unique",
        folders.len()
    );
    assert!(unique > 0, "no claims found in {} clusters", folders.len());
    let aligned = counts.iter().filter(|c| c[0] + c[1] + c[2] > 0).count();
    assert!(
        aligned * 4 >= folders.len(),
        "only {aligned} of {} clusters line up any claims across sources",
        folders.len()
    );
}

/// The binary prints what the library computes, and exits 0, for a spread of clusters.
#[test]
fn binary_prints_the_same_report_for_a_handful() {
    let Some(folders) = clusters() else { return };
    let step = (folders.len() / 5).max(1);
    let picked: Vec<&PathBuf> = folders.iter().step_by(step).collect();
    for dir in picked {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .arg("compare")
            .arg(dir)
            .args(["--format", "json"])
            .output()
            .expect("claimdiff runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{}: {stderr}", dir.display());
        let printed = String::from_utf8(out.stdout).expect("UTF-8 output");
        let (report, listing) = reports(dir).unwrap();
        let problems = check(&printed, &listing);
        assert!(problems.is_empty(), "{}: {problems:#?}", dir.display());
        assert_eq!(printed, report, "{}", dir.display());
    }
}

/// The checker itself: it accepts a claim whose offsets index the file and rejects one whose
/// offsets are off by one, a sentence that lacks the claim and a summary that miscounts.
#[test]
fn the_checker_catches_broken_reports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    let text = "The war has killed more than 250,000 people.";
    std::fs::write(&path, text).unwrap();
    let start = text.find("more than").unwrap();
    let claim_text = "more than 250,000 people";
    let report = |start: usize, sentence: &str, unique: u32| {
        serde_json::json!({
            "schema_version": 1,
            "sources": [{"id": "a", "path": path.to_str().unwrap()}],
            "findings": [{"id": "F1", "kind": "figure", "verdict": "unique", "claims": [{
                "id": "a#1", "source": "a", "kind": "figure", "text": claim_text,
                "start": start, "end": start + claim_text.len(), "sentence": sentence,
                "value": {"type": "quantity"}
            }]}],
            "summary": {"findings": 1, "agree": 0, "compatible": 0, "contradict": 0,
                        "unique": unique}
        })
    };
    let listing = |r: &Json| {
        serde_json::json!({"schema_version": 1, "sources": r["sources"], "claims": []}).to_string()
    };
    let good = report(start, text, 1);
    assert_eq!(
        check(&good.to_string(), &listing(&good)),
        Vec::<String>::new()
    );
    let shifted = report(start + 1, text, 1);
    assert!(!check(&shifted.to_string(), &listing(&shifted)).is_empty());
    let elsewhere = report(start, "Another sentence.", 1);
    assert!(!check(&elsewhere.to_string(), &listing(&elsewhere)).is_empty());
    let miscounted = report(start, text, 0);
    assert!(!check(&miscounted.to_string(), &listing(&miscounted)).is_empty());
}
