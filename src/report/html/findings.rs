//! The findings: those several sources share as cards (contradictions first), those one source
//! states as a compact table. Each finding is one element of class `finding` with its id.

use crate::model::Verdict;
use crate::report::html::{NL, Page, anchors, badge, verdict_class};
use crate::report::view::FindingView;
use maud::{Markup, html};

/// The sections of findings several sources share, in report order.
pub(crate) const SHARED: [(Verdict, &str, &str); 3] = [
    (Verdict::Contradict, "Contradictions", "contradictions"),
    (Verdict::Compatible, "Compatible", "compatible"),
    (Verdict::Agree, "Agreements", "agreements"),
];

/// Contradictions, compatible findings and agreements, one card each.
pub(crate) fn shared(page: &Page<'_, '_>) -> Markup {
    html! {
        @for (verdict, heading, id) in SHARED {
            @let findings: Vec<&FindingView<'_>> = page.view.with_verdict(verdict).collect();
            (NL)
            section.findings.(verdict_class(verdict)) id=(id) {
                h2 { (heading) " " span.n { "(" (findings.len()) ")" } }
                @if findings.is_empty() {
                    p.none { "None." }
                }
                @for f in findings {
                    (card(page, f))
                }
            }
        }
    }
}

fn card(page: &Page<'_, '_>, f: &FindingView<'_>) -> Markup {
    html! {
        (NL)
        article.finding.(verdict_class(f.verdict)) id=(anchors::finding(f.id)) {
            header {
                (badge(f.verdict))
                " " span.fid { (f.id) }
                " " h3 { (f.topic) }
                " " span.kind { (f.kind.as_str()) }
            }
            @if !f.explanation.trim().is_empty() {
                p.explanation { (f.explanation) }
            }
            table.claims {
                @for c in &f.claims {
                    (NL)
                    tr {
                        th scope="row" { (page.source_name(c)) }
                        td.value { (c.value) }
                        td.sentence { (page.sentence(c, f.verdict)) }
                    }
                }
            }
        }
    }
}

/// Findings only one source states: one table, a body per finding and a row per claim.
pub(crate) fn unique(page: &Page<'_, '_>) -> Markup {
    let findings: Vec<&FindingView<'_>> = page.view.with_verdict(Verdict::Unique).collect();
    html! {
        (NL)
        section.findings.v-unique #unique {
            h2 { "Stated by one source only " span.n { "(" (findings.len()) ")" } }
            @if findings.is_empty() {
                p.none { "None." }
            } @else {
                table.unique {
                    (NL)
                    thead {
                        tr { th { "finding" } th { "source" } th { "topic" } th { "value" } th { "sentence" } }
                    }
                    @for f in findings {
                        (NL)
                        tbody.finding.(verdict_class(f.verdict)) id=(anchors::finding(f.id)) {
                            @for c in &f.claims {
                                (NL)
                                tr {
                                    td.fid { (f.id) }
                                    td.source { (page.source_name(c)) }
                                    td.topic { (f.topic) }
                                    td.value { (c.value) }
                                    td.sentence { (page.sentence(c, f.verdict)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
