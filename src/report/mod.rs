//! Findings → table, markdown, JSON, HTML. One view built once; each format renders it.
//!
//! [`view`] turns a [`Comparison`] (or a list of claims) into what every format shows: sources,
//! counts, findings in the order the compare stage gave them, and for each claim its source, its
//! words, its sentence and a human rendering of its value ([`value_text`]). The formats only lay
//! that view out: [`table`] for the terminal, [`markdown`] for a newsroom document or an issue,
//! [`json`] for other tools (the schema_version 1 contract of DESIGN.md §4, written through
//! private wire types), [`html`] for one self-contained page with the sources side by side, and
//! [`claims`] for the `extract` listing.

mod claims;
mod html;
mod json;
mod markdown;
mod quotes;
mod standing;
mod table;
mod timeline;
mod value_text;
mod view;

#[cfg(test)]
mod fixture;

use crate::model::{Article, Claim, Comparison};
use std::io::{self, Write};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
    /// One self-contained page (`compare` only).
    Html,
}

/// Rendering options that do not change content.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Width to fit tables into (terminal width); `None` for no limit.
    pub width: Option<u16>,
    /// Colour verdicts with terminal escape codes (the terminal table only).
    pub color: bool,
}

/// Writes the comparison of one event.
pub fn write_comparison(
    cmp: &Comparison,
    format: Format,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let view = view::ReportView::new(cmp);
    match format {
        Format::Table => table::write(&view, opts, w),
        Format::Markdown => markdown::write(&view, w),
        Format::Json => json::write_comparison(&view, w),
        Format::Html => html::write(&view, w),
    }
}

/// The comparison of one event as the JSON object of [`Format::Json`], compact on one line, to
/// embed in other JSON (the result lines of `claimdiff batch`).
pub fn comparison_json(cmp: &Comparison) -> serde_json::Result<Box<serde_json::value::RawValue>> {
    json::comparison_raw(&view::ReportView::new(cmp))
}

/// Writes the claims extracted from some articles.
pub fn write_claims(
    articles: &[Article],
    claims: &[Claim],
    format: Format,
    opts: RenderOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let view = view::ClaimsView::new(articles, claims);
    match format {
        Format::Table => claims::write_table(&view, opts, w),
        Format::Markdown => claims::write_markdown(&view, w),
        Format::Json => json::write_claims(&view, w),
        Format::Html => Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "the claims listing has no HTML format; use table, markdown or json",
        )),
    }
}
