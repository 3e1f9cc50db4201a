//! The sources: a table naming them, and their texts side by side with every claim marked.
//!
//! A claim's mark carries its anchor (the id findings link to), the colour of its finding's
//! verdict, a tooltip naming the finding, and a superscript link back to the finding. Only the
//! article's body is shown (front matter is not article text); a claim outside it is listed
//! in its finding (its words in bold, not linked) but not marked.

use crate::report::html::anchors::{self, ClaimPlace};
use crate::report::html::highlight::{self, Node};
use crate::report::html::{NL, Page, verdict_class};
use crate::report::view::SourceView;
use maud::{Markup, html};
use std::ops::Range;

/// Outlet, date, title and claim count of every source.
pub(crate) fn table(page: &Page<'_, '_>) -> Markup {
    html! {
        section #sources {
            h2 { "Sources" }
            @if page.view.sources.is_empty() {
                p.none { "None." }
            } @else {
                table.sources {
                    (NL)
                    thead {
                        tr { th { "outlet" } th { "published" } th { "title" } th.num { "claims" } th { "id" } }
                    }
                    tbody {
                        @for s in &page.view.sources {
                            (NL)
                            tr {
                                td.outlet {
                                    a href={ "#" (anchors::source(s.id)) } { (s.outlet.unwrap_or(s.id)) }
                                }
                                td.date { (s.published.as_deref().unwrap_or("unknown")) }
                                td { (s.title.unwrap_or("—")) }
                                td.num { (s.claims) }
                                td.source-id { (s.id) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Every source's text in a column of its own, claims marked.
pub(crate) fn side_by_side(page: &Page<'_, '_>) -> Markup {
    let n = page.view.sources.len();
    html! {
        section #texts {
            h2 { "The sources side by side" }
            p.hint {
                "Each claim is marked in its article in the colour of its finding; the small "
                "number after it names the finding and links to it."
            }
            div.columns style={ "--sources: " (n.max(1)) } {
                @for s in &page.view.sources {
                    (column(page, s))
                }
            }
        }
    }
}

fn column(page: &Page<'_, '_>, s: &SourceView<'_>) -> Markup {
    let body = s.body.start()..s.body.end();
    let text = s.text.get(body.clone()).unwrap_or("");
    let places: Vec<&ClaimPlace<'_, '_>> = page.anchors.of_source(s.id).collect();
    // Spans relative to the body (the anchors hold only claims inside it).
    let spans: Vec<Range<usize>> = places
        .iter()
        .map(|p| {
            let span = p.claim.claim.span;
            span.start().saturating_sub(body.start)..span.end().saturating_sub(body.start)
        })
        .collect();
    let nodes = highlight::nest(text, &spans);
    html! {
        (NL)
        section.source-column id=(anchors::source(s.id)) data-source=(s.id) {
            header {
                h3 { (s.outlet.unwrap_or(s.id)) }
                p.meta {
                    span.date { (s.published.as_deref().unwrap_or("date unknown")) }
                    " · " (s.claims) " claims"
                    @if places.len() != s.claims { " (" (places.len()) " marked)" }
                    " · " span.source-id { (s.id) }
                }
                @if let Some(title) = s.title { p.title { (title) } }
            }
            (NL)
            div.source-text { (marked(&nodes, &places)) }
        }
    }
}

fn marked(nodes: &[Node<'_>], places: &[&ClaimPlace<'_, '_>]) -> Markup {
    html! {
        @for node in nodes {
            @match node {
                Node::Text(t) => (t),
                Node::Mark(i, children) => {
                    @let p = places[*i];
                    @let f = p.finding;
                    mark.hl.(verdict_class(f.verdict)) id=(p.anchor)
                        title={ (f.id) " · " (f.topic) " — " (f.verdict.as_str()) ": " (p.claim.value) } {
                        (marked(children, places))
                        a.ref href={ "#" (anchors::finding(f.id)) } { (f.id) }
                    }
                }
            }
        }
    }
}
