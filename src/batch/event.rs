//! One event through every stage: load its articles, extract their claims, compare them and
//! render its output line. Whatever goes wrong becomes the event's error line.

use crate::batch::EventInput;
use crate::batch::line;
use crate::load::{self, LoadOptions};
use crate::model::Claim;
use crate::{compare, extract, report};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// What one event gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The output line, with its newline.
    pub line: Vec<u8>,
    pub failed: bool,
    /// Articles loaded (0 when loading failed).
    pub articles: usize,
    /// Bytes of article text.
    pub bytes: usize,
}

/// Runs one event. A panic in a stage is caught and reported as the event's error, so one bad
/// event cannot stop a batch.
pub(super) fn run(input: EventInput, opts: &LoadOptions) -> Outcome {
    let event = event_id(&input);
    catch_unwind(AssertUnwindSafe(|| compare_event(input, opts))).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        failed(
            event.as_deref(),
            &format!("internal error: claimdiff stopped on this event ({why}); please report it"),
        )
    })
}

/// The event id an input names before it is loaded (a folder's name).
fn event_id(input: &EventInput) -> Option<String> {
    match input {
        EventInput::Folder(path) => Some(folder_name(path)),
        EventInput::Line { .. } => None,
    }
}

fn folder_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn compare_event(input: EventInput, opts: &LoadOptions) -> Outcome {
    let (event, articles) = match input {
        EventInput::Folder(path) => {
            let event = folder_name(&path);
            match load::load_paths(std::slice::from_ref(&path), opts) {
                Ok(articles) => (event, articles),
                Err(e) => return failed(Some(&event), &e.to_string()),
            }
        }
        EventInput::Line { source, line } => match load::parse_event_line(&source, &line, opts) {
            Ok(event) => (event.id, event.articles),
            Err(e) => return failed(e.event.as_deref(), &e.to_string()),
        },
    };
    let count = articles.len();
    let bytes = articles.iter().map(|a| a.text.len()).sum();
    let claims: Vec<Claim> = articles
        .iter()
        .flat_map(|a| extract::extract(a).claims)
        .collect();
    let cmp = compare::compare(articles, claims);
    match report::comparison_json(&cmp) {
        Ok(json) => Outcome {
            line: line::result(&event, &json),
            failed: false,
            articles: count,
            bytes,
        },
        Err(e) => failed(
            Some(&event),
            &format!("cannot write the result as JSON ({e})"),
        ),
    }
}

fn failed(event: Option<&str>, message: &str) -> Outcome {
    Outcome {
        line: line::error(event, message),
        failed: true,
        articles: 0,
        bytes: 0,
    }
}
