//! The command line's INPUTs as one lazy stream of events: a folder of event folders gives its
//! sub-folders (listed when opened), a JSON Lines file or `-` (standard input) gives its lines
//! (read one at a time, as they are needed).

use crate::load::{self, EventLine, EventLines, LoadError};
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The path that means standard input.
const STDIN: &str = "-";
/// How messages name standard input.
const STDIN_NAME: &str = "standard input";

/// One event, as read and not yet loaded: loading it is part of the work done in parallel.
#[derive(Debug, Clone)]
pub enum EventInput {
    /// An event folder; the event's id is the folder's name.
    Folder(PathBuf),
    /// A line of a JSON Lines input; `source` names the input in messages.
    Line { source: Arc<Path>, line: EventLine },
}

/// The events of every input, in order. Each input is checked when opened (it exists, a folder
/// has event folders, standard input is named once), so an unusable input fails before any
/// event is run; an I/O error while reading lines comes as an error item.
pub type Events = Box<dyn Iterator<Item = Result<EventInput, LoadError>>>;

/// Opens `inputs` (folders of event folders, JSON Lines files, `-`).
pub fn open(inputs: &[PathBuf]) -> anyhow::Result<Events> {
    let mut streams: Vec<Events> = Vec::new();
    let mut stdin_taken = false;
    for input in inputs {
        if input.as_os_str() == STDIN {
            anyhow::ensure!(
                !stdin_taken,
                "-: standard input is named twice; name it once"
            );
            stdin_taken = true;
            let name = Path::new(STDIN_NAME);
            streams.push(lines(EventLines::new(io::stdin().lock(), name), name));
        } else if input.is_dir() {
            let folders = load::event_folders(input)?;
            streams.push(Box::new(
                folders.into_iter().map(|f| Ok(EventInput::Folder(f))),
            ));
        } else {
            streams.push(lines(EventLines::open(input)?, input));
        }
    }
    Ok(Box::new(streams.into_iter().flatten()))
}

fn lines(lines: EventLines<impl BufRead + 'static>, path: &Path) -> Events {
    let source: Arc<Path> = Arc::from(path);
    Box::new(lines.map(move |line| {
        line.map(|line| EventInput::Line {
            source: source.clone(),
            line,
        })
    }))
}
