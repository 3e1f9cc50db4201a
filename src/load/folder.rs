//! A folder is one event: the article files directly in it, in file-name order.

use crate::load::LoadError;
use crate::load::read::io_error;
use std::path::{Path, PathBuf};

/// What kind of article a file holds, by its extension (any case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Text,
    Json,
    JsonLines,
    Html,
}

impl FileFormat {
    /// The format of `path`, or `None` when its extension names none.
    pub fn of(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(FileFormat::Text),
            "json" => Some(FileFormat::Json),
            "jsonl" => Some(FileFormat::JsonLines),
            "html" | "htm" => Some(FileFormat::Html),
            _ => None,
        }
    }
}

/// The article files directly in `dir`, sorted by name, with their formats. Hidden files,
/// README and LICENSE files, sub-folders and files of other kinds are left out. No article file at all is an error.
pub(super) fn article_files(dir: &Path) -> Result<Vec<(PathBuf, FileFormat)>, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, e))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| io_error(dir, e))?.path();
        if let Some(format) = article_format(&path)
            && path.is_file()
        {
            files.push((path, format));
        }
    }
    if files.is_empty() {
        return Err(LoadError::NoArticles {
            path: dir.to_path_buf(),
        });
    }
    files.sort_by(|(a, _), (b, _)| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

/// The format of a file that a folder listing counts as an article.
fn article_format(path: &Path) -> Option<FileFormat> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if name.starts_with('.') || name.starts_with("readme") || name.starts_with("license") {
        return None;
    }
    FileFormat::of(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(FileFormat::of(Path::new("a.TXT")), Some(FileFormat::Text));
        assert_eq!(FileFormat::of(Path::new("a.md")), Some(FileFormat::Text));
        assert_eq!(
            FileFormat::of(Path::new("a.jsonl")),
            Some(FileFormat::JsonLines)
        );
        assert_eq!(FileFormat::of(Path::new("a.htm")), Some(FileFormat::Html));
        assert_eq!(FileFormat::of(Path::new("notes")), None);
    }

    #[test]
    fn lists_articles_only_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.txt",
            "a.md",
            "c.json",
            "d.jsonl",
            "e.html",
            "README.md",
            "LICENSE.txt",
            ".hidden.txt",
            "notes.csv",
        ] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub.txt")).unwrap();
        let files = article_files(dir.path()).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.md", "b.txt", "c.json", "d.jsonl", "e.html"]);
    }

    #[test]
    fn a_folder_without_articles_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("README.md"), "about").unwrap();
        std::fs::write(dir.path().join("notes.csv"), "a,b").unwrap();
        let err = article_files(dir.path()).unwrap_err();
        assert!(matches!(err, LoadError::NoArticles { .. }));
        assert!(
            err.to_string()
                .contains("no article files (.txt, .md, .html, .json, .jsonl) in it")
        );
    }
}
