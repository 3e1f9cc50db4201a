//! A folder of events, for `claimdiff batch`: each sub-folder is one event, named by its
//! folder name.

use crate::load::LoadError;
use crate::load::read::io_error;
use std::path::{Path, PathBuf};

/// The event folders directly in `dir`, sorted by name; hidden folders are left out. No event
/// folder at all is an error.
pub fn event_folders(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, e))?;
    let mut folders = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| io_error(dir, e))?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if !hidden && path.is_dir() {
            folders.push(path);
        }
    }
    if folders.is_empty() {
        return Err(LoadError::NoEvents {
            path: dir.to_path_buf(),
        });
    }
    folders.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(folders)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_folders_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b-event", "a-event", ".hidden"] {
            std::fs::create_dir(dir.path().join(name)).unwrap();
        }
        std::fs::write(dir.path().join("loose.txt"), "x").unwrap();
        let names: Vec<String> = event_folders(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a-event", "b-event"]);
    }

    #[test]
    fn a_folder_without_sub_folders_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        let err = event_folders(dir.path()).unwrap_err();
        assert!(err.to_string().contains("no event folders in it"), "{err}");
    }
}
