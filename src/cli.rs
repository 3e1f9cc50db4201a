//! The command line, as clap definitions.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Compare news articles about one event: the figures, dates and quotes each outlet states,
/// and where they agree, are compatible, contradict or stand alone.
#[derive(Debug, Parser)]
#[command(
    name = "claimdiff",
    version,
    about,
    long_about = None,
    after_help = "Formats: compare --format table|markdown|json|html; extract --format table|json.\n\
                  Exit codes: 0 success, 1 findings named by --fail-on exist, 2 unusable input or usage.\n\
                  Colour: --color auto (the default) colours a terminal unless NO_COLOR is set.\n\
                  Example: claimdiff compare articles/kerry-putin-2015 --format markdown -o report.md"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare the articles of one event (files or a folder) and report the findings.
    Compare(CompareArgs),
    /// List each article's claims.
    Extract(ExtractArgs),
    /// Compare every event folder under ARTICLES and write OUT/EVENT.md, .json and .html.
    Report(ReportArgs),
    /// Compare many events, in parallel: one JSON line per event, in input order.
    #[command(after_help = BATCH_HELP)]
    Batch(BatchArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to standard output.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to standard output, or write it to FILE.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the manual page to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Which findings and claims to show.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Show only claims of these kinds (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND,...")]
    pub kinds: Vec<KindArg>,
}

/// When to colour the terminal output.
#[derive(Debug, Args)]
pub struct ColorArgs {
    /// Colour verdicts on a terminal: auto (unless NO_COLOR is set or output is not a
    /// terminal), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

const BATCH_HELP: &str = "INPUT is a folder of event folders (each sub-folder one event, its name the id, in name order), or a JSON Lines file (`-` for standard input) with one event a line:\n  {\"id\": \"EVENT\", \"articles\": [{\"id\": \"ap\", \"title\": …, \"body\": …, \"outlet\": …, \"published\": \"YYYY-MM-DD\", \"url\": …}, …]}\n\
Output, one line per event in input order:\n  {\"event\": \"EVENT\", \"ok\": true, \"result\": <the object of compare --format json>}\n  {\"event\": \"EVENT\", \"ok\": false, \"error\": \"…\"} (event null when a line names none)\n\
Exit codes: 0 the batch ran, even when some events failed (stderr gives the count); 1 with --fail-on error when an event failed; 2 unusable input.\n\
Example: claimdiff batch events.jsonl -o results.jsonl --threads 2";

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files, folders or http(s) URLs (a folder is one event); `-` reads one article
    /// from stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that do not state one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,
    /// Give up fetching a URL after SECONDS (default 30).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub timeout: Option<std::time::Duration>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Show only findings with these verdicts (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "VERDICT,...")]
    pub only: Vec<VerdictArg>,
    /// Exit with code 1 when a shown finding has one of these verdicts (for scripts and CI).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "VERDICT,...")]
    pub fail_on: Vec<VerdictArg>,
    #[command(flatten)]
    pub color: ColorArgs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,
    /// Write the listing to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Folder of event folders.
    #[arg(default_value = "articles", value_name = "ARTICLES")]
    pub articles: PathBuf,
    /// Folder to write the reports into.
    #[arg(default_value = "reports", value_name = "OUT")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Folders of event folders, or JSON Lines files of events (`-` for standard input).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Write the results to FILE (replaced when the batch ends) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads; 0 for one per core.
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// Show a progress bar on standard error: `auto` only when it is a terminal.
    #[arg(long, value_enum, default_value_t = Progress::Auto)]
    pub progress: Progress,
    /// Exit with 1 when any event failed (`error`); by default failed events only have their
    /// error lines.
    #[arg(long, value_enum, default_value_t = FailOn::Never)]
    pub fail_on: FailOn,
    /// Publication date (YYYY-MM-DD) for articles that do not state one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Progress {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Never,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Markdown,
    Json,
    Html,
}

/// A claim kind, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Figure,
    Date,
    Duration,
    Quote,
    Position,
}

/// A verdict, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerdictArg {
    Contradict,
    Compatible,
    Agree,
    Unique,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Table,
    Json,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|e| format!("expected a date as YYYY-MM-DD ({e})"))
}

fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    s.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n > 0.0 && *n <= 86_400.0)
        .map(std::time::Duration::from_secs_f64)
        .ok_or_else(|| "expected a number of seconds above 0, such as 30 or 2.5".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn published_must_be_a_date() {
        let err = Cli::try_parse_from(["claimdiff", "extract", "a.txt", "--published", "Dec 11"])
            .unwrap_err();
        assert!(err.to_string().contains("YYYY-MM-DD"));
        let ok =
            Cli::try_parse_from(["claimdiff", "extract", "a.txt", "--published", "2015-12-11"])
                .unwrap();
        let Command::Extract(args) = ok.command else {
            panic!("extract expected")
        };
        assert_eq!(args.input.published, Some(jiff::civil::date(2015, 12, 11)));
    }
}
