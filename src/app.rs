//! The one place that runs every stage, touches stdout/stderr and decides exit codes.

use crate::cli::{
    Cli, ColorChoice, Command, CompareFormat, ExtractFormat, InputArgs, KindArg, ReportArgs,
    VerdictArg,
};
use crate::load::{self, LoadOptions};
use crate::model::{Article, Claim, ClaimKind, Comparison, Verdict};
use crate::report::{self, Format, RenderOptions};
use crate::{compare, extract};
use anyhow::{Context, Result};
use clap::{CommandFactory, Parser};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for unusable input or usage.
const EXIT_INPUT: u8 = 2;
/// Exit code when findings named by `--fail-on` exist.
const EXIT_FOUND: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimdiff: error: {err:#}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Runs one command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Compare(args) => {
            let mut cmp = compare_inputs(&args.input)?;
            let kinds = claim_kinds(&args.filter.kinds);
            let only = verdicts(&args.only);
            // A reader's filter: ids and order stay, claims stay, so findings still index them.
            cmp.findings.retain(|f| {
                (kinds.is_empty() || kinds.contains(&f.kind))
                    && (only.is_empty() || only.contains(&f.verdict))
            });
            let format = match args.format {
                CompareFormat::Table => Format::Table,
                CompareFormat::Markdown => Format::Markdown,
                CompareFormat::Json => Format::Json,
                CompareFormat::Html => Format::Html,
            };
            let color = wants_color(args.color.color);
            emit(args.output.as_deref(), color, |w, opts| {
                report::write_comparison(&cmp, format, opts, w)
            })?;
            let fail_on = verdicts(&args.fail_on);
            if cmp.findings.iter().any(|f| fail_on.contains(&f.verdict)) {
                return Ok(ExitCode::from(EXIT_FOUND));
            }
        }
        Command::Extract(args) => {
            let (articles, mut claims) = extract_inputs(&args.input)?;
            let kinds = claim_kinds(&args.filter.kinds);
            if !kinds.is_empty() {
                claims.retain(|c| kinds.contains(&c.kind()));
            }
            let format = match args.format {
                ExtractFormat::Table => Format::Table,
                ExtractFormat::Json => Format::Json,
            };
            emit(args.output.as_deref(), false, |w, opts| {
                report::write_claims(&articles, &claims, format, opts, w)
            })?;
        }
        Command::Report(args) => write_reports(&args)?,
        Command::Batch(args) => return crate::batch::run(&args),
        Command::Completions(args) => {
            let mut cmd = Cli::command();
            let mut out = Vec::new();
            clap_complete::generate(args.shell, &mut cmd, "claimdiff", &mut out);
            emit(None, false, |w, _| w.write_all(&out))?;
        }
        Command::Man(args) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            emit(args.output.as_deref(), false, |w, _| w.write_all(&out))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn claim_kinds(kinds: &[KindArg]) -> Vec<ClaimKind> {
    kinds
        .iter()
        .map(|k| match k {
            KindArg::Figure => ClaimKind::Figure,
            KindArg::Date => ClaimKind::Date,
            KindArg::Duration => ClaimKind::Duration,
            KindArg::Quote => ClaimKind::Quote,
            KindArg::Position => ClaimKind::Position,
        })
        .collect()
}

fn verdicts(verdicts: &[VerdictArg]) -> Vec<Verdict> {
    verdicts
        .iter()
        .map(|v| match v {
            VerdictArg::Contradict => Verdict::Contradict,
            VerdictArg::Compatible => Verdict::Compatible,
            VerdictArg::Agree => Verdict::Agree,
            VerdictArg::Unique => Verdict::Unique,
        })
        .collect()
}

/// Whether to colour standard output: `always`, `never`, or with `auto` when it is a terminal,
/// `NO_COLOR` is unset or empty (no-color.org) and `TERM` is not `dumb`.
fn wants_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

fn load_inputs(input: &InputArgs) -> Result<Vec<Article>> {
    let mut opts = LoadOptions {
        published: input.published,
        ..LoadOptions::default()
    };
    if let Some(timeout) = input.timeout {
        opts.fetch.timeout = timeout;
    }
    let articles = load::load_paths(&input.paths, &opts)?;
    for a in &articles {
        for w in &a.warnings {
            eprintln!("claimdiff: warning: {}: {w}", a.path);
        }
    }
    Ok(articles)
}

