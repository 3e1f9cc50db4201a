//! `claimdiff batch`: the app-level batch runner. Like [`crate::app`] it calls every stage
//! (load → extract → compare → report), here for many events, each on its own, in parallel, and
//! writes one JSON line per event in input order.
//!
//! The files, in the order of the work: `input` turns the INPUTs into a lazy stream of events
//! (event folders, or JSON lines read one at a time); `ordered` maps that stream over a rayon
//! pool with a bounded window and gives the results back in input order; `event` runs one event
//! through every stage into its output `line`; `progress` draws the bar. Memory stays bounded by
//! the window, whatever the number of events.

mod event;
mod input;
mod line;
mod ordered;
mod progress;

pub use event::Outcome;
pub use input::{EventInput, Events, open};
pub use progress::{Progress, Show};

use crate::cli::{self, BatchArgs, FailOn};
use crate::load::{LoadError, LoadOptions};
use anyhow::Result;
use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

/// Events in flight per worker thread: enough to keep every worker busy while an earlier, slow
/// event holds up the writing, few enough to keep memory small.
const WINDOW_PER_THREAD: usize = 64;

/// Exit code when `--fail-on error` is given and an event failed.
const EXIT_EVENT_FAILED: u8 = 1;

/// How to run a batch.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Worker threads; 0 for one per core.
    pub threads: usize,
    pub load: LoadOptions,
}

/// What a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub events: usize,
    pub failed: usize,
    pub articles: usize,
    /// Bytes of article text.
    pub bytes: usize,
}

/// Why a batch stopped before its end.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error(transparent)]
    Input(#[from] LoadError),
    #[error("cannot write the results ({0})")]
    Output(#[from] io::Error),
    #[error("cannot start the worker threads ({0})")]
    Threads(#[from] rayon::ThreadPoolBuildError),
}

/// Runs every event of `events` through every stage on `settings.threads` workers and writes
/// one line per event to `out`, in the order of `events`. Events that fail have their error
/// lines; an input that cannot be read or an output that cannot be written stops the batch.
pub fn write_results(
    events: impl Iterator<Item = Result<EventInput, LoadError>>,
    settings: &Settings,
    out: &mut dyn Write,
    progress: &mut Progress,
) -> Result<Tally, BatchError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(settings.threads)
        .thread_name(|i| format!("claimdiff-batch-{i}"))
        .build()?;
    let window = WINDOW_PER_THREAD * pool.current_num_threads();
    let mut read_error = None;
    let events = events.map_while(|e| e.map_err(|err| read_error = Some(err)).ok());
    let mut tally = Tally::default();
    ordered::map_ordered(
        &pool,
        events,
        window,
        |input| event::run(input, &settings.load),
        |outcome: Outcome| {
            out.write_all(&outcome.line)?;
            tally.events += 1;
            tally.failed += usize::from(outcome.failed);
            tally.articles += outcome.articles;
            tally.bytes += outcome.bytes;
            progress.event_done(outcome.failed);
            Ok::<(), io::Error>(())
        },
    )?;
    progress.finish();
    match read_error {
        Some(e) => Err(e.into()),
        None => Ok(tally),
    }
}

/// `claimdiff batch`: runs the batch of the command line, says how it went on standard error,
/// and gives the exit code.
pub fn run(args: &BatchArgs) -> Result<ExitCode> {
    let events = open(&args.inputs)?;
    let settings = Settings {
        threads: args.threads,
        load: LoadOptions {
            published: args.published,
            ..LoadOptions::default()
        },
    };
    let mut progress = Progress::new(match args.progress {
        cli::Progress::Auto => Show::Auto,
        cli::Progress::Always => Show::Always,
        cli::Progress::Never => Show::Never,
    });
    let start = Instant::now();
    let tally = match &args.output {
        Some(path) => crate::app::write_atomically_with(path, |w| {
            Ok(write_results(events, &settings, w, &mut progress)?)
        })?,
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let tally = write_results(events, &settings, &mut out, &mut progress)?;
            out.flush()?;
            tally
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    eprintln!(
        "claimdiff: batch: {} events, {} failed, {} articles in {seconds:.2} s ({:.1} events/s)",
        tally.events,
        tally.failed,
        tally.articles,
        tally.events as f64 / seconds.max(1e-9)
    );
    if args.fail_on == FailOn::Error && tally.failed > 0 {
        return Ok(ExitCode::from(EXIT_EVENT_FAILED));
    }
    Ok(ExitCode::SUCCESS)
}
