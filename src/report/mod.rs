//! Findings → table, markdown, JSON. One view built once; each format renders it.

use crate::model::{Article, Claim, Comparison};
use std::io::{self, Write};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
}

/// Rendering options that do not change content.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Width to fit tables into (terminal width); `None` for no limit.
    pub width: Option<u16>,
}

/// Writes the comparison of one event.
pub fn write_comparison(
    cmp: &Comparison,
    format: Format,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let _ = (format, opts);
    writeln!(w, "{} findings", cmp.findings.len())
}

/// Writes the claims extracted from some articles.
pub fn write_claims(
    articles: &[Article],
    claims: &[Claim],
    format: Format,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let _ = (articles, format, opts);
    writeln!(w, "{} claims", claims.len())
}
