//! Reading the bytes of a file or of standard input.

use crate::load::LoadError;
use std::io::{self, Read};
use std::path::Path;

/// The bytes of the file at `path`.
pub(super) fn file(path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|e| io_error(path, e))
}

/// All of standard input; `name` is how messages call it.
pub(super) fn stdin(name: &Path) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, e))?;
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
