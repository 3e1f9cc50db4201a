//! "Which source stands apart" on the page: with three or more sources, each source's findings
//! by verdict and its departures from the consensus, then each contradicted finding that has a
//! consensus, with the consensus value, the departing outlets and a link to the finding.

use crate::model::Verdict;
use crate::report::html::{Page, anchors, verdict_class};
use maud::{Markup, html};

/// The section, or nothing with fewer than three sources.
pub(crate) fn section(page: &Page<'_, '_>) -> Markup {
    let view = page.view;
    if view.standing.is_empty() {
        return html! {};
    }
    let departures: Vec<_> = view
        .findings
        .iter()
        .filter_map(|f| f.consensus.as_ref().map(|c| (f, c)))
        .collect();
    html! {
        section #standing {
            h2 { "Which source stands apart" }
            table.standing {
                thead { tr {
                    th { "source" }
                    th.num.(verdict_class(Verdict::Agree)) { "agree" }
                    th.num.(verdict_class(Verdict::Compatible)) { "compatible" }
                    th.num.(verdict_class(Verdict::Contradict)) { "contradict" }
                    th.num.(verdict_class(Verdict::Unique)) { "unique" }
                    th.num { "departs from the others" }
                } }
                tbody {
                    @for s in &view.standing {
                        tr.departs[s.counts.departs > 0] {
                            td { span.outlet { (s.outlet) } @if s.outlet != s.id { " " span.source-id { (s.id) } } }
                            td.num { (s.counts.agree) }
                            td.num { (s.counts.compatible) }
                            td.num { (s.counts.contradict) }
                            td.num { (s.counts.unique) }
                            td.num.departs-count[s.counts.departs > 0] { (s.counts.departs) }
                        }
                    }
                }
            }
            @if departures.is_empty() {
                p { "No contradiction has a majority of sources on one side: no source departs from a consensus." }
            } @else {
                ul.departures {
                    @for (f, c) in departures {
                        li {
                            a href={ "#" (anchors::finding(f.id)) } { (f.id) }
                            " · " (f.topic) ": "
                            (c.sources.len()) " of " (c.sources.len() + c.departing.len()) " sources ("
                            @for (n, id) in c.sources.iter().enumerate() {
                                @if n > 0 { ", " }
                                span.outlet { (view.outlet_of(id)) }
                            }
                            ") say " strong { (c.value) } "; "
                            @for (n, cl) in f.claims.iter().filter(|cl| c.departing.contains(&cl.source())).enumerate() {
                                @if n > 0 { "; " }
                                mark.(verdict_class(Verdict::Contradict)) { (view.outlet_of(cl.source())) }
                                " says " (cl.value)
                            }
                            "."
                        }
                    }
                }
            }
        }
    }
}