fn extract_all(articles: &[Article]) -> Vec<Claim> {
    let mut all: Vec<Claim> = Vec::new();
    for a in articles {
        let claims = extract::extract(a).claims;
        // The first article's claims are taken as they are: copying a long text's claims into
        // a list growing beside them would hold them twice.
        if all.is_empty() {
            all = claims;
        } else {
            all.extend(claims);
        }
    }
    all
}

fn extract_inputs(input: &InputArgs) -> Result<(Vec<Article>, Vec<Claim>)> {
    let articles = load_inputs(input)?;
    let claims = extract_all(&articles);
    Ok((articles, claims))
}

fn compare_inputs(input: &InputArgs) -> Result<Comparison> {
    let (articles, claims) = extract_inputs(input)?;
    Ok(compare::compare(articles, claims))
}

/// Writes through `render` to `output` (atomically) or to stdout; `color` colours standard
/// output only (a file never gets escape codes).
fn emit(
    output: Option<&Path>,
    color: bool,
    render: impl FnOnce(&mut dyn Write, RenderOptions) -> io::Result<()>,
) -> Result<()> {
    match output {
        // Streamed into the temporary file: a long listing is never held whole in memory.
        Some(path) => write_atomically_with(path, |w| Ok(render(w, RenderOptions::default())?)),
        None => {
            let stdout = io::stdout();
            let width = stdout.is_terminal().then(terminal_width).flatten();
            let mut lock = io::BufWriter::new(stdout.lock());
            render(&mut lock, RenderOptions { width, color })?;
            lock.flush()?;
            Ok(())
        }
    }
}

/// The terminal's width: `COLUMNS` when set, else what the terminal reports.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| crossterm::terminal::size().ok().map(|(w, _)| w))
        .filter(|w| *w >= 40)
}

/// Writes `bytes` to `path` atomically (see [`write_atomically_with`]).
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Writes through `write` to a temporary file beside `path`, then renames it over `path`, so a
/// reader sees the old file or the new one, never half of one; on failure the temporary file
/// is removed and `path` is left as it was. A path that exists but is no regular file
/// (`/dev/null`, `/dev/stdout`, a pipe) is written to directly: renaming over it would replace
/// the device with a file.
pub(crate) fn write_atomically_with<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .with_context(|| format!("{}: cannot write to it", path.display()))?;
        let mut out = io::BufWriter::new(file);
        let value = write(&mut out)?;
        out.flush()
            .with_context(|| format!("{}: cannot write to it", path.display()))?;
        return Ok(value);
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = write_then_rename(&tmp, path, dir, write);
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

fn write_then_rename<T>(
    tmp: &Path,
    path: &Path,
    dir: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let cannot_write = || {
        format!(
            "{}: cannot write it (does the folder {} exist and can you write to it?)",
            path.display(),
            dir.display()
        )
    };
    let file = std::fs::File::create(tmp).with_context(cannot_write)?;
    let mut out = io::BufWriter::new(file);
    let value = write(&mut out)?;
    out.flush().with_context(cannot_write)?;
    drop(out);
    std::fs::rename(tmp, path).with_context(|| format!("{}: cannot replace it", path.display()))?;
    Ok(value)
}

/// `claimdiff report`: every event folder of `args.articles` → `args.out/EVENT.{md,json,html}`.
fn write_reports(args: &ReportArgs) -> Result<()> {
    let mut events: Vec<PathBuf> = std::fs::read_dir(&args.articles)
        .with_context(|| {
            format!(
                "{}: cannot read the folder of events; pass the folder that holds one folder per event",
                args.articles.display()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    events.sort();
    if events.is_empty() {
        anyhow::bail!(
            "{}: no event folders in it; put each event's articles in a folder of its own",
            args.articles.display()
        );
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the reports folder", args.out.display()))?;
    for event in events {
        let name = event
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let input = InputArgs {
            paths: vec![event.clone()],
            published: None,
            timeout: None,
        };
        let cmp = compare_inputs(&input)?;
        for (ext, format) in [
            ("md", Format::Markdown),
            ("json", Format::Json),
            ("html", Format::Html),
        ] {
            let mut buf = Vec::new();
            report::write_comparison(&cmp, format, RenderOptions::default(), &mut buf)?;
            write_atomically(&args.out.join(format!("{name}.{ext}")), &buf)?;
        }
        let s = cmp.summary();
        eprintln!(
            "claimdiff: {name}: {} findings ({} contradict, {} compatible, {} agree, {} unique) → {}",
            s.findings,
            s.contradict,
            s.compatible,
            s.agree,
            s.unique,
            args.out.join(format!("{name}.md")).display()
        );
    }
    Ok(())
}
