//! Reading the bytes of a file or of standard input.

use crate::load::LoadError;
use std::io::{self, Read};
use std::path::Path;

/// The most bytes read from one file or from standard input. A news article is tens of
/// kilobytes, but a whole dump of them can come as one text: extracting takes some times its
/// size in memory (a 100 MB text stays under 1 GB, issue 6), so a 100 MB text is read and a
/// bigger input than this is refused rather than read (see the README's section on limits).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// The bytes of the file at `path`, refused when it holds more than [`MAX_INPUT_BYTES`].
pub(super) fn file(path: &Path) -> Result<Vec<u8>, LoadError> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            limit_mib: MAX_INPUT_BYTES >> 20,
        });
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    read_capped(path, file, size)
}

/// All of standard input; `name` is how messages call it.
pub(super) fn stdin(name: &Path) -> Result<Vec<u8>, LoadError> {
    read_capped(name, io::stdin().lock(), 0)
}

/// Everything `reader` gives, up to [`MAX_INPUT_BYTES`]: a pipe or device that gives more is
/// refused once the limit is passed, so memory stays bounded whatever the input. `size` is
/// the expected length (0 when unknown), allocated at once.
fn read_capped(path: &Path, reader: impl Read, size: u64) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::with_capacity(usize::try_from(size).map_or(0, |n| n + 1));
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            limit_mib: MAX_INPUT_BYTES >> 20,
        });
    }
    Ok(bytes)
}

/// The load error for an I/O error met at `path`.
pub(super) fn io_error(path: &Path, source: io::Error) -> LoadError {
    let path = path.to_path_buf();
    match source.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound { path },
        _ => LoadError::Io { path, source },
    }
}
