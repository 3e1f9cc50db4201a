//! The timeline, quotes (with the word diff of each misquote) and positions, as the markdown
//! report has them; each row links to its finding and to the claim in the source's text.

use crate::model::{ClaimKind, Value};
use crate::report::html::{NL, Page, anchors, badge};
use crate::report::quotes::{WordChange, misquotes};
use crate::report::timeline;
use crate::report::view::{ClaimView, FindingView};
use maud::{Markup, html};

/// The finding's id as a link to it, with its verdict.
fn finding_ref(f: &FindingView<'_>) -> Markup {
    html! { a href={ "#" (anchors::finding(f.id)) } { (f.id) } " " (badge(f.verdict)) }
}

/// The claim's words as a link to them in the source's text.
fn claim_words(page: &Page<'_, '_>, c: &ClaimView<'_>) -> Markup {
    html! {
        @match page.anchors.claim(&c.claim.id) {
            Some(id) => a href={ "#" (id) } { (c.text) },
            None => (c.text),
        }
    }
}

/// Each dated happening, earliest first: the date each source gives it and its words.
pub(crate) fn timeline(page: &Page<'_, '_>) -> Markup {
    let dated = timeline::dated(page.view);
    html! {
        @if !dated.is_empty() {
            section #timeline {
                h2 { "Timeline" }
                table {
                    (NL)
                    thead {
                        tr { th { "date" } th { "happening" } th { "source" } th { "as written" } th { "finding" } }
                    }
                    tbody {
                        @for f in &dated {
                            @for c in &f.claims {
                                @if let Value::Date(d) = &c.claim.value {
                                    (NL)
                                    tr {
                                        td.date { (d.timex) }
                                        td { (f.topic) }
                                        td.source { (page.source_name(c)) }
                                        td { (claim_words(page, c)) }
                                        td.nowrap { (finding_ref(f)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Who said what in each source, then the word diff of each misquote.
pub(crate) fn quotes(page: &Page<'_, '_>) -> Markup {
    let quotes: Vec<&FindingView<'_>> = page
        .view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Quote)
        .collect();
    let misquotes = misquotes(page.view);
    html! {
        @if !quotes.is_empty() {
            section #quotes {
                h2 { "Quotes" }
                @for m in &misquotes {
                    (NL)
                    p.misquote {
                        "Misquote in " a href={ "#" (anchors::finding(m.finding)) } { (m.finding) }
                        " (" (m.from) " → " (m.to) "): "
                        @for (i, change) in m.changes.iter().enumerate() {
                            @if i > 0 { " " }
                            @match change {
                                WordChange::Same(ws) => (ws.join(" ")),
                                WordChange::Removed(ws) => del { (ws.join(" ")) },
                                WordChange::Added(ws) => ins { (ws.join(" ")) },
                            }
                        }
                    }
                }
                table {
                    (NL)
                    thead {
                        tr { th { "finding" } th { "source" } th { "speaker" } th { "words" } }
                    }
                    tbody {
                        @for f in &quotes {
                            @for c in &f.claims {
                                @if let Value::Quote(q) = &c.claim.value {
                                    (NL)
                                    tr {
                                        td.nowrap { (finding_ref(f)) }
                                        td.source { (page.source_name(c)) }
                                        td {
                                            (q.speaker.as_deref().unwrap_or("—"))
                                            @if let Some(role) = &q.speaker_role { br; span.role { (role) } }
                                        }
                                        td { "“" (q.text) "”" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Who supports, opposes, demands or denies what, in each source.
pub(crate) fn positions(page: &Page<'_, '_>) -> Markup {
    let positions: Vec<&FindingView<'_>> = page
        .view
        .findings
        .iter()
        .filter(|f| f.kind == ClaimKind::Position)
        .collect();
    html! {
        @if !positions.is_empty() {
            section #positions {
                h2 { "Positions" }
                table {
                    (NL)
                    thead {
                        tr { th { "finding" } th { "source" } th { "holder" } th { "stance" } th { "target" } }
                    }
                    tbody {
                        @for f in &positions {
                            @for c in &f.claims {
                                @if let Value::Position(p) = &c.claim.value {
                                    (NL)
                                    tr {
                                        td.nowrap { (finding_ref(f)) }
                                        td.source { (page.source_name(c)) }
                                        td { (p.holder) }
                                        td { (p.stance) }
                                        td { (p.target) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
