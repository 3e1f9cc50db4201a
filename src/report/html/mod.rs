//! The discrepancy report as one self-contained HTML page.
//!
//! Laid out from the report view, in its order: the sources and the summary with a colour
//! legend; the findings that several sources share, contradictions first, each with every
//! source's value and sentence linking to the claim in that source's text; the sources side by
//! side, every claim marked in its article text in the colour of its finding's verdict and
//! linking back to it ([`sources`], with overlapping claims nested by [`highlight`]); the
//! findings only one source states; then the timeline, quotes (with misquote word diffs) and
//! positions ([`sections`]).
//!
//! Everything is written through `maud`, which escapes all text and attribute values, so
//! nothing an article contains can become markup. The page loads nothing: styles are inline
//! ([`STYLE`]), it has no script, and its Content-Security-Policy forbids every other resource.

mod anchors;
mod findings;
mod highlight;
mod sections;
mod sources;
mod standing;

use crate::model::{ClaimKind, Verdict};
use crate::report::view::{ClaimView, ReportView, SourceView};
use anchors::Anchors;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The page's whole style sheet.
const STYLE: &str = include_str!("style.css");

/// No resource from anywhere: styles only from the page itself, no scripts, images, fonts or
/// connections.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// A line break between elements, so that the page's source reads (and diffs) line by line;
/// placed only where whitespace does not show.
pub(crate) const NL: PreEscaped<&str> = PreEscaped("\n");

/// What a verdict's colour says, for the legend.
const LEGEND: [(Verdict, &str); 4] = [
    (Verdict::Contradict, "cannot both be true"),
    (Verdict::Compatible, "can both be true (ranges overlap)"),
    (Verdict::Agree, "the same value"),
    (Verdict::Unique, "stated by one source only"),
];

pub(crate) fn write(view: &ReportView<'_>, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(page(view).into_string().as_bytes())?;
    w.write_all(b"\n")
}

/// What the parts of the page share: the view, the claims' anchors and the sources by id.
pub(crate) struct Page<'v, 'a> {
    pub view: &'v ReportView<'a>,
    pub anchors: Anchors<'v, 'a>,
    sources: BTreeMap<&'a str, &'v SourceView<'a>>,
}

impl<'v, 'a> Page<'v, 'a> {
    fn new(view: &'v ReportView<'a>) -> Page<'v, 'a> {
        Page {
            view,
            anchors: Anchors::new(view),
            sources: view.sources.iter().map(|s| (s.id, s)).collect(),
        }
    }

    /// The claim's source as a reader knows it: outlet and date, with the id beneath when the
    /// outlet is not the id.
    pub fn source_name(&self, c: &ClaimView<'_>) -> Markup {
        let date = self
            .sources
            .get(c.source())
            .and_then(|s| s.published.as_deref());
        html! {
            span.outlet { (c.outlet) }
            @if let Some(date) = date { " " span.date { (date) } }
            @if c.outlet != c.source() { br; span.source-id { (c.source()) } }
        }
    }

    /// The claim's sentence with its words as a link to the claim in the source's text.
    pub fn sentence(&self, c: &ClaimView<'_>, verdict: Verdict) -> Markup {
        let (before, words, after) = c.sentence_parts();
        let anchor = self.anchors.claim(&c.claim.id);
        html! {
            (before)
            @match anchor {
                Some(id) => a.claim-link.(verdict_class(verdict)) href={ "#" (id) }
                    title="Show in the article" { (words) },
                None => strong { (words) },
            }
            (after)
        }
    }
}

/// The CSS class of a verdict's colour.
pub(crate) fn verdict_class(v: Verdict) -> String {
    format!("v-{}", v.as_str())
}

/// A verdict as a coloured badge.
pub(crate) fn badge(v: Verdict) -> Markup {
    html! { span.badge.(verdict_class(v)) { (v.as_str()) } }
}

fn page(view: &ReportView<'_>) -> Markup {
    let page = Page::new(view);
    html! {
        (DOCTYPE)
        (NL)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "claimdiff report: " (view.event) }
                (NL)
                style { (NL) (PreEscaped(STYLE)) }
            }
            (NL)
            body {
                header.masthead {
                    p.tool { "claimdiff report" }
                    h1 { (view.event) }
                    (nav(view))
                }
                (sources::table(&page))
                (summary(view))
                (standing::section(&page))
                (findings::shared(&page))
                (sources::side_by_side(&page))
                (findings::unique(&page))
                (sections::timeline(&page))
                (sections::quotes(&page))
                (sections::positions(&page))
                (NL)
                footer {
                    "Written by claimdiff. Every claim is marked in its article's text; "
                    "the finding numbers (F1, F2, …) link findings and marks both ways."
                }
            }
        }
    }
}

/// Links to the page's sections, with their counts.
fn nav(view: &ReportView<'_>) -> Markup {
    let has = |kind: ClaimKind| view.findings.iter().any(|f| f.kind == kind);
    html! {
        nav {
            @for (verdict, heading, id) in findings::SHARED {
                a href={ "#" (id) } { (heading) " (" (view.with_verdict(verdict).count()) ")" }
                " · "
            }
            a href="#texts" { "Sources side by side" }
            " · "
            a href="#unique" { "One source only (" (view.with_verdict(Verdict::Unique).count()) ")" }
            @if has(ClaimKind::Date) { " · " a href="#timeline" { "Timeline" } }
            @if has(ClaimKind::Quote) { " · " a href="#quotes" { "Quotes" } }
            @if has(ClaimKind::Position) { " · " a href="#positions" { "Positions" } }
        }
    }
}

/// The counts by verdict, which are also the colour legend.
fn summary(view: &ReportView<'_>) -> Markup {
    let s = view.summary;
    let count = |v: Verdict| match v {
        Verdict::Contradict => s.contradict,
        Verdict::Compatible => s.compatible,
        Verdict::Agree => s.agree,
        Verdict::Unique => s.unique,
    };
    html! {
        section #summary {
            h2 { "Summary: " (s.findings) " findings" }
            ul.legend {
                @for (v, meaning) in LEGEND {
                    (NL)
                    li.(verdict_class(v)) {
                        span.count { (count(v)) }
                        " " mark.swatch.(verdict_class(v)) { (v.as_str()) }
                        " " span.meaning { (meaning) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
